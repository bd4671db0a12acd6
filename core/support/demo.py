"""Demo 帮助与反馈 (core/demo calls `seed`): the district hospitals open their desks, one of them has
a customer-service account, the doctors' help and a hospital's patient help are published, the
patient persona's feedback has been answered and her online customer-service session waits in the
hospital's queue.

Why: the H5 帮助与反馈 screen, the console's 问题反馈 and the workstation's 帮助中心 are empty on a
fresh system. Desks and help are written straight to their tables (what an administrator would
have saved); the ticket goes through the services, as the product makes it. Once: the desks are
the marker.
"""
from __future__ import annotations

from core.accounts import service as accounts_service
from core.accounts.models import MpAccount
from core.db import utcnow
from core.faq.models import Audience, FaqEntry
from core.orgs.models import OrgNode
from core.principal import Principal
from core.records.models import RecordRoom
from core.support.models import SupportDesk

HOSPITAL = "JA31010609"  # 上海市静安区中心医院 (core/demo/records.py)
ACCOUNTS = [("kefu1", "静安区中心医院客服（问题反馈、在线客服）")]
DOCTOR_HELP = [
    ("接诊", "如何接诊图文咨询？",
     "1. 登录工作站后，在“待接诊”中查看新的咨询订单。\n2. 阅读患者的病情描述和图片，点击“接诊”。\n"
     "3. 接诊后在咨询有效期内与患者图文交流，结束时填写诊疗记录并点击“结束服务”。\n"
     "不接诊时请选择“退诊”并填写原因，患者的费用将全额退回。"),
    ("接诊", "患者超时未接诊会怎样？",
     "订单在规定时间内未被接诊将自动取消并全额退款；请开启新订单提醒，及时处理。"),
    ("账号", "忘记工作站密码怎么办？", "请联系本院管理员重置密码；首次登录须修改初始密码。"),
]
PATIENT_HELP = [
    ("就诊", "医院的服务时间？", "门诊：工作日 8:00-17:00；急诊 24 小时开放。在线客服服务时间为工作日 8:00-17:30。"),
    ("就诊", "如何联系医院客服？", "在“帮助与反馈”中选择本院，可提交问题反馈或联系在线客服；也可拨打页面上的客服电话。"),
]


async def seed(*, password: str) -> bool:
    """Desks, the customer-service account, help, and one answered ticket (once)."""
    if await SupportDesk.exists():
        return False
    rooms = await RecordRoom.filter(enabled=True).prefetch_related("institution").order_by("institution__code")
    if not rooms:
        return False
    for room in rooms:
        await SupportDesk.create(institution_id=room.institution_id, enabled=True, hours="工作日 8:00-17:30",
                                 phone=room.contact_phone or "",
                                 welcome=f"您好，这里是{room.institution.name}客服，请问有什么可以帮您？")
    hospital = await OrgNode.get(code=HOSPITAL)
    (username, label), = ACCOUNTS
    account = await accounts_service.bootstrap_admin(username=username, password=password, org_id=hospital.id,
                                                     roles=["customer_service"], display_name=label.split("（")[0],
                                                     must_change_password=False)
    now = utcnow()
    root = await OrgNode.get(id=int(hospital.path.strip("/").split("/")[0]))
    await FaqEntry.bulk_create(
        [FaqEntry(org_id=root.id, category=c, question=q, answer=a, sort=(n + 1) * 10, audience=Audience.doctor,
                  published=True, published_at=now) for n, (c, q, a) in enumerate(DOCTOR_HELP)]
        + [FaqEntry(org_id=hospital.id, category=c, question=q, answer=a, sort=(n + 1) * 10,
                    audience=Audience.patient, published=True, published_at=now)
           for n, (c, q, a) in enumerate(PATIENT_HELP)])
    await _answered_ticket(hospital, account)
    return True


async def _answered_ticket(hospital: OrgNode, account) -> None:
    """The patient persona asked about a payment; the hospital answered."""
    from core.demo_personas import persona
    from core.support import service as support_service
    from core.support.schemas import ReplyIn, TicketIn

    patient = await MpAccount.get_or_none(openid=persona("patient")["openid"])
    if patient is None:
        return
    sender = Principal(kind="mp", id=patient.id, name=f"mp:{patient.id}")
    ticket = await support_service.submit_ticket(actor=sender, data=TicketIn(
        institution_id=hospital.id, category="payment", content="病案复印费已经支付，申请还显示待支付，请帮忙查看。"))
    operator = Principal(kind="admin", id=account.id, name=account.username, org_id=hospital.id,
                         org_path=hospital.path, org_kind=hospital.kind.value, roles=("customer_service",),
                         permissions=frozenset({support_service.PERM_TICKETS}))
    await support_service.reply(actor=operator, ticket_id=ticket.id, data=ReplyIn(
        content="您好，已为您核实，支付已到账，申请状态已更新。如有其他问题请继续反馈。"))
    from core.conversations import service as conversations
    from core.support import chat as chat_service

    chat = await chat_service.open_chat(actor=sender, institution_id=hospital.id)
    await conversations.send_text(actor=sender, conversation_id=chat.conversation_id, client_id="demo-1",
                                  text="你好，请问病案复印件邮寄一般几天能到？")
