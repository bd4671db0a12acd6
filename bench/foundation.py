"""Foundation figures: scoped list latency with many physicians, audit-chain
append throughput, admin password verification cost.

    DATABASE_URL=mysql://root:@127.0.0.1:3306/huiyi_bench REDIS_URL=redis://127.0.0.1:6379/14 \
        .venv/bin/python bench/foundation.py --physicians 50000

The database must be empty and migrated (`python -m core.cli migrate`).
"""
from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core import cache, crypto, db, idcard  # noqa: E402
from core.accounts import passwords  # noqa: E402
from core.assessment import service as assessment_service  # noqa: E402
from core.assessment.models import Physician  # noqa: E402
from core.audit import service as audit_service  # noqa: E402
from core.orgs.models import OrgKind, OrgNode  # noqa: E402
from core.principal import Principal  # noqa: E402
from core.accounts.permissions import permissions_for  # noqa: E402
from core.settings import get_settings  # noqa: E402


def pct(samples: list[float], p: float) -> float:
    s = sorted(samples)
    return s[min(len(s) - 1, int(len(s) * p))] * 1000


async def build(n_physicians: int, n_institutions: int) -> tuple[OrgNode, list[OrgNode]]:
    async def node(parent, kind, name, code):
        o = await OrgNode.create(name=name, kind=kind, code=code, parent_id=parent.id if parent else None,
                                 level=(parent.level + 1) if parent else 0)
        o.path = (parent.path if parent else "/") + f"{o.id}/"
        await o.save(update_fields=["path"])
        return o

    province = await node(None, OrgKind.PROVINCE, "省", "BP")
    counties = []
    for c in range(10):
        city = await node(province, OrgKind.CITY, f"市{c}", f"BC{c}")
        for k in range(5):
            counties.append(await node(city, OrgKind.COUNTY, f"县{c}-{k}", f"B{c}-{k}"))
    insts = [await node(counties[i % len(counties)], OrgKind.MEDICAL, f"院{i}", f"BI{i}")
             for i in range(n_institutions)]
    batch = []
    for i in range(n_physicians):
        number = idcard.with_check_digit(f"{420000 + i // 1000:06d}19800101{i % 1000:03d}")
        batch.append(Physician(name=f"医师{i}", id_number=number, institution_id=insts[i % len(insts)].id,
                               id_number_bidx=crypto.blind_index(number, purpose="id_number"),
                               phone=f"139{i:08d}", phone_bidx=crypto.blind_index(f"139{i:08d}", purpose="phone")))
        if len(batch) == 2000:
            await Physician.bulk_create(batch)
            batch = []
    if batch:
        await Physician.bulk_create(batch)
    return counties[0], insts


async def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--physicians", type=int, default=50_000)
    ap.add_argument("--institutions", type=int, default=500)
    ap.add_argument("--samples", type=int, default=200)
    args = ap.parse_args()
    s = get_settings()
    await db.init_db(s.database_url)
    cache.set_client(cache.make_client(s.redis_url))
    await audit_service.ensure_head()
    if await Physician.exists():
        sys.exit("database not empty")
    t0 = time.perf_counter()
    county, _ = await build(args.physicians, args.institutions)
    print(f"loaded {args.physicians} physicians / {args.institutions} institutions "
          f"in {time.perf_counter() - t0:.1f} s ({db.dialect_of(s.database_url)})")

    actor = Principal(kind="admin", id=1, name="bench", org_id=county.id, org_path=county.path,
                      roles=("commission_admin",), permissions=permissions_for(["commission_admin"]))
    root = await OrgNode.get(level=0)
    province = Principal(kind="admin", id=2, name="bench-p", org_id=root.id, org_path=root.path,
                         roles=("commission_admin",), permissions=permissions_for(["commission_admin"]))
    for label, who in (("county", actor), ("province", province)):
        times = []
        for i in range(args.samples):
            t = time.perf_counter()
            total, rows = await assessment_service.list_physicians(actor=who, limit=20, offset=(i % 10) * 20)
            times.append(time.perf_counter() - t)
        print(f"scoped list ({label}, {total} in scope, page of 20 + count): "
              f"p50 {pct(times, .5):.1f} ms, p95 {pct(times, .95):.1f} ms")
        times = []
        for i in range(args.samples):
            t = time.perf_counter()
            await assessment_service.list_physicians(actor=who, id_number=f"{420000 + i % 50:06d}19800101001X")
            times.append(time.perf_counter() - t)
        print(f"blind-index lookup ({label}): p50 {pct(times, .5):.1f} ms, p95 {pct(times, .95):.1f} ms")

    n = 500
    t = time.perf_counter()
    for i in range(n):
        await audit_service.record(actor=actor, action="bench.append", target_id=i)
    seq = time.perf_counter() - t
    t = time.perf_counter()
    await asyncio.gather(*[audit_service.record(actor=actor, action="bench.concurrent", target_id=i)
                           for i in range(n)])
    conc = time.perf_counter() - t
    print(f"audit append: sequential {n / seq:.0f} rows/s, 500 concurrent {n / conc:.0f} rows/s")
    t = time.perf_counter()
    report = await audit_service.verify_chain()
    print(f"verify-audit: {report.rows} rows in {time.perf_counter() - t:.2f} s, intact={report.ok}")
    h = passwords.hash_password("Bench#Pass2026")
    times = []
    for _ in range(20):
        t = time.perf_counter()
        passwords.verify_password(h, "Bench#Pass2026")
        times.append(time.perf_counter() - t)
    print(f"argon2id verify: median {statistics.median(times) * 1000:.0f} ms")
    await db.close_db()


if __name__ == "__main__":
    asyncio.run(main())
