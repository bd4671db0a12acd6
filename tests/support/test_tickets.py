"""Feedback tickets (issue 11 point 10; seed 004 居民移动端 24, 综合管理后台 7): a patient writes to a
hospital's desk with images, the hospital's operator replies and closes, the patient is told and
reads the thread; other hospitals and other phones see nothing; bad input is refused whole."""
from __future__ import annotations

import io

from PIL import Image

from core.audit.models import AuditLog
from core.notify.models import Message
from core.support import service as support_service
from core.support.models import SupportDesk, SupportTicket, TicketReply
from tests import factories

MP = "/api/mp/v1/support"
ADMIN = "/api/admin/v1/support"


def png(colour=(200, 40, 40), size=(80, 60)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, colour).save(buf, "PNG")
    return buf.getvalue()


async def _desk(institution, **kw) -> SupportDesk:
    return await SupportDesk.create(institution_id=institution.id, enabled=True, hours="工作日 8:00-17:30",
                                    phone="027-88886666", **kw)


async def _image(client, person, data: bytes | None = None) -> str:
    r = await client.post(MP + "/images", headers=person.headers,
                          files={"image": ("p.png", data or png(), "image/png")})
    assert r.status_code == 201, r.text
    return r.json()["image_token"]


async def _ticket(client, person, institution, **body) -> dict:
    r = await client.post(MP + "/tickets", headers=person.headers, json={
        "institution_id": institution.id, "category": "payment", "content": "支付成功但订单仍显示待支付", **body})
    assert r.status_code == 201, r.text
    return r.json()


