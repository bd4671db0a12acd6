"""The physician register pages: the list (filter by name, ID number, institution;
export), a physician's detail with the cycles taken, the add-physician form and
the password reset (seed 000 医师管理: 查看、新增医师、重置密码), and the detail's
account actions of issue 9: a one-time rebind code (换绑码), lifting the login and
bind delays, and disabling or re-enabling the bound mini-program account.

Why: the form posts to the same service and request schema as the JSON API;
a field the schema or the service refuses comes back next to that field, in
Chinese, with what the person typed kept in the form. The account actions call
the very service functions of their JSON routes (scope, permission, audit and
the rules live there, once); the page only shows the outcome.
"""
from __future__ import annotations

import datetime as dt

from sanic import Request

from admin_web.api.common import xlsx
from admin_web.pages import blueprint as bp
from admin_web.pages.common import (
    Listing, Params, check_form, done, form_values, go, page, refuse, render, respond,
)
from admin_web.pages.enrolment import institutions
from core.accounts import mp_accounts
from core.accounts import service as accounts_service
from core.assessment import service as assessment_service
from core.assessment.errors import NotAnInstitution, PhysicianExists
from core.assessment.schemas import PhysicianCreateIn
from core.assessment.states import LABELS, State
from core.errors import Conflict, NotFound
from core.orgs.models import OrgKind

FIELDS = ("name", "id_number", "phone", "institution_id", "practice_category", "specialty", "license_no")
NOTICES = {"created": "医师已新增", "unlocked": "已解除该医师的登录与绑定限制，医师可立即重新登录或绑定",
           "mp_disabled": "小程序账号已停用，其登录状态已全部失效", "mp_enabled": "小程序账号已启用，需重新登录"}


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

async def _detail(request: Request, physician_id: int, *, initial_password: str | None = None,
                  rebind: tuple[str, dt.datetime] | None = None):
    actor = request.ctx.actor
    reveal = request.args.get("reveal") == "1"
    doc = await assessment_service.get_physician(actor=actor, physician_id=physician_id)
    shown = await assessment_service.present(doc, actor=actor, reveal=reveal)
    # The bound mini-program account and its state, for roles that read accounts.
    mp_account = (await mp_accounts.get_mp_account(actor=actor, account_id=doc.mp_account_id)).account \
        if doc.mp_account_id is not None and actor.has("accounts.read") else None
    # The cycles section is for roles that read enrolments; the service checks it again.
    history = (await assessment_service.physician_history(actor=actor, physician_id=doc.id)
               if actor.has("enrolment.read") else None)
    return await render(request, "admin/physicians/detail.html", doc=shown, history=history, revealed=reveal,
                        institution=(await institutions(actor)).get(doc.institution_id, ""),
                        initial_password=initial_password, rebind=rebind, mp_account=mp_account,
                        state_labels={s.value: LABELS[s] for s in State},
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
    # Shown once, by the page after the redirect (an encrypted flash), never put in a URL or a log.
    return await done(request, f"/admin/physicians/{physician_id}", initial_password=initial)


@bp.post("/physicians/<physician_id:int>/rebind-code")
@page
async def rebind_code(request: Request, physician_id: int):
    issued = await assessment_service.issue_rebind_code(actor=request.ctx.actor, physician_id=physician_id)
    # Like the initial password: shown once (only its hash is kept), never in a URL.
    return await done(request, f"/admin/physicians/{physician_id}", rebind=issued)


@bp.post("/physicians/<physician_id:int>/unlock")
@page
async def unlock_login(request: Request, physician_id: int):
    await accounts_service.unlock_physician(actor=request.ctx.actor, physician_id=physician_id)
    return go(request, f"/admin/physicians/{physician_id}?notice=unlocked")


async def _set_mp_disabled(request: Request, physician_id: int, *, disabled: bool):
    """The account bound to the physician, as the page showed it: if the binding moved since
    (a rebind), the person confirmed another account, so nothing is done."""
    actor = request.ctx.actor
    doc = await assessment_service.get_physician(actor=actor, physician_id=physician_id)
    shown = (request.form.get("mp_account_id") or "").strip()
    if doc.mp_account_id is None or (shown and shown != str(doc.mp_account_id)):
        raise Conflict("该医师绑定的小程序账号已变化，请刷新页面后重试", code="assessment.binding_changed")
    await mp_accounts.set_mp_disabled(actor=actor, account_id=doc.mp_account_id, disabled=disabled)
    return go(request, f"/admin/physicians/{physician_id}?notice=" + ("mp_disabled" if disabled else "mp_enabled"))


@bp.post("/physicians/<physician_id:int>/mp-account/disable")
@page
async def disable_mp_account(request: Request, physician_id: int):
    return await _set_mp_disabled(request, physician_id, disabled=True)


@bp.post("/physicians/<physician_id:int>/mp-account/enable")
@page
async def enable_mp_account(request: Request, physician_id: int):
    return await _set_mp_disabled(request, physician_id, disabled=False)


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
    status = 422
    if body is not None:
        try:
            doc = await assessment_service.create_physician(actor=actor, **body.model_dump())
        except PhysicianExists as exc:
            errors, status = {"id_number": exc.message}, exc.status
        except (NotAnInstitution, NotFound) as exc:
            errors = {"institution_id": "请选择管辖范围内的医疗机构" if isinstance(exc, NotFound) else exc.message}
        else:
            return go(request, f"/admin/physicians/{doc.id}?notice=created")
    return await refuse(request, "/admin/physicians/new",
                        lambda: _form(request, values=values, errors=errors, status=status),
                        values=values, errors=errors)
