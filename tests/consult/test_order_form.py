"""The order form's BFF screen (/api/bff/v1/consult/doctors/<id>/order-form): the doctor, whom the
caller may order for (its own 就诊人, then the family members whose grant "在线问诊" allows acting;
a grant to see only is not listed), and whether a newer informed consent must be accepted first."""
from __future__ import annotations

from core.doctors import consent
from core.doctors.schemas import ConsentIn
from tests import factories

BFF = "/api/bff/v1/consult"


async def test_the_order_form_lists_whom_one_may_order_for_and_the_consent(client):
    w = await factories.consult_world()
    r = await client.get(f"{BFF}/doctors/{w.doctor.id}/order-form", headers=w.child.headers)
    assert r.status_code == 200, r.text
    form = r.json()
    assert form["doctor"]["name"] == "李时珍" and [s["kind"] for s in form["doctor"]["services"]] == ["text"]
    assert (form["consent_required"], form["consent_version"]) == (False, None)
    people = [(p["id"], p["mine"], p["can_act"]) for p in form["patients"]]
    assert people == [(w.child.patient.id, True, True), (w.parent.patient.id, False, True)]
    assert "王大山" not in r.text  # the relative's name is masked
    assert w.parent.id_number not in r.text

    # A grant to see only is no grant to order: the stranger's relative is not offered.
    other = await factories.mp_patient_account("钱多多")
    fam = await factories.family_of(other, w.stranger)
    await factories.family_grant(fam, other, w.stranger, "consultations", can_act=False)
    form = (await client.get(f"{BFF}/doctors/{w.doctor.id}/order-form", headers=w.stranger.headers)).json()
    assert [p["id"] for p in form["patients"]] == [w.stranger.patient.id]

    # A newer consent: the form says so before anything is typed.
    await consent.publish(actor=await factories.actor(w.tree.province), data=ConsentIn(body="新须知", fees="30 元"))
    form = (await client.get(f"{BFF}/doctors/{w.doctor.id}/order-form", headers=w.child.headers)).json()
    assert (form["consent_required"], form["consent_version"]) == (True, 2)

    offline = await factories.catalogue_doctor(w.department, name="下线医生", enabled=False)
    for gone in (offline.id, 9_000_000):
        r = await client.get(f"{BFF}/doctors/{gone}/order-form", headers=w.child.headers)
        assert r.status_code == 404 and r.json()["code"] == "doctors.doctor_unavailable"
    assert (await client.get(f"{BFF}/doctors/{w.doctor.id}/order-form")).status_code == 401
