"""Proctor review: ranked cases in scope, the photo timeline behind signed links,
verdicts, the second proctor for cheating and what a confirmed cheating does to
the assessment; the service directly and through the admin JSON API."""
from __future__ import annotations

import time
from dataclasses import dataclass

import pytest

from core.assessment.models import Cycle, Enrolment
from core.audit.models import AuditLog
from core.errors import NotFound
from core.exam.models import ExamSession, Paper
from core.orgs.models import OrgKind, OrgNode
from core.principal import Principal
from core.proctoring import captures, review
from core.proctoring.errors import (
    AnalysisPending, IllegalTransition, ReasonRequired, SameReviewer, SessionInProgress,
)
from core.proctoring.models import ProctorCase, Verdict
from media import links
from media.storage import get_storage
from tests import factories
from tests.proctoring.test_face import ASTRONAUT, GRACE, grace, jpeg

API = "/api/admin/v1/proctoring"


@dataclass
class Area:
    t: factories.Tree
    assessor: OrgNode
    cycle: Cycle
    hosp: Principal  # institution_admin of hospital a1 ("hosp")
    proctor2: Principal  # a second proctor of hospital a1 ("proctor2", role proctor)
    assess: Principal  # assessment_admin of the assessor serving hospital a1 ("assess")
    other: Principal  # institution_admin of hospital b1, another city ("other")
    assessor2: Principal  # an assessment institution with nothing assigned ("assess2")


async def _area() -> Area:
    t = await factories.tree()
    assessor = await factories.org(t.city_a, OrgKind.ASSESSMENT, "武汉考核机构")
    assessor2 = await factories.org(t.city_b, OrgKind.ASSESSMENT, "宜昌考核机构")
    province = await factories.actor(t.province)
    cycle = await factories.open_cycle(province)
    people = {}
    for username, node, roles in (("hosp", t.hospital_a1, ("institution_admin",)),
                                  ("proctor2", t.hospital_a1, ("proctor",)),
                                  ("assess", assessor, ("assessment_admin",)),
                                  ("other", t.hospital_b1, ("institution_admin",)),
                                  ("assess2", assessor2, ("assessment_admin",))):
        account = await factories.admin(node, roles=roles, username=username)
        people[username] = factories.principal_for(account, node)
    return Area(t, assessor, cycle, people["hosp"], people["proctor2"], people["assess"], people["other"],
                people["assess2"])


async def _case(a: Area, **kw) -> ProctorCase:
    kw.setdefault("assessment_org", a.assessor)
    return await factories.proctor_case(kw.pop("institution", a.t.hospital_a1), cycle=a.cycle, **kw)


async def _enrolment(case: ProctorCase) -> Enrolment:
    session = await ExamSession.get(id=case.session_id)
    paper = await Paper.get(id=session.paper_id)
    return await Enrolment.get(id=paper.enrolment_id)


# ================================================================== listing and scope

async def test_cases_are_ranked_by_risk_and_filtered():
    a = await _area()
    low = await _case(a, risk=0.5, name="王小明")
    high = await _case(a, risk=12.5, name="赵大海", signals={"mismatch": 2, "late": 1, "captures": 9})
    mid = await _case(a, risk=3, name="王二")
    total, rows = await review.list_cases(actor=a.hosp)
    assert total == 3 and [r.session_id for r in rows] == [high.session_id, mid.session_id, low.session_id]
    top = rows[0]
    assert top.risk == 12.5 and top.risk_level == "high" and top.signals["mismatch"] == 2
    assert [s.model_dump() for s in top.signal_list] == [{"key": "mismatch", "label": "非本人", "count": 2},
                                                         {"key": "late", "label": "补传", "count": 1}]
    assert top.physician.name == "赵*海" and "*" in top.physician.id_number
    assert top.state_label == "待审核" and top.institution.name == "江岸医院"
    assert top.exam.score == 86.0 and top.exam.voided is False
    assert [r.risk_level for r in rows] == ["high", "medium", "low"]

    total, rows = await review.list_cases(actor=a.hosp, min_risk=2)
    assert [r.session_id for r in rows] == [high.session_id, mid.session_id]
    total, rows = await review.list_cases(actor=a.hosp, q="王")
    assert [r.session_id for r in rows] == [mid.session_id, low.session_id]
    total, rows = await review.list_cases(actor=a.hosp, limit=1, offset=1)
    assert total == 3 and [r.session_id for r in rows] == [mid.session_id]
    await ProctorCase.filter(id=low.id).update(state="clear")
    total, rows = await review.list_cases(actor=a.hosp, state="clear")
    assert [r.session_id for r in rows] == [low.session_id]


