"""Topics a realtime client may subscribe to, and who decides whether it may.

Why: the gateway (realtime/) carries live updates for many domains over one
socket, but it must never decide by itself what a user may see. Each domain
that owns a kind of topic ("conversation:12") registers it here at start-up
with the functions the gateway calls:

- `authorise(actor, topic_id)`: may this principal follow it? Raises the
  domain's AppError when not (answered like a missing record); otherwise a
  `TopicAccess`: the topic's latest sequence number (0 for unsequenced topics)
  and whether it is still live (a closed conversation is not: its backlog is
  still delivered, then the subscription ends).
- `fetch(topic_id, after_seq, limit)`: for sequenced topics, the items after a
  sequence number in order, each a dict with "seq". The gateway delivers
  exactly these, from each socket's own cursor, so an event lost on the way
  (Redis restarting) costs latency, never a message.
- `commands`: what a client may do over the socket on that topic ("send",
  "mark"), each `fn(actor, topic_id, body) -> dict`, the same service functions
  the HTTP API calls.

The registry lives in core (not in realtime/) so that domains register without
importing a face: imports only go down.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable, Mapping

from core.principal import Principal



@dataclass(frozen=True)
class TopicAccess:
    seq: int = 0
    live: bool = True


Authorise = Callable[[Principal, str], Awaitable[TopicAccess]]
Fetch = Callable[[str, int, int], Awaitable[list[dict[str, Any]]]]
Command = Callable[[Principal, str, dict[str, Any]], Awaitable[dict[str, Any]]]

# "<kind>:<id>": a kind in lower case, an id of letters, digits, '-' and '_' (bounded: it names a Redis channel).
TOPIC = re.compile(r"^([a-z][a-z_]{0,31}):([A-Za-z0-9_-]{1,64})$")


@dataclass(frozen=True)
class TopicKind:
    name: str
    authorise: Authorise
    fetch: Fetch | None = None
    commands: Mapping[str, Command] = field(default_factory=dict)


_KINDS: dict[str, TopicKind] = {}


def register(kind: TopicKind) -> None:
    """Called by the owning domain's wiring at start-up; registering a name again replaces it."""
    if not re.fullmatch(r"[a-z][a-z_]{0,31}", kind.name):
        raise ValueError(f"bad topic kind name {kind.name!r}")
    _KINDS[kind.name] = kind


def parse(topic: str) -> tuple[TopicKind, str] | None:
    """The registered kind and the id of a topic string, or None (malformed or unknown)."""
    m = TOPIC.match(topic or "")
    if m is None or m.group(1) not in _KINDS:
        return None
    return _KINDS[m.group(1)], m.group(2)


def known() -> list[str]:
    return sorted(_KINDS)
