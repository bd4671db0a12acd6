"""FAQ: administrators write, publish and delete entries in their scope; phones read the published ones."""
from __future__ import annotations

from core.faq import demo as faq_demo
from core.faq.models import FaqEntry
from core.orgs.models import OrgKind
from tests import factories

ADMIN = "/api/admin/v1/faq"
MP = "/api/mp/v1/faq"


async def test_admin_creates_edits_publishes_and_deletes(client):
    t = await factories.tree()
    await factories.admin(t.city_a, username="wuhan")
    async with factories.AdminSession(client, "wuhan") as s:
        r = await s.post(ADMIN + "/", json={"category": "考试", "question": "断网怎么办？", "answer": "自动补发。",
                                            "audience": "physician"})
        assert r.status_code == 201, r.text
        entry = r.json()
        assert entry["org_id"] == t.city_a.id and entry["published"] is False and entry["published_at"] is None
        r = await s.client.patch(f"{ADMIN}/{entry['id']}", json={"answer": "网络恢复后自动补发。", "sort": 5},
                                 headers={"X-CSRF-Token": s.csrf})
        assert r.status_code == 200 and r.json()["answer"] == "网络恢复后自动补发。"
        r = await s.post(f"{ADMIN}/{entry['id']}/publish")
        assert r.json()["published"] is True and r.json()["published_at"]
        listed = (await s.get(ADMIN + "/?published=true&q=补发")).json()
        assert listed["total"] == 1 and listed["items"][0]["org_name"] == "武汉市卫健委"
        assert (await s.get(ADMIN + "/categories")).json() == ["考试"]
        r = await s.client.delete(f"{ADMIN}/{entry['id']}", headers={"X-CSRF-Token": s.csrf})
        assert r.status_code == 200
        # In the recycle bin, not gone.
        row = await FaqEntry.get(id=entry["id"])
        assert row.deleted_at is not None
        bin_ = (await s.get("/api/admin/v1/recycle-bin/?kind=faq")).json()
        assert [i["id"] for i in bin_["items"]] == [entry["id"]]
        r = await s.post(f"/api/admin/v1/recycle-bin/faq/{entry['id']}/restore")
        assert r.status_code == 200 and (await FaqEntry.get(id=entry["id"])).deleted_at is None


async def test_scope_and_bad_input(client):
    t = await factories.tree()
    await factories.admin(t.city_a, username="wuhan")
    other = await FaqEntry.create(org_id=t.city_b.id, category="x", question="宜昌的问题", answer="a")
    async with factories.AdminSession(client, "wuhan") as s:
        assert (await s.get(f"{ADMIN}/{other.id}")).status_code == 404
        assert (await s.post(f"{ADMIN}/{other.id}/publish")).status_code == 404
        r = await s.post(ADMIN + "/", json={"category": "x", "question": "q", "answer": "a", "org_id": t.city_b.id})
        assert r.status_code == 404 and r.json()["code"] == "faq.org_not_found"
        r = await s.post(ADMIN + "/", json={"category": "", "question": "q" * 201, "answer": "a", "extra": 1})
        assert r.status_code == 422
        assert (await s.get(ADMIN + "/")).json()["total"] == 0
    assert await FaqEntry.filter(org_id=t.city_a.id).count() == 0
    await factories.admin(t.hospital_a1, username="proctor1", roles=("proctor",))
    async with factories.AdminSession(client, "proctor1") as s:
        assert (await s.get(ADMIN + "/")).status_code == 403


async def test_phone_reads_published_entries_for_its_audience(client):
    t = await factories.tree()
    await faq_demo.seed(org=t.province)
    local = await FaqEntry.create(org_id=t.county_a1.id, category="本地", question="江岸区的考点在哪里？",
                                  answer="区卫健局三楼", audience="physician", published=True)
    elsewhere = await FaqEntry.create(org_id=t.county_b1.id, category="本地", question="西陵区的考点",
                                      answer="x", audience="physician", published=True)
    doc = await factories.physician(t.hospital_a1)
    me = await factories.mp_physician(doc)
    h = {"Authorization": "Bearer " + factories.mp_token(me)}
    body = (await client.get(MP, headers=h)).json()
    assert body["audience"] == "physician"
    ids = {i["id"] for i in body["items"]}
    assert local.id in ids and elsewhere.id not in ids
    assert "病案复印" not in body["categories"] and "本地" in body["categories"]
    assert all("草稿" not in i["question"] for i in body["items"])  # the demo's draft stays in the console
    body = (await client.get(MP + "?q=换绑码", headers=h)).json()
    assert body["total"] == 1 and "换绑码" in body["items"][0]["answer"]
    body = (await client.get(MP + "?category=本地", headers=h)).json()
    assert [i["id"] for i in body["items"]] == [local.id]

    patient = await factories.mp_patient_account()
    body = (await client.get(MP, headers=patient.headers)).json()
    assert body["audience"] == "patient"
    assert {i["category"] for i in body["items"]} == {"病案复印", "家庭健康管理", "账号与消息"}
    assert local.id not in {i["id"] for i in body["items"]}

    assert (await client.get(MP)).status_code == 401
    assert (await client.get(MP + "?page_size=5000", headers=h)).status_code == 422


async def test_demo_seed_runs_once(client):
    root = await factories.org(None, OrgKind.PROVINCE)
    first = await faq_demo.seed(org=root, patient=False)
    assert first > 5 and await faq_demo.seed(org=root) == 0
    assert await FaqEntry.filter(org_id=root.id, audience="patient").count() == 0


