"""The waiting room live over the realtime socket (issue 12 point 2): `sanic` with two workers on the
suite's MariaDB and Redis, `websockets` clients as the patients' phones (`waiting:<order id>`, each
authorised for the order's account and grant holders only) and the doctor's workstation
(`doctor:<id>` with a console ticket); the queue moves through the services in this process, whose
events reach the served gateway through Redis as a worker's would. Three patients check in, each
sees their position and estimated wait; the doctor calls the next: the first is told the call and
the room, the others move up.
"""
from __future__ import annotations

import asyncio
import time

import pytest

from core import wiring
from core.accounts import service as accounts_service
from core.consult import queue, video
from core.consult.schemas import CallNextIn
from tests import factories
from tests.realtime.conftest import gateway  # noqa: F401  (the served app, two workers)
from tests.realtime.peers import Peer

pytestmark = pytest.mark.e2e


async def _notice(peer: Peer, topic: str, check, what: str, timeout: float = 20) -> dict:
    """The first notice on `topic` whose data passes `check` (earlier ones are skipped)."""
    until = time.monotonic() + timeout
    while True:
        left = until - time.monotonic()
        assert left > 0, f"{peer.name}: no notice on {topic}: {what}"
        try:
            frame = await peer.next_frame("notice", timeout=left, topic=topic)
        except asyncio.TimeoutError:
            continue
        if check(frame["data"]):
            return frame["data"]


async def test_positions_and_waits_are_pushed_as_the_queue_moves(gateway, janus, wechatpay):  # noqa: F811
    wiring.wire()
    w = await factories.video_world()
    people = w.patients
    ids = [await factories.video_order(w, wechatpay, who) for who in people]
    phones = []
    for who, order_id in zip(people, ids):
        phone = Peer(gateway.base, factories.mp_token(who.actor), name=who.patient.name)
        await phone.connect()
        assert (await phone.subscribe(f"waiting:{order_id}"))["op"] == "subscribed"
        phones.append(phone)
    desk = Peer(gateway.base, (await accounts_service.realtime_ticket(actor=w.doctor_actor)).token, name="desk")
    await desk.connect()
    stranger = Peer(gateway.base, factories.mp_token(w.stranger.actor), name="stranger")
    await stranger.connect()
    try:
        assert (await desk.subscribe(f"doctor:{w.doctor.id}"))["op"] == "subscribed"
        # Someone else's waiting room is refused like a missing order.
        refused = await stranger.subscribe(f"waiting:{ids[0]}")
        assert refused["op"] == "error" and refused["code"] == "consult.order_not_found", refused

        pace = queue.DEFAULT_PACE_MINUTES
        for n, (who, order_id) in enumerate(zip(people, ids)):
            await video.check_in(actor=who.actor, order_id=order_id)
            mine = await _notice(phones[n], f"waiting:{order_id}", lambda d: d.get("state") == "queued",
                                 "checked in")
            assert (mine["position"], mine["ahead"], mine["wait_minutes"]) == (n + 1, n, n * pace)
            shown = await _notice(desk, f"doctor:{w.doctor.id}", lambda d, n=n: d.get("queued") == n + 1,
                                  f"{n + 1} in the queue")
            assert shown["changed"] == order_id and shown["kind"] == "video_queue"

        called = await video.call_next(actor=w.doctor_actor, data=CallNextIn())
        ring = await _notice(phones[0], f"waiting:{ids[0]}", lambda d: d.get("state") == "calling", "the call")
        assert (ring["position"], ring["room_id"]) == (0, called.room_id)
        for n in (1, 2):  # the others move up; the doctor is busy, so the next waits one pace
            moved = await _notice(phones[n], f"waiting:{ids[n]}", lambda d, n=n: d.get("position") == n, "moved up")
            assert (moved["ahead"], moved["wait_minutes"]) == (n - 1, n * pace)
        shown = await _notice(desk, f"doctor:{w.doctor.id}", lambda d: d.get("calling") == ids[0], "calling")
        assert shown["active"] == ids[0] and shown["queued"] == 3

        await video.answer(actor=people[0].actor, order_id=ids[0])
        gone = await _notice(phones[0], f"waiting:{ids[0]}", lambda d: d.get("state") == "in_progress", "answered")
        assert (gone["position"], gone["room_id"]) == (None, called.room_id)
    finally:
        for peer in (*phones, desk, stranger):
            await peer.close()