async def test_patient_writes_hospital_replies_patient_reads(client):
    t = await factories.tree()
    await factories.admin(t.hospital_a1, username="hosp", roles=("institution_admin",))
    await factories.admin(t.hospital_a1, username="kefu", roles=("customer_service",))
    async with factories.AdminSession(client, "hosp") as s:
        r = await s.put(f"{ADMIN}/desks/{t.hospital_a1.id}", json={
            "enabled": True, "hours": "工作日 8:00-17:30", "phone": "027-88886666", "welcome": "您好，请问有什么可以帮您？"})
        assert r.status_code == 200 and r.json()["enabled"] is True and r.json()["configured"] is True
        listed = (await s.get(f"{ADMIN}/desks")).json()
        assert [d["institution_id"] for d in listed["items"]] == [t.hospital_a1.id]
    client.cookies.clear()

    patient = await factories.mp_patient_account("王小明")
    desks = (await client.get(MP + "/desks", headers=patient.headers)).json()["items"]
    assert desks == [{"institution_id": t.hospital_a1.id, "name": t.hospital_a1.name, "hours": "工作日 8:00-17:30",
                      "phone": "027-88886666"}]
    up = await client.post(MP + "/images", headers=patient.headers, files={"image": ("p.png", png(), "image/png")})
    assert up.status_code == 201 and up.json()["url"].startswith("/media/support_image.")
    preview = await client.get(up.json()["url"])
    assert preview.status_code == 200 and preview.headers["content-type"] == "image/jpeg"
    mine = await _ticket(client, patient, t.hospital_a1, images=[up.json()["image_token"], await _image(
        client, patient, png((10, 200, 10)))])
    assert mine["state"] == "open" and mine["state_label"] == "待处理" and mine["category_label"] == "支付与退款"
    assert len(mine["image_urls"]) == 2 and mine["thread"] == [] and mine["can_follow_up"]
    row = await SupportTicket.get(id=mine["id"])
    assert row.content == "支付成功但订单仍显示待支付" and len(row.images) == 2
    # Encrypted at rest: the column holds ciphertext, the audit row a mask.
    from tortoise import Tortoise

    raw = (await Tortoise.get_connection("default").execute_query_dict(
        "SELECT content FROM support_ticket WHERE id = %s" % row.id))[0]["content"]
    assert "支付" not in raw
    audit = await AuditLog.filter(action="support.ticket_submit").first()
    assert audit.after["content"] == "******" and audit.org_id == t.hospital_a1.id
    # The hospital's console is told, without the text.
    told = await Message.filter(org_id=t.hospital_a1.id, kind="support.ticket").get()
    assert told.link == f"/admin/support/tickets/{row.id}" and "订单" not in told.title + told.body

    async with factories.AdminSession(client, "kefu") as s:
        page = (await s.get(f"{ADMIN}/tickets?state=open")).json()
        assert page["total"] == 1 and page["items"][0]["sender"] == "王*明"
        assert page["items"][0]["excerpt"] == "支付成功但订单仍显示待支付"
        r = await s.client.post(f"{ADMIN}/tickets/{row.id}/replies", headers={"X-CSRF-Token": s.csrf},
                                data={"content": "已为您核实，订单已更新为已支付。"},
                                files=[("images", ("r.png", png((0, 0, 200)), "image/png"))])
        assert r.status_code == 201, r.text
        answered = r.json()
        assert answered["state"] == "replied" and answered["replies"] == 1 and answered["first_reply_at"]
        assert answered["thread"][0]["author_name"] == "测试管理员" and len(answered["thread"][0]["image_urls"]) == 1
        assert (await s.get(f"{ADMIN}/tickets?state=open")).json()["total"] == 0
    client.cookies.clear()

    note = await Message.filter(account_id=patient.actor.id, kind="support.reply").get()
    assert note.link == f"/support/tickets/{row.id}" and "核实" not in note.body
    seen = (await client.get(f"{MP}/tickets/{row.id}", headers=patient.headers)).json()
    assert seen["state_label"] == "已回复" and seen["thread"][0]["author_name"] == "医院客服"
    assert seen["thread"][0]["content"] == "已为您核实，订单已更新为已支付。"
    r = await client.post(f"{MP}/tickets/{row.id}/replies", headers=patient.headers,
                          json={"content": "好的，另外发票在哪里看？"})
    assert r.status_code == 201 and r.json()["state"] == "open" and r.json()["thread"][1]["author_name"] == "我"
    assert await Message.filter(org_id=t.hospital_a1.id, kind="support.ticket").count() == 2
    mine = (await client.get(MP + "/tickets", headers=patient.headers)).json()
    assert mine["total"] == 1 and mine["items"][0]["state"] == "open"

    async with factories.AdminSession(client, "kefu") as s:
        r = await s.post(f"{ADMIN}/tickets/{row.id}/close", json={"note": "发票请在订单详情中查看。"})
        assert r.status_code == 200 and r.json()["state"] == "closed" and r.json()["closed_by"] == "operator"
        assert r.json()["thread"][-1]["content"] == "发票请在订单详情中查看。" and not r.json()["can_reply"]
        again = await s.post(f"{ADMIN}/tickets/{row.id}/close", json={"note": "重复"})
        assert again.status_code == 200 and len(again.json()["thread"]) == 3  # closing twice changes nothing
        r = await s.client.post(f"{ADMIN}/tickets/{row.id}/replies", headers={"X-CSRF-Token": s.csrf},
                                data={"content": "关闭后再回复"})
        assert r.status_code == 409 and r.json()["code"] == "support.ticket_closed"
    client.cookies.clear()
    assert await Message.filter(account_id=patient.actor.id, kind="support.closed").count() == 1
    r = await client.post(f"{MP}/tickets/{row.id}/replies", headers=patient.headers, json={"content": "还有问题"})
    assert r.status_code == 409 and r.json()["code"] == "support.ticket_closed"
    assert await TicketReply.filter(ticket_id=row.id).count() == 3


