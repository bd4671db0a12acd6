"""The centre's notifications: review results (审核结果通知) and pick-up results (取药结果通知).

Why this way: the caller is the centre, not a user, so what authenticates a notification is its
signature (HMAC-SM3 with the shared secret, docs/insurance.md); one signed more than 5 minutes
ago or whose nonce we saw is refused like a forged one (401 `insurance.notice_rejected`, audited
with the reason and the address). The centre sends a notification again until it hears our
success, signed afresh: its `noticeId` is kept once (InsuranceNotice), so a repeat gets the same
success and changes nothing. A notification for a prescription we do not know is kept with the
outcome `unknown_rx` and answered with success (the centre has nothing to fix by resending it).
"""
from __future__ import annotations

import json
import logging
from typing import Mapping

from pydantic import ValidationError
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from core.audit import service as audit_service
from core.cache import redis
from core.db import transactional
from core.insurance import protocol, service
from core.insurance.errors import NoticeRejected
from core.insurance.models import InsuranceNotice, InsuranceRx
from core.insurance.schemas import NoticeIn
from core.settings import get_settings

log = logging.getLogger("huiyi.insurance")
NONCE_SECONDS = 2 * protocol.WINDOW_SECONDS + 60  # longer than a timestamp stays acceptable
ACK = {"code": protocol.OK, "message": "成功"}


async def _reject(reason: str, kind: str, detail: str = "") -> NoticeRejected:
    log.warning("insurance %s notice rejected: %s %s", kind, reason, detail)
    await audit_service.record(actor=service.CENTRE, action="insurance.notify", target_type="InsuranceNotice",
                               target_id=kind, outcome="denied", after={"reason": reason, "detail": detail[:200]})
    return NoticeRejected(details={"reason": reason})


async def handle(*, kind: str, headers: Mapping[str, str], body: bytes) -> dict:
    """One notification (kind: review / pickup): checked, then applied once by its id."""
    s = get_settings()
    reason = protocol.check(s.insurance_app_secret, s.insurance_app_id, headers, body)
    if reason is not None:
        raise await _reject(reason, kind)
    nonce = protocol.nonce_of(headers)
    if not await redis().set(f"insurance:notice-nonce:{nonce}", "1", nx=True, ex=NONCE_SECONDS):
        raise await _reject("replayed", kind, f"nonce {nonce}")
    try:
        notice = NoticeIn.model_validate(json.loads(body.decode("utf-8")))
    except (ValueError, ValidationError):
        raise await _reject("malformed", kind) from None
    if await InsuranceNotice.exists(notice_id=notice.noticeId):
        return ACK  # sent again: taken before, nothing changes
    try:
        await _apply(kind, notice)
    except IntegrityError:  # the same notice, taken meanwhile by another request
        pass
    return ACK


@transactional
async def _apply(kind: str, notice: NoticeIn) -> str:
    data = notice.model_dump()
    async with in_transaction():
        row = await InsuranceRx.filter(hi_rxno=notice.hiRxno).order_by("-id").first()
        if row is None:
            outcome = "unknown_rx"
            log.warning("insurance %s notice %s for an unknown prescription %s", kind, notice.noticeId, notice.hiRxno)
        elif kind == "review":
            outcome = await service.apply_review(row, data, actor=service.CENTRE)
        else:
            outcome = await service.apply_pickup(row, data, actor=service.CENTRE)
        kept = service.bounded(data, service.REVIEW_KEYS if kind == "review" else service.PICKUP_KEYS)
        await InsuranceNotice.create(notice_id=notice.noticeId, kind=kind, hi_rxno=notice.hiRxno, payload=kept,
                                     outcome=outcome)
    return outcome
