"""The console's 问题反馈 and 客服台设置 pages: filters and tabs, a ticket with its thread, reply
with an image, refusals back beside their form, close, desks; another hospital's ticket is missing."""
from __future__ import annotations

from core.notify.models import Message
from core.support.models import SupportDesk, SupportTicket, TicketReply
from tests import factories
from tests.admin_web.world import Pages
from tests.support.test_tickets import _desk, _ticket, png

TICKETS = "/admin/support/tickets"


async def test_operator_answers_from_the_console(client):
    t = await factories.tree()
    await _desk(t.hospital_a1)
    await _desk(t.hospital_b1)
    patient = await factories.mp_patient_account("赵大海")
    mine = await _ticket(client, patient, t.hospital_a1, category="malfunction", content="上传图片一直转圈")
    await _ticket(client, patient, t.hospital_a1, category="suggestion", content="希望增加夜间客服")
    theirs = await _ticket(client, patient, t.hospital_b1, content="乙院的问题")
    await factories.admin(t.hospital_a1, username="kefu", roles=("customer_service",))
    pages = Pages(client)
    await pages.login("kefu")

    listed = await pages.get(TICKETS)
    assert listed.status_code == 200 and "上传图片一直转圈" in listed.text and "乙院的问题" not in listed.text
    assert 'data-count="open">2<' in listed.text and "赵*海" in listed.text
    assert 'href="/admin/support/tickets"' in listed.text  # the menu offers the page
    only = await pages.get(TICKETS + "?category=suggestion", htmx=True)
    assert "希望增加夜间客服" in only.text and "上传图片" not in only.text and "<html" not in only.text
    bad = await pages.get(TICKETS + "?date_from=2026-13-01")
    assert bad.status_code == 422 and "提交日期从" in bad.text

    page = await pages.get(f"{TICKETS}/{mine['id']}")
    assert page.status_code == 200 and "上传图片一直转圈" in page.text and 'data-action="reply"' in page.text
    # An empty reply goes back to the form with the reason; nothing is written.
    r = await pages.submit(f"{TICKETS}/{mine['id']}/reply", {"content": " "}, headers={"Referer": "x"})
    assert r.posted.status_code == 303 and 'data-error-for="content"' in r.text
    assert not await TicketReply.exists(ticket_id=mine["id"])
    # A file that is not an image is refused with the media error on the ticket's page.
    r = await pages.submit(f"{TICKETS}/{mine['id']}/reply", {"content": "请看截图"},
                           files=[("images", ("x.png", b"not an image", "image/png"))],
                           headers={"Referer": f"http://testserver{TICKETS}/{mine['id']}"})
    assert r.posted.status_code == 303 and "media.not_an_image" in r.text
    r = await pages.submit(f"{TICKETS}/{mine['id']}/reply", {"content": "请清理缓存后重试"},
                           files=[("images", ("x.png", png(), "image/png"))])
    assert r.posted.headers["location"].startswith(f"{TICKETS}/{mine['id']}?flash=")
    assert "已回复，提交人将收到消息通知" in r.text and "请清理缓存后重试" in r.text and "/media/support_image." in r.text
    assert await Message.filter(account_id=patient.actor.id, kind="support.reply").count() == 1
    r = await pages.submit(f"{TICKETS}/{mine['id']}/close", {"note": "问题已解决"})
    assert "已关闭" in r.text and 'data-action="reply"' not in r.text
    assert (await SupportTicket.get(id=mine["id"])).state == "closed"

    # Another hospital's ticket is missing here, for reading and for writing.
    assert (await pages.get(f"{TICKETS}/{theirs['id']}")).status_code == 404
    assert (await pages.post(f"{TICKETS}/{theirs['id']}/reply", {"content": "越权"})).status_code == 404
    assert not await TicketReply.exists(ticket_id=theirs["id"])
    # Customer service has no desk settings.
    assert (await pages.get("/admin/support/desks")).status_code == 403