async def test_console_shows_what_the_orgs_above_published(client):
    t = await factories.tree()
    await faq_demo.seed(org=t.province, patient=False)
    await factories.admin(t.county_a1, username="jiangan")
    async with factories.AdminSession(client, "jiangan") as s:
        page = await s.get("/admin/faq")
        assert "上级机构发布的常见问题" in page.text and "换绑码" not in page.text  # questions only
        assert "更换了微信号，如何重新绑定？" in page.text and "（草稿）" not in page.text
        assert (await s.get(ADMIN + "/")).json()["total"] == 0  # the API lists only the own scope


async def test_help_articles_for_doctors_and_for_a_hospitals_patients(client):
    """Help articles are FAQ entries: doctors read theirs in the workstation (any console
    account of the hospital), patients read a hospital's in its 帮助与反馈."""
    t = await factories.tree()
    await faq_demo.seed(org=t.province)
    long_text = "第一步：打开工作站。\n" + "说明" * 9_000  # a help article runs longer than an FAQ answer
    doctor_help = await FaqEntry.create(org_id=t.hospital_a1.id, category="接诊", question="如何接诊图文咨询？",
                                        answer=long_text, audience="doctor", published=True)
    city_help = await FaqEntry.create(org_id=t.city_a.id, category="账号", question="忘记工作站密码",
                                      answer="联系本院管理员重置。", audience="doctor", published=True)
    other_help = await FaqEntry.create(org_id=t.hospital_a2.id, category="接诊", question="别院的帮助",
                                       answer="x", audience="doctor", published=True)
    draft = await FaqEntry.create(org_id=t.hospital_a1.id, category="接诊", question="草稿帮助", answer="x",
                                  audience="doctor")
    hospital_faq = await FaqEntry.create(org_id=t.hospital_a1.id, category="就诊", question="本院挂号时间？",
                                         answer="工作日 8:00 起。", audience="patient", published=True)
    # A doctor's workstation login is a console account of its hospital without FAQ permissions.
    await factories.admin(t.hospital_a1, username="doctor1", roles=("proctor",))
    async with factories.AdminSession(client, "doctor1") as s:
        body = (await s.get("/api/admin/v1/help")).json()
        ids = {i["id"] for i in body["items"]}
        assert body["audience"] == "doctor"
        assert {doctor_help.id, city_help.id} <= ids and not ids & {other_help.id, draft.id, hospital_faq.id}
        assert all(i["category"] != "病案复印" for i in body["items"])  # patients' entries stay theirs
        assert next(i for i in body["items"] if i["id"] == doctor_help.id)["answer"] == long_text
        body = (await s.get("/api/admin/v1/help?q=密码")).json()
        assert [i["id"] for i in body["items"]] == [city_help.id]
        page = await s.get("/admin/help?category=接诊")
        assert page.status_code == 200 and "如何接诊图文咨询？" in page.text and "忘记工作站密码" not in page.text
    client.cookies.clear()
    assert (await client.get("/api/admin/v1/help")).status_code == 401

    patient = await factories.mp_patient_account()
    body = (await client.get(f"{MP}?institution_id={t.hospital_a1.id}", headers=patient.headers)).json()
    ids = {i["id"] for i in body["items"]}
    assert body["audience"] == "patient" and hospital_faq.id in ids and not ids & {doctor_help.id, city_help.id}
    assert "病案复印" in body["categories"]  # the province's patient entries reach the hospital's patients
    # Without a hospital, a patient reads the roots' entries only.
    assert hospital_faq.id not in {i["id"] for i in (await client.get(MP, headers=patient.headers)).json()["items"]}
    # A physician opening a hospital's 帮助与反馈 reads the patients' help there too.
    doc = await factories.physician(t.hospital_a1)
    h = {"Authorization": "Bearer " + factories.mp_token(await factories.mp_physician(doc))}
    body = (await client.get(f"{MP}?institution_id={t.hospital_a1.id}", headers=h)).json()
    assert body["audience"] == "patient" and hospital_faq.id in {i["id"] for i in body["items"]}
    for bad in (t.city_a.id, 2_000_000_000):  # not a hospital, or none at all
        r = await client.get(f"{MP}?institution_id={bad}", headers=patient.headers)
        assert r.status_code == 404 and r.json()["code"] == "faq.institution_not_found"
    assert (await client.get(f"{MP}?institution_id=0", headers=patient.headers)).status_code == 422


async def test_help_article_length_is_bounded(client):
    t = await factories.tree()
    await factories.admin(t.hospital_a1, username="hosp", roles=("institution_admin",))
    async with factories.AdminSession(client, "hosp") as s:
        r = await s.post(ADMIN + "/", json={"category": "接诊", "question": "长文", "answer": "字" * 20_000,
                                            "audience": "doctor"})
        assert r.status_code == 201 and r.json()["audience"] == "doctor"
        r = await s.post(ADMIN + "/", json={"category": "接诊", "question": "过长", "answer": "字" * 20_001})
        assert r.status_code == 422 and r.json()["details"]["errors"][0]["path"] == "answer"
        r = await s.post(ADMIN + "/", json={"category": "接诊", "question": "q", "answer": "a", "audience": "staff"})
        assert r.status_code == 422
    assert await FaqEntry.filter(question="过长").count() == 0
