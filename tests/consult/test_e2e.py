"""Issue 11's "Done when", end to end on real processes: two `sanic` workers and the `arq` worker on
the suite's MariaDB and Redis, the offline WeChat Pay served by the server itself (the real
wechatpayv3 client inside the server talks to it over TCP, its notifications come back to the
notify endpoint), `websockets` clients and HTTP from this test as the phone and the workstation.

A son orders for his father under the family grant: consent, search, order, payment; the doctor
accepts at the workstation; they chat with text, an image and a voice message while the server
process the son's socket is on is killed (he reconnects to the other, resends what was not
acknowledged, resumes from his last sequence: both sides then hold the same messages, in the same
order, without gap or duplicate); the doctor writes the record and ends the service; the son rates.
A second order is never accepted: the timer (a job in the worker) expires it and the refund comes
back through WeChat Pay's notification. A forged and a replayed payment notification change
nothing; the day's trade bill reconciles with our records.
"""
from __future__ import annotations

import asyncio
import base64
import json
import os
import signal
import subprocess
import sys
import time
import uuid
from zoneinfo import ZoneInfo

import httpx
import pytest

from core.consult.models import ConsultOrder
from core.conversations.models import ChatMessage
from core.db import utcnow
from core.audit.models import AuditLog
from core.payments.models import PaymentOrder, PaymentRefund
from tests import factories
from tests.conversations.media import photo, voice
from tests.live_server import Server, free_port, stop_process
from tests.realtime.conftest import server_env
from tests.realtime.peers import Peer

pytestmark = pytest.mark.e2e
MP, ADMIN, PAY = "/api/mp/v1", "/api/admin/v1", "/dev/wechatpay"


@pytest.fixture
def hospital(settings, tmp_path):
    """The served app (two workers) with its offline WeChat Pay, and the background worker."""
    if settings.redis_is_memory:
        pytest.skip("needs a real Redis shared by the server processes and the worker")
    port = free_port()
    env = {**server_env(settings), "PUBLIC_BASE_URL": f"http://127.0.0.1:{port}", "WECHATPAY_OFFLINE": "1",
           "WECHATPAY_DEV_DIR": str(tmp_path / "wechatpay"), "CONSULT_ACCEPT_MINUTES": "0.15",
           "CONSULT_REMIND_MINUTES": "0", "WECHAT_OFFLINE": "1"}
    server = Server(env, tmp_path / "server.log", workers=2, port=port)
    server.start()
    log = open(tmp_path / "worker.log", "w")
    worker = subprocess.Popen([sys.executable, "-m", "core.cli", "worker"], env={**os.environ, **env}, stdout=log,
                              stderr=subprocess.STDOUT, start_new_session=True)
    try:
        yield server
    finally:
        if not stop_process(worker):
            worker.kill()
        log.close()
        server.stop()


async def _until(check, what: str, timeout: float = 60):
    until = time.monotonic() + timeout
    while True:
        result = await check()
        if result:
            return result
        assert time.monotonic() < until, f"timed out waiting for {what}"
        await asyncio.sleep(0.25)


async def _order_state(http, h, order_id, state: str, field: str = "state") -> dict:
    async def check():
        r = await http.get(f"{MP}/consult/orders/{order_id}", headers=h)
        return r.json() if r.json().get(field) == state else None
    return await _until(check, f"order {order_id} {field} {state}")


async def _pay(http, h, order_id: int) -> None:
    r = await http.post(f"{MP}/consult/orders/{order_id}/pay", json={"channel": "miniprogram"}, headers=h)
    assert r.status_code == 200, r.text
    paid = await http.post(PAY + "/cashier", json=r.json()["payment"]["pay_params"])  # WeChat's payment sheet
    assert paid.status_code == 200 and paid.json()["err_msg"] == "get_brand_wcpay_request:ok", paid.text


