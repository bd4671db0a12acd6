"""Online customer service (issue 11 point 10; seed 004 综合管理后台 7 在线客服, 居民移动端 24) on the
conversation engine: a patient opens or resumes a session with a hospital, a seat of that hospital
takes it from the queue, both write (exactly once per client id), either ends it; seats of other
hospitals, other seats and other phones are refused; over the realtime gateway the patient sees the
seat's words live."""
from __future__ import annotations

from types import SimpleNamespace

import httpx

from core.audit.models import AuditLog
from core.conversations.models import ChatMessage, Conversation, Participant
from core.support import chat as chat_service
from core.support.models import ServiceChat, SupportDesk
from tests import factories
from tests.realtime.conftest import gateway  # noqa: F401  (fixture: two served workers, real Redis)
from tests.realtime.peers import Peer, account
from tests.support.test_tickets import _desk, png

MP = "/api/mp/v1"
ADMIN = "/api/admin/v1/support/chats"


async def _open(client, person, institution) -> dict:
    r = await client.post(f"{MP}/support/chats", headers=person.headers, json={"institution_id": institution.id})
    assert r.status_code == 200, r.text
    return r.json()


async def _say(client, person, cid: int, client_id: str, text: str):
    return await client.post(f"{MP}/conversations/{cid}/messages", headers=person.headers,
                             json={"client_id": client_id, "text": text})


