"""JWTs for the mini-program: 15-minute access tokens and rotating refresh tokens."""
from __future__ import annotations

import datetime as dt
import uuid

import jwt

from core.accounts.errors import TokenExpired, TokenInvalid
from core.settings import get_settings

ALGORITHM = "HS256"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def encode(*, sub: int, typ: str, seconds: int, jti: str | None = None, fam: str | None = None) -> tuple[str, str, dt.datetime]:
    s = get_settings()
    jti = jti or str(uuid.uuid4())
    now = _now()
    exp = now + dt.timedelta(seconds=seconds)
    claims = {"iss": s.jwt_issuer, "aud": s.jwt_audience, "sub": str(sub), "typ": typ,
              "iat": int(now.timestamp()), "exp": int(exp.timestamp()), "jti": jti}
    if fam:
        claims["fam"] = fam
    return jwt.encode(claims, s.secret_key, algorithm=ALGORITHM), jti, exp


def decode(token: str, *, typ: str) -> dict:
    s = get_settings()
    try:
        claims = jwt.decode(token, s.secret_key, algorithms=[ALGORITHM], audience=s.jwt_audience,
                            issuer=s.jwt_issuer, options={"require": ["exp", "iat", "sub", "aud", "typ", "jti"]})
    except jwt.ExpiredSignatureError as exc:
        raise TokenExpired() from exc
    except jwt.PyJWTError as exc:
        raise TokenInvalid(details={"reason": type(exc).__name__}) from exc
    if claims.get("typ") != typ:
        raise TokenInvalid(details={"reason": "wrong token type"})
    return claims
