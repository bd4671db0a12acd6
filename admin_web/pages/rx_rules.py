"""审方规则 (the review rules' console, `rx.rules`): versions, a version's rules with filters by kind,
severity and subject, the edit form per kind (the parameters as JSON with the kind's example and
fields), new draft, publish, delete a draft, and the differences between two versions.

Why: the rules are data the hospital's pharmacy edits, versioned (core/rx/rules/versions.py); this
page calls the same services as the JSON API (admin_web/api/rx_rules.py). A published version is
shown read-only: it explains the reviews made with it and never changes.
"""
from __future__ import annotations

import json

from sanic import Request

from admin_web.pages import blueprint as bp
from admin_web.pages.common import Listing, Params, check_form, go, page, render, respond, service_field_errors
from core.errors import ValidationFailed
from core.rx.rules import versions
from core.rx.rules.kinds import KINDS, PARAMS, SEVERITY_LABELS
from core.rx.rules.schemas import DiffQuery, DraftIn, PublishIn, RuleFilter, RuleIn

BASE = "/admin/rx/rules"
NOTICES = {"draft": "草稿已建立：已复制当前发布版本的全部规则", "published": "已发布，新审方立即使用此版本",
           "saved": "规则已保存", "created": "规则已新增", "deleted": "规则已删除", "draft_deleted": "草稿已删除"}
FIELDS = ("code", "kind", "subject", "severity", "message", "source")

# What the form starts from for a new rule of each kind.
EXAMPLES: dict[str, dict] = {
    "interaction": {"other": "class:antiplatelet", "include_current": True},
    "allergy": {"allergens": ["penicillin", "青霉素"]},
    "dose": {"unit": "mg", "bands": [
        {"label": "成人", "min_age_months": 144, "per_dose_max": 1000, "per_day_max": 4000},
        {"label": "儿童", "min_age_months": 0, "max_age_months": 144, "per_kg_dose_max": 15,
         "per_kg_day_max": 60, "abs_dose_max": 1000, "abs_day_max": 4000}], "max_days": None},
    "route": {"routes": ["口服"], "forms": ["片", "胶囊"]},
    "duplicate": {"min_count": 2},
    "contraindication": {"icd10": ["K25", "K26"]},
    "pregnancy": {"category": "D", "from_week": 0, "to_week": 45},
    "lactation": {"level": "caution"},
    "paediatric": {"min_age_months": 24, "except_forms": []},
    "compatibility": {"other": "class:calcium"},
    "class": {"members": ["amoxicillin"]},
}
SUBJECT_HELP = "药品知识库编码（如 amoxicillin，与药品字典的知识库编码一致）或类别 class:类别名（如 class:penicillin）"


def _param_fields(kind: str) -> list[tuple[str, str]]:
    """The kind's parameters with their meaning, from the schema (shown beside the JSON)."""
    schema = PARAMS[kind].model_json_schema()
    out = []
    for name, prop in schema.get("properties", {}).items():
        out.append((name, "必填" if name in schema.get("required", ()) else "可选"))
    return out


def _pretty(params: dict) -> str:
    return json.dumps(params, ensure_ascii=False, indent=1)


def _filters(p: Params) -> dict:
    return {"kind": p.choice("kind", KINDS), "severity": p.choice("severity", SEVERITY_LABELS),
            "subject": p.text("subject", max_length=46), "q": p.text("q", max_length=50)}


@bp.get("/rx/rules")
@page
async def rx_rules_versions(request: Request):
    actor = request.ctx.actor
    listed = await versions.list_versions(actor=actor)
    return await render(request, "admin/rx_rules/versions.html", versions=listed.items,
                        notice=NOTICES.get(request.args.get("notice", "")))


@bp.post("/rx/rules/drafts")
@page
async def rx_rules_new_draft(request: Request):
    body, errors = check_form(DraftIn, {"note": (request.form.get("note") or "").strip()})
    if body is None:
        raise ValidationFailed(details={"errors": [{"path": k, "message": v} for k, v in errors.items()]})
    draft = await versions.new_draft(actor=request.ctx.actor, data=body)
    return go(request, f"{BASE}/{draft.version}?notice=draft")


@bp.get("/rx/rules/diff")
@page
async def rx_rules_diff(request: Request):
    p = Params(request)
    q = DiffQuery(base=p.int("base", default=1, hi=1_000_000), other=p.int("other", default=1, hi=1_000_000))
    result = await versions.diff(actor=request.ctx.actor, base=q.base, other=q.other)
    listed = await versions.list_versions(actor=request.ctx.actor)
    return await render(request, "admin/rx_rules/diff.html", diff=result, versions=listed.items, kinds=KINDS,
                        severities=SEVERITY_LABELS, section=BASE, pjson=_pretty)


@bp.get("/rx/rules/<version:int>")
@page
async def rx_rules_version(request: Request, version: int):
    actor = request.ctx.actor
    p = Params(request)
    number, size = p.paging()
    filters = _filters(p)
    ruleset = await versions.get_version(actor=actor, version=version)
    found = await versions.list_rules(actor=actor, version=version, filters=RuleFilter(**filters), limit=size,
                                      offset=(number - 1) * size)
    return await respond(request, "admin/rx_rules/rules.html", "admin/rx_rules/_rules.html",
                         ruleset=ruleset, listing=Listing(found.items, found.total, number, size, filters),
                         kinds=KINDS, severities=SEVERITY_LABELS, base=f"{BASE}/{version}", section=BASE,
                         notice=NOTICES.get(request.args.get("notice", "")))


