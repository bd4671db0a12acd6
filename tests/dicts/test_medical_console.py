"""The 三大字典 in the console: create (409 on a taken code), edit, batch enable/disable with each row's
outcome, filters, the xlsx export read back and imported again (round trip), an import with bad
rows writing nothing, and everything audited; without `dicts.medical` nothing is allowed."""
from __future__ import annotations

import io

import pytest
from openpyxl import Workbook, load_workbook

from core.audit.models import AuditLog
from core.dicts import medical
from core.dicts.models import ChargeItem, Diagnosis, Drug
from core.dicts.schemas import DiagnosisIn, DrugEditIn, DrugIn
from tests import factories

DRUG = dict(code="YP001", kind="western", generic_name="阿莫西林胶囊", trade_name="阿莫仙", form="胶囊",
            strength="0.25g*24粒", strength_value="250", dose_unit="mg", unit="盒", pack_size=24, route="口服",
            price_fen=1850, insurance_code="XJ01CAA040E001010100001", pinyin="AMXLJN")


async def _actors():
    t = await factories.tree()
    admin = await factories.admin(t.hospital_a1, roles=("institution_admin",))
    pharmacist = await factories.admin(t.hospital_a1, roles=("pharmacist",))
    return factories.principal_for(admin, t.hospital_a1), factories.principal_for(pharmacist, t.hospital_a1)


def _sheet(headers, *rows) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.append(list(headers))
    for r in rows:
        ws.append(list(r))
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


async def test_create_edit_enable_and_audit():
    actor, pharmacist = await _actors()
    d = await medical.create_entry(actor=actor, dictionary="drugs", data=DrugIn(**DRUG))
    assert d.code == "YP001" and d.price_fen == 1850 and d.enabled
    with pytest.raises(Exception) as e:
        await medical.create_entry(actor=actor, dictionary="drugs", data=DrugIn(**DRUG))
    assert e.value.status == 409 and e.value.code == "dicts.medical_code_taken"
    assert await Drug.filter(code="YP001").count() == 1

    d = await medical.update_entry(actor=actor, dictionary="drugs", entry_id=d.id,
                                   data=DrugEditIn(price_fen=1990, trade_name=""))
    assert (d.price_fen, d.trade_name, d.generic_name) == (1990, "", "阿莫西林胶囊")

    dx = await medical.create_entry(actor=actor, dictionary="diagnoses",
                                    data=DiagnosisIn(code="O21.0", name="轻度妊娠剧吐"))
    rows = await medical.set_enabled(actor=actor, dictionary="diagnoses", ids=[dx.id, 999999], enabled=False)
    assert [(r.id, r.ok) for r in rows] == [(dx.id, True), (999999, False)]
    assert not (await Diagnosis.get(id=dx.id)).enabled
    rows = await medical.set_enabled(actor=actor, dictionary="diagnoses", ids=[dx.id], enabled=False)
    assert rows[0].ok and rows[0].message == "已停用"  # already so: nothing changes, nothing audited

    actions = [a.action for a in await AuditLog.filter(target_type__in=["Drug", "Diagnosis"]).order_by("seq")]
    assert actions == ["dicts.drugs.create", "dicts.drugs.update", "dicts.diagnoses.create",
                       "dicts.diagnoses.disable"]

    for call in (medical.list_entries(actor=pharmacist, dictionary="drugs"),
                 medical.create_entry(actor=pharmacist, dictionary="drugs", data=DrugIn(**{**DRUG, "code": "X"})),
                 medical.set_enabled(actor=pharmacist, dictionary="drugs", ids=[d.id], enabled=False)):
        with pytest.raises(Exception) as e:
            await call
        assert e.value.status == 403
    assert (await Drug.get(id=d.id)).enabled


async def test_filters_and_paging():
    actor, _ = await _actors()
    for key in ("amoxicillin", "paracetamol", "danggui", "gancao"):
        await factories.rx_drug(key)
    await factories.rx_drug("warfarin", enabled=False)
    page = await medical.list_entries(actor=actor, dictionary="drugs", kind="herbal")
    assert page.total == 2 and {d.generic_name for d in page.items} == {"当归", "甘草"}
    page = await medical.list_entries(actor=actor, dictionary="drugs", enabled=False)
    assert [d.generic_name for d in page.items] == ["华法林钠片"]
    page = await medical.list_entries(actor=actor, dictionary="drugs", q="对乙酰")
    assert [d.generic_name for d in page.items] == ["对乙酰氨基酚片"]
    page = await medical.list_entries(actor=actor, dictionary="drugs", page=2, page_size=2)
    assert page.total == 5 and len(page.items) == 2 and page.page == 2
    with pytest.raises(Exception) as e:
        await medical.list_entries(actor=actor, dictionary="nonsense")
    assert e.value.status == 404


async def test_export_then_import_round_trip_updates_and_creates():
    actor, _ = await _actors()
    await factories.rx_drug("amoxicillin", pinyin="AMXLJN")
    await factories.rx_drug("danggui", pinyin="DG")
    data = await medical.export_xlsx(actor=actor, dictionary="drugs")
    ws = load_workbook(io.BytesIO(data)).worksheets[0]
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    header = rows[0]
    assert header == list(medical.SPECS["drugs"].columns)
    amox = next(r for r in rows[1:] if r[0] == "D-amoxicillin")
    assert amox[header.index("单价（元）")] == "18.50" and amox[header.index("类别")] == "西药"
    amox[header.index("单价（元）")] = "19.9"
    new = list(amox)
    new[0], new[header.index("通用名")], new[header.index("启用")] = "YP-NEW", "新药片", "否"
    report = await medical.import_entries(actor=actor, dictionary="drugs", content=_sheet(header, *rows[1:], new))
    assert report.ok, [r.to_dict() for r in report.failed]
    assert (await Drug.get(code="D-amoxicillin")).price_fen == 1990
    n = await Drug.get(code="YP-NEW")
    assert (n.generic_name, n.enabled, n.price_fen, n.kind) == ("新药片", False, 1990, "western")
    assert await Drug.all().count() == 3


async def test_import_with_bad_rows_writes_nothing():
    actor, _ = await _actors()
    cols = list(medical.SPECS["charge_items"].columns)
    good = ["L001", "血常规", "检验", "次", "20", "", "血液", "XCG", "是"]
    rows = [good, ["L001", "重复", "检验", "次", "1", "", "", "", "是"], ["L003", "尿常规", "火箭", "次", "1.234", "",
                                                                      "", "", "是"]]
    report = await medical.import_entries(actor=actor, dictionary="charge_items", content=_sheet(cols, *rows))
    assert not report.ok
    errs = {r.row: [(e.column, e.message) for e in r.errors] for r in report.failed}
    assert "编码在文件中重复" in errs[3][0][1]
    assert {c for c, _ in errs[4]} == {"类别", "单价（元）"}
    assert await ChargeItem.all().count() == 0
    cols_dx = list(medical.SPECS["diagnoses"].columns)
    report = await medical.import_entries(actor=actor, dictionary="diagnoses",
                                          content=_sheet(cols_dx, ["o21.0", "轻度妊娠剧吐", "", "是"],
                                                         ["bad", "x", "", "是"]))
    assert not report.ok and [r.row for r in report.failed] == [3]
    assert await Diagnosis.all().count() == 0
