"""WeChat server API through wechatpy, with the access_token shared in Redis.

Also the official account's web authorisation (公众号网页授权) that logs the H5
client in: its code is exchanged through wechatpy's WeChatOAuth under the same
base URL (the offline WeChat in development).

Why: wechatpy speaks WeChat's documented protocol; we only point it at a
configurable base URL (a loopback stub in tests), run its blocking calls off
the event loop, and keep one access_token for all workers: the first worker
that finds it missing takes a Redis lock and fetches it, the others wait and
read it. Every failure of WeChat becomes one of our errors, never a 500.
"""
from __future__ import annotations

import asyncio
import logging
import secrets
from dataclasses import dataclass
from typing import Any, Callable

import requests
from redis.exceptions import WatchError
from wechatpy import WeChatClient, WeChatOAuth
from wechatpy.exceptions import WeChatClientException

from core.cache import redis
from core.settings import get_settings

# The errors live in a light module, so that handlers name them (core.http.fails) without
# loading wechatpy; they stay importable from here (callers catch wechat.WeChatError).
from core.wechat_errors import (
    WeChatCodeInvalid, WeChatError, WeChatRateLimited, WeChatUserBlocked, WeChatWebCodeInvalid,
    WeChatWebLoginUnconfigured,
)

log = logging.getLogger("huiyi.wechat")
TIMEOUT_SECONDS = 5


_ERRORS = {40029: WeChatCodeInvalid, 40163: WeChatCodeInvalid, 45011: WeChatRateLimited,
           40226: WeChatUserBlocked}
_TOKEN_INVALID = {40001, 40014, 42001}


@dataclass(frozen=True)
class WxSession:
    openid: str
    session_key: str
    unionid: str | None


class _Http(requests.Session):
    """wechatpy fetches the access_token without a timeout; every request gets one here."""

    def request(self, method, url, **kwargs):  # type: ignore[override]
        if kwargs.get("timeout") is None:
            kwargs["timeout"] = TIMEOUT_SECONDS
        return super().request(method, url, **kwargs)


class _Client(WeChatClient):
    """wechatpy's client with every URL under the configured base."""

    def __init__(self, base: str, appid: str, secret: str, access_token: str | None = None):
        super().__init__(appid, secret, access_token=access_token, timeout=TIMEOUT_SECONDS,
                         auto_retry=False)
        self._http = _Http()
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


async def _call(what: str, fn: Callable[[_Client], Any], access_token: str | None = None) -> Any:
    """Run one blocking wechatpy call in a thread; transport failures become WeChatError.

    WeChatClientException (an errcode answer) passes through for the caller to judge.
    """
    def run() -> Any:
        client = _client(access_token)
        try:
            return fn(client)
        finally:
            client._http.close()

    try:
        data = await asyncio.to_thread(run)
    except WeChatClientException:
        raise
    except Exception as exc:  # connection refused, timeout, an answer that is not JSON
        log.warning("wechat %s failed: %s", what, type(exc).__name__)
        raise WeChatError(details={"reason": type(exc).__name__}) from exc
    if not isinstance(data, dict):  # wechatpy hands back the raw response when it is not JSON
        log.warning("wechat %s answered something that is not a JSON object", what)
        raise WeChatError(details={"reason": "answer is not JSON"})
    return data


def _translate(exc: WeChatClientException) -> WeChatError:
    # The errmsg may name our server's IP or our app's configuration: log it, don't send it.
    log.warning("wechat error %s: %s", exc.errcode, str(exc.errmsg)[:200])
    try:
        errcode = int(exc.errcode) if exc.errcode is not None else None
    except (TypeError, ValueError):
        errcode = None
    cls = _ERRORS.get(errcode or 0, WeChatError)
    return cls(details={"errcode": errcode})


def _token_key() -> str:
    return f"wechat:access-token:{get_settings().wechat_appid}"


async def _release(lock_key: str, me: str) -> None:
    """Delete the lock only while it is still ours (it may have expired and been retaken)."""
    async with redis().pipeline(transaction=True) as pipe:
        try:
            await pipe.watch(lock_key)
            if await pipe.get(lock_key) == me:
                pipe.multi()
                pipe.delete(lock_key)
                await pipe.execute()
        except WatchError:
            pass  # someone else took it in between: theirs now


async def _fetch_and_store(key: str) -> str:
    try:
        data = await _call("token", lambda c: c.fetch_access_token())
    except WeChatClientException as exc:
        raise _translate(exc) from exc
    token = data.get("access_token")
    if not token:
        raise WeChatError(details={"reason": "token answer without access_token"})
    try:
        expires_in = int(data.get("expires_in", 7200))
    except (TypeError, ValueError):
        expires_in = 7200
    # Renew five minutes early so no worker uses a token at its edge.
    await redis().set(key, token, ex=max(60, expires_in - 300))
    return token