async def test_scope_another_county_sees_nothing_and_the_assessment_institution_sees_what_is_assigned():
    a = await _area()
    mine = await _case(a, risk=20)
    neighbour = await _case(a, institution=a.t.hospital_a2, risk=50)  # same assessor, another county
    unassigned = await _case(a, institution=a.t.hospital_a2, assessment_org=None, risk=60)
    far = await _case(a, institution=a.t.hospital_b1, assessment_org=None, risk=90)

    assert [r.session_id for r in (await review.list_cases(actor=a.hosp))[1]] == [mine.session_id]
    assert [r.session_id for r in (await review.list_cases(actor=a.other))[1]] == [far.session_id]
    assessed = [r.session_id for r in (await review.list_cases(actor=a.assess))[1]]
    assert assessed == [neighbour.session_id, mine.session_id] and unassigned.session_id not in assessed
    assert (await review.list_cases(actor=a.assessor2))[0] == 0
    assert [i.name for i in await review.institutions(actor=a.assess)] == ["江岸医院", "武昌医院"]

    with pytest.raises(NotFound) as exc:
        await review.case_detail(actor=a.other, session_id=mine.session_id)
    missing = 10_000_000
    with pytest.raises(NotFound) as exc2:
        await review.case_detail(actor=a.other, session_id=missing)
    # Outside the area answers exactly like a missing session, and the attempt is recorded.
    assert exc.value.message == exc2.value.message and exc.value.details.keys() == exc2.value.details.keys()
    assert await AuditLog.filter(action="scope.read", outcome="denied", target_type="ProctorCase",
                                 target_id=str(mine.id)).exists()
    with pytest.raises(NotFound):
        await review.give_verdict(actor=a.other, session_id=mine.session_id, verdict="clear")
    assert (await ProctorCase.get(id=mine.id)).state == "open"
    detail = await review.case_detail(actor=a.assess, session_id=neighbour.session_id)
    assert detail.institution.name == "武昌医院"


# ================================================================== the timeline

async def test_detail_shows_the_timeline_with_signed_photo_links_and_masked_physician():
    a = await _area()
    case = await _case(a, risk=66, name="欧阳修远", signals={"mismatch": 1, "no_face": 1, "app_hidden": 1,
                                                             "offline": 1, "late": 1})
    sid = case.session_id
    await ExamSession.filter(id=sid).update(capture_schedule=[60])  # a photo due a minute in, never sent
    first = await factories.capture(sid, GRACE, analysis="match", distance=0.28, minutes_ago=40)
    other = await factories.capture(sid, ASTRONAUT, analysis="mismatch", distance=0.81, minutes_ago=30)
    await factories.session_event(sid, "app_hidden", minutes_ago=25)
    await factories.session_event(sid, "offline", minutes_ago=20)
    late = await factories.capture(sid, jpeg(grace().resize((300, 352))), analysis="no_face", distance=None, faces=0,
                                   late=True, minutes_ago=15)
    detail = await review.case_detail(actor=a.hosp, session_id=sid)

    assert detail.physician.name == "欧**远" and "*" in detail.physician.id_number
    assert detail.exam.threshold == 0.5 and detail.exam.kind_label == "正式测评"
    assert detail.enrolment.result == "pass" and detail.enrolment.exam_score == 86.0
    assert detail.allowed == ["clear", "suspected", "cheating"] and detail.pending_analyses == 0
    kinds = [(r.type, r.label) for r in detail.timeline]
    assert kinds == [("missing", "应拍未拍"), ("capture", "本人"), ("capture", "非本人"), ("event", "切出小程序"), ("event", "断网"),
                     ("capture", "未检测到人脸")]
    photos = [r for r in detail.timeline if r.type == "capture"]
    assert [p.distance for p in photos] == [0.28, 0.81, None] and [p.late for p in photos] == [False, False, True]
    assert "photo_key" not in photos[0].model_dump()
    # Each photo is a signed link to exactly the stored file.
    for p, capture in zip(photos, (first, other, late)):
        token = p.photo_url.removeprefix("/media/")
        assert links.verify(token, "proctor_photo") == capture.photo_key
    assert await AuditLog.filter(action="proctoring.case_view", target_id=str(case.id)).exists()


