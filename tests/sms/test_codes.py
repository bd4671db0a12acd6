"""SMS verification codes for adding a 就诊人, over HTTP on the real database and Redis, sent
through Tencent Cloud's SDK to the loopback provider (tests/sms_stub.py), which checks the TC3
signature. Every code is read from what the loopback delivered, as the person reads the SMS."""
from __future__ import annotations

import datetime as dt
import logging

import pytest
from tortoise import Tortoise

from core.audit.models import AuditLog
from core.db import utcnow
from core.family.models import Patient
from core.settings import Settings, SettingsError
from core.sms import service as sms_service
from core.sms.models import SmsCode
from core.sms.offline import handle
from tests import factories

MP = "/api/mp/v1"
PHONE = "13712345678"


async def _code(client, person, phone: str = PHONE):
    return await client.post(f"{MP}/sms/codes", json={"phone": phone, "purpose": "patient"}, headers=person.headers)


async def _add(client, person, code: str, *, phone: str = PHONE, number: str | None = None, name: str = "王秀英"):
    body = {"name": name, "id_number": number or factories.id_number(born="19550505"), "relation": "父母",
            "phone": phone, "sms_code": code}
    return await client.post(f"{MP}/patients", json=body, headers=person.headers)


async def _raw_row(code_id: int) -> dict:
    """The row as the database holds it (the model would decrypt the phone)."""
    conn = Tortoise.get_connection("default")
    mark = "%s" if conn.capabilities.dialect == "mysql" else "?"
    return (await conn.execute_query_dict(f"SELECT phone, phone_bidx, code_mac FROM sms_code WHERE id = {mark}",
                                          [code_id]))[0]


async def test_a_code_reaches_the_phone_and_adds_the_patient_once(client, sms, caplog):
    caplog.set_level(logging.DEBUG)
    me = await factories.mp_patient_account("张伟")
    r = await _code(client, me)
    assert r.status_code == 201, r.text
    assert r.json() == {"phone": "137****5678", "expires_in": 300, "resend_in": 60}

    # The provider received one signed SendSms call and delivered the standard verification text.
    [message] = sms.to(PHONE)
    code = sms.code_for(PHONE)
    assert message["content"] == f"【惠医】{code}为您的验证码，请于5分钟内填写，如非本人操作，请忽略本短信。"
    assert len(code) == 6 and sms.refusals == []

    # Stored: the phone encrypted with its blind index, the code only as a keyed MAC.
    row = await SmsCode.get(account_id=me.actor.id)
    assert (row.state, row.purpose, row.gateway, row.attempts, row.used_at) == ("sent", "patient", "tencent", 0, None)
    assert row.provider_id == message["serial_no"]
    raw = await _raw_row(row.id)
    assert raw["phone"].startswith("k1$") and PHONE not in str(raw) and code not in raw["code_mac"]
    sent = await AuditLog.get(action="sms.code_send", outcome="success")
    assert sent.after["phone"] == "137****5678" and "code_mac" not in sent.after

    r = await _add(client, me, code)
    assert r.status_code == 201 and r.json()["phone"] == "137****5678", r.text
    assert (await SmsCode.get(id=row.id)).used_at is not None
    patient = await Patient.get(id=r.json()["id"])
    assert patient.phone == PHONE and patient.relation == "父母"

    # Used up: the same code adds nobody else.
    r = await _add(client, me, code, number=factories.id_number(born="19560606"), name="张大山")
    assert r.status_code == 422 and r.json()["code"] == "sms.code_used", r.text
    assert await Patient.filter(account_id=me.actor.id, is_self=False).count() == 1
    # No log line carries the number or the code (the SDK logs requests at DEBUG: kept quiet).
    logged = "\n".join(rec.getMessage() for rec in caplog.records)
    assert PHONE not in logged and code not in logged


