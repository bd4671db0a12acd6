"""Physician import (xlsx): all or nothing with a row-by-row report, in the
background with progress, scoped to the caller's institutions."""
import asyncio
import io
import os
import subprocess
import sys

import pytest
from openpyxl import Workbook, load_workbook

from core.assessment import imports as physician_imports
from core.assessment.models import Enrolment, Physician
from core.errors import NotFound
from core.imports import MalformedFile, WrongColumns
from tests import factories

HEADER = ["姓名", "身份证号", "手机号", "执业类别", "专业", "执业证书编号"]


def sheet(rows, header=HEADER) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.append(header)
    for r in rows:
        ws.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


async def _world():
    t = await factories.tree()
    province = await factories.actor(t.province)
    cycle = await factories.open_cycle(province)
    hospital = await factories.actor(t.hospital_a1, roles=("institution_admin",))
    return t, cycle, hospital


async def test_a_clean_file_creates_and_enrols_everyone():
    t, cycle, hospital = await _world()
    a, b = factories.id_number(), factories.id_number()
    content = sheet([["王一", a, "13800000001", "临床", "内科", "L1"], ["王二", b.lower(), None, "中医", "", ""]])
    report = await physician_imports.import_physicians(actor=hospital, institution_id=t.hospital_a1.id,
                                                       content=content)
    assert report.ok and [c["row"] for c in report.created] == [2, 3]
    docs = await Physician.filter(institution_id=t.hospital_a1.id).order_by("id")
    assert [(d.name, d.id_number, d.practice_category) for d in docs] == [("王一", a, "临床"), ("王二", b, "中医")]
    assert await Enrolment.filter(cycle_id=cycle.id, confirmed=True).count() == 2


async def test_one_bad_row_imports_nothing_and_every_reason_is_reported():
    t, cycle, hospital = await _world()
    existing = await factories.physician(t.hospital_a2)
    good = factories.id_number()
    bad_check = good[:-1] + ("0" if good[-1] != "0" else "1")
    content = sheet([
        ["甲", good, "13800000001", "临床", "", ""],
        ["乙", bad_check, "", "临床", "", ""],
        ["丙", good, "", "临床", "", ""],
        ["", factories.id_number(), "12345", "临床", "", ""],
        ["丁", existing.id_number, "", "临床", "", ""],
    ])
    report = await physician_imports.import_physicians(actor=hospital, institution_id=t.hospital_a1.id,
                                                       content=content)
    assert not report.ok and report.created == []
    errors = {r.row: [(e.column, e.message) for e in r.errors] for r in report.failed}
    assert errors[3] == [("身份证号", "身份证号校验位错误")]
    assert errors[4] == [("身份证号", "身份证号在文件中重复（与第2行重复）")]
    assert ("姓名", "必填") in errors[5] and ("手机号", "格式不正确") in errors[5]
    assert errors[6] == [("身份证号", "该身份证号的医师已存在")]
    assert 2 not in errors
    assert await Physician.filter(institution_id=t.hospital_a1.id).count() == 0  # nothing half-written
    assert await Enrolment.all().count() == 0


async def test_unreadable_files_and_wrong_columns_are_clear_errors():
    t, cycle, hospital = await _world()
    with pytest.raises(MalformedFile):
        await physician_imports.import_physicians(actor=hospital, institution_id=t.hospital_a1.id,
                                                  content=b"PK\x03\x04 not really a workbook")
    with pytest.raises(WrongColumns) as exc:
        await physician_imports.import_physicians(actor=hospital, institution_id=t.hospital_a1.id,
                                                  content=sheet([["x", "y"]], header=["名字", "证件"]))
    assert "身份证号" in exc.value.details["missing"]


async def test_another_county_institution_is_out_of_reach():
    t, cycle, hospital = await _world()
    county = await factories.actor(t.county_a1)
    with pytest.raises(NotFound):
        await physician_imports.import_physicians(actor=county, institution_id=t.hospital_b1.id, enrol=False,
                                                  content=sheet([["甲", factories.id_number(), "", "临床", "", ""]]))
    assert not await Physician.exists()


async def _wait(client, settings, job_id):
    if not settings.redis_is_memory:  # real Redis: the arq worker process runs the job
        from core import jobs

        await jobs.close()
        env = dict(os.environ, DATABASE_URL=settings.database_url, REDIS_URL=settings.redis_url)
        done = await asyncio.to_thread(subprocess.run, [sys.executable, "-m", "core.cli", "worker", "--burst"],
                                       env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
    for _ in range(100):
        body = (await client.get(f"/api/admin/v1/imports/jobs/{job_id}")).json()
        if body["state"] in ("done", "failed"):
            return body
        await asyncio.sleep(0.05)
    raise AssertionError(body)


async def test_background_import_with_progress_and_report_download(client, settings):
    t, cycle, _ = await _world()
    await factories.admin(t.hospital_a1, username="hosp", roles=("institution_admin",))
    async with factories.AdminSession(client, "hosp") as hosp:
        r = await hosp.get("/api/admin/v1/imports/physicians/template.xlsx")
        assert list(load_workbook(io.BytesIO(r.content)).active.iter_rows(values_only=True))[0] == tuple(HEADER)
        bad = sheet([["甲", "123", "", "临床", "", ""]])
        r = await hosp.post("/api/admin/v1/imports/physicians", data={"institution_id": str(t.hospital_a1.id)},
                            files={"file": ("p.xlsx", bad)})
        assert r.status_code == 202
        body = await _wait(client, settings, r.json()["job_id"])
        assert body["state"] == "done" and body["result"]["ok"] is False and body["result"]["failed"] == 1
        rep = await hosp.get(f"/api/admin/v1/imports/jobs/{body['job_id']}/report.xlsx")
        rows = list(load_workbook(io.BytesIO(rep.content)).active.iter_rows(values_only=True))
        assert rows[0][-3:] == ("行号", "结果", "错误原因") and "身份证号" in rows[1][-1]
        good = sheet([["甲", factories.id_number(), "", "临床", "", ""]])
        r = await hosp.post("/api/admin/v1/imports/physicians", data={"institution_id": str(t.hospital_a1.id)},
                            files={"file": ("p.xlsx", good)})
        done = await _wait(client, settings, r.json()["job_id"])
        assert done["result"]["ok"] is True and done["done"] == done["total"] == 1
        assert await Enrolment.filter(cycle_id=cycle.id, physician__name="甲").exists()
        r = await hosp.post("/api/admin/v1/imports/physicians", data={"institution_id": "abc"},
                            files={"file": ("p.xlsx", bad)})
        assert r.status_code == 422 and r.json()["details"]["errors"][0]["path"] == "institution_id"
    await factories.admin(t.hospital_a1, username="viewer", roles=("viewer",))
    async with factories.AdminSession(client, "viewer") as viewer:
        r = await viewer.post("/api/admin/v1/imports/physicians", data={"institution_id": str(t.hospital_a1.id)},
                              files={"file": ("p.xlsx", good)})
        assert r.status_code == 403 and r.json()["details"]["permission"] == "physicians.write"
    await factories.admin(t.hospital_a1, username="other", roles=("institution_admin",))
    async with factories.AdminSession(client, "other") as other:
        r = await other.get(f"/api/admin/v1/imports/jobs/{body['job_id']}")
        assert r.status_code == 404  # only the administrator who started it
