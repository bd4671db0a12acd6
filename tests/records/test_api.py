"""Record-copy requests over HTTP: the mini-program (identity check with real faces,
archived stays, submission, orders, messages, download), the bff home screen,
the record room's console API (list, detail with evidence, review, batch,
upload, stats, settings, departments, dictionaries, messages) and the error
answers of bad input; a WeChat subscribe message through the loopback stub."""
from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from core import wiring
from core.audit.models import AuditLog
from core.events import service as events
from core.events.models import EventOutbox
from core.events.service import Event
from core.notify import service as notify_service
from core.notify.models import Delivery, Message
from core.records.models import IdentityCheck, RecordRequest
from tests import factories
from tests.proctoring.test_face import ASTRONAUT, GRACE, grace_other_shot
from tests.records.test_service import submitted, world
from tests.wechat_stub import SUBSCRIBE_PATH, WeChatStub

MP = "/api/mp/v1"
ADMIN = "/api/admin/v1/records"


def _photos(id_photo: bytes = GRACE, face: bytes | None = None) -> dict:
    return {"id_photo": ("id.jpg", id_photo, "image/jpeg"),
            "face_photo": ("face.jpg", face if face is not None else grace_other_shot(), "image/jpeg")}


async def _staff_session(client, institution, roles=("record_room",)):
    account = await factories.admin(institution, roles=roles)
    return factories.AdminSession(client, account.username)


async def test_the_patient_flow_over_http(client):
    w = await world()
    h = w.me.headers
    r = await client.get(f"{MP}/records/institutions", headers=h)
    assert r.status_code == 200 and [i["name"] for i in r.json()["items"]] == [w.hospital.name]
    # Identity: a stranger's face fails with reasons, the patient's own passes.
    form = {"patient_id": str(w.me.patient.id), "id_number": w.me.id_number, "name": "王小明"}
    r = await client.post(f"{MP}/records/identity-checks", headers=h, data=form, files=_photos(face=ASTRONAUT))
    assert r.status_code == 201 and r.json()["passed"] is False
    assert r.json()["problems"] == [{"code": "face_mismatch", "message": "人脸与身份证照片不一致"}]
    r = await client.post(f"{MP}/records/identity-checks", headers=h, data=form, files=_photos())
    assert r.status_code == 201 and r.json()["passed"] is True and "distance" not in r.json()
    check_id = r.json()["id"]
    r = await client.get(f"{MP}/records/institutions/{w.hospital.id}/admissions?patient_id={w.me.patient.id}",
                         headers=h)
    assert r.status_code == 200 and len(r.json()["admissions"]) == 2
    stay = r.json()["admissions"][0]
    body = {"institution_id": w.hospital.id, "patient_id": w.me.patient.id, "identity_check_id": check_id,
            "admission_ids": [stay["id"]], "purpose": "commercial_insurance",
            "contents": ["discharge_summary", "lab"], "delivery": "download"}
    r = await client.post(f"{MP}/records/requests", headers=h, json=body)
    assert r.status_code == 201, r.text
    req = r.json()
    assert req["state"] == "under_review" and req["purpose_label"] == "商业保险理赔"
    assert [c["label"] for c in req["contents"]] == ["出院小结", "检验报告"]
    r = await client.get(f"{MP}/records/requests?state=reviewing", headers=h)
    assert r.json()["total"] == 1 and r.json()["counts"]["reviewing"] == 1
    r = await client.get(f"{MP}/records/requests/{req['id']}", headers=h)
    assert [t["label"] for t in r.json()["timeline"]] == ["已提交", "审核中"]
    home = (await client.get("/api/bff/v1/records/home", headers=h)).json()
    assert home["unread_messages"] == 2 and home["total"] == 1
    assert {g["key"]: g["count"] for g in home["groups"]}["reviewing"] == 1
    assert home["recent"][0]["number"] == req["number"] and home["institutions"][0]["id"] == w.hospital.id
    # The record room reviews and uploads; the patient downloads the stamped copy.
    async with await _staff_session(client, w.hospital) as staff:
        r = await staff.post(f"{ADMIN}/requests/{req['id']}/review", json={"approve": True})
        assert r.status_code == 200 and r.json()["state"] == "in_preparation"
        r = await staff.post(f"{ADMIN}/requests/{req['id']}/copy",
                             files={"file": ("copy.pdf", factories.pdf_pages(2), "application/pdf")})
        assert r.status_code == 201 and r.json()["state"] == "ready"
    r = await client.post(f"{MP}/records/requests/{req['id']}/download-link", headers=h)
    assert r.status_code == 200
    url = r.json()["url"]
    r = await client.get(url)  # the signed link is the permission: no token needed
    assert r.status_code == 200 and r.headers["content-type"] == "application/pdf"
    assert "no-store" in r.headers["cache-control"] and req["number"] in r.headers["content-disposition"]
    pages = PdfReader(io.BytesIO(r.content)).pages
    assert len(pages) == 2 and all(req["number"] in p.extract_text() for p in pages)
    tampered = url[:-1] + ("0" if url[-1] != "0" else "1")
    r = await client.get(tampered)
    assert r.status_code == 403 and r.json()["code"] == "media.link_invalid"
    assert (await RecordRequest.get(id=req["id"])).download_count == 1
    r = await client.get(f"{MP}/records/requests?state=done", headers=h)
    assert r.json()["items"][0]["state_label"] == "已下载"
    # Messages: every change, each with the link to the order.
    r = await client.get(f"{MP}/messages", headers=h)
    titles = [m["title"] for m in r.json()["items"]]
    assert titles[0] == "病案复印申请已下载" and "病案复印申请审核通过" in titles
    assert {m["link"] for m in r.json()["items"]} == {f"/records/requests/{req['id']}"}
    first = r.json()["items"][0]["id"]
    r = await client.post(f"{MP}/messages/{first}/handled", headers=h)
    assert r.json()["handled"] is True and r.json()["read"] is True
    r = await client.post(f"{MP}/messages/read", headers=h, json={})
    assert r.json()["unread"] == 0
    assert (await client.get(f"{MP}/messages/unread-count", headers=h)).json() == {"unread": 0}


