"""Versions of the review rules (审方规则): drafts, rules edited inside a draft, publish, differences.

Why: a review records the rule version that produced its findings, so a published version must
never change: rules are edited only in a draft, a copy of the published version, and publishing the
draft retires the old one in the same transaction (exactly one is published at a time). One draft
at a time keeps the hospital from publishing over its own parallel edits. Everything here needs
`rx.rules` and is audited; the rules are one set for the deployment (RuleSet has no institution),
like the formulary's knowledge keys they name.
"""
from __future__ import annotations

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q
from tortoise.functions import Count
from tortoise.transactions import in_transaction

from core import scope
from core.audit import service as audit_service
from core.db import transactional, utcnow
from core.errors import Conflict
from core.outputs import RemovedOut
from core.principal import Principal
from core.rx.models import Rule, RuleSet
from core.rx.rules import service as rules_service
from core.rx.rules.errors import CodeTaken, DraftExists, NothingPublished, RuleNotFound, VersionFrozen, VersionNotFound
from core.rx.rules.kinds import KINDS, SEVERITY_LABELS, RuleIn, check_rule
from core.rx.rules.schemas import (
    ChangedRuleOut, DiffOut, DraftIn, PublishIn, RuleFilter, RuleOut, RulePage, RuleSetOut, VersionsOut,
)

PERMISSION = "rx.rules"
STATE_LABELS = {"draft": "草稿", "published": "已发布", "retired": "已停用"}
MAX_RULES = 5000  # per version: far above any formulary's knowledge, low enough to compile in milliseconds
_COMPARED = ("kind", "subject", "params", "severity", "message", "source", "enabled")


def _set_out(rs: RuleSet, count: int) -> RuleSetOut:
    return RuleSetOut(id=rs.id, version=rs.version, state=rs.state, state_label=STATE_LABELS.get(rs.state, rs.state),
                      note=rs.note, based_on=rs.based_on, created_by_id=rs.created_by_id, created_at=rs.created_at,
                      published_at=rs.published_at, published_by_id=rs.published_by_id, rule_count=count)


def _rule_out(r: Rule, version: int) -> RuleOut:
    return RuleOut(id=r.id, version=version, code=r.code, kind=r.kind, kind_label=KINDS.get(r.kind, r.kind),
                   subject=r.subject, params=r.params, severity=r.severity,
                   severity_label=SEVERITY_LABELS.get(r.severity, r.severity), message=r.message, source=r.source,
                   enabled=r.enabled)


def _snapshot(r: Rule | RuleIn) -> dict:
    return {"code": r.code, **{k: getattr(r, k) for k in _COMPARED}}


async def _counts(ids) -> dict[int, int]:
    rows = await Rule.filter(ruleset_id__in=list(ids)).group_by("ruleset_id").annotate(n=Count("id")) \
        .values("ruleset_id", "n")
    return {row["ruleset_id"]: row["n"] for row in rows}


async def _get(version: int, *, lock: bool = False) -> RuleSet:
    qs = RuleSet.filter(version=version)
    rs = await (qs.select_for_update() if lock else qs).first()
    if rs is None:
        raise VersionNotFound(details={"version": version})
    return rs


async def _draft(version: int) -> RuleSet:
    """The version, locked, when it is a draft (a published or retired version never changes)."""
    rs = await _get(version, lock=True)
    if rs.state != "draft":
        raise VersionFrozen(details={"version": version, "state": rs.state})
    return rs


async def list_versions(*, actor: Principal) -> VersionsOut:
    """Every version, newest first (an installation without rules gets version 1 here, as on its
    first check: the console never opens on nothing to copy a draft from)."""
    await scope.require(actor, PERMISSION)
    await rules_service.ensure_seeded()
    sets = await RuleSet.all().order_by("-version").limit(500)
    counts = await _counts(s.id for s in sets)
    return VersionsOut(items=[_set_out(s, counts.get(s.id, 0)) for s in sets])


async def get_version(*, actor: Principal, version: int) -> RuleSetOut:
    await scope.require(actor, PERMISSION)
    rs = await _get(version)
    return _set_out(rs, await Rule.filter(ruleset_id=rs.id).count())


