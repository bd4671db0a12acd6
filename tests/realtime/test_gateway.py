"""The realtime gateway against two served worker processes and a real Redis, through real
WebSocket clients: authentication in the first frame (never in the URL), subscriptions only
where the conversations service allows, fan-out across the processes, heartbeats and idle
sockets, limits, a slow consumer dropped and resuming by sequence, revocation closing
subscriptions and sockets at once."""
from __future__ import annotations

import asyncio
import contextlib
import json

import httpx
import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed, InvalidStatus

from core.accounts import mp_accounts
from core.audit.models import AuditLog
from core.conversations import service as conversations
from core.conversations.models import ChatMessage
from core.principal import Principal
from tests import factories
from tests.realtime.conftest import conversation, talking
from tests.realtime.peers import Peer, account, two_nodes, ws_url

pytestmark = pytest.mark.e2e
MP = "/api/mp/v1/conversations"


# ================================================================== authentication

async def test_token_in_url_is_refused_before_the_upgrade(gateway):
    _, token = await account("url")
    with pytest.raises(InvalidStatus) as err:
        async with connect(ws_url(gateway.base) + "?token=" + token):
            pass
    assert err.value.response.status_code == 400
    assert json.loads(err.value.response.body)["code"] == "realtime.token_in_url"


async def test_authentication_must_come_first_and_in_time(gateway):
    me, token = await account("auth")
    silent = Peer(gateway.base, token, name="silent")
    await silent.connect(auth=False)
    with pytest.raises(Exception):
        await asyncio.wait_for(silent.ws.recv(), 10)  # nothing sent: closed after REALTIME_AUTH_SECONDS
    assert silent.ws.close_code == 4001

    early = Peer(gateway.base, token, name="early")
    await early.connect(auth=False)
    await early.ws.send(json.dumps({"op": "subscribe", "topic": "conversation:1"}))
    assert json.loads(await early.ws.recv())["code"] == "realtime.auth_required"
    await early.ws.wait_closed()
    assert early.ws.close_code == 4001

    for bad in ("not-a-token", token[:-3] + "AAA"):
        wrong = Peer(gateway.base, bad, name="wrong")
        await wrong.connect(auth=False)
        await wrong.ws.send(json.dumps({"op": "auth", "token": bad}))
        assert json.loads(await wrong.ws.recv())["code"] == "auth.token_invalid"
        await wrong.ws.wait_closed()
        assert wrong.ws.close_code == 4001

    good = Peer(gateway.base, token, name="good")
    ready = await good.connect()
    assert ready["account"] == f"mp:{me.id}" and ready["heartbeat"] <= 45 and 0 < ready["expires_in"] <= 900
    # Re-authenticating with another account's token closes the socket.
    _, other = await account("other")
    rid = await good.send({"op": "auth", "token": other})
    assert (await good.answer(rid))["code"] == "realtime.account_mismatch"
    assert await good.wait_closed() == 4001


async def test_heartbeat_keeps_a_socket_and_silence_closes_it(gateway):
    _, token = await account("idle")
    talker = Peer(gateway.base, token, name="talker", ping_every=1.0)
    quiet = Peer(gateway.base, token, name="quiet", ping_every=0)
    await talker.connect()
    await quiet.connect()
    await talker.send({"op": "ping"})
    assert await quiet.wait_closed(timeout=20) == 4008  # REALTIME_IDLE_SECONDS=6
    assert talker.close_code is None
    await talker.close()


# ================================================================== subscriptions

async def test_only_participants_subscribe(gateway):
    a, token_a = await account("a")
    b, token_b = await account("b")
    stranger, token_s = await account("s")
    cid = await conversation(a, b)
    peer = Peer(gateway.base, token_s, name="stranger")
    await peer.connect()
    for topic in (f"conversation:{cid}", "conversation:999999", "conversation:abc", "nothing:1", "conversation"):
        answer = await peer.subscribe(topic)
        assert answer["op"] == "error", answer
        assert answer["code"] in ("conversations.not_found", "realtime.unknown_topic")
    # A refused subscription leaves the socket usable.
    rid = await peer.send({"op": "send", "topic": f"conversation:{cid}", "client_id": "x1", "text": "hi"})
    assert (await peer.answer(rid))["code"] == "conversations.not_found"
    assert await AuditLog.filter(action="conversations.subscribe", outcome="denied",
                                 target_id=str(cid)).exists()
    assert not await ChatMessage.filter(conversation_id=cid).exists()
    await peer.close()


