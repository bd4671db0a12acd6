"""The question bank: every type, refused input that leaves nothing behind,
edits in place until a paper uses a question and versions after, groups kept
whole and in order, the xlsx import (all or nothing, row report), and the
province-only rule."""
import io

import pytest
from openpyxl import load_workbook

from core.audit.models import AuditLog
from core.errors import Forbidden, NotFound
from core.exam import bank
from core.exam import imports as bank_imports
from core.exam.errors import GroupMember, InvalidGroup, InvalidQuestion, QuestionRetired
from core.exam.models import Paper, Question, QuestionGroup
from core.exam.schemas import VersionOut
from core.imports import WrongColumns
from tests import factories
from tests.assessment.test_imports import _wait

opts = factories.exam_bank_options
HEADER = list(bank_imports.COLUMNS)
URL = "/api/admin/v1/exam/questions"


async def _province():
    t = await factories.tree()
    return t, await factories.actor(t.province)


async def _single(province, stem="高血压的诊断标准是", qtype="A1", answer=("B",), **kw):
    fields = {"options": opts(), "specialty": "内科", "category": "基础", "difficulty": 3, **kw}
    return await bank.create_question(actor=province, qtype=qtype, stem=stem, answer=list(answer), **fields)


def _case(stems=("最可能的诊断是", "首选的检查是", "首选的治疗是"), kind="A3", **kw):
    return {"kind": kind, "stem": "男，65岁，突发胸痛2小时。", "specialty": "内科", "category": "病例",
            "questions": [{"stem": s, "options": opts(), "answer": ["A"], "explanation": f"解析{i}"}
                          for i, s in enumerate(stems)], **kw}


def _b1(**kw):
    return {"kind": "B1", "stem": "", "specialty": "内科", "category": "药理",
            "shared_options": opts("阿司匹林", "氯吡格雷", "肝素", "华法林", "尿激酶"),
            "questions": [{"stem": "抑制血小板环氧化酶的是", "answer": ["A"]},
                          {"stem": "维生素K拮抗剂是", "answer": ["D"]}], **kw}


# ------------------------------------------------------------------ creating

async def test_every_type_is_created_with_its_own_shape():
    _, province = await _province()
    a1 = await _single(province, explanation="见指南")
    a2 = await _single(province, stem="患者女，30岁，发热3天，最可能的诊断是", qtype="A2", answer=["c"])
    x = await _single(province, stem="属于降压药的有", qtype="X", answer=["D", "A", "C"], difficulty=5)
    assert (a1.qtype, a1.answer, a1.explanation, a1.version) == ("A1", ["B"], "见指南", 1)
    assert a2.answer == ["C"] and x.answer == ["A", "C", "D"]  # keys upper-cased, sorted
    for made in (a1, a2, x):
        row = await Question.get(id=made.id)
        assert row.origin_id == row.id and row.version == 1 and not row.retired and not row.used
        assert row.group_id is None and [o["key"] for o in row.options] == list("ABCDE")

    a3 = await bank.create_group(actor=province, **_case())
    a4 = await bank.create_group(actor=province, **_case(stems=("诊断", "检查", "治疗", "预后"), kind="A4",
                                                         difficulty=4))
    b1 = await bank.create_group(actor=province, **_b1())
    g = await QuestionGroup.get(id=a3.id)
    assert (g.kind, g.stem, g.origin_id, g.version, g.shared_options) == ("A3", "男，65岁，突发胸痛2小时。", g.id, 1,
                                                                          None)
    members = await Question.filter(group_id=g.id).order_by("position")
    assert [(m.position, m.stem, m.qtype, m.specialty, m.category) for m in members] == [
        (1, "最可能的诊断是", "A3", "内科", "病例"), (2, "首选的检查是", "A3", "内科", "病例"),
        (3, "首选的治疗是", "A3", "内科", "病例")]
    assert [m.explanation for m in members] == ["解析0", "解析1", "解析2"]
    assert all(m.origin_id == m.id for m in members)
    assert [q.qtype for q in a4.questions] == ["A4"] * 4
    assert {q.difficulty for q in await Question.filter(group_id=a4.id)} == {4}  # the group's difficulty
    b1_members = await Question.filter(group_id=b1.id).order_by("position")
    assert [(m.qtype, m.options, m.answer) for m in b1_members] == [("B1", None, ["A"]), ("B1", None, ["D"])]
    assert [o["text"] for o in (await QuestionGroup.get(id=b1.id)).shared_options][:2] == ["阿司匹林", "氯吡格雷"]

    logs = await AuditLog.filter(action__in=["exam.question_create", "exam.group_create"]).order_by("seq")
    assert [(log.action, log.target_id) for log in logs] == [
        ("exam.question_create", str(a1.id)), ("exam.question_create", str(a2.id)),
        ("exam.question_create", str(x.id)), ("exam.group_create", str(a3.id)),
        ("exam.group_create", str(a4.id)), ("exam.group_create", str(b1.id))]
    assert logs[3].after["question_ids"] == [m.id for m in members]

    got = await bank.get_question(actor=province, question_id=members[1].id)
    assert got.group.id == g.id and [q.stem for q in got.group.questions][1] == "首选的检查是"
    assert got.versions == [VersionOut(id=members[1].id, version=1, retired=False,
                                       created_at=members[1].created_at)]