async def list_rules(*, actor: Principal, version: int, filters: RuleFilter, limit: int = 50,
                     offset: int = 0) -> RulePage:
    await scope.require(actor, PERMISSION)
    rs = await _get(version)
    qs = Rule.filter(ruleset_id=rs.id)
    if filters.kind:
        qs = qs.filter(kind=filters.kind)
    if filters.severity:
        qs = qs.filter(severity=filters.severity)
    if filters.subject:
        qs = qs.filter(subject__icontains=filters.subject.strip())
    if filters.enabled is not None:
        qs = qs.filter(enabled=filters.enabled)
    if filters.q:
        q = filters.q.strip()
        qs = qs.filter(Q(code__icontains=q) | Q(message__icontains=q) | Q(source__icontains=q))
    total = await qs.count()
    rows = await qs.order_by("kind", "subject", "code").offset(offset).limit(limit)
    return RulePage(total=total, page=offset // max(limit, 1) + 1, page_size=limit,
                    items=[_rule_out(r, rs.version) for r in rows])


async def get_rule(*, actor: Principal, version: int, rule_id: int) -> RuleOut:
    await scope.require(actor, PERMISSION)
    rs = await _get(version)
    rule = await Rule.get_or_none(id=rule_id, ruleset_id=rs.id)
    if rule is None:
        raise RuleNotFound(details={"rule_id": rule_id})
    return _rule_out(rule, rs.version)


@transactional
async def new_draft(*, actor: Principal, data: DraftIn) -> RuleSetOut:
    """A draft: a copy of the published version's rules under the next version number."""
    await scope.require(actor, PERMISSION)
    try:
        async with in_transaction():
            if await RuleSet.filter(state="draft").exists():
                raise DraftExists()
            base = await RuleSet.filter(state="published").order_by("-version").first()
            if base is None:
                raise NothingPublished()
            last = await RuleSet.all().order_by("-version").first()
            rs = await RuleSet.create(version=last.version + 1, state="draft", note=data.note, based_on=base.version,
                                      created_by_id=actor.id)
            rows = await Rule.filter(ruleset_id=base.id).order_by("id")
            await Rule.bulk_create([Rule(ruleset_id=rs.id, **{k: getattr(r, k) for k in ("code", *_COMPARED)})
                                    for r in rows])
            await audit_service.record(actor=actor, action="rx.rules.draft", target_type="rx_ruleset",
                                       target_id=rs.version, after={"based_on": base.version, "note": data.note,
                                                                    "rules": len(rows)})
    except IntegrityError as exc:  # another draft made at the same moment took the version number
        raise DraftExists() from exc
    return _set_out(rs, len(rows))


def _checked(data: RuleIn) -> RuleIn:
    rule, _ = check_rule(data.model_dump())
    return rule


@transactional
async def create_rule(*, actor: Principal, version: int, data: RuleIn) -> RuleOut:
    await scope.require(actor, PERMISSION)
    data = _checked(data)
    try:
        async with in_transaction():
            rs = await _draft(version)
            if await Rule.filter(ruleset_id=rs.id).count() >= MAX_RULES:
                raise Conflict(f"一个版本最多{MAX_RULES}条规则", code="rx.rules_too_many")
            if await Rule.filter(ruleset_id=rs.id, code=data.code).exists():
                raise CodeTaken(details={"code": data.code})
            rule = await Rule.create(ruleset_id=rs.id, **data.model_dump())
            await audit_service.record(actor=actor, action="rx.rules.rule_create", target_type="rx_rule",
                                       target_id=rule.id, after={"version": version, **_snapshot(data)})
    except IntegrityError as exc:
        raise CodeTaken(details={"code": data.code}) from exc
    return _rule_out(rule, version)