async def test_wrong_codes_are_counted_on_the_code_until_it_is_dead(client, sms):
    me = await factories.mp_patient_account()
    assert (await _code(client, me)).status_code == 201
    code = sms.code_for(PHONE)
    wrong = f"{(int(code) + 1) % 10 ** 6:06d}"
    for left in (4, 3, 2, 1):
        r = await _add(client, me, wrong)
        assert r.status_code == 422 and r.json()["code"] == "sms.code_invalid", r.text
        assert r.json()["details"] == {"attempts_left": left} and f"还可以尝试 {left} 次" in r.json()["message"]
    r = await _add(client, me, wrong)
    assert r.json()["code"] == "sms.code_locked"
    # Dead: the right code no longer helps, and nothing was added on the way.
    r = await _add(client, me, code)
    assert r.status_code == 422 and r.json()["code"] == "sms.code_locked"
    assert (await SmsCode.get(account_id=me.actor.id)).attempts == sms_service.MAX_ATTEMPTS
    assert await Patient.filter(account_id=me.actor.id, is_self=False).count() == 0
    assert await AuditLog.filter(action="sms.code_check", outcome="denied").count() == 5


async def test_an_expired_code_is_refused(client, sms):
    me = await factories.mp_patient_account()
    assert (await _code(client, me)).status_code == 201
    code = sms.code_for(PHONE)
    # Five minutes and a second later (the row's clock moved back instead of waiting).
    await SmsCode.filter(account_id=me.actor.id).update(expires_at=utcnow() - dt.timedelta(seconds=1))
    r = await _add(client, me, code)
    assert r.status_code == 422 and r.json()["code"] == "sms.code_expired", r.text
    assert await Patient.filter(account_id=me.actor.id, is_self=False).count() == 0


async def test_another_accounts_code_is_no_code(client, sms):
    mine, theirs = await factories.mp_patient_account("甲"), await factories.mp_patient_account("乙")
    assert (await _code(client, theirs)).status_code == 201
    their_code = sms.code_for(PHONE)
    r = await _add(client, mine, their_code)
    assert r.status_code == 422 and r.json()["code"] == "sms.code_required", r.text
    # Even once this account has a code of its own for the phone (a minute later: the phone's gate
    # is lifted here instead of waiting), the other's does not match it.
    from core.cache import redis

    await redis().delete(*sms_service._gate_keys(theirs.actor.id, sms_service.phone_index(PHONE)))
    assert (await _code(client, mine)).status_code == 201
    my_code = sms.code_for(PHONE)
    if my_code != their_code:
        r = await _add(client, mine, their_code)
        assert r.json()["code"] == "sms.code_invalid"
    # And a code for one phone does not add a 就诊人 with another phone.
    r = await _add(client, mine, my_code, phone="13700000000")
    assert r.json()["code"] == "sms.code_required"
    r = await _add(client, mine, my_code)
    assert r.status_code == 201, r.text
    assert await Patient.filter(account_id=theirs.actor.id, is_self=False).count() == 0


async def test_sending_is_limited_per_phone_and_per_account(client, sms):
    a, b = await factories.mp_patient_account("甲"), await factories.mp_patient_account("乙")
    assert (await _code(client, a)).status_code == 201
    # The same account again within the minute, to this phone or another one.
    for who, phone in ((a, PHONE), (a, "13600000001"), (b, PHONE)):
        r = await _code(client, who, phone)
        assert r.status_code == 429 and r.json()["code"] == "sms.too_soon", r.text
        assert 0 < int(r.headers["Retry-After"]) <= 60 and r.json()["details"]["retry_after"] > 0
    assert len(sms.messages) == 1
    # Another account to another phone is not held up.
    assert (await _code(client, b, "13600000002")).status_code == 201

    # Ten codes to one phone in 24 hours: the eleventh is refused whoever asks (rows of earlier sends).
    other = "13600000003"
    for i in range(sms_service.PHONE_PER_DAY):
        await SmsCode.create(account_id=10_000 + i, purpose="patient", phone=other,
                             phone_bidx=sms_service.phone_index(other), code_mac="x", gateway="tencent", state="sent",
                             expires_at=utcnow())
    r = await _code(client, await factories.mp_patient_account("丙"), other)
    assert r.status_code == 429 and r.json()["code"] == "sms.daily_limit" and r.json()["details"]["per"] == "phone"
    # An account that asked ACCOUNT_PER_DAY codes today gets no more, to any phone.
    c = await factories.mp_patient_account("丁")
    for i in range(sms_service.ACCOUNT_PER_DAY):
        phone = f"1350000{i:04d}"
        await SmsCode.create(account_id=c.actor.id, purpose="patient", phone=phone, code_mac="x",
                             phone_bidx=sms_service.phone_index(phone), gateway="tencent", state="sent",
                             expires_at=utcnow())
    r = await _code(client, c, "13399999999")
    assert r.status_code == 429 and r.json()["details"]["per"] == "account"
    # Sends older than a day no longer count.
    await SmsCode.filter(account_id=c.actor.id).update(created_at=utcnow() - dt.timedelta(days=1, minutes=1))
    assert (await _code(client, c, "13399999999")).status_code == 201
    assert await AuditLog.filter(action="sms.code_send", outcome="denied").count() == 5
    assert len(sms.messages) == 3


