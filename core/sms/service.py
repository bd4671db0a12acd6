"""Verification codes by SMS: sending one, and checking and using it up (seed 004 短信验证).

Why here and how: adding a 就诊人 proves that the phone number given is reachable by whoever
adds it. A code is 6 digits, lives CODE_SECONDS (5 minutes), is bound to the account that
asked, the phone and the purpose (another account's code for the same phone is no code), and
is used up by the change it permits, in that change's transaction. Only the newest code of an
account for a phone and purpose counts. Wrong codes are counted on the code (MAX_ATTEMPTS,
committed even though the change is refused); past that the code is dead.

Sending is limited per phone and per account: one code a minute each (Redis gates, atomic;
Retry-After says how long), and PHONE_PER_DAY / ACCOUNT_PER_DAY in 24 hours counted from the
table, so a Redis restart forgets no sending. Codes are stored as a keyed HMAC only (a key of
their own derived from SECRET_KEY), phone numbers encrypted with a blind index; audit rows and
logs carry them masked.
"""
from __future__ import annotations

import datetime as dt
import secrets
from typing import Any, Literal, get_args

from tortoise.expressions import F
from tortoise.transactions import in_transaction

from core import crypto
from core.audit import service as audit_service
from core.cache import redis
from core.db import transactional, utcnow
from core.errors import Forbidden
from core.masking import mask_phone
from core.principal import Principal
from core.sms.errors import (
    CodeExpired, CodeInvalid, CodeLocked, CodeRequired, CodeUsed, DailyLimit, SendFailed, SendTooSoon,
)
from core.sms.gateway import get_gateway
from core.sms.models import SmsCode

# What a code permits, as the person reads it.
PURPOSES: dict[str, str] = {"patient": "添加就诊人或修改就诊人手机号"}
Purpose = Literal["patient"]
assert set(get_args(Purpose)) == set(PURPOSES)

CODE_SECONDS = 300
RESEND_SECONDS = 60
PHONE_PER_DAY = 10
ACCOUNT_PER_DAY = 20
MAX_ATTEMPTS = 5
TEMPLATE = "verify"  # a key of SMS_TEMPLATES: "{1}为您的验证码，请于{2}分钟内填写…"


def _account(actor: Principal) -> int:
    if actor.kind != "mp" or actor.id is None:
        raise Forbidden("短信验证码仅限小程序用户获取")
    return actor.id


def phone_index(phone: str) -> str:
    # The purpose of Patient.phone_bidx: one digest per number across the service.
    return crypto.blind_index(phone, purpose="phone")


def _mac(*, account_id: int, purpose: str, phone_bidx: str, code: str) -> str:
    return crypto.hmac_sm3(crypto.derived_key("sms-code"), f"{account_id}:{purpose}:{phone_bidx}:{code}".encode())


def _gate_keys(account_id: int, phone_bidx: str) -> list[str]:
    return [f"sms:gap:phone:{phone_bidx}", f"sms:gap:account:{account_id}"]


async def _wait_left(account_id: int, phone_bidx: str) -> int:
    """Seconds until this account may send to this phone again; 0 after taking the gates."""
    r, keys = redis(), _gate_keys(account_id, phone_bidx)
    ttls = [await r.ttl(k) for k in keys]
    if max(ttls) > 0:
        return max(ttls)
    taken = [await r.set(k, "1", nx=True, ex=RESEND_SECONDS) for k in keys]
    return 0 if all(taken) else RESEND_SECONDS  # another request took a gate meanwhile


async def _refuse(actor: Principal, reason: str, error: Exception) -> None:
    await audit_service.record_denied(actor=actor, action="sms.code_send", target_type="SmsCode", reason=reason)
    raise error


async def _record(*, account_id: int, purpose: str, phone: str, code: str, gateway: str, state: str) -> SmsCode:
    phone_bidx = phone_index(phone)
    return await SmsCode.create(
        account_id=account_id, purpose=purpose, phone=phone, phone_bidx=phone_bidx,
        code_mac=_mac(account_id=account_id, purpose=purpose, phone_bidx=phone_bidx, code=code),
        expires_at=utcnow() + dt.timedelta(seconds=CODE_SECONDS), gateway=gateway, state=state)


@transactional
async def _finish(actor: Principal, row: SmsCode, *, ok: bool, provider_id: str, provider_code: str) -> None:
    async with in_transaction():
        row.state = "sent" if ok else "failed"
        row.provider_id, row.provider_code = provider_id[:64], provider_code[:64]
        await row.save(update_fields=["state", "provider_id", "provider_code"])
        await audit_service.record(actor=actor, action="sms.code_send", target_type="SmsCode", target_id=row.id,
                                   after=audit_service.snapshot(row), outcome="success" if ok else "failure")


