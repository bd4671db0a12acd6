"""The periodic assessment end to end over HTTP, as the consoles and the
mini-program drive it: province opens a cycle, institution enrols, physician
binds and files, institution reviews, assessment institution re-reviews,
scores, make-up and results."""
from core.assessment.models import AssessmentAssignment, Enrolment, Physician
from core.orgs.models import OrgKind
from tests import factories

API = "/api/admin/v1/assessment"
MP = "/api/mp/v1/assessment"


async def _setup():
    t = await factories.tree()
    assessor = await factories.org(t.city_a, OrgKind.ASSESSMENT, "武汉考核机构")
    await AssessmentAssignment.create(target_id=t.county_a1.id, assessment_org_id=assessor.id)
    await factories.admin(t.province, username="prov")
    await factories.admin(t.hospital_a1, username="hosp", roles=("institution_admin",))
    await factories.admin(assessor, username="assessor", roles=("assessment_admin",))
    return t, assessor


async def _physician_client(client, hosp, doc):
    """The institution resets the password; the physician binds with it on the phone."""
    from core.accounts.models import MpAccount
    from core.principal import Principal

    initial = (await hosp.post(f"{API}/physicians/{doc.id}/reset-password")).json()["initial_password"]
    acct = await MpAccount.create(openid=f"o-api-{doc.id}")
    headers = {"Authorization": "Bearer " + factories.mp_token(Principal(kind="mp", id=acct.id))}
    r = await client.post(f"{MP}/bind", headers=headers,
                          json={"id_number": doc.id_number, "name": doc.name, "password": initial})
    assert r.status_code == 200, r.text
    assert r.json()["physician_id"] == doc.id and "*" in r.json()["id_number"]
    return headers


async def _file(client, headers, procedure="general"):
    for key, data in factories.FILING.items():
        r = await client.put(f"{MP}/filing/sections/{key}", headers=headers, json=data)
        assert r.status_code == 200, r.text
    await client.put(f"{MP}/filing/sections/procedure", headers=headers, json={"procedure": procedure})
    r = await client.post(f"{MP}/filing/submit", headers=headers)
    assert r.status_code == 200, r.text
    return r.json()["enrolment_id"]


