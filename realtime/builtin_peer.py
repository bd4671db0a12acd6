"""A Python client of the builtin media server (realtime/media_server.py), on aiortc.

Why: the tests and bench/ need a participant that really publishes and receives media through
the builtin provider: it joins with the credentials core/rooms issues ({"provider": "builtin",
"server", "token", "room", "peer", "ice_servers"}), publishes a video file (Y4M) and a sound
(WAV) as a camera and a microphone would, subscribes to another participant and keeps the
decoded frames it receives. A browser does the same with RTCPeerConnection and fetch.

The media files are read once and replayed in a loop at their own frame rate with steadily
increasing timestamps (aiortc's MediaPlayer restarts its clock on every loop of a short file and
then sends as fast as it can).
"""
from __future__ import annotations

import asyncio
import collections
import contextlib
import fractions
import time
from pathlib import Path
from typing import Any

import av
import httpx
import numpy as np
from aiortc import MediaStreamTrack, RTCConfiguration, RTCIceServer, RTCPeerConnection, RTCSessionDescription
from aiortc.mediastreams import MediaStreamError

AUDIO_RATE = 48000
AUDIO_PTIME = 0.02  # 20 ms per audio frame, as browsers send


class MediaRefused(RuntimeError):
    """The media server said no: `status` and its `error` code (token_expired, not_permitted...)."""

    def __init__(self, status: int, error: str, message: str = ""):
        super().__init__(f"{status} {error}: {message}")
        self.status, self.error = status, error


class _Paced(MediaStreamTrack):
    """Frames at a fixed rate from the first recv on, whatever the consumer's pace."""

    def __init__(self, period: float):
        super().__init__()
        self.period = period
        self.count = 0
        self._start: float | None = None

    async def _next(self) -> int:
        if self.readyState != "live":
            raise MediaStreamError
        now = time.monotonic()
        if self._start is None:
            self._start = now
        wait = self._start + self.count * self.period - now
        if wait > 0:
            await asyncio.sleep(wait)
        n, self.count = self.count, self.count + 1
        return n


class LoopedVideoTrack(_Paced):
    """A video file's frames (a Y4M: raw I420), replayed in a loop at its frame rate."""

    kind = "video"

    def __init__(self, path: str | Path, fps: float | None = None):
        with av.open(str(path)) as container:
            stream = container.streams.video[0]
            rate = fps or float(stream.average_rate or 10)
            self.planes = [frame.to_ndarray(format="yuv420p") for frame in container.decode(stream)]
        if not self.planes:
            raise ValueError(f"{path}: no video frames")
        super().__init__(1 / rate)
        self.time_base = fractions.Fraction(1, 90000)

    async def recv(self) -> av.VideoFrame:
        n = await self._next()
        frame = av.VideoFrame.from_ndarray(self.planes[n % len(self.planes)], format="yuv420p")
        frame.pts, frame.time_base = int(n * self.period * 90000), self.time_base
        return frame


class LoopedAudioTrack(_Paced):
    """A sound file, as 20 ms frames of 48 kHz mono, replayed in a loop."""

    kind = "audio"

    def __init__(self, path: str | Path):
        super().__init__(AUDIO_PTIME)
        resampler = av.AudioResampler(format="s16", layout="mono", rate=AUDIO_RATE)
        chunks = []
        with av.open(str(path)) as container:
            for frame in container.decode(audio=0):
                chunks += [f.to_ndarray().reshape(-1) for f in resampler.resample(frame)]
        chunks += [f.to_ndarray().reshape(-1) for f in resampler.resample(None)]
        samples = np.concatenate(chunks) if chunks else np.zeros(0, np.int16)
        self.per_frame = int(AUDIO_RATE * AUDIO_PTIME)
        usable = len(samples) // self.per_frame * self.per_frame
        if not usable:
            raise ValueError(f"{path}: shorter than one 20 ms frame")
        self.samples = samples[:usable].astype(np.int16)
        self.time_base = fractions.Fraction(1, AUDIO_RATE)

    async def recv(self) -> av.AudioFrame:
        n = await self._next()
        start = (n * self.per_frame) % len(self.samples)
        frame = av.AudioFrame.from_ndarray(self.samples[start:start + self.per_frame].reshape(1, -1),
                                           format="s16", layout="mono")
        frame.sample_rate, frame.pts, frame.time_base = AUDIO_RATE, n * self.per_frame, self.time_base
        return frame


class Subscription:
    """What this client receives of another participant: decoded frames, counted as they come."""

    def __init__(self, owner: "BuiltinPeer", sub_id: str, target: str, pc: RTCPeerConnection,
                 tracks: dict[str, MediaStreamTrack], keep: int):
        self.owner, self.id, self.target, self.pc, self.tracks = owner, sub_id, target, pc, tracks
        self.received = {kind: 0 for kind in tracks}
        self.frames: dict[str, collections.deque] = {kind: collections.deque(maxlen=keep) for kind in tracks}
        self.ended = asyncio.Event()  # every track ended (the server closed, or we did)
        self._changed = asyncio.Condition()
        self._tasks = [asyncio.ensure_future(self._collect(kind, track)) for kind, track in tracks.items()]

    async def _collect(self, kind: str, track: MediaStreamTrack) -> None:
        try:
            while True:
                frame = await track.recv()
                self.frames[kind].append(frame)
                self.received[kind] += 1
                async with self._changed:
                    self._changed.notify_all()
        except MediaStreamError:
            pass
        finally:
            if all(t.done() or t is asyncio.current_task() for t in self._tasks):
                self.ended.set()
            async with self._changed:
                self._changed.notify_all()

    async def wait_frames(self, kind: str, count: int, timeout: float = 30.0) -> list[Any]:
        """Wait until `count` frames of `kind` arrived in all; the latest frames kept."""
        async def arrived() -> None:
            async with self._changed:
                await self._changed.wait_for(lambda: self.received[kind] >= count or self.ended.is_set())
        await asyncio.wait_for(arrived(), timeout)
        if self.received[kind] < count:
            raise MediaStreamError(f"{kind} ended after {self.received[kind]} frames")
        return list(self.frames[kind])

    async def wait_ended(self, timeout: float = 30.0) -> None:
        await asyncio.wait_for(self.ended.wait(), timeout)

    async def pause(self, paused: bool = True) -> dict[str, Any]:
        return await self.owner._call("POST", f"/subscriptions/{self.id}", {"paused": paused})

    async def close(self) -> None:
        self.owner.subscriptions.pop(self.id, None)
        await self.pc.close()
        for t in self._tasks:
            t.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self.ended.set()


