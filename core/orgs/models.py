"""The org tree: health commissions by region, and the organisations under them."""
from __future__ import annotations

from enum import Enum

from tortoise import fields

from core.db import EncryptedField, SoftDeleteModel


class OrgKind(str, Enum):
    PROVINCE = "province_commission"
    CITY = "city_commission"
    COUNTY = "county_commission"
    MEDICAL = "medical_institution"
    ASSESSMENT = "assessment_institution"
    INDUSTRY = "industry_organisation"


COMMISSION_KINDS = (OrgKind.PROVINCE, OrgKind.CITY, OrgKind.COUNTY)
# Which kind of node may sit under which: commissions form the region chain,
# organisations hang off a region (city or county) and have no children.
ALLOWED_PARENTS = {
    OrgKind.PROVINCE: (None,),
    OrgKind.CITY: (OrgKind.PROVINCE,),
    OrgKind.COUNTY: (OrgKind.CITY,),
    OrgKind.MEDICAL: COMMISSION_KINDS,
    OrgKind.ASSESSMENT: COMMISSION_KINDS,
    OrgKind.INDUSTRY: COMMISSION_KINDS,
}


class OrgNode(SoftDeleteModel):
    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=128)
    kind = fields.CharEnumField(OrgKind, max_length=32)
    code = fields.CharField(max_length=32, unique=True, description="region or credit code")
    parent = fields.ForeignKeyField("models.OrgNode", related_name="children", null=True,
                                    on_delete=fields.RESTRICT)
    # Materialised path "/1/4/9/": scoping is a prefix match on an index.
    path = fields.CharField(max_length=255, db_index=True, default="")
    level = fields.SmallIntField(default=0)
    contact_name = fields.CharField(max_length=64, default="")
    contact_phone = EncryptedField(mask="phone", null=True)
    address = fields.CharField(max_length=255, default="")
    # Seed 000: provinces allow or disallow institutions to apply as assessment institutions.
    may_apply_assessment = fields.BooleanField(default=False)
    # The commission edits its own info and that of its assessment committee and office
    # (seed 000); one JSON document keyed by section keeps those forms on one mechanism.
    profile = fields.JSONField(null=True)

    pii_names = ("contact_name",)

    class Meta:
        table = "org_node"

    def __str__(self) -> str:
        return self.name