async def test_the_provider_refusing_or_a_wrong_key_is_a_503_and_the_send_recorded(client, sms, settings):
    me = await factories.mp_patient_account()
    sms.fail_next("LimitExceeded.PhoneNumberDailyLimit", per_number=True)
    r = await _code(client, me)
    assert r.status_code == 503 and r.json()["code"] == "sms.send_failed", r.text
    assert r.json()["details"] == {"provider_code": "LimitExceeded.PhoneNumberDailyLimit"}
    row = await SmsCode.get(account_id=me.actor.id)
    assert (row.state, row.provider_code) == ("failed", "LimitExceeded.PhoneNumberDailyLimit")
    # A failed send is no code.
    r = await _add(client, me, "123456")
    assert r.json()["code"] == "sms.code_required"

    # A key the provider does not know: its signature check refuses the call.
    other = await factories.mp_patient_account()
    old, settings.sms_secret_key = settings.sms_secret_key, "not-the-key"
    try:
        r = await _code(client, other, "13600000009")
    finally:
        settings.sms_secret_key = old
    assert r.status_code == 503 and r.json()["details"]["provider_code"] == "AuthFailure.SignatureFailure"
    assert sms.refusals == ["AuthFailure.SignatureFailure"] and sms.to("13600000009") == []
    assert await AuditLog.filter(action="sms.code_send", outcome="failure").count() == 2


async def test_the_provider_is_unreachable(client, settings):
    """No loopback running (SMS_API_BASE of the tests answers nothing): a 503, never a 500."""
    me = await factories.mp_patient_account()
    r = await _code(client, me)
    assert r.status_code == 503 and r.json()["details"] == {"provider_code": "ClientNetworkError"}, r.text


async def test_bad_requests_are_refused_before_anything_is_sent(client, sms):
    me = await factories.mp_patient_account()
    for body in ({"phone": "12345678901", "purpose": "patient"}, {"phone": PHONE, "purpose": "login"},
                 {"phone": PHONE}, {"phone": PHONE, "purpose": "patient", "extra": 1}):
        r = await client.post(f"{MP}/sms/codes", json=body, headers=me.headers)
        assert r.status_code == 422 and r.json()["code"] == "request.validation_failed", (body, r.text)
    assert (await client.post(f"{MP}/sms/codes", json={"phone": PHONE, "purpose": "patient"})).status_code == 401
    r = await _add(client, me, "12345")
    assert r.status_code == 422 and r.json()["details"]["errors"][0]["path"] == "sms_code"
    assert sms.calls == 0 and await SmsCode.all().count() == 0


async def test_changing_a_patients_phone_takes_a_code_for_the_new_number(client, sms):
    me = await factories.mp_patient_account()
    kid = await factories.add_patient(me.actor, name="张小宝", id_number=factories.id_number(born="20180101"),
                                      relation="子女", phone_number="13600001234")
    url = f"{MP}/patients/{kid.id}"
    r = await client.patch(url, json={"phone": PHONE}, headers=me.headers)
    assert r.status_code == 422 and r.json()["code"] == "sms.code_required", r.text
    assert (await _code(client, me)).status_code == 201
    r = await client.patch(url, json={"phone": PHONE, "sms_code": sms.code_for(PHONE)}, headers=me.headers)
    assert r.status_code == 200 and r.json()["phone"] == "137****5678", r.text
    assert (await Patient.get(id=kid.id)).phone == PHONE
    # Other changes need no code.
    r = await client.patch(url, json={"relation": "其他"}, headers=me.headers)
    assert r.status_code == 200