async def test_listing_filters_and_pages():
    _, province = await _province()
    a = await _single(province, stem="心力衰竭的首选药物")
    await _single(province, stem="肺炎的常见病原体", qtype="X", answer=["A", "B"], category="感染")
    await _single(province, stem="骨折的处理", specialty="外科", difficulty=1)
    case = await bank.create_group(actor=province, **_case())
    await bank.retire_question(actor=province, question_id=a.id)

    total, items = await bank.list_questions(actor=province, specialty="内科")
    assert total == 4 and [i.stem for i in items][0] == "肺炎的常见病原体"  # retired one hidden
    total, _ = await bank.list_questions(actor=province, specialty="内科", include_retired=True)
    assert total == 5
    total, items = await bank.list_questions(actor=province, qtype="X")
    assert total == 1 and items[0].category == "感染"
    total, items = await bank.list_questions(actor=province, difficulty=1)
    assert [i.specialty for i in items] == ["外科"]
    total, items = await bank.list_questions(actor=province, q="胸痛")  # the case stem finds its questions
    assert total == 3 and {i.group.id for i in items} == {case.id}
    assert [i.position for i in items] == [1, 2, 3]
    total, items = await bank.list_questions(actor=province, q="病原体")
    assert total == 1 and items[0].group is None
    total, items = await bank.list_questions(actor=province, limit=2, offset=2)
    assert total == 5 and len(items) == 2


# ------------------------------------------------------------------ refusing

async def test_invalid_questions_are_refused_with_reasons_and_nothing_is_stored():
    _, province = await _province()
    cases = [
        ({"answer": ["G"]}, "answer", "答案G不在选项中（可选A至E）"),
        ({"answer": ["A", "B"]}, "answer", "A1型题只能有1个正确答案"),
        ({"qtype": "X", "answer": ["A"]}, "answer", "X型题（多选题）至少应有2个正确答案"),
        ({"answer": []}, "answer", "请填写答案"),
        ({"options": opts("甲", "乙", "丙")}, "options", "选项应为4至6个（当前3个）"),
        ({"options": [{"key": k, "text": k * 2} for k in "ABDE"]}, "options", "选项应依次编号为A、B、C、D"),
        ({"options": opts("甲", "乙", "甲", "丁")}, "options", "选项C与选项A内容相同"),
    ]
    for change, path, message in cases:
        body = {"qtype": "A1", "stem": "题干", "options": opts(), "answer": ["B"], "specialty": "内科",
                "category": "基础", **change}
        with pytest.raises(InvalidQuestion) as exc:
            await bank.create_question(actor=province, **body)
        assert exc.value.code == "exam.invalid_question"
        assert {"path": path, "message": message} in exc.value.details["errors"], (change, exc.value.details)
        assert exc.value.message.startswith("题目内容不符合要求：")

    groups = [
        (_case(stem=""), "stem", "A3题组须填写共用题干"),
        (_case(stems=("只有一题",)), "questions", "题组至少应有2道小题"),
        (_case(shared_options=opts()), "shared_options", "A3题组的小题各有选项，不能设置共用选项"),
        (_b1(shared_options=None), "shared_options", "请填写选项"),
        (_b1(questions=[{"stem": "甲", "answer": ["A"], "options": opts()}, {"stem": "乙", "answer": ["B"]}]),
         "questions.0.options", "B1题使用题组的共用选项，小题不能另设选项"),
        (_b1(questions=[{"stem": "甲", "answer": ["A"]}, {"stem": "乙", "answer": ["F"]}]),
         "questions.1.answer", "答案F不在选项中（可选A至E）"),
    ]
    bad_second = _case()
    bad_second["questions"][1]["answer"] = ["A", "C"]
    groups.append((bad_second, "questions.1.answer", "A3型题只能有1个正确答案"))
    for body, path, message in groups:
        with pytest.raises(InvalidGroup) as exc:
            await bank.create_group(actor=province, **body)
        assert exc.value.code == "exam.invalid_group"
        assert {"path": path, "message": message} in exc.value.details["errors"], (path, exc.value.details)
    assert await Question.all().count() == 0 and await QuestionGroup.all().count() == 0
    assert not await AuditLog.filter(action__startswith="exam.").exists()