async def test_bad_input_gets_clear_errors(client):
    w = await world()
    h = w.me.headers
    r = await client.post(f"{MP}/records/identity-checks", headers=h, data={"patient_id": str(w.me.patient.id)},
                          files={"id_photo": ("id.jpg", GRACE, "image/jpeg")})
    assert r.status_code == 422 and r.json()["details"]["errors"][0]["path"] == "face_photo"
    r = await client.post(f"{MP}/records/identity-checks", headers=h, data={"patient_id": "abc"}, files=_photos())
    assert r.status_code == 422 and r.json()["code"] == "request.validation_failed"
    r = await client.post(f"{MP}/records/identity-checks", headers=h, data={"patient_id": str(w.me.patient.id)},
                          files=_photos(id_photo=b"GIF89a not really"))
    assert r.status_code == 422 and r.json()["code"] == "media.not_an_image"
    assert not await IdentityCheck.exists()
    r = await client.get(f"{MP}/records/institutions/{w.hospital.id}/admissions?patient_id={w.me.patient.id}",
                         headers=h)
    assert r.status_code == 409 and r.json()["code"] == "records.identity_required"
    stranger = await factories.mp_patient_account("赵无档")
    await factories.identity_check(stranger.actor, stranger.patient)
    r = await client.get(f"{MP}/records/institutions/{w.hospital.id}/admissions?patient_id={stranger.patient.id}",
                         headers=stranger.headers)
    assert r.status_code == 422 and r.json()["code"] == "records.no_archived_records"
    assert "无法申请复印" in r.json()["message"]
    r = await client.get(f"{MP}/records/institutions/{w.tree.hospital_b1.id}/admissions?patient_id=1", headers=h)
    assert r.status_code == 404 and r.json()["code"] == "records.institution_unavailable"
    r = await client.get(f"{MP}/records/institutions/{w.hospital.id}/admissions?patient_id={w.me.patient.id}",
                         headers=stranger.headers)  # somebody else's patient
    assert r.status_code == 403 and r.json()["code"] == "family.no_grant"
    base = {"institution_id": w.hospital.id, "patient_id": w.me.patient.id, "identity_check_id": 1,
            "admission_ids": ["1"], "purpose": "self", "contents": ["lab"]}
    for bad in ({**base, "delivery": "mail"}, {**base, "contents": []}, {**base, "surprise": 1},
                {**base, "delivery": "drone"}):
        r = await client.post(f"{MP}/records/requests", headers=h, json=bad)
        assert r.status_code == 422 and r.json()["code"] == "request.validation_failed", bad
    r = await client.get(f"{MP}/records/requests?state=everything", headers=h)
    assert r.status_code == 422
    r = await client.get(f"{MP}/records/requests")
    assert r.status_code == 401
    assert not await RecordRequest.exists()