def test_the_loopback_checks_the_signature_as_documented(sms):
    """Replayed after five minutes, altered on the way, or signed by an unknown key: refused."""
    import asyncio

    from core.sms.gateway import TencentSmsGateway

    captured: list[dict] = []
    real = sms._answer

    def keep(method, path, query, headers, body):
        captured.append({"method": method, "path": path, "query": query, "headers": headers, "body": body})
        return real(method, path, query, headers, body)

    sms._answer = keep
    sent = asyncio.run(TencentSmsGateway().send(phone=PHONE, template="verify", params=["123456", "5"]))
    assert sent.ok and sent.message_id
    req = captured[0]
    keys = {"AKIDhuiyi-dev-sms": "huiyi-dev-sms-secret-key"}
    common = dict(secret_keys=keys, sdk_app_id="1400000001", sign_name="惠医")
    assert "Error" not in handle(**req, **common).answer["Response"]
    later = int(req["headers"]["x-tc-timestamp"]) + 301
    assert handle(**req, **common, now=later).answer["Response"]["Error"]["Code"] == "AuthFailure.SignatureExpire"
    altered = {**req, "body": req["body"].replace(PHONE.encode(), b"13900000000")}
    assert handle(**altered, **common).answer["Response"]["Error"]["Code"] == "AuthFailure.SignatureFailure"
    assert handle(**req, **{**common, "secret_keys": {"AKIDother": "k"}}).answer["Response"]["Error"]["Code"] \
        == "AuthFailure.SecretIdNotFound"
    # A verification template takes 0-6 digits per variable, as the provider enforces.
    sent = asyncio.run(TencentSmsGateway().send(phone=PHONE, template="verify", params=["添加就诊人", "5"]))
    assert not sent.ok and sent.code == "InvalidParameterValue.TemplateParameterFormatError"


@pytest.mark.nodb
def test_production_refuses_the_loopback_and_answers_503_without_a_key():
    prod = {"HUIYI_ENV": "production", "LOGISTICS_APP_SECRET": "l" * 32, "INSURANCE_APP_SECRET": "i" * 32, "SECRET_KEY": "s" * 40, "PII_KEYS": "k1:" + "ab" * 16,
            "PII_INDEX_KEY": "cd" * 16, "AUDIT_KEY": "ef" * 16, "WECHAT_APPID": "wx-real",
            "WECHAT_SECRET": "real-secret", "REDIS_URL": "redis://127.0.0.1:6379/0",
            "VIDEO_PROVIDER": "janus"}
    with pytest.raises(SettingsError, match="SMS_OFFLINE"):
        Settings.from_env({**prod, "SMS_OFFLINE": "1"})
    s = Settings.from_env(prod)
    assert not s.sms_offline and s.sms_api_base == "https://sms.tencentcloudapi.com/"
    dev = Settings.from_env({"HUIYI_ENV": "development", "PUBLIC_BASE_URL": "http://127.0.0.1:8000"})
    assert dev.sms_offline and dev.sms_api_base == "http://127.0.0.1:8000/dev/sms/"
    configured = Settings.from_env({"HUIYI_ENV": "development", "SMS_SECRET_ID": "AKIDreal", "SMS_SECRET_KEY": "k"})
    assert not configured.sms_offline

    from bff.app import create_app
    from core.settings import get_settings, set_settings
    from core.sms import gateway
    from core.sms.errors import NotAvailable

    current = get_settings()  # create_app installs the settings it is given
    try:
        app = create_app(s, name="huiyi_prod_sms")
        assert not [r for r in app.router.routes if r.path.startswith("dev/sms")]
        with pytest.raises(NotAvailable):
            gateway.get_gateway()
    finally:
        set_settings(current)