async def test_patient_and_seat_talk_in_a_session(client):
    t = await factories.tree()
    await _desk(t.hospital_a1, welcome="您好，这里是甲医院客服。")
    await _desk(t.hospital_b1)
    patient = await factories.mp_patient_account("周小雨")
    chat = await _open(client, patient, t.hospital_a1)
    assert chat["state"] == "waiting" and chat["state_label"] == "排队中" and chat["ahead"] == 0
    assert (await _open(client, patient, t.hospital_a1))["id"] == chat["id"]  # resumed, not a second one
    cid = chat["conversation_id"]
    history = (await client.get(f"{MP}/conversations/{cid}/messages", headers=patient.headers)).json()
    assert [m["system"]["event"] for m in history["items"]] == ["service_waiting"]
    assert history["items"][0]["text"] == "您好，这里是甲医院客服。"
    # The patient may leave a message while waiting; a resend is stored once.
    for _ in range(2):
        r = await _say(client, patient, cid, "p-1", "请问如何开电子发票？")
        assert r.status_code == 200
    assert r.json()["duplicate"] is True and await ChatMessage.filter(conversation_id=cid).count() == 2

    await factories.admin(t.hospital_a1, username="seat1", roles=("customer_service",))
    await factories.admin(t.hospital_a1, username="seat2", roles=("customer_service",))
    await factories.admin(t.hospital_b1, username="seat_b", roles=("customer_service",))
    async with factories.AdminSession(client, "seat_b") as s:
        assert (await s.get(ADMIN)).json()["total"] == 0
        for r in (await s.get(f"{ADMIN}/{chat['id']}"), await s.post(f"{ADMIN}/{chat['id']}/take"),
                  await s.post(f"{ADMIN}/{chat['id']}/messages", json={"client_id": "b-1", "text": "越权"}),
                  await s.post(f"{ADMIN}/{chat['id']}/end")):
            assert r.status_code == 404, r.text
    client.cookies.clear()
    assert (await ServiceChat.get(id=chat["id"])).state == "waiting"

    async with factories.AdminSession(client, "seat1") as s:
        queue = (await s.get(ADMIN)).json()
        assert [c["id"] for c in queue["items"]] == [chat["id"]]
        assert queue["items"][0]["patient"] == "周*雨" and queue["items"][0]["unread"] == 2
        r = await s.post(f"{ADMIN}/{chat['id']}/messages", json={"client_id": "s-0", "text": "未接入先回复"})
        assert r.status_code == 409 and r.json()["code"] == "support.chat_taken"
        taken = (await s.post(f"{ADMIN}/{chat['id']}/take")).json()
        assert taken["state"] == "serving" and taken["can_send"] and taken["mine"]
        assert taken["messages"][-1]["system"]["event"] == "service_taken"
        assert (await s.post(f"{ADMIN}/{chat['id']}/take")).status_code == 200  # again: nothing changes
        for _ in range(2):
            r = await s.post(f"{ADMIN}/{chat['id']}/messages", json={"client_id": "s-1", "text": "在订单详情中申请开票。"})
            assert r.status_code == 200, r.text
        assert r.json()["duplicate"] is True
        r = await s.client.post(f"{ADMIN}/{chat['id']}/images", headers={"X-CSRF-Token": s.csrf},
                                data={"client_id": "s-2"}, files={"image": ("a.png", png(), "image/png")})
        assert r.status_code == 200 and r.json()["message"]["kind"] == "image"
        r = await s.client.post(f"{ADMIN}/{chat['id']}/images", headers={"X-CSRF-Token": s.csrf},
                                data={"client_id": "s-3"}, files={"image": ("a.png", b"nope", "image/png")})
        assert r.status_code == 422 and r.json()["code"] == "media.not_an_image"
        assert (await s.post(f"{ADMIN}/{chat['id']}/messages", json={"client_id": "x", "text": ""})).status_code == 422
        later = (await s.get(f"{ADMIN}/{chat['id']}?after_seq=3")).json()
        assert [m["seq"] for m in later["messages"]] == [4, 5] and later["unread"] == 0
    client.cookies.clear()

    async with factories.AdminSession(client, "seat2") as s:
        # Another seat of the hospital reads the session back but does not take or write in it.
        assert (await s.get(ADMIN)).json()["total"] == 0  # not waiting, not theirs
        assert (await s.get(f"{ADMIN}?state=serving")).json()["total"] == 1
        read = (await s.get(f"{ADMIN}/{chat['id']}")).json()
        assert read["seat"] == "测试管理员" and not read["can_send"] and len(read["messages"]) == 5
        assert (await s.post(f"{ADMIN}/{chat['id']}/take")).json()["code"] == "support.chat_taken"
        r = await s.post(f"{ADMIN}/{chat['id']}/messages", json={"client_id": "s2-1", "text": "插话"})
        assert r.status_code == 409
        assert (await s.post(f"{ADMIN}/{chat['id']}/end")).status_code == 409
    client.cookies.clear()

    seen = (await client.get(f"{MP}/conversations/{cid}/messages?after_seq=2", headers=patient.headers)).json()
    assert [m["kind"] for m in seen["items"]] == ["system", "text", "image"]
    assert seen["items"][1]["text"] == "在订单详情中申请开票。"
    assert (await client.get(f"{MP}/support/chats/{chat['id']}", headers=patient.headers)).json()["state"] == "serving"
    # Another phone sees nothing of it.
    stranger = await factories.mp_patient_account("路人")
    assert (await client.get(f"{MP}/support/chats/{chat['id']}", headers=stranger.headers)).status_code == 404
    assert (await client.post(f"{MP}/support/chats/{chat['id']}/end", headers=stranger.headers)).status_code == 404
    assert (await _say(client, stranger, cid, "x-1", "偷看")).status_code == 404
    assert await AuditLog.filter(outcome="denied", target_type="ServiceChat", target_id=str(chat["id"])).exists()

    ended = await client.post(f"{MP}/support/chats/{chat['id']}/end", headers=patient.headers)
    assert ended.status_code == 200 and ended.json()["state"] == "closed" and ended.json()["closed_by"] == "sender"
    assert (await Conversation.get(id=cid)).state == "closed"
    r = await _say(client, patient, cid, "p-2", "还在吗")
    assert r.status_code == 409 and r.json()["code"] == "conversations.closed"
    async with factories.AdminSession(client, "seat1") as s:
        r = await s.post(f"{ADMIN}/{chat['id']}/messages", json={"client_id": "s-9", "text": "结束后"})
        assert r.status_code == 409 and r.json()["code"] == "support.chat_closed"
        assert (await s.get(f"{ADMIN}?state=closed")).json()["total"] == 1
    client.cookies.clear()
    again = await _open(client, patient, t.hospital_a1)
    assert again["id"] != chat["id"] and again["state"] == "waiting"
    assert await Participant.filter(conversation_id=cid, party_kind="admin").count() == 1


