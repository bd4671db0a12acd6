"""Console pages of the question bank and blueprints: a form for every type, messages beside
their fields, versions once a paper used a question, retire and restore, filters, blueprints
and the check that the bank can fill them."""
from __future__ import annotations

from core.exam import bank
from core.exam.models import Blueprint, Question, QuestionGroup
from tests.admin_web.world import Pages, world

OPTS = {"opt_A": "甲", "opt_B": "乙", "opt_C": "丙", "opt_D": "丁"}
COMMON = {"specialty": "内科", "category": "基础", "difficulty": "2"}


def sub(i: int, answer: str, *, options: bool = True) -> dict:
    out = {f"q{i}_stem": f"第{i + 1}问", f"q{i}_answer": answer}
    if options:
        out.update({f"q{i}_opt_{k}": f"{k}项{i}" for k in "ABCD"})
    return out


async def _province(client) -> Pages:
    await world()
    pages = Pages(client)
    await pages.login("prov")
    return pages


async def test_standalone_questions_are_created_checked_and_listed(client):
    pages = await _province(client)
    page = await pages.get("/admin/bank/new?qtype=X")
    assert page.status_code == 200 and 'type="checkbox" name="answer"' in page.text
    assert 'type="radio" name="answer"' in (await pages.get("/admin/bank/new?qtype=A1")).text

    r = await pages.post("/admin/bank/new", {"qtype": "A1", "stem": "心率正常范围", **OPTS, "answer": "B", **COMMON})
    assert r.status_code == 303
    q = await Question.get(stem="心率正常范围")
    assert r.headers["location"] == f"/admin/bank/questions/{q.id}?notice=created"
    assert q.answer == ["B"] and [o["key"] for o in q.options] == list("ABCD") and q.difficulty == 2

    # The bank's own checks, beside their fields; what was typed stays.
    r = await pages.post("/admin/bank/new", {"qtype": "X", "stem": "多选", **OPTS, "answer": "A", **COMMON})
    assert r.status_code == 422 and 'data-error-for="answer"' in r.text and "至少应有2个正确答案" in r.text
    assert 'value="甲"' in r.text
    r = await pages.post("/admin/bank/new", {"qtype": "A1", "stem": "三个选项", "opt_A": "1", "opt_B": "2",
                                             "opt_C": "3", "answer": "A", **COMMON})
    assert r.status_code == 422 and 'data-error-for="options"' in r.text and "选项应为4至6个" in r.text
    r = await pages.post("/admin/bank/new", {"qtype": "A1", "stem": "", **OPTS, "answer": "A", **COMMON})
    assert r.status_code == 422 and 'data-error-for="stem"' in r.text
    assert await Question.filter(stem__in=["多选", "三个选项"]).count() == 0

    r = await pages.post("/admin/bank/new", {"qtype": "X", "stem": "多选题", **OPTS, "answer": ["A", "C"], **COMMON})
    assert r.status_code == 303 and (await Question.get(stem="多选题")).answer == ["A", "C"]

    listed = await pages.get("/admin/bank?qtype=X")
    assert "多选题" in listed.text and "心率正常范围" not in listed.text
    assert "心率正常范围" in (await pages.get("/admin/bank?q=心率")).text
    assert "没有符合条件的题目" in (await pages.get("/admin/bank?status=retired")).text
    assert (await pages.get("/admin/bank?qtype=Z")).status_code == 422