# ================================================================== verdicts

async def test_a_verdict_of_suspected_or_cheating_needs_a_reason():
    a = await _area()
    case = await _case(a)
    for verdict in ("suspected", "cheating"):
        with pytest.raises(ReasonRequired) as exc:
            await review.give_verdict(actor=a.hosp, session_id=case.session_id, verdict=verdict, reason="   ")
        assert exc.value.code == "proctoring.reason_required" and exc.value.status == 422
    assert (await ProctorCase.get(id=case.id)).state == "open" and not await Verdict.exists()
    answer = await review.give_verdict(actor=a.hosp, session_id=case.session_id, verdict="clear")
    assert answer.state == "clear" and answer.state_label == "无异常"
    row = await Verdict.get(session_id=case.session_id)
    assert (row.verdict, row.stage, row.by_admin_id) == ("clear", "first", a.hosp.id)
    log = await AuditLog.get(action="proctoring.verdict", target_id=str(case.id))
    assert log.before == {"state": "open"} and log.after["state"] == "clear" and log.actor_id == str(a.hosp.id)


async def test_cheating_is_confirmed_by_another_proctor_voids_the_exam_and_fails_the_assessment():
    a = await _area()
    case = await _case(a, risk=80, signals={"mismatch": 3})
    sid = case.session_id
    before = await _enrolment(case)
    assert (before.exam_score, before.result) == (86.0, "pass")

    answer = await review.give_verdict(actor=a.hosp, session_id=sid, verdict="cheating", reason="3张照片非本人")
    assert answer.state == "cheating_pending"
    mine = await review.case_detail(actor=a.hosp, session_id=sid)
    assert mine.allowed == [] and mine.awaiting_second_review_by_other is True
    with pytest.raises(SameReviewer) as exc:
        await review.second_review(actor=a.hosp, session_id=sid, confirm=True, reason="确认")
    assert exc.value.code == "proctoring.same_reviewer" and exc.value.status == 403
    assert (await ProctorCase.get(id=case.id)).state == "cheating_pending"
    assert not (await ExamSession.get(id=sid)).voided
    assert await AuditLog.filter(action="proctoring.second_review", outcome="denied").exists()

    theirs = await review.case_detail(actor=a.proctor2, session_id=sid)
    assert theirs.allowed == ["confirm", "refuse"] and theirs.awaiting_second_review_by_other is False
    answer = await review.second_review(actor=a.proctor2, session_id=sid, confirm=True, reason="核对照片确认替考")
    assert answer.state == "cheating" and answer.voided is True and answer.result == "fail"

    assert (await ProctorCase.get(id=case.id)).state == "cheating"
    session = await ExamSession.get(id=sid)
    assert session.voided is True and session.score == 86.0  # kept as evidence, no longer counted
    row = await _enrolment(case)
    assert (row.exam_score, row.makeup, row.result) == (None, "refused", "fail")
    verdicts = await Verdict.filter(session_id=sid).order_by("id")
    assert [(v.stage, v.verdict, v.confirmed, v.by_admin_id) for v in verdicts] == [
        ("first", "cheating", None, a.hosp.id), ("second", "cheating", True, a.proctor2.id)]
    review_log = await AuditLog.get(action="proctoring.second_review", outcome="success")
    assert review_log.after["confirmed"] is True and review_log.after["result"] == "fail"
    void_log = await AuditLog.get(action="scores.void_for_cheating", target_id=str(row.id))
    assert void_log.before["result"] == "pass" and void_log.after["result"] == "fail"
    assert void_log.actor_id == str(a.proctor2.id)

    # Final: nothing moves it any more, and the error names what is allowed (nothing).
    with pytest.raises(IllegalTransition) as exc:
        await review.give_verdict(actor=a.assess, session_id=sid, verdict="clear")
    assert exc.value.status == 409 and exc.value.details["allowed"] == [] and "已认定作弊" in exc.value.message


