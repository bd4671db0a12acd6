"""The demo org tree of the assessment: 湖北省卫健委 → cities → districts, with medical
institutions, assessment institutions and an industry organisation, and an
administrator for each kind of organisation.

Why through orgs_service: the nodes, paths, levels and audit rows are what the
console would make. (The record service's branch, 上海市 → 静安区, is in
core/demo/records.py, a tree of its own.)
"""
from __future__ import annotations

from core.accounts import service as accounts_service
from core.accounts.models import AdminAccount
from core.assessment import institutions
from core.orgs import service as orgs_service
from core.orgs.models import OrgKind, OrgNode
from core.demo.catalog import ACCOUNTS, ASSESSORS, INDUSTRY, INSTITUTIONS, PROVINCE, TREE
from core.principal import Principal

def system_actor(node: OrgNode) -> Principal:
    """The loader acting as an administrator of `node` (org-tree writes; nobody logs in as it)."""
    return Principal(kind="admin", name="seed-demo", org_id=node.id, org_path=node.path,
                     permissions=frozenset({"orgs.write", "orgs.read", "accounts.write", "physicians.write"}))


async def seed_orgs(password: str) -> OrgNode:
    """Create the Hubei tree and its administrators (the caller checks it is not there yet)."""
    province = await orgs_service.create_root(name=PROVINCE[0], code=PROVINCE[1])
    root = system_actor(province)
    by_code: dict[str, OrgNode] = {PROVINCE[1]: province}
    for city_name, city_code, counties in TREE:
        city = await orgs_service.create_org(actor=root, name=city_name, kind=OrgKind.CITY, code=city_code,
                                             parent_id=province.id, contact_name="医政医管科",
                                             address=city_name.replace("卫生健康委员会", ""))
        by_code[city_code] = city
        for county_name, county_code in counties:
            by_code[county_code] = await orgs_service.create_org(
                actor=root, name=county_name, kind=OrgKind.COUNTY, code=county_code, parent_id=city.id)
    for city_code, name, code in ASSESSORS:
        by_code[code] = await orgs_service.create_org(actor=root, name=name, kind=OrgKind.ASSESSMENT, code=code,
                                                      parent_id=by_code[city_code].id)
    by_code[INDUSTRY[1]] = await orgs_service.create_org(actor=root, name=INDUSTRY[0], kind=OrgKind.INDUSTRY,
                                                         code=INDUSTRY[1], parent_id=province.id)
    for county_code, name, code in INSTITUTIONS:
        by_code[code] = await orgs_service.create_org(actor=root, name=name, kind=OrgKind.MEDICAL, code=code,
                                                      parent_id=by_code[county_code].id)
    for username, (code, roles, label) in ACCOUNTS.items():
        await accounts_service.bootstrap_admin(username=username, password=password, org_id=by_code[code].id,
                                               roles=roles, display_name=label.split("（")[0],
                                               must_change_password=False)
    # Each city's assessment institution serves the city's institutions (designation, seed 000 指派).
    chief = await admin("province")
    for city_code, _name, code in ASSESSORS:
        await institutions.assign(actor=chief, target_id=by_code[city_code].id, assessment_org_id=by_code[code].id)
    return province


async def admin(username: str) -> Principal:
    """The principal a demo administrator acts as once logged in."""
    account = await AdminAccount.get(username=username)
    return accounts_service.principal_of(account, await OrgNode.get(id=account.org_id))
