"""Data scope: a county administrator cannot read, change, delete or export
another county's records by guessing ids (seed 000: accounts see their own
region only). Every attempt answers like a missing record and is audited."""
import io

from openpyxl import load_workbook

from core.accounts.models import AdminAccount
from core.assessment.models import Physician
from core.audit.models import AuditLog
from core.orgs.models import OrgNode
from tests import factories


async def _county_admin(client, t):
    a = await factories.admin(t.county_a1)
    s = await factories.login(client, a.username)
    return a, {"X-CSRF-Token": s["csrf_token"]}


def _rows(xlsx: bytes) -> list[tuple]:
    ws = load_workbook(io.BytesIO(xlsx)).active
    return [tuple(r) for r in ws.iter_rows(values_only=True)]


async def test_county_admin_cannot_touch_other_county_physicians(client):
    t = await factories.tree()
    mine = await factories.physician(t.hospital_a1, name="本区医生")
    neighbour = await factories.physician(t.hospital_a2, name="邻区医生")  # same city, other county
    far = await factories.physician(t.hospital_b1, name="外市医生")
    admin, h = await _county_admin(client, t)

    r = await client.get("/api/admin/v1/physicians")
    assert [p["id"] for p in r.json()["items"]] == [mine.id]

    for other in (neighbour, far):
        r = await client.get(f"/api/admin/v1/physicians/{other.id}")
        assert r.status_code == 404 and r.json()["code"] == "request.not_found"
        r = await client.patch(f"/api/admin/v1/physicians/{other.id}", headers=h, json={"name": "篡改"})
        assert r.status_code == 404
        r = await client.delete(f"/api/admin/v1/physicians/{other.id}", headers=h)
        assert r.status_code == 404
        fresh = await Physician.get(id=other.id)
        assert fresh.name == other.name and fresh.deleted_at is None

    # A guessed id looks exactly like an id that does not exist...
    missing = await client.get("/api/admin/v1/physicians/999999")
    guessed = await client.get(f"/api/admin/v1/physicians/{far.id}")
    assert missing.json()["code"] == guessed.json()["code"] and missing.status_code == guessed.status_code
    # ...but the guess is audited as denied, the truly missing id is not.
    # Reads, changes and deletes are all recorded, though the writes rolled back.
    denied = await AuditLog.filter(outcome="denied", action="scope.read", actor_id=str(admin.id))
    assert sorted(d.target_id for d in denied) == sorted([str(neighbour.id)] * 3 + [str(far.id)] * 4)

    r = await client.get(f"/api/admin/v1/physicians/export?ids={mine.id},{neighbour.id},{far.id}")
    assert r.status_code == 200
    rows = _rows(r.content)
    assert [row[0] for row in rows[1:]] == [mine.id]
    r = await client.get("/api/admin/v1/physicians/export")
    assert [row[0] for row in _rows(r.content)[1:]] == [mine.id]

    # Creating a physician in another county's hospital is refused too.
    r = await client.post("/api/admin/v1/physicians", headers=h, json={
        "name": "王五", "id_number": factories.id_number(), "institution_id": t.hospital_b1.id})
    assert r.status_code == 404
    assert not await Physician.filter(name="王五").exists()


async def test_county_admin_cannot_touch_other_orgs_and_accounts(client):
    t = await factories.tree()
    other_admin = await factories.admin(t.county_b1)
    _, h = await _county_admin(client, t)

    r = await client.get("/api/admin/v1/orgs?page_size=100")
    assert {o["id"] for o in r.json()["items"]} == {t.county_a1.id, t.hospital_a1.id}
    assert (await client.get(f"/api/admin/v1/orgs/{t.county_b1.id}")).status_code == 404
    assert (await client.get(f"/api/admin/v1/orgs/{t.city_a.id}")).status_code == 404  # the parent too
    r = await client.patch(f"/api/admin/v1/orgs/{t.hospital_b1.id}", headers=h, json={"name": "x"})
    assert r.status_code == 404
    assert (await OrgNode.get(id=t.hospital_b1.id)).name == "西陵医院"
    assert (await client.delete(f"/api/admin/v1/orgs/{t.hospital_b1.id}", headers=h)).status_code == 404
    r = await client.get("/api/admin/v1/orgs/export")
    assert {row[0] for row in _rows(r.content)[1:]} == {t.county_a1.id, t.hospital_a1.id}

    assert (await client.get(f"/api/admin/v1/accounts/{other_admin.id}")).status_code == 404
    r = await client.post(f"/api/admin/v1/accounts/{other_admin.id}/disabled", headers=h, json={"disabled": True})
    assert r.status_code == 404
    r = await client.post(f"/api/admin/v1/accounts/{other_admin.id}/reset-password", headers=h)
    assert r.status_code == 404
    assert (await client.delete(f"/api/admin/v1/accounts/{other_admin.id}", headers=h)).status_code == 404
    fresh = await AdminAccount.get(id=other_admin.id)
    assert not fresh.disabled and fresh.deleted_at is None and fresh.password_hash == other_admin.password_hash
    # Creating an admin attached to someone else's org is refused.
    r = await client.post("/api/admin/v1/accounts", headers=h, json={
        "username": "intruder", "org_id": t.city_b.id, "roles": ["commission_admin"]})
    assert r.status_code == 404 and not await AdminAccount.filter(username="intruder").exists()


async def test_city_admin_sees_its_counties_but_not_the_other_city(client):
    t = await factories.tree()
    a1 = await factories.physician(t.hospital_a1)
    a2 = await factories.physician(t.hospital_a2)
    await factories.physician(t.hospital_b1)
    city = await factories.admin(t.city_a)
    await factories.login(client, city.username)
    r = await client.get("/api/admin/v1/physicians")
    assert {p["id"] for p in r.json()["items"]} == {a1.id, a2.id}
    assert r.json()["total"] == 2


async def test_county_admin_cannot_restore_other_county_deletions(client):
    t = await factories.tree()
    far = await factories.physician(t.hospital_b1)
    from core.assessment import service as assessment_service

    province = await factories.actor(t.province)
    await assessment_service.delete_physician(actor=province, physician_id=far.id)
    _, h = await _county_admin(client, t)
    r = await client.get("/api/admin/v1/recycle-bin")
    assert r.json()["total"] == 0
    r = await client.post(f"/api/admin/v1/recycle-bin/physician/{far.id}/restore", headers=h)
    assert r.status_code == 404
    assert (await Physician.get(id=far.id)).deleted_at is not None


async def test_id_filters_in_the_query_string_take_any_row_id(client):
    """An id in a list filter has the range of the id columns, like ids in paths and bodies:
    a large real-looking id is simply not found, only one beyond the column is refused."""
    t = await factories.tree()
    await factories.physician(t.hospital_a1, name="本区医生")
    await _county_admin(client, t)
    for value in (10_000_001, 2**31 - 1):
        r = await client.get("/api/admin/v1/physicians", params={"institution_id": value})
        assert r.status_code == 200 and r.json()["items"] == []
    for value in (2**31, 0, "x"):
        r = await client.get("/api/admin/v1/physicians", params={"institution_id": value})
        assert r.status_code == 422 and r.json()["details"]["errors"][0]["path"] == "institution_id"
    r = await client.get("/api/admin/v1/physicians", params={"institution_id": t.hospital_a1.id})
    assert r.status_code == 200 and len(r.json()["items"]) == 1
