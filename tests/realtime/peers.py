"""Test clients of the realtime gateway: real WebSocket clients (the `websockets` library)
against served processes, each remembering what it received per topic and what it sent
that was not acknowledged yet, as the H5 client and the mini-program do."""
from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import time
import uuid
from typing import Any

from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

from core.accounts import tokens
from core.accounts.models import MpAccount


async def account(name: str) -> tuple[MpAccount, str]:
    """A mini-program account and an access token for it, as wx-login issues them."""
    acc = await MpAccount.create(openid=f"o-{name}-{uuid.uuid4().hex[:8]}")
    token, _, _ = tokens.encode(sub=acc.id, typ="access", seconds=900, ep=await tokens.stamp_of(f"mp:{acc.id}"))
    return acc, token


async def two_nodes(base: str, token_a: str, token_b: str) -> tuple["Peer", "Peer"]:
    """A on one server process, B on the other (reconnecting B until the kernel hands it over)."""
    a = Peer(base, token_a, name="a")
    await a.connect()
    for _ in range(60):
        b = Peer(base, token_b, name="b")
        await b.connect()
        if b.node != a.node:
            return a, b
        await b.close()
    raise AssertionError("every connection landed on the same server process")


def ws_url(base: str) -> str:
    return base.replace("http://", "ws://") + "/realtime/v1/ws"


