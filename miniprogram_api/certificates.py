"""The physician's own certificates (mini-program and PC): download one cycle's
certificate as PDF, for printing or showing."""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic.response import raw
from sanic_ext import openapi

from core.assessment import certificates as certificates_service
from core.http import returns_file
from miniprogram_api.guard import mp_required

bp = Blueprint("mp_certificates", url_prefix="/certificates")


@bp.get("/<enrolment_id=int:ext=pdf>")
@returns_file("application/pdf")
@openapi.summary("下载本人的合格证书（PDF）")
@openapi.description("地址为 /api/mp/v1/certificates/<enrolment_id>.pdf；只能下载本人的证书。")
@mp_required
async def my_certificate(request: Request, enrolment_id: int, ext: str):
    data = await certificates_service.my_certificate_pdf(actor=request.ctx.actor, enrolment_id=enrolment_id)
    return raw(data, content_type="application/pdf",
               headers={"Content-Disposition": f"inline; filename*=UTF-8''certificate-{enrolment_id}.pdf",
                        "Cache-Control": "no-store"})