async def test_the_console_api(client):
    w = await world()
    a = await submitted(w)
    b = await submitted(w, purpose="legal")
    other = await submitted(w)
    async with await _staff_session(client, w.hospital) as staff:
        r = await staff.get(f"{ADMIN}/requests?state=under_review&purpose=legal&page_size=10")
        assert r.status_code == 200 and r.json()["total"] == 1
        item = r.json()["items"][0]
        assert item["id"] == b.id and item["state_color"] == "#fa8c16" and item["patient_name"] == "王*明"
        r = await staff.get(f"{ADMIN}/requests?q={a.number}")
        assert [i["id"] for i in r.json()["items"]] == [a.id]
        r = await staff.get(f"{ADMIN}/requests?q=王小")
        assert r.json()["total"] == 3
        r = await staff.get(f"{ADMIN}/requests?state=nonsense")
        assert r.status_code == 422
        r = await staff.get(f"{ADMIN}/requests/{a.id}")
        assert r.status_code == 200 and r.json()["allowed"] == ["approve", "reject"]
        r = await staff.post(f"{ADMIN}/requests/{a.id}/review", json={"approve": False})
        assert r.status_code == 422 and r.json()["code"] == "records.reason_required"
        r = await staff.post(f"{ADMIN}/requests/review",
                             json={"request_ids": [a.id, b.id, 424242], "approve": False, "reason": "材料不全"})
        assert r.json()["ok"] == 2 and r.json()["failed"] == 1
        assert r.json()["rows"][2] == {"id": 424242, "ok": False, "code": "request.not_found",
                                       "message": "记录不存在或不在管辖范围内"}
        r = await staff.post(f"{ADMIN}/requests/{other.id}/review", json={"approve": True})
        r = await staff.post(f"{ADMIN}/requests/{other.id}/copy",
                             files={"file": ("copy.pdf", b"<html>not a pdf</html>", "application/pdf")})
        assert r.status_code == 422 and r.json()["code"] == "media.not_a_pdf"
        r = await staff.post(f"{ADMIN}/requests/{other.id}/copy")
        assert r.status_code == 422 and r.json()["details"]["errors"][0]["path"] == "file"
        r = await staff.post(f"{ADMIN}/requests/{other.id}/generate")
        assert r.status_code == 201 and r.json()["document_source"] == "generated"
        r = await staff.get(f"{ADMIN}/stats?group_by=state")
        counts = {row["key"]: row["count"] for row in r.json()["rows"]}
        assert counts["rejected"] == 2 and counts["ready"] == 1 and r.json()["copies"]["generated"] == 1
        r = await staff.get(f"{ADMIN}/stats?group_by=week")
        assert r.status_code == 422
        r = await staff.put(f"{ADMIN}/rooms/{w.hospital.id}/review-mode", json={"mode": "auto"})
        assert r.status_code == 403 and r.json()["code"] == "auth.forbidden"
        # Messages of the institution: one per new request, greyed once handled.
        r = await staff.get("/api/admin/v1/messages/unread-count")
        assert r.json() == {"unread": 3}
        msgs = (await staff.get("/api/admin/v1/messages")).json()["items"]
        assert {m["kind"] for m in msgs} == {"record_request.new"}
        r = await staff.post(f"/api/admin/v1/messages/{msgs[0]['id']}/handled")
        assert r.json()["handled"] is True
        assert (await staff.get("/api/admin/v1/messages/unread-count")).json() == {"unread": 2}
    async with await _staff_session(client, w.hospital, roles=("institution_admin",)) as admin:
        r = await admin.put(f"{ADMIN}/rooms/{w.hospital.id}/review-mode", json={"mode": "auto"})
        assert r.status_code == 200 and r.json()["review_mode"] == "auto"
        r = await admin.post(f"{ADMIN}/institutions/{w.hospital.id}/departments", json={"code": "NK", "name": "内科"})
        assert r.status_code == 201
        dept = r.json()["id"]
        r = await admin.post(f"{ADMIN}/institutions/{w.hospital.id}/departments", json={"code": "NK", "name": "又一个"})
        assert r.status_code == 409 and r.json()["code"] == "records.department_exists"
        r = await client.patch(f"{ADMIN}/departments/{dept}", json={"name": "心血管内科"},
                               headers={"X-CSRF-Token": admin.csrf})
        assert r.json()["name"] == "心血管内科"
        r = await client.delete(f"{ADMIN}/departments/{dept}", headers={"X-CSRF-Token": admin.csrf})
        assert r.status_code == 200
        r = await admin.get("/api/admin/v1/recycle-bin?kind=record_department")
        assert r.status_code == 200 and r.json()["total"] == 1
        r = await admin.get(f"{ADMIN}/dicts/record_content")
        assert len(r.json()["items"]) == 8
        r = await admin.post(f"{ADMIN}/dicts/record_content", json={"code": "imaging", "label": "影像"})
        assert r.status_code == 403  # dictionaries are the platform's
        r = await admin.get(f"{ADMIN}/dicts/unknown_kind")
        assert r.status_code == 422 and r.json()["code"] == "dicts.unknown_kind"
        r = await admin.get(f"{ADMIN}/rooms")
        assert [x["review_mode"] for x in r.json()["items"]] == ["auto"]


