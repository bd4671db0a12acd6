"""The builtin media process: a small forwarding server on aiortc, for `make run` and development.

NOT FOR PRODUCTION. aiortc decodes every received stream and encodes it again for every viewer
(it is a WebRTC endpoint, not an SFU that forwards packets), so one process carries a handful of
small streams. Production runs Janus (the `janus` provider) or TRTC. This process exists so that
video rooms work on a developer's machine with this repository's Python dependencies only.

Run: `python -m realtime.media_server --port 8010` (or `python -m core.cli media-server`);
`make run` starts it next to the server when VIDEO_PROVIDER is builtin (the default).

Signalling is HTTP + JSON, one request per offer (no trickle: aiortc gathers its candidates
before answering; a browser waits for `icegatheringstate == "complete"` before posting its offer).

The service (core/rooms/providers/builtin.py), `Authorization: Bearer <api key>`:
  PUT    /rooms/<room>                 create (idempotent)            {description}
  PUT    /rooms/<room>/peers/<peer>    admit (an unknown room is created)
                                       {display, publish_audio, publish_video, subscribe}
  DELETE /rooms/<room>/peers/<peer>    revoke: its connections close now, its tokens are refused from now on
  DELETE /rooms/<room>                 end: every connection closes, nothing more is accepted
  GET    /stats                        rooms, peers, connections, relayed / sent / held frames, memory
A peer's client, `Authorization: Bearer <token signed by the service>` for that room:
  POST   /rooms/<room>/publish         {sdp, type: "offer"} -> {sdp, type: "answer", accepted: {audio, video}}
         the client offers sendonly tracks; kinds it may not publish are answered inactive (and
         not forwarded); no publish permission at all is 403. Publishing again replaces the
         previous publication (viewers subscribe again).
  POST   /rooms/<room>/subscribe       {peer, sdp, type: "offer"} -> {subscription, sdp, type, tracks: {audio, video}}
         the client offers recvonly transceivers (one per kind it wants), the server answers with
         the peer's published tracks on them; 409 when that peer publishes nothing yet.
  POST   /rooms/<room>/subscriptions/<id>  {paused: bool}   stop / resume pulling frames (a hidden video)
  DELETE /rooms/<room>/subscriptions/<id>
  GET    /rooms/<room>/peers           [{peer, display, publishing: [kinds]}]
  POST   /rooms/<room>/leave           close this peer's connections (it may come back with a valid token)
A token is checked on every request; a connection made with it lasts until the peer leaves, is
revoked or the room ends (as with Janus), so the service's short token lifetime bounds joining,
not calls. Errors are {"error": code, "message": text} with 400, 401 (token_malformed / token_forged /
token_expired), 403 (wrong_room, not_admitted, peer_revoked, not_permitted), 404, 409 (not_publishing,
room_full), 410 (room_ended).

Forwarding: each published track goes through one `MediaRelay`, and every viewer gets
`relay.subscribe(track, buffered=False)`: a viewer whose sender cannot keep up (CPU) or is paused
holds at most the newest frame and skips the rest, instead of queueing frames without bound.
A drain keeps the relay reading every published track, so nothing queues while nobody watches.
"""
from __future__ import annotations

import argparse
import asyncio
import contextlib
import hmac
import itertools
import logging
import os
from dataclasses import dataclass, field
from typing import Any

from aiortc import MediaStreamTrack, RTCConfiguration, RTCPeerConnection, RTCSessionDescription
from aiortc.contrib.media import MediaRelay
from aiortc.exceptions import InvalidAccessError, InvalidStateError, OperationError
from aiortc.mediastreams import MediaStreamError
from sanic import Request, Sanic
from sanic.exceptions import MethodNotAllowed, SanicException
from sanic.response import HTTPResponse, JSONResponse, empty, json

from core.rooms.providers.builtin import TokenRefused, api_key, media_key, read_token
from core.settings import Settings