async def test_an_assessment_institution_proctor_may_be_the_second_reviewer_and_refuse():
    a = await _area()
    case = await _case(a, risk=45)
    await review.give_verdict(actor=a.hosp, session_id=case.session_id, verdict="cheating", reason="疑似他人代考")
    with pytest.raises(ReasonRequired):
        await review.second_review(actor=a.assess, session_id=case.session_id, confirm=False, reason="")
    answer = await review.second_review(actor=a.assess, session_id=case.session_id, confirm=False,
                                        reason="照片光线不足，不能认定为他人")
    assert answer.state == "suspected" and answer.voided is None
    assert not (await ExamSession.get(id=case.session_id)).voided
    row = await _enrolment(case)
    assert (row.exam_score, row.result, row.makeup) == (86.0, "pass", "none")
    second = await Verdict.get(session_id=case.session_id, stage="second")
    assert second.confirmed is False and second.by_admin_id == a.assess.id
    # Back to suspected: it may be judged again, even as cheating by someone else.
    detail = await review.case_detail(actor=a.proctor2, session_id=case.session_id)
    assert detail.allowed == ["clear", "cheating"]


async def test_a_makeup_exam_confirmed_as_cheating_voids_the_makeup_score():
    a = await _area()
    case = await _case(a, kind="makeup", score=72)
    assert (await _enrolment(case)).result == "makeup_pass"
    await review.give_verdict(actor=a.hosp, session_id=case.session_id, verdict="cheating", reason="手机查阅资料")
    await review.second_review(actor=a.assess, session_id=case.session_id, confirm=True, reason="确认")
    row = await _enrolment(case)
    assert (row.makeup_score, row.result) == (None, "fail")


async def test_a_late_photo_of_other_people_reopens_a_cleared_case_and_other_findings_do_not():
    from tests.proctoring.test_captures import no_face, two_faces

    a = await _area()
    case = await _case(a)
    await review.give_verdict(actor=a.hosp, session_id=case.session_id, verdict="clear")
    # Uploaded late (back online after the submit) and analysed after the verdict, by the real engine.
    late = await factories.capture(case.session_id, two_faces(), analysis="pending", distance=None, faces=None,
                                   late=True, minutes_ago=20)
    assert await captures.analyse(late.id) == "several_faces"
    reopened = await ProctorCase.get(id=case.id)
    assert reopened.state == "open" and reopened.signals["several_faces"] == 1 and reopened.risk > case.risk
    log = await AuditLog.get(action="proctoring.case_reopened", target_id=str(case.id))
    assert log.actor_type == "system" and log.before == {"state": "clear"}
    assert log.after == {"state": "open", "capture_id": late.id, "finding": "several_faces"}
    detail = await review.case_detail(actor=a.hosp, session_id=case.session_id)
    assert detail.state == "open" and detail.allowed == ["clear", "suspected", "cheating"]

    # Judged again; a later photo with nobody in it only weighs into the risk.
    await review.give_verdict(actor=a.hosp, session_id=case.session_id, verdict="clear")
    nobody = await factories.capture(case.session_id, no_face(), analysis="pending", distance=None, faces=None,
                                     late=True, minutes_ago=10)
    assert await captures.analyse(nobody.id) == "no_face"
    after = await ProctorCase.get(id=case.id)
    assert after.state == "clear" and after.signals["no_face"] == 1
    assert await AuditLog.filter(action="proctoring.case_reopened").count() == 1


