"""What a media provider does for a video room, whatever it is (Janus, TRTC, builtin aiortc).

The service (core/rooms/service.py) owns who may be in a room, with which role and permissions;
a provider turns that into what its media server enforces, and into the credentials a client
needs to join. Providers receive plain values (`RoomRef`, `Member`), never ORM rows, so that a
provider is a thin adapter that a test can drive against the real server on its own.

`credentials()` answers the provider's part of a join (the service wraps it as `media` beside the
room, role, permissions and expiry); its `provider` key tells the client which SDK to use:
- janus: {"provider": "janus", "server": ws/http URL, "token": signed Janus token,
          "room": int, "pin": str, "feed": int, "display": str, "allowed_token": str,
          "publish": {"audio": bool, "video": bool}, "subscribe": bool, "ice_servers": [...]}
- trtc: {"provider": "trtc", "sdk_app_id": int, "user_id": str, "user_sig": str,
         "private_map_key": str, "private_map_key_expires_at": ISO time, "room": int (TRTC's
         roomId; 0 for a string room), "str_room_id": str ("" for a numeric room), "scene": "rtc",
         "privileges": int (the PrivateMapKey's bits), "display": str}
- builtin: {"provider": "builtin", "server": URL, "token": str, "room": str, "peer": str, ...}
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Protocol


class ProviderError(RuntimeError):
    """The media server refused (unavailable=False) or could not be reached (unavailable=True)."""

    def __init__(self, reason: str, *, unavailable: bool = False, code: int = 0):
        super().__init__(reason)
        self.reason, self.unavailable, self.code = reason, unavailable, code


@dataclass(frozen=True)
class RoomRef:
    id: int  # our room id
    provider_room: str  # the provider's room id ("" before create)
    secret: str  # the provider's room secret ("" where it has none)
    recording: bool = False
    record_dir: str = ""  # where the provider writes recordings (janus), when recording


@dataclass(frozen=True)
class Member:
    id: int  # our participant id
    role: str
    display: str
    provider_user: str
    token: str  # the per-participant secret the provider checks
    publish_audio: bool
    publish_video: bool
    subscribe: bool


@dataclass(frozen=True)
class CreatedRoom:
    provider_room: str
    secret: str


@dataclass(frozen=True)
class RecordedStream:
    """One stream the provider recorded, turned into a playable file."""
    provider_user: str
    kind: str  # audio / video
    source: str  # the provider's own name for it (processed once)
    data: bytes
    content_type: str
    recorded_at: dt.datetime


class RoomProvider(Protocol):
    name: str

    async def create(self, *, room_id: int, description: str, max_publishers: int) -> CreatedRoom:
        """Create the room at the media server; idempotent per room_id."""

    async def admit(self, *, room: RoomRef, member: Member) -> None:
        """Let this member in (e.g. add their token to the room's allowed list)."""

    def credentials(self, *, room: RoomRef, member: Member, expires_at: dt.datetime) -> dict[str, Any]:
        """What the member's client needs to join, valid until expires_at."""

    async def remove(self, *, room: RoomRef, member: Member) -> None:
        """Take the member out at once and keep them out (kick; revoke what they joined with)."""

    async def kick(self, *, room: RoomRef, provider_user: str) -> None:
        """Disconnect whoever is in the room under this provider user id now (a feed that broke
        the rules, seen in the provider's events); it keeps nobody out. Idempotent."""

    async def end(self, *, room: RoomRef) -> None:
        """Close the room at the media server (everyone out, nothing more accepted); idempotent."""

    async def set_recording(self, *, room: RoomRef, on: bool) -> None:
        """Start or stop recording every stream of the room (where the provider can)."""

    async def collect_recordings(self, *, room: RoomRef) -> list[RecordedStream]:
        """The room's recorded streams so far, as playable files (may be slow: run it in a job)."""


@dataclass(frozen=True)
class ProviderEvent:
    """What the media server reports about a member (Janus's event handler, TRTC's callbacks):
    joined, published (with the kinds of media sent) or left, by the provider's room and user ids."""
    kind: str  # joined / published / left
    provider_room: str
    provider_user: str
    media: frozenset[str] = frozenset()  # published: "audio", "video"
    token: str | None = None  # joined: the per-member token the client joined with, when the server tells
    kicked: bool = False  # left: the server took them out (our kick)