log = logging.getLogger("huiyi.media")
KINDS = ("audio", "video")
MAX_SDP = 64 * 1024
CORS = {"Access-Control-Allow-Origin": "*", "Access-Control-Allow-Headers": "Authorization, Content-Type",
        "Access-Control-Allow-Methods": "GET, POST, PUT, DELETE, OPTIONS", "Access-Control-Max-Age": "600"}


class Refused(SanicException):
    def __init__(self, status: int, error: str, message: str = ""):
        super().__init__(message or error, status_code=status)
        self.error = error


# ---------------------------------------------------------------- tracks


class SourceTrack(MediaStreamTrack):
    """A published track as the relay reads it, counting the frames that arrived."""

    def __init__(self, source: MediaStreamTrack):
        super().__init__()
        self.kind = source.kind
        self.source = source
        self.frames = 0

    async def recv(self):
        frame = await self.source.recv()
        self.frames += 1
        return frame

    def stop(self) -> None:
        super().stop()
        self.source.stop()


class ForwardTrack(MediaStreamTrack):
    """One viewer's copy of a published track (an unbuffered relay proxy), with its counts."""

    def __init__(self, relay: MediaRelay, source: SourceTrack, *, buffered: bool = False):
        super().__init__()
        self.kind = source.kind
        self.source = source
        self.proxy = relay.subscribe(source, buffered=buffered)
        self.base = source.frames
        self.sent = 0
        self.running = asyncio.Event()
        self.running.set()

    async def recv(self):
        await self.running.wait()
        frame = await self.proxy.recv()
        self.sent += 1
        return frame

    def held(self) -> int:
        """Frames waiting for this viewer in the relay: at most 1 when unbuffered."""
        proxy: Any = self.proxy
        if proxy._buffered:
            return proxy._queue.qsize()
        return 1 if proxy._new_frame_event.is_set() else 0

    def stats(self) -> dict[str, Any]:
        return {"kind": self.kind, "relayed": self.source.frames - self.base, "sent": self.sent,
                "held": self.held(), "buffered": bool(getattr(self.proxy, "_buffered", False))}

    def stop(self) -> None:
        super().stop()
        self.proxy.stop()


async def _drain(track: MediaStreamTrack) -> None:
    """Keep the relay reading a published track while nobody watches (frames are dropped)."""
    with contextlib.suppress(MediaStreamError):
        while True:
            await track.recv()


# ---------------------------------------------------------------- state


@dataclass
class Subscription:
    id: str
    subscriber: "Peer"
    target: "Peer"
    pc: RTCPeerConnection
    tracks: list[ForwardTrack]
    paused: bool = False


@dataclass
class Peer:
    id: str
    display: str
    publish_audio: bool
    publish_video: bool
    subscribe: bool
    publisher: RTCPeerConnection | None = None
    tracks: dict[str, SourceTrack] = field(default_factory=dict)
    drains: list[asyncio.Future] = field(default_factory=list)
    subscriptions: dict[str, Subscription] = field(default_factory=dict)

    def may(self, kind: str) -> bool:
        return self.publish_audio if kind == "audio" else self.publish_video


@dataclass
class Room:
    id: str
    description: str
    max_publishers: int = 6
    relay: MediaRelay = field(default_factory=MediaRelay)
    peers: dict[str, Peer] = field(default_factory=dict)
    revoked: set[str] = field(default_factory=set)


