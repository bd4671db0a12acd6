"""The media providers a video room can live on, by name (the registry; filled by core/wiring.py).

A provider module registers a factory `(settings) -> RoomProvider`; the service asks for the
provider recorded on each room, so rooms of a provider the deployment left still end properly.
"""
from __future__ import annotations

from typing import Callable

from core.rooms.providers.base import RoomProvider
from core.settings import Settings, get_settings

_factories: dict[str, Callable[[Settings], RoomProvider]] = {}
_instances: dict[str, RoomProvider] = {}


def register(name: str, factory: Callable[[Settings], RoomProvider]) -> None:
    _factories[name] = factory


def names() -> list[str]:
    return sorted(_factories)


def get(name: str | None = None) -> RoomProvider:
    """The provider called `name` (this deployment's VIDEO_PROVIDER when None), one per process."""
    name = name or get_settings().video_provider
    if name not in _instances:
        if name not in _factories:
            raise LookupError(f"unknown video provider {name!r}; known: {', '.join(names()) or 'none'}")
        _instances[name] = _factories[name](get_settings())
    return _instances[name]


def reset() -> None:
    """Forget the instances (tests change settings between apps)."""
    _instances.clear()
