"""Hot reads (core/db.py load_joined): the written-out join gives the same models as the ORM."""
from core import db
from core.assessment.models import Physician
from core.orgs.models import OrgNode
from tests import factories

_FROM = ("FROM physician t0 JOIN org_node t1 ON t1.id = t0.institution_id "
         "WHERE t0.name = {p} AND t1.name = {p}")


async def test_load_joined_builds_the_models_the_orm_builds():
    t = await factories.tree()
    doc = await factories.physician(t.hospital_a1, name="王一")
    await factories.physician(t.hospital_a2, name="王一")  # same name, another institution

    found = await db.load_joined(_FROM, ["王一", "江岸医院"], Physician, OrgNode)

    assert found is not None
    person, org = found
    orm = await Physician.get(id=doc.id)
    # Every field as the ORM reads it: encrypted columns decrypted, times aware, enums and FKs typed.
    for name in Physician._meta.db_fields:
        field = Physician._meta.fields_db_projection_reverse[name]
        assert getattr(person, field) == getattr(orm, field), name
    assert person.id_number == doc.id_number and person.created_at.tzinfo is not None
    assert (org.id, org.kind, org.path) == (t.hospital_a1.id, t.hospital_a1.kind, t.hospital_a1.path)
    # An instance that can be saved like any other.
    person.specialty = "外科"
    await person.save(update_fields=["specialty"])
    assert (await Physician.get(id=doc.id)).specialty == "外科"


async def test_load_joined_without_a_row_is_none():
    t = await factories.tree()
    await factories.physician(t.hospital_a1, name="王一")
    assert await db.load_joined(_FROM, ["王一", "武昌医院"], Physician, OrgNode) is None