class MediaServer:
    """Rooms, peers and their peer connections, in memory (the service owns the truth)."""

    def __init__(self, key: bytes, *, buffered_relay: bool = False):
        self.key = key
        self.api_key = api_key(key)
        self.buffered_relay = buffered_relay  # only to show what unbuffered avoids (tests, bench)
        self.rooms: dict[str, Room] = {}
        self.ended: set[str] = set()
        self.pcs: set[RTCPeerConnection] = set()
        self._ids = itertools.count(1)

    # ------------------------------------------------------------ authentication

    def check_api(self, request: Request) -> None:
        given = (request.headers.get("authorization") or "").removeprefix("Bearer ").strip()
        if not hmac.compare_digest(given.encode(), self.api_key.encode()):
            raise Refused(401, "api_key_refused", "the service's key is required")

    def peer_of(self, request: Request, room_id: str) -> tuple[Room, Peer, Any]:
        """The room and peer a client's token names; refused unless it holds now."""
        token = (request.headers.get("authorization") or "").removeprefix("Bearer ").strip()
        try:
            claims = read_token(self.key, token)
        except TokenRefused as exc:
            raise Refused(401, f"token_{exc.reason}", "invalid or expired token") from None
        if claims.room != room_id:
            raise Refused(403, "wrong_room", "the token is for another room")
        if room_id in self.ended:
            raise Refused(410, "room_ended", "the room has ended")
        room = self.rooms.get(room_id)
        if room is None:
            raise Refused(404, "no_such_room")
        if claims.peer in room.revoked:
            raise Refused(403, "peer_revoked", "this participant was removed from the room")
        peer = room.peers.get(claims.peer)
        if peer is None:
            raise Refused(403, "not_admitted", "this participant was not admitted")
        return room, peer, claims

    # ------------------------------------------------------------ the service's calls

    def create(self, room_id: str, description: str, max_publishers: int = 6) -> Room:
        if room_id in self.ended:
            raise Refused(410, "room_ended", "the room has ended")
        room = self.rooms.get(room_id)
        if room is None:
            room = self.rooms[room_id] = Room(id=room_id, description=description[:80],
                                              max_publishers=max_publishers)
        return room

    def admit(self, room_id: str, peer_id: str, body: dict[str, Any]) -> Peer:
        room = self.create(room_id, "")
        if peer_id in room.revoked:
            raise Refused(409, "peer_revoked", "a removed participant is not admitted again (new id needed)")
        peer = room.peers.get(peer_id)
        perms = {k: bool(body.get(k, False)) for k in ("publish_audio", "publish_video", "subscribe")}
        if peer is None:
            peer = room.peers[peer_id] = Peer(id=peer_id, display=str(body.get("display", ""))[:32], **perms)
        else:
            peer.display = str(body.get("display", peer.display))[:32]
            peer.publish_audio, peer.publish_video, peer.subscribe = (
                perms["publish_audio"], perms["publish_video"], perms["subscribe"])
        return peer

    async def revoke(self, room_id: str, peer_id: str) -> None:
        room = self.rooms.get(room_id)
        if room is None:
            return
        room.revoked.add(peer_id)
        peer = room.peers.pop(peer_id, None)
        if peer is not None:
            await self.disconnect(room, peer)

    async def end(self, room_id: str) -> None:
        self.ended.add(room_id)
        room = self.rooms.pop(room_id, None)
        if room is not None:
            for peer in list(room.peers.values()):
                await self.disconnect(room, peer)
            room.peers.clear()

    # ------------------------------------------------------------ connections

    def _new_pc(self) -> RTCPeerConnection:
        # Host candidates only: the process runs next to the developer's browser.
        pc = RTCPeerConnection(RTCConfiguration(iceServers=[]))
        self.pcs.add(pc)
        return pc

    async def _close_pc(self, pc: RTCPeerConnection | None) -> None:
        if pc is None:
            return
        self.pcs.discard(pc)
        await pc.close()

    async def unpublish(self, room: Room, peer: Peer) -> None:
        """The peer's publication ends: its tracks stop, and so does every viewer's copy."""
        pc, peer.publisher = peer.publisher, None
        tracks, peer.tracks = peer.tracks, {}
        for other in list(room.peers.values()) + [peer]:
            for sub in list(other.subscriptions.values()):
                if sub.target is peer:
                    await self.unsubscribe(sub)
        for track in tracks.values():
            track.stop()
        for drain in peer.drains:
            drain.cancel()
        peer.drains = []
        await self._close_pc(pc)

    async def unsubscribe(self, sub: Subscription) -> None:
        sub.subscriber.subscriptions.pop(sub.id, None)
        for track in sub.tracks:
            track.stop()
        await self._close_pc(sub.pc)

    async def disconnect(self, room: Room, peer: Peer) -> None:
        for sub in list(peer.subscriptions.values()):
            await self.unsubscribe(sub)
        await self.unpublish(room, peer)

    def _watch(self, pc: RTCPeerConnection, on_gone) -> None:
        """A connection the client dropped (failed ICE/DTLS, closed) is cleaned up like a leave."""

        @pc.on("connectionstatechange")
        async def _changed() -> None:
            if pc.connectionState in ("failed", "closed") and pc in self.pcs:
                await on_gone()

    async def publish(self, room: Room, peer: Peer, offer: RTCSessionDescription) -> dict[str, Any]:
        if not (peer.publish_audio or peer.publish_video):
            raise Refused(403, "not_permitted", "this participant may not publish")
        pc = self._new_pc()
        try:
            await pc.setRemoteDescription(offer)
            offered = [t for t in pc.getTransceivers() if t.receiver.track is not None]
            if not offered:
                raise Refused(400, "bad_offer", "the offer sends no audio or video")
            if len(self._publishing(room) - {peer.id}) >= room.max_publishers:
                raise Refused(409, "room_full", "the room has as many publishers as it takes")
            accepted: dict[str, SourceTrack] = {}
            for t in pc.getTransceivers():
                track = t.receiver.track if t.receiver else None
                if track is None or not peer.may(t.kind) or t.kind in accepted:
                    t.direction = "inactive"  # not forwarded; the answer tells the client
                    continue
                accepted[t.kind] = SourceTrack(track)
            if not accepted:
                raise Refused(403, "not_permitted", "none of the offered tracks may be published")
            await pc.setLocalDescription(await pc.createAnswer())
        except BaseException:
            await self._close_pc(pc)
            raise
        await self.unpublish(room, peer)  # a second publish replaces the first
        peer.publisher, peer.tracks = pc, accepted
        for track in accepted.values():
            drain = room.relay.subscribe(track, buffered=False)
            peer.drains.append(asyncio.ensure_future(_drain(drain)))

        async def gone() -> None:
            if peer.publisher is pc:
                await self.unpublish(room, peer)

        self._watch(pc, gone)
        return {"sdp": pc.localDescription.sdp, "type": pc.localDescription.type,
                "accepted": {k: k in accepted for k in KINDS}}

    async def subscribe(self, room: Room, peer: Peer, target_id: str,
                        offer: RTCSessionDescription) -> dict[str, Any]:
        if not peer.subscribe:
            raise Refused(403, "not_permitted", "this participant may not subscribe")
        pc = self._new_pc()
        forwards: list[ForwardTrack] = []
        try:
            await pc.setRemoteDescription(offer)
            if not pc.getTransceivers():
                raise Refused(400, "bad_offer", "the offer asks for no audio or video")
            target = room.peers.get(target_id)
            if target is None:
                raise Refused(404, "no_such_peer", "no such participant in the room")
            if not target.tracks:
                raise Refused(409, "not_publishing", "that participant publishes nothing yet")
            for t in pc.getTransceivers():
                source = target.tracks.get(t.kind)
                if source is None or any(f.kind == t.kind for f in forwards):
                    t.direction = "inactive"
                    continue
                forward = ForwardTrack(room.relay, source, buffered=self.buffered_relay)
                forwards.append(forward)
                pc.addTrack(forward)
            if not forwards:
                raise Refused(409, "not_publishing", "that participant publishes none of the offered kinds")
            await pc.setLocalDescription(await pc.createAnswer())
        except BaseException:
            for f in forwards:
                f.stop()
            await self._close_pc(pc)
            raise
        sub = Subscription(id=str(next(self._ids)), subscriber=peer, target=target, pc=pc, tracks=forwards)
        peer.subscriptions[sub.id] = sub

        async def gone() -> None:
            if sub.id in peer.subscriptions:
                await self.unsubscribe(sub)

        self._watch(pc, gone)
        return {"subscription": sub.id, "sdp": pc.localDescription.sdp, "type": pc.localDescription.type,
                "tracks": {k: any(f.kind == k for f in forwards) for k in KINDS}}

    @staticmethod
    def _publishing(room: Room) -> set[str]:
        return {p.id for p in room.peers.values() if p.tracks}

    def pause(self, sub: Subscription, paused: bool) -> None:
        sub.paused = paused
        for track in sub.tracks:
            (track.running.clear if paused else track.running.set)()

    async def close(self) -> None:
        for room_id in list(self.rooms):
            room = self.rooms.pop(room_id)
            for peer in list(room.peers.values()):
                await self.disconnect(room, peer)
        for pc in list(self.pcs):
            await self._close_pc(pc)

    # ------------------------------------------------------------ reading

    def stats(self) -> dict[str, Any]:
        rooms = []
        for room in self.rooms.values():
            rooms.append({"room": room.id, "peers": [{
                "peer": p.id, "publishing": {k: {"frames": t.frames} for k, t in p.tracks.items()},
                "subscriptions": [{"id": s.id, "target": s.target.id, "paused": s.paused,
                                   "tracks": [t.stats() for t in s.tracks]} for s in p.subscriptions.values()],
            } for p in room.peers.values()], "revoked": len(room.revoked)})
        return {"rooms": rooms, "peer_connections": len(self.pcs), "buffered_relay": self.buffered_relay,
                "rss_bytes": _rss()}


