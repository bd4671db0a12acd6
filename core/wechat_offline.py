"""Offline WeChat for development: the service answers WeChat's server API itself.

Why: `wx-login` and subscribe messages go through the real wechatpy client
(core/wechat.py), which needs WeChat's servers. In development, with
WECHAT_OFFLINE on, the app serves the three calls we use under /dev/wechat/
and points settings.wechat_api_base there, so a developer (and the H5 persona
picker) logs in with no internet and nothing of WeChat is faked inside the
client. It speaks WeChat's documented JSON:

- GET  /cgi-bin/token?grant_type=client_credential&appid=&secret=
- GET  /sns/jscode2session?appid=&secret=&js_code=&grant_type=authorization_code
- POST /cgi-bin/message/subscribe/send?access_token=  {touser, template_id, page, data}
- GET  /sns/oauth2/access_token?appid=&secret=&code=&grant_type=authorization_code
  (the official account's web authorisation, used by the H5 client's login)

plus two developer endpoints: POST /dev/wechat/codes {openid, unionid?} mints a
login code for a persona (usable once, by jscode2session or by the web
authorisation, as a code of either app would be), GET /dev/wechat/messages reads the subscribe messages
sent. Like WeChat, a code works once (40163 on reuse) and an unknown code
answers 40029. State lives in Redis with expiry, so every worker sees it.

Production refuses WECHAT_OFFLINE (Settings.check) and never registers these
routes. The errcode table and error body are shared with tests/wechat_stub.py.
"""
from __future__ import annotations

import json
import secrets

from pydantic import BaseModel, Field
from sanic import Blueprint, Request
from sanic.response import HTTPResponse
from sanic.response import json as json_response

from core.cache import redis
from core.http import ok, parse_body
from core.settings import get_settings

PREFIX = "/dev/wechat"
TOKEN_PATH = "/cgi-bin/token"
SESSION_PATH = "/sns/jscode2session"
SUBSCRIBE_PATH = "/cgi-bin/message/subscribe/send"
OAUTH_PATH = "/sns/oauth2/access_token"

# errcode → errmsg as WeChat words them.
ERRMSG = {
    -1: "system error",
    40001: "invalid credential, access_token is invalid or not latest",
    40002: "invalid grant_type",
    40013: "invalid appid",
    40029: "invalid code",
    40125: "invalid appsecret",
    40163: "code been used",
    43101: "user refuse to accept the msg",
    45011: "api minute-quota reach limit  mustslower  retry next minute",
    40226: "high risk user",
    47003: "argument invalid!",
}

CODE_SECONDS = 300  # WeChat's login codes live five minutes
TOKEN_SECONDS = 7200
MESSAGES_KEPT = 100
_KEY = "wechat-offline:"


def error_body(errcode: int, errmsg: str | None = None) -> dict:
    """WeChat's error answer; WeChat appends a request id to every message."""
    return {"errcode": errcode,
            "errmsg": f"{errmsg or ERRMSG.get(errcode, 'error')} rid: {secrets.token_hex(12)}"}


def new_code() -> str:
    return "code-" + secrets.token_hex(8)


def new_session_key() -> str:
    return secrets.token_urlsafe(18)  # WeChat's are 24 base64 characters


def session_answer(openid: str, session_key: str, unionid: str | None) -> dict:
    out = {"session_key": session_key, "openid": openid}
    if unionid:
        out["unionid"] = unionid
    return out


def check_app(q: dict[str, str], appid: str, secret: str) -> dict | None:
    if q.get("appid") != appid:
        return error_body(40013)
    if q.get("secret") != secret:
        return error_body(40125)
    return None


def check_subscribe_body(body: dict) -> dict | None:
    if not body.get("touser") or not body.get("template_id") or not isinstance(body.get("data"), dict):
        return error_body(47003)
    return None


# ---------------------------------------------------------------- the service side

async def mint_code(*, openid: str, unionid: str | None = None) -> str:
    code = new_code()
    await redis().set(_KEY + "code:" + code,
                      json.dumps({"openid": openid, "unionid": unionid, "session_key": new_session_key()}),
                      ex=CODE_SECONDS)
    return code


def _refused(q: dict[str, str], grant_type: str) -> dict | None:
    """WeChat's answer to a wrong grant_type or an app that is not ours; None when the call may go on."""
    if q.get("grant_type") != grant_type:
        return error_body(40002)
    s = get_settings()
    return check_app(q, s.wechat_appid, s.wechat_secret)