async def test_desk_settings(client):
    t = await factories.tree()
    await factories.admin(t.county_a1, username="county", roles=("commission_admin",))
    pages = Pages(client)
    await pages.login("county")
    page = await pages.get("/admin/support/desks")
    assert page.status_code == 200 and t.hospital_a1.name in page.text and t.hospital_b1.name not in page.text
    r = await pages.submit(f"/admin/support/desks/{t.hospital_a1.id}",
                           {"enabled": "1", "hours": "周一至周五 8:00-17:00", "phone": "027-1234", "welcome": "您好"})
    assert r.posted.status_code == 303 and "帮助与反馈已开通" in r.text
    desk = await SupportDesk.get(institution_id=t.hospital_a1.id)
    assert desk.enabled and desk.hours == "周一至周五 8:00-17:00"
    r = await pages.submit(f"/admin/support/desks/{t.hospital_a1.id}", {"enabled": "1", "phone": "电话"})
    assert 'data-error-for="phone"' in r.text and 'value="电话"' in r.text
    assert (await SupportDesk.get(institution_id=t.hospital_a1.id)).phone == "027-1234"
    assert (await pages.post(f"/admin/support/desks/{t.hospital_b1.id}", {"enabled": "1"})).status_code == 404
    assert not await SupportDesk.exists(institution_id=t.hospital_b1.id)


async def test_seat_serves_a_session_from_the_console(client):
    from core.conversations.models import ChatMessage
    from core.support.models import ServiceChat
    from tests.support.test_chat import _open, _say

    t = await factories.tree()
    await _desk(t.hospital_a1)
    await _desk(t.hospital_b1)
    patient = await factories.mp_patient_account("钱多多")
    chat = await _open(client, patient, t.hospital_a1)
    theirs = await _open(client, patient, t.hospital_b1)
    await _say(client, patient, chat["conversation_id"], "p-1", "你好，预约怎么取消？")
    await factories.admin(t.hospital_a1, username="seat", roles=("customer_service",))
    pages = Pages(client)
    await pages.login("seat")

    queue = await pages.get("/admin/support/chats")
    assert queue.status_code == 200 and 'data-row-state="waiting"' in queue.text and "钱*多" in queue.text
    assert f'data-row-id="{theirs["id"]}"' not in queue.text and 'hx-trigger="every 5s"' in queue.text
    polled = await pages.get("/admin/support/chats", htmx=True)
    assert polled.status_code == 200 and "<html" not in polled.text and 'data-action="take"' in polled.text

    r = await pages.submit(f"/admin/support/chats/{chat['id']}/take")
    assert r.posted.headers["location"].startswith(f"/admin/support/chats/{chat['id']}")
    assert "已接入" in r.text and "你好，预约怎么取消？" in r.text and 'data-send>' in r.text
    client_id = r.text.split('name="client_id" value="')[1].split('"')[0]
    for _ in range(2):  # the same form posted twice (a reload) stores one message
        r = await pages.submit(f"/admin/support/chats/{chat['id']}/send",
                               {"text": "在“我的预约”中点击取消即可。", "client_id": client_id})
        assert r.posted.status_code == 303
    assert await ChatMessage.filter(conversation_id=chat["conversation_id"], kind="text",
                                    sender_kind="admin").count() == 1
    r = await pages.submit(f"/admin/support/chats/{chat['id']}/send", {"text": " ", "client_id": "c2"})
    assert 'data-error-for="text"' in r.text
    r = await pages.submit(f"/admin/support/chats/{chat['id']}/send", {"client_id": "c3"},
                           files={"image": ("a.png", png(), "image/png")})
    assert 'class="msg-image"' in r.text
    part = await pages.get(f"/admin/support/chats/{chat['id']}/transcript", htmx=True)
    assert "<html" not in part.text and "在“我的预约”中点击取消即可。" in part.text and 'data-sender="me"' in part.text
    # Another hospital's session is missing here.
    assert (await pages.get(f"/admin/support/chats/{theirs['id']}")).status_code == 404
    assert (await pages.post(f"/admin/support/chats/{theirs['id']}/take")).status_code == 404
    r = await pages.submit(f"/admin/support/chats/{chat['id']}/end")
    assert "会话已结束" in r.text and "data-send>" not in r.text
    assert (await ServiceChat.get(id=chat["id"])).state == "closed"
