"""JWTs for the mini-program: 15-minute access tokens and rotating refresh tokens.

Why: one place pins the algorithm (HS256, never taken from the token's header),
checks audience, issuer and token type, and turns every failure into our two
401 errors. The signing key is derived from SECRET_KEY for this purpose only,
so a token can never be confused with anything else signed by that secret.

Revocation ("every token of this subject issued before now is dead") is one
mechanism for every kind of subject: a mini-program account that is disabled,
a physician whose password changes or is reset, an administrator who logs out, is
disabled or changes roles or password (the console's realtime tickets). Each subject ("mp:12",
"physician:5", "admin:3") has a stamp that only grows (table token_epoch); a token carries
the stamp its subject had when it was issued (claim `ep`, 0 before the first
revocation) and is dead once the subject's stamp is larger. `verify` is the one
place tokens are checked: the stamp comes from Redis in the same round trip as
the family marker (the exam's answer saves verify a token on every request), and
from the database when Redis has lost it, so a Redis restart revives nothing.
The cached value lives CACHE_SECONDS; a revocation overwrites it after its commit.

A revocation is also a domain event, `accounts.tokens_revoked` (core/events) on the
topic `account:<id>` (or `physician:<id>`, `admin:<id>`), so that open sockets of the subject close at
once. The cache write itself (`publish`) stays outside the event mechanism, on purpose:
it is not news for others but this process's own cache fill, it must be done before the
revoking request answers (the next request, on any worker, must already be refused; an
event is relayed after the answer's transaction, and consumers run in the worker), and a
lost write is already bounded by CACHE_SECONDS with the database as the authority.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import logging
import time
import uuid

import jwt
from tortoise.transactions import in_transaction

from core.accounts.errors import TokenExpired, TokenInvalid
from core.accounts.models import RefreshToken, TokenEpoch
from core.cache import redis
from core.events import service as events
from core.settings import get_settings
from core.db import transactional

log = logging.getLogger("huiyi.tokens")
CACHE_SECONDS = 600  # bounds how long a failed cache update after a revocation could go unseen

ALGORITHM = "HS256"
_REQUIRED = ["exp", "iat", "iss", "sub", "aud", "typ", "jti"]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def signing_key() -> bytes:
    """HMAC-SHA256(SECRET_KEY, purpose): 32 bytes, as HS256 wants."""
    return hmac.new(get_settings().secret_key.encode("utf-8"), b"huiyi.mp.jwt.v1", hashlib.sha256).digest()


def encode(*, sub: int, typ: str, seconds: int, jti: str | None = None, fam: str | None = None,
           who: str | None = None, ep: int = 0, pwc: bool = False) -> tuple[str, str, dt.datetime]:
    """`who` marks a physician logged in on the PC (sub is then the physician id) or an administrator's
    realtime ticket (`admin`: sub is the admin account id); `ep` is the
    subject's revocation stamp at issue (see `stamp_of`); `pwc` limits the token to the
    password change (an initial or reset password)."""
    s = get_settings()
    jti = jti or str(uuid.uuid4())
    now = _now()
    exp = now + dt.timedelta(seconds=seconds)
    claims = {"iss": s.jwt_issuer, "aud": s.jwt_audience, "sub": str(sub), "typ": typ,
              "iat": int(now.timestamp()), "exp": int(exp.timestamp()), "jti": jti}
    if fam:
        claims["fam"] = fam
    if who:
        claims["who"] = who
    if ep:
        claims["ep"] = ep
    if pwc:
        claims["pwc"] = True
    return jwt.encode(claims, signing_key(), algorithm=ALGORITHM), jti, exp


def decode(token: str, *, typ: str) -> dict:
    s = get_settings()
    try:
        claims = jwt.decode(token, signing_key(), algorithms=[ALGORITHM], audience=s.jwt_audience,
                            issuer=s.jwt_issuer, options={"require": _REQUIRED})
    except jwt.ExpiredSignatureError as exc:
        raise TokenExpired() from exc
    except jwt.PyJWTError as exc:
        raise TokenInvalid(details={"reason": type(exc).__name__}) from exc
    if claims.get("typ") != typ:
        raise TokenInvalid(details={"reason": "wrong token type"})
    sub = claims["sub"]
    if not (isinstance(sub, str) and sub.isascii() and sub.isdigit() and len(sub) < 19):
        raise TokenInvalid(details={"reason": "bad subject"})
    return claims


# ------------------------------------------------------------------ revocation

SUBJECT_KINDS = ("physician", "admin")  # `who` claims; any other token is a mini-program account's


def subject_of(claims: dict) -> str:
    """The revocation subject of a verified token: a PC physician, an administrator's realtime
    ticket or a mini-program account."""
    who = claims.get("who")
    return f"{who if who in SUBJECT_KINDS else 'mp'}:{claims['sub']}"


def revoked_family_key(family: str) -> str:
    return f"mp:revoked-family:{family}"


def _stamp_key(subject: str) -> str:
    return f"tok-epoch:{subject}"


async def _load_stamp(subject: str) -> int:
    """The stamp from the database, put back into Redis unless a revocation got there first."""
    found = await TokenEpoch.filter(subject=subject).first().values_list("stamp", flat=True)
    stamp = int(found or 0)
    # NX: a revocation that committed and published meanwhile must not be overwritten by this older read.
    await redis().set(_stamp_key(subject), stamp, ex=CACHE_SECONDS, nx=True)
    return stamp


async def stamp_of(subject: str) -> int:
    """The subject's current stamp, for the `ep` claim of a token about to be issued."""
    cached = await redis().get(_stamp_key(subject))
    return int(cached) if cached is not None else await _load_stamp(subject)


