"""The account actions of the console's physician detail page (issue 9 points 3, 4, 6 given a
page): issuing a one-time rebind code, lifting the login and bind delays, and disabling or
re-enabling the bound mini-program account. Each is posted as a browser without JavaScript
would (form and CSRF field) and checked in the database and in the flows it unlocks or ends;
another county's administrator gets the not-found page and changes nothing."""
from __future__ import annotations

import html
import re

from playwright.async_api import expect

from core.accounts import lockout, passwords
from core.accounts.models import MpAccount, RefreshToken
from core.assessment.models import Physician, RebindCode
from core.audit.models import AuditLog

from tests import factories
from tests.accounts.conftest import wechat  # noqa: F401  (the loopback WeChat server, a fixture)
# Chromium against the real server, as in the browser tests (module fixtures reused here).
from tests.admin_web.test_browser import _login as browser_login
from tests.admin_web.test_browser import browser, page, server  # noqa: F401 (fixtures)
from tests.admin_web.world import Pages, world

MP = "/api/mp/v1/assessment"
WX = "/api/mp/v1/auth/wx-login"
ME = "/api/mp/v1/auth/me"


def bearer(token: str) -> dict:
    return {"Authorization": f"Bearer {token}"}


async def _wx(client, wechat, openid: str) -> dict:  # noqa: F811
    r = await client.post(WX, json={"code": wechat.code_for(openid)})
    assert r.status_code == 200, r.text
    return r.json()


async def _physician(w, name: str) -> Physician:
    doc = await factories.physician(w.t.hospital_a1, name=name)
    doc.password_hash, doc.must_change_password = passwords.hash_password(factories.PASSWORD), False
    await doc.save()
    return doc


def _bind_body(doc, **extra) -> dict:
    return {"id_number": doc.id_number, "name": doc.name, "password": factories.PASSWORD, **extra}


def _not_found(r) -> bool:
    return r.status_code == 404 and 'data-error-code="request.not_found"' in r.text


async def test_rebind_code_is_shown_once_and_moves_the_binding(client, wechat):  # noqa: F811
    w = await world()
    await factories.admin(w.t.hospital_b1, username="other", roles=("institution_admin",))
    doc = await _physician(w, "换绑医师")
    first = await _wx(client, wechat, "o-first")
    second = await _wx(client, wechat, "o-second")
    r = await client.post(f"{MP}/bind", headers=bearer(first["access_token"]), json=_bind_body(doc))
    assert r.status_code == 200, r.text
    r = await client.post(f"{MP}/bind", headers=bearer(second["access_token"]), json=_bind_body(doc))
    assert r.status_code == 409 and r.json()["code"] == "assessment.already_bound"

    other = Pages(client, ip="10.20.9.9")
    await other.login("other")
    r = await other.post(f"/admin/physicians/{doc.id}/rebind-code")
    assert _not_found(r), r.text
    assert not await RebindCode.filter(physician_id=doc.id).exists()

    pages = Pages(client)
    await pages.login("hosp")
    detail = await pages.get(f"/admin/physicians/{doc.id}")
    assert "发放换绑码" in detail.text and "data-confirm=" in detail.text
    assert "data-rebind-code>" not in detail.text
    r = await pages.submit(f"/admin/physicians/{doc.id}/rebind-code")
    assert r.posted.status_code == 303 and r.status_code == 200, r.text
    assert r.posted.headers["location"].startswith(f"/admin/physicians/{doc.id}?flash=")  # the code is not in it
    code = html.unescape(re.search(r"data-rebind-code>([^<]+)<", r.text).group(1))
    assert re.search(r"data-rebind-expires>\d{4}-\d\d-\d\d \d\d:\d\d<", r.text)
    assert "只显示这一次" in r.text
    row = await RebindCode.get(physician_id=doc.id)
    assert row.used_at is None and code not in row.code_hash and row.issued_by_id == w.hospital.id
    assert await AuditLog.filter(action="physicians.issue_rebind_code", target_id=str(doc.id)).count() == 1
    # Shown once: the detail page never shows it again.
    assert code not in (await pages.get(f"/admin/physicians/{doc.id}")).text

    r = await client.post(f"{MP}/bind", headers=bearer(second["access_token"]),
                          json=_bind_body(doc, rebind_code=code))
    assert r.status_code == 200, r.text
    assert (await Physician.get(id=doc.id)).mp_account_id == second["account_id"]
    assert (await RebindCode.get(id=row.id)).used_at is not None


async def test_unlock_clears_the_login_and_bind_delays(client):
    w = await world()
    await factories.admin(w.t.hospital_b1, username="other", roles=("institution_admin",))
    doc = await _physician(w, "解锁医师")
    key = doc.id_number_bidx[:32]

    async def pc(password: str, ip: str):
        return await client.post(f"{MP}/login", headers={"X-Forwarded-For": ip},
                                 json={"id_number": doc.id_number, "password": password})

    for i in range(5):
        assert (await pc("Wrong#Pass2026", f"10.3.3.{i}")).status_code == 401
    r = await pc(factories.PASSWORD, "10.3.4.1")
    assert r.status_code == 429 and r.json()["code"] == "accounts.locked"
    assert (await lockout.state("physician", key, None))["failures"] == 5

    other = Pages(client, ip="10.20.9.9")
    await other.login("other")
    assert _not_found(await other.post(f"/admin/physicians/{doc.id}/unlock"))
    assert (await lockout.state("physician", key, None))["failures"] == 5

    pages = Pages(client)
    await pages.login("hosp")
    assert "解除登录限制" in (await pages.get(f"/admin/physicians/{doc.id}")).text
    r = await pages.post(f"/admin/physicians/{doc.id}/unlock")
    assert r.status_code == 303 and r.headers["location"] == f"/admin/physicians/{doc.id}?notice=unlocked"
    assert "已解除该医师的登录与绑定限制" in (await pages.get(r.headers["location"])).text
    st = await lockout.state("physician", key, "10.3.4.1")
    assert st["failures"] == 0 and st["retry_after"] == 0 and not st["captcha_required"]
    row = await AuditLog.filter(action="physicians.unlock_login", target_id=str(doc.id)).first()
    assert row.actor_id == str(w.hospital.id) and row.before == {"failures": 5}
    assert (await pc(factories.PASSWORD, "10.3.4.1")).status_code == 200