# ------------------------------------------------------------------ editing and versions

async def test_an_unused_question_is_edited_in_place():
    _, province = await _province()
    q = await _single(province)
    out = await bank.edit_question(actor=province, question_id=q.id,
                                   changes={"stem": "高血压的诊断标准（新）", "answer": ["c"], "difficulty": 4})
    assert out.versioned is False and out.changed is True and out.question.id == q.id
    row = await Question.get(id=q.id)
    assert (row.stem, row.answer, row.difficulty, row.version, row.retired) == (
        "高血压的诊断标准（新）", ["C"], 4, 1, False)
    assert await Question.all().count() == 1
    log = await AuditLog.get(action="exam.question_edit")
    assert log.before == {"stem": "高血压的诊断标准是", "answer": ["B"], "difficulty": 3}
    assert log.after == {"stem": "高血压的诊断标准（新）", "answer": ["C"], "difficulty": 4}
    # The same content again changes nothing and writes no audit row.
    again = await bank.edit_question(actor=province, question_id=q.id, changes={"answer": ["C"]})
    assert again.changed is False and await AuditLog.filter(action="exam.question_edit").count() == 1
    # An edit that breaks a rule is refused whole.
    with pytest.raises(InvalidQuestion) as exc:
        await bank.edit_question(actor=province, question_id=q.id, changes={"qtype": "X", "stem": "改"})
    assert exc.value.details["errors"] == [{"path": "answer", "message": "X型题（多选题）至少应有2个正确答案"}]
    assert (await Question.get(id=q.id)).stem == "高血压的诊断标准（新）"
    with pytest.raises(NotFound):
        await bank.edit_question(actor=province, question_id=q.id + 100, changes={"stem": "x"})


async def test_a_used_question_gets_a_new_version_and_papers_keep_the_old_one():
    t, province = await _province()
    cycle = await factories.open_cycle(province)
    made = [await _single(province, stem=f"单选{i}") for i in range(4)]
    made += [await _single(province, stem=f"多选{i}", qtype="X", answer=["A", "C"]) for i in range(2)]
    paper = await factories.exam_bank_paper(province, t.hospital_a1, cycle)
    in_paper = [i["q"] for i in paper.items]
    assert sorted(in_paper) == sorted(m.id for m in made)
    assert await Question.filter(used=True).count() == 6

    old_id = made[0].id
    out = await bank.edit_question(actor=province, question_id=old_id, changes={"stem": "单选0（修订）"})
    new = out.question
    assert out.versioned is True and out.previous_id == old_id and new.id != old_id
    assert (new.origin_id, new.version, new.used, new.stem) == (old_id, 2, False, "单选0（修订）")
    old = await Question.get(id=old_id)
    assert old.retired and old.stem == "单选0" and old.version == 1  # untouched but for the retired flag
    assert [i["q"] for i in (await Paper.get(id=paper.id)).items] == in_paper  # the paper still has the old one
    log = await AuditLog.get(action="exam.question_version")
    assert log.target_id == str(new.id) and log.before["id"] == old_id and log.after["stem"] == "单选0（修订）"

    # The new version is unused: the next edit is in place; the retired one cannot be edited.
    again = await bank.edit_question(actor=province, question_id=new.id, changes={"explanation": "补充解析"})
    assert again.versioned is False and again.question.id == new.id
    with pytest.raises(QuestionRetired) as exc:
        await bank.edit_question(actor=province, question_id=old_id, changes={"stem": "再改"})
    assert exc.value.details["latest_id"] == new.id
    got = await bank.get_question(actor=province, question_id=new.id)
    assert [(v.id, v.version, v.retired) for v in got.versions] == [(old_id, 1, True), (new.id, 2, False)]
    # A third version continues the same origin.
    await bank.mark_used([new.id])
    third = (await bank.edit_question(actor=province, question_id=new.id, changes={"answer": ["D"]})).question
    assert (third.origin_id, third.version) == (old_id, 3)

    # The next physician's paper draws from the live bank: the retired versions are gone.
    second = await factories.exam_bank_paper(province, t.hospital_a1, cycle)
    drawn = {i["q"] for i in second.items}
    assert old_id not in drawn and new.id not in drawn and third.id in drawn