async def test_done_when_a_son_consults_for_his_father(hospital):
    w = await factories.consult_world(accept_consent=False)
    son = {"Authorization": "Bearer " + factories.mp_token(w.child.actor)}
    async with httpx.AsyncClient(base_url=hospital.base, timeout=30) as http, \
            httpx.AsyncClient(base_url=hospital.base, timeout=30) as desk:
        # Consent first: ordering without it is refused with the version to accept.
        order_in = {"doctor_id": w.doctor.id, "patient_id": w.parent.patient.id, "kind": "text",
                    "symptoms": "父亲咳嗽一周，夜间加重，有痰", "illness_duration": "一周内"}
        r = await http.post(f"{MP}/consult/orders", json=order_in, headers=son)
        assert r.status_code == 409 and r.json()["code"] == "doctors.consent_required"
        version = (await http.get(f"{MP}/doctors/consent", headers=son)).json()["version"]
        assert (await http.post(f"{MP}/doctors/consent", json={"version": version}, headers=son)).status_code == 200
        found = (await http.get(f"{MP}/doctors", params={"q": "李时珍"}, headers=son)).json()["items"]
        assert [d["id"] for d in found] == [w.doctor.id]
        r = await http.post(f"{MP}/consult/orders", json=order_in, headers=son)
        assert r.status_code == 201, r.text
        order = r.json()
        assert (order["state"], order["for_relative"], order["patient"]["name"]) == ("created", True, "王*山")
        await _pay(http, son, order["id"])
        await _order_state(http, son, order["id"], "waiting")

        # The doctor at the workstation: the order in the queue, accepted.
        login = await factories.login(desk, (await _username(w.doctor_actor)))
        csrf = {"X-CSRF-Token": login["csrf_token"]}
        queue = (await desk.get(f"{ADMIN}/workstation/consult/orders", params={"tab": "new"})).json()
        assert [o["id"] for o in queue["items"]] == [order["id"]] and queue["items"][0]["patient"]["name"] == "王大山"
        r = await desk.post(f"{ADMIN}/workstation/consult/orders/{order['id']}/accept", headers=csrf)
        assert r.status_code == 200 and r.json()["state"] == "in_progress", r.text
        cid = order["conversation_id"]
        topic = f"conversation:{cid}"

        # The chat: the son on the socket, the doctor over HTTP; the son's server process is killed midway.
        peer = Peer(hospital.base, factories.mp_token(w.child.actor), name="son")
        await peer.connect()
        assert (await peer.subscribe(topic, after_seq=0))["op"] == "subscribed"
        victim = int(peer.node)
        doctor_sent = []

        async def doctor_says(n: int) -> None:
            for i in range(n):
                client_id = uuid.uuid4().hex
                body = {"client_id": client_id, "text": f"医生第{i}条：请描述一下痰的颜色"}
                for _ in range(20):  # a request on the killed process fails: sent again, same client id
                    try:
                        r = await desk.post(f"{ADMIN}/conversations/{cid}/messages", json=body, headers=csrf)
                        if r.status_code == 200:
                            doctor_sent.append(r.json()["message"]["id"])
                            break
                    except httpx.TransportError:
                        pass
                    await asyncio.sleep(0.3)
                await asyncio.sleep(0.1)

        async def son_says(n: int) -> None:
            for i in range(n):
                if peer.close_code is not None:
                    await peer.reconnect()
                try:
                    await peer.say(topic, f"儿子第{i}条")
                except Exception:  # noqa: BLE001 - the socket died under the send: resent after reconnecting
                    pass
                await asyncio.sleep(0.1)
            until = time.monotonic() + 60
            while peer.unacked:
                assert time.monotonic() < until, "sends never acknowledged"
                if peer.close_code is not None:
                    await peer.reconnect()
                else:
                    await peer.resend()
                await asyncio.sleep(0.5)

        async def kill() -> None:
            await asyncio.sleep(0.8)
            os.kill(victim, signal.SIGKILL)

        await asyncio.gather(kill(), son_says(20), doctor_says(10))
        assert peer.node != str(victim)
        # An image and a voice message from the son (HTTP uploads), after the kill.
        for kind, field, data in (("images", "image", photo()), ("voices", "voice", voice("mp3", 2.0))):
            r = await http.post(f"{MP}/conversations/{cid}/{kind}", headers=son,
                                data={"client_id": f"son-{kind}"}, files={field: (f"x.{kind}", data)})
            assert r.status_code == 200, r.text
        last = (await http.get(f"{MP}/conversations/{cid}", headers=son)).json()["last_seq"]
        await peer.wait_seq(topic, last, timeout=60)
        stored = await ChatMessage.filter(conversation_id=cid).order_by("seq").values_list("seq", "id", "kind")
        assert [s for s, _, _ in stored] == list(range(1, last + 1))
        son_holds = [peer.items[topic][s]["id"] for s in range(1, last + 1)]
        doctor_holds = await _history(desk, f"{ADMIN}/conversations/{cid}/messages")
        assert son_holds == doctor_holds == [i for _, i, _ in stored]
        kinds = [k for _, _, k in stored]
        assert kinds.count("text") == 30 and "image" in kinds and "voice" in kinds
        assert set(doctor_sent) <= set(doctor_holds) and len(peer.acked) == 20
        await peer.close()

        # The record, the end of the service, the rating.
        r = await desk.put(f"{ADMIN}/workstation/consult/orders/{order['id']}/record", headers=csrf, json={
            "chief_complaint": "咳嗽一周", "present_history": "夜间加重，白痰", "diagnosis": ["急性支气管炎"],
            "advice": "多饮水，按时服药"})
        assert r.status_code == 200, r.text
        r = await desk.post(f"{ADMIN}/workstation/consult/orders/{order['id']}/end", headers=csrf,
                            json={"summary": "按医嘱服药，一周后复诊"})
        assert r.json()["state"] == "ended", r.text
        done = await _order_state(http, son, order["id"], "ended")
        assert done["record"]["diagnosis"] == ["急性支气管炎"] and done["can_rate"]
        r = await http.post(f"{MP}/consult/orders/{order['id']}/rating", json={"score": 5, "comment": "很专业"},
                            headers=son)
        assert r.json()["score"] == 5

        # A second order nobody accepts: the worker's timer expires it and WeChat Pay refunds it.
        second = (await http.post(f"{MP}/consult/orders", json=order_in, headers=son)).json()
        await _pay(http, son, second["id"])
        await _order_state(http, son, second["id"], "waiting")
        await _order_state(http, son, second["id"], "expired")
        refunded = await _order_state(http, son, second["id"], "refunded", field="refund_state")
        assert refunded["timeline"][-1]["event"] == "expire"
        refund = await PaymentRefund.get(order__reference=f"consult.order:{second['id']}")
        assert (refund.state, refund.amount_fen) == ("success", 3000)

        # A forged and a replayed notification change nothing.
        before = await _payments_state()
        sent = (await http.get(PAY + "/notifications")).json()["items"]
        paid_note = next(n for n in sent if n["event_type"] == "TRANSACTION.SUCCESS")
        replay = await http.post(paid_note["url"], content=paid_note["body"].encode(), headers=paid_note["headers"])
        assert replay.status_code == 401 and replay.json()["code"] == "payments.notification_rejected"
        forged_headers = {**paid_note["headers"], "Wechatpay-Signature": base64.b64encode(b"x" * 256).decode(),
                          "Wechatpay-Timestamp": str(int(time.time())), "Wechatpay-Nonce": uuid.uuid4().hex}
        forged_body = json.loads(paid_note["body"])
        forged_body["id"] = str(uuid.uuid4())
        forged = await http.post(paid_note["url"], content=json.dumps(forged_body).encode(), headers=forged_headers)
        assert forged.status_code == 401
        assert await _payments_state() == before
        assert await AuditLog.filter(action="payments.notify", outcome="denied").count() >= 2

        # The day's statement reconciles with our payments and refunds.
        province = await factories.admin(w.tree.province)
        async with httpx.AsyncClient(base_url=hospital.base, timeout=30) as office:
            auth = await factories.login(office, province.username)
            day = utcnow().astimezone(ZoneInfo("Asia/Shanghai")).date().isoformat()
            r = await office.post(f"{ADMIN}/payments/reconciliations/{day}",
                                  headers={"X-CSRF-Token": auth["csrf_token"]})
            assert r.status_code == 200, r.text
            report = r.json()
            assert (report["state"], report["missing_ours"], report["missing_theirs"], report["amount_mismatch"]) \
                == ("balanced", 0, 0, 0)
            assert report["our_paid_fen"] == report["their_paid_fen"] == 6000
            assert report["our_refunded_fen"] == report["their_refunded_fen"] == 3000
    assert (await ConsultOrder.get(id=order["id"])).score == 5


async def _username(actor) -> str:
    from core.accounts.models import AdminAccount

    return (await AdminAccount.get(id=actor.id)).username


async def _history(client, url: str) -> list[int]:
    ids, after = [], 0
    while True:
        page = (await client.get(url, params={"after_seq": after, "limit": 100})).json()
        ids += [m["id"] for m in page["items"]]
        if not page["has_more"]:
            return ids
        after = page["items"][-1]["seq"]


async def _payments_state() -> list:
    orders = await PaymentOrder.all().order_by("id").values_list("id", "state", "refunded_fen")
    refunds = await PaymentRefund.all().order_by("id").values_list("id", "state", "amount_fen")
    return [orders, refunds, await ConsultOrder.all().order_by("id").values_list("id", "state", "refund_state")]