@bp.post("/rx/rules/<version:int>/publish")
@page
async def rx_rules_publish(request: Request, version: int):
    note = (request.form.get("note") or "").strip()
    body, errors = check_form(PublishIn, {"note": note} if note else {})
    if body is None:
        raise ValidationFailed(details={"errors": [{"path": k, "message": v} for k, v in errors.items()]})
    await versions.publish(actor=request.ctx.actor, version=version, data=body)
    return go(request, f"{BASE}/{version}?notice=published")


@bp.post("/rx/rules/<version:int>/delete")
@page
async def rx_rules_delete_draft(request: Request, version: int):
    await versions.delete_draft(actor=request.ctx.actor, version=version)
    return go(request, f"{BASE}?notice=draft_deleted")


async def _form(request: Request, *, version: int, rule_id: int | None, values: dict, errors: dict,
                status: int = 200):
    ruleset = await versions.get_version(actor=request.ctx.actor, version=version)
    kind = values.get("kind") if values.get("kind") in KINDS else "interaction"
    return await render(request, "admin/rx_rules/form.html", status=status, ruleset=ruleset, rule_id=rule_id,
                        values=values, errors=errors, kinds=KINDS, severities=SEVERITY_LABELS, kind=kind,
                        param_fields=_param_fields(kind), example=json.dumps(EXAMPLES[kind], ensure_ascii=False),
                        subject_help=SUBJECT_HELP, section=BASE, notice=NOTICES.get(request.args.get("notice", "")))


def _posted(request: Request) -> tuple[dict, dict]:
    """The posted rule as RuleIn's fields, and the form's own refusals (the params' JSON)."""
    values = {name: (request.form.get(name) or "").strip() for name in FIELDS}
    values["enabled"] = request.form.get("enabled") == "true"
    values["params_text"] = request.form.get("params") or ""
    errors = {}
    try:
        params = json.loads(values["params_text"] or "{}")
        if not isinstance(params, dict):
            raise ValueError
    except ValueError:
        errors["params"] = "参数应为 JSON 对象，例如 {\"other\": \"aspirin\"}"
        params = {}
    values["params"] = params
    return values, errors


def _errors_of(exc_errors: dict) -> dict:
    """Field messages with every `params.*` one also under `params` (shown beside the JSON)."""
    out = dict(exc_errors)
    nested = [f"{k.removeprefix('params.')}：{v}" for k, v in exc_errors.items() if k.startswith("params.")]
    if nested:
        out["params"] = "；".join(nested)
    return out


async def _save(request: Request, version: int, rule_id: int | None):
    values, errors = _posted(request)
    if errors:
        return await _form(request, version=version, rule_id=rule_id, values=values, errors=errors, status=422)
    body, errors = check_form(RuleIn, {k: values[k] for k in (*FIELDS, "enabled", "params") if values[k] != ""})
    if body is None:
        return await _form(request, version=version, rule_id=rule_id, values=values, errors=_errors_of(errors),
                           status=422)
    try:
        if rule_id is None:
            saved = await versions.create_rule(actor=request.ctx.actor, version=version, data=body)
        else:
            saved = await versions.update_rule(actor=request.ctx.actor, version=version, rule_id=rule_id, data=body)
    except ValidationFailed as exc:
        return await _form(request, version=version, rule_id=rule_id, values=values,
                           errors=_errors_of(service_field_errors(exc)), status=422)
    return go(request, f"{BASE}/{version}/{saved.id}?notice={'created' if rule_id is None else 'saved'}")


@bp.get("/rx/rules/<version:int>/new")
@page
async def rx_rules_new_rule(request: Request, version: int):
    kind = Params(request).choice("kind", KINDS) or "interaction"
    values = {"kind": kind, "severity": "warning", "enabled": True,
              "params_text": json.dumps(EXAMPLES[kind], ensure_ascii=False, indent=2)}
    return await _form(request, version=version, rule_id=None, values=values, errors={})


@bp.post("/rx/rules/<version:int>/new")
@page
async def rx_rules_create_rule(request: Request, version: int):
    return await _save(request, version, None)


@bp.get("/rx/rules/<version:int>/<rule_id:int>")
@page
async def rx_rules_rule(request: Request, version: int, rule_id: int):
    rule = await versions.get_rule(actor=request.ctx.actor, version=version, rule_id=rule_id)
    values = {**rule.model_dump(), "params_text": json.dumps(rule.params, ensure_ascii=False, indent=2)}
    return await _form(request, version=version, rule_id=rule_id, values=values, errors={})


@bp.post("/rx/rules/<version:int>/<rule_id:int>")
@page
async def rx_rules_save_rule(request: Request, version: int, rule_id: int):
    return await _save(request, version, rule_id)


@bp.post("/rx/rules/<version:int>/<rule_id:int>/delete")
@page
async def rx_rules_delete_rule(request: Request, version: int, rule_id: int):
    await versions.delete_rule(actor=request.ctx.actor, version=version, rule_id=rule_id)
    return go(request, f"{BASE}/{version}?notice=deleted")