async def test_illegal_transitions_and_unready_sessions_are_refused_with_409():
    a = await _area()
    case = await _case(a)
    with pytest.raises(IllegalTransition) as exc:
        await review.second_review(actor=a.hosp, session_id=case.session_id, confirm=True, reason="确认")
    assert exc.value.code == "proctoring.illegal_transition"
    assert exc.value.details == {"state": "open", "action": "confirm", "allowed": ["clear", "suspected", "cheating"]}
    assert "判定无异常" in exc.value.message
    await review.give_verdict(actor=a.hosp, session_id=case.session_id, verdict="clear")
    with pytest.raises(IllegalTransition) as exc:
        await review.give_verdict(actor=a.hosp, session_id=case.session_id, verdict="clear")
    assert exc.value.details["allowed"] == ["suspected", "cheating"]

    running = await _case(a, submitted=False)
    with pytest.raises(SessionInProgress) as exc:
        await review.give_verdict(actor=a.hosp, session_id=running.session_id, verdict="clear")
    assert exc.value.status == 409
    waiting = await _case(a)
    await factories.capture(waiting.session_id, GRACE, analysis="pending", distance=None, faces=None)
    with pytest.raises(AnalysisPending) as exc:
        await review.give_verdict(actor=a.hosp, session_id=waiting.session_id, verdict="suspected", reason="待定")
    assert exc.value.details["pending"] == 1
    assert await Verdict.filter(session_id__in=[running.session_id, waiting.session_id]).count() == 0


async def test_batch_clear_answers_row_by_row():
    a = await _area()
    low1 = await _case(a, risk=5)
    low2 = await _case(a, risk=8, signals={"app_hidden": 1})
    other_person = await _case(a, risk=12, signals={"mismatch": 1})
    done = await _case(a, risk=3)
    await review.give_verdict(actor=a.hosp, session_id=done.session_id, verdict="clear")
    far = await _case(a, institution=a.t.hospital_b1, assessment_org=None)
    rows = await review.clear_many(actor=a.hosp, session_ids=[low1.session_id, low2.session_id,
                                                              other_person.session_id, done.session_id,
                                                              far.session_id, low1.session_id])
    by_id = {r.id: r for r in rows}
    assert len(rows) == 5 and by_id[low1.session_id].ok and by_id[low2.session_id].ok
    assert by_id[other_person.session_id].code == "proctoring.needs_individual_review"
    assert by_id[done.session_id].code == "proctoring.illegal_transition"
    assert by_id[far.session_id].code == "request.not_found"
    states = dict(await ProctorCase.all().values_list("session_id", "state"))
    assert states[low1.session_id] == states[low2.session_id] == "clear"
    assert states[other_person.session_id] == "open" and states[far.session_id] == "open"
    assert await AuditLog.filter(action="proctoring.verdict").count() == 3


# ================================================================== signed links

def test_signed_links_verify_expire_and_refuse_tampering():
    key = "a" * 64
    token = links.sign(key, purpose="proctor_photo", ttl_seconds=60)
    assert links.verify(token, "proctor_photo") == key
    assert links.resolve(token) == (key, "image/jpeg")
    with pytest.raises(links.LinkExpired) as exc:
        links.verify(token, "proctor_photo", now=time.time() + 61)
    assert exc.value.status == 410 and exc.value.code == "media.link_expired"
    purpose, k, expires, sig = token.split(".")
    for bad in (f"{purpose}.{'b' * 64}.{expires}.{sig}", f"{purpose}.{k}.{int(expires) + 3600}.{sig}",
                f"{purpose}.{k}.{expires}.{'0' * 32}", "record_copy." + token.partition(".")[2], "", "x" * 300):
        with pytest.raises(links.LinkInvalid) as exc:
            links.resolve(bad)
        assert exc.value.status == 403 and exc.value.code == "media.link_invalid"
    with pytest.raises(ValueError):
        links.sign("not-a-key", purpose="proctor_photo", ttl_seconds=60)


# ================================================================== over HTTP

