"""The published review rules of this process, and the check of a prescription against them.

Why: every prescription is checked on signing (and previewed while the doctor writes), so the
published version is compiled once per process and kept; a version published by another process
is noticed within `RECHECK_SECONDS` (one indexed read of the published row's identity), one
published here at once. A review stores the version that produced its findings, so a later
publish never changes what an earlier review says.

`ensure_seeded` makes version 1 from the demo knowledge set (core/rx/rules/knowledge) when no
rule set exists yet: the demo, the test world and a fresh installation start from the same rules.
"""
from __future__ import annotations

import time

from tortoise.exceptions import IntegrityError

from core.db import transactional, utcnow
from core.rx.context import Finding, RxContext
from core.rx.models import Rule, RuleSet
from core.rx.rules import engine
from core.rx.rules.engine import CompiledRules
from core.rx.rules.kinds import check_rule
from core.rx.rules.knowledge import rules_from_knowledge

RECHECK_SECONDS = 2.0

# (identity of the published row, its compiled rules, when the identity was last read)
_cache: tuple[tuple, CompiledRules, float] | None = None


def forget() -> None:
    """Drop this process's compiled rules (a publish here, a seeded database)."""
    global _cache
    _cache = None


def _identity(rs: RuleSet) -> tuple:
    return rs.id, rs.version, rs.published_at.isoformat() if rs.published_at else ""


async def compile_version(rs: RuleSet) -> CompiledRules:
    rows = await Rule.filter(ruleset_id=rs.id).order_by("id")
    return engine.compile_rules(rs.version, rows)


async def published() -> CompiledRules:
    """The published version, compiled (seeded first on an empty installation)."""
    global _cache
    now = time.monotonic()
    if _cache is not None and now - _cache[2] < RECHECK_SECONDS:
        return _cache[1]
    rs = await RuleSet.filter(state="published").order_by("-version").first()
    if rs is None:
        await ensure_seeded()
        rs = await RuleSet.filter(state="published").order_by("-version").first()
    ident = _identity(rs)
    if _cache is not None and _cache[0] == ident:
        _cache = (ident, _cache[1], now)
        return _cache[1]
    compiled = await compile_version(rs)
    _cache = (ident, compiled, time.monotonic())
    return compiled


async def check(ctx: RxContext) -> tuple[int, list[Finding]]:
    """The findings of the published rules on `ctx`, with the version that produced them."""
    compiled = await published()
    return compiled.version, engine.evaluate(ctx, compiled)


def seed_rows() -> list[dict]:
    """The knowledge set's rules, each validated as a console save would."""
    rows = rules_from_knowledge()
    for row in rows:
        check_rule(row)
    return rows


async def ensure_seeded() -> bool:
    """Version 1, published, from the knowledge set, when there is no rule set at all. True when
    it was made now. Safe to run from several processes at once (the version is unique)."""
    if await RuleSet.exists():
        return False
    try:
        made = await _seed()
    except IntegrityError:
        made = False  # another process seeded it first
    forget()
    return made


@transactional
async def _seed() -> bool:
    from tortoise.transactions import in_transaction

    rows = seed_rows()
    async with in_transaction():
        if await RuleSet.exists():
            return False
        rs = await RuleSet.create(version=1, state="published", note="由演示药品知识集生成（core/rx/rules/knowledge）",
                                  published_at=utcnow())
        await Rule.bulk_create([Rule(ruleset_id=rs.id, **row) for row in rows])
    return True
