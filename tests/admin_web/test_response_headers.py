"""No answer carries a header that was set for another request (issue 9, point 1).

Sanic's `redirect` writes `Location` into the headers dict it is handed; when that was
the console's module-level PAGE_HEADERS, every later page of every person carried the
last redirect anyone got (with its `next=` URL). Two sessions in turn show it; a sweep
over every loaded module keeps module-level header constants read-only."""
from __future__ import annotations

import sys
from collections.abc import MutableMapping
from types import MappingProxyType

import httpx

from admin_web.pages.common import PAGE_HEADERS
from tests.admin_web.world import Pages, world

# What a console page answer may carry besides the page headers themselves.
_PER_RESPONSE = {"content-type", "content-length", "x-request-id", "set-cookie"}
_HEADER_NAMES = {"cache-control", "location", "content-type", "content-disposition", "content-security-policy",
                 "referrer-policy", "x-frame-options", "x-content-type-options", "x-robots-tag", "retry-after",
                 "hx-redirect", "set-cookie", "strict-transport-security"}
_PACKAGES = ("admin_web", "bff", "miniprogram_api", "realtime", "media", "core")


def _other_session(client: httpx.AsyncClient) -> httpx.AsyncClient:
    """A second browser: the same app, its own cookie jar."""
    return httpx.AsyncClient(transport=client._transport, base_url=str(client.base_url))


async def test_a_redirect_for_one_session_does_not_reach_another_sessions_page(client):
    await world()
    b = Pages(client, ip="10.20.0.2")
    assert (await b.login("prov")).status_code == 303
    async with _other_session(client) as other:
        a = Pages(other, ip="10.20.0.3")
        # A, not logged in, asks for a page with private filters: sent to the login page.
        asked = "/admin/physicians?name=%E5%BC%A0%E4%B8%89"
        r = await a.get(asked)
        assert r.status_code == 303 and r.headers["location"].startswith("/admin/login?next=")
        # A logs in (another redirect) and gets an htmx redirect too.
        assert (await a.login("hosp")).status_code == 303
        assert (await a.post("/admin/logout", htmx=True)).status_code in (200, 303)

    home = await b.get("/admin/")
    assert home.status_code == 200 and "location" not in home.headers and "hx-redirect" not in home.headers
    allowed = {k.lower() for k in PAGE_HEADERS} | _PER_RESPONSE
    assert set(home.headers.keys()) <= allowed, set(home.headers.keys()) - allowed
    # The htmx fragment and an error page of B are just as clean.
    frag = await b.get("/admin/physicians", htmx=True)
    assert frag.status_code == 200 and set(frag.headers.keys()) <= allowed
    missing = await b.get("/admin/physicians/999999")
    assert missing.status_code == 404 and "location" not in missing.headers
    # And the shared constant still holds only what it held at import.
    assert "Location" not in PAGE_HEADERS and "HX-Redirect" not in PAGE_HEADERS


async def test_module_level_header_constants_are_read_only(app):
    """Every module-level mapping that holds HTTP header names, in every loaded module of the
    service, is a MappingProxyType: a response can never write into it."""
    found, mutable = [], []
    for name, module in list(sys.modules.items()):
        if not name.split(".")[0] in _PACKAGES or module is None:
            continue
        for attr, value in vars(module).items():
            if not isinstance(value, (dict, MappingProxyType)) or not value:
                continue
            keys = list(value.keys())
            if not all(isinstance(k, str) for k in keys) or not any(k.lower() in _HEADER_NAMES for k in keys):
                continue
            found.append(f"{name}.{attr}")
            if isinstance(value, MutableMapping):
                mutable.append(f"{name}.{attr}")
    assert "admin_web.pages.common.PAGE_HEADERS" in found  # the sweep sees the console's constant
    assert not mutable, f"module-level header dicts must be MappingProxyType: {mutable}"
