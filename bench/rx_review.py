"""Rule review of a 5-drug prescription against the whole rule set (issue 14: goal p99 <= 10 ms).

What it measures, in one process on one core:
  (a) `engine.evaluate` on five 5-drug prescriptions (pregnant, allergic, a child by weight, an
      infusion group, herbs) against version 1 as `ensure_seeded` writes it (the demo knowledge set);
  (b) the same against a large set: version 1 copied for `--copies` more formularies (other knowledge
      keys and classes), to show that a review touches only the rules of its own drugs;
  (c) with DATABASE_URL set: `service.check` (the cached published version, as the prescribing and
      review services call it) after `ensure_seeded` on that database, and the compile of the
      published version from its rows (what a process pays once per publish).
Prints p50 / p95 / p99 / max per review and reviews per second per core (reviews / CPU seconds).

    .venv/bin/python bench/rx_review.py [--reviews 20000] [--copies 100]
    DATABASE_URL=mysql://root:@127.0.0.1:3306/huiyi_bench REDIS_URL=redis://127.0.0.1:6379/14 \
        .venv/bin/python bench/rx_review.py
"""
from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import statistics
import sys
import time
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.rx.rules import engine  # noqa: E402
from core.rx.rules.service import seed_rows  # noqa: E402
from tests.rx.rules.helpers import ctx, item  # noqa: E402

PRESCRIPTIONS = [
    # The Done-when patient: pregnant (first trimester), allergic to penicillin, on warfarin.
    ctx(item(1, "metronidazole", 400), item(2, "amoxicillin", 500), item(3, "paracetamol", 1000, "qid"),
        item(4, "folic_acid", "0.4", "qd"), item(5, "vitamin_b6", 10, "tid"), pregnancy="pregnant",
        gestation_weeks=10, allergies=("penicillin", "头孢类过敏"), current=("warfarin", "levothyroxine"),
        diagnoses=("O21.0", "J06.9")),
    # A child of 4 years and 16 kg.
    ctx(item(1, "ibuprofen", 150), item(2, "montelukast", 4, "qd"), item(3, "azithromycin", 160, "qd"),
        item(4, "loratadine", 5, "qd"), item(5, "oseltamivir", 45, "bid", form="颗粒剂"), age_months=48, weight_kg=16,
        diagnoses=("J45.9", "J11.1")),
    # An infusion group and interacting oral drugs.
    ctx(item(1, "ceftriaxone", 2000, "qd", group_no=1), item(2, "calcium_gluconate", 1000, "qd", group_no=1),
        item(3, "sodium_chloride", 100, "qd", unit="ml", form="注射液", route="静脉滴注", group_no=1), item(4, "warfarin", 5, "qd"),
        item(5, "aspirin", 100, "qd"), diagnoses=("I48.9", "K25.3")),
    # Late pregnancy, hypertension.
    ctx(item(1, "labetalol", 200, "bid"), item(2, "nifedipine", 30, "qd"), item(3, "ferrous_succinate", 100, "tid"),
        item(4, "calcium_carbonate", 1500, "qd"), item(5, "ibuprofen", 400, "tid", override_reason="产后镇痛"),
        pregnancy="pregnant", gestation_weeks=34, diagnoses=("O13", "O99.0")),
    # A herbal prescription in pregnancy.
    ctx(*(item(i, k, 9, "qd", unit="g", form="饮片", route="煎服") for i, k in
          enumerate(("danggui", "gancao", "haizao", "honghua", "huangqi"), start=1)),
        pregnancy="pregnant", gestation_weeks=20, kind="herbal"),
]


def rows_of(copies: int) -> list:
    base = seed_rows()
    ids = itertools.count(1)
    rows = [SimpleNamespace(id=next(ids), enabled=True, **r) for r in base]
    keys = {r["subject"] for r in base if not r["subject"].startswith("class:")}
    keys |= {m for r in base if r["kind"] == "class" for m in r["params"]["members"]}

    def rename(name: str, n: int) -> str:
        return f"{name}_{n}" if name in keys or name.startswith("class:") else name

    for n in range(1, copies + 1):
        for r in base:
            params = dict(r["params"])
            if "other" in params:
                params["other"] = rename(params["other"], n)
            if "members" in params:
                params["members"] = [rename(m, n) for m in params["members"]]
            rows.append(SimpleNamespace(id=next(ids), enabled=True, **{**r, "subject": rename(r["subject"], n),
                                                                       "params": params}))
    return rows


