"""Changing an account's roles: within scope, never beyond the actor's own permissions
inside the actor's own org, never one's own, audited, effective on the next request."""
from __future__ import annotations

from core.accounts.models import AdminAccount
from core.audit.models import AuditLog
from tests import factories

API = "/api/admin/v1/accounts"


async def test_an_institution_admin_makes_a_colleague_record_room_staff(client):
    t = await factories.tree()
    await factories.admin(t.hospital_a1, roles=("institution_admin",), username="hosp_admin")
    colleague = await factories.admin(t.hospital_a1, roles=("viewer",), username="colleague")
    async with factories.AdminSession(client, "colleague") as c:
        assert (await c.get("/api/admin/v1/records/requests")).status_code == 403
    async with factories.AdminSession(client, "hosp_admin") as admin:
        r = await admin.put(f"{API}/{colleague.id}/roles", json={"roles": ["record_room", "proctor"]})
        assert r.status_code == 200 and r.json()["roles"] == ["record_room", "proctor"]
        # Nothing the institution admin lacks, inside the institution.
        r = await admin.put(f"{API}/{colleague.id}/roles", json={"roles": ["commission_admin"]})
        assert r.status_code == 403 and r.json()["code"] == "accounts.roles_beyond_own"
        assert "orgs.write" in r.json()["details"]["permissions"]
        r = await admin.put(f"{API}/{colleague.id}/roles", json={"roles": ["no_such_role"]})
        assert r.status_code == 422 and r.json()["code"] == "accounts.unknown_role"
        r = await admin.put(f"{API}/{colleague.id}/roles", json={"roles": []})
        assert r.status_code == 422 and r.json()["details"]["errors"][0]["path"] == "roles"
        me = await AdminAccount.get(username="hosp_admin")
        r = await admin.put(f"{API}/{me.id}/roles", json={"roles": ["commission_admin"]})
        assert r.status_code == 409 and r.json()["code"] == "accounts.own_roles"
    assert (await AdminAccount.get(id=colleague.id)).roles == ["record_room", "proctor"]
    assert (await AdminAccount.get(username="hosp_admin")).roles == ["institution_admin"]
    row = await AuditLog.get(action="accounts.set_roles", target_id=str(colleague.id))
    assert row.before["roles"] == ["viewer"] and row.after["roles"] == ["record_room", "proctor"]
    # The colleague's next request already has the new permissions.
    async with factories.AdminSession(client, "colleague") as c:
        r = await c.get("/api/admin/v1/records/requests")
        assert r.status_code == 200 and r.json()["total"] == 0


async def test_a_commission_sets_up_institution_accounts_but_not_outside_its_area(client):
    t = await factories.tree()
    await factories.admin(t.county_a1, roles=("commission_admin",), username="county_admin")
    inside = await factories.admin(t.hospital_a1, roles=("viewer",), username="inside")
    outside = await factories.admin(t.hospital_b1, roles=("viewer",), username="outside")
    async with factories.AdminSession(client, "county_admin") as county:
        # Below its own org the scope bounds the account: institution roles may be given.
        r = await county.put(f"{API}/{inside.id}/roles", json={"roles": ["institution_admin"]})
        assert r.status_code == 200 and r.json()["roles"] == ["institution_admin"]
        r = await county.put(f"{API}/{outside.id}/roles", json={"roles": ["institution_admin"]})
        assert r.status_code == 404
    assert (await AdminAccount.get(id=outside.id)).roles == ["viewer"]
    assert await AuditLog.filter(outcome="denied", target_type="AdminAccount", target_id=str(outside.id)).exists()
