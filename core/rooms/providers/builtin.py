"""The `builtin` provider: rooms on our own aiortc media process (realtime/media_server.py).

For `make run` and development only, never production: aiortc is not a media server, it
decodes every received stream and encodes it again for every viewer, so one process carries
a handful of small streams (Settings.check refuses VIDEO_PROVIDER=builtin in production; use
janus, or trtc for mini-programs). It exists so that a developer's machine runs video calls
with nothing but this repository's Python dependencies.

This module is both sides of the trust between the service and that process:
- the service's calls (create a room, admit and revoke a peer, end a room) carry
  `Authorization: Bearer <api key>`;
- a peer's client joins with a token the service signs and the media process checks:
  the room, the peer id, the permissions (publish_audio, publish_video, subscribe) and the
  expiry, HMAC-SHA256'd. The media process also remembers what each admitted peer may do and
  which peers were revoked, so a token of a removed peer is refused before it expires, and
  a token never grants more than the admission did.
Both keys derive from BUILTIN_MEDIA_SECRET (or, when empty, from SECRET_KEY).
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import json
import secrets
import time
from dataclasses import dataclass
from typing import Any

import httpx

from core.rooms.ice import ice_servers
from core.rooms.providers.base import CreatedRoom, Member, ProviderError, RecordedStream, RoomRef
from core.settings import Settings

PERMISSIONS = ("publish_audio", "publish_video", "subscribe")


def media_key(settings: Settings) -> bytes:
    """The secret shared by the service and the media process."""
    if settings.builtin_media_secret:
        return settings.builtin_media_secret.encode()
    return hmac.new(settings.secret_key.encode(), b"huiyi builtin media", hashlib.sha256).digest()


def _subkey(key: bytes, purpose: str) -> bytes:
    return hmac.new(key, purpose.encode(), hashlib.sha256).digest()


def api_key(key: bytes) -> str:
    """The bearer of the service's server-to-server calls (a token key never opens them)."""
    return _subkey(key, "api").hex()


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class TokenRefused(ValueError):
    """A peer token that does not hold: reason is "malformed", "forged" or "expired"."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class PeerToken:
    room: str
    peer: str
    publish_audio: bool
    publish_video: bool
    subscribe: bool
    expires: int  # unix seconds


def sign_token(key: bytes, claims: PeerToken) -> str:
    """"<payload>.<signature>", both base64url: what a client sends as its bearer token."""
    payload = _b64(json.dumps({"r": claims.room, "p": claims.peer, "a": claims.publish_audio,
                               "v": claims.publish_video, "s": claims.subscribe, "e": claims.expires},
                              separators=(",", ":")).encode())
    return payload + "." + _b64(hmac.new(_subkey(key, "token"), payload.encode(), hashlib.sha256).digest())


def read_token(key: bytes, token: str, *, now: float | None = None) -> PeerToken:
    """The claims of a token this deployment signed and that has not expired."""
    payload, dot, signature = (token or "").partition(".")
    if not dot or not payload or not signature:
        raise TokenRefused("malformed")
    expected = hmac.new(_subkey(key, "token"), payload.encode(), hashlib.sha256).digest()
    try:
        given = _unb64(signature)
    except ValueError:
        raise TokenRefused("malformed") from None
    if not hmac.compare_digest(expected, given):
        raise TokenRefused("forged")
    try:
        c = json.loads(_unb64(payload))
        claims = PeerToken(room=str(c["r"]), peer=str(c["p"]), publish_audio=bool(c["a"]),
                           publish_video=bool(c["v"]), subscribe=bool(c["s"]), expires=int(c["e"]))
    except (ValueError, KeyError, TypeError):
        raise TokenRefused("malformed") from None
    if claims.expires <= (time.time() if now is None else now):
        raise TokenRefused("expired")
    return claims


class BuiltinProvider:
    name = "builtin"

    def __init__(self, settings: Settings):
        self.settings = settings
        self.url = settings.builtin_media_url
        self.key = media_key(settings)

    async def _call(self, method: str, path: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
        try:
            async with httpx.AsyncClient(timeout=10.0) as client:
                resp = await client.request(method, self.url + path, json=body,
                                            headers={"Authorization": f"Bearer {api_key(self.key)}"})
        except httpx.HTTPError as exc:
            raise ProviderError(f"builtin media server unreachable: {type(exc).__name__}",
                                unavailable=True) from exc
        try:
            answer = resp.json() if resp.content else {}
        except ValueError:
            answer = {}
        if resp.status_code >= 400:
            raise ProviderError(f"builtin media server: {answer.get('error') or resp.status_code}",
                                code=resp.status_code)
        return answer

    async def create(self, *, room_id: int, description: str, max_publishers: int) -> CreatedRoom:
        # A random part: a development database reset reuses room ids while the media process
        # still remembers the old rooms as ended.
        provider_room = f"{room_id}-{secrets.token_hex(4)}"
        await self._call("PUT", f"/rooms/{provider_room}", {"description": description,
                                                            "max_publishers": max_publishers})
        return CreatedRoom(provider_room=provider_room, secret="")

    async def admit(self, *, room: RoomRef, member: Member) -> None:
        await self._call("PUT", f"/rooms/{room.provider_room}/peers/{member.provider_user}", {
            "display": member.display, "publish_audio": member.publish_audio,
            "publish_video": member.publish_video, "subscribe": member.subscribe})

    def credentials(self, *, room: RoomRef, member: Member, expires_at: dt.datetime) -> dict[str, Any]:
        token = sign_token(self.key, PeerToken(
            room=room.provider_room, peer=member.provider_user, publish_audio=member.publish_audio,
            publish_video=member.publish_video, subscribe=member.subscribe, expires=int(expires_at.timestamp())))
        return {"provider": "builtin", "server": self.url, "token": token, "room": room.provider_room,
                "peer": member.provider_user, "display": member.display,
                "ice_servers": ice_servers(self.settings, f"room{room.id}p{member.id}")}

    async def remove(self, *, room: RoomRef, member: Member) -> None:
        await self._call("DELETE", f"/rooms/{room.provider_room}/peers/{member.provider_user}")

    async def end(self, *, room: RoomRef) -> None:
        await self._call("DELETE", f"/rooms/{room.provider_room}")

    async def set_recording(self, *, room: RoomRef, on: bool) -> None:
        raise ProviderError("the builtin media server does not record (use janus)", code=501)

    async def collect_recordings(self, *, room: RoomRef) -> list[RecordedStream]:
        return []  # it never records

    async def stats(self) -> dict[str, Any]:
        """What the media process carries now (rooms, peers, relayed and held frames, memory)."""
        return await self._call("GET", "/stats")
