"""The H5 shell as the server serves it: the page, its modules, Vue from npm, nothing of it
in the API document (in-process; the browser walks are in test_login.py)."""
from __future__ import annotations

import re

from core.errors import NotFound


async def test_the_page_is_served_for_every_h5_path(client):
    r = await client.get("/h5/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert '<meta name="viewport"' in r.text and 'lang="zh-CN"' in r.text
    assert '"vue": "/h5/static/vendor/vue.esm-browser.prod.js"' in r.text
    # The config replaces its placeholder; the test settings have no offline WeChat.
    assert "__H5_CONFIG__" not in r.text and '"dev_login": false' in r.text
    csp = r.headers["content-security-policy"]
    assert re.search(r"script-src 'self' 'unsafe-eval' 'sha256-[A-Za-z0-9+/=]{44}'", csp), csp
    assert "https:" not in csp and "frame-ancestors 'none'" in csp  # nothing from elsewhere

    deep = await client.get("/h5/physician/filing")
    assert deep.status_code == 200 and deep.text == r.text


async def test_modules_and_vendor_files(client):
    r = await client.get("/h5/static/app/app.js")
    assert r.status_code == 200 and "javascript" in r.headers["content-type"]
    assert "import * as physician from './screens/physician/index.js'" in r.text
    for area in ("physician", "exam", "patient"):
        r = await client.get(f"/h5/static/app/screens/{area}/index.js")
        assert r.status_code == 200 and "export const routes" in r.text and "export const tiles" in r.text
    r = await client.get("/h5/static/vendor/vue.esm-browser.prod.js")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/javascript")
    assert "createApp" in r.text

    # Only the listed vendor files; a missing module is a 404, never the page.
    for path in ("/h5/static/vendor/vue.cjs.js", "/h5/static/vendor/..%2Fpackage.json",
                 "/h5/static/app/missing.js", "/h5/static/nothing.js"):
        r = await client.get(path)
        assert r.status_code == 404, path
        if r.headers["content-type"].startswith("application/json"):
            assert r.json()["code"] in (NotFound.code, "request.route_not_found")


async def test_html_routes_are_not_in_the_api_document(client):
    doc = (await client.get("/docs/openapi.json")).json()
    assert not [p for p in doc["paths"] if p.startswith("/h5")], [p for p in doc["paths"] if p.startswith("/h5")]
    assert "/api/mp/v1/auth/wx-web-login" in doc["paths"]


async def test_development_endpoints_are_absent_without_the_offline_wechat(client):
    r = await client.get("/dev/h5/personas")
    assert r.status_code == 404