async def _take_code(code: str) -> dict:
    """The persona a code was minted for, or WeChat's error body (unknown code, code used)."""
    r = redis()
    raw = await r.getdel(_KEY + "code:" + code) if code else None  # atomic: one worker wins
    if raw is None:
        return error_body(40163 if code and await r.exists(_KEY + "used:" + code) else 40029)
    await r.set(_KEY + "used:" + code, "1", ex=CODE_SECONDS)
    return json.loads(raw)


async def _session(q: dict[str, str]) -> dict:
    bad = _refused(q, "authorization_code")
    if bad:
        return bad
    entry = await _take_code(q.get("js_code", ""))
    if "errcode" in entry:
        return entry
    return session_answer(entry["openid"], entry["session_key"], entry.get("unionid"))


def oauth_answer(openid: str, unionid: str | None, scope: str) -> dict:
    """WeChat's answer to sns/oauth2/access_token (unionid only when the account has one)."""
    out = {"access_token": "OAT-" + secrets.token_urlsafe(24), "expires_in": TOKEN_SECONDS,
           "refresh_token": "ORT-" + secrets.token_urlsafe(24), "openid": openid, "scope": scope}
    if unionid:
        out["unionid"] = unionid
    return out


async def _oauth(q: dict[str, str]) -> dict:
    if q.get("grant_type") != "authorization_code":
        return error_body(40002)
    s = get_settings()
    bad = check_app(q, s.wechat_oa_appid, s.wechat_oa_secret)
    if bad:
        return bad
    entry = await _take_code(q.get("code", ""))
    if "errcode" in entry:
        return entry
    return oauth_answer(entry["openid"], entry.get("unionid"), s.wechat_oa_scope)


async def _token(q: dict[str, str]) -> dict:
    bad = _refused(q, "client_credential")
    if bad:
        return bad
    token = "AT-" + secrets.token_urlsafe(24)
    await redis().set(_KEY + "token:" + token, "1", ex=TOKEN_SECONDS)
    return {"access_token": token, "expires_in": TOKEN_SECONDS}


async def _subscribe(q: dict[str, str], body: dict) -> dict:
    token = q.get("access_token", "")
    if not token or not await redis().exists(_KEY + "token:" + token):
        return error_body(40001)
    bad = check_subscribe_body(body)
    if bad:
        return bad
    key = _KEY + "messages"
    async with redis().pipeline(transaction=True) as pipe:
        pipe.lpush(key, json.dumps(body, ensure_ascii=False))
        pipe.ltrim(key, 0, MESSAGES_KEPT - 1)
        pipe.expire(key, 24 * 3600)
        await pipe.execute()
    return {"errcode": 0, "errmsg": "ok"}


def _query(request: Request) -> dict[str, str]:
    return {k: v[-1] for k, v in request.args.items()}


def _wechat(body: dict) -> HTTPResponse:
    # WeChat answers 200 with an errcode body, errors included.
    return json_response(body, ensure_ascii=False)


class CodeIn(BaseModel):
    openid: str = Field(min_length=1, max_length=64)
    unionid: str | None = Field(default=None, min_length=1, max_length=64)


bp = Blueprint("dev_wechat", url_prefix=PREFIX)


@bp.get(TOKEN_PATH)
async def token(request: Request):
    return _wechat(await _token(_query(request)))


@bp.get(SESSION_PATH)
async def jscode2session(request: Request):
    return _wechat(await _session(_query(request)))


@bp.get(OAUTH_PATH)
async def oauth2_access_token(request: Request):
    return _wechat(await _oauth(_query(request)))


@bp.post(SUBSCRIBE_PATH)
async def subscribe_send(request: Request):
    try:
        body = json.loads(request.body or b"{}")
    except ValueError:
        body = {}
    return _wechat(await _subscribe(_query(request), body if isinstance(body, dict) else {}))


@bp.post("/codes")
async def codes(request: Request):
    """A single-use login code for a persona (the H5 persona picker uses it)."""
    data = parse_body(request, CodeIn)
    return ok({"code": await mint_code(openid=data.openid, unionid=data.unionid)}, status=201)


@bp.get("/messages")
async def messages(request: Request):
    """The subscribe messages sent, newest first (the last 100, kept a day)."""
    raw = await redis().lrange(_KEY + "messages", 0, MESSAGES_KEPT - 1)
    return ok({"items": [json.loads(m) for m in raw]})
