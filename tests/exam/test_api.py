"""Taking the exam over HTTP as the mini-program does, through the bff screens."""
from core.exam.models import Answer, ExamSession
from tests import factories
from tests.exam.test_service import _taker

MP = "/api/mp/v1/exam"
BFF = "/api/bff/v1/exam"


async def test_blueprint_is_set_by_the_province_only(client):
    t = await factories.tree()
    province = await factories.actor(t.province)
    cycle = await factories.open_cycle(province)
    await factories.admin(t.province, username="prov")
    await factories.admin(t.city_a, username="city")
    body = {"cycle_id": cycle.id, "specialty": "外科", "name": "外科测评", "time_limit_minutes": 90, "pass_mark": 60,
            "rules": [{"category": "基础", "qtype": "A1", "count": 50, "points": 1}]}
    async with factories.AdminSession(client, "city") as city:
        r = await city.put("/api/admin/v1/exam/blueprints", json=body)
        assert r.status_code == 403 and r.json()["details"]["level"] == "province"
    async with factories.AdminSession(client, "prov") as prov:
        r = await prov.put("/api/admin/v1/exam/blueprints", json=body)
        assert r.status_code == 200 and r.json()["rules"][0]["count"] == 50
        r = await prov.put("/api/admin/v1/exam/blueprints", json={**body, "rules": [{"category": "x", "qtype": "Q",
                                                                                   "count": 0}]})
        assert r.status_code == 422
        assert {e["path"] for e in r.json()["details"]["errors"]} >= {"rules.0.qtype", "rules.0.count"}


async def test_taking_the_exam_over_http(client):
    me, paper, _, e = await _taker()
    h = {"Authorization": "Bearer " + factories.mp_token(me)}
    home = (await client.get(f"{BFF}/home", headers=h)).json()
    assert home["current"]["state"] == "approved" and home["papers"][0]["paper_id"] == paper.id
    r = await client.post(f"{MP}/papers/{paper.id}/start", headers=h, json={"device_id": "phone-aaaa"})
    assert r.status_code == 200
    sid, items = r.json()["session_id"], r.json()["items"]
    assert r.json()["verified"] is False
    await ExamSession.filter(id=sid).update(verified=True)  # the face check has its own tests
    assert [o["label"] for o in items[0]["options"]] == ["A", "B", "C", "D", "E"]
    assert "answer" in items[0] and items[0]["answer"] == []
    # The correct answer and the explanation never travel to the phone.
    assert set(items[0]) == {"no", "question_id", "qtype", "points", "group_id", "group_stem", "stem", "options",
                             "answer", "marked", "seq"}
    q = items[0]["question_id"]
    url = f"{MP}/sessions/{sid}/answers/{q}"
    r = await client.put(url, headers=h, json={"device_id": "phone-aaaa", "answer": ["B"], "seq": 2})
    assert r.json()["applied"] is True and r.json()["seq"] == 2
    r = await client.put(url, headers=h, json={"device_id": "phone-aaaa", "answer": ["A"], "seq": 1})
    assert r.status_code == 200 and r.json()["applied"] is False
    r = await client.put(url, headers=h, json={"device_id": "phone-aaaa", "answer": ["B"], "seq": 3, "x": 1})
    assert r.status_code == 422 and r.json()["details"]["errors"][0]["path"] == "x"
    page = (await client.get(f"{BFF}/sessions/{sid}", headers=h)).json()
    assert page["items"][0]["answer"] == ["B"] and page["card"]["answered"] == 1

    # The app is killed; the physician continues on a tablet. The phone is told when it comes back.
    r = await client.post(f"{MP}/papers/{paper.id}/start", headers=h, json={"device_id": "tablet-bbbb"})
    assert r.json()["items"][0]["answer"] == ["B"]
    r = await client.put(url, headers=h, json={"device_id": "phone-aaaa", "answer": ["C"], "seq": 4})
    assert r.status_code == 409 and r.json()["code"] == "exam.device_replaced"

    r = await client.post(f"{MP}/sessions/{sid}/submit", headers=h)
    assert r.json()["score"] == 12.5 and r.json()["submitted_by"] == "taker"
    assert (await client.post(f"{MP}/sessions/{sid}/submit", headers=h)).json() == r.json()
    r = await client.put(url, headers=h, json={"device_id": "tablet-bbbb", "answer": ["C"], "seq": 5})
    assert r.status_code == 409 and r.json()["code"] == "exam.session_closed"
    assert (await Answer.get(session_id=sid, question_id=q)).answer == ["B"]
    home = (await client.get(f"{BFF}/home", headers=h)).json()
    assert home["results"][0]["exam_score"] == 12.5 and home["papers"][0]["score"] == 12.5


async def test_the_home_of_a_physician_not_enrolled_says_why(client):
    t = await factories.tree()
    me = await factories.mp_physician(await factories.physician(t.hospital_a1))
    home = (await client.get(f"{BFF}/home", headers={"Authorization": "Bearer " + factories.mp_token(me)}))
    assert home.status_code == 200, home.text
    assert set(home.json()["current"]) == {"message", "code"} and home.json()["current"]["code"]
    assert home.json()["papers"] == home.json()["results"] == [] and home.json()["practice"]["answered"] == 0


async def test_another_physicians_session_is_invisible(client):
    me, paper, _, e = await _taker()
    h = {"Authorization": "Bearer " + factories.mp_token(me)}
    sid = (await client.post(f"{MP}/papers/{paper.id}/start", headers=h, json={"device_id": "phone-aaaa"})).json()[
        "session_id"]
    t2 = await (await e.institution)
    other = await factories.physician(t2, name="他人")
    intruder = await factories.mp_physician(other)
    h2 = {"Authorization": "Bearer " + factories.mp_token(intruder)}
    assert (await client.get(f"{MP}/sessions/{sid}", headers=h2)).status_code == 404
    r = await client.put(f"{MP}/sessions/{sid}/answers/{paper.items[0]['q']}", headers=h2,
                         json={"device_id": "phone-aaaa", "answer": ["A"], "seq": 1})
    assert r.status_code == 404 and not await Answer.exists()
    assert (await client.post(f"{MP}/papers/{paper.id}/start", headers=h2,
                              json={"device_id": "phone-cccc"})).json()["code"] == "exam.no_paper"
    assert (await ExamSession.get(id=sid)).active_device == "phone-aaaa"
