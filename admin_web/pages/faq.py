"""FAQ management (常见问题维护): the entries of the actor's scope with filters, a new entry,
edit, publish or withdraw, delete (to the recycle bin); and 帮助中心, where any console account
(the internet hospital's doctors first) reads the published doctors' help.

Why: the phones read the published entries (GET /api/mp/v1/faq); here administrators
write them. Every action calls core.faq.service with the request schemas of the JSON
API (admin_web/api/faq.py), then redirects with a notice.
"""
from __future__ import annotations

from sanic import Request

from admin_web.pages import blueprint as bp
from admin_web.pages.common import Listing, Params, check_form, form_values, go, is_htmx, page, render, respond
from admin_web.pages.accounts import org_choices
from core.faq import service as faq_service
from core.faq.errors import OrgOutOfScope
from core.faq.models import Audience
from core.faq.schemas import ANSWER_MAX, FaqEditIn, FaqFilter, FaqIn, HelpFilter

BASE = "/admin/faq"
AUDIENCES = {Audience.physician.value: "医师", Audience.patient.value: "患者与家属",
             Audience.doctor.value: "互联网医院医生", Audience.all.value: "全部"}
FIELDS = ("category", "question", "answer", "sort", "audience", "org_id")
NOTICES = {"created": "常见问题已保存", "saved": "修改已保存", "published": "已发布，手机端立即可见",
           "unpublished": "已撤回，手机端不再显示", "deleted": "已删除，可在回收站恢复"}


def _filters(p: Params) -> dict:
    return {"category": p.text("category", max_length=32), "audience": p.choice("audience", AUDIENCES),
            "published": p.choice("published", ("1", "0")), "q": p.text("q", max_length=50)}


@bp.get("/faq")
@page
async def faq_list(request: Request):
    actor = request.ctx.actor
    p = Params(request)
    number, size = p.paging()
    filters = _filters(p)
    total, rows = await faq_service.list_entries(actor=actor, filters=FaqFilter(
        category=filters["category"], audience=filters["audience"], q=filters["q"],
        published=None if filters["published"] is None else filters["published"] == "1"),
        limit=size, offset=(number - 1) * size)
    return await respond(request, "admin/faq/list.html", "admin/faq/_list.html",
                         listing=Listing(rows, total, number, size, filters), audiences=AUDIENCES,
                         categories={c: c for c in await faq_service.categories(actor=actor)},
                         inherited=await faq_service.inherited(actor=actor) if not is_htmx(request) else [],
                         notice=NOTICES.get(request.args.get("notice", "")))


async def _form(request: Request, *, entry_id: int | None, values: dict, errors: dict, status: int = 200):
    actor = request.ctx.actor
    return await render(request, "admin/faq/form.html", status=status, entry_id=entry_id, values=values,
                        errors=errors, audiences=AUDIENCES, orgs=await org_choices(actor), answer_max=ANSWER_MAX,
                        categories=await faq_service.categories(actor=actor),
                        notice=NOTICES.get(request.args.get("notice", "")))


@bp.get("/faq/new")
@page
async def faq_new(request: Request):
    return await _form(request, entry_id=None, errors={},
                       values={"audience": "all", "sort": "0", "org_id": str(request.ctx.actor.org_id)})


@bp.post("/faq/new")
@page
async def faq_create(request: Request):
    values = form_values(request, FIELDS)
    values["published"] = request.form.get("published") == "true"
    body, errors = check_form(FaqIn, values)
    if body is None:
        return await _form(request, entry_id=None, values=values, errors=errors, status=422)
    try:
        entry = await faq_service.create_entry(actor=request.ctx.actor, data=body)
    except OrgOutOfScope as exc:
        return await _form(request, entry_id=None, values=values, errors={"org_id": exc.message}, status=422)
    return go(request, f"{BASE}/{entry.id}?notice=created")


@bp.get("/faq/<entry_id:int>")
@page
async def faq_edit(request: Request, entry_id: int):
    entry = await faq_service.get_entry(actor=request.ctx.actor, entry_id=entry_id)
    return await _form(request, entry_id=entry_id, errors={}, values={**entry.model_dump(mode="json"), "entry": entry})


@bp.post("/faq/<entry_id:int>")
@page
async def faq_save(request: Request, entry_id: int):
    actor = request.ctx.actor
    entry = await faq_service.get_entry(actor=actor, entry_id=entry_id)
    values = form_values(request, FIELDS[:-1])
    body, errors = check_form(FaqEditIn, values)
    if body is None:
        return await _form(request, entry_id=entry_id, values={**values, "entry": entry}, errors=errors, status=422)
    await faq_service.update_entry(actor=actor, entry_id=entry_id, data=body)
    return go(request, f"{BASE}/{entry_id}?notice=saved")


@bp.post("/faq/<entry_id:int>/publish")
@page
async def faq_publish(request: Request, entry_id: int):
    await faq_service.set_published(actor=request.ctx.actor, entry_id=entry_id, published=True)
    return go(request, f"{BASE}?notice=published")


@bp.post("/faq/<entry_id:int>/unpublish")
@page
async def faq_unpublish(request: Request, entry_id: int):
    await faq_service.set_published(actor=request.ctx.actor, entry_id=entry_id, published=False)
    return go(request, f"{BASE}?notice=unpublished")


@bp.post("/faq/<entry_id:int>/delete")
@page
async def faq_delete(request: Request, entry_id: int):
    await faq_service.delete_entry(actor=request.ctx.actor, entry_id=entry_id)
    return go(request, f"{BASE}?notice=deleted")


@bp.get("/help")
@page
async def help_centre(request: Request):
    p = Params(request)
    filters = HelpFilter(category=p.text("category", max_length=32), q=p.text("q", max_length=50), page_size=200)
    answer = await faq_service.staff_help(actor=request.ctx.actor, filters=filters)
    return await render(request, "admin/faq/help.html", help=answer, filters=filters,
                        categories={c: c for c in answer.categories})
