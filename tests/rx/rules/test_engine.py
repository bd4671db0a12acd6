"""The review rules engine against version 1 (the demo knowledge set): the cases the contract
requires of it (pregnancy, allergy, interaction, injection compatibility, adult and child dosing
with and without the doctor's reason, paediatric age, herbal 十八反 and 妊娠禁忌, duplicate therapy),
plus the rest of the kinds. Pure: the rules are compiled in memory from the knowledge set as
`ensure_seeded` writes them."""
from __future__ import annotations

import itertools
from types import SimpleNamespace

import pytest

from core.rx.rules import engine
from core.rx.rules.service import seed_rows
from tests.rx.rules.helpers import ctx, item

pytestmark = pytest.mark.nodb


@pytest.fixture(scope="module")
def compiled():
    ids = itertools.count(1)
    rows = [SimpleNamespace(id=next(ids), enabled=True, **r) for r in seed_rows()]
    return engine.compile_rules(1, rows)


def run(compiled, c):
    return engine.evaluate(c, compiled)


def of(findings, kind, severity=None):
    return [f for f in findings if f.kind == kind and (severity is None or f.severity == severity)]


def test_amoxicillin_for_a_penicillin_allergy_is_an_error(compiled):
    found = run(compiled, ctx(item(1, "amoxicillin", 500), allergies=("penicillin",)))
    errors = of(found, "allergy", "error")
    assert errors and errors[0].items == (1,) and "阿莫西林" not in errors[0].rule_code
    assert "过敏" in errors[0].message and errors[0].version == 1 and errors[0].rule_code == "ALG-c_penicillin"
    # Free text in Chinese works too, and a patient without the allergy gets nothing of the kind.
    assert of(run(compiled, ctx(item(1, "amoxicillin", 500), allergies=("青霉素过敏",))), "allergy", "error")
    assert not of(run(compiled, ctx(item(1, "amoxicillin", 500))), "allergy")


def test_cephalosporins_for_a_penicillin_allergy_warn(compiled):
    found = run(compiled, ctx(item(1, "cefuroxime", 250, "bid"), allergies=("penicillin",)))
    assert [f.severity for f in of(found, "allergy")] == ["warning"]


def test_metronidazole_warns_in_the_first_trimester_only(compiled):
    early = of(run(compiled, ctx(item(1, "metronidazole", 400), pregnancy="pregnant", gestation_weeks=10)), "pregnancy")
    assert [f.severity for f in early] == ["warning"] and "妊娠10周" in early[0].message
    late = of(run(compiled, ctx(item(1, "metronidazole", 400), pregnancy="pregnant", gestation_weeks=28)), "pregnancy")
    assert all(f.severity == "info" for f in late)
    assert not of(run(compiled, ctx(item(1, "metronidazole", 400))), "pregnancy")


@pytest.mark.parametrize("key,dose", [("misoprostol", "0.2"), ("isotretinoin", 20), ("warfarin", "2.5")])
@pytest.mark.parametrize("weeks", [6, 20, 36, None])
def test_teratogens_in_pregnancy_are_errors(compiled, key, dose, weeks):
    found = of(run(compiled, ctx(item(1, key, dose, "qd"), pregnancy="pregnant", gestation_weeks=weeks)), "pregnancy")
    assert [f.severity for f in found] == ["error"]


def test_warfarin_with_aspirin_is_an_error_also_against_current_medication(compiled):
    found = of(run(compiled, ctx(item(1, "warfarin", "2.5", "qd"), item(2, "aspirin", 100, "qd"))), "interaction")
    assert [(f.severity, f.items) for f in found] == [("error", (1, 2))]
    # The patient already takes warfarin; the doctor adds aspirin: found from the rule's other side.
    current = of(run(compiled, ctx(item(1, "aspirin", 100, "qd"), current=("warfarin",))), "interaction", "error")
    assert current and current[0].items == (1,) and "正在使用" in current[0].message
    current = of(run(compiled, ctx(item(1, "warfarin", "2.5", "qd"), current=("aspirin",))), "interaction", "error")
    assert current


def test_ceftriaxone_and_calcium_in_one_infusion_group_is_an_error(compiled):
    same = run(compiled, ctx(item(1, "ceftriaxone", 1000, "qd", group_no=1),
                             item(2, "calcium_gluconate", 1000, "qd", group_no=1)))
    assert [(f.severity, f.items) for f in of(same, "compatibility")] == [("error", (1, 2))]
    apart = run(compiled, ctx(item(1, "ceftriaxone", 1000, "qd", group_no=1),
                              item(2, "calcium_gluconate", 1000, "qd", group_no=2)))
    assert not of(apart, "compatibility")


def test_paracetamol_adult_dosing(compiled):
    assert not of(run(compiled, ctx(item(1, "paracetamol", 1000, "qid"))), "dose")
    assert not of(run(compiled, ctx(item(1, "paracetamol", 1, "qid", unit="g"))), "dose")  # the same in grams
    over = of(run(compiled, ctx(item(1, "paracetamol", 1500, "tid"))), "dose")
    assert [f.severity for f in over] == ["error"] and "单次1500mg超过上限1000mg" in over[0].message
    daily = of(run(compiled, ctx(item(1, "paracetamol", 1000, "prn"))), "dose")
    assert daily == []  # prn counts four times a day: 4 g, still in range
    too_often = of(run(compiled, ctx(item(1, "paracetamol", 1000, "qid"), item(2, "paracetamol", 500, "qd"))), "dose")
    assert too_often == []  # per item; the duplicate rule is what sees two paracetamol items
    reason = of(run(compiled, ctx(item(1, "paracetamol", 1500, "tid", override_reason="术后镇痛，已评估肝功能"))), "dose")
    assert [f.severity for f in reason] == ["warning"] and "术后镇痛" in reason[0].message