async def test_bad_input_and_limits(client, monkeypatch):
    t = await factories.tree()
    await SupportDesk.create(institution_id=t.hospital_a1.id, enabled=False)
    await _desk(t.hospital_a2)
    patient = await factories.mp_patient_account()
    for body, status in (({"institution_id": t.hospital_a1.id}, 404), ({"institution_id": t.city_a.id}, 404),
                         ({"institution_id": 0}, 422), ({}, 422), ({"institution_id": t.hospital_a2.id, "x": 1}, 422)):
        r = await client.post(f"{MP}/support/chats", headers=patient.headers, json=body)
        assert r.status_code == status, (body, r.text)
    assert await ServiceChat.all().count() == 0
    monkeypatch.setattr(chat_service, "MAX_CHATS_PER_DAY", 1)
    first = await _open(client, patient, t.hospital_a2)
    await client.post(f"{MP}/support/chats/{first['id']}/end", headers=patient.headers)
    r = await client.post(f"{MP}/support/chats", headers=patient.headers, json={"institution_id": t.hospital_a2.id})
    assert r.status_code == 429 and r.json()["code"] == "support.too_many_chats"
    # A waiting session anyone of the hospital may end; commissions hold no seat.
    other = await factories.mp_patient_account("排队者")
    waiting = await _open(client, other, t.hospital_a2)
    await factories.admin(t.hospital_a2, username="seat", roles=("customer_service",))
    await factories.admin(t.city_a, username="city", roles=("commission_admin",))
    async with factories.AdminSession(client, "city") as s:
        assert (await s.get(ADMIN)).status_code == 403
    async with factories.AdminSession(client, "seat") as s:
        assert (await s.get(f"{ADMIN}?state=lost")).status_code == 422
        assert (await s.get(f"{ADMIN}/{waiting['id']}?after_seq=-1")).status_code == 422
        r = await s.post(f"{ADMIN}/{waiting['id']}/end")
        assert r.status_code == 200 and r.json()["state"] == "closed" and r.json()["closed_by"] == "operator"
        assert (await s.post(f"{ADMIN}/{waiting['id']}/take")).json()["code"] == "support.chat_closed"


async def test_the_patient_sees_the_seat_live_over_the_gateway(gateway):  # noqa: F811
    t = await factories.tree()
    await _desk(t.hospital_a1)
    acc, token = await account("kefu-chat")
    patient = SimpleNamespace(headers={"Authorization": "Bearer " + token})
    async with httpx.AsyncClient(base_url=gateway.base, timeout=10) as http:
        chat = await _open(http, patient, t.hospital_a1)
    topic = f"conversation:{chat['conversation_id']}"
    peer = Peer(gateway.base, token, name="patient")
    await peer.connect()
    answer = await peer.subscribe(topic, after_seq=0)
    assert answer["live"] is True
    await peer.wait_seq(topic, 1)  # the welcome
    await peer.say(topic, "你好，我想咨询开票", client_id="live-1")
    await peer.wait_acked()

    seat = await factories.actor(t.hospital_a1, roles=("customer_service",))
    await chat_service.take(actor=seat, chat_id=chat["id"])
    await chat_service.send_text(actor=seat, chat_id=chat["id"], client_id="seat-1", text="您好，请提供订单号。")
    await peer.wait_seq(topic, 4)
    assert peer.items[topic][3]["system"]["event"] == "service_taken"
    assert peer.items[topic][4]["text"] == "您好，请提供订单号。" and peer.items[topic][4]["sender"] == f"admin:{seat.id}"
    assert [m.seq for m in await ChatMessage.filter(conversation_id=chat["conversation_id"]).order_by("seq")] == \
        [1, 2, 3, 4]
    await chat_service.end(actor=seat, chat_id=chat["id"])
    await peer.wait_seq(topic, 5)
    assert peer.items[topic][5]["system"]["event"] == "service_ended"
    # The session is read-only now, over the socket too. (The "unsubscribed" notice that follows is
    # the gateway's own business: tests/realtime.)
    rid = await peer.send({"op": "send", "topic": topic, "client_id": "late-1", "text": "还在吗"})
    assert (await peer.answer(rid))["code"] == "conversations.closed"
    await peer.close()
    assert acc.id == (await ServiceChat.get(id=chat["id"])).account_id