async def test_disable_and_enable_the_bound_mini_program_account(client, wechat):  # noqa: F811
    w = await world()
    await factories.admin(w.t.hospital_b1, username="other", roles=("institution_admin",))
    await factories.admin(w.t.hospital_a1, username="viewer", roles=("viewer",))
    doc = await _physician(w, "停用医师")
    pages = Pages(client)
    await pages.login("hosp")
    # Unbound: no account section.
    assert "data-mp-account=" not in (await pages.get(f"/admin/physicians/{doc.id}")).text
    pair = await _wx(client, wechat, "o-doctor")
    acct = pair["account_id"]
    r = await client.post(f"{MP}/bind", headers=bearer(pair["access_token"]), json=_bind_body(doc))
    assert r.status_code == 200, r.text

    viewer = Pages(client, ip="10.20.8.8")
    await viewer.login("viewer")
    shown = await viewer.get(f"/admin/physicians/{doc.id}")
    assert f'data-mp-account="{acct}"' in shown.text and "正常" in shown.text
    assert "停用小程序账号" not in shown.text  # may read accounts, may not change them

    other = Pages(client, ip="10.20.9.9")
    await other.login("other")
    assert _not_found(await other.post(f"/admin/physicians/{doc.id}/mp-account/disable",
                                       {"mp_account_id": str(acct)}))
    assert (await MpAccount.get(id=acct)).disabled is False
    assert (await client.get(ME, headers=bearer(pair["access_token"]))).status_code == 200

    await pages.login("hosp")  # the client holds one console session at a time
    detail = await pages.get(f"/admin/physicians/{doc.id}")
    assert f'data-mp-account="{acct}"' in detail.text and "停用小程序账号" in detail.text
    r = await pages.post(f"/admin/physicians/{doc.id}/mp-account/disable", {"mp_account_id": str(acct)})
    assert r.status_code == 303 and r.headers["location"].endswith("?notice=mp_disabled")
    shown = await pages.get(r.headers["location"])
    assert "小程序账号已停用" in shown.text and "已停用" in shown.text and "启用小程序账号" in shown.text
    assert (await MpAccount.get(id=acct)).disabled is True
    r = await client.get(ME, headers=bearer(pair["access_token"]))
    assert r.status_code == 401 and r.json()["code"] == "auth.token_invalid"
    r = await client.post("/api/mp/v1/auth/refresh", json={"refresh_token": pair["refresh_token"]})
    assert r.status_code == 401
    assert not await RefreshToken.filter(account_id=acct, revoked_at__isnull=True, used_at__isnull=True).exists()
    assert await AuditLog.filter(action="mp_accounts.disable", target_id=str(acct)).count() == 1

    # A form for an account the physician is no longer bound to does nothing.
    r = await pages.post(f"/admin/physicians/{doc.id}/mp-account/enable", {"mp_account_id": str(acct + 1)})
    assert r.status_code == 409 and 'data-error-code="assessment.binding_changed"' in r.text
    assert (await MpAccount.get(id=acct)).disabled is True

    r = await pages.post(f"/admin/physicians/{doc.id}/mp-account/enable", {"mp_account_id": str(acct)})
    assert r.status_code == 303 and r.headers["location"].endswith("?notice=mp_enabled")
    assert (await MpAccount.get(id=acct)).disabled is False
    fresh = await _wx(client, wechat, "o-doctor")  # logs in again; the old tokens stay dead
    assert (await client.get(ME, headers=bearer(fresh["access_token"]))).status_code == 200
    assert (await client.get(ME, headers=bearer(pair["access_token"]))).status_code == 401


async def test_in_the_browser_each_action_asks_first(page, server):  # noqa: F811
    """Chromium: the confirmation is asked before the form goes out; dismissed, nothing is issued."""
    w = await world()
    doc = await _physician(w, "确认医师")
    await browser_login(page, server, "hosp")
    await page.wait_for_url(server + "/admin/")
    await page.goto(f"{server}/admin/physicians/{doc.id}")
    asked: list[str] = []

    async def dismiss(dialog):
        asked.append(dialog.message)
        await dialog.dismiss()

    page.once("dialog", dismiss)
    await page.click("button[data-action=rebind-code]")
    await page.wait_for_timeout(300)
    assert asked and "换绑码只显示一次" in asked[0]
    assert not await RebindCode.filter(physician_id=doc.id).exists()

    async def accept(dialog):
        asked.append(dialog.message)
        await dialog.accept()

    page.once("dialog", accept)
    await page.click("button[data-action=rebind-code]")
    await expect(page.locator("[data-rebind-code]")).to_have_text(re.compile(r"^[2-9A-Z]{10}$"))
    assert await RebindCode.filter(physician_id=doc.id).count() == 1
