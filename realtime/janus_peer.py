"""An aiortc client of Janus's VideoRoom: a participant without a browser (tests, bench/).

Why: the promises of a video room (the patient's face reaching the doctor through Janus, audio
both ways, a removed member's stream stopping, a refused token) are only shown by a real peer
doing what a browser does with the credentials `core.rooms.service.join` issues. This one
speaks Janus's WebSocket API (subprotocol "janus-protocol") with those credentials only: the
signed Janus token on every request, the room's pin and the member's allowed token on joins,
the member's own feed id. It publishes tracks (aiortc's MediaPlayer over a Y4M video and an
audio file, or any tracks), subscribes to other feeds and keeps what it receives: decoded
video frames (the last few; `image()` gives RGB arrays) and audio levels per feed.

Not for production media: aiortc decodes and encodes in Python (a few streams per process).
Every wait is bounded; `close()` closes every peer connection (an open one keeps tasks alive).
"""
from __future__ import annotations

import asyncio
import contextlib
import json
import secrets
import time
from dataclasses import dataclass, field
from typing import Any

import websockets

PLUGIN = "janus.plugin.videoroom"
KEEPALIVE_SECONDS = 20  # below Janus's session_timeout (60 s)


class JanusRefused(RuntimeError):
    """Janus answered an error: core (`janus: error`, e.g. 403 unauthorized) or the VideoRoom's
    (`error_code`, e.g. 433 unauthorized, 426 no such room)."""

    def __init__(self, code: int, reason: str, *, plugin: bool):
        super().__init__(f"janus {'videoroom ' if plugin else ''}error {code}: {reason}")
        self.code, self.reason, self.plugin = code, reason, plugin


@dataclass
class Received:
    """What arrived from one feed."""
    video_frames: int = 0
    audio_frames: int = 0
    last_video_at: float = 0.0  # time.monotonic() of the newest frame
    last_audio_at: float = 0.0
    frames: list[Any] = field(default_factory=list)  # the newest decoded video frames (av.VideoFrame)
    audio_peak: int = 0  # the highest absolute sample seen
    tracks: set[str] = field(default_factory=set)
    first_video_at: float = 0.0

    def image(self, index: int = -1):
        """A kept frame as an RGB array (height × width × 3): converted on demand, not per frame."""
        return self.frames[index].to_ndarray(format="rgb24")


def looping_video(path: str, *, max_frames: int = 300):
    """A video track replaying a short file's frames for ever at the file's frame rate.

    aiortc's MediaPlayer(loop=True) restarts a video's timestamps at every loop (its audio it
    restamps), which receivers take for a stream gone back in time: after the first loop Janus
    sees no more video. The frames (a Y4M of a few frames, tests/media_files.py) are read once."""
    import fractions

    import av
    from aiortc import MediaStreamTrack
    from av import VideoFrame

    with av.open(path) as container:
        stream = container.streams.video[0]
        rate = float(stream.average_rate or 10)
        frames = [f.to_ndarray(format="yuv420p") for _, f in zip(range(max_frames), container.decode(stream))]
    if not frames:
        raise ValueError(f"no video frames in {path}")

    class _Loop(MediaStreamTrack):
        kind = "video"

        def __init__(self):
            super().__init__()
            self._start: float | None = None
            self._n = 0

        async def recv(self):
            if self._start is None:
                self._start = time.monotonic()
            else:
                self._n += 1
                wait = self._start + self._n / rate - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
            frame = VideoFrame.from_ndarray(frames[self._n % len(frames)], format="yuv420p")
            frame.pts, frame.time_base = int(self._n * 90000 / rate), fractions.Fraction(1, 90000)
            return frame

    return _Loop()


