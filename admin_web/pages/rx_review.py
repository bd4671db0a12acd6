"""The pharmacist's review screen 处方审核 (seed 004 医生工作站 处方审核, 药师审查及干预; menu for `rx.review`):
the queue (待审核 and 申诉中, oldest first), one prescription with the patient's clinical state as
prescribed, diagnoses, items, the rules' findings by severity with their rule version, the doctor's
appeal, earlier reviews, the signature's validity and the timeline; 通过, or 不通过 with reasons from the
dictionary `rx_reject_reason` (several) and a note; 干预 on an approved prescription not yet dispensed.

Why a page driven by script (admin_web/static/rx-review.js): the queue moves while the pharmacist works
(new signatures, appeals) and follows the realtime topic `rx_review:<institution id>` (polling while the
socket is down); what is shown and decided comes from the pharmacist's JSON (/api/admin/v1/rx, core/rx),
which verifies the doctor's signature on every read — a prescription whose signature fails is shown as
已被篡改 and cannot be passed. The page itself only checks the permission, as the API does.
"""
from __future__ import annotations

from sanic import Request

from admin_web.pages import blueprint as bp
from admin_web.pages.common import page, render
from core import scope


@bp.get("/rx/review")
@page
async def rx_review(request: Request):
    actor = request.ctx.actor
    await scope.require(actor, "rx.review")
    return await render(request, "admin/rx/review.html", section="/admin/rx/review",
                        institution_id=actor.org_id)