async def test_mark_used_flags_only_the_given_questions():
    _, province = await _province()
    a, b, c = [await _single(province, stem=f"题{i}") for i in range(3)]
    assert await bank.mark_used([a.id, c.id, a.id]) == 2
    assert await bank.mark_used([]) == 0
    assert {q.id: q.used for q in await Question.all()} == {a.id: True, b.id: False, c.id: True}


async def test_a_used_group_is_versioned_whole_and_keeps_its_order():
    t, province = await _province()
    cycle = await factories.open_cycle(province)
    g = await bank.create_group(actor=province, **_case())
    old_ids = [q.id for q in g.questions]
    paper = await factories.exam_bank_paper(province, t.hospital_a1, cycle, rules=[
        {"category": "病例", "qtype": "A3", "count": 3, "points": 1}])
    assert [i["q"] for i in paper.items] == old_ids  # the case stays together, in order

    # Editing one sub-question of a used group versions the whole group.
    out = await bank.edit_question(actor=province, question_id=old_ids[1], changes={"stem": "首选的影像检查是"})
    assert out.versioned is True and out.previous_id == old_ids[1]
    new_g = out.group
    assert (new_g.origin_id, new_g.version, new_g.retired) == (g.id, 2, False)
    assert [q.stem for q in new_g.questions] == ["最可能的诊断是", "首选的影像检查是", "首选的治疗是"]
    assert [q.position for q in new_g.questions] == [1, 2, 3]
    assert [q.origin_id for q in new_g.questions] == old_ids
    assert [q.version for q in new_g.questions] == [2, 2, 2]
    assert out.question.id == new_g.questions[1].id and out.question.stem == "首选的影像检查是"
    assert (await QuestionGroup.get(id=g.id)).retired
    assert all(q.retired for q in await Question.filter(id__in=old_ids))
    assert [q.stem for q in await Question.filter(group_id=g.id).order_by("position")][1] == "首选的检查是"
    assert [i["q"] for i in (await Paper.get(id=paper.id)).items] == old_ids

    # The new version is unused: reorder and drop a question in place (same group row).
    new_ids = [q.id for q in new_g.questions]
    subs = [{"stem": q.stem, "options": [o.model_dump() for o in q.options], "answer": q.answer}
            for q in new_g.questions]
    out = await bank.edit_group(actor=province, group_id=new_g.id,
                                changes={"questions": [subs[2], subs[0]], "stem": "男，66岁，突发胸痛2小时。"})
    assert out.versioned is False and out.group.id == new_g.id
    live = await Question.filter(group_id=new_g.id, deleted_at__isnull=True).order_by("position")
    assert [(q.id, q.position, q.stem) for q in live] == [(new_ids[0], 1, "首选的治疗是"), (new_ids[1], 2, "最可能的诊断是")]
    assert (await Question.get(id=new_ids[2])).deleted_at is not None
    assert (await QuestionGroup.get(id=new_g.id)).stem == "男，66岁，突发胸痛2小时。"
    assert await AuditLog.filter(action="exam.group_edit", target_id=str(new_g.id)).exists()

    with pytest.raises(QuestionRetired) as exc:
        await bank.edit_group(actor=province, group_id=g.id, changes={"stem": "旧版"})
    assert exc.value.details["latest_id"] == new_g.id
    versions = (await bank.get_group(actor=province, group_id=new_g.id)).versions
    assert [(v.id, v.version) for v in versions] == [(g.id, 1), (new_g.id, 2)]