async def test_the_review_over_http(client):
    a = await _area()
    low = await _case(a, risk=12, name="孙立")
    high = await _case(a, risk=88, name="钱多多", signals={"mismatch": 2})
    far = await _case(a, institution=a.t.hospital_b1, assessment_org=None)
    capture = await factories.capture(high.session_id, ASTRONAUT, analysis="mismatch", distance=0.84)
    stored = get_storage().get(capture.photo_key)

    async with factories.AdminSession(client, "hosp") as hosp:
        r = await hosp.get(f"{API}/cases")
        body = r.json()
        assert r.status_code == 200 and body["total"] == 2
        assert [i["session_id"] for i in body["items"]] == [high.session_id, low.session_id]
        assert body["items"][0]["physician"]["name"] == "钱*多"
        r = await hosp.get(f"{API}/cases", params={"min_risk": "50", "page_size": 5})
        assert [i["session_id"] for i in r.json()["items"]] == [high.session_id]
        r = await hosp.get(f"{API}/cases", params={"state": "nonsense", "min_risk": "x"})
        assert r.status_code == 422 and {e["path"] for e in r.json()["details"]["errors"]} == {"state", "min_risk"}
        r = await hosp.get(f"{API}/cases/{far.session_id}")
        assert r.status_code == 404 and r.json()["code"] == "request.not_found"

        detail = (await hosp.get(f"{API}/cases/{high.session_id}")).json()
        photo = detail["timeline"][0]
        assert photo["label"] == "非本人" and photo["distance"] == 0.84
        r = await client.get(photo["photo_url"])
        assert r.status_code == 200 and r.content == stored and r.headers["content-type"] == "image/jpeg"
        assert r.headers["cache-control"] == "private, no-store"
        token = photo["photo_url"].removeprefix("/media/")
        r = await client.get("/media/" + token[:-1] + ("0" if token[-1] != "0" else "1"))
        assert r.status_code == 403 and r.json()["code"] == "media.link_invalid"
        expired = links.sign(capture.photo_key, purpose="proctor_photo", ttl_seconds=1, now=time.time() - 60)
        r = await client.get("/media/" + expired)
        assert r.status_code == 410 and r.json()["code"] == "media.link_expired"

        r = await hosp.post(f"{API}/cases/{high.session_id}/verdict", json={"verdict": "cheating"})
        assert r.status_code == 422 and r.json()["code"] == "proctoring.reason_required"
        r = await hosp.post(f"{API}/cases/{high.session_id}/verdict", json={"verdict": "fraud", "reason": "x"})
        assert r.status_code == 422 and r.json()["code"] == "request.validation_failed"
        r = await hosp.post(f"{API}/cases/{high.session_id}/verdict",
                            json={"verdict": "cheating", "reason": "照片显示为另一人"})
        assert r.status_code == 200 and r.json()["state"] == "cheating_pending"
        r = await hosp.post(f"{API}/cases/{high.session_id}/second-review", json={"confirm": True, "reason": "是"})
        assert r.status_code == 403 and r.json()["code"] == "proctoring.same_reviewer"
        r = await hosp.post(f"{API}/cases/clear", json={"session_ids": [low.session_id, high.session_id,
                                                                       far.session_id]})
        rows = {row["id"]: row for row in r.json()["rows"]}
        assert r.status_code == 200 and r.json()["ok"] == 1 and r.json()["failed"] == 2
        assert rows[low.session_id]["ok"] and rows[high.session_id]["code"] == "proctoring.illegal_transition"
        assert rows[far.session_id]["code"] == "request.not_found"

    async with factories.AdminSession(client, "assess") as assess:
        r = await assess.post(f"{API}/cases/{high.session_id}/second-review",
                              json={"confirm": True, "reason": "核对照片，确认替考"})
        assert r.status_code == 200 and r.json()["state"] == "cheating" and r.json()["result"] == "fail"
        r = await assess.post(f"{API}/cases/{high.session_id}/second-review", json={"confirm": False, "reason": "x"})
        assert r.status_code == 409 and r.json()["code"] == "proctoring.illegal_transition"
        assert r.json()["details"]["allowed"] == []
        detail = (await assess.get(f"{API}/cases/{high.session_id}")).json()
        assert detail["state_label"] == "已认定作弊" and detail["exam"]["voided"] is True
        assert [v["stage"] for v in detail["verdicts"]] == ["first", "second"]

    assert (await ExamSession.get(id=high.session_id)).voided is True
    row = await _enrolment(high)
    assert (row.exam_score, row.result) == (None, "fail")
    assert (await ProctorCase.get(id=low.id)).state == "clear"


# ================================================================== the pages (HTML, as htmx and plain forms)