@transactional
async def update_rule(*, actor: Principal, version: int, rule_id: int, data: RuleIn) -> RuleOut:
    await scope.require(actor, PERMISSION)
    data = _checked(data)
    try:
        async with in_transaction():
            rs = await _draft(version)
            rule = await Rule.filter(id=rule_id, ruleset_id=rs.id).select_for_update().first()
            if rule is None:
                raise RuleNotFound(details={"rule_id": rule_id})
            if data.code != rule.code and await Rule.filter(ruleset_id=rs.id, code=data.code).exists():
                raise CodeTaken(details={"code": data.code})
            before = _snapshot(rule)
            rule.update_from_dict(data.model_dump())
            await rule.save()
            await audit_service.record(actor=actor, action="rx.rules.rule_update", target_type="rx_rule",
                                       target_id=rule.id, before={"version": version, **before},
                                       after={"version": version, **_snapshot(data)})
    except IntegrityError as exc:
        raise CodeTaken(details={"code": data.code}) from exc
    return _rule_out(rule, version)


@transactional
async def delete_rule(*, actor: Principal, version: int, rule_id: int) -> RemovedOut:
    await scope.require(actor, PERMISSION)
    async with in_transaction():
        rs = await _draft(version)
        rule = await Rule.get_or_none(id=rule_id, ruleset_id=rs.id)
        if rule is None:
            raise RuleNotFound(details={"rule_id": rule_id})
        before = _snapshot(rule)
        await rule.delete()
        await audit_service.record(actor=actor, action="rx.rules.rule_delete", target_type="rx_rule",
                                   target_id=rule_id, before={"version": version, **before})
    return RemovedOut(deleted=rule_id)


@transactional
async def delete_draft(*, actor: Principal, version: int) -> RemovedOut:
    """A draft given up (its rules with it); published and retired versions stay for ever."""
    await scope.require(actor, PERMISSION)
    async with in_transaction():
        rs = await _draft(version)
        count = await Rule.filter(ruleset_id=rs.id).count()
        await Rule.filter(ruleset_id=rs.id).delete()
        await rs.delete()
        await audit_service.record(actor=actor, action="rx.rules.draft_delete", target_type="rx_ruleset",
                                   target_id=version, before={"note": rs.note, "rules": count})
    return RemovedOut(deleted=version)


@transactional
async def publish(*, actor: Principal, version: int, data: PublishIn) -> RuleSetOut:
    """The draft becomes the published version and the one before is retired, in one transaction;
    reviews go on naming the version that produced their findings."""
    await scope.require(actor, PERMISSION)
    async with in_transaction():
        rs = await _draft(version)
        for row in await Rule.filter(ruleset_id=rs.id):  # rows written around the console are checked too
            check_rule(_snapshot(row))
        old = await RuleSet.filter(state="published").select_for_update()
        for o in old:
            o.state = "retired"
            await o.save(update_fields=["state"])
        rs.state, rs.published_at, rs.published_by_id = "published", utcnow(), actor.id
        if data.note is not None:
            rs.note = data.note
        await rs.save(update_fields=["state", "published_at", "published_by_id", "note"])
        count = await Rule.filter(ruleset_id=rs.id).count()
        await audit_service.record(actor=actor, action="rx.rules.publish", target_type="rx_ruleset",
                                   target_id=version, before={"published": [o.version for o in old]},
                                   after={"version": version, "note": rs.note, "rules": count})
    rules_service.forget()  # this process at once; the others within RECHECK_SECONDS
    return _set_out(rs, count)


async def diff(*, actor: Principal, base: int, other: int) -> DiffOut:
    """What `other` adds, removes and changes against `base`, rule by rule (by code)."""
    await scope.require(actor, PERMISSION)
    a, b = await _get(base), await _get(other)
    left = {r.code: r for r in await Rule.filter(ruleset_id=a.id)}
    right = {r.code: r for r in await Rule.filter(ruleset_id=b.id)}
    changed = []
    for code in sorted(left.keys() & right.keys()):
        fields = [k for k in _COMPARED if getattr(left[code], k) != getattr(right[code], k)]
        if fields:
            changed.append(ChangedRuleOut(code=code, fields=fields, before=_rule_out(left[code], base),
                                          after=_rule_out(right[code], other)))
    return DiffOut(base=base, other=other,
                   added=[_rule_out(right[c], other) for c in sorted(right.keys() - left.keys())],
                   removed=[_rule_out(left[c], base) for c in sorted(left.keys() - right.keys())],
                   changed=changed)
