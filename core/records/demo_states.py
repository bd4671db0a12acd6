"""Demo hooks of the records domain: put a request in a state that, in real use, lasts only a
moment inside one use case (`submitted` before the automatic checks answer, `paid` before
the record room starts), or let a ready copy expire now. They live here, next to the state
machine, so that the demo (core/demo/requests.py) never reaches for the service's private
transitions; nothing but the demo calls them."""
from __future__ import annotations

import datetime as dt
import secrets

from tortoise.transactions import in_transaction

from core import db
from core.db import utcnow
from core.notify import service as notify_service
from core.payments import demo as payments_demo
from core.principal import Principal
from core.records import service as records_service
from core.records.models import RecordRequest, RecordRequestEvent
from core.records.schemas import PatientRequestOut
from core.records.states import Event, State


@db.transactional
async def stop_at(*, request_id: int, event: Event, actor: Principal, note: str = "") -> None:
    """Take one transition of the state machine (timeline and message included) and stop there."""
    async with in_transaction():
        req = await RecordRequest.filter(id=request_id).select_for_update().first()
        await records_service._move(req, event, actor=actor, note=note)
        if event == Event.PAY:
            req.paid_at = utcnow()
            await req.save(update_fields=["paid_at", "updated_at"])


@db.transactional
async def submitted_awaiting_checks(*, actor: Principal, like: RecordRequest) -> int:
    """A request as submit writes it before the automatic checks answer (copied from `like`)."""
    async with in_transaction():
        req = await RecordRequest.create(
            number=secrets.token_hex(12), institution_id=like.institution_id, requester_id=actor.id,
            patient_id=like.patient_id, identity_check_id=like.identity_check_id, admissions=like.admissions,
            purpose="medical_insurance", contents=["front_page", "discharge_summary"], delivery="download",
            delivery_detail={}, state=State.SUBMITTED.value, fee_cents=like.fee_cents)
        req.number = f"BA{utcnow().astimezone(records_service.CHINA):%Y%m%d}{req.id:08d}"
        await req.save(update_fields=["number"])
        await RecordRequestEvent.create(request_id=req.id, to_state=req.state, actor_type="patient",
                                        actor_id=actor.id, note="提交病案复印申请")
        await notify_service.notify(account_id=actor.id, kind="record_request.state", title="病案复印申请已提交",
                                    body=f"申请号 {req.number}：已提交，正在校验",
                                    link=records_service._patient_link(req))
    return req.id


async def expire_now(*, request_id: int) -> bool:
    """The expiry sweep's transition for one ready copy, as if its download window had passed."""
    req = await RecordRequest.get(id=request_id)
    return await records_service._expire(req.id, req.expires_at + dt.timedelta(seconds=1))


async def paid(*, actor: Principal, request_id: int) -> PatientRequestOut:
    """The patient pays the fee; WeChat Pay's confirmation is played by the payments demo (no server
    runs while the demo is seeded). The request goes on to preparation through `on_payment`."""
    req = await RecordRequest.get(id=request_id)
    await payments_demo.paid_without_gateway(actor=actor, reference=records_service._payment_reference(req),
                                             org_id=req.institution_id, amount_fen=req.fee_cents,
                                             description=f"病案复印 {req.number}")
    return await records_service.detail(actor=actor, request_id=request_id)