class _Handle:
    def __init__(self, session: "JanusSession", handle_id: int):
        self.session, self.id = session, handle_id
        self.events: list[dict] = []  # asynchronous plugin events (publishers, leaving, kicked, ...)
        self.changed = asyncio.Event()

    async def message(self, body: dict, jsep: dict | None = None, timeout: float = 15.0) -> dict:
        """A VideoRoom request; its answer (plugin data, and the jsep when Janus sends one)."""
        msg: dict[str, Any] = {"janus": "message", "handle_id": self.id, "body": body}
        if jsep:
            msg["jsep"] = jsep
        answer = await self.session.request(msg, timeout=timeout)
        data = (answer.get("plugindata") or {}).get("data") or {}
        if "error_code" in data:
            raise JanusRefused(int(data["error_code"]), str(data.get("error", "")), plugin=True)
        return {"data": data, "jsep": answer.get("jsep")}

    def _event(self, msg: dict) -> None:
        self.events.append(msg)
        self.changed.set()


class JanusSession:
    """One WebSocket session: transactions, events routed to their handle, keepalives."""

    def __init__(self, url: str, token: str):
        self.url, self.token = url, token
        self.ws: Any = None
        self.session_id: int | None = None
        self.handles: dict[int, _Handle] = {}
        self._pending: dict[str, asyncio.Future] = {}
        self._tasks: list[asyncio.Task] = []
        self.closed = asyncio.Event()

    async def connect(self, timeout: float = 10.0) -> None:
        self.ws = await asyncio.wait_for(websockets.connect(self.url, subprotocols=["janus-protocol"],
                                                            max_size=2**22), timeout)
        self._tasks.append(asyncio.create_task(self._read(), name="janus-read"))
        answer = await self.request({"janus": "create"}, timeout=timeout)
        self.session_id = int(answer["data"]["id"])
        self._tasks.append(asyncio.create_task(self._keepalive(), name="janus-keepalive"))

    async def attach(self) -> _Handle:
        answer = await self.request({"janus": "attach", "plugin": PLUGIN})
        handle = _Handle(self, int(answer["data"]["id"]))
        self.handles[handle.id] = handle
        return handle

    async def request(self, msg: dict, timeout: float = 15.0) -> dict:
        tx = secrets.token_hex(8)
        msg = {**msg, "transaction": tx}
        if self.token:
            msg["token"] = self.token
        if self.session_id is not None and msg["janus"] != "create":
            msg["session_id"] = self.session_id
        fut = asyncio.get_running_loop().create_future()
        self._pending[tx] = fut
        try:
            await self.ws.send(_dumps(msg))
            answer = await asyncio.wait_for(fut, timeout)
        finally:
            self._pending.pop(tx, None)
        if answer.get("janus") == "error":
            err = answer.get("error") or {}
            raise JanusRefused(int(err.get("code", 0)), str(err.get("reason", "")), plugin=False)
        return answer

    async def _read(self) -> None:
        try:
            async for raw in self.ws:
                msg = _loads(raw)
                kind, tx = msg.get("janus"), msg.get("transaction")
                fut = self._pending.get(tx) if tx else None
                if fut is not None and kind != "ack" and not fut.done():
                    fut.set_result(msg)
                    continue
                handle = self.handles.get(msg.get("sender"))
                if handle is not None and kind != "ack":
                    handle._event(msg)
        except websockets.ConnectionClosed:
            pass
        finally:
            self.closed.set()
            for h in self.handles.values():
                h.changed.set()
            for fut in self._pending.values():
                if not fut.done():
                    fut.set_exception(ConnectionError("janus closed the connection"))

    async def _keepalive(self) -> None:
        while True:
            await asyncio.sleep(KEEPALIVE_SECONDS)
            with contextlib.suppress(Exception):
                await self.ws.send(_dumps({"janus": "keepalive", "session_id": self.session_id,
                                           "transaction": secrets.token_hex(8), "token": self.token}))

    async def close(self) -> None:
        if self.ws is not None and self.session_id is not None and not self.closed.is_set():
            with contextlib.suppress(Exception):
                await self.request({"janus": "destroy"}, timeout=3)
        for t in self._tasks:
            t.cancel()
        for t in self._tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await t
        if self.ws is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self.ws.close(), 3)


def _dumps(msg: dict) -> str:
    return json.dumps(msg)


def _loads(raw: str | bytes) -> dict:
    return json.loads(raw)


