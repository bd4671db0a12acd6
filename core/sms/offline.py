"""Loopback SMS for development and tests: the service answers as Tencent Cloud SMS itself.

Why: verification codes go out through the provider's own SDK (core/sms/gateway.py), which
needs the provider's servers and an account. With SMS_OFFLINE on (the default in development
when no provider is configured; refused in production by Settings.check, and these routes are
then never registered), the app serves the provider's API under /dev/sms/ and points
SMS_API_BASE there, so a developer adds a 就诊人 with no internet and reads the code from the
loopback, and nothing of the provider is faked inside the client. Tests use the same protocol
through tests/sms_stub.py (a threaded server).

It speaks the documented API 3.0 of Tencent Cloud SMS (version 2021-01-11):

- `POST <base>` with JSON `{PhoneNumberSet, SmsSdkAppId, SignName, TemplateId,
  TemplateParamSet, SessionContext?}` and the headers X-TC-Action: SendSms, X-TC-Version,
  X-TC-Timestamp, X-TC-Region and `Authorization: TC3-HMAC-SHA256 Credential=<SecretId>/<date>/sms/
  tc3_request, SignedHeaders=content-type;host, Signature=<hex>`. The signature and the timestamp
  are checked as documented by core/tc3.py (shared with the TRTC loopback).
- Every answer is HTTP 200 with `{"Response": {..., "RequestId"}}`: an `Error {Code, Message}` for
  a refused call (AuthFailure.SignatureFailure, AuthFailure.SignatureExpire, AuthFailure.SecretIdNotFound,
  InvalidAction, InvalidParameterValue.SdkAppIdNotExist, FailedOperation.SignatureIncorrectOrUnapproved,
  FailedOperation.TemplateIncorrectOrUnapproved, InvalidParameterValue.TemplateParameterFormatError, ...),
  otherwise `SendStatusSet` with one status per number (`Code: "Ok"` and a SerialNo, or
  InvalidParameterValue.IncorrectPhoneNumber).

The known templates are the verification template of DEV_TEMPLATES (the provider's standard
wording; a verification template's variables may only be 0-6 digits, as the provider enforces).
`GET /dev/sms/messages?phone=` lists what was delivered, newest first (the last 100, a day),
that phone's messages in full; without `phone` every message with its number masked.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import secrets
import uuid
from typing import Any, Mapping

from sanic import Blueprint, Request
from sanic.response import json as json_response

from core import crypto, tc3
from core.cache import redis
from core.http import ok
from core.masking import mask_phone
from core.settings import get_settings
from core.tc3 import Outcome

PREFIX = "/dev/sms"
SERVICE = "sms"
VERSION = "2021-01-11"
DEV_TEMPLATES = {"100001": "{1}为您的验证码，请于{2}分钟内填写，如非本人操作，请忽略本短信。"}
MESSAGES_KEPT = 100
_KEY = "sms-offline:messages"

ERRORS = {
    **tc3.ERRORS,
    "InvalidParameterValue.SdkAppIdNotExist": "SdkAppId不存在。",
    "FailedOperation.SignatureIncorrectOrUnapproved": "签名未审批或格式错误。",
    "FailedOperation.TemplateIncorrectOrUnapproved": "模板未审批或内容不匹配。",
    "InvalidParameterValue.TemplateParameterFormatError":
        "验证码模板参数格式错误，验证码类模板，模板变量只能传入0-6位（包括6位）纯数字。",
    "LimitExceeded.PhoneNumberCountLimit": "调用接口单次提交的手机号个数超过200个。",
    "InvalidParameterValue.IncorrectPhoneNumber": "手机号格式错误。",
}
_MAINLAND = re.compile(r"^(?:\+86)?(1[3-9]\d{9})$")
_CODE_PARAM = re.compile(r"^\d{0,6}$")


def _error(code: str, message: str | None = None) -> Outcome:
    return tc3.error(code, message or ERRORS.get(code))


def _content(template: str, params: list[str]) -> str:
    return re.sub(r"\{(\d+)\}", lambda m: params[int(m.group(1)) - 1], template)


def send_sms(payload: Any, *, sdk_app_id: str, sign_name: str, templates: Mapping[str, str]) -> Outcome:
    """The SendSms call once the request is authenticated: checks as the provider does, then one
    status per number."""
    if not isinstance(payload, dict):
        return _error("InvalidParameter")
    numbers, params = payload.get("PhoneNumberSet"), payload.get("TemplateParamSet") or []
    for name in ("PhoneNumberSet", "SmsSdkAppId", "TemplateId"):
        if not payload.get(name):
            return _error("MissingParameter", f"The request is missing a required parameter `{name}`.")
    if not isinstance(numbers, list) or not isinstance(params, list) or not all(isinstance(p, str) for p in params):
        return _error("InvalidParameter", "PhoneNumberSet and TemplateParamSet must be lists of strings.")
    if len(numbers) > 200:
        return _error("LimitExceeded.PhoneNumberCountLimit")
    if payload["SmsSdkAppId"] != sdk_app_id:
        return _error("InvalidParameterValue.SdkAppIdNotExist")
    if payload.get("SignName") != sign_name:  # mainland messages must carry the approved signature
        return _error("FailedOperation.SignatureIncorrectOrUnapproved")
    template = templates.get(str(payload["TemplateId"]))
    if template is None:
        return _error("FailedOperation.TemplateIncorrectOrUnapproved")
    wanted = len(set(re.findall(r"\{(\d+)\}", template)))
    if len(params) != wanted or not all(_CODE_PARAM.match(p) for p in params):
        return _error("InvalidParameterValue.TemplateParameterFormatError")
    statuses, delivered = [], []
    for raw in numbers:
        m = _MAINLAND.match(raw) if isinstance(raw, str) else None
        serial = f"2433:{secrets.randbelow(10 ** 18):018d}{secrets.token_hex(4)}"
        if m is None:
            statuses.append({"SerialNo": "", "PhoneNumber": str(raw), "Fee": 0,
                             "SessionContext": payload.get("SessionContext", ""),
                             "Code": "InvalidParameterValue.IncorrectPhoneNumber",
                             "Message": ERRORS["InvalidParameterValue.IncorrectPhoneNumber"], "IsoCode": "CN"})
            continue
        statuses.append({"SerialNo": serial, "PhoneNumber": "+86" + m.group(1), "Fee": 1,
                         "SessionContext": payload.get("SessionContext", ""), "Code": "Ok",
                         "Message": "send success", "IsoCode": "CN"})
        delivered.append({"phone": m.group(1), "sign_name": sign_name, "template_id": str(payload["TemplateId"]),
                          "params": params, "content": f"【{sign_name}】" + _content(template, params),
                          "serial_no": serial, "session_context": payload.get("SessionContext", ""),
                          "sent_at": dt.datetime.now(dt.timezone.utc).isoformat()})
    return Outcome({"Response": {"SendStatusSet": statuses, "RequestId": str(uuid.uuid4())}}, delivered)


def handle(*, method: str, path: str, query: str, headers: Mapping[str, str], body: bytes,
           secret_keys: Mapping[str, str], sdk_app_id: str, sign_name: str,
           templates: Mapping[str, str] = DEV_TEMPLATES, now: float | None = None) -> Outcome:
    """One call of the provider's API, as the provider answers it."""
    refused = tc3.check_signature(service=SERVICE, method=method, path=path, query=query, headers=headers,
                                  body=body, secret_keys=secret_keys, now=now)
    if refused:
        return refused
    if headers.get("x-tc-action") != "SendSms":
        return _error("InvalidAction")
    if headers.get("x-tc-version") != VERSION:
        return _error("NoSuchVersion")
    try:
        payload = json.loads(body or b"{}")
    except ValueError:
        return _error("InvalidParameter")
    return send_sms(payload, sdk_app_id=sdk_app_id, sign_name=sign_name, templates=templates)


