"""Throttling of password checks (admin login, physician PC login, mini-program bind), in Redis.

Why: the first design locked an account and a client address for 15 minutes after five
failures. Behind a hospital's NAT, five typos (or one guesser) locked out every administrator
and physician of the hospital, and anyone anywhere could keep a named administrator locked
out for ever with five wrong passwords every quarter of an hour. Guessing must stay
expensive without handing a stranger a denial of service, so the policy is:

- Per account (`kind` + `account`, failures from anywhere, kept a day): from the
  LOGIN_MAX_FAILURES-th failure on, an attempt waits a delay counted from the last failure that
  doubles with each further failure (30 s, 60 s, 120 s ... capped at LOGIN_LOCKOUT_SECONDS), and
  needs a solved captcha (kinds with a captcha, see CAPTCHA_KINDS). Attempts refused while
  waiting are neither checked nor counted, so nobody can extend the delay: whoever knows the
  password gets in at the latest after the cap. Addresses the account logged in from before
  (kept 30 days) do not wait the account's delay at all: a stranger elsewhere cannot keep the
  owner out of their usual place (they still solve the captcha).
- Per account and address: the same doubling delay for the failures made from that address,
  known or not, so that a guesser behind a known NAT is slowed down too.
- Per address (failures from that address only, any account, a window of LOGIN_LOCKOUT_SECONDS):
  from ADDRESS_CAPTCHA_AFTER failures every attempt from there needs a captcha; from
  ADDRESS_MAX_FAILURES the address waits until the window ends, except for accounts that
  logged in from it before: the other people behind a NAT keep working.
- A success clears the account's counters (not the address's: a guesser with an account of
  their own must not reset them). A superior administrator can clear an account's counters
  (`unlock`; the service checks scope and audits).

Keys carry keyed digests (blind index) of the account and the address: never a clear ID number.
"""
from __future__ import annotations

import math
import time

from core import crypto
from core.accounts import captcha
from core.accounts.errors import AccountLocked, AddressLimited, CaptchaInvalid, CaptchaRequired
from core.cache import redis
from core.settings import get_settings

KINDS = ("admin", "physician", "bind")
# The faces that can show an image: the admin console and the physician PC. A bind is made by a
# WeChat account, itself the costly identity: it is throttled per physician and per WeChat account.
CAPTCHA_KINDS = {"admin", "physician"}
CAPTCHA_URLS = {"admin": "/api/admin/v1/auth/captcha", "physician": "/api/mp/v1/assessment/captcha"}
FIRST_DELAY = 30                      # seconds, at the LOGIN_MAX_FAILURES-th failure; doubles after
ACCOUNT_WINDOW = 24 * 3600            # failures of an account are forgotten a day after the last one
KNOWN_SECONDS = 30 * 24 * 3600        # how long an address stays known after a successful login
ADDRESS_CAPTCHA_AFTER = 10
ADDRESS_MAX_FAILURES = 50


def _now() -> float:  # tests move the clock here
    return time.time()


def _digest(value: str, purpose: str) -> str:
    return crypto.blind_index(value, purpose=purpose)[:32]


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise ValueError(f"unknown lockout kind {kind!r}")


def _account_key(kind: str, account: str) -> str:
    return f"login-fail:{kind}:a:{_digest(account, 'login-account')}"


def _pair_prefix(kind: str, account: str) -> str:
    return f"login-fail:{kind}:p:{_digest(account, 'login-account')}:"


def _pair_key(kind: str, account: str, ip: str) -> str:
    return _pair_prefix(kind, account) + _digest(ip, "login-ip")


def _known_key(kind: str, account: str) -> str:
    return f"login-fail:{kind}:k:{_digest(account, 'login-account')}"


def _address_key(ip: str) -> str:
    return f"login-fail:ip:{_digest(ip, 'login-ip')}"


def delay_for(failures: int) -> int:
    """Seconds to wait after the last of `failures` failures (0 below the threshold)."""
    s = get_settings()
    if failures < s.login_max_failures:
        return 0
    return min(s.login_lockout_seconds, FIRST_DELAY * 2 ** min(failures - s.login_max_failures, 20))


def _left(state: dict | None, now: float) -> int:
    """Seconds left of the delay of a counter {n, last}, or 0."""
    if not state:
        return 0
    n, last = int(state.get("n", 0)), float(state.get("last", 0))
    return max(0, math.ceil(last + delay_for(n) - now))


async def _read(key: str) -> dict:
    return {k.decode() if isinstance(k, bytes) else k: v for k, v in (await redis().hgetall(key)).items()}


