"""The `janus` provider: rooms on a self-hosted Janus (VideoRoom plugin), the production choice.

Janus forwards media without transcoding (an SFU), so one server carries many calls; browsers,
H5 in WeChat's browser and the doctor's workstation join it directly with WebRTC. This module
is the service's side only: it talks to Janus's HTTP API with the deployment's `api_secret`
and the VideoRoom `admin_key`, and hands each member what Janus itself checks:

- a signed Janus token (token_auth_secret: "expiry,janus,janus.plugin.videoroom:HMAC-SHA1"),
  which admits the client to Janus and to the VideoRoom plugin only, until it expires;
- the room's `pin`, and a per-member token in the room's `allowed` list (`check_allowed`),
  so a token for another room, or a removed member's token, is refused by Janus itself;
- the member's fixed publisher id (`feed`), so the service recognises them in Janus's events
  and can kick them by id.

Removal: the token leaves the allowed list first (no rejoin), then the publisher is kicked.
Ending: the room is destroyed, which disconnects everyone.

What a token cannot enforce (that a member publishes only the media they may, under their own
feed id) the service enforces from Janus's events: the sample event handler posts VideoRoom's
events to bff/rooms_janus.py (HTTP basic, user "janus", password JANUS_EVENTS_SECRET, rendered
into Janus's configuration by core/rooms/janus_config.py); `parse_events` turns them into
`ProviderEvent`s and core.rooms.service.provider_event kicks (`kick`) what was not allowed.
"""
from __future__ import annotations

import asyncio
import base64
import datetime as dt
import hashlib
import hmac
import json
import logging
import re
import secrets
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import httpx

from core.rooms.ice import ice_servers
from core.rooms.providers.base import CreatedRoom, Member, ProviderError, ProviderEvent, RecordedStream, RoomRef
from core.settings import Settings

PLUGIN = "janus.plugin.videoroom"
_MJR = re.compile(r"^videoroom-(?P<room>\d+)-user-(?P<feed>\d+)-(?P<start>\d+)-(?P<kind>audio|video)-\d+\.mjr$")
log = logging.getLogger(__name__)


class JanusError(ProviderError):
    def __init__(self, code: int, reason: str):
        super().__init__(f"janus error {code}: {reason}", code=code)


def signed_token(secret: str, expires_at: dt.datetime, plugins: tuple[str, ...] = (PLUGIN,)) -> str:
    """Janus's signed token (janus/auth.c): "<expiry>,janus,<plugin>[,...]:<base64 HMAC-SHA1>"."""
    data = ",".join([str(int(expires_at.timestamp())), "janus", *plugins])
    sig = base64.b64encode(hmac.new(secret.encode(), data.encode(), hashlib.sha1).digest()).decode()
    return f"{data}:{sig}"