async def test_other_hospitals_and_other_phones_see_nothing(client):
    t = await factories.tree()
    await _desk(t.hospital_a1)
    await _desk(t.hospital_b1)
    patient = await factories.mp_patient_account()
    stranger = await factories.mp_patient_account("李四")
    mine = await _ticket(client, patient, t.hospital_a1)
    elsewhere = await _ticket(client, stranger, t.hospital_b1, category="suggestion", content="乙方医院的建议")
    await factories.admin(t.hospital_b1, username="kefu_b", roles=("customer_service",))
    await factories.admin(t.city_a, username="city_a", roles=("commission_admin",))
    async with factories.AdminSession(client, "kefu_b") as s:
        listed = (await s.get(f"{ADMIN}/tickets")).json()
        assert [i["id"] for i in listed["items"]] == [elsewhere["id"]]
        assert (await s.get(f"{ADMIN}/tickets?institution_id={t.hospital_a1.id}")).json()["total"] == 0
        for r in (await s.get(f"{ADMIN}/tickets/{mine['id']}"),
                  await s.client.post(f"{ADMIN}/tickets/{mine['id']}/replies", headers={"X-CSRF-Token": s.csrf},
                                      data={"content": "越权回复"}),
                  await s.post(f"{ADMIN}/tickets/{mine['id']}/close", json={})):
            assert r.status_code == 404, r.text
        assert (await s.put(f"{ADMIN}/desks/{t.hospital_a1.id}", json={"enabled": False})).status_code == 403
    async with factories.AdminSession(client, "city_a") as s:
        # A commission opens its hospitals' desks but does not answer their patients.
        assert (await s.get(f"{ADMIN}/tickets")).status_code == 403
        assert (await s.put(f"{ADMIN}/desks/{t.hospital_b1.id}", json={"enabled": False})).status_code == 404
        r = await s.put(f"{ADMIN}/desks/{t.county_a1.id}", json={"enabled": True})
        assert r.status_code == 404  # not a hospital
    client.cookies.clear()
    ticket = await SupportTicket.get(id=mine["id"])
    assert ticket.state == "open" and ticket.replies == 0 and not await TicketReply.exists(ticket_id=ticket.id)
    assert await AuditLog.filter(outcome="denied", target_type="SupportTicket", target_id=str(mine["id"])).exists()

    for r in (await client.get(f"{MP}/tickets/{mine['id']}", headers=stranger.headers),
              await client.post(f"{MP}/tickets/{mine['id']}/replies", headers=stranger.headers, json={"content": "x"}),
              await client.post(f"{MP}/tickets/{mine['id']}/close", headers=stranger.headers)):
        assert r.status_code == 404 and r.json()["code"] == "support.ticket_not_found"
    assert [i["id"] for i in (await client.get(MP + "/tickets", headers=stranger.headers)).json()["items"]] \
        == [elsewhere["id"]]
    assert (await SupportTicket.get(id=mine["id"])).state == "open"
    # Another account's image token is not a way to someone else's file.
    token = await _image(client, patient)
    r = await client.post(MP + "/tickets", headers=stranger.headers, json={
        "institution_id": t.hospital_b1.id, "category": "other", "content": "借用图片", "images": [token]})
    assert r.status_code == 422 and r.json()["code"] == "support.image_invalid"
    # The sender closes their own ticket.
    r = await client.post(f"{MP}/tickets/{mine['id']}/close", headers=patient.headers)
    assert r.status_code == 200 and r.json()["closed_by"] == "sender" and not r.json()["can_follow_up"]