async def test_group_edits_are_checked_and_members_cannot_leave_alone():
    _, province = await _province()
    b1 = await bank.create_group(actor=province, **_b1())
    member = b1.questions[1].id
    with pytest.raises(InvalidQuestion) as exc:
        await bank.edit_question(actor=province, question_id=member, changes={"answer": ["F"]})
    assert exc.value.details["errors"] == [{"path": "answer", "message": "答案F不在选项中（可选A至E）"}]
    with pytest.raises(InvalidQuestion) as exc:
        await bank.edit_question(actor=province, question_id=member, changes={"specialty": "外科"})
    assert exc.value.details["errors"][0]["path"] == "specialty"
    with pytest.raises(InvalidGroup) as exc:  # shrinking the shared list strands an answer
        await bank.edit_group(actor=province, group_id=b1.id,
                              changes={"shared_options": opts("甲", "乙", "丙")})
    assert {e["path"] for e in exc.value.details["errors"]} == {"shared_options", "questions.1.answer"}
    assert [o["text"] for o in (await QuestionGroup.get(id=b1.id)).shared_options][0] == "阿司匹林"
    with pytest.raises(GroupMember):
        await bank.retire_question(actor=province, question_id=member)
    out = await bank.edit_question(actor=province, question_id=member, changes={"answer": ["E"]})
    assert out.versioned is False and (await Question.get(id=member)).answer == ["E"]
    retired = await bank.retire_group(actor=province, group_id=b1.id)
    assert retired.retired and all(q.retired for q in retired.questions)
    assert await AuditLog.filter(action="exam.group_retire", target_id=str(b1.id)).exists()


# ------------------------------------------------------------------ permissions

async def test_only_the_province_manages_the_bank():
    t, province = await _province()
    q = await _single(province)
    city = await factories.actor(t.city_a)
    hospital = await factories.actor(t.hospital_a1, roles=("institution_admin",))
    for who, detail in ((city, {"permission": "exam.bank", "level": "province"}),
                        (hospital, {"permission": "exam.bank"})):
        with pytest.raises(Forbidden) as exc:
            await bank.list_questions(actor=who)
        assert exc.value.details == detail
        with pytest.raises(Forbidden):
            await _single(who, stem="越权")
        with pytest.raises(Forbidden):
            await bank.edit_question(actor=who, question_id=q.id, changes={"stem": "越权"})
        with pytest.raises(Forbidden):
            await bank_imports.import_questions(actor=who, content=b"")
    assert await Question.all().count() == 1 and (await Question.first()).stem == "高血压的诊断标准是"
    denied = await AuditLog.filter(outcome="denied", action="exam.bank").count()
    assert denied == 8


# ------------------------------------------------------------------ import

def _row(qtype, stem, answer, options=("甲", "乙", "丙", "丁", "戊"), code="", group_stem="", shared="",
         explanation="", specialty="内科", category="基础", difficulty=""):
    cells = list(options) + [""] * (6 - len(options))
    return [qtype, code, group_stem, shared, stem, *cells, answer, explanation, specialty, category, difficulty]


GOOD = [
    _row("A1", "成人胸外按压频率", "C", explanation="指南", difficulty=2),
    _row("a2", "女，30岁，发热3天，诊断", "b"),
    _row("X", "属于降压药的有", "A,C,D", difficulty="5"),
    _row("A3", "最可能的诊断是", "A", code="G1", group_stem="男，65岁，胸痛2小时。", category="病例"),
    _row("A3", "首选的检查是", "B", code="G1", specialty="", category=""),
    _row("A3", "首选的治疗是", "C", code="G1", category=""),
    _row("A4", "诊断", "A", code="G2", group_stem="女，50岁，多饮多尿。", category="病例", difficulty=4),
    _row("A4", "检查", "D", code="G2", category="病例", difficulty=4),
    _row("B1", "抑制环氧化酶的是", "A", options=(), code=3, shared="A.阿司匹林|B.氯吡格雷|C.肝素|D.华法林|E.尿激酶",
         category="药理"),
    _row("B1", "维生素K拮抗剂是", "D", options=(), code=3, category=""),
]


