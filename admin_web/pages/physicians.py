"""The physician register pages: the list (filter by name, ID number, institution;
export), a physician's detail with the cycles taken, the add-physician form and
the password reset (seed 000 医师管理: 查看、新增医师、重置密码).

Why: the form posts to the same service and request schema as the JSON API;
a field the schema or the service refuses comes back next to that field, in
Chinese, with what the person typed kept in the form.
"""
from __future__ import annotations

from sanic import Request

from admin_web.api.common import xlsx
from admin_web.pages import blueprint as bp
from admin_web.pages.common import Listing, Params, check_form, form_values, go, page, render, respond
from admin_web.pages.enrolment import institutions
from core.assessment import service as assessment_service
from core.assessment.errors import NotAnInstitution, PhysicianExists
from core.assessment.schemas import PhysicianCreateIn
from core.assessment.states import LABELS, State
from core.errors import NotFound
from core.orgs.models import OrgKind

FIELDS = ("name", "id_number", "phone", "institution_id", "practice_category", "specialty", "license_no")
NOTICES = {"created": "医师已新增"}


def _filters(p: Params) -> dict:
    return {"q": p.text("q"), "id_number": p.text("id_number", max_length=18),
            "institution_id": p.int("institution_id")}


@bp.get("/physicians")
@page
async def physicians(request: Request):
    actor = request.ctx.actor
    p = Params(request)
    number, size = p.paging()
    filters = _filters(p)
    total, docs = await assessment_service.list_physicians(actor=actor, limit=size, offset=(number - 1) * size,
                                                           **filters)
    rows = [await assessment_service.present(d, actor=actor) for d in docs]
    return await respond(request, "admin/physicians/list.html", "admin/physicians/_list.html",
                         listing=Listing(rows, total, number, size, filters),
                         institutions=await institutions(actor))


@bp.get("/physicians/export")
@page
async def export_register(request: Request):
    p = Params(request)
    filters = _filters(p)
    data = await assessment_service.export_physicians(actor=request.ctx.actor, q=filters["q"],
                                                      institution_id=filters["institution_id"])
    return xlsx(data, "physicians.xlsx")


# ---------------------------------------------------------------- detail

async def _detail(request: Request, physician_id: int, *, initial_password: str | None = None):
    actor = request.ctx.actor
    reveal = request.args.get("reveal") == "1"
    doc = await assessment_service.get_physician(actor=actor, physician_id=physician_id)
    shown = await assessment_service.present(doc, actor=actor, reveal=reveal)
    # The cycles section is for roles that read enrolments; the service checks it again.
    history = (await assessment_service.physician_history(actor=actor, physician_id=doc.id)
               if actor.has("enrolment.read") else None)
    return await render(request, "admin/physicians/detail.html", doc=shown, history=history, revealed=reveal,
                        institution=(await institutions(actor)).get(doc.institution_id, ""),
                        initial_password=initial_password, state_labels={s.value: LABELS[s] for s in State},
                        result_labels=assessment_service.RESULT_LABELS,
                        notice=NOTICES.get(request.args.get("notice", "")))


@bp.get("/physicians/<physician_id:int>")
@page
async def detail(request: Request, physician_id: int):
    return await _detail(request, physician_id)


@bp.post("/physicians/<physician_id:int>/reset-password")
@page
async def reset_password(request: Request, physician_id: int):
    initial = await assessment_service.reset_physician_password(actor=request.ctx.actor, physician_id=physician_id)
    # Shown once on this answer, never put in a URL or a log.
    return await _detail(request, physician_id, initial_password=initial)


# ---------------------------------------------------------------- add

async def _form(request: Request, *, values: dict, errors: dict, status: int = 200):
    actor = request.ctx.actor
    own = actor.org_kind == OrgKind.MEDICAL.value
    return await render(request, "admin/physicians/form.html", status=status, values=values, errors=errors,
                        own_institution=own, institutions={} if own else await institutions(actor))


@bp.get("/physicians/new")
@page
async def new(request: Request):
    return await _form(request, values={"practice_category": "临床"}, errors={})


@bp.post("/physicians/new")
@page
async def create(request: Request):
    actor = request.ctx.actor
    values = form_values(request, FIELDS)
    if actor.org_kind == OrgKind.MEDICAL.value:
        values["institution_id"] = str(actor.org_id)  # an institution adds physicians to itself
    body, errors = check_form(PhysicianCreateIn, values)
    if body is None:
        return await _form(request, values=values, errors=errors, status=422)
    try:
        doc = await assessment_service.create_physician(actor=actor, **body.model_dump())
    except PhysicianExists as exc:
        return await _form(request, values=values, errors={"id_number": exc.message}, status=exc.status)
    except (NotAnInstitution, NotFound) as exc:
        return await _form(request, values=values, status=422,
                           errors={"institution_id": "请选择管辖范围内的医疗机构" if isinstance(exc, NotFound)
                                   else exc.message})
    return go(request, f"/admin/physicians/{doc.id}?notice=created")
