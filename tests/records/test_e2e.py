"""Issue 5 end to end, over HTTP as the phones and the console use it: a family is
formed (an invitation, an application the owner approves), the father grants his
daughter the right to request his records, she is refused before the grant and
after its revocation, her identity check of her father fails with a stranger's
face and passes with his, the record room reviews and uploads the copy, she
downloads it stamped on every page, the father sees who looked at his records,
and the link dies when its time is up. CI runs it on MariaDB and real Redis."""
from __future__ import annotations

import io
import time

from pypdf import PdfReader

from core.audit.models import AuditLog
from core.family.models import FamilyMember, Grant
from core.records.models import IdentityCheck, RecordRequest
from media import links
from tests import factories
from tests.proctoring.test_face import ASTRONAUT, GRACE, grace_other_shot

MP = "/api/mp/v1"
ADMIN = "/api/admin/v1/records"


def _photos(face: bytes) -> dict:
    return {"id_photo": ("id.jpg", GRACE, "image/jpeg"), "face_photo": ("face.jpg", face, "image/jpeg")}


async def test_a_daughter_gets_her_fathers_record_copy_under_his_grant(client, monkeypatch):
    t = await factories.tree()
    await factories.record_room(t.hospital_a1)
    father = await factories.mp_patient_account("张建国")
    daughter = await factories.mp_patient_account("张晓燕")
    son = await factories.mp_patient_account("张晓东")
    await factories.his_stays(t.hospital_a1, father.patient, stays=1)
    await factories.admin(t.hospital_a1, roles=("record_room",), username="records_a1")
    dad, kid = father.headers, daughter.headers

    # ---- the family: the son by an invitation link, the daughter by an application the father approves
    fid = (await client.post(f"{MP}/families", headers=dad, json={"name": "张家"})).json()["id"]
    link = (await client.post(f"{MP}/families/{fid}/invites", headers=dad, json={"channel": "link"})).json()
    r = await client.post(f"{MP}/invites/accept", headers=son.headers, json={"token": link["token"]})
    assert r.json()["state"] == "active"
    join_code = (await client.get(f"{MP}/families/{fid}", headers=dad)).json()["join_code"]
    r = await client.post(f"{MP}/families/join", headers=kid, json={"code": join_code, "relation": "子女"})
    assert r.status_code == 201 and r.json() == {"family_id": fid, "state": "pending"}
    r = await client.post(f"{MP}/families/{fid}/applications/{daughter.actor.id}/approve", headers=dad)
    assert r.status_code == 200 and r.json()["state"] == "active"
    assert await FamilyMember.filter(family_id=fid, state="active").count() == 3

    # ---- without a grant the daughter cannot even check her father's identity
    form = {"patient_id": str(father.patient.id), "id_number": father.id_number, "name": "张建国"}
    r = await client.post(f"{MP}/records/identity-checks", headers=kid, data=form, files=_photos(grace_other_shot()))
    assert r.status_code == 403 and r.json()["code"] == "family.no_grant"
    assert not await IdentityCheck.exists()

    # ---- the father lets her act on his record requests (and only that)
    r = await client.post(f"{MP}/families/{fid}/grants", headers=dad,
                          json={"grantee": daughter.actor.id, "scopes": ["record_requests"], "can_act": True})
    assert r.status_code in (200, 201), r.text
    picker = (await client.get(f"{MP}/patients/reachable?scope=record_requests&act=true", headers=kid)).json()
    assert father.patient.id in {p["id"] for p in picker["items"]}

    # ---- identity: a stranger's face fails and says why, the father's own face passes
    r = await client.post(f"{MP}/records/identity-checks", headers=kid, data=form, files=_photos(ASTRONAUT))
    assert r.status_code == 201 and r.json()["passed"] is False
    assert [p["code"] for p in r.json()["problems"]] == ["face_mismatch"]
    r = await client.post(f"{MP}/records/identity-checks", headers=kid, data=form, files=_photos(grace_other_shot()))
    assert r.status_code == 201 and r.json()["passed"] is True
    check_id = r.json()["id"]
    assert [c.outcome for c in await IdentityCheck.filter(patient_id=father.patient.id).order_by("id")] == \
        ["failed", "passed"]

    # ---- archived stays from the HIS, then the request
    r = await client.get(f"{MP}/records/institutions/{t.hospital_a1.id}/admissions?patient_id={father.patient.id}",
                         headers=kid)
    stay = r.json()["admissions"][0]
    body = {"institution_id": t.hospital_a1.id, "patient_id": father.patient.id, "identity_check_id": check_id,
            "admission_ids": [stay["id"]], "purpose": "medical_insurance",
            "contents": ["front_page", "discharge_summary"], "delivery": "download"}
    r = await client.post(f"{MP}/records/requests", headers=kid, json=body)
    assert r.status_code == 201, r.text
    req = r.json()
    row = await RecordRequest.get(id=req["id"])
    assert row.state == "under_review" and row.requester_id == daughter.actor.id and row.grant_id is not None

    # ---- the record room: the request in its list, approve, upload the scanned copy
    async with factories.AdminSession(client, "records_a1") as staff:
        listed = (await staff.get(f"{ADMIN}/requests?state=under_review")).json()
        assert [i["number"] for i in listed["items"]] == [req["number"]]
        assert father.id_number not in str(listed)  # masked on the console too
        r = await staff.post(f"{ADMIN}/requests/{req['id']}/review", json={"approve": True})
        assert r.json()["state"] == "in_preparation"
        r = await staff.post(f"{ADMIN}/requests/{req['id']}/copy",
                             files={"file": ("copy.pdf", factories.pdf_pages(3), "application/pdf")})
        assert r.status_code == 201 and r.json()["state"] == "ready"

    # ---- the daughter downloads it: stamped with her masked name and the request number on every page
    url = (await client.post(f"{MP}/records/requests/{req['id']}/download-link", headers=kid)).json()["url"]
    r = await client.get(url)
    assert r.status_code == 200 and r.headers["content-type"] == "application/pdf"
    texts = [p.extract_text() for p in PdfReader(io.BytesIO(r.content)).pages]
    assert len(texts) == 3 and all(req["number"] in text for text in texts)
    assert all("张晓燕" not in text for text in texts)  # the requester appears masked
    row = await RecordRequest.get(id=req["id"])
    assert row.state == "downloaded" and row.download_count == 1
    assert await AuditLog.filter(action__startswith="records.download").exists()

    # ---- the father sees who acted on his records
    accesses = (await client.get(f"{MP}/me/accesses", headers=dad)).json()["items"]
    assert {a["action"] for a in accesses} >= {"record_request"}
    assert all(a["grantee"] == daughter.actor.id and a["grantee_name"] != "张晓燕" for a in accesses)

    # ---- the link dies when its time is up
    later = time.time() + 3600
    monkeypatch.setattr(links.time, "time", lambda: later)
    r = await client.get(url)
    assert r.status_code == 410 and r.json()["code"] == "media.link_expired"
    monkeypatch.undo()

    # ---- the father revokes: at once, she can no longer get a link
    grant = await Grant.get(grantor_id=father.actor.id, grantee_id=daughter.actor.id, scope="record_requests",
                            revoked_at=None)
    r = await client.delete(f"{MP}/families/{fid}/grants/{grant.id}", headers=dad)
    assert r.status_code in (200, 204)
    r = await client.post(f"{MP}/records/requests/{req['id']}/download-link", headers=kid)
    assert r.status_code == 403 and r.json()["code"] == "family.no_grant"
    assert (await RecordRequest.get(id=req["id"])).download_count == 1