async def test_import_creates_every_type_and_group_in_order():
    _, province = await _province()
    report = await bank_imports.import_questions(actor=province, content=factories.imports_xlsx(HEADER, GOOD))
    assert report.ok, report.to_dict()
    assert [c["row"] for c in report.created] == list(range(2, 12))
    singles = await Question.filter(group_id__isnull=True).order_by("id")
    assert [(q.qtype, q.answer, q.difficulty) for q in singles] == [("A1", ["C"], 2), ("A2", ["B"], 3),
                                                                     ("X", ["A", "C", "D"], 5)]
    assert singles[0].explanation == "指南" and singles[0].options[2] == {"key": "C", "text": "丙"}
    groups = await QuestionGroup.all().order_by("id")
    assert [(g.kind, g.stem, g.category, g.difficulty) for g in groups] == [
        ("A3", "男，65岁，胸痛2小时。", "病例", 3), ("A4", "女，50岁，多饮多尿。", "病例", 4), ("B1", "", "药理", 3)]
    a3 = await Question.filter(group_id=groups[0].id).order_by("position")
    assert [(q.position, q.stem, q.answer, q.specialty, q.category) for q in a3] == [
        (1, "最可能的诊断是", ["A"], "内科", "病例"), (2, "首选的检查是", ["B"], "内科", "病例"),
        (3, "首选的治疗是", ["C"], "内科", "病例")]
    b1 = await Question.filter(group_id=groups[2].id).order_by("position")
    assert [(q.options, q.answer) for q in b1] == [(None, ["A"]), (None, ["D"])]
    assert [o["text"] for o in groups[2].shared_options] == ["阿司匹林", "氯吡格雷", "肝素", "华法林", "尿激酶"]
    assert all(q.origin_id == q.id and q.version == 1 for q in await Question.all())
    log = await AuditLog.get(action="exam.questions_import")
    assert log.outcome == "success" and log.after["questions"] == 10
    # The same file again: every question is already in the bank, nothing doubles.
    again = await bank_imports.import_questions(actor=province, content=factories.imports_xlsx(HEADER, GOOD))
    assert not again.ok and await Question.all().count() == 10
    reasons = {r.row: [(e.column, e.message) for e in r.errors] for r in again.failed}
    assert reasons[2] == [("题干", "题库中已有相同题干的题目")]
    assert reasons[5] == [("共用题干", "题库中已有相同共用题干的题组")]


