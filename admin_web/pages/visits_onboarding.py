"""就医助手 机构接入 in the console (issue 13 point 7; seed 003 各家医疗机构云陪诊接入): the medical
institutions in scope, onboarded or not, with their switches (就医助手, 云陪诊), HIS connection (adapter,
AMQP / webhook / polling, queue, poll interval) and health (last event, backlog and lag, quarantined
events, received / applied / duplicates / refused) with a chart; an institution's page saves its
connection, tests it and rotates its webhook secret.

Why: onboarding a hospital is one person's job in one place, on the same service as the JSON API
(core/visits/connections.py), which decides scope, permission (`visits.manage`), checks and audit.
Every post redirects (POST → 303 → GET) with what it did flashed; the new secret crosses its
redirect through pages/once.py (encrypted, bound to the account, taken once), never a URL.
"""
from __future__ import annotations

from typing import Any

from sanic import Request

from admin_web.api.guard import admin_required
from admin_web.pages import blueprint as bp
from admin_web.pages import once
from admin_web.pages.common import Listing, Params, check_form, done, page, render
from admin_web.pages.visits import BASE, COMMON
from core.errors import AppError, ValidationFailed
from core.http import ok
from core.his import adapter as his_adapter
from core.visits import connections
from core.visits.centre.schemas import MODE_LABELS, ConnectionIn

INSTITUTIONS = f"{BASE}/institutions"
MODES = dict(MODE_LABELS)
ADAPTER_LABELS = {"demo": "演示 HIS（demo）"}
CHOICES_MAX = 200  # institutions the chart draws (a district has a few dozen)


def _adapters() -> dict[str, str]:
    return {name: ADAPTER_LABELS.get(name, name) for name in his_adapter.known()}


# ---------------------------------------------------------------- 机构接入

@bp.get("/visits/institutions")
@page
async def visits_institutions(request: Request):
    """The medical institutions in scope (onboarded or not) with their switches, connection and health."""
    actor = request.ctx.actor
    p = Params(request)
    number, size = p.paging()
    listed = await connections.list_connections(actor=actor, limit=size, offset=(number - 1) * size)
    health = await connections.health(actor=actor, limit=size, offset=(number - 1) * size)
    by_id = {h.institution_id: h for h in health.items}
    rows = [{"c": c, "h": by_id.get(c.institution_id)} for c in listed.items]
    return await render(request, "admin/visits/institutions.html", listing=Listing(rows, listed.total, number, size),
                        chart_src=f"{INSTITUTIONS}/health.json", ibase=INSTITUTIONS, modes=MODES, **COMMON)


@bp.get("/visits/institutions/health.json")
@admin_required
async def visits_institutions_health(request: Request):
    """What the health chart draws: per onboarded institution, events received, applied, duplicates,
    refused and quarantined now, backlog and lag (JSON)."""
    actor = request.ctx.actor
    listed = await connections.list_connections(actor=actor, limit=CHOICES_MAX, offset=0)
    onboarded = {c.institution_id for c in listed.items if c.configured}
    health = await connections.health(actor=actor, limit=CHOICES_MAX, offset=0)
    return ok({"institutions": [
        {"institution": h.institution_name, "received": h.received, "applied": h.applied,
         "duplicates": h.duplicates, "refused": h.refused, "quarantined": h.quarantined, "backlog": h.backlog,
         "lag_seconds": h.lag_seconds} for h in health.items if h.institution_id in onboarded]})


async def _institution_page(request: Request, institution_id: int, *, secret: str | None = None):
    actor = request.ctx.actor
    c = await connections.get_connection(actor=actor, institution_id=institution_id)
    h = await connections.health_of(actor=actor, institution_id=institution_id)
    form = {k: getattr(c, k) for k in ("assistant_enabled", "accompany_enabled", "adapter", "mode", "queue",
                                       "poll_seconds")}
    return await render(request, "admin/visits/institution.html", c=c, h=h, form=form, errors={}, secret=secret,
                        adapters=_adapters(), here=f"{INSTITUTIONS}/{institution_id}", section=INSTITUTIONS,
                        modes=MODES, **COMMON)


@bp.get("/visits/institutions/<institution_id:int>")
@page
async def visits_institution(request: Request, institution_id: int):
    shown = await once.take(request.ctx.actor, request.args.get("secret"))
    return await _institution_page(request, institution_id, secret=(shown or {}).get("secret"))


CONNECTION_FIELDS = ("adapter", "mode", "queue", "poll_seconds")


@bp.post("/visits/institutions/<institution_id:int>")
@page
async def visits_institution_save(request: Request, institution_id: int):
    """保存接入设置: the switches and the HIS connection, checked by the API's schema and the service."""
    here = f"{INSTITUTIONS}/{institution_id}"
    f = request.form
    typed: dict[str, Any] = {"assistant_enabled": f.get("assistant_enabled") in ("1", "on", "true"),
                             "accompany_enabled": f.get("accompany_enabled") in ("1", "on", "true"),
                             **{k: (f.get(k) or "").strip() for k in CONNECTION_FIELDS}}
    data = {k: v for k, v in typed.items() if v != "" or k == "queue"}
    body, errors = check_form(ConnectionIn, data)
    if body is None:
        problem = ValidationFailed("接入设置有误，请按提示修改后再保存")
        return await done(request, here, form=typed, errors=errors, alert_error=problem)
    try:
        await connections.update_connection(actor=request.ctx.actor, institution_id=institution_id, data=body)
    except AppError as exc:
        if exc.status != 422:
            raise
        field = exc.details.get("field") or "__all__"
        return await done(request, here, form=typed, errors={field: exc.message}, alert_error=exc)
    return await done(request, here, notice="接入设置已保存")


@bp.post("/visits/institutions/<institution_id:int>/test")
@page
async def visits_institution_test(request: Request, institution_id: int):
    """测试连接: the adapter's ping (poll), the AMQP queue, or the webhook's last signed request."""
    result = await connections.test_connection(actor=request.ctx.actor, institution_id=institution_id)
    return await done(request, f"{INSTITUTIONS}/{institution_id}",
                      test_result={"ok": result.ok, "message": result.detail, "latency_ms": result.latency_ms,
                                   "mode": MODES.get(result.mode, result.mode)})


@bp.post("/visits/institutions/<institution_id:int>/secret")
@page
async def visits_institution_secret(request: Request, institution_id: int):
    """更换 Webhook 密钥: the new secret is shown once on the next page (pages/once.py), then never again."""
    made = await connections.rotate_secret(actor=request.ctx.actor, institution_id=institution_id)
    token = await once.put(request.ctx.actor, {"secret": made.secret})
    return await done(request, f"{INSTITUTIONS}/{institution_id}?secret={token}",
                      notice="已生成新的 Webhook 密钥，旧密钥立即失效")