async def get_access_token(*, wait_seconds: float = 10.0) -> str:
    r = redis()
    key = _token_key()
    token = await r.get(key)
    if token:
        return token
    lock_key, me = key + ":lock", secrets.token_hex(8)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + wait_seconds
    while True:
        if await r.set(lock_key, me, nx=True, px=int(wait_seconds * 1000)):
            try:
                token = await r.get(key)  # someone may have finished while we queued
                return token or await _fetch_and_store(key)
            finally:
                await _release(lock_key, me)
        await asyncio.sleep(0.05)
        token = await r.get(key)
        if token:
            return token
        if loop.time() > deadline:
            raise WeChatError(details={"reason": "access_token lock timeout"})


async def invalidate_access_token(token: str) -> None:
    """Drop the shared token, unless another worker already replaced it."""
    key = _token_key()
    async with redis().pipeline(transaction=True) as pipe:
        try:
            await pipe.watch(key)
            if await pipe.get(key) == token:
                pipe.multi()
                pipe.delete(key)
                await pipe.execute()
        except WatchError:
            pass


async def _with_token(what: str, fn: Callable[[_Client], Any]) -> dict:
    """One call with the shared access_token; a token WeChat refuses is dropped and the call retried once."""
    for attempt in range(2):
        token = await get_access_token()
        try:
            return await _call(what, fn, token)
        except WeChatClientException as exc:
            if exc.errcode in _TOKEN_INVALID:
                await invalidate_access_token(token)  # never keep a token WeChat refused
                if attempt == 0:
                    continue
            raise _translate(exc) from exc
    raise WeChatError(details={"reason": "access_token rejected twice"})


async def code_to_session(code: str) -> WxSession:
    """Exchange a wx.login code for openid, session_key and (when WeChat has one) unionid."""
    data = await _with_token("jscode2session", lambda c: c.wxa.code_to_session(code))
    openid, session_key = data.get("openid"), data.get("session_key")
    if not isinstance(openid, str) or not openid or not isinstance(session_key, str) or not session_key:
        raise WeChatError(details={"reason": "answer without openid"})
    unionid = data.get("unionid")
    return WxSession(openid=openid, session_key=session_key,
                     unionid=unionid if isinstance(unionid, str) and unionid else None)


async def send_subscribe_message(*, openid: str, template_id: str, data: dict[str, Any],
                                 page: str | None = None) -> None:
    """A mini-program subscribe message (subscribeMessage.send); WeChat's refusal
    (43101: the user has not subscribed) comes back as a WeChatError with details.errcode."""
    await _with_token("subscribe.send",
                      lambda c: c.wxa.send_subscribe_message(openid, template_id, data, page=page))


@dataclass(frozen=True)
class WxWebUser:
    openid: str
    unionid: str | None


class _OAuth(WeChatOAuth):
    """wechatpy's web authorisation client under the configured base, with timeouts."""

    def __init__(self, base: str, appid: str, secret: str):
        super().__init__(appid, secret, redirect_uri="", scope=get_settings().wechat_oa_scope)
        self._http = _Http()
        self.API_BASE_URL = base


async def web_code_to_user(code: str) -> WxWebUser:
    """Exchange the code of the official account's web authorisation for openid and unionid."""
    s = get_settings()
    if s.is_production and s.wechat_oa_secret == "wx-demo-oa-secret":
        raise WeChatWebLoginUnconfigured()

    def run() -> Any:
        client = _OAuth(s.wechat_api_base, s.wechat_oa_appid, s.wechat_oa_secret)
        try:
            return client.fetch_access_token(code)
        finally:
            client._http.close()

    try:
        data = await asyncio.to_thread(run)
    except WeChatClientException as exc:
        if exc.errcode is None:  # an HTTP error status: WeChat is down, not the code wrong
            log.warning("wechat web authorisation failed: HTTP %s",
                        getattr(getattr(exc, "response", None), "status_code", "?"))
            raise WeChatError(details={"reason": "http error"}) from exc
        err = _translate(exc)
        if isinstance(err, WeChatCodeInvalid):
            err = WeChatWebCodeInvalid(details=err.details)
        raise err from exc
    except Exception as exc:  # connection refused, timeout, an answer that is not JSON
        log.warning("wechat web authorisation failed: %s", type(exc).__name__)
        raise WeChatError(details={"reason": type(exc).__name__}) from exc
    openid = data.get("openid") if isinstance(data, dict) else None
    if not isinstance(openid, str) or not openid or len(openid) > 64:
        raise WeChatError(details={"reason": "answer without openid"})
    unionid = data.get("unionid")
    unionid = unionid if isinstance(unionid, str) and 0 < len(unionid) <= 64 else None
    return WxWebUser(openid=openid, unionid=unionid)