async def test_whole_flow_over_http(client):
    t, assessor = await _setup()
    good = await factories.physician(t.hospital_a1, name="赵合格")
    weak = await factories.physician(t.hospital_a1, name="钱补考")
    await factories.physician(t.hospital_b1, name="外市医生")

    async with factories.AdminSession(client, "prov") as prov:
        r = await prov.post(f"{API}/cycles", json={"code": "2026", "name": "2026年度", "settings": factories.CYCLE_SETTINGS})
        assert r.status_code == 201, r.text
        cycle_id = r.json()["id"]
        r = await prov.put(f"{API}/cycles/{cycle_id}/settings", json={**factories.CYCLE_SETTINGS, "pass_mark": 65})
        assert r.json()["version"] == 2
        assert (await prov.post(f"{API}/cycles/{cycle_id}/open")).json()["status"] == "open"
        r = await prov.put(f"{API}/cycles/{cycle_id}/settings", json=factories.CYCLE_SETTINGS)
        assert r.status_code == 409 and r.json()["code"] == "assessment.cycle_frozen"
        history = (await prov.get(f"{API}/cycles/{cycle_id}/history")).json()["items"]
        assert [h["settings"]["pass_mark"] for h in history] == [60, 65]

    async with factories.AdminSession(client, "hosp") as hosp:
        cands = (await hosp.get(f"{API}/cycles/{cycle_id}/candidates")).json()
        assert {c["id"] for c in cands["items"]} == {good.id, weak.id}  # not the other city's
        r = await hosp.post(f"{API}/cycles/{cycle_id}/enrolments", json={"physician_ids": [good.id, weak.id, 999]})
        body = r.json()
        assert body["ok"] == 2 and body["failed"] == 1 and body["rows"][2]["id"] == 999
        assert (await hosp.get(f"{API}/cycles/{cycle_id}/candidates")).json()["total"] == 0
        good_h = await _physician_client(client, hosp, good)
        weak_h = await _physician_client(client, hosp, weak)

    e_good = await _file(client, good_h)
    e_weak = await _file(client, weak_h, procedure="general")
    filing = (await client.get(f"{MP}/filing", headers=good_h)).json()
    assert filing["state"] == "submitted" and filing["editable"] is False
    r = await client.put(f"{MP}/filing/sections/ethics", headers=good_h, json={"statement": "改"})
    assert r.status_code == 409 and r.json()["code"] == "assessment.filing_locked"

    async with factories.AdminSession(client, "hosp") as hosp:
        listed = (await hosp.get(f"{API}/cycles/{cycle_id}/enrolments?state=submitted")).json()
        assert {i["id"] for i in listed["items"]} == {e_good, e_weak}
        assert listed["items"][0]["physician"]["name"].count("*") == 1
        r = await hosp.post(f"{API}/reviews", json={"enrolment_ids": [e_weak], "decision": "reject", "reason": ""})
        assert r.status_code == 422 and r.json()["code"] == "assessment.reason_required"
        r = await hosp.post(f"{API}/reviews", json={"enrolment_ids": [e_weak], "decision": "reject",
                                                    "reason": "工作经历不完整"})
        assert r.json()["ok"] == 1

    filing = (await client.get(f"{MP}/filing", headers=weak_h)).json()
    assert filing["state"] == "institution_rejected" and filing["reason"] == "工作经历不完整"
    assert filing["editable"] is True
    r = await client.post(f"{MP}/filing/submit", headers=weak_h)
    assert r.json()["state"] == "submitted"

    async with factories.AdminSession(client, "hosp") as hosp:
        r = await hosp.post(f"{API}/reviews", json={"enrolment_ids": [e_good, e_weak], "decision": "approve"})
        assert r.json()["ok"] == 2

    async with factories.AdminSession(client, "assessor") as ass:
        pending = (await ass.get(f"{API}/cycles/{cycle_id}/enrolments?state=institution_approved")).json()
        assert pending["total"] == 2
        r = await ass.post(f"{API}/reviews", json={"enrolment_ids": [e_good, e_weak], "decision": "approve"})
        assert r.json()["ok"] == 2
        assert (await ass.post(f"{API}/enrolments/{e_good}/score", json={"score": 88})).json()["result"] == "pass"
        r = await ass.post(f"{API}/enrolments/{e_weak}/score", json={"score": 50})
        assert r.json()["result"] is None and r.json()["makeup"] == "listed"
        detail = (await ass.get(f"{API}/enrolments/{e_weak}")).json()
        assert [s["action"] for s in detail["trail"]] == [
            "submit", "institution_reject", "submit", "institution_approve", "assessment_approve"]
        # `from` is a Python keyword: the output model's alias, sent under that name.
        assert [(s["from"], s["to"]) for s in detail["trail"][:2]] == [
            ("draft", "submitted"), ("submitted", "institution_rejected")]

    async with factories.AdminSession(client, "prov") as prov:
        listed = (await prov.get(f"{API}/cycles/{cycle_id}/enrolments?makeup=listed")).json()
        assert [i["id"] for i in listed["items"]] == [e_weak]
        assert (await prov.post(f"{API}/makeup", json={"enrolment_ids": [e_weak], "confirm": True})).json()["ok"] == 1

    async with factories.AdminSession(client, "assessor") as ass:
        r = await ass.post(f"{API}/enrolments/{e_weak}/score", json={"score": 71, "makeup": True})
        assert r.json()["result"] == "makeup_pass"

    results = (await client.get(f"{MP}/results", headers=weak_h)).json()["items"]
    assert results[0]["result"] == "makeup_pass" and results[0]["exam_score"] == 50
    assert results[0]["result_label"] == "补考合格" and results[0]["certifiable"] is True
    rows = {e.id: e for e in await Enrolment.all()}
    assert rows[e_good].result == "pass" and rows[e_weak].result == "makeup_pass"
    assert (await Physician.get(id=good.id)).mp_account_id is not None

    # Certificates: the institution prints both in one batch; each physician downloads their own;
    # the QR code's page confirms it publicly.
    async with factories.AdminSession(client, "hosp") as hosp:
        r = await hosp.post("/api/admin/v1/certificates/batch", json={"cycle_id": cycle_id})
        assert r.status_code == 200 and r.headers["content-type"] == "application/pdf"
        from pypdf import PdfReader
        import io

        assert len(PdfReader(io.BytesIO(r.content)).pages) == 2
    r = await client.get(f"/api/mp/v1/certificates/{e_weak}.pdf", headers=weak_h)
    assert r.status_code == 200 and r.content.startswith(b"%PDF")
    assert (await client.get(f"/api/mp/v1/certificates/{e_good}.pdf", headers=weak_h)).status_code == 404
    from core.assessment import certificates
    from core.assessment.models import Certificate

    cert = await Certificate.get(enrolment_id=e_weak)
    page = await client.get(f"/verify/certificate/{certificates.verification_token(cert)}")
    assert page.status_code == 200 and "证书有效" in page.text and "钱*考" in page.text and "钱补考" not in page.text