def test_ibuprofen_for_a_child_by_weight(compiled):
    child = dict(age_months=48, weight_kg=16)  # 4 years, 16 kg: at most 160 mg a dose, 640 mg a day
    assert not of(run(compiled, ctx(item(1, "ibuprofen", 150, "tid"), **child)), "dose")
    over = of(run(compiled, ctx(item(1, "ibuprofen", 200, "tid"), **child)), "dose")
    assert [f.severity for f in over] == ["error"] and "10mg/kg×16kg" in over[0].message
    daily = of(run(compiled, ctx(item(1, "ibuprofen", 150, "prn"), **child)), "dose")
    assert daily == []  # 600 mg a day at most
    daily = of(run(compiled, ctx(item(1, "ibuprofen", 160, "q6h"), weight_kg=15, age_months=48)), "dose")
    assert daily and "每日640mg" in daily[0].message  # 4 x 160 > 40 mg/kg x 15 kg = 600
    # A heavy child is capped by the absolute limits, not by the weight.
    capped = of(run(compiled, ctx(item(1, "ibuprofen", 450, "tid"), age_months=130, weight_kg=60)), "dose")
    assert capped and "上限400" in capped[0].message
    # No weight recorded: the absolute caps still hold.
    assert of(run(compiled, ctx(item(1, "ibuprofen", 450, "tid"), age_months=48, weight_kg=None)), "dose")


def test_montelukast_under_two_years_is_an_error(compiled):
    young = of(run(compiled, ctx(item(1, "montelukast", 4, "qd"), age_months=18, weight_kg=11)), "paediatric")
    assert [f.severity for f in young] == ["error"] and "18个月" in young[0].message
    assert not of(run(compiled, ctx(item(1, "montelukast", 4, "qd"), age_months=36, weight_kg=14)), "paediatric")
    # Granules are for 6 months and up.
    granules = run(compiled, ctx(item(1, "montelukast", 4, "qd", form="颗粒剂"), age_months=12, weight_kg=9))
    assert not of(granules, "paediatric")


def test_herbal_eighteen_incompatibilities_and_pregnancy(compiled):
    pair = run(compiled, ctx(item(1, "gancao", 6, "qd", unit="g", form="饮片", route="煎服"),
                             item(2, "haizao", 9, "qd", unit="g", form="饮片", route="煎服"), kind="herbal"))
    assert [(f.severity, f.items) for f in of(pair, "interaction")] == [("error", (1, 2))]
    assert "十八反" in of(pair, "interaction")[0].message
    honghua = run(compiled, ctx(item(1, "honghua", 6, "qd", unit="g", form="饮片", route="煎服"),
                                pregnancy="pregnant", gestation_weeks=28, kind="herbal"))
    assert [f.severity for f in of(honghua, "pregnancy")] == ["error"]
    assert not of(run(compiled, ctx(item(1, "danggui", 9, "qd", unit="g", form="饮片", route="煎服"),
                                    pregnancy="pregnant", gestation_weeks=28)), "pregnancy")


def test_duplicate_therapy_is_by_class(compiled):
    mixed = run(compiled, ctx(item(1, "amoxicillin", 500), item(2, "cefuroxime", 250, "bid")))
    assert not of(mixed, "duplicate")
    two = run(compiled, ctx(item(1, "cefuroxime", 250, "bid"), item(2, "ceftriaxone", 1000, "qd")))
    dup = of(two, "duplicate")
    assert [(f.severity, f.items) for f in dup] == [("warning", (1, 2))]


def test_contraindication_lactation_route_and_days(compiled):
    ulcer = of(run(compiled, ctx(item(1, "ibuprofen", 200), diagnoses=("K25.3",))), "contraindication")
    assert [f.severity for f in ulcer] == ["error"] and "K25.3" in ulcer[0].message
    lact = of(run(compiled, ctx(item(1, "isotretinoin", 20, "bid"), pregnancy="lactating")), "lactation")
    assert [f.severity for f in lact] == ["error"]
    im = of(run(compiled, ctx(item(1, "calcium_gluconate", 1000, "qd", route="肌内注射"))), "route")
    assert [f.severity for f in im] == ["error"]
    long = of(run(compiled, ctx(item(1, "metoclopramide", 10, "tid", days=10))), "dose")
    assert [f.severity for f in long] == ["warning"] and "疗程10天" in long[0].message


def test_nsaids_late_in_pregnancy_and_low_dose_aspirin(compiled):
    at32 = of(run(compiled, ctx(item(1, "ibuprofen", 400), pregnancy="pregnant", gestation_weeks=32)), "pregnancy")
    assert [f.severity for f in at32] == ["error"]
    low = of(run(compiled, ctx(item(1, "aspirin", 100, "qd"), pregnancy="pregnant", gestation_weeks=32)), "pregnancy")
    assert low == []  # 100 mg a day prevents pre-eclampsia
    high = of(run(compiled, ctx(item(1, "aspirin", 500, "tid"), pregnancy="pregnant", gestation_weeks=32)), "pregnancy")
    assert [f.severity for f in high] == ["error"]


def test_a_drug_without_knowledge_and_unit_mismatch(compiled):
    assert run(compiled, ctx(item(1, "", 1, name="某药"))) == []
    found = of(run(compiled, ctx(item(1, "paracetamol", 2, unit="片"))), "dose")
    assert [f.severity for f in found] == ["info"]
