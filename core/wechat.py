"""WeChat server API through wechatpy, with the access_token shared in Redis.

Why: wechatpy speaks WeChat's documented protocol; we only point it at a
configurable base URL (a loopback stub in tests), run its blocking calls off
the event loop, and keep one access_token for all workers: the first worker
that finds it missing takes a Redis lock and fetches it, the others wait and
read it.
"""
from __future__ import annotations

import asyncio
import secrets
from dataclasses import dataclass

from wechatpy import WeChatClient
from wechatpy.exceptions import WeChatClientException

from core.cache import redis
from core.errors import AppError
from core.settings import get_settings


class WeChatError(AppError):
    status, code, message = 502, "wechat.upstream_error", "微信服务暂时不可用，请稍后重试"


class WeChatCodeInvalid(WeChatError):
    status, code, message = 400, "wechat.code_invalid", "登录凭证无效或已使用，请重新进入小程序"


class WeChatRateLimited(WeChatError):
    status, code, message = 429, "wechat.rate_limited", "登录过于频繁，请稍后再试"


class WeChatUserBlocked(WeChatError):
    status, code, message = 403, "wechat.user_blocked", "该微信账号存在风险，已被微信限制登录"


_ERRORS = {40029: WeChatCodeInvalid, 40163: WeChatCodeInvalid, 45011: WeChatRateLimited,
           40226: WeChatUserBlocked}
_TOKEN_INVALID = {40001, 40014, 42001}


@dataclass(frozen=True)
class WxSession:
    openid: str
    session_key: str
    unionid: str | None


class _Client(WeChatClient):
    """wechatpy's client with every URL under the configured base."""

    def __init__(self, base: str, appid: str, secret: str, access_token: str | None = None):
        super().__init__(appid, secret, access_token=access_token, timeout=5, auto_retry=False)
        self._base = base
        self.API_BASE_URL = base + "cgi-bin/"
        self.wxa.API_BASE_URL = base

    def fetch_access_token(self):
        return self._fetch_access_token(
            url=self._base + "cgi-bin/token",
            params={"grant_type": "client_credential", "appid": self.appid, "secret": self.secret},
        )


def _client(access_token: str | None = None) -> _Client:
    s = get_settings()
    return _Client(s.wechat_api_base, s.wechat_appid, s.wechat_secret, access_token)


def _token_key() -> str:
    return f"wechat:access-token:{get_settings().wechat_appid}"


def _translate(exc: WeChatClientException) -> AppError:
    cls = _ERRORS.get(exc.errcode or 0, WeChatError)
    return cls(details={"errcode": exc.errcode, "errmsg": str(exc.errmsg)[:200]})


async def get_access_token(*, wait_seconds: float = 10.0) -> str:
    r = redis()
    key = _token_key()
    token = await r.get(key)
    if token:
        return token
    lock_key, me = key + ":lock", secrets.token_hex(8)
    deadline = asyncio.get_running_loop().time() + wait_seconds
    while True:
        if await r.set(lock_key, me, nx=True, px=int(wait_seconds * 1000)):
            try:
                token = await r.get(key)  # someone may have finished while we queued
                if token:
                    return token
                try:
                    data = await asyncio.to_thread(_client().fetch_access_token)
                except WeChatClientException as exc:
                    raise _translate(exc) from exc
                token = data["access_token"]
                # Renew five minutes early so no worker uses a token at its edge.
                ttl = max(60, int(data.get("expires_in", 7200)) - 300)
                await r.set(key, token, ex=ttl)
                return token
            finally:
                if await r.get(lock_key) == me:
                    await r.delete(lock_key)
        await asyncio.sleep(0.05)
        token = await r.get(key)
        if token:
            return token
        if asyncio.get_running_loop().time() > deadline:
            raise WeChatError(details={"reason": "access_token lock timeout"})


async def invalidate_access_token(token: str) -> None:
    r = redis()
    if await r.get(_token_key()) == token:
        await r.delete(_token_key())


async def code_to_session(code: str) -> WxSession:
    for attempt in range(2):
        token = await get_access_token()
        try:
            data = await asyncio.to_thread(_client(token).wxa.code_to_session, code)
        except WeChatClientException as exc:
            if exc.errcode in _TOKEN_INVALID and attempt == 0:
                await invalidate_access_token(token)
                continue
            raise _translate(exc) from exc
        except Exception as exc:  # network failure talking to WeChat
            raise WeChatError(details={"reason": type(exc).__name__}) from exc
        if not data.get("openid") or not data.get("session_key"):
            raise WeChatError(details={"reason": "answer without openid"})
        return WxSession(openid=data["openid"], session_key=data["session_key"],
                         unionid=data.get("unionid"))
    raise WeChatError()
