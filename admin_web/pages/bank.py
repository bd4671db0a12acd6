"""The province's question bank in the console (seed 000 题库管理): the list with
filters (type, specialty, category, difficulty, status, keyword), a form for every
type that adapts to it (A1/A2 one answer, X several; A3/A4 a shared case stem with
sub-questions; B1 shared options answered by several sub-questions), the detail of
a question or a group with its versions, edits (a new version once a paper used it),
retiring and restoring. The xlsx import is the import centre's "questions" kind.

Why: the bank's rules (option keys, answers among the options, how many answers a
type takes, what a group needs, versions) live in core.exam.bank and answer with
field paths ("options", "questions.1.answer"); the page turns a form into the
same request schemas as the JSON API and puts each message back beside its field.
Writes end in a 303 to the detail page with a notice.
"""
from __future__ import annotations

import re
from typing import Any

from sanic import Request

from admin_web.pages import blueprint as bp
from admin_web.pages.common import Listing, Params, check_form, go, page, render, respond
from core.errors import ValidationFailed
from core.exam import bank
from core.exam.errors import InvalidGroup, InvalidQuestion
from core.exam.schemas import EditOutcomeOut, GroupEditIn, GroupIn, GroupOut, QuestionEditIn, QuestionIn, QuestionOut

QTYPES = {"A1": "A1 单句型最佳选择题", "A2": "A2 病例摘要型最佳选择题", "X": "X 多项选择题",
          "A3": "A3 病例组型（共用题干）", "A4": "A4 病例串型（共用题干）", "B1": "B1 配伍题（共用选项）"}
STATUSES = {"active": "在用", "retired": "已停用或已被新版本替换", "all": "全部"}
DIFFICULTIES = {str(i): f"{i}级" for i in range(1, 6)}
KEYS = bank.KEYS
MAX_SUBS = 30
NEW_SUBS = 3  # sub-question blocks a new group's form starts with (more are added in the page)
NOTICES = {"created": "题目已保存", "edited": "已修改", "versioned": "该题已被试卷使用，已生成新版本，旧版本保留在试卷中",
           "unchanged": "内容没有变化", "retired": "已停用，不再进入新试卷", "restored": "已恢复，可进入新试卷"}


async def _choices(actor) -> dict[str, dict[str, str]]:
    facets = await bank.facets(actor=actor)
    return {k: {v: v for v in values} for k, values in facets.items()}


def _filters(p: Params) -> dict[str, Any]:
    return {"qtype": p.choice("qtype", QTYPES), "specialty": p.text("specialty"), "category": p.text("category"),
            "difficulty": p.int("difficulty", lo=1, hi=5), "status": p.choice("status", STATUSES),
            "q": p.text("q", max_length=100)}


@bp.get("/bank")
@page
async def bank_list(request: Request):
    actor = request.ctx.actor
    p = Params(request)
    number, size = p.paging()
    filters = _filters(p)
    total, rows = await bank.list_questions(actor=actor, limit=size, offset=(number - 1) * size, **filters)
    return await respond(request, "admin/bank/list.html", "admin/bank/_list.html",
                         listing=Listing(rows, total, number, size, filters), qtypes=QTYPES, statuses=STATUSES,
                         difficulties=DIFFICULTIES, choices=await _choices(actor))


# ---------------------------------------------------------------- forms <-> request schemas

def _options(form, prefix: str) -> list[dict[str, str]] | None:
    """Options A..F from the form; empty boxes at the end are left out (4 to 6 options)."""
    texts = [(form.get(f"{prefix}opt_{k}") or "").strip() for k in KEYS]
    while texts and not texts[-1]:
        texts.pop()
    return [{"key": k, "text": t} for k, t in zip(KEYS, texts)] or None


def _answer(form, name: str) -> list[str]:
    return [v.strip().upper() for v in form.getlist(name, []) if v.strip()]


def _common(form) -> dict[str, Any]:
    out = {k: (form.get(k) or "").strip() for k in ("specialty", "category", "difficulty")}
    return {k: v for k, v in out.items() if v}


def _subs(form, kind: str) -> list[dict[str, Any]]:
    """The sub-question blocks q0_, q1_ ... in order; a block left entirely blank is skipped."""
    indexes = sorted({int(m.group(1)) for k in form for m in [re.match(r"^q(\d+)_", k)] if m})
    out = []
    for i in indexes[:MAX_SUBS]:
        prefix = f"q{i}_"
        sub = {"stem": (form.get(prefix + "stem") or "").strip(), "answer": _answer(form, prefix + "answer"),
               "explanation": (form.get(prefix + "explanation") or "").strip()}
        options = _options(form, prefix) if kind != "B1" else None
        if not sub["stem"] and not sub["answer"] and not options and not sub["explanation"]:
            continue
        if options:
            sub["options"] = options
        out.append(sub)
    return out