async def stamps_of(subjects: list[str]) -> list[int]:
    """The current stamps of several subjects in one round trip (the database for those Redis lost)."""
    values = await redis().mget([_stamp_key(s) for s in subjects]) if subjects else []
    return [int(v) if v is not None else await _load_stamp(s) for s, v in zip(subjects, values)]


async def purge_expired_refresh_tokens(ctx: dict) -> int:
    """The periodic job: refresh tokens a day past their expiry are of no use, not even as evidence of reuse."""
    return await RefreshToken.filter(expires_at__lt=_now() - dt.timedelta(days=1)).delete()


@transactional
async def revoke(subject: str) -> int:
    """End every token of `subject` issued so far. Call it inside the transaction of the change
    that warrants it (password, disable), then `publish` the returned stamp after the commit.

    The new stamp is at least the current time in microseconds, so a stamp that a rolled-back
    revocation may have published is never reached again by a later one.
    """
    await TokenEpoch.get_or_create(subject=subject, defaults={"stamp": 0})
    async with in_transaction():
        row = await TokenEpoch.filter(subject=subject).select_for_update().first()
        row.stamp = max(row.stamp + 1, time.time_ns() // 1000)
        await row.save(update_fields=["stamp", "changed_at"])
        kind, _, ident = subject.partition(":")
        await events.emit("accounts.tokens_revoked", {"subject": subject, "stamp": row.stamp},
                          topic=f"{'account' if kind == 'mp' else kind}:{ident}")
    return row.stamp


async def publish(subject: str, stamp: int) -> None:
    """Tell every worker at once (the cache); the database already holds the stamp."""
    try:
        await redis().set(_stamp_key(subject), stamp, ex=CACHE_SECONDS)
    except Exception as exc:  # the change is committed; answering 503 would only make the user retry it
        log.warning("token revocation of %s not cached (%s); effective within %d s", subject,
                    type(exc).__name__, CACHE_SECONDS)


async def verify(token: str, *, typ: str) -> dict:
    """Decode and check a token, and refuse it when its subject revoked it (or its family, for
    an access token): one Redis round trip on the warm path."""
    claims = decode(token, typ=typ)
    keys = [_stamp_key(subject_of(claims))]
    family = claims.get("fam") if typ == "access" else None
    if family:
        keys.append(revoked_family_key(str(family)))
    values = await redis().mget(keys)
    if family and values[1] is not None:
        raise TokenInvalid(details={"reason": "token family revoked"})
    stamp = int(values[0]) if values[0] is not None else await _load_stamp(subject_of(claims))
    ep = claims.get("ep", 0)
    if not isinstance(ep, int) or ep < stamp:
        raise TokenInvalid(details={"reason": "token revoked"})
    return claims