def _ice_servers(creds: dict) -> list:
    from aiortc import RTCIceServer

    out = []
    for s in creds.get("ice_servers") or ():
        out.append(RTCIceServer(urls=s["urls"], username=s.get("username"), credential=s.get("credential")))
    return out


class JanusPeer:
    """One room member: a publisher handle (joined under the member's feed id) and a subscriber
    handle per feed watched. `creds` is what core.rooms.service.join answers (its `media` part
    or the whole answer)."""

    def __init__(self, creds: dict, *, keep_frames: int = 5):
        media = creds.get("media") if isinstance(creds.get("media"), dict) else creds
        self.creds = media
        self.room, self.pin = int(media["room"]), media.get("pin") or ""
        self.feed, self.display = int(media["feed"]), media.get("display") or ""
        self.allowed_token = media.get("allowed_token") or ""
        self.session = JanusSession(_ws_url(media["server"]), media.get("token") or "")
        self.keep_frames = keep_frames
        self.publisher: _Handle | None = None
        self.private_id: int | None = None
        self.publishers: dict[int, dict] = {}  # feeds in the room now (from Janus's events)
        self.gone: set[int] = set()  # feeds Janus said left, unpublished or were kicked
        self.kicked = False  # Janus kicked this member
        self.received: dict[int, Received] = {}
        self._pcs: list[Any] = []
        self._readers: list[asyncio.Task] = []
        self._tracks: list[Any] = []  # what we send: stopped on close (a MediaPlayer's thread ends with its tracks)
        self._watch: asyncio.Task | None = None

    # ------------------------------------------------------------ joining and publishing

    async def join(self, *, feed: int | None = None, token: str | None = None, pin: str | None = None,
                   room: int | None = None) -> dict:
        """Join as a publisher (not yet sending). The arguments override the credentials' (tests
        of what Janus refuses)."""
        await self.session.connect()
        self.publisher = await self.session.attach()
        answer = await self.publisher.message({
            "request": "join", "ptype": "publisher", "room": room or self.room, "id": feed or self.feed,
            "display": self.display, "pin": self.pin if pin is None else pin,
            "token": self.allowed_token if token is None else token})
        data = answer["data"]
        self.private_id = data.get("private_id")
        for p in data.get("publishers") or ():
            self.publishers[int(p["id"])] = p
        self._watch = asyncio.create_task(self._watch_events(), name="janus-peer-events")
        return data

    async def publish(self, *, video: str | None = None, audio: str | None = None, tracks: list | None = None,
                      timeout: float = 20.0) -> dict:
        """Send media: a short video file (Y4M, `looping_video`) and/or an audio file (WAV, aiortc's
        MediaPlayer), both looped, or the given tracks."""
        from aiortc import RTCConfiguration, RTCPeerConnection, RTCSessionDescription
        from aiortc.contrib.media import MediaPlayer

        if self.publisher is None:
            await self.join()
        pc = RTCPeerConnection(RTCConfiguration(iceServers=_ice_servers(self.creds)))
        self._pcs.append(pc)
        sending = [*([looping_video(video)] if video else []),
                   *([MediaPlayer(audio, loop=True).audio] if audio else []), *(tracks or ())]
        self._tracks.extend(sending)
        for track in sending:
            pc.addTrack(track)
        await asyncio.wait_for(pc.setLocalDescription(await pc.createOffer()), timeout)
        answer = await self.publisher.message({"request": "publish", "display": self.display},
                                              jsep={"type": "offer", "sdp": pc.localDescription.sdp}, timeout=timeout)
        jsep = answer["jsep"]
        await asyncio.wait_for(pc.setRemoteDescription(RTCSessionDescription(sdp=jsep["sdp"], type=jsep["type"])),
                               timeout)
        return answer["data"]

    # ------------------------------------------------------------ subscribing

    async def subscribe(self, feed: int, *, timeout: float = 20.0) -> dict:
        """Receive a feed's streams; frames are counted and kept in `received[feed]`."""
        from aiortc import RTCConfiguration, RTCPeerConnection, RTCSessionDescription

        handle = await self.session.attach()
        body: dict[str, Any] = {"request": "join", "ptype": "subscriber", "room": self.room, "pin": self.pin,
                                "token": self.allowed_token, "streams": [{"feed": feed}]}
        if self.private_id is not None:
            body["private_id"] = self.private_id
        answer = await handle.message(body, timeout=timeout)
        offer = answer["jsep"]
        pc = RTCPeerConnection(RTCConfiguration(iceServers=_ice_servers(self.creds)))
        self._pcs.append(pc)
        got = self.received.setdefault(feed, Received())

        @pc.on("track")
        def on_track(track):
            got.tracks.add(track.kind)
            self._readers.append(asyncio.create_task(self._read_track(track, got), name=f"janus-track-{feed}"))

        await asyncio.wait_for(pc.setRemoteDescription(RTCSessionDescription(sdp=offer["sdp"], type=offer["type"])),
                               timeout)
        await asyncio.wait_for(pc.setLocalDescription(await pc.createAnswer()), timeout)
        started = await handle.message({"request": "start", "room": self.room},
                                       jsep={"type": "answer", "sdp": pc.localDescription.sdp}, timeout=timeout)
        return started["data"]

    async def _read_track(self, track, got: Received) -> None:
        from aiortc.mediastreams import MediaStreamError

        try:
            while True:
                frame = await track.recv()
                now = time.monotonic()
                if track.kind == "video":
                    got.video_frames += 1
                    got.last_video_at = now
                    got.first_video_at = got.first_video_at or now
                    got.frames.append(frame)
                    del got.frames[:-self.keep_frames]
                else:
                    got.audio_frames += 1
                    got.last_audio_at = now
                    samples = frame.to_ndarray()
                    if samples.size:
                        got.audio_peak = max(got.audio_peak, int(abs(samples.astype("int32")).max()))
        except (MediaStreamError, asyncio.CancelledError):
            return

    # ------------------------------------------------------------ what Janus says

    async def _watch_events(self) -> None:
        handle = self.publisher
        seen = 0
        while not self.session.closed.is_set():
            await handle.changed.wait()
            handle.changed.clear()
            for msg in handle.events[seen:]:
                self._apply(msg)
            seen = len(handle.events)

    def _apply(self, msg: dict) -> None:
        data = (msg.get("plugindata") or {}).get("data") or {}
        for p in data.get("publishers") or ():
            self.publishers[int(p["id"])] = p
            self.gone.discard(int(p["id"]))
        for key in ("unpublished", "leaving", "kicked"):
            who = data.get(key)
            if who == "ok":
                if key == "leaving" and data.get("reason") == "kicked":
                    self.kicked = True
            elif isinstance(who, int):
                self.publishers.pop(who, None)
                self.gone.add(who)

    async def wait_for(self, predicate, *, timeout: float = 15.0, poll: float = 0.05) -> None:
        """Until predicate() holds (checked on each event and every `poll` seconds), or TimeoutError."""
        async def until():
            while not predicate():
                await asyncio.sleep(poll)

        await asyncio.wait_for(until(), timeout)

    async def participants(self) -> list[dict]:
        """Janus's list of the room's participants (listparticipants)."""
        answer = await self.publisher.message({"request": "listparticipants", "room": self.room})
        return list(answer["data"].get("participants") or [])

    # ------------------------------------------------------------ the end

    async def close(self) -> None:
        for track in self._tracks:
            track.stop()
        for pc in self._pcs:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(pc.close(), 10)
        for t in self._readers:
            t.cancel()
        if self._watch is not None:
            self._watch.cancel()
        for t in [*self._readers, *([self._watch] if self._watch else [])]:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await t
        await self.session.close()

    async def __aenter__(self) -> "JanusPeer":
        return self

    async def __aexit__(self, *exc) -> None:
        await self.close()


def _ws_url(server: str) -> str:
    """The WebSocket API's address: JANUS_PUBLIC_URL must be Janus's ws:// or wss:// one."""
    if not server.startswith(("ws://", "wss://")):
        raise ValueError(f"not a Janus WebSocket address: {server!r} (JANUS_PUBLIC_URL)")
    return server
