"""Certificate printing for institutions, commissions and assessment institutions:
one certificate, or a cycle's certificates in batch, as PDF for printing."""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic.response import raw
from sanic_ext import openapi

from admin_web.api.guard import admin_required
from core.assessment import certificates as certificates_service
from core.assessment.schemas import CertificateBatchIn
from core.http import parse_body, returns_file

bp = Blueprint("admin_certificates", url_prefix="/certificates")


def _pdf(data: bytes, filename: str):
    # inline: the browser opens the PDF, ready for its print dialog; no-store: it holds personal data.
    return raw(data, content_type="application/pdf",
               headers={"Content-Disposition": f"inline; filename*=UTF-8''{filename}",
                        "Cache-Control": "no-store"})


@bp.get("/<enrolment_id=int:ext=pdf>")
@returns_file("application/pdf")
@openapi.summary("打印一名医师的合格证书（PDF）")
@openapi.description("地址为 /api/admin/v1/certificates/<enrolment_id>.pdf；首次打印时签发证书。")
@admin_required
async def certificate(request: Request, enrolment_id: int, ext: str):
    data = await certificates_service.certificate_pdf(actor=request.ctx.actor, enrolment_id=enrolment_id)
    return _pdf(data, f"certificate-{enrolment_id}.pdf")


@bp.post("/batch")
@returns_file("application/pdf")
@openapi.summary("批量打印合格证书（本周期管辖范围内，可按机构或指定医师）")
@openapi.body({"application/json": CertificateBatchIn.model_json_schema()})
@admin_required
async def batch(request: Request):
    body = parse_body(request, CertificateBatchIn)
    data = await certificates_service.batch_pdf(actor=request.ctx.actor, cycle_id=body.cycle_id,
                                                enrolment_ids=body.enrolment_ids,
                                                institution_id=body.institution_id)
    return _pdf(data, f"certificates-cycle-{body.cycle_id}.pdf")