async def test_bind_refuses_wrong_password_and_physician_needs_binding(client):
    t, _ = await _setup()
    doc = await factories.physician(t.hospital_a1)
    from core.accounts.models import MpAccount
    from core.principal import Principal

    acct = await MpAccount.create(openid="o-nobody")
    h = {"Authorization": "Bearer " + factories.mp_token(Principal(kind="mp", id=acct.id))}
    r = await client.get(f"{MP}/filing", headers=h)
    assert r.status_code == 403 and r.json()["code"] == "assessment.physician_not_bound"
    r = await client.post(f"{MP}/bind", headers=h, json={"id_number": doc.id_number, "name": doc.name,
                                                         "password": "Wrong#123456"})
    assert r.status_code == 401 and r.json()["code"] == "assessment.bind_failed"
    assert (await Physician.get(id=doc.id)).mp_account_id is None
    r = await client.put(f"{MP}/filing/sections/nonsense", headers=h, json={})
    assert r.status_code == 422 and r.json()["code"] == "assessment.unknown_section"


async def test_physician_logs_in_on_the_pc_files_and_changes_password(client):
    from core.audit.models import AuditLog

    t, _ = await _setup()
    doc = await factories.physician(t.hospital_a1, name="周电脑")
    async with factories.AdminSession(client, "prov") as prov:
        r = await prov.post(f"{API}/cycles", json={"code": "2026", "name": "2026年度", "settings": factories.CYCLE_SETTINGS})
        await prov.post(f"{API}/cycles/{r.json()['id']}/open")
        cycle_id = r.json()["id"]
    async with factories.AdminSession(client, "hosp") as hosp:
        await hosp.post(f"{API}/cycles/{cycle_id}/enrolments", json={"physician_ids": [doc.id]})
        initial = (await hosp.post(f"{API}/physicians/{doc.id}/reset-password")).json()["initial_password"]

    r = await client.post(f"{MP}/login", json={"id_number": doc.id_number, "password": "Wrong#Pass123"})
    assert r.status_code == 401 and r.json()["code"] == "assessment.bind_failed"
    r = await client.post(f"{MP}/login", json={"id_number": doc.id_number.lower(), "password": initial})
    assert r.status_code == 200 and r.json()["password_change_required"] is True
    h = {"Authorization": "Bearer " + r.json()["access_token"]}
    r = await client.post(f"{MP}/password", headers=h, json={"old_password": initial, "new_password": "short"})
    assert r.status_code == 422 and r.json()["code"] == "accounts.weak_password"
    r = await client.post(f"{MP}/password", headers=h, json={"old_password": initial, "new_password": "Doctor#2026x"})
    assert r.status_code == 200 and r.json()["changed"] is True
    h = {"Authorization": "Bearer " + r.json()["access_token"]}  # the old token ended with the change
    assert (await client.put(f"{MP}/filing/sections/basic", headers=h, json=factories.FILING["basic"])).status_code == 200
    filing = (await client.get(f"{MP}/filing", headers=h)).json()
    assert filing["sections"][0]["data"]["education"] == "本科"
    r = await client.post(f"{MP}/login", json={"id_number": doc.id_number, "password": "Doctor#2026x"})
    assert r.json()["password_change_required"] is False
    rows = await AuditLog.filter(action="auth.physician_login").order_by("seq")
    assert [r.outcome for r in rows] == ["failure", "success", "success"]
    assert all(doc.id_number not in str(r.after) for r in rows)


async def test_physician_login_locks_after_five_failures(client):
    t, _ = await _setup()
    doc = await factories.physician(t.hospital_a1)
    for i in range(5):
        await client.post(f"{MP}/login", json={"id_number": doc.id_number, "password": "Wrong#Pass123"},
                          headers={"X-Forwarded-For": f"10.3.3.{i}"})
    r = await client.post(f"{MP}/login", json={"id_number": doc.id_number, "password": "Wrong#Pass123"},
                          headers={"X-Forwarded-For": "10.3.4.1"})
    assert r.status_code == 429 and r.json()["code"] == "accounts.locked"
    from core.cache import redis

    keys = [k async for k in redis().scan_iter("login-fail:*")]
    assert keys and not any(doc.id_number in k for k in keys)