async def test_an_import_with_errors_writes_nothing_and_names_rows_and_columns():
    _, province = await _province()
    await _single(province, stem="已在题库中的题")
    rows = [
        _row("A1", "答案不在选项中", "F", options=("甲", "乙", "丙", "丁")),                      # 2
        _row("X", "多选只有一个答案", "B"),                                                       # 3
        _row("A1", "选项跳空", "A", options=("甲", "乙", "", "丁", "戊")),                         # 4
        _row("A3", "没有题干的病例1", "A", code="K"),                                              # 5
        _row("A4", "题型不一致", "A", code="K"),                                                   # 6
        _row("B1", "共用选项格式错", "A", options=(), code="B", shared="阿司匹林，肝素"),          # 7
        _row("B1", "B1自带选项", "A", code="B"),                                                   # 8
        _row("A1", "单题写了共用题干", "A", group_stem="病例"),                                    # 9
        _row("A2", "难度超范围", "A", difficulty=7),                                               # 10
        _row("A1", "成人胸外按压频率", "C"),                                                       # 11
        _row("A1", "成人胸外按压频率", "C"),                                                       # 12
        _row("A1", "已在题库中的题", "A"),                                                         # 13
        _row("A3", "孤零零的小题", "A", code="L", group_stem="只有一行的病例"),                    # 14
        _row("Q", "", "Z"),                                                                        # 15
        _row("A3", "题组K被隔开", "A", code="K"),                                                  # 16
        _row("B1", "缺题组编号", "A", options=()),                                                 # 17
    ]
    report = await bank_imports.import_questions(actor=province, content=factories.imports_xlsx(HEADER, rows))
    assert not report.ok and report.created == []
    reasons = {r.row: [(e.column, e.message) for e in r.errors] for r in report.failed}
    assert reasons[2] == [("答案", "答案F不在选项中（可选A至D）")]
    assert reasons[3] == [("答案", "X型题（多选题）至少应有2个正确答案")]
    assert reasons[4] == [("选项C", "选项不能跳空，请从选项A起依次填写")]
    assert reasons[5] == [("共用题干", "A3题组须填写共用题干（填写在题组第一行）")]
    assert reasons[6] == [("题型", "与本题组第一行（第5行）的题型A3不一致")]
    assert reasons[7] == [("共用选项", "共用选项格式应为 A.选项内容|B.选项内容|…")]
    assert reasons[8] == [("选项A", "B1题使用题组的共用选项，小题不能另设选项")]
    assert reasons[9] == [("共用题干", "不属于题组的题目不能填写共用题干")]
    assert reasons[10] == [("难度", "难度应为1至5的整数")]
    assert 11 not in reasons and reasons[12] == [("题干", "题干在文件中重复（与第11行重复）")]
    assert reasons[13] == [("题干", "题库中已有相同题干的题目")]
    assert reasons[14] == [("题组编号", "题组至少应有2道小题（题组L只有1行）")]
    assert ("题型", "取值应为：'A1', 'A2', 'X', 'A3', 'A4' or 'B1'") in reasons[15]
    assert ("题干", "必填") in reasons[15] and ("答案", "答案应为选项字母，如 B 或 ACD") in reasons[15]
    assert reasons[16] == [("题组编号", "同一题组的行应连续排列（题组K从第5行开始）")]
    assert reasons[17] == [("题组编号", "B1型题须填写题组编号（同一题组的各行填写相同编号）")]
    assert len(report.failed) == 15
    assert await Question.all().count() == 1 and await QuestionGroup.all().count() == 0
    log = await AuditLog.get(action="exam.questions_import")
    assert log.outcome == "failure" and log.after == {"rows": 16, "failed": 15}
    with pytest.raises(WrongColumns) as exc:
        await bank_imports.import_questions(actor=province, content=factories.imports_xlsx(["题干", "答案"], [["x", "A"]]))
    assert "题型" in exc.value.details["missing"]


# ------------------------------------------------------------------ over HTTP

async def test_the_bank_over_http(client):
    t, _ = await _province()
    await factories.admin(t.province, username="prov")
    await factories.admin(t.city_a, username="city")
    body = {"qtype": "A1", "stem": "高血压的诊断标准是", "options": opts(), "answer": ["B"], "specialty": "内科",
            "category": "基础", "difficulty": 2}
    async with factories.AdminSession(client, "city") as city:
        r = await city.post(URL, json=body)
        assert r.status_code == 403 and r.json()["details"]["level"] == "province"
    async with factories.AdminSession(client, "prov") as prov:
        r = await prov.post(URL, json=body)
        assert r.status_code == 201, r.text
        qid = r.json()["id"]
        r = await prov.post(URL, json={**body, "answer": ["Z"]})
        assert r.status_code == 422 and r.json()["code"] == "exam.invalid_question"
        assert r.json()["details"]["errors"] == [{"path": "answer", "message": "答案Z不在选项中（可选A至E）"}]
        r = await prov.post(URL, json={**body, "extra": 1})
        assert r.status_code == 422 and r.json()["details"]["errors"][0]["path"] == "extra"
        r = await prov.post(f"{URL}/groups", json=_case())
        assert r.status_code == 201 and [q["position"] for q in r.json()["questions"]] == [1, 2, 3]
        gid = r.json()["id"]
        r = await prov.post(f"{URL}/groups", json=_b1(shared_options=None))
        assert r.status_code == 422 and r.json()["code"] == "exam.invalid_group"
        r = await prov.get(URL, params={"specialty": "内科", "qtype": "A3", "page_size": 2})
        assert r.json()["total"] == 3 and len(r.json()["items"]) == 2 and r.json()["items"][0]["group"]["id"] == gid
        r = await prov.get(URL, params={"difficulty": "9"})
        assert r.status_code == 422
        await bank.mark_used([qid])
        r = await prov.put(f"{URL}/{qid}", json={"stem": "高血压的诊断标准（2024）"})
        assert r.status_code == 200 and r.json()["versioned"] is True and r.json()["previous_id"] == qid
        new_id = r.json()["question"]["id"]
        r = await prov.get(f"{URL}/{new_id}")
        assert [v["version"] for v in r.json()["versions"]] == [1, 2] and r.json()["group"] is None
        assert "group" not in (await prov.put(f"{URL}/{new_id}", json={"difficulty": 4})).json()
        # A question of a group answers with its whole group: they change together.
        member = (await prov.get(f"{URL}/groups/{gid}")).json()["questions"][1]["id"]
        r = await prov.get(f"{URL}/{member}")
        assert r.json()["group"]["id"] == gid and len(r.json()["group"]["questions"]) == 3
        r = await prov.put(f"{URL}/{member}", json={"explanation": "先做心电图"})
        assert r.status_code == 200 and r.json()["versioned"] is False, r.text
        assert r.json()["question"]["explanation"] == r.json()["group"]["questions"][1]["explanation"] == "先做心电图"
        r = await prov.put(f"{URL}/{qid}", json={"stem": "旧版再改"})
        assert r.status_code == 409 and r.json()["code"] == "exam.question_retired"
        r = await prov.put(f"{URL}/groups/{gid}", json={"stem": "男，70岁，突发胸痛。"})
        assert r.status_code == 200 and r.json()["group"]["stem"] == "男，70岁，突发胸痛。"
        r = await prov.get(f"{URL}/groups/{gid}")
        assert r.json()["stem"] == "男，70岁，突发胸痛。" and r.json()["used"] is False
        r = await prov.post(f"{URL}/{new_id}/retire")
        assert r.status_code == 200 and r.json()["retired"] is True
        r = await prov.post(f"{URL}/groups/{gid}/retire")
        assert r.status_code == 200 and r.json()["retired"] is True
        r = await prov.get(URL)
        assert r.json()["total"] == 0
        r = await prov.get(f"{URL}/999999")
        assert r.status_code == 404


