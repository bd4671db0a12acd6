"""The audit log (操作日志): the rows of the actor's scope with filters (who, action, target,
outcome, date range) and paging, and for the province the "verify chain" check.

Why: the log was readable only through the JSON API. Reading calls
core.audit.console.list_rows (scope: core.scope.audit_rows); the verification posts,
runs core.audit.console.verify (the whole chain against the newest anchor, the same
walk as `python -m core.cli verify-audit`) and shows its result after the redirect.
"""
from __future__ import annotations

import datetime as dt

from sanic import Request

from admin_web.pages import blueprint as bp
from admin_web.pages import once
from admin_web.pages.common import LOCAL_TZ, Listing, Params, go, page, respond
from core import scope
from core.audit import console as audit_console
from core.errors import ValidationFailed

BASE = "/admin/audit"
OUTCOMES = {"success": "成功", "denied": "拒绝", "failure": "失败"}
# Prefixes of the actions, by domain, for the filter (a row's own action is shown as written).
DOMAINS = {"auth.": "登录与退出", "accounts.": "账号", "orgs.": "组织机构", "subordinates.": "下级机构",
           "physicians.": "医师", "assessment.": "定期考核", "exam.": "考试与题库", "proctoring.": "监考",
           "records.": "病案复印", "family.": "家庭", "faq.": "常见问题", "recycle.": "回收站",
           "mp_accounts.": "小程序账号", "scope.": "越权访问", "audit.": "日志校验"}


def _date(p: Params, name: str) -> dt.date | None:
    raw = p.text(name, max_length=10)
    if raw is None:
        return None
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        raise ValidationFailed(f"参数“{name}”应为日期（年-月-日）",
                               details={"errors": [{"path": name, "message": "应为日期", "type": "date"}]}) from None


def _start_of(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), LOCAL_TZ).astimezone(dt.timezone.utc)


@bp.get("/audit")
@page
async def audit_log(request: Request):
    actor = request.ctx.actor
    p = Params(request)
    number, size = p.paging()
    filters = {"who": p.text("who"), "action": p.text("action"), "target_type": p.text("target_type"),
               "target_id": p.text("target_id"), "outcome": p.choice("outcome", OUTCOMES),
               "date_from": _date(p, "date_from"), "date_to": _date(p, "date_to")}
    total, rows = await audit_console.list_rows(
        actor=actor, action=filters["action"], outcome=filters["outcome"], who=filters["who"],
        target_type=filters["target_type"], target_id=filters["target_id"],
        since=_start_of(filters["date_from"]) if filters["date_from"] else None,
        until=_start_of(filters["date_to"] + dt.timedelta(days=1)) if filters["date_to"] else None,
        limit=size, offset=(number - 1) * size)
    result = await once.take(actor, request.args.get("once"))
    return await respond(request, "admin/audit/list.html", "admin/audit/_list.html",
                         listing=Listing(rows, total, number, size, filters), outcomes=OUTCOMES, domains=DOMAINS,
                         may_verify=scope.is_root(actor), verification=result and result.get("verification"))


@bp.post("/audit/verify")
@page
async def audit_verify(request: Request):
    actor = request.ctx.actor
    v = await audit_console.verify(actor=actor)
    r = v.report
    token = await once.put(actor, {"verification": {
        "ok": r.ok, "rows": r.rows, "first_bad_seq": r.first_bad_seq, "problem": r.problem,
        "anchored_seq": r.anchored_seq, "head_seq": v.head_seq,
        "anchor_at": (v.anchor or {}).get("at"), "at": dt.datetime.now(LOCAL_TZ).strftime("%Y-%m-%d %H:%M:%S")}})
    return go(request, f"{BASE}?once={token}")