def recipient(phone: str) -> str:
    """How the stored messages name their phone: a keyed digest, never the number."""
    return crypto.blind_index(phone, purpose="sms-offline")


# ---------------------------------------------------------------- the service side

bp = Blueprint("dev_sms", url_prefix=PREFIX)


@bp.post("/")
async def api(request: Request):
    s = get_settings()
    outcome = handle(method=request.method, path=request.path, query=request.query_string,
                     headers={k.lower(): v for k, v in request.headers.items()}, body=request.body or b"",
                     secret_keys={s.sms_secret_id: s.sms_secret_key}, sdk_app_id=s.sms_sdk_app_id,
                     sign_name=s.sms_sign_name)
    if outcome.delivered:
        async with redis().pipeline(transaction=True) as pipe:
            for m in outcome.delivered:
                pipe.lpush(_KEY, json.dumps({**m, "to": recipient(m["phone"]), "phone": mask_phone(m["phone"])},
                                            ensure_ascii=False))
            pipe.ltrim(_KEY, 0, MESSAGES_KEPT - 1)
            pipe.expire(_KEY, 24 * 3600)
            await pipe.execute()
    # Like the provider: HTTP 200 and exactly application/json, errors included.
    return json_response(outcome.answer, ensure_ascii=False, content_type="application/json")


@bp.get("/messages")
async def messages(request: Request):
    """The messages delivered, newest first; `?phone=` narrows to one number."""
    phone = (request.args.get("phone") or "").strip()
    to = recipient(phone) if phone else None
    items = []
    for raw in await redis().lrange(_KEY, 0, MESSAGES_KEPT - 1):
        m = json.loads(raw)
        if to is None or m.pop("to") == to:
            m.pop("to", None)
            items.append(m)
    return ok({"items": items})