class BuiltinPeer:
    """One participant's connections to the builtin media server, from its join credentials
    (the join answer of core/rooms, or its `media` part)."""

    def __init__(self, credentials: dict[str, Any], *, timeout: float = 30.0):
        credentials = credentials.get("media", credentials)
        if credentials.get("provider") != "builtin":
            raise ValueError(f"not builtin credentials: {credentials.get('provider')!r}")
        self.credentials = credentials
        self.room, self.peer = str(credentials["room"]), str(credentials["peer"])
        self.http = httpx.AsyncClient(base_url=credentials["server"], timeout=timeout,
                                      headers={"Authorization": f"Bearer {credentials['token']}"})
        self.publisher: RTCPeerConnection | None = None
        self.published: list[MediaStreamTrack] = []
        self.subscriptions: dict[str, Subscription] = {}

    def _pc(self) -> RTCPeerConnection:
        servers = [RTCIceServer(urls=s["urls"], username=s.get("username"), credential=s.get("credential"))
                   for s in self.credentials.get("ice_servers") or []]
        return RTCPeerConnection(RTCConfiguration(iceServers=servers))

    async def _call(self, method: str, path: str, body: dict[str, Any] | None = None) -> dict[str, Any]:
        resp = await self.http.request(method, f"/rooms/{self.room}{path}", json=body)
        answer = resp.json() if resp.content else {}
        if resp.status_code >= 400:
            raise MediaRefused(resp.status_code, answer.get("error", ""), answer.get("message", ""))
        return answer

    async def publish(self, *, video: str | Path | None = None, audio: str | Path | None = None,
                      tracks: list[MediaStreamTrack] | None = None) -> dict[str, bool]:
        """Send these tracks (files are looped); the kinds the server accepted."""
        tracks = list(tracks or [])
        if video is not None:
            tracks.append(LoopedVideoTrack(video))
        if audio is not None:
            tracks.append(LoopedAudioTrack(audio))
        pc = self._pc()
        for track in tracks:
            pc.addTransceiver(track, direction="sendonly")
        try:
            await pc.setLocalDescription(await pc.createOffer())
            answer = await self._call("POST", "/publish", {"sdp": pc.localDescription.sdp, "type": "offer"})
            await pc.setRemoteDescription(RTCSessionDescription(sdp=answer["sdp"], type=answer["type"]))
        except BaseException:
            await pc.close()
            raise
        if self.publisher is not None:
            await self.publisher.close()
        self.publisher, self.published = pc, tracks
        return answer["accepted"]

    async def subscribe(self, peer: str, *, audio: bool = True, video: bool = True, keep: int = 5) -> Subscription:
        """Receive that participant's published tracks (the kinds asked for that it publishes)."""
        pc = self._pc()
        for kind, wanted in (("audio", audio), ("video", video)):
            if wanted:
                pc.addTransceiver(kind, direction="recvonly")
        try:
            await pc.setLocalDescription(await pc.createOffer())
            answer = await self._call("POST", "/subscribe", {"peer": str(peer), "sdp": pc.localDescription.sdp,
                                                             "type": "offer"})
            await pc.setRemoteDescription(RTCSessionDescription(sdp=answer["sdp"], type=answer["type"]))
        except BaseException:
            await pc.close()
            raise
        tracks = {t.kind: t.receiver.track for t in pc.getTransceivers()
                  if answer["tracks"].get(t.kind) and t.receiver.track is not None}
        sub = Subscription(self, answer["subscription"], str(peer), pc, tracks, keep)
        self.subscriptions[sub.id] = sub
        return sub

    async def peers(self) -> list[dict[str, Any]]:
        return (await self._call("GET", "/peers"))["peers"]

    async def wait_connected_state(self, state: str = "connected", pc: RTCPeerConnection | None = None,
                                   timeout: float = 30.0) -> None:
        """Wait until the connection (the publishing one by default) is in `state`."""
        pc = pc or self.publisher
        if pc is None:
            raise ValueError("nothing published")

        async def reached() -> None:
            while pc.connectionState != state:
                if pc.connectionState in ("failed", "closed"):
                    raise ConnectionError(f"connection {pc.connectionState}")
                await asyncio.sleep(0.05)
        await asyncio.wait_for(reached(), timeout)

    async def leave(self) -> None:
        """Tell the server, then close everything here."""
        with contextlib.suppress(httpx.HTTPError, MediaRefused):
            await self._call("POST", "/leave")
        await self.close()

    async def close(self) -> None:
        for sub in list(self.subscriptions.values()):
            await sub.close()
        if self.publisher is not None:
            await self.publisher.close()
            self.publisher = None
        for track in self.published:
            track.stop()
        await self.http.aclose()