async def test_bad_input_is_refused_whole(client, monkeypatch):
    t = await factories.tree()
    await _desk(t.hospital_a1)
    await SupportDesk.create(institution_id=t.hospital_a2.id, enabled=False)
    patient = await factories.mp_patient_account()
    h = patient.headers

    async def refused(body: dict, status: int = 422, code: str = "request.validation_failed") -> dict:
        r = await client.post(MP + "/tickets", headers=h, json={
            "institution_id": t.hospital_a1.id, "category": "other", "content": "内容", **body})
        assert r.status_code == status and r.json()["code"] == code, r.text
        return r.json()

    await refused({"content": "字" * 1001})
    await refused({"content": "   "})
    await refused({"category": "complaint"})
    await refused({"institution_id": 0})
    await refused({"institution_id": 2**31})
    await refused({"unknown": 1})
    await refused({"images": ["x"] * 5})
    await refused({"images": ["not-a-token"]}, code="support.image_invalid")
    await refused({"institution_id": t.hospital_a2.id}, 404, "support.desk_unavailable")  # desk closed
    await refused({"institution_id": t.city_a.id}, 404, "support.desk_unavailable")
    bad = await client.post(MP + "/images", headers=h, files={"image": ("x.png", b"GIF89a not an image", "image/png")})
    assert bad.status_code == 422 and bad.json()["code"] == "media.not_an_image"
    big = await client.post(MP + "/images", headers=h, files={"image": ("x.png", b"\0" * (2 * 1024 * 1024 + 1),
                                                                        "image/png")})
    assert big.status_code == 413
    assert (await client.post(MP + "/images", headers=h, data={"x": "1"})).status_code == 422
    r = await client.post(MP + "/tickets", headers=h, content=b"{broken", )
    assert r.status_code == 400
    assert (await client.get(MP + "/tickets?state=lost", headers=h)).status_code == 422
    assert (await client.get(MP + "/tickets?page_size=5000", headers=h)).status_code == 422
    assert await SupportTicket.all().count() == 0

    # An expired token is refused, a valid one still works.
    token = await _image(client, patient)
    key, _, sig = token.split(".")
    r = await client.post(MP + "/tickets", headers=h, json={"institution_id": t.hospital_a1.id, "category": "other",
                                                            "content": "过期图片", "images": [f"{key}.1.{sig}"]})
    assert r.status_code == 422 and r.json()["details"]["index"] == 0

    # Ten tickets a day per account.
    for n in range(support_service.MAX_TICKETS_PER_DAY):
        await _ticket(client, patient, t.hospital_a1, content=f"第{n}个问题")
    await refused({}, 429, "support.too_many_tickets")
    assert await SupportTicket.all().count() == support_service.MAX_TICKETS_PER_DAY

    # Additions per ticket are bounded; uploads per hour too.
    first = await SupportTicket.filter(account_id=patient.actor.id).order_by("id").first()
    monkeypatch.setattr(support_service, "MAX_SENDER_ENTRIES", 2)
    for _ in range(2):
        assert (await client.post(f"{MP}/tickets/{first.id}/replies", headers=h,
                                  json={"content": "补充"})).status_code == 201
    r = await client.post(f"{MP}/tickets/{first.id}/replies", headers=h, json={"content": "再补充"})
    assert r.status_code == 409 and r.json()["code"] == "support.thread_full"
    monkeypatch.setattr(support_service, "IMAGES_PER_HOUR", 1)
    r = await client.post(MP + "/images", headers=h, files={"image": ("p.png", png(), "image/png")})
    assert r.status_code == 429 and r.json()["code"] == "support.too_many_images" and r.headers["retry-after"]

    # Only phone accounts send feedback; the console's operators reply within bounds.
    await factories.admin(t.hospital_a1, username="kefu", roles=("customer_service",))
    async with factories.AdminSession(client, "kefu") as s:
        url = f"{ADMIN}/tickets/{first.id}/replies"
        for data, files, code in (({"content": ""}, None, 422), ({"content": "字" * 1001}, None, 422),
                                  ({"content": "图"}, [("images", ("x.png", b"nope", "image/png"))], 422),
                                  ({"content": "图"}, [("images", ("x.png", png(), "image/png"))] * 5, 422)):
            r = await s.client.post(url, headers={"X-CSRF-Token": s.csrf}, data=data, files=files)
            assert r.status_code == code, r.text
        assert (await s.get(f"{ADMIN}/tickets?date_from=1000-01-01")).status_code == 422
        assert (await s.get(f"{ADMIN}/tickets?state=lost")).status_code == 422
        assert (await s.post(f"{ADMIN}/tickets/{first.id}/close", json={"note": "字" * 501})).status_code == 422
        r = await s.put(f"{ADMIN}/desks/{t.hospital_a1.id}", json={"enabled": False})
        assert r.status_code == 403  # customer service does not configure desks
    await factories.admin(t.hospital_a1, username="hosp", roles=("institution_admin",))
    async with factories.AdminSession(client, "hosp") as s:
        for body in ({"enabled": True, "phone": "<script>"}, {"enabled": True, "welcome": "字" * 201}, {}):
            assert (await s.put(f"{ADMIN}/desks/{t.hospital_a1.id}", json=body)).status_code == 422
    assert (await SupportDesk.get(institution_id=t.hospital_a1.id)).enabled is True
    assert (await SupportTicket.get(id=first.id)).replies == 0 and (await SupportTicket.get(id=first.id)).state == "open"