async def state(kind: str, account: str, ip: str | None) -> dict:
    """What the next attempt faces: failures so far, seconds to wait and why, whether a captcha is needed."""
    _check_kind(kind)
    s = get_settings()
    now = _now()
    acct = await _read(_account_key(kind, account))
    known = bool(ip) and bool(await redis().sismember(_known_key(kind, account), _digest(ip, "login-ip")))
    pair = await _read(_pair_key(kind, account, ip)) if ip else {}
    addr = await _read(_address_key(ip)) if ip else {}
    failures, addr_failures = int(acct.get("n", 0)), int(addr.get("n", 0))
    wait, reason = 0, None
    if addr_failures >= ADDRESS_MAX_FAILURES and not known:
        wait, reason = max(1, int(await redis().ttl(_address_key(ip)))), "address"
    account_left = 0 if known else _left(acct, now)
    if max(account_left, _left(pair, now)) > wait:
        wait, reason = max(account_left, _left(pair, now)), "account"
    need_captcha = kind in CAPTCHA_KINDS and (
        failures >= s.login_max_failures or addr_failures >= ADDRESS_CAPTCHA_AFTER)
    return {"failures": failures, "address_failures": addr_failures, "known_address": known,
            "retry_after": wait, "reason": reason, "captcha_required": need_captcha}


async def captcha_required(kind: str, account: str | None, ip: str | None) -> bool:
    """For forms: must the next attempt of `account` (or, unknown yet, of anyone at `ip`) carry a captcha?"""
    if kind not in CAPTCHA_KINDS:
        return False
    if account:
        return (await state(kind, account, ip))["captcha_required"]
    return bool(ip) and int((await _read(_address_key(ip))).get("n", 0)) >= ADDRESS_CAPTCHA_AFTER


async def check(kind: str, account: str, ip: str | None, *, captcha_id: str | None = None,
                captcha_answer: str | None = None) -> None:
    """Raise when this attempt must not be checked: 429 (accounts.locked / accounts.address_limited,
    with Retry-After) while a delay runs, 401 accounts.captcha_required / captcha_invalid when a
    captcha is due. A captcha presented is used up here, right or wrong."""
    st = await state(kind, account, ip)
    if st["retry_after"]:
        left = st["retry_after"]
        cls = AddressLimited if st["reason"] == "address" else AccountLocked
        raise cls(f"{cls.message}，请 {left} 秒后再试",
                  details={"retry_after": left, "captcha_required": st["captcha_required"]},
                  headers={"Retry-After": str(left)})
    if st["captcha_required"]:
        details = {"captcha_required": True, "captcha_url": CAPTCHA_URLS[kind]}
        if not (captcha_id and captcha_answer):
            raise CaptchaRequired(details=details)
        if not await captcha.verify(captcha_id, captcha_answer):
            raise CaptchaInvalid(details=details)


async def failure(kind: str, account: str, ip: str | None) -> None:
    """Count a wrong password (or an unknown account) for the account, the pair and the address."""
    _check_kind(kind)
    s = get_settings()
    now = str(_now())
    async with redis().pipeline(transaction=True) as p:
        key = _account_key(kind, account)
        p.hincrby(key, "n", 1).hset(key, "last", now).expire(key, ACCOUNT_WINDOW)
        if ip:
            key = _pair_key(kind, account, ip)
            p.hincrby(key, "n", 1).hset(key, "last", now).expire(key, ACCOUNT_WINDOW)
            key = _address_key(ip)
            p.hincrby(key, "n", 1).hset(key, "last", now).expire(key, s.login_lockout_seconds)
        await p.execute()


async def success(kind: str, account: str, ip: str | None) -> None:
    """The right password: forget the account's failures and remember the address as known."""
    _check_kind(kind)
    r = redis()
    await r.delete(_account_key(kind, account))
    if ip:
        await r.delete(_pair_key(kind, account, ip))
        known = _known_key(kind, account)
        await r.sadd(known, _digest(ip, "login-ip"))
        await r.expire(known, KNOWN_SECONDS)


async def unlock(kind: str, account: str) -> int:
    """Clear the account's failures and every per-address delay of it; returns the failures cleared.
    The caller (a superior administrator's service) checks scope and audits."""
    _check_kind(kind)
    r = redis()
    failures = int((await _read(_account_key(kind, account))).get("n", 0))
    pairs = [k async for k in r.scan_iter(match=_pair_prefix(kind, account) + "*", count=500)]
    await r.delete(_account_key(kind, account), *pairs)
    return failures
