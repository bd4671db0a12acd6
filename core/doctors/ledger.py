"""What the consult domain tells the catalogue: a consultation paid (recently consulted doctors),
completed (the doctor's counts of 图文咨询 / 视频问诊 人次) and rated (the doctor's average and
count; seed 004 居民移动端 row 6 医生评价, 医生移动端 rows 20–22).

Why a ledger: each consultation order is one `DoctorConsultation` row keyed by its order id,
and each tally moves once, when its own column of that row is first set. Calling any function
again for the same order changes nothing, so they can be called inside the consult domain's
transaction and also consume its events, which are delivered at least once.

The consult domain either calls these functions in its transactions, or emits the events below
(`core.events.emit` in its transaction) and lets `consume` apply them: the consumer group
"doctors.ledger" (core/wiring.py) runs it in the worker, an event applied at least once.

| event | payload | applies |
| --- | --- | --- |
| `consult.order_paid` | `order_id, doctor_id, account_id, kind` | `record_consultation` |
| `consult.order_completed` | `order_id` | `record_completed` |
| `consult.order_rated` | `order_id, score` | `record_rating` |
"""
from __future__ import annotations

import datetime as dt

from tortoise.expressions import F
from tortoise.transactions import in_transaction

from core.db import transactional, utcnow
from core.doctors.errors import ScoreInvalid, UnknownConsultation
from core.doctors.models import Doctor, DoctorConsultation, ServiceKind
from core.events import Event

SCORES = range(1, 6)
EVENTS = ("consult.order_paid", "consult.order_completed", "consult.order_rated")


@transactional
async def record_consultation(*, order_id: int, doctor_id: int, account_id: int, kind: ServiceKind | str,
                              at: dt.datetime | None = None) -> bool:
    """A consultation of `account_id` with `doctor_id` was paid: the doctor joins the account's
    recently consulted doctors. True when recorded now, False when it already was."""
    async with in_transaction():
        if await DoctorConsultation.filter(order_id=order_id).select_for_update().exists():
            return False
        await DoctorConsultation.create(order_id=order_id, doctor_id=doctor_id, account_id=account_id,
                                        kind=ServiceKind(kind), at=at or utcnow())
    return True


async def _row(order_id: int) -> DoctorConsultation:
    row = await DoctorConsultation.filter(order_id=order_id).select_for_update().first()
    if row is None:
        raise UnknownConsultation(details={"order_id": order_id})
    return row


@transactional
async def record_completed(*, order_id: int, at: dt.datetime | None = None) -> bool:
    """The consultation ended with the doctor's service: one more completed consultation of its kind."""
    async with in_transaction():
        row = await _row(order_id)
        if row.completed_at is not None:
            return False
        row.completed_at = at or utcnow()
        await row.save(update_fields=["completed_at"])
        column = "text_done" if row.kind == ServiceKind.text else "video_done"
        await Doctor.filter(id=row.doctor_id).update(**{column: F(column) + 1})
    return True


@transactional
async def record_rating(*, order_id: int, score: int) -> bool:
    """The patient rated the consultation (1–5): the doctor's average and count include it once."""
    if score not in SCORES:
        raise ScoreInvalid(details={"score": score})
    async with in_transaction():
        row = await _row(order_id)
        if row.score is not None:
            return False
        row.score, row.rated_at = score, utcnow()
        await row.save(update_fields=["score", "rated_at"])
        await Doctor.filter(id=row.doctor_id).update(rating_sum=F("rating_sum") + score,
                                                     rating_count=F("rating_count") + 1)
    return True


async def consume(event: Event) -> None:
    """Apply one of EVENTS; any other name is ignored. An order completed or rated before its
    payment was recorded raises UnknownConsultation, and the event is tried again later."""
    p = event.payload
    if event.name == "consult.order_paid":
        await record_consultation(order_id=p["order_id"], doctor_id=p["doctor_id"], account_id=p["account_id"],
                                  kind=p["kind"])
    elif event.name == "consult.order_completed":
        await record_completed(order_id=p["order_id"])
    elif event.name == "consult.order_rated":
        await record_rating(order_id=p["order_id"], score=p["score"])