class JanusProvider:
    name = "janus"

    def __init__(self, settings: Settings):
        self.settings = settings
        self.url = settings.janus_url
        self.public_url = settings.janus_public_url or settings.janus_url

    # ------------------------------------------------------------ Janus's HTTP API

    def _request(self, janus: str, **fields: Any) -> dict[str, Any]:
        body = {"janus": janus, "transaction": secrets.token_hex(6), **fields}
        if self.settings.janus_api_secret:
            body["apisecret"] = self.settings.janus_api_secret
        return body

    async def _post(self, client: httpx.AsyncClient, path: str, body: dict[str, Any]) -> dict[str, Any]:
        resp = await client.post(self.url + path, content=json.dumps(body))
        resp.raise_for_status()
        answer = resp.json()
        if answer.get("janus") == "error":
            err = answer.get("error") or {}
            raise JanusError(int(err.get("code", 0)), str(err.get("reason", "")))
        return answer

    async def videoroom(self, body: dict[str, Any]) -> dict[str, Any]:
        """One synchronous VideoRoom request in a short-lived session; its plugin data."""
        result = (await self.videoroom_all([body]))[0]
        if isinstance(result, JanusError):
            raise result
        return result

    async def videoroom_all(self, bodies: list[dict[str, Any]]) -> list[dict[str, Any] | JanusError]:
        """Several VideoRoom requests in one short-lived session (create, attach, the messages,
        destroy): each one's plugin data, or its JanusError for the caller to weigh."""
        bodies = [dict(b) for b in bodies]
        for body in bodies:
            if self.settings.janus_admin_key and body.get("request") == "create":
                body["admin_key"] = self.settings.janus_admin_key
        try:
            answers = await self._in_session(bodies)
        except httpx.HTTPError as exc:
            raise ProviderError(f"janus unreachable: {type(exc).__name__}", unavailable=True) from exc
        results: list[dict[str, Any] | JanusError] = []
        for answer in answers:
            data = (answer.get("plugindata") or {}).get("data") or {}
            results.append(JanusError(int(data["error_code"]), str(data.get("error", "")))
                           if "error_code" in data else data)
        return results

    async def _in_session(self, bodies: list[dict[str, Any]]) -> list[dict[str, Any]]:
        async with httpx.AsyncClient(timeout=10.0) as client:
            session = (await self._post(client, "", self._request("create")))["data"]["id"]
            try:
                handle = (await self._post(client, f"/{session}",
                                           self._request("attach", plugin=PLUGIN)))["data"]["id"]
                answers = [await self._post(client, f"/{session}/{handle}", self._request("message", body=body))
                           for body in bodies]
            finally:
                try:
                    await self._post(client, f"/{session}", self._request("destroy"))
                except (httpx.HTTPError, JanusError):
                    pass  # the session times out by itself
        return answers

    async def create(self, *, room_id: int, description: str, max_publishers: int) -> CreatedRoom:
        secret, pin = secrets.token_urlsafe(18), secrets.token_urlsafe(9)
        number = secrets.randbelow(2**50) + 2**50  # unique across deployments sharing one Janus; < 2^53 for JS
        await self.videoroom({
            "request": "create", "room": number, "permanent": False, "description": description or f"room {room_id}",
            "secret": secret, "pin": pin, "is_private": True, "publishers": max_publishers,
            "allowed": [], "audiocodec": "opus", "videocodec": "vp8,h264", "notify_joining": True,
            "bitrate": 1024000, "fir_freq": 10, "record": False, "rec_dir": self._rec_dir(str(number)),
        })
        return CreatedRoom(provider_room=str(number), secret=f"{secret}|{pin}")

    @staticmethod
    def _secrets(room: RoomRef) -> tuple[str, str]:
        secret, _, pin = room.secret.partition("|")
        return secret, pin

    async def admit(self, *, room: RoomRef, member: Member) -> None:
        """Let the member in; a publisher left behind under their id (a phone whose network changed:
        its old session lingers until Janus's session timeout) is kicked, so the member comes back
        under the same id at once instead of being refused with 436 (id already exists)."""
        await self._allowed_and_kick(room, member, "add")

    def credentials(self, *, room: RoomRef, member: Member, expires_at: dt.datetime) -> dict[str, Any]:
        _, pin = self._secrets(room)
        return {
            "provider": "janus", "server": self.public_url,
            "token": signed_token(self.settings.janus_token_secret, expires_at)
            if self.settings.janus_token_secret else "",
            "room": int(room.provider_room), "pin": pin, "allowed_token": member.token,
            "feed": int(member.provider_user), "display": member.display,
            "ice_servers": ice_servers(self.settings, f"room{room.id}p{member.id}"),
        }

    async def remove(self, *, room: RoomRef, member: Member) -> None:
        await self._allowed_and_kick(room, member, "remove")

    async def _allowed_and_kick(self, room: RoomRef, member: Member, action: str) -> None:
        """The member's token added to (admit) or taken out of (remove) the room's allowed list and
        their publisher kicked, in one Janus session (every join admits: this is on its path)."""
        secret, _ = self._secrets(room)
        number = int(room.provider_room)
        listed, kicked = await self.videoroom_all([
            {"request": "allowed", "room": number, "secret": secret, "action": action, "allowed": [member.token]},
            {"request": "kick", "room": number, "secret": secret, "id": int(member.provider_user)}])
        if isinstance(listed, JanusError):
            raise listed
        # JANUS_VIDEOROOM_ERROR_NO_SUCH_FEED (428): not in the room now, the usual case.
        if isinstance(kicked, JanusError) and kicked.code != 428:
            raise kicked

    async def kick(self, *, room: RoomRef, provider_user: str) -> None:
        """Take a publisher out now (they may come back while their token is allowed)."""
        secret, _ = self._secrets(room)
        try:
            await self.videoroom({"request": "kick", "room": int(room.provider_room), "secret": secret,
                                  "id": int(provider_user)})
        except JanusError as exc:
            if exc.code not in (426, 428):  # the room or the feed is gone already
                raise

    async def end(self, *, room: RoomRef) -> None:
        secret, _ = self._secrets(room)
        try:
            await self.videoroom({"request": "destroy", "room": int(room.provider_room), "secret": secret})
        except JanusError as exc:
            if exc.code != 426:  # JANUS_VIDEOROOM_ERROR_NO_SUCH_ROOM: already gone
                raise

    async def set_recording(self, *, room: RoomRef, on: bool) -> None:
        secret, _ = self._secrets(room)
        body: dict[str, Any] = {"request": "enable_recording", "room": int(room.provider_room), "secret": secret,
                                "record": on}
        await self.videoroom(body)

    def _rec_dir(self, number: str) -> str:
        return str(Path(self.settings.janus_record_dir).resolve() / number)

    async def collect_recordings(self, *, room: RoomRef) -> list[RecordedStream]:
        """Janus writes one .mjr per stream ("videoroom-<room>-user-<feed>-<start us>-<audio|video>-<mid>.mjr");
        janus-pp-rec (janus-tools) turns each into WebM (VP8) or Opus (Ogg). Files still being
        written (the room records) are left for the next collection."""
        folder = Path(self._rec_dir(room.provider_room))
        if not folder.is_dir():
            return []
        out: list[RecordedStream] = []
        for mjr in sorted(folder.glob("*.mjr")):
            m = _MJR.match(mjr.name)
            if m is None:
                continue
            kind = m.group("kind")
            suffix, content_type = (".webm", "video/webm") if kind == "video" else (".opus", "audio/ogg")
            target = mjr.with_suffix(suffix)
            proc = await asyncio.create_subprocess_exec(
                self.settings.janus_pp_rec, str(mjr), str(target),
                stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE)
            _, err = await proc.communicate()
            if proc.returncode != 0 or not target.exists() or target.stat().st_size == 0:
                log.warning("janus-pp-rec failed on %s: %s", mjr.name, err.decode(errors="replace")[-300:])
                continue
            started = dt.datetime.fromtimestamp(int(m.group("start")) / 1e6, dt.timezone.utc)
            out.append(RecordedStream(provider_user=m.group("feed"), kind=kind, source=f"janus:{mjr.name}",
                                      data=target.read_bytes(), content_type=content_type, recorded_at=started))
        return out

    async def participants(self, room: RoomRef) -> list[dict[str, Any]]:
        """Who is in the room at Janus now (listparticipants): id, display, publisher, talking."""
        data = await self.videoroom({"request": "listparticipants", "room": int(room.provider_room)})
        return list(data.get("participants") or [])


