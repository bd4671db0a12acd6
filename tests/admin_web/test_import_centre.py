"""The import centre: every import kind an administrator may use, one mechanism (template,
upload, background job with progress, row report); each template's example row passes
its own checks."""
from __future__ import annotations

import io
import re

from openpyxl import load_workbook

from core.accounts.models import AdminAccount
from core.assessment.models import BadRecord
from core.exam.models import Question
from core.orgs.models import OrgNode
from tests import factories
from tests.admin_web.test_pages import XLSX, _job
from tests.admin_web.world import Pages, world


def _rows(content: bytes) -> list[list]:
    return [list(r) for r in load_workbook(io.BytesIO(content)).active.iter_rows(values_only=True)]


async def _upload(pages: Pages, settings, kind: str, content: bytes) -> str:
    r = await pages.post(f"/admin/imports/{kind}", {}, files={"file": (f"{kind}.xlsx", content, XLSX)})
    assert r.status_code == 303, r.text
    return await _job(pages, settings, r.headers["location"].rsplit("/", 1)[1])


async def test_the_centre_lists_what_each_role_may_import(client):
    await world()
    prov = Pages(client)
    await prov.login("prov")
    home = await prov.get("/admin/")
    assert 'href="/admin/imports"' in home.text
    centre = await prov.get("/admin/imports")
    kinds = re.findall(r'data-import-kind="(\w+)"', centre.text)
    # physicians: institutions import their own; the 三大字典 are deployment-wide (dicts.medical)
    assert kinds == ["questions", "subordinates", "bad_records", "drugs", "diagnoses", "charge_items"]
    assert "data-no-jobs" in centre.text

    hosp = Pages(client, ip="10.20.0.2")
    await hosp.login("hosp")
    assert re.findall(r'data-import-kind="(\w+)"', (await hosp.get("/admin/imports")).text) == [
        "physicians", "drugs", "diagnoses", "charge_items"]
    r = await hosp.get("/admin/imports/questions")
    assert r.status_code == 403
    r = await hosp.post("/admin/imports/bad_records", {}, files={"file": ("b.xlsx", b"x", XLSX)})
    assert r.status_code == 403


async def test_question_template_example_imports_and_the_job_is_listed(client, settings):
    await world()
    pages = Pages(client)
    await pages.login("prov")
    template = await pages.get("/admin/imports/questions/template.xlsx")
    assert template.status_code == 200
    done = await _upload(pages, settings, "questions", template.content)
    assert "已导入 <b data-import-created>1</b> 道题目" in done
    assert await Question.filter(stem__contains="胸外按压").count() == 1
    # The same file again: every row refused (already in the bank), nothing written, the report says why.
    done = await _upload(pages, settings, "questions", template.content)
    assert "1</b> 行未通过校验" in done and "题库中已有相同题干的题目" in done
    assert await Question.filter(stem__contains="胸外按压").count() == 1
    centre = await pages.get("/admin/imports")
    assert len(re.findall(r"data-job-row=", centre.text)) == 2 and "已导入 1 道题目" in centre.text


async def test_subordinate_template_example_fits_the_one_downloading_it(client, settings):
    w = await world()
    pages = Pages(client)
    await pages.login("prov")
    template = await pages.get("/admin/imports/subordinates/template.xlsx")
    header, example = _rows(template.content)
    assert example[1] == "市卫健委" and example[3] == w.t.province.code
    done = await _upload(pages, settings, "subordinates", template.content)
    assert "已导入 <b data-import-created>1</b> 个机构" in done and "data-created-accounts" in done
    node = await OrgNode.get(code=example[2])
    assert node.parent_id == w.t.province.id and await AdminAccount.exists(username=example[6])
    # A second template download offers a code nobody uses yet.
    again = _rows((await pages.get("/admin/imports/subordinates/template.xlsx")).content)[1]
    assert again[2] != example[2]


async def test_bad_records_import_through_the_centre(client, settings):
    w = await world()
    doc = await factories.physician(w.t.hospital_a1, name="王医生")
    pages = Pages(client)
    await pages.login("prov")
    header = _rows((await pages.get("/admin/imports/bad_records/template.xlsx")).content)[0]
    assert header == ["身份证号", "姓名", "发生日期", "类别", "描述", "来源"]
    number = (await doc.__class__.get(id=doc.id)).id_number
    good = factories.imports_xlsx(header, [[number, "王医生", "2026-03-01", "医疗纠纷", "投诉", "市卫健委"]])
    done = await _upload(pages, settings, "bad_records", good)
    assert "已导入 <b data-import-created>1</b> 条不良记录" in done
    assert await BadRecord.filter(physician_id=doc.id).count() == 1
