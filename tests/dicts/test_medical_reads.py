"""The 三大字典's public reads other domains build on: searching drugs, diagnoses and charge items by
code, name and pinyin initials, and the checks that refuse an unknown or disabled row with a 422
naming it."""
from __future__ import annotations

import pytest

from core.dicts import medical
from core.dicts.models import ChargeItem, Diagnosis
from tests import factories


async def _diagnoses():
    await Diagnosis.create(code="O21.0", name="轻度妊娠剧吐", pinyin="QDRSJT")
    await Diagnosis.create(code="J06.9", name="急性上呼吸道感染", pinyin="JXSHXDGR")
    await Diagnosis.create(code="Z34.9", name="正常妊娠监督", pinyin="ZCRSJD", enabled=False)


async def test_search_drugs_by_name_code_pinyin_and_kind():
    amox = await factories.rx_drug("amoxicillin", pinyin="AMXLJN", trade_name="阿莫仙")
    await factories.rx_drug("paracetamol", pinyin="DYXAJFP")
    await factories.rx_drug("danggui", pinyin="DG")
    await factories.rx_drug("warfarin", enabled=False, pinyin="HFLNP")

    assert [d.id for d in await medical.search_drugs(q="阿莫")] == [amox.id]
    assert [d.id for d in await medical.search_drugs(q="阿莫仙")] == [amox.id]
    assert [d.id for d in await medical.search_drugs(q="amx")] == [amox.id]
    assert [d.code for d in await medical.search_drugs(q="D-amoxicillin")] == ["D-amoxicillin"]
    assert [d.generic_name for d in await medical.search_drugs(kind="herbal")] == ["当归"]
    assert await medical.search_drugs(q="华法林") == []
    found = await medical.search_drugs(q="华法林", enabled_only=False)
    assert [d.enabled for d in found] == [False]
    assert len(await medical.search_drugs(limit=2)) == 2
    assert len(await medical.search_drugs(q="x" * 500)) == 0  # bounded, no error


async def test_require_enabled_drugs_names_the_disabled_and_the_unknown():
    a = await factories.rx_drug("amoxicillin")
    w = await factories.rx_drug("warfarin", enabled=False)
    assert set(await medical.require_enabled_drugs([a.id, a.id])) == {a.id}
    with pytest.raises(Exception) as e:
        await medical.require_enabled_drugs([a.id, w.id])
    assert e.value.code == "dicts.drug_disabled" and e.value.status == 422
    assert "华法林钠片" in e.value.message and e.value.details["ids"] == [w.id]
    with pytest.raises(Exception) as e:
        await medical.require_enabled_drugs([a.id, 999999])
    assert e.value.code == "dicts.drug_unknown" and e.value.details["ids"] == [999999]
    # A disabled drug stays readable for old prescriptions.
    assert set(await medical.drugs_by_ids([a.id, w.id, 999999])) == {a.id, w.id}
    with pytest.raises(Exception) as e:
        await medical.require_enabled_drugs(range(1, 500))
    assert e.value.code == "dicts.too_many"


async def test_diagnoses_search_and_require():
    await _diagnoses()
    assert [d.code for d in await medical.search_diagnoses(q="妊娠")] == ["O21.0"]
    assert [d.code for d in await medical.search_diagnoses(q="j06")] == ["J06.9"]
    assert [d.code for d in await medical.search_diagnoses(q="jxshx")] == ["J06.9"]
    got = await medical.require_diagnoses(["j06.9", "O21.0"])
    assert [d.code for d in got] == ["J06.9", "O21.0"]
    with pytest.raises(Exception) as e:
        await medical.require_diagnoses(["O21.0", "Z34.9"])
    assert e.value.code == "dicts.diagnosis_disabled" and e.value.details["codes"] == ["Z34.9"]
    with pytest.raises(Exception) as e:
        await medical.require_diagnoses(["X99.9"])
    assert e.value.code == "dicts.diagnosis_unknown" and e.value.details["codes"] == ["X99.9"]


async def test_charge_items_search_and_require():
    cbc = await ChargeItem.create(code="L001", name="血常规", category="lab", price_fen=2000, pinyin="XCG",
                                  specimen="血液")
    us = await ChargeItem.create(code="I001", name="产科B超", category="imaging", price_fen=15000, pinyin="CKBC")
    fee = await ChargeItem.create(code="S900", name="配送费", category="delivery", price_fen=1000, pinyin="PSF")
    off = await ChargeItem.create(code="L002", name="尿常规", category="lab", price_fen=1000, enabled=False)
    assert [c.id for c in await medical.search_charge_items(q="xcg")] == [cbc.id]
    assert [c.id for c in await medical.search_charge_items(category="imaging")] == [us.id]
    assert [c.id for c in await medical.search_charge_items(q="常规")] == [cbc.id]
    assert [c.id for c in await medical.require_charge_items([us.id, cbc.id])] == [us.id, cbc.id]
    assert (await medical.delivery_fee()).id == fee.id
    with pytest.raises(Exception) as e:
        await medical.require_charge_items([off.id])
    assert e.value.code == "dicts.charge_item_disabled" and "尿常规" in e.value.message
    with pytest.raises(Exception) as e:
        await medical.require_charge_items([12345])
    assert e.value.code == "dicts.charge_item_unknown"