async def test_groups_of_every_kind(client):
    pages = await _province(client)
    page = await pages.get("/admin/bank/new?qtype=A3")
    assert "共用题干" in page.text and 'name="q0_stem"' in page.text and "data-add-sub" in page.text
    r = await pages.post("/admin/bank/new", {"qtype": "A3", "stem": "男，60岁，胸痛2小时", **COMMON,
                                             **sub(0, "A"), **sub(1, "C"), "q2_stem": ""})
    assert r.status_code == 303
    g = await QuestionGroup.get(stem="男，60岁，胸痛2小时")
    assert r.headers["location"] == f"/admin/bank/groups/{g.id}?notice=created"
    members = await Question.filter(group_id=g.id).order_by("position")
    assert [m.answer for m in members] == [["A"], ["C"]] and all(m.qtype == "A3" for m in members)
    detail = await pages.get(f"/admin/bank/groups/{g.id}")
    assert "第 2 小题" in detail.text and "第2问" in detail.text

    # B1: shared options, sub-questions answer from them; an answer outside them is named on its block.
    page = await pages.get("/admin/bank/new?qtype=B1")
    assert "共用选项" in page.text and 'name="q0_opt_A"' not in page.text
    r = await pages.post("/admin/bank/new", {"qtype": "B1", **OPTS, **COMMON, **sub(0, "A", options=False),
                                             **sub(1, "F", options=False)})
    assert r.status_code == 422 and 'data-error-for="q1_answer"' in r.text and "不在选项中" in r.text
    r = await pages.post("/admin/bank/new", {"qtype": "B1", **OPTS, **COMMON, **sub(0, "A", options=False),
                                             **sub(1, "D", options=False)})
    assert r.status_code == 303
    b1 = await QuestionGroup.get(kind="B1")
    assert [o["text"] for o in b1.shared_options] == ["甲", "乙", "丙", "丁"]

    # A group needs two sub-questions.
    r = await pages.post("/admin/bank/new", {"qtype": "A4", "stem": "病例串", **COMMON, **sub(0, "A")})
    assert r.status_code == 422 and "至少应有2道小题" in r.text


async def test_edits_version_used_questions_and_retire_restore(client):
    pages = await _province(client)
    await pages.post("/admin/bank/new", {"qtype": "A1", "stem": "原题干", **OPTS, "answer": "B", **COMMON})
    q = await Question.get(stem="原题干")
    page = await pages.get(f"/admin/bank/questions/{q.id}/edit")
    assert 'value="甲"' in page.text and "原题干" in page.text

    # Unused: edited in place.
    r = await pages.post(f"/admin/bank/questions/{q.id}/edit", {"qtype": "A1", "stem": "改后题干", **OPTS,
                                                                 "answer": "B", **COMMON})
    assert r.headers["location"] == f"/admin/bank/questions/{q.id}?notice=edited"
    assert (await Question.get(id=q.id)).stem == "改后题干"

    # Used by a paper: a new version, the old one kept and retired.
    await bank.mark_used([q.id])
    r = await pages.post(f"/admin/bank/questions/{q.id}/edit", {"qtype": "A1", "stem": "第二版", **OPTS,
                                                                 "answer": "C", **COMMON})
    new = await Question.get(stem="第二版")
    assert r.headers["location"] == f"/admin/bank/questions/{new.id}?notice=versioned"
    assert new.version == 2 and new.origin_id == q.id and (await Question.get(id=q.id)).retired
    page = await pages.get(r.headers["location"])
    assert "已生成新版本" in page.text and 'data-version="1"' in page.text and 'data-version="2"' in page.text
    # The old version cannot come back: the newest is what papers draw.
    r = await pages.post(f"/admin/bank/questions/{q.id}/restore")
    assert r.status_code == 409 and "已有新版本" in r.text and (await Question.get(id=q.id)).retired

    r = await pages.post(f"/admin/bank/questions/{new.id}/retire")
    assert r.status_code == 303 and (await Question.get(id=new.id)).retired
    assert "第二版" in (await pages.get("/admin/bank?status=retired")).text
    r = await pages.post(f"/admin/bank/questions/{new.id}/restore")
    assert r.status_code == 303 and not (await Question.get(id=new.id)).retired

    # A group member's edit goes through its group; a used group gets a new version as a whole.
    await pages.post("/admin/bank/new", {"qtype": "A3", "stem": "病例", **COMMON, **sub(0, "A"), **sub(1, "B")})
    g = await QuestionGroup.get(stem="病例")
    member = await Question.filter(group_id=g.id).first()
    r = await pages.get(f"/admin/bank/questions/{member.id}/edit")
    assert r.status_code == 303 and r.headers["location"] == f"/admin/bank/groups/{g.id}/edit"
    await bank.mark_used([member.id])
    r = await pages.post(f"/admin/bank/groups/{g.id}/edit", {"qtype": "A3", "stem": "病例（修订）", **COMMON,
                                                              **sub(0, "A"), **sub(1, "D")})
    g2 = await QuestionGroup.get(stem="病例（修订）")
    assert r.headers["location"] == f"/admin/bank/groups/{g2.id}?notice=versioned" and g2.version == 2
    r = await pages.post(f"/admin/bank/groups/{g2.id}/retire")
    assert r.status_code == 303 and await Question.filter(group_id=g2.id, retired=False).count() == 0
    r = await pages.post(f"/admin/bank/groups/{g2.id}/restore")
    assert r.status_code == 303 and await Question.filter(group_id=g2.id, retired=True).count() == 0