async def test_background_import_of_questions(client, settings):
    t, _ = await _province()
    await factories.admin(t.province, username="prov")
    await factories.admin(t.hospital_a1, username="hosp", roles=("institution_admin",))
    async with factories.AdminSession(client, "prov") as prov:
        r = await prov.get("/api/admin/v1/imports/questions/template.xlsx")
        rows = list(load_workbook(io.BytesIO(r.content)).active.iter_rows(values_only=True))
        assert rows[0] == tuple(HEADER) and rows[1][0] == "A1"
        bad = factories.imports_xlsx(HEADER, [GOOD[0], _row("X", "只有一个答案", "A")])
        r = await prov.post("/api/admin/v1/imports/questions", files={"file": ("q.xlsx", bad)})
        assert r.status_code == 202, r.text
        body = await _wait(client, settings, r.json()["job_id"])
        assert body["state"] == "done" and body["result"]["ok"] is False and body["result"]["failed"] == 1
        assert body["result"]["errors"][0]["row"] == 3
        rep = await prov.get(f"/api/admin/v1/imports/jobs/{body['job_id']}/report.xlsx")
        out = list(load_workbook(io.BytesIO(rep.content)).active.iter_rows(values_only=True))
        assert out[0][-3:] == ("行号", "结果", "错误原因")
        assert out[2][-3:] == (3, "未通过", "答案：X型题（多选题）至少应有2个正确答案")
        assert not await Question.exists()
        r = await prov.post("/api/admin/v1/imports/questions", files={"file": ("q.xlsx",
                                                                             factories.imports_xlsx(HEADER, GOOD))})
        done = await _wait(client, settings, r.json()["job_id"])
        assert done["result"]["ok"] is True and done["done"] == done["total"] == 10
        assert await Question.all().count() == 10 and await QuestionGroup.all().count() == 3
        r = await prov.post("/api/admin/v1/imports/questions", data={"x": "1"},
                            files={"file": ("q.xlsx", bad)})
        assert r.status_code == 422 and r.json()["details"]["errors"][0]["path"] == "x"
    async with factories.AdminSession(client, "hosp") as hosp:
        r = await hosp.post("/api/admin/v1/imports/questions", files={"file": ("q.xlsx", bad)})
        assert r.status_code == 403 and r.json()["details"]["permission"] == "exam.bank"