class Peer:
    def __init__(self, base: str, token: str, *, name: str = "peer", ping_every: float = 1.0,
                 rcvbuf: int | None = None):
        self.base, self.token, self.name, self.ping_every, self.rcvbuf = base, token, name, ping_every, rcvbuf
        self.ws = None
        self.ready: dict | None = None
        self.items: dict[str, dict[int, dict]] = {}  # topic -> seq -> item, as received
        self.order: dict[str, list[int]] = {}  # topic -> seqs in the order received
        self.frames: asyncio.Queue = asyncio.Queue()  # everything else
        self.unacked: dict[str, dict] = {}  # client_id -> send frame
        self.acked: dict[str, dict] = {}  # client_id -> stored message
        self.floor: dict[str, int] = {}  # topic -> the sequence this client held when it subscribed
        self.close_code: int | None = None
        self._tasks: list[asyncio.Task] = []
        self._n = 0

    # ------------------------------------------------------------ connection

    async def connect(self, *, auth: bool = True, retries: float = 0) -> dict | None:
        until = time.monotonic() + retries
        while True:
            try:
                sock = None
                if self.rcvbuf:
                    host, port = self.base.split("//")[1].split(":")
                    sock = socket.socket()
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, self.rcvbuf)
                    sock.connect((host, int(port)))
                self.ws = await connect(ws_url(self.base), sock=sock, open_timeout=10, ping_interval=None,
                                        max_size=2**22, max_queue=1 if self.rcvbuf else 64)
                break
            except (OSError, asyncio.TimeoutError, ConnectionClosed):
                if time.monotonic() >= until:
                    raise
                await asyncio.sleep(0.2)
        self.close_code = None
        if not auth:
            return None
        await self.ws.send(json.dumps({"op": "auth", "token": self.token}))
        self.ready = json.loads(await asyncio.wait_for(self.ws.recv(), 10))
        assert self.ready["op"] == "ready", self.ready
        self._tasks = [asyncio.create_task(self._read())]
        if self.ping_every:
            self._tasks.append(asyncio.create_task(self._ping()))
        return self.ready

    @property
    def node(self) -> str:
        return self.ready["node"]

    async def _read(self) -> None:
        try:
            async for raw in self.ws:
                frame = json.loads(raw)
                if frame.get("op") == "msg":
                    self.items.setdefault(frame["topic"], {})
                    assert frame["seq"] not in self.items[frame["topic"]], f"{self.name}: seq {frame['seq']} twice"
                    self.items[frame["topic"]][frame["seq"]] = frame["data"]
                    self.order.setdefault(frame["topic"], []).append(frame["seq"])
                elif frame.get("op") != "pong":
                    if frame.get("op") == "ack" and frame.get("data", {}).get("message"):
                        message = frame["data"]["message"]
                        self.unacked.pop(message["client_id"], None)
                        self.acked[message["client_id"]] = message
                    await self.frames.put(frame)
        except ConnectionClosed:
            pass
        finally:
            self.close_code = self.ws.close_code if self.ws.close_code is not None else 1006

    async def _ping(self) -> None:
        with contextlib.suppress(ConnectionClosed, OSError):
            while True:
                await asyncio.sleep(self.ping_every)
                await self.ws.send('{"op":"ping"}')

    async def close(self) -> None:
        for t in self._tasks:
            t.cancel()
        if self.ws is not None:
            with contextlib.suppress(Exception):
                await self.ws.close()

    async def wait_closed(self, timeout: float = 15) -> int:
        until = time.monotonic() + timeout
        while self.close_code is None and time.monotonic() < until:
            await asyncio.sleep(0.05)
        assert self.close_code is not None, f"{self.name}: still open after {timeout} s"
        return self.close_code

    # ------------------------------------------------------------ frames

    async def send(self, frame: dict) -> str:
        self._n += 1
        rid = f"{self.name}-{self._n}"
        await self.ws.send(json.dumps({**frame, "id": rid}))
        return rid

    async def answer(self, rid: str, timeout: float = 10) -> dict:
        """The frame answering request `rid` (others are kept)."""
        kept = []
        until = time.monotonic() + timeout
        try:
            while True:
                frame = await asyncio.wait_for(self.frames.get(), max(0.01, until - time.monotonic()))
                if frame.get("id") == rid:
                    return frame
                kept.append(frame)
        finally:
            for f in kept:
                self.frames.put_nowait(f)

    async def next_frame(self, op: str, timeout: float = 10, **match: Any) -> dict:
        kept = []
        until = time.monotonic() + timeout
        try:
            while True:
                frame = await asyncio.wait_for(self.frames.get(), max(0.01, until - time.monotonic()))
                if frame.get("op") == op and all(frame.get(k) == v for k, v in match.items()):
                    return frame
                kept.append(frame)
        finally:
            for f in kept:
                self.frames.put_nowait(f)

    async def subscribe(self, topic: str, after_seq: int | None = None) -> dict:
        frame = {"op": "subscribe", "topic": topic}
        if after_seq is not None:
            frame["after_seq"] = after_seq
        answer = await self.answer(await self.send(frame))
        if answer.get("op") == "subscribed" and topic not in self.floor:
            # what this client held before (another socket, or none): counted as held
            self.floor[topic] = after_seq if after_seq is not None else answer["seq"]
        return answer

    async def say(self, topic: str, text: str, client_id: str | None = None) -> str:
        """Send a text message over the socket; it stays unacknowledged until its ack arrives."""
        client_id = client_id or uuid.uuid4().hex
        frame = {"op": "send", "topic": topic, "client_id": client_id, "text": text}
        self.unacked[client_id] = frame
        await self.send(frame)
        return client_id

    async def resend(self) -> None:
        for frame in list(self.unacked.values()):
            await self.send(frame)

    async def reconnect(self, retries: float = 60) -> None:
        """As the app does after losing its socket: connect again (any process), resume every topic
        from the last sequence held, resend whatever was not acknowledged (same client ids)."""
        for task in self._tasks:
            task.cancel()
        await self.connect(retries=retries)
        for topic in list(self.floor):
            answer = await self.subscribe(topic, after_seq=self.last_seq(topic))
            assert answer["op"] == "subscribed", answer
        await self.resend()

    def last_seq(self, topic: str) -> int:
        """The last sequence number held without a gap (what a client resumes from)."""
        held = self.items.get(topic, {})
        n = self.floor.get(topic, 0)
        while n + 1 in held:
            n += 1
        return n

    async def wait_seq(self, topic: str, seq: int, timeout: float = 15) -> None:
        until = time.monotonic() + timeout
        while self.last_seq(topic) < seq:
            assert time.monotonic() < until, f"{self.name}: holds {self.last_seq(topic)} of {topic}, wanted {seq}"
            assert self.close_code is None, f"{self.name}: closed with {self.close_code}"
            await asyncio.sleep(0.02)

    async def wait_acked(self, timeout: float = 15) -> None:
        until = time.monotonic() + timeout
        while self.unacked:
            assert time.monotonic() < until, f"{self.name}: {len(self.unacked)} sends not acknowledged"
            await asyncio.sleep(0.02)