async def request_code(*, actor: Principal, phone: str, purpose: str) -> dict[str, Any]:
    """Send a new code to `phone` for `purpose`; the answer says when it expires and when another
    may be asked for. Refused with 429 past the limits, 503 when the provider refuses."""
    account_id = _account(actor)
    if purpose not in PURPOSES:
        raise ValueError(f"unknown purpose {purpose!r}")
    gateway = get_gateway()
    phone_bidx = phone_index(phone)
    since = utcnow() - dt.timedelta(days=1)
    if await SmsCode.filter(phone_bidx=phone_bidx, created_at__gte=since).count() >= PHONE_PER_DAY:
        await _refuse(actor, "phone daily limit", DailyLimit(details={"limit": PHONE_PER_DAY, "per": "phone"}))
    if await SmsCode.filter(account_id=account_id, created_at__gte=since).count() >= ACCOUNT_PER_DAY:
        await _refuse(actor, "account daily limit", DailyLimit(details={"limit": ACCOUNT_PER_DAY, "per": "account"}))
    wait = await _wait_left(account_id, phone_bidx)
    if wait:
        await _refuse(actor, "resend too soon", SendTooSoon(details={"retry_after": wait},
                                                            headers={"Retry-After": str(wait)}))
    code = f"{secrets.randbelow(10 ** 6):06d}"
    row = await _record(account_id=account_id, purpose=purpose, phone=phone, code=code, gateway=gateway.name,
                        state="sending")
    sent = await gateway.send(phone=phone, template=TEMPLATE, params=[code, str(CODE_SECONDS // 60)],
                              reference=f"sms-code:{row.id}")
    await _finish(actor, row, ok=sent.ok, provider_id=sent.message_id, provider_code=sent.code)
    if not sent.ok:
        raise SendFailed(details={"provider_code": sent.code})
    return {"phone": mask_phone(phone), "expires_in": CODE_SECONDS, "resend_in": RESEND_SECONDS}


async def issue(*, account_id: int, purpose: str, phone: str) -> str:
    """A code recorded as sent and handed to the caller instead of a provider: for the demo
    data, built through the services, and other domains' tests, standing in for the person who
    reads the message. No face reaches it; it skips the sending limits."""
    if purpose not in PURPOSES:
        raise ValueError(f"unknown purpose {purpose!r}")
    code = f"{secrets.randbelow(10 ** 6):06d}"
    await _record(account_id=account_id, purpose=purpose, phone=phone, code=code, gateway="issued", state="sent")
    return code


async def check_code(*, actor: Principal, purpose: str, phone: str, code: str) -> int:
    """The id of the code that permits this change, to be used up with `use_code` in the change's
    transaction. Call it before that transaction opens: a wrong code is counted for good."""
    account_id = _account(actor)
    phone_bidx = phone_index(phone)
    row = await SmsCode.filter(account_id=account_id, purpose=purpose, phone_bidx=phone_bidx, state="sent") \
        .order_by("-id").first()
    if row is None:
        await audit_service.record_denied(actor=actor, action="sms.code_check", target_type="SmsCode",
                                          reason="no code sent to this phone for this account")
        raise CodeRequired()
    if row.used_at is not None:
        raise CodeUsed()
    if row.expires_at <= utcnow():
        raise CodeExpired()
    if row.attempts >= MAX_ATTEMPTS:
        raise CodeLocked()
    given = _mac(account_id=account_id, purpose=purpose, phone_bidx=phone_bidx, code=code)
    if not crypto.constant_time_equals(given, row.code_mac):
        await SmsCode.filter(id=row.id, attempts__lt=MAX_ATTEMPTS).update(attempts=F("attempts") + 1)
        await audit_service.record_denied(actor=actor, action="sms.code_check", target_type="SmsCode",
                                          target_id=row.id, reason="wrong code")
        left = MAX_ATTEMPTS - row.attempts - 1
        if left <= 0:
            raise CodeLocked()
        raise CodeInvalid(f"短信验证码错误，还可以尝试 {left} 次", details={"attempts_left": left})
    return row.id


async def use_code(code_id: int) -> None:
    """Use the code up; inside the transaction of the change it permits (rolled back with it)."""
    if not await SmsCode.filter(id=code_id, used_at__isnull=True).update(used_at=utcnow()):
        raise CodeUsed()  # a concurrent request used it first
