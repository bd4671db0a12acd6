"""JWTs for the mini-program: 15-minute access tokens and rotating refresh tokens.

Why: one place pins the algorithm (HS256, never taken from the token's header),
checks audience, issuer and token type, and turns every failure into our two
401 errors. The signing key is derived from SECRET_KEY for this purpose only,
so a token can never be confused with anything else signed by that secret.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import uuid

import jwt

from core.accounts.errors import TokenExpired, TokenInvalid
from core.settings import get_settings

ALGORITHM = "HS256"
_REQUIRED = ["exp", "iat", "iss", "sub", "aud", "typ", "jti"]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def signing_key() -> bytes:
    """HMAC-SHA256(SECRET_KEY, purpose): 32 bytes, as HS256 wants."""
    return hmac.new(get_settings().secret_key.encode("utf-8"), b"huiyi.mp.jwt.v1", hashlib.sha256).digest()


def encode(*, sub: int, typ: str, seconds: int, jti: str | None = None, fam: str | None = None,
           who: str | None = None) -> tuple[str, str, dt.datetime]:
    """`who` marks a physician logged in on the PC (sub is then the physician id)."""
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