# ---------------------------------------------------------------- Janus's event handler

EVENTS_USER = "janus"  # core/rooms/janus_config.py renders it as the handler's backend_user
PLUGIN_EVENT = 64  # JANUS_EVENT_TYPE_PLUGIN


def events_authorised(settings: Settings, authorization: str | None) -> bool:
    """Whether a post carries the event handler's basic credentials (JANUS_EVENTS_SECRET)."""
    if not settings.janus_events_secret or not authorization:
        return False
    scheme, _, value = authorization.partition(" ")
    try:
        user, _, password = base64.b64decode(value.strip(), validate=True).decode().partition(":")
    except (ValueError, UnicodeDecodeError):
        return False
    return scheme.lower() == "basic" and hmac.compare_digest(
        f"{user}:{password}".encode(), f"{EVENTS_USER}:{settings.janus_events_secret}".encode())


def _event(item: Any) -> ProviderEvent | None:
    if not isinstance(item, dict) or item.get("type") != PLUGIN_EVENT:
        return None
    body = item.get("event") or {}
    data = body.get("data") if isinstance(body, dict) and body.get("plugin") == PLUGIN else None
    if not isinstance(data, dict) or not isinstance(data.get("room"), int) or not isinstance(data.get("id"), int):
        return None  # subscribers' events carry no publisher id; string ids are not ours
    room, feed, what = str(data["room"]), str(data["id"]), data.get("event")
    if what == "joined":
        token = data.get("token")
        return ProviderEvent("joined", room, feed, token=token if isinstance(token, str) else None)
    if what in ("published", "updated"):
        media = frozenset(s.get("type") for s in data.get("streams") or ()
                          if isinstance(s, dict) and not s.get("disabled") and s.get("type") in ("audio", "video"))
        return ProviderEvent("published", room, feed, media=media)
    if what in ("leaving", "kicked"):
        return ProviderEvent("left", room, feed, kicked=what == "kicked")
    return None


def parse_events(payload: Any) -> list[ProviderEvent]:
    """VideoRoom's publisher events out of one post of the sample event handler (an object, or
    an array of them when it groups); everything else (sessions, subscribers, talking) is skipped."""
    items: Iterable[Any] = payload if isinstance(payload, list) else [payload]
    return [e for e in map(_event, items) if e is not None]
