"""Domain events (outbox, relay to Redis, consumer groups): see service.py."""
from core.events.service import Event, consumer, emit

__all__ = ["Event", "consumer", "emit"]
