"""Certificates in the console (seed 000 证书打印): a cycle's physicians whose result
earns a certificate (filter by institution, name, result, issued or not), one
certificate as PDF, and the selected ones (or the whole filtered list) as one
combined PDF for printing.

Why: institutions, commissions and assessment institutions print certificates in
batch; the PDFs come from core.assessment.certificates (the same functions as
/api/admin/v1/certificates), which issue a certificate on its first print, follow
the caller's scope and audit every print. The list is read-only; printing opens
the PDF in the browser, ready for its print dialog.
"""
from __future__ import annotations

from sanic import Request
from sanic.response import raw

from admin_web.pages import blueprint as bp
from admin_web.pages.common import Listing, Params, page, page_headers, respond
from admin_web.pages.enrolment import institutions
from core.assessment import certificates as certificates_service
from core.assessment import service as assessment_service
from core.errors import ValidationFailed

RESULTS = {k: v for k, v in assessment_service.RESULT_LABELS.items() if k in certificates_service.CERTIFIABLE}
ISSUED = {"yes": "已签发", "no": "未签发"}


def _pdf(data: bytes, filename: str):
    return raw(data, content_type="application/pdf",
               headers=page_headers({"Content-Disposition": f"inline; filename*=UTF-8''{filename}"}))


async def _cycles(actor) -> dict[str, str]:
    rows = await assessment_service.list_cycles(actor=actor)
    rows.sort(key=lambda c: c.status != "open")  # the open cycle first (the default)
    return {str(c.id): c.name for c in rows}


def _filters(p: Params, cycles: dict[str, str]) -> dict:
    cycle = p.choice("cycle_id", cycles) or next(iter(cycles), None)
    return {"cycle_id": int(cycle) if cycle else None, "institution_id": p.int("institution_id"),
            "q": p.text("q"), "result": p.choice("result", RESULTS), "issued": p.choice("issued", ISSUED)}


@bp.get("/certificates")
@page
async def certificates(request: Request):
    actor = request.ctx.actor
    p = Params(request)
    number, size = p.paging()
    cycles = await _cycles(actor)
    filters = _filters(p, cycles)
    total, rows = 0, []
    if filters["cycle_id"] is not None:
        issued = {"yes": True, "no": False}.get(filters["issued"] or "")
        total, rows = await certificates_service.list_certifiable(
            actor=actor, cycle_id=filters["cycle_id"], institution_id=filters["institution_id"], q=filters["q"],
            result=filters["result"], issued=issued, limit=size, offset=(number - 1) * size)
    return await respond(request, "admin/certificates/list.html", "admin/certificates/_list.html",
                         listing=Listing(rows, total, number, size, filters), cycles=cycles, results=RESULTS,
                         issued=ISSUED, institutions=await institutions(actor))


@bp.get("/certificates/<enrolment_id:int>/pdf")
@page
async def certificate_pdf(request: Request, enrolment_id: int):
    data = await certificates_service.certificate_pdf(actor=request.ctx.actor, enrolment_id=enrolment_id)
    return _pdf(data, f"certificate-{enrolment_id}.pdf")


@bp.get("/certificates/batch.pdf")
@page
async def certificates_batch(request: Request):
    """The selected certificates (ids=...) or, with none selected, every one of the filtered
    cycle and institution, in one PDF (up to the service's batch size)."""
    p = Params(request)
    cycle_id = p.int("cycle_id")
    if cycle_id is None:
        raise ValidationFailed("请选择考核周期", details={"errors": [{"path": "cycle_id", "message": "必填"}]})
    ids = p.ids()
    data = await certificates_service.batch_pdf(actor=request.ctx.actor, cycle_id=cycle_id,
                                                enrolment_ids=ids or None, institution_id=p.int("institution_id"))
    return _pdf(data, f"certificates-cycle-{cycle_id}.pdf")