def _rss() -> int:
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _offer(body: dict[str, Any]) -> RTCSessionDescription:
    sdp = body.get("sdp")
    if body.get("type") != "offer" or not isinstance(sdp, str) or not sdp or len(sdp) > MAX_SDP:
        raise Refused(400, "bad_offer", "an SDP offer is required: {\"sdp\": ..., \"type\": \"offer\"}")
    return RTCSessionDescription(sdp=sdp, type="offer")


def _body(request: Request) -> dict[str, Any]:
    try:
        body = request.json if request.body else {}
    except Exception:  # noqa: BLE001  Sanic raises its own for bad JSON
        raise Refused(400, "bad_json", "the body is not JSON") from None
    if not isinstance(body, dict):
        raise Refused(400, "bad_json", "the body must be a JSON object")
    return body


# ---------------------------------------------------------------- HTTP


def create_app(server: MediaServer, name: str = "huiyi_media") -> Sanic:
    app = Sanic(name)
    app.config.MOTD = False
    app.config.AUTO_EXTEND = False  # no sanic-ext (OpenAPI, its CORS): CORS is the three headers above
    app.config.REQUEST_MAX_SIZE = 256 * 1024
    app.ctx.media = server

    @app.exception(Refused)
    async def _refused(request: Request, exc: Refused) -> HTTPResponse:
        return json({"error": exc.error, "message": str(exc)}, status=exc.status_code, headers=CORS)

    @app.exception(ValueError, InvalidAccessError, InvalidStateError, OperationError)
    async def _bad_sdp(request: Request, exc: Exception) -> HTTPResponse:
        # what aiortc raises for an SDP it cannot take (missing ICE credentials, no common codec...)
        return json({"error": "bad_offer", "message": str(exc)[:200]}, status=400, headers=CORS)

    @app.on_response
    async def _cors(request: Request, response: HTTPResponse) -> None:
        response.headers.update(CORS)

    @app.exception(MethodNotAllowed)
    async def _preflight(request: Request, exc: MethodNotAllowed) -> HTTPResponse:
        if request.method == "OPTIONS":  # a browser's CORS preflight
            return empty(headers=CORS)
        return json({"error": "method_not_allowed", "message": str(exc)}, status=405, headers=CORS)

    @app.get("/healthz")
    async def healthz(request: Request) -> JSONResponse:
        return json({"ok": True})

    # the service's calls

    @app.get("/stats")
    async def stats(request: Request) -> JSONResponse:
        server.check_api(request)
        return json(server.stats())

    @app.put("/rooms/<room_id>")
    async def create_room(request: Request, room_id: str) -> JSONResponse:
        server.check_api(request)
        body = _body(request)
        try:
            max_publishers = max(1, min(int(body.get("max_publishers") or 6), 16))
        except (TypeError, ValueError):
            raise Refused(400, "bad_max_publishers", "max_publishers must be a number") from None
        room = server.create(room_id, str(body.get("description", "")), max_publishers)
        return json({"room": room.id})

    @app.delete("/rooms/<room_id>")
    async def end_room(request: Request, room_id: str) -> HTTPResponse:
        server.check_api(request)
        await server.end(room_id)
        return empty()

    @app.put("/rooms/<room_id>/peers/<peer_id>")
    async def admit(request: Request, room_id: str, peer_id: str) -> JSONResponse:
        server.check_api(request)
        peer = server.admit(room_id, peer_id, _body(request))
        return json({"peer": peer.id})

    @app.delete("/rooms/<room_id>/peers/<peer_id>")
    async def revoke(request: Request, room_id: str, peer_id: str) -> HTTPResponse:
        server.check_api(request)
        await server.revoke(room_id, peer_id)
        return empty()

    # the peers' calls

    @app.post("/rooms/<room_id>/publish")
    async def publish(request: Request, room_id: str) -> JSONResponse:
        room, peer, _ = server.peer_of(request, room_id)
        return json(await server.publish(room, peer, _offer(_body(request))))

    @app.post("/rooms/<room_id>/subscribe")
    async def subscribe(request: Request, room_id: str) -> JSONResponse:
        room, peer, _ = server.peer_of(request, room_id)
        body = _body(request)
        return json(await server.subscribe(room, peer, str(body.get("peer", "")), _offer(body)))

    def own_subscription(peer: Peer, sub_id: str) -> Subscription:
        sub = peer.subscriptions.get(sub_id)
        if sub is None:
            raise Refused(404, "no_such_subscription")
        return sub

    @app.post("/rooms/<room_id>/subscriptions/<sub_id>")
    async def pause(request: Request, room_id: str, sub_id: str) -> JSONResponse:
        _, peer, _ = server.peer_of(request, room_id)
        sub = own_subscription(peer, sub_id)
        paused = _body(request).get("paused")
        if not isinstance(paused, bool):
            raise Refused(400, "bad_paused", "paused must be true or false")
        server.pause(sub, paused)
        return json({"subscription": sub.id, "paused": sub.paused})

    @app.delete("/rooms/<room_id>/subscriptions/<sub_id>")
    async def unsubscribe(request: Request, room_id: str, sub_id: str) -> HTTPResponse:
        _, peer, _ = server.peer_of(request, room_id)
        await server.unsubscribe(own_subscription(peer, sub_id))
        return empty()

    @app.get("/rooms/<room_id>/peers")
    async def peers(request: Request, room_id: str) -> JSONResponse:
        room, _, _ = server.peer_of(request, room_id)
        return json({"peers": [{"peer": p.id, "display": p.display, "publishing": sorted(p.tracks)}
                               for p in room.peers.values()]})

    @app.post("/rooms/<room_id>/leave")
    async def leave(request: Request, room_id: str) -> HTTPResponse:
        room, peer, _ = server.peer_of(request, room_id)
        await server.disconnect(room, peer)
        return empty()

    @app.before_server_stop
    async def _close(app: Sanic) -> None:
        await server.close()

    return app


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m realtime.media_server",
                                description="The builtin aiortc media server (development only).")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8010)
    p.add_argument("--buffered-relay", action="store_true",
                   help="queue every frame for slow viewers (to measure what the default avoids; never in use)")
    args = p.parse_args(argv)
    settings = Settings.from_env()
    if settings.is_production:
        print("the builtin media server is for development only (use janus or trtc)")
        return 2
    app = create_app(MediaServer(media_key(settings), buffered_relay=args.buffered_relay))
    log.warning("builtin media server (development only) on http://%s:%s", args.host, args.port)
    app.run(host=args.host, port=args.port, single_process=True, access_log=False)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