async def test_answers_of_every_shape_pass_their_declared_models(client):
    """What the flows above do not reach, through the declared answers (core/records/schemas.py):
    a mailed request (the recipient's phone masked), the patient revealed, statistics by
    institution and by day (rows without a colour)."""
    w = await world()
    mailed = await submitted(w, delivery="mail", delivery_detail={
        "recipient": "王小明", "phone": "13912345678", "address": "上海市静安区南京西路1号"})
    r = await client.get(f"{MP}/records/requests/{mailed.id}", headers=w.me.headers)
    assert r.status_code == 200 and r.json()["delivery_label"] == "邮寄"
    assert r.json()["detail"] == {"recipient": "王小明", "phone": "139****5678", "address": "上海市静安区南京西路1号"}
    async with await _staff_session(client, w.hospital, roles=("institution_admin",)) as admin:
        r = await admin.get(f"{ADMIN}/requests/{mailed.id}?reveal=1")
        assert r.status_code == 200 and r.json()["patient"]["name"] == "王小明"
        assert r.json()["detail"]["phone"] == "139****5678" and r.json()["identity"]["outcome"] == "passed"
        r = await admin.get(f"{ADMIN}/stats?group_by=institution")
        assert r.status_code == 200
        assert r.json()["rows"] == [{"key": w.hospital.id, "label": w.hospital.name, "count": 1}]
        r = await admin.get(f"{ADMIN}/stats?group_by=day")
        assert r.status_code == 200 and r.json()["total"] == 1
        assert r.json()["rows"][0]["key"] == r.json()["rows"][0]["label"] and "color" not in r.json()["rows"][0]


