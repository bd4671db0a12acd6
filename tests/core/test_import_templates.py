"""Every import kind's template passes its own checks (issue 10 point 5): the example row
of the downloaded template, imported as it is, is accepted.

Runs over every registered kind (core/import_jobs.py), through the console's template
download and the kind's own runner; a new kind needs its form fields and importer below.
"""
from __future__ import annotations

import io

from openpyxl import load_workbook

from core import import_jobs
from tests.admin_web.world import Pages, world

# What the console's form sends with the file, and who imports (username of tests.admin_web.world).
FORMS = {
    "physicians": ("hosp", lambda w: {"institution_id": w.t.hospital_a1.id, "enrol": False}),
    "questions": ("prov", lambda w: {}),
    "subordinates": ("prov", lambda w: {}),
    "bad_records": ("prov", lambda w: {}),
    "drugs": ("hosp", lambda w: {}),
    "diagnoses": ("hosp", lambda w: {}),
    "charge_items": ("hosp", lambda w: {}),
}
# Templates without an example row: a bad record's example would have to name a real
# physician by full ID number and name (the only rows its checks accept).
HEADER_ONLY = {"bad_records"}
ACTORS = {"hosp": lambda w: w.hospital, "prov": lambda w: w.province}


async def _no_progress(done: int, total: int) -> None:
    return None


async def test_each_kinds_example_row_is_accepted_as_downloaded(client):
    kinds = sorted(import_jobs._KINDS)
    assert {"physicians", "questions", "subordinates", "bad_records"} <= set(kinds)
    w = await world()
    for n, kind in enumerate(kinds):
        assert kind in FORMS, f"import kind {kind!r}: add its form fields and importer to FORMS in {__file__}"
        username, form = FORMS[kind]
        pages = Pages(client, ip=f"10.30.0.{n + 1}")
        await pages.login(username)
        answer = await pages.get(f"/api/admin/v1/imports/{kind}/template.xlsx")
        assert answer.status_code == 200, (kind, answer.status_code, answer.text[:200])
        content = answer.content
        sheet = load_workbook(io.BytesIO(content), read_only=True).worksheets[0]
        rows = [r for r in sheet.iter_rows(values_only=True) if any(v not in (None, "") for v in r)]
        if kind in HEADER_ONLY:
            assert len(rows) == 1, f"{kind}: the template is its header"
            continue
        assert len(rows) == 2, f"{kind}: the template has a header and one example row"

        runner, params, *_ = import_jobs._KINDS[kind]
        report = await runner(actor=ACTORS[username](w), content=content, progress=_no_progress,
                              **params.model_validate(form(w)).model_dump())
        assert report.ok, (kind, [(r.row, [(e.column, e.message) for e in r.errors]) for r in report.failed])
        assert len(report.rows) == 1
