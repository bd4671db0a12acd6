"""Recycle bin (seed 001 item 10): deletes are soft, listed in scope, restorable, audited."""
from core.assessment import service as assessment_service
from core.assessment.models import Physician
from core.audit.models import AuditLog
from core.orgs import service as orgs_service
from core.recycle import service as recycle_service
from tests import factories


async def test_delete_list_and_restore_through_the_api(client):
    t = await factories.tree()
    doc = await factories.physician(t.hospital_a1, name="李时珍")
    a = await factories.admin(t.county_a1)
    s = await factories.login(client, a.username)
    h = {"X-CSRF-Token": s["csrf_token"]}
    assert (await client.delete(f"/api/admin/v1/physicians/{doc.id}", headers=h)).json()["deleted"] is True
    gone = await Physician.get(id=doc.id)
    assert gone.deleted_at is not None and gone.deleted_by_id == a.id  # soft: the row is still there
    assert (await client.get(f"/api/admin/v1/physicians/{doc.id}")).status_code == 404
    assert (await client.get("/api/admin/v1/physicians")).json()["total"] == 0

    r = await client.get("/api/admin/v1/recycle-bin?kind=physician")
    items = r.json()["items"]
    assert [(i["kind"], i["id"], i["title"], i["deleted_by_id"]) for i in items] == [
        ("physician", doc.id, "李时珍", a.id)]

    r = await client.post(f"/api/admin/v1/recycle-bin/physician/{doc.id}/restore", headers=h)
    assert r.json() == {"restored": True, "kind": "physician", "id": doc.id}
    assert (await Physician.get(id=doc.id)).deleted_at is None
    assert (await client.get(f"/api/admin/v1/physicians/{doc.id}")).status_code == 200
    assert (await client.get("/api/admin/v1/recycle-bin")).json()["total"] == 0
    actions = [r.action for r in await AuditLog.filter(target_type="Physician").order_by("seq")]
    assert actions == ["physicians.delete", "recycle.restore"]


async def test_unknown_kind_and_live_record_restore_are_clear_errors(client):
    t = await factories.tree()
    doc = await factories.physician(t.hospital_a1)
    a = await factories.admin(t.province)
    s = await factories.login(client, a.username)
    h = {"X-CSRF-Token": s["csrf_token"]}
    r = await client.post(f"/api/admin/v1/recycle-bin/spaceship/{doc.id}/restore", headers=h)
    assert r.status_code == 422 and r.json()["code"] == "recycle.unknown_kind"
    assert "physician" in r.json()["details"]["known"]
    r = await client.post(f"/api/admin/v1/recycle-bin/physician/{doc.id}/restore", headers=h)
    assert r.status_code == 404  # not in the bin


async def test_orgs_and_accounts_go_to_the_bin_too():
    t = await factories.tree()
    actor = await factories.actor(t.province)
    clerk = await factories.admin(t.county_b1)
    from core.accounts import service as accounts_service

    await accounts_service.delete_admin(actor=actor, account_id=clerk.id)
    # An org with live children or staff cannot be deleted; an empty one can.
    from core.orgs.errors import HasChildren
    import pytest

    with pytest.raises(HasChildren):
        await orgs_service.delete_org(actor=actor, org_id=t.county_a1.id)
    await orgs_service.delete_org(actor=actor, org_id=t.hospital_b1.id)
    total, items = await recycle_service.list_deleted(actor=actor)
    assert total == 2 and {(i.kind, i.id) for i in items} == {("admin_account", clerk.id), ("org", t.hospital_b1.id)}
    await recycle_service.restore(actor=actor, kind="org", record_id=t.hospital_b1.id)
    total, _ = await recycle_service.list_deleted(actor=actor)
    assert total == 1


async def test_a_deleted_physician_blocks_a_duplicate_and_says_to_restore():
    t = await factories.tree()
    actor = await factories.actor(t.province)
    number = factories.id_number()
    doc = await assessment_service.create_physician(actor=actor, name="甲", id_number=number,
                                                    institution_id=t.hospital_a1.id)
    await assessment_service.delete_physician(actor=actor, physician_id=doc.id)
    import pytest
    from core.assessment.errors import PhysicianExists

    with pytest.raises(PhysicianExists) as exc:
        await assessment_service.create_physician(actor=actor, name="甲", id_number=number,
                                                  institution_id=t.hospital_a1.id)
    assert "回收站" in exc.value.message
    assert await Physician.filter(id_number_bidx=doc.id_number_bidx).count() == 1