async def test_identity_photos_open_through_their_signed_links_and_other_institutions_see_nothing(client):
    w = await world()
    r = await client.post(f"{MP}/records/identity-checks", headers=w.me.headers, files=_photos(),
                          data={"patient_id": str(w.me.patient.id)})
    found = await client.get(f"{MP}/records/institutions/{w.hospital.id}/admissions?patient_id={w.me.patient.id}",
                             headers=w.me.headers)
    req = (await client.post(f"{MP}/records/requests", headers=w.me.headers, json={
        "institution_id": w.hospital.id, "patient_id": w.me.patient.id, "identity_check_id": r.json()["id"],
        "admission_ids": [found.json()["admissions"][0]["id"]], "purpose": "self", "contents": ["lab"]})).json()
    async with await _staff_session(client, w.hospital) as staff:
        d = (await staff.get(f"{ADMIN}/requests/{req['id']}")).json()
        for key in ("id_photo_url", "face_photo_url"):
            photo = await client.get(d["identity"][key])
            assert photo.status_code == 200 and photo.headers["content-type"] == "image/jpeg"
        assert d["identity"]["distance"] < 0.5
    async with await _staff_session(client, w.tree.hospital_b1) as elsewhere:
        r = await elsewhere.get(f"{ADMIN}/requests/{req['id']}")
        assert r.status_code == 404 and r.json()["code"] == "request.not_found"
        r = await elsewhere.post(f"{ADMIN}/requests/{req['id']}/review", json={"approve": True})
        assert r.status_code == 404
        assert (await elsewhere.get(f"{ADMIN}/requests")).json()["total"] == 0
    assert await AuditLog.filter(action="scope.read", outcome="denied").count() == 2
    assert (await RecordRequest.get(id=req["id"])).state == "under_review"


async def test_changes_are_pushed_as_wechat_subscribe_messages(settings):
    w = await world()
    stub = WeChatStub(appid=settings.wechat_appid, secret=settings.wechat_secret).start()
    saved = (settings.wechat_api_base, settings.notify_sender, settings.wechat_subscribe_templates)
    settings.wechat_api_base, settings.notify_sender = stub.base, "wechat"
    settings.wechat_subscribe_templates = {"record_request.state": "TPL-RECORD-STATE"}
    wiring.wire()
    pushing = events.GroupReader(events.CONSUMERS["notify.push"], name="test")
    await pushing.ensure_group()
    try:
        req = await submitted(w)
        messages = await Message.filter(account_id=w.me.actor.id).order_by("id")
        # In the change's transaction, the last change of the operation was handed to the worker's
        # consumer group for pushing; it went out after the commit.
        [asked] = await EventOutbox.filter(name="notify.push_requested")
        assert asked.payload == {"ids": [messages[-1].id]} and asked.relayed_at is not None
        assert await pushing.read_new() > 0
        assert await Delivery.all().values_list("message_id", "outcome") == [(messages[-1].id, "sent")]
        await notify_service.on_push_requested(Event.of(asked))  # delivered twice (at least once): pushed once
        assert await Delivery.all().count() == 1
        deliveries = await notify_service.deliver([m.id for m in messages])
        assert [d.outcome for d in deliveries] == ["sent", "sent"]
        sent = stub.subscribe_messages[-1]
        from core.accounts.models import MpAccount

        assert sent["touser"] == (await MpAccount.get(id=w.me.actor.id)).openid
        assert sent["template_id"] == "TPL-RECORD-STATE" and sent["page"] == f"records/requests/{req.id}"
        assert sent["data"]["thing1"]["value"] == "病案复印申请审核中"
        # A user who did not subscribe: the push fails, the in-app message stays.
        stub.unsubscribed.add(sent["touser"])
        [failed] = await notify_service.deliver([messages[-1].id])
        assert failed.outcome == "failed" and "43101" in failed.detail
        # A kind without a template is skipped; console messages are not pushed at all.
        other = await notify_service.notify(account_id=w.me.actor.id, kind="family.invite", title="邀请")
        org_msg = await Message.get(org_id=w.hospital.id)
        out = await notify_service.deliver([other.id, org_msg.id])
        assert [(d.message_id, d.outcome) for d in out] == [(other.id, "skipped")]
        assert await Delivery.all().count() == 5 and await Message.filter(account_id=w.me.actor.id).count() == 3
        assert stub.hits[SUBSCRIBE_PATH] == 4
    finally:
        settings.wechat_api_base, settings.notify_sender, settings.wechat_subscribe_templates = saved
        stub.stop()


@pytest.mark.parametrize("sender", ["null"])
async def test_the_null_sender_keeps_messages_in_the_app_only(sender, settings):
    assert settings.notify_sender == sender
    w = await world()
    await submitted(w)
    assert await Delivery.all().count() == 0 and await Message.filter(account_id=w.me.actor.id).count() == 2