async def test_fan_out_across_processes_in_order(gateway):
    a, b, cid, topic, pa, pb = await talking(gateway)
    token_b = pb.token
    for i in range(10):
        await pa.say(topic, f"问{i}")
        await pb.say(topic, f"答{i}")
    # and one over plain HTTP
    r = httpx.post(f"{gateway.base}{MP}/{cid}/messages", headers={"Authorization": "Bearer " + token_b},
                   json={"client_id": "http-1", "text": "经 HTTP 发送"}, timeout=10)
    assert r.status_code == 200 and r.json()["duplicate"] is False, r.text
    await pa.wait_seq(topic, 21)
    await pb.wait_seq(topic, 21)
    await pa.wait_acked()  # an item may reach its sender before the acknowledgement does
    await pb.wait_acked()
    assert pa.order[topic] == pb.order[topic] == list(range(1, 22))
    # Each process delivers its own senders' items as stored (events.on_relayed) and reads the others'
    # back from the database: both sides hold the same items, field for field.
    assert pa.items[topic] == pb.items[topic]
    stored = await ChatMessage.filter(conversation_id=cid).order_by("seq").values_list("seq", "id")
    assert stored == [(s, pa.items[topic][s]["id"]) for s in range(1, 22)]
    # A resend over the socket answers the stored message.
    first = next(iter(pa.acked))
    rid = await pa.send({"op": "send", "topic": topic, "client_id": first, "text": pa.acked[first]["text"]})
    ack = await pa.answer(rid)
    assert ack["data"]["duplicate"] is True and ack["data"]["message"]["seq"] == pa.acked[first]["seq"]
    assert await ChatMessage.filter(conversation_id=cid).count() == 21
    await pa.wait_acked()
    # Read cursors reach the other side as notices.
    await pa.say(topic, "最后一条")
    await pb.wait_seq(topic, 22)
    rid = await pb.send({"op": "mark", "topic": topic, "read_seq": 22})
    assert (await pb.answer(rid))["data"] == {"delivered_seq": 22, "read_seq": 22}
    notice = await pa.next_frame("notice", topic=topic, name="conversations.read")
    assert notice["data"]["read_seq"] == 22 and notice["data"]["party"] == f"mp:{b.id}"
    await pa.close()
    await pb.close()


async def test_resume_from_a_sequence(gateway):
    a, token_a = await account("a")
    b, token_b = await account("b")
    cid = await conversation(a, b)
    for i in range(1, 251):  # more than a page of backlog
        await conversations.send_text(actor=Principal(kind="mp", id=a.id), conversation_id=cid,
                                      client_id=f"c{i}", text=f"第{i}条")
    peer = Peer(gateway.base, token_b, name="late")
    await peer.connect()
    answer = await peer.subscribe(f"conversation:{cid}", after_seq=37)
    assert answer["seq"] == 250 and answer["live"] is True
    await peer.wait_seq(f"conversation:{cid}", 250)
    assert peer.order[f"conversation:{cid}"] == list(range(38, 251))
    await peer.close()


# ================================================================== limits

async def test_frames_too_large_or_too_many_close_the_socket(gateway):
    _, token = await account("limits")
    big = Peer(gateway.base, token, name="big")
    await big.connect()
    await big.ws.send(json.dumps({"op": "ping", "pad": "x" * 9000}))  # REALTIME_FRAME_BYTES=8192
    assert await big.wait_closed() == 1009

    flood = Peer(gateway.base, token, name="flood", ping_every=0)
    await flood.connect()
    for _ in range(400):
        await flood.ws.send('{"op":"ping"}')
    assert await flood.wait_closed() == 4029
    refused = []
    while not flood.frames.empty():
        refused.append(flood.frames.get_nowait().get("code"))
    assert "realtime.rate_limited" in refused


async def test_slow_consumer_is_dropped_and_resumes_by_sequence(gateway):
    """B stops reading (a tiny receive buffer, no reads; it still pings) while four conversations
    stream to it: once the kernel's buffers and its bounded queue are full the server drops it
    (4100) instead of buffering. B reads what reached it (in order, no gap), reconnects and
    resumes each conversation after its last item: the rest arrives, nothing twice."""
    a, token_a = await account("a")
    b, token_b = await account("b")
    cids = [await conversation(a, b) for _ in range(4)]
    topics = [f"conversation:{cid}" for cid in cids]
    slow = Peer(gateway.base, token_b, name="slow", ping_every=1.0, rcvbuf=4096)
    await slow.connect()
    for topic in topics:
        assert (await slow.subscribe(topic))["op"] == "subscribed"
    slow._tasks[0].cancel()  # stop reading
    text = "长" * 2000
    actor = Principal(kind="mp", id=a.id)
    sent = {cid: 0 for cid in cids}
    dropped = f"dropped a slow consumer (mp:{b.id}"

    async def stream(cid: int) -> None:
        # until the server says it dropped B (its log): B reads right then, before its close frame
        # (behind everything still buffered) times out; at most 150 x 6 KB each
        while sent[cid] < 150 and dropped not in gateway.log_path.read_text():
            sent[cid] += 1
            await conversations.send_text(actor=actor, conversation_id=cid, client_id=f"s{sent[cid]}", text=text)

    await asyncio.gather(*(stream(cid) for cid in cids))
    assert dropped in gateway.log_path.read_text()
    # Now read what the socket holds: the items it got, in order, then the close frame.
    got: dict[str, list[int]] = {t: [] for t in topics}
    with contextlib.suppress(ConnectionClosed):
        async for raw in slow.ws:
            frame = json.loads(raw)
            if frame.get("op") == "msg":
                got[frame["topic"]].append(frame["seq"])
    assert slow.ws.close_code == 4100, slow.ws.close_code
    for topic in topics:
        assert got[topic] == list(range(1, len(got[topic]) + 1))
    assert sum(len(g) for g in got.values()) < sum(sent.values())
    # It reconnects and resumes after the last item it holds: the rest, no gap, no repeat.
    again = Peer(gateway.base, token_b, name="again")
    await again.connect()
    for topic in topics:
        await again.subscribe(topic, after_seq=len(got[topic]))
    for cid, topic in zip(cids, topics):
        await again.wait_seq(topic, sent[cid], timeout=60)
        assert again.order[topic] == list(range(len(got[topic]) + 1, sent[cid] + 1))
    await again.close()
    await slow.close()