def measure(label: str, compiled: engine.CompiledRules, reviews: int) -> None:
    for c in PRESCRIPTIONS * 200:  # warm up
        engine.evaluate(c, compiled)
    times, cpu_times = [], []
    cpu0 = time.process_time()
    for i in range(reviews):
        c = PRESCRIPTIONS[i % len(PRESCRIPTIONS)]
        t0, c0 = time.perf_counter_ns(), time.thread_time_ns()
        engine.evaluate(c, compiled)
        cpu_times.append(time.thread_time_ns() - c0)
        times.append(time.perf_counter_ns() - t0)
    cpu = time.process_time() - cpu0
    report(label, compiled.count, times, reviews / cpu, cpu_times)


def _q(times: list[int]) -> str:
    times.sort()
    q = statistics.quantiles(times, n=100)
    return f"p50 {q[49] / 1e6:.3f} ms, p95 {q[94] / 1e6:.3f} ms, p99 {q[98] / 1e6:.3f} ms, max {times[-1] / 1e6:.3f} ms"


def report(label: str, count: int, times: list[int], per_core: float, cpu_times: list[int] | None = None) -> None:
    """Wall time per review (what a caller waits, scheduler included) and, when given, the CPU
    time of the review itself (what the code costs, whatever else the machine runs)."""
    print(f"{label}: {count} rules, {len(times)} reviews | wall {_q(times)} | {per_core:,.0f} reviews/s per core")
    if cpu_times:
        print(f"    cpu per review: {_q(cpu_times)}")


async def with_database(reviews: int) -> None:
    from tortoise import Tortoise

    from core import cache, db
    from core.cli import migrate
    from core.rx.models import RuleSet
    from core.rx.rules import service
    from core.settings import get_settings

    settings = get_settings()
    await migrate()
    await db.init_db(settings.database_url)
    cache.set_client(cache.make_client(settings.redis_url))
    try:
        await service.ensure_seeded()
        rs = await RuleSet.filter(state="published").first()
        t0 = time.perf_counter()
        for _ in range(20):
            compiled = await service.compile_version(rs)
        print(f"compile of the published version {rs.version} from the database: "
              f"{(time.perf_counter() - t0) / 20 * 1000:.1f} ms ({compiled.count} rules)")
        await service.published()
        times = []
        cpu0 = time.process_time()
        for i in range(reviews):
            t0 = time.perf_counter_ns()
            await service.check(PRESCRIPTIONS[i % len(PRESCRIPTIONS)])
            times.append(time.perf_counter_ns() - t0)
        report("service.check (cached published version)", compiled.count, times,
               reviews / (time.process_time() - cpu0))
    finally:
        await cache.redis().aclose()
        await Tortoise.close_connections()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--reviews", type=int, default=20000)
    ap.add_argument("--copies", type=int, default=100)
    args = ap.parse_args()
    print(f"python {sys.version.split()[0]}, load {os.getloadavg()[0]:.2f}, one process")
    for i, c in enumerate(PRESCRIPTIONS, start=1):
        compiled = engine.compile_rules(1, rows_of(0))
        found = engine.evaluate(c, compiled)
        print(f"  prescription {i}: {len(c.items)} drugs, {len(found)} findings "
              f"({', '.join(sorted({f.kind + ':' + f.severity for f in found}))})")
    measure("(a) version 1 (demo knowledge set)", engine.compile_rules(1, rows_of(0)), args.reviews)
    t0 = time.perf_counter()
    large = engine.compile_rules(2, rows_of(args.copies))
    print(f"compile of {large.count} rules in memory: {(time.perf_counter() - t0) * 1000:.0f} ms")
    measure(f"(b) version 1 + {args.copies} copies", large, args.reviews)
    if os.environ.get("DATABASE_URL"):
        asyncio.run(with_database(args.reviews))


if __name__ == "__main__":
    main()