def question_data(form) -> dict[str, Any]:
    return {"qtype": (form.get("qtype") or "").strip(), "stem": (form.get("stem") or "").strip(),
            "options": _options(form, "") or [], "answer": _answer(form, "answer"),
            "explanation": (form.get("explanation") or "").strip(), **_common(form)}


def group_data(form, kind: str) -> dict[str, Any]:
    data = {"kind": kind, "stem": (form.get("stem") or "").strip(), "questions": _subs(form, kind), **_common(form)}
    if kind == "B1":
        data["shared_options"] = _options(form, "")
    return data


def field_key(path: str) -> str:
    """A schema or service path as the form's field name: questions.1.answer -> q1_answer,
    options.2.text -> options, shared_options -> options (the B1 form's option boxes)."""
    path = re.sub(r"^questions\.(\d+)\.", r"q\1_", path)
    path = re.sub(r"(options)\.\d+(\.\w+)?$", r"\1", path)
    return "options" if path == "shared_options" else path


def _keyed(errors: dict[str, str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for path, message in errors.items():
        out.setdefault(field_key(path), message)
    return out


def _values_of(item: QuestionOut | GroupOut) -> dict[str, Any]:
    """A question or group as the form's values (to edit it, or to show a refused form again)."""
    values: dict[str, Any] = {"stem": item.stem, "specialty": item.specialty, "category": item.category,
                              "difficulty": str(item.difficulty or 3)}
    if isinstance(item, QuestionOut):
        values.update(explanation=item.explanation, answer=list(item.answer))
        options = item.options
    else:
        options = item.shared_options if item.kind == "B1" else None
        for i, sub in enumerate(item.questions):
            values[f"q{i}_stem"] = sub.stem
            values[f"q{i}_explanation"] = sub.explanation
            values[f"q{i}_answer"] = list(sub.answer)
            for o in sub.options or ():
                values[f"q{i}_opt_{o.key}"] = o.text
    for o in options or ():
        values[f"opt_{o.key}"] = o.text
    return values


async def _form(request: Request, *, kind: str, values: dict, errors: dict, subs: int,
                item: QuestionOut | GroupOut | None = None, status: int = 200):
    return await render(request, "admin/bank/form.html", status=status, kind=kind, values=values, errors=errors,
                        subs=subs, item=item, qtypes=QTYPES, difficulties=DIFFICULTIES, keys=KEYS,
                        choices=await _choices(request.ctx.actor))


def _kind(request: Request, default: str = "A1") -> str:
    kind = (request.args.get("qtype") or request.form.get("qtype") if request.method == "POST"
            else request.args.get("qtype")) or default
    if kind not in QTYPES:
        raise ValidationFailed("参数“qtype”取值不在可选范围内",
                               details={"errors": [{"path": "qtype", "message": "取值不在可选范围内"}]})
    return kind


def _posted_subs(form) -> int:
    return max([int(m.group(1)) + 1 for k in form for m in [re.match(r"^q(\d+)_", k)] if m] or [NEW_SUBS])


# ---------------------------------------------------------------- create

@bp.get("/bank/new")
@page
async def bank_new(request: Request):
    kind = _kind(request)
    await bank.facets(actor=request.ctx.actor)  # refuses now whoever may not keep the bank
    return await _form(request, kind=kind, values={"difficulty": "3"}, errors={}, subs=NEW_SUBS)


@bp.post("/bank/new")
@page
async def bank_create(request: Request):
    actor, form = request.ctx.actor, request.form
    kind = _kind(request)
    values = {k: (form.getlist(k) if k.endswith("answer") else form.get(k)) for k in form if k != "csrf_token"}
    standalone = kind in bank.STANDALONE
    data = question_data(form) if standalone else group_data(form, kind)
    body, errors = check_form(QuestionIn if standalone else GroupIn, data)
    if body is None:
        return await _form(request, kind=kind, values=values, errors=_keyed(errors), subs=_posted_subs(form),
                           status=422)
    try:
        if standalone:
            made = await bank.create_question(actor=actor, **body.model_dump())
        else:
            made = await bank.create_group(actor=actor, **body.model_dump())
    except (InvalidQuestion, InvalidGroup) as exc:
        errors = {e["path"]: e["message"] for e in exc.details.get("errors", [])}
        return await _form(request, kind=kind, values=values, errors=_keyed(errors), subs=_posted_subs(form),
                           status=exc.status)
    where = f"/admin/bank/questions/{made.id}" if standalone else f"/admin/bank/groups/{made.id}"
    return go(request, where + "?notice=created")


# ---------------------------------------------------------------- detail

@bp.get("/bank/questions/<question_id:int>")
@page
async def bank_question(request: Request, question_id: int):
    item = await bank.get_question(actor=request.ctx.actor, question_id=question_id)
    return await render(request, "admin/bank/detail.html", item=item, group=item.group, qtypes=QTYPES,
                        notice=NOTICES.get(request.args.get("notice", "")))


@bp.get("/bank/groups/<group_id:int>")
@page
async def bank_group(request: Request, group_id: int):
    group = await bank.get_group(actor=request.ctx.actor, group_id=group_id)
    return await render(request, "admin/bank/detail.html", item=None, group=group, qtypes=QTYPES,
                        notice=NOTICES.get(request.args.get("notice", "")))


# ---------------------------------------------------------------- edit

def _outcome(result: EditOutcomeOut) -> str:
    return "versioned" if result.versioned else ("edited" if result.changed else "unchanged")


@bp.get("/bank/questions/<question_id:int>/edit")
@page
async def bank_edit_question(request: Request, question_id: int):
    item = await bank.get_question(actor=request.ctx.actor, question_id=question_id)
    if item.group_id:  # a sub-question changes through its group
        return go(request, f"/admin/bank/groups/{item.group_id}/edit")
    return await _form(request, kind=item.qtype, values=_values_of(item), errors={}, subs=0, item=item)


@bp.post("/bank/questions/<question_id:int>/edit")
@page
async def bank_save_question(request: Request, question_id: int):
    actor, form = request.ctx.actor, request.form
    item = await bank.get_question(actor=actor, question_id=question_id)
    kind = _kind(request, item.qtype)
    values = {k: (form.getlist(k) if k.endswith("answer") else form.get(k)) for k in form if k != "csrf_token"}
    data = question_data(form)
    data["qtype"] = kind
    body, errors = check_form(QuestionEditIn, data)
    if body is None:
        return await _form(request, kind=kind, values=values, errors=_keyed(errors), subs=0, item=item, status=422)
    try:
        result = await bank.edit_question(actor=actor, question_id=question_id,
                                          changes=body.model_dump(exclude_unset=True))
    except InvalidQuestion as exc:
        errors = {e["path"]: e["message"] for e in exc.details.get("errors", [])}
        return await _form(request, kind=kind, values=values, errors=_keyed(errors), subs=0, item=item,
                           status=exc.status)
    return go(request, f"/admin/bank/questions/{result.question.id}?notice={_outcome(result)}")


@bp.get("/bank/groups/<group_id:int>/edit")
@page
async def bank_edit_group(request: Request, group_id: int):
    group = await bank.get_group(actor=request.ctx.actor, group_id=group_id)
    return await _form(request, kind=group.kind, values=_values_of(group), errors={}, subs=len(group.questions),
                       item=group)


@bp.post("/bank/groups/<group_id:int>/edit")
@page
async def bank_save_group(request: Request, group_id: int):
    actor, form = request.ctx.actor, request.form
    group = await bank.get_group(actor=actor, group_id=group_id)
    kind = group.kind
    values = {k: (form.getlist(k) if k.endswith("answer") else form.get(k)) for k in form if k != "csrf_token"}
    data = group_data(form, kind)
    data.pop("kind")
    if kind != "B1":
        data.pop("shared_options", None)
    body, errors = check_form(GroupEditIn, data)
    if body is None:
        return await _form(request, kind=kind, values=values, errors=_keyed(errors), subs=_posted_subs(form),
                           item=group, status=422)
    try:
        result = await bank.edit_group(actor=actor, group_id=group_id, changes=body.model_dump(exclude_unset=True))
    except InvalidGroup as exc:
        errors = {e["path"]: e["message"] for e in exc.details.get("errors", [])}
        return await _form(request, kind=kind, values=values, errors=_keyed(errors), subs=_posted_subs(form),
                           item=group, status=exc.status)
    return go(request, f"/admin/bank/groups/{result.group.id}?notice={_outcome(result)}")


# ---------------------------------------------------------------- retire / restore

@bp.post("/bank/questions/<question_id:int>/retire")
@page
async def bank_retire_question(request: Request, question_id: int):
    await bank.retire_question(actor=request.ctx.actor, question_id=question_id)
    return go(request, f"/admin/bank/questions/{question_id}?notice=retired")


@bp.post("/bank/questions/<question_id:int>/restore")
@page
async def bank_restore_question(request: Request, question_id: int):
    await bank.restore_question(actor=request.ctx.actor, question_id=question_id)
    return go(request, f"/admin/bank/questions/{question_id}?notice=restored")


@bp.post("/bank/groups/<group_id:int>/retire")
@page
async def bank_retire_group(request: Request, group_id: int):
    await bank.retire_group(actor=request.ctx.actor, group_id=group_id)
    return go(request, f"/admin/bank/groups/{group_id}?notice=retired")


@bp.post("/bank/groups/<group_id:int>/restore")
@page
async def bank_restore_group(request: Request, group_id: int):
    await bank.restore_group(actor=request.ctx.actor, group_id=group_id)
    return go(request, f"/admin/bank/groups/{group_id}?notice=restored")