# ================================================================== revocation

async def test_disabling_the_account_closes_its_sockets(gateway):
    a, token_a = await account("a")
    b, token_b = await account("b")
    cid = await conversation(a, b)
    pa, pb = await two_nodes(gateway.base, token_a, token_b)
    pa2 = Peer(gateway.base, token_a, name="a2")
    await pa2.connect()
    await pa.subscribe(f"conversation:{cid}")
    province = await factories.actor((await factories.tree()).province)
    await mp_accounts.set_mp_disabled(actor=province, account_id=a.id, disabled=True)
    assert await pa.wait_closed(timeout=5) == 4003
    assert await pa2.wait_closed(timeout=5) == 4003
    assert pb.close_code is None
    # The dead token cannot come back.
    again = Peer(gateway.base, token_a, name="again")
    await again.connect(auth=False)
    await again.ws.send(json.dumps({"op": "auth", "token": token_a}))
    assert json.loads(await again.ws.recv())["code"] == "auth.token_invalid"
    await pb.close()


async def test_leaving_the_conversation_ends_the_subscription(gateway):
    a, b, cid, topic, pa, pb = await talking(gateway)
    await conversations.remove_participant(actor=Principal(kind="system", name="system"), conversation_id=cid,
                                           party_kind="mp", party_id=b.id)
    gone = await pb.next_frame("unsubscribed", topic=topic)
    assert gone["reason"] == "revoked" and gone["code"] == "conversations.not_found"
    await pa.say(topic, "还在吗")
    await pa.wait_seq(topic, 1)
    await asyncio.sleep(0.5)
    assert topic not in pb.items and pb.close_code is None  # the socket lives on, without that topic
    assert (await pb.subscribe(topic))["code"] == "conversations.not_found"
    await pa.close()
    await pb.close()


async def test_closing_the_conversation_delivers_its_end_then_unsubscribes(gateway):
    a, b, cid, topic, pa, pb = await talking(gateway)
    await pa.say(topic, "谢谢医生")
    await pa.wait_acked()
    await conversations.close(actor=Principal(kind="system", name="system"), conversation_id=cid,
                              reason="ended", text="医生已结束本次咨询")
    for peer in (pa, pb):
        await peer.wait_seq(topic, 2)
        assert peer.items[topic][2]["system"]["event"] == "ended"
        assert (await peer.next_frame("unsubscribed", topic=topic))["reason"] == "closed"
    rid = await pa.send({"op": "send", "topic": topic, "client_id": "late", "text": "还有一个问题"})
    assert (await pa.answer(rid))["code"] == "conversations.closed"
    await pa.close()
    await pb.close()


async def test_a_revoked_family_grant_ends_the_relatives_subscription(gateway):
    """A daughter follows her father's consultation under his grant; he revokes it."""
    father = await factories.mp_patient_account("王大明")
    daughter = await factories.mp_patient_account("王小红")
    doctor, token_d = await account("doctor")
    family = await factories.family_of(father, daughter)
    grant = (await factories.family_grant(family, father, daughter, "appointments"))[0]
    conv = await conversations.open_conversation(actor=Principal(kind="system", name="system"), kind="consult",
                                                 parties=[
        {"kind": "mp", "id": father.actor.id, "role": "patient"},
        {"kind": "mp", "id": daughter.actor.id, "role": "relative", "for_patient_id": father.patient.id,
         "grant_scope": "appointments"},
        {"kind": "mp", "id": doctor.id, "role": "doctor"}])
    topic = f"conversation:{conv.id}"
    token_r = daughter.headers["Authorization"].split()[1]
    relative, doc = await two_nodes(gateway.base, token_r, token_d)
    assert (await relative.subscribe(topic))["op"] == "subscribed"
    await doc.subscribe(topic)
    await doc.say(topic, "请描述症状")
    await relative.wait_seq(topic, 1)
    from core.family import service as family_service

    await family_service.revoke(actor=father.actor, family_id=family.id, grant_id=grant.id)
    gone = await relative.next_frame("unsubscribed", topic=topic, timeout=5)
    assert gone["reason"] == "revoked"
    await doc.say(topic, "收到")
    await doc.wait_seq(topic, 2)
    await asyncio.sleep(0.5)
    assert relative.last_seq(topic) == 1
    r = httpx.get(f"{gateway.base}{MP}/{conv.id}/messages", headers=daughter.headers, timeout=10)
    assert r.status_code == 404 and r.json()["code"] == "conversations.not_found"
    await relative.close()
    await doc.close()