async def test_the_pages_rank_show_the_timeline_and_take_verdicts(client):
    import re

    from tests.admin_web.world import Pages

    a = await _area()
    low = await _case(a, risk=0.5, name="周一")
    high = await _case(a, risk=7.5, name="吴二", signals={"mismatch": 1, "app_hidden": 1, "late": 1})
    await factories.capture(high.session_id, GRACE, analysis="match", distance=0.3, minutes_ago=40)
    await factories.capture(high.session_id, ASTRONAUT, analysis="mismatch", distance=0.79, late=True, minutes_ago=30)
    await factories.session_event(high.session_id, "app_hidden", minutes_ago=35)

    hosp = Pages(client)
    await hosp.login("hosp")
    home = await hosp.get("/admin/")
    assert 'href="/admin/proctoring"' in home.text and "监考审核" in home.text
    r = await hosp.get("/admin/proctoring")
    assert r.status_code == 200
    rows = re.findall(r'data-row-id="(\d+)" data-risk="([\d.]+)"', r.text)
    assert rows == [(str(high.session_id), "7.5"), (str(low.session_id), "0.5")]
    assert 'class="risk risk-high"' in r.text and 'class="risk risk-low"' in r.text and "吴*" in r.text
    r = await hosp.get("/admin/proctoring?min_risk=5", htmx=True)
    assert "<html" not in r.text and re.findall(r'data-row-id="(\d+)"', r.text) == [str(high.session_id)]
    r = await hosp.get("/admin/proctoring?min_risk=abc")
    assert r.status_code == 422 and "min_risk" in r.text

    page = await hosp.get(f"/admin/proctoring/{high.session_id}")
    assert page.status_code == 200
    assert re.findall(r'data-timeline-type="(\w+)"', page.text) == ["capture", "event", "capture"]
    assert "切出小程序" in page.text and "补传" in page.text and "距离 0.79" in page.text
    assert len(re.findall(r'<img src="/media/proctor_photo\.', page.text)) == 2
    assert "data-second-review" not in page.text and "data-verdict-form" in page.text

    r = await hosp.submit(f"/admin/proctoring/{high.session_id}/verdict", {"verdict": "cheating", "reason": ""})
    assert r.posted.status_code == 303 and 'data-error-code="proctoring.reason_required"' in r.text
    assert (await ProctorCase.get(id=high.id)).state == "open"
    r = await hosp.post(f"/admin/proctoring/{high.session_id}/verdict",
                        {"verdict": "cheating", "reason": "第2张照片为他人"})
    assert r.status_code == 303 and r.headers["location"] == f"/admin/proctoring/{high.session_id}?done=cheating"
    page = await hosp.get(r.headers["location"])
    assert "等待另一名监考人员复核" in page.text and "data-awaiting-other" in page.text
    assert "data-second-review" not in page.text and "data-verdict-form" not in page.text
    r = await hosp.submit(f"/admin/proctoring/{high.session_id}/second-review", {"decision": "confirm", "reason": "是"})
    assert r.posted.status_code == 303 and 'data-error-code="proctoring.same_reviewer"' in r.text

    r = await hosp.submit("/admin/proctoring/clear", {"ids": [str(low.session_id), str(high.session_id)],
                                                      f"label_{low.session_id}": "周*"}, htmx=True)
    assert r.posted.status_code == 303 and r.status_code == 200 and "成功 <b data-outcome-ok>1</b> 条" in r.text and "周*" in r.text
    assert (await ProctorCase.get(id=low.id)).state == "clear"

    second = Pages(client, ip="10.20.0.2")
    await second.login("proctor2")
    nav = (await second.get("/admin/")).text
    assert "监考审核" in nav and "参加考核确认" not in nav
    page = await second.get(f"/admin/proctoring/{high.session_id}")
    assert "data-second-review" in page.text and "第2张照片为他人" in page.text
    r = await second.post(f"/admin/proctoring/{high.session_id}/second-review",
                          {"decision": "confirm", "reason": "核对照片确认替考"})
    assert r.status_code == 303
    page = await second.get(r.headers["location"])
    assert "已认定作弊" in page.text and "成绩作废" in page.text and "不合格" in page.text
    assert (await _enrolment(high)).result == "fail" and (await ExamSession.get(id=high.session_id)).voided
