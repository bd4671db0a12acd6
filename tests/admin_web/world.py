"""Data and an HTML-speaking client shared by the console page tests and the browser tests."""
from __future__ import annotations

import re
from dataclasses import dataclass

from core.assessment.models import AssessmentAssignment, Cycle
from core.orgs.models import OrgKind, OrgNode
from core.principal import Principal
from tests import factories

_CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


@dataclass
class World:
    t: factories.Tree
    assessor: OrgNode
    cycle: Cycle
    province: Principal
    hospital: Principal  # institution_admin of t.hospital_a1, username "hosp"
    assessing: Principal  # assessment_admin of `assessor`, username "assess"


async def world(*, open_cycle: bool = True) -> World:
    """A province with an assessment institution serving county a1, an open cycle, and
    administrators "prov" (province), "hosp" (hospital a1) and "assess" (the assessor)."""
    t = await factories.tree()
    assessor = await factories.org(t.city_a, OrgKind.ASSESSMENT, "武汉考核机构")
    await AssessmentAssignment.create(target_id=t.county_a1.id, assessment_org_id=assessor.id)
    accounts = {}
    for username, node, roles in (("prov", t.province, ("commission_admin",)),
                                  ("hosp", t.hospital_a1, ("institution_admin",)),
                                  ("assess", assessor, ("assessment_admin",))):
        account = await factories.admin(node, roles=roles, username=username)
        accounts[username] = factories.principal_for(account, node)
    cycle = await factories.open_cycle(accounts["prov"]) if open_cycle else None
    return World(t, assessor, cycle, accounts["prov"], accounts["hosp"], accounts["assess"])


class Pages:
    """Speaks to the console like a browser without JavaScript (or as htmx does, with htmx=True):
    form posts carrying the page's CSRF field, cookies kept by the client."""

    def __init__(self, client, ip: str = "10.20.0.1"):
        self.client, self.ip, self.csrf = client, ip, ""

    def _headers(self, htmx: bool) -> dict:
        h = {"X-Forwarded-For": self.ip}
        if htmx:
            h["HX-Request"] = "true"
        return h

    async def login(self, username: str, password: str = factories.PASSWORD):
        form = await self.client.get("/admin/login", headers=self._headers(False))
        token = _CSRF.search(form.text).group(1)
        r = await self.client.post("/admin/login", data={"csrf_token": token, "username": username,
                                                         "password": password}, headers=self._headers(False))
        if r.status_code == 303:
            landing = await self.client.get(r.headers["location"], headers=self._headers(False))
            found = _CSRF.search(landing.text)
            self.csrf = found.group(1) if found else ""
            r.landing = landing  # the page shown after the login (the form again, when refused)
        return r

    async def get(self, url: str, *, htmx: bool = False, **kw):
        return await self.client.get(url, headers=self._headers(htmx), **kw)

    async def post(self, url: str, data: dict | None = None, *, htmx: bool = False, csrf: bool = True,
                   headers: dict | None = None, **kw):
        data = dict(data or {})
        if csrf:
            data["csrf_token"] = self.csrf
        return await self.client.post(url, data=data, headers={**self._headers(htmx), **(headers or {})}, **kw)

    async def submit(self, url: str, data: dict | None = None, *, htmx: bool = False, **kw):
        """Post a form and follow its 303 as a browser (or htmx's request) does: the page shown after.
        The post's own answer is `.posted` of what comes back (a 4xx htmx fragment comes back itself)."""
        return await follow(lambda location: self.get(location, htmx=htmx),
                            await self.post(url, data, htmx=htmx, **kw))


async def follow(get, posted):
    """The page a form post leads to (POST → 303 → GET, through `get`); `.posted` is the post's
    own answer (a 4xx htmx fragment comes back itself)."""
    if posted.status_code != 303:
        posted.posted = posted
        return posted
    shown = await get(posted.headers["location"])
    shown.posted = posted
    return shown