async def test_only_the_province_keeps_the_bank(client):
    await world()
    hosp = Pages(client)
    await hosp.login("hosp")
    assert 'href="/admin/bank"' not in (await hosp.get("/admin/")).text
    assert (await hosp.get("/admin/bank")).status_code == 403
    r = await hosp.post("/admin/bank/new", {"qtype": "A1", "stem": "越权", **OPTS, "answer": "A", **COMMON})
    assert r.status_code == 403 and not await Question.exists(stem="越权")


async def test_blueprints_are_set_and_checked_against_the_bank(client):
    w = await world()
    pages = Pages(client)
    await pages.login("prov")
    for i in range(3):
        await pages.post("/admin/bank/new", {"qtype": "A1", "stem": f"单选{i}", **OPTS, "answer": "A", **COMMON})
    await pages.post("/admin/bank/new", {"qtype": "A3", "stem": "病例", **COMMON, **sub(0, "A"), **sub(1, "B"),
                                         **sub(2, "C")})
    form = {"cycle_id": str(w.cycle.id), "specialty": "内科", "name": "内科方案", "time_limit_minutes": "60",
            "pass_mark": "60", "multi_partial": "false",
            "r0_category": "基础", "r0_qtype": "A1", "r0_count": "3", "r0_points": "2",
            "r1_category": "基础", "r1_qtype": "A3", "r1_count": "2", "r1_points": "1",
            "r2_category": "", "r2_qtype": "A1", "r2_count": ""}
    r = await pages.post("/admin/blueprints/new", {**form, "r0_count": "0"})
    assert r.status_code == 422 and 'data-error-for="r0_count"' in r.text
    r = await pages.post("/admin/blueprints/new", form)
    assert r.status_code == 303
    saved = await Blueprint.get(cycle_id=w.cycle.id, specialty="内科")
    assert saved.rules == [{"category": "基础", "qtype": "A1", "difficulty": None, "count": 3, "points": 2.0},
                           {"category": "基础", "qtype": "A3", "difficulty": None, "count": 2, "points": 1.0}]
    page = await pages.get(r.headers["location"])
    # Three A1 questions fill the first rule; a group of three cannot give exactly two.
    assert 'data-check="short"' in page.text
    assert 'data-rule-check="0" data-drawable="true"' in page.text
    assert 'data-rule-check="1" data-drawable="false"' in page.text and "题组小题数无法凑足" in page.text
    assert "总分" in page.text and ">8.0<" in page.text

    r = await pages.post(f"/admin/blueprints/{saved.id}/edit", {**form, "r1_count": "3"})
    assert r.status_code == 303 and (await Blueprint.get(id=saved.id)).rules[1]["count"] == 3
    assert 'data-check="ok"' in (await pages.get(f"/admin/blueprints/{saved.id}")).text
    listed = await pages.get("/admin/blueprints")
    assert "内科方案" in listed.text and f"/admin/blueprints/{saved.id}" in listed.text
    assert "内科方案" in (await pages.get(f"/admin/cycles/{w.cycle.id}")).text
