"""Issue 9 point 3: binding a WeChat account to a physician is throttled like a login (per
physician and per client), every guess is audited, and a bound physician moves to another
WeChat account only with the institution's one-time code (the password alone is not enough);
the account that loses the binding is told, and the move is audited."""
from __future__ import annotations

from core.accounts.models import MpAccount
from core.assessment.models import Physician, RebindCode
from core.audit.models import AuditLog
from core.notify.models import Message
from core.principal import Principal
from core.settings import get_settings
from tests import factories

API = "/api/admin/v1/assessment"
BIND = "/api/mp/v1/assessment/bind"


async def _mp(name: str) -> tuple[int, dict]:
    acct = await MpAccount.create(openid=f"o-bind-{name}")
    return acct.id, {"Authorization": "Bearer " + factories.mp_token(Principal(kind="mp", id=acct.id))}


async def _setup(client, *physicians: str):
    t = await factories.tree()
    await factories.admin(t.hospital_a1, username="hosp", roles=("institution_admin",))
    await factories.admin(t.hospital_b1, username="other", roles=("institution_admin",))
    docs, passwords = [], {}
    async with factories.AdminSession(client, "hosp") as hosp:
        for name in physicians:
            doc = await factories.physician(t.hospital_a1, name=name)
            r = await hosp.post(f"{API}/physicians/{doc.id}/reset-password")
            passwords[doc.id] = r.json()["initial_password"]
            docs.append(doc)
    return t, docs, passwords


def _body(doc, password, **extra) -> dict:
    return {"id_number": doc.id_number, "name": doc.name, "password": password, **extra}


async def test_guessing_one_physician_is_throttled_from_anywhere_and_audited(client):
    _, [doc], pw = await _setup(client, "孙被猜")
    n = get_settings().login_max_failures
    for i in range(n):
        _, h = await _mp(f"guess{i}")
        r = await client.post(BIND, headers={**h, "X-Forwarded-For": f"10.7.0.{i}"},
                              json=_body(doc, f"Wrong#{i}abcdef"))
        assert r.status_code == 401 and r.json()["code"] == "assessment.bind_failed"
    # The right password, from a fresh account and a fresh address: the physician's delay holds.
    _, h = await _mp("late")
    r = await client.post(BIND, headers={**h, "X-Forwarded-For": "10.7.1.1"}, json=_body(doc, pw[doc.id]))
    assert r.status_code in (423, 429), r.text
    assert r.headers.get("retry-after")
    assert (await Physician.get(id=doc.id)).mp_account_id is None
    failures = await AuditLog.filter(action="physicians.bind", outcome="failure").order_by("seq")
    assert len(failures) == n
    assert all(row.target_id == str(doc.id) and row.after == {"reason": "bad credentials"} for row in failures)
    assert {row.ip for row in failures} == {f"10.7.0.{i}" for i in range(n)}
    denied = await AuditLog.filter(action="physicians.bind", outcome="denied")
    assert [row.after for row in denied] == [{"reason": "rate limited"}]
    assert not any(doc.id_number in str(row.after) for row in failures + denied)


async def test_one_wechat_account_guessing_many_physicians_is_throttled(client):
    n = get_settings().login_max_failures
    _, docs, pw = await _setup(client, *[f"医师{i}" for i in range(n + 1)])
    _, h = await _mp("guesser")
    for i, doc in enumerate(docs[:n]):
        r = await client.post(BIND, headers={**h, "X-Forwarded-For": f"10.8.0.{i}"}, json=_body(doc, "Wrong#abcdef1"))
        assert r.status_code == 401
    last = docs[n]  # never guessed; right password; still the same WeChat account
    r = await client.post(BIND, headers={**h, "X-Forwarded-For": "10.8.1.1"}, json=_body(last, pw[last.id]))
    assert r.status_code in (423, 429), r.text
    assert (await Physician.get(id=last.id)).mp_account_id is None
    # Another WeChat account binds that physician normally.
    _, h2 = await _mp("honest")
    r = await client.post(BIND, headers={**h2, "X-Forwarded-For": "10.8.1.2"}, json=_body(last, pw[last.id]))
    assert r.status_code == 200, r.text


async def test_takeover_needs_the_institutions_one_time_code(client):
    _, [doc], pw = await _setup(client, "吴已绑")
    first_id, first = await _mp("first")
    second_id, second = await _mp("second")
    assert (await client.post(BIND, headers=first, json=_body(doc, pw[doc.id]))).status_code == 200

    # The password alone does not move the binding.
    r = await client.post(BIND, headers=second, json=_body(doc, pw[doc.id]))
    assert r.status_code == 409 and r.json()["code"] == "assessment.already_bound"
    assert (await Physician.get(id=doc.id)).mp_account_id == first_id
    denied = await AuditLog.filter(action="physicians.bind", outcome="denied").first()
    assert denied.actor_id == str(second_id) and denied.after == {"reason": "already bound to another account"}

    # Another county's institution cannot issue a code for this physician.
    async with factories.AdminSession(client, "other") as other:
        r = await other.post(f"{API}/physicians/{doc.id}/rebind-code")
        assert r.status_code == 404
    async with factories.AdminSession(client, "hosp") as hosp:
        r = await hosp.post(f"{API}/physicians/{doc.id}/rebind-code")
        assert r.status_code == 200, r.text
        code = r.json()["rebind_code"]
        assert r.json()["expires_at"]
    row = await RebindCode.get(physician_id=doc.id)
    assert code not in row.code_hash and row.used_at is None  # only a keyed hash is kept
    issued = await AuditLog.filter(action="physicians.issue_rebind_code").first()
    assert issued.target_id == str(doc.id) and code not in str(issued.after)

    r = await client.post(BIND, headers=second, json=_body(doc, pw[doc.id], rebind_code="WRONG23456"))
    assert r.status_code == 422 and r.json()["code"] == "assessment.rebind_code_invalid"
    assert (await Physician.get(id=doc.id)).mp_account_id == first_id
    r = await client.post(BIND, headers=second, json=_body(doc, pw[doc.id], rebind_code=code.lower()))
    assert r.status_code == 200, r.text
    assert (await Physician.get(id=doc.id)).mp_account_id == second_id
    assert (await RebindCode.get(id=row.id)).used_at is not None

    # The account that lost the binding is told in the app, and the move is audited.
    told = await Message.filter(account_id=first_id)
    assert [m.kind for m in told] == ["physician.rebind"]
    moved = await AuditLog.filter(action="physicians.rebind").first()
    assert moved.outcome == "success" and moved.actor_id == str(second_id)
    assert moved.before == {"mp_account_id": first_id}
    assert moved.after == {"mp_account_id": second_id, "proof": "institution rebind code"}
    # The old account no longer reaches the physician.
    r = await client.get("/api/mp/v1/assessment/results", headers=first)
    assert r.status_code == 403 and r.json()["code"] == "assessment.physician_not_bound"

    # The code is used up: it cannot move the binding again.
    _, third = await _mp("third")
    r = await client.post(BIND, headers=third, json=_body(doc, pw[doc.id], rebind_code=code))
    assert r.status_code == 422
    assert (await Physician.get(id=doc.id)).mp_account_id == second_id
    # The bound account binding again is no takeover.
    assert (await client.post(BIND, headers=second, json=_body(doc, pw[doc.id]))).status_code == 200
