"""Issue 9 point 3: a physician's PC token ends when the password changes or is reset, and a
token from an initial or reset password reaches only the password change. Revocation lives in
the database (token_epoch) with Redis as its cache: losing Redis revives nothing."""
from __future__ import annotations

from core.accounts.models import TokenEpoch
from core.assessment.models import Physician
from core.audit.models import AuditLog
from core.cache import redis
from tests import factories

API = "/api/admin/v1/assessment"
MP = "/api/mp/v1/assessment"
NEW = "Doctor#2026x"


async def _setup(client):
    t = await factories.tree()
    await factories.admin(t.hospital_a1, username="hosp", roles=("institution_admin",))
    doc = await factories.physician(t.hospital_a1, name="周电脑")
    async with factories.AdminSession(client, "hosp") as hosp:
        initial = (await hosp.post(f"{API}/physicians/{doc.id}/reset-password")).json()["initial_password"]
    return t, doc, initial


async def _login(client, doc, password) -> dict:
    r = await client.post(f"{MP}/login", json={"id_number": doc.id_number, "password": password})
    assert r.status_code == 200, r.text
    return {"Authorization": "Bearer " + r.json()["access_token"]}


async def _changed(client, doc, initial) -> dict:
    """Log in with the initial password and set NEW; returns the headers of the fresh token."""
    h = await _login(client, doc, initial)
    r = await client.post(f"{MP}/password", headers=h, json={"old_password": initial, "new_password": NEW})
    assert r.status_code == 200, r.text
    return {"Authorization": "Bearer " + r.json()["access_token"]}


async def test_initial_password_token_reaches_only_the_password_change(client):
    _, doc, initial = await _setup(client)
    h = await _login(client, doc, initial)
    for method, url, body in [("get", f"{MP}/filing", None), ("get", f"{MP}/results", None),
                              ("put", f"{MP}/filing/sections/basic", factories.FILING["basic"]),
                              ("get", "/api/mp/v1/exam/papers", None), ("get", "/api/mp/v1/auth/me", None)]:
        r = await getattr(client, method)(url, headers=h, **({"json": body} if body else {}))
        assert r.status_code == 403, (url, r.text)
        assert r.json()["code"] == "accounts.password_change_required", url
    row = await Physician.get(id=doc.id)
    assert row.must_change_password is True
    r = await client.post(f"{MP}/password", headers=h, json={"old_password": initial, "new_password": NEW})
    assert r.status_code == 200 and r.json()["changed"] is True
    fresh = {"Authorization": "Bearer " + r.json()["access_token"]}
    assert (await client.get(f"{MP}/results", headers=fresh)).status_code == 200
    assert (await Physician.get(id=doc.id)).must_change_password is False
    # A login with the new password is not restricted either.
    assert (await client.get(f"{MP}/results", headers=await _login(client, doc, NEW))).status_code == 200


async def test_token_ends_when_the_password_changes(client):
    _, doc, initial = await _setup(client)
    h1 = await _changed(client, doc, initial)
    other_pc = await _login(client, doc, NEW)  # the same physician on a second PC
    assert (await client.get(f"{MP}/results", headers=other_pc)).status_code == 200
    r = await client.post(f"{MP}/password", headers=h1, json={"old_password": NEW, "new_password": "Second#2027y"})
    assert r.status_code == 200, r.text
    h2 = {"Authorization": "Bearer " + r.json()["access_token"]}
    for h in (h1, other_pc):
        r = await client.get(f"{MP}/results", headers=h)
        assert r.status_code == 401 and r.json()["code"] == "auth.token_invalid", r.text
    assert (await client.get(f"{MP}/results", headers=h2)).status_code == 200
    row = await AuditLog.filter(action="physicians.change_password", outcome="success").order_by("-seq").first()
    assert row.target_id == str(doc.id) and row.after == {"tokens_revoked": True}
    assert await TokenEpoch.filter(subject=f"physician:{doc.id}").exists()


async def test_token_ends_when_the_institution_resets_the_password(client):
    _, doc, initial = await _setup(client)
    h = await _changed(client, doc, initial)
    assert (await client.get(f"{MP}/results", headers=h)).status_code == 200
    async with factories.AdminSession(client, "hosp") as hosp:
        r = await hosp.post(f"{API}/physicians/{doc.id}/reset-password")
        assert r.status_code == 200
        again = r.json()["initial_password"]
    r = await client.get(f"{MP}/results", headers=h)
    assert r.status_code == 401 and r.json()["code"] == "auth.token_invalid"
    r = await client.post(f"{MP}/password", headers=h, json={"old_password": NEW, "new_password": "Second#2027y"})
    assert r.status_code == 401
    # The reset password logs in again, restricted to the change until it is changed.
    h = await _login(client, doc, again)
    assert (await client.get(f"{MP}/results", headers=h)).json()["code"] == "accounts.password_change_required"


async def test_revocation_survives_the_loss_of_redis(client):
    _, doc, initial = await _setup(client)
    h = await _changed(client, doc, initial)
    async with factories.AdminSession(client, "hosp") as hosp:
        assert (await hosp.post(f"{API}/physicians/{doc.id}/reset-password")).status_code == 200
    await redis().flushdb()  # Redis restarted empty: the database still knows
    r = await client.get(f"{MP}/results", headers=h)
    assert r.status_code == 401 and r.json()["code"] == "auth.token_invalid"
    assert await redis().get(f"tok-epoch:physician:{doc.id}") is not None  # cached again for the next request


async def test_a_bound_mini_program_account_keeps_working_after_the_password_change(client):
    """The WeChat tokens of the bound account are not the physician's password."""
    _, doc, initial = await _setup(client)
    mp = await factories.mp_physician(doc)
    mh = {"Authorization": "Bearer " + factories.mp_token(mp)}
    await _changed(client, doc, initial)
    r = await client.post(f"{MP}/password", headers=mh, json={"old_password": NEW, "new_password": "Second#2027y"})
    assert r.status_code == 200 and r.json() == {"changed": True}
    assert (await client.get(f"{MP}/results", headers=mh)).status_code == 200


async def test_warm_verification_reads_no_database(client, caplog):
    """The exam's answer saves verify a token on every request: after the first, the stamp comes
    from Redis alone (one round trip with the family marker), never from the database."""
    import logging

    from core.accounts import service as accounts_service, tokens

    _, doc, initial = await _setup(client)
    token = (await client.post(f"{MP}/login", json={"id_number": doc.id_number, "password": initial})).json()
    mp = await factories.mp_physician(doc)
    mp_token = factories.mp_token(mp)
    await accounts_service.authenticate_access(token=mp_token)  # cold: reads token_epoch once
    caplog.set_level(logging.DEBUG, logger="tortoise.db_client")
    caplog.clear()
    for _ in range(3):
        await accounts_service.authenticate_access(token=mp_token)
        await tokens.verify(token["access_token"], typ="access")
    assert not [r for r in caplog.records if r.name.startswith("tortoise")], [r.getMessage() for r in caplog.records]
