"""Offline WeChat Pay: the service answers WeChat Pay APIv3 itself, for development and tests.

Why: payments go through the real `wechatpayv3` client (core/payments/gateway.py),
which needs WeChat Pay and a merchant account. With WECHATPAY_OFFLINE on, the app
serves the APIv3 calls we use under /dev/wechatpay/ and WECHATPAY_API_BASE points
there, so nothing of WeChat Pay is faked inside the client: it signs its requests,
checks the signatures of the answers, decrypts the notifications. Keys come from
the offline bundle (core/payments/keys.py, generated at first use into var/).
It speaks APIv3 as documented:

- every request must carry a valid `Authorization: WECHATPAY2-SHA256-RSA2048 mchid=…,
  nonce_str=…,signature=…,timestamp=…,serial_no=…` (RSA-SHA256 of method, path with
  query, timestamp, nonce and body), else 401 SIGN_ERROR; every answer is signed with
  the platform key (Wechatpay-Timestamp/-Nonce/-Signature/-Serial headers; the serial is
  the platform public key id when the client sent it, else the platform certificate's)
- POST /v3/pay/transactions/jsapi → {prepay_id}; GET /v3/pay/transactions/out-trade-no/{no}
  and /id/{transaction_id}?mchid= → the transaction; POST …/out-trade-no/{no}/close → 204
- POST /v3/refund/domestic/refunds (the same out_refund_no again is the same refund);
  GET /v3/refund/domestic/refunds/{out_refund_no}
- GET /v3/bill/tradebill?bill_date=&bill_type=&tar_type= → {hash_type, hash_value,
  download_url}; GET /v3/billdownload/file?token= → the bill (gzip), its columns as
  WeChat Pay writes them. Unlike WeChat Pay (which makes a day's bill after 10:00 the
  next day) it serves the current day too, so a day can be reconciled while it runs.
- GET /v3/certificates → the platform certificate, encrypted with the APIv3 key
- notifications: TRANSACTION.SUCCESS and REFUND.SUCCESS posted to the order's or refund's
  notify_url, signed with the platform key, the resource encrypted with the APIv3 key
  (AEAD_AES_256_GCM), sent again with a fresh signature until answered 2xx (a short
  schedule: 1, 2, 5, 15, 30 s).

Plus what stands in for the payer and for the test bench (not WeChat Pay's):
- POST /dev/wechatpay/cashier {appId, timeStamp, nonceStr, package, signType, paySign}:
  WeChat's payment sheet. It checks paySign against the merchant's key, as WeChat's
  client does, and settles the order; the H5 client calls it where WeixinJSBridge is
  absent, so the payment step stays the payer's own act.
- GET /dev/wechatpay/notifications: the notifications sent (newest first, with
  headers and body, so a test can replay one).
- POST /dev/wechatpay/faults {method, path, delay_seconds?, status?, times?}: the next
  matching calls answer late (after doing their work: a timeout whose outcome is
  unknown) or fail with `status` (without doing anything).

State lives in Redis with expiry, so every server worker sees the same WeChat Pay.
Production refuses WECHATPAY_OFFLINE (Settings.check) and never registers these routes.
"""
from __future__ import annotations

import asyncio
import base64
import datetime as dt
import gzip
import hashlib
import json
import re
import secrets
import time
import uuid
from typing import Any

from sanic import Blueprint, Request
from sanic.response import HTTPResponse

from core.cache import redis
from core.localtime import LOCAL
from core.payments import gateway, keys
from core.settings import get_settings

PREFIX = "/dev/wechatpay"
_KEY = "wechatpay-offline:"
KEEP_SECONDS = 100 * 24 * 3600  # bills may be asked for three months
PREPAY_SECONDS = 2 * 3600  # a prepay_id lives two hours
NOTIFICATIONS_KEPT = 200
RETRIES = (1, 2, 5, 15, 30)  # seconds between notification attempts (WeChat Pay: 15 s … 6 h over a day)
REFUND_SECONDS = 0.3  # a refund to the payer's change is "processing" this long
CLOCK_SKEW = 300  # WeChat Pay refuses requests whose timestamp is off by more than five minutes
_OUT_TRADE_NO = re.compile(r"^[0-9A-Za-z_\-|*]{6,32}$")
_OUT_REFUND_NO = re.compile(r"^[0-9A-Za-z_\-|*@]{1,64}$")
_AUTH = re.compile(r'(\w+)="([^"]*)"')
BILL_COLUMNS = ("交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态,付款银行,货币种类,"
                "应结订单金额,代金券金额,微信退款单号,商户退款单号,退款金额,充值券退款金额,退款类型,退款状态,商品名称,商户数据包,"
                "手续费,费率,订单金额,申请退款金额,费率备注")
BILL_SUMMARY = "总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,订单总金额,申请退款总金额"

_deliveries: set[asyncio.Task] = set()


class Refused(Exception):
    """An APIv3 error answer: status and WeChat Pay's {code, message}."""

    def __init__(self, status: int, code: str, message: str):
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def _now() -> dt.datetime:
    return dt.datetime.now(LOCAL).replace(microsecond=0)


def _rfc3339(at: dt.datetime) -> str:
    return at.astimezone(LOCAL).isoformat(timespec="seconds")


def _platform() -> keys.Platform:
    return keys.platform(get_settings())


def _allowed_appids() -> set[str]:
    s = get_settings()
    return {s.wechat_appid, s.wechat_oa_appid}


# ------------------------------------------------------------------ signatures, encryption

def signed_headers(platform: keys.Platform, body: str, *, public_key_mode: bool) -> dict[str, str]:
    """WeChat Pay's signature of an answer or a notification, with a fresh timestamp and nonce."""
    timestamp, nonce = str(int(time.time())), secrets.token_hex(16).upper()
    return {"Wechatpay-Timestamp": timestamp, "Wechatpay-Nonce": nonce,
            "Wechatpay-Signature": gateway.sign_base64(platform.private_key, f"{timestamp}\n{nonce}\n{body}\n"),
            "Wechatpay-Serial": platform.public_key_id if public_key_mode else platform.certificate_serial_no,
            "Wechatpay-Signature-Type": gateway.SIGNATURE_TYPE}


def encrypt(apiv3_key: str, plaintext: str, associated_data: str) -> dict[str, str]:
    """AEAD_AES_256_GCM with the APIv3 key, as WeChat Pay encrypts resources and certificates."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    nonce = secrets.token_hex(6)  # 12 characters, used as their ASCII bytes
    sealed = AESGCM(apiv3_key.encode()).encrypt(nonce.encode(), plaintext.encode(), associated_data.encode())
    return {"algorithm": "AEAD_AES_256_GCM", "nonce": nonce, "associated_data": associated_data,
            "ciphertext": base64.b64encode(sealed).decode()}


def _check_authorization(request: Request, platform: keys.Platform) -> None:
    header = request.headers.get("authorization", "")
    scheme, _, rest = header.partition(" ")
    if scheme != gateway.SIGNATURE_TYPE:
        raise Refused(401, "SIGN_ERROR", "Authorization 头缺失或签名类型错误")
    fields = dict(_AUTH.findall(rest))
    if fields.get("mchid") != platform.mchid:
        raise Refused(401, "SIGN_ERROR", "商户号与签名不匹配")
    if fields.get("serial_no", "").upper() != platform.merchant_serial_no.upper():
        raise Refused(401, "SIGN_ERROR", "商户证书序列号有误")
    try:
        stamp = int(fields.get("timestamp", ""))
    except ValueError:
        raise Refused(401, "SIGN_ERROR", "时间戳格式错误") from None
    if abs(time.time() - stamp) > CLOCK_SKEW:
        raise Refused(401, "SIGN_ERROR", "请求时间戳与服务器时间相差超过5分钟")
    # The client signs the path it asked for relative to WeChat Pay's domain: ours without PREFIX.
    path = request.path[len(PREFIX):] + (f"?{request.query_string}" if request.query_string else "")
    body = (request.body or b"").decode("utf-8", errors="replace")
    message = f"{request.method}\n{path}\n{fields.get('timestamp')}\n{fields.get('nonce_str', '')}\n{body}\n"
    if not gateway.verify_base64(platform.merchant_public_key, message, fields.get("signature", "")):
        raise Refused(401, "SIGN_ERROR", "签名错误")


def _public_key_mode(request: Request, platform: keys.Platform) -> bool:
    # A client in public-key mode names the platform public key in every request.
    return request.headers.get("wechatpay-serial", "") == platform.public_key_id


def _answer(request: Request, status: int, data: dict | None, platform: keys.Platform) -> HTTPResponse:
    body = "" if data is None else json.dumps(data, ensure_ascii=False)
    headers = signed_headers(platform, body, public_key_mode=_public_key_mode(request, platform))
    headers["Request-ID"] = uuid.uuid4().hex
    return HTTPResponse(body, status=status, headers=headers,
                        content_type="application/json; charset=utf-8" if body else None)


# ------------------------------------------------------------------ state

async def _get(name: str) -> dict | None:
    raw = await redis().get(_KEY + name)
    return json.loads(raw) if raw else None


async def _put(name: str, value: dict, *, ex: int = KEEP_SECONDS) -> None:
    await redis().set(_KEY + name, json.dumps(value, ensure_ascii=False), ex=ex)


async def _bill_row(day: str, row: dict) -> None:
    key = _KEY + "day:" + day
    async with redis().pipeline(transaction=True) as pipe:
        pipe.rpush(key, json.dumps(row, ensure_ascii=False))
        pipe.expire(key, KEEP_SECONDS)
        await pipe.execute()


def _transaction(trade: dict) -> dict:
    """The transaction as the query API and the notification resource show it."""
    out: dict[str, Any] = {
        "appid": trade["appid"], "mchid": trade["mchid"], "out_trade_no": trade["out_trade_no"],
        "trade_type": "JSAPI", "trade_state": trade["state"], "trade_state_desc": _STATE_DESC[trade["state"]],
        "attach": "", "payer": {"openid": trade["openid"]},
        "amount": {"total": trade["total"], "currency": "CNY"},
    }
    if trade.get("transaction_id"):
        out.update({"transaction_id": trade["transaction_id"], "bank_type": "OTHERS",
                    "success_time": trade["success_time"]})
        out["amount"].update({"payer_total": trade["total"], "payer_currency": "CNY"})
    return out


_STATE_DESC = {"NOTPAY": "未支付", "SUCCESS": "支付成功", "CLOSED": "已关闭", "REFUND": "转入退款"}


def _refund_view(refund: dict) -> dict:
    out = {"refund_id": refund["refund_id"], "out_refund_no": refund["out_refund_no"],
           "transaction_id": refund["transaction_id"], "out_trade_no": refund["out_trade_no"],
           "channel": "ORIGINAL", "user_received_account": "支付用户零钱", "create_time": refund["create_time"],
           "status": refund["status"], "funds_account": "AVAILABLE",
           "amount": {"total": refund["total"], "refund": refund["refund"], "payer_total": refund["total"],
                      "payer_refund": refund["refund"], "settlement_refund": refund["refund"],
                      "settlement_total": refund["total"], "discount_refund": 0, "currency": "CNY",
                      "refund_fee": 0}}
    if refund.get("success_time"):
        out["success_time"] = refund["success_time"]
    return out


# ------------------------------------------------------------------ notifications

def _spawn(coro) -> None:
    task = asyncio.get_running_loop().create_task(coro)
    _deliveries.add(task)
    task.add_done_callback(_deliveries.discard)


async def settle_deliveries(timeout: float = 10.0) -> None:
    """Wait for the notifications under way and those they cause (a payment refused, refunded,
    notified in turn), so a test reads the end state and nothing runs into the next test."""
    until = asyncio.get_running_loop().time() + timeout
    while _deliveries and (left := until - asyncio.get_running_loop().time()) > 0:
        await asyncio.wait(set(_deliveries), timeout=left)


def cancel_deliveries() -> None:
    for task in list(_deliveries):
        task.cancel()


async def _notify(url: str, *, event_type: str, summary: str, original_type: str, resource: dict,
                  public_key_mode: bool) -> None:
    import httpx

    platform = _platform()
    body = json.dumps({
        "id": str(uuid.uuid4()), "create_time": _rfc3339(_now()), "resource_type": "encrypt-resource",
        "event_type": event_type, "summary": summary,
        "resource": {"original_type": original_type,
                     **encrypt(platform.apiv3_key, json.dumps(resource, ensure_ascii=False), original_type)},
    }, ensure_ascii=False)
    for attempt, wait in enumerate((0, *RETRIES)):
        await asyncio.sleep(wait)
        headers = {**signed_headers(platform, body, public_key_mode=public_key_mode),
                   "Content-Type": "application/json", "User-Agent": "Mozilla/4.0"}
        try:
            async with httpx.AsyncClient(timeout=5) as client:
                status = (await client.post(url, content=body.encode(), headers=headers)).status_code
        except httpx.HTTPError as exc:
            status = f"error: {type(exc).__name__}"
        await _record_notification({"event_type": event_type, "url": url, "attempt": attempt + 1,
                                    "status": status, "headers": headers, "body": body,
                                    "at": _rfc3339(_now())})
        if isinstance(status, int) and 200 <= status < 300:
            return


async def _record_notification(entry: dict) -> None:
    key = _KEY + "notifications"
    async with redis().pipeline(transaction=True) as pipe:
        pipe.lpush(key, json.dumps(entry, ensure_ascii=False))
        pipe.ltrim(key, 0, NOTIFICATIONS_KEPT - 1)
        pipe.expire(key, 24 * 3600)
        await pipe.execute()


async def notifications() -> list[dict]:
    return [json.loads(n) for n in await redis().lrange(_KEY + "notifications", 0, NOTIFICATIONS_KEPT - 1)]


# ------------------------------------------------------------------ the calls

def _body(request: Request) -> dict:
    try:
        data = json.loads(request.body or b"{}")
    except ValueError:
        raise Refused(400, "PARAM_ERROR", "请求体不是有效的JSON") from None
    if not isinstance(data, dict):
        raise Refused(400, "PARAM_ERROR", "请求体应为JSON对象")
    return data


def _require(cond: bool, message: str, code: str = "PARAM_ERROR", status: int = 400) -> None:
    if not cond:
        raise Refused(status, code, message)


async def _jsapi(request: Request) -> tuple[int, dict | None]:
    platform = _platform()
    b = _body(request)
    _require(b.get("mchid") == platform.mchid, "商户号不存在", "MCH_NOT_EXISTS")
    _require(b.get("appid") in _allowed_appids(), "appid和mch_id不匹配", "APPID_MCHID_NOT_MATCH")
    desc = b.get("description")
    _require(isinstance(desc, str) and 1 <= len(desc) <= 127, "description 长度应为1到127个字符")
    no = b.get("out_trade_no")
    _require(isinstance(no, str) and bool(_OUT_TRADE_NO.match(no)), "out_trade_no 格式错误")
    amount = b.get("amount") or {}
    total = amount.get("total")
    _require(isinstance(total, int) and not isinstance(total, bool) and 1 <= total <= 10 ** 10,
             "amount.total 应为正整数（分）")
    _require(amount.get("currency", "CNY") == "CNY", "amount.currency 仅支持 CNY")
    openid = (b.get("payer") or {}).get("openid")
    _require(isinstance(openid, str) and 1 <= len(openid) <= 128, "payer.openid 不能为空")
    url = b.get("notify_url")
    _require(isinstance(url, str) and url.startswith(("http://", "https://")) and len(url) <= 256,
             "notify_url 格式错误")
    expire = b.get("time_expire")
    if expire is not None:
        try:
            dt.datetime.fromisoformat(expire)
        except (TypeError, ValueError):
            raise Refused(400, "PARAM_ERROR", "time_expire 应为 rfc3339 格式") from None
    trade = await _get("trade:" + no)
    same = trade is not None and (trade["appid"], trade["total"], trade["openid"], trade["description"]) == (
        b["appid"], total, openid, desc)
    if trade is not None and not same:
        raise Refused(403, "OUT_TRADE_NO_USED", "商户订单号重复")
    if trade is not None and trade["state"] == "SUCCESS":
        raise Refused(400, "ORDERPAID", "该订单已支付")
    if trade is not None and trade["state"] == "CLOSED":
        raise Refused(400, "ORDER_CLOSED", "订单已关闭")
    if trade is None:
        trade = {"appid": b["appid"], "mchid": platform.mchid, "out_trade_no": no, "description": desc,
                 "total": total, "openid": openid, "notify_url": url, "time_expire": expire,
                 "created": _rfc3339(_now()), "state": "NOTPAY", "transaction_id": None, "success_time": None,
                 "public_key_mode": _public_key_mode(request, platform)}
        await _put("trade:" + no, trade)
    prepay_id = "wx" + _now().strftime("%d%H%M%S") + secrets.token_hex(14)
    await redis().set(_KEY + "prepay:" + prepay_id, no, ex=PREPAY_SECONDS)
    return 200, {"prepay_id": prepay_id}


async def _trade_by_no(no: str) -> dict:
    trade = await _get("trade:" + no)
    if trade is None:
        raise Refused(404, "ORDER_NOT_EXIST", "订单不存在")
    if trade["state"] == "SUCCESS" and await redis().exists(_KEY + "refunds-of:" + no):
        trade = {**trade, "state": "REFUND"}
    return trade


async def _query_no(request: Request, no: str) -> tuple[int, dict | None]:
    _require(request.args.get("mchid") == _platform().mchid, "商户号不存在", "MCH_NOT_EXISTS")
    return 200, _transaction(await _trade_by_no(no))


async def _query_id(request: Request, transaction_id: str) -> tuple[int, dict | None]:
    _require(request.args.get("mchid") == _platform().mchid, "商户号不存在", "MCH_NOT_EXISTS")
    no = await redis().get(_KEY + "txn:" + transaction_id)
    if no is None:
        raise Refused(404, "ORDER_NOT_EXIST", "订单不存在")
    return 200, _transaction(await _trade_by_no(no))


async def _close(request: Request, no: str) -> tuple[int, dict | None]:
    b = _body(request)
    _require(b.get("mchid") == _platform().mchid, "商户号不存在", "MCH_NOT_EXISTS")
    trade = await _get("trade:" + no)
    if trade is None:
        raise Refused(404, "ORDER_NOT_EXIST", "订单不存在")
    # One final state per order: the first of payment and close wins.
    if not await redis().set(_KEY + "final:" + no, "CLOSED", nx=True, ex=KEEP_SECONDS):
        if await redis().get(_KEY + "final:" + no) == "SUCCESS":
            raise Refused(400, "ORDERPAID", "订单已支付，不能关闭")
        return 204, None
    trade["state"] = "CLOSED"
    await _put("trade:" + no, trade)
    return 204, None


async def pay(params: dict) -> dict:
    """The payer confirms in WeChat's payment sheet: check what the merchant signed, settle, notify."""
    platform = _platform()
    package = str(params.get("package", ""))
    message = "\n".join(str(params.get(k, "")) for k in ("appId", "timeStamp", "nonceStr")) + f"\n{package}\n"
    if params.get("signType") != "RSA" or not gateway.verify_base64(platform.merchant_public_key, message,
                                                                    str(params.get("paySign", ""))):
        raise Refused(400, "SIGN_ERROR", "支付验证签名失败")
    prepay_id = package.removeprefix("prepay_id=")
    no = await redis().get(_KEY + "prepay:" + prepay_id) if prepay_id else None
    if no is None:
        raise Refused(400, "PREPAY_EXPIRED", "支付已过期，请重新发起")
    trade = await _get("trade:" + no)
    if trade is None or trade["appid"] != params.get("appId"):
        raise Refused(400, "APPID_MCHID_NOT_MATCH", "支付参数与订单不匹配")
    if trade.get("time_expire") and dt.datetime.fromisoformat(trade["time_expire"]) < _now():
        raise Refused(400, "ORDER_EXPIRED", "订单已过期")
    if not await redis().set(_KEY + "final:" + no, "SUCCESS", nx=True, ex=KEEP_SECONDS):
        if await redis().get(_KEY + "final:" + no) == "SUCCESS":
            return {"err_msg": "get_brand_wcpay_request:ok", "out_trade_no": no}
        raise Refused(400, "ORDER_CLOSED", "订单已关闭")
    now = _now()
    trade.update(state="SUCCESS", success_time=_rfc3339(now),
                 transaction_id="42000" + now.strftime("%Y%m%d") + "".join(secrets.choice("0123456789")
                                                                          for _ in range(15)))
    await _put("trade:" + no, trade)
    await redis().set(_KEY + "txn:" + trade["transaction_id"], no, ex=KEEP_SECONDS)
    await _bill_row(now.date().isoformat(), {"kind": "payment", "at": now.strftime("%Y-%m-%d %H:%M:%S"),
                                             "trade": trade})
    _spawn(_notify(trade["notify_url"], event_type="TRANSACTION.SUCCESS", summary="支付成功",
                   original_type="transaction", resource=_transaction(trade),
                   public_key_mode=trade.get("public_key_mode", True)))
    return {"err_msg": "get_brand_wcpay_request:ok", "out_trade_no": no}


async def _refund(request: Request) -> tuple[int, dict | None]:
    b = _body(request)
    out_refund_no = b.get("out_refund_no")
    _require(isinstance(out_refund_no, str) and bool(_OUT_REFUND_NO.match(out_refund_no)), "out_refund_no 格式错误")
    amount = b.get("amount") or {}
    refund, total = amount.get("refund"), amount.get("total")
    _require(all(isinstance(v, int) and not isinstance(v, bool) and v >= 1 for v in (refund, total)),
             "amount.refund 与 amount.total 应为正整数（分）")
    _require(amount.get("currency", "CNY") == "CNY", "amount.currency 仅支持 CNY")
    reason = b.get("reason")
    _require(reason is None or (isinstance(reason, str) and len(reason.encode()) <= 80), "reason 不能超过80字节")
    if b.get("transaction_id"):
        no = await redis().get(_KEY + "txn:" + str(b["transaction_id"]))
    else:
        no = b.get("out_trade_no")
    trade = await _get("trade:" + no) if isinstance(no, str) else None
    if trade is None:
        raise Refused(404, "RESOURCE_NOT_EXISTS", "订单不存在")
    existing = await _get("refund:" + out_refund_no)
    if existing is not None:
        # The same out_refund_no asked again: the same refund, never a second one.
        if (existing["out_trade_no"], existing["refund"]) != (no, refund):
            raise Refused(400, "INVALID_REQUEST", "同一商户退款单号的退款参数与原退款不一致")
        return 200, _refund_view(await _complete_refund(existing))
    if trade["state"] != "SUCCESS":
        raise Refused(400, "INVALID_REQUEST", "订单未支付，不能退款")
    _require(total == trade["total"], "amount.total 与订单金额不一致", "INVALID_REQUEST")
    refunded = await redis().incrby(_KEY + "refunded:" + no, refund)
    if refunded > trade["total"]:
        await redis().decrby(_KEY + "refunded:" + no, refund)
        raise Refused(400, "INVALID_REQUEST", "申请退款金额超过订单可退金额")
    record = {"refund_id": "50300" + _now().strftime("%Y%m%d") + "".join(secrets.choice("0123456789")
                                                                          for _ in range(17)),
              "out_refund_no": out_refund_no, "transaction_id": trade["transaction_id"], "out_trade_no": no,
              "create_time": _rfc3339(_now()), "status": "PROCESSING", "total": trade["total"], "refund": refund,
              "notify_url": b.get("notify_url") or "", "due": time.time() + REFUND_SECONDS,
              "public_key_mode": _public_key_mode(request, _platform())}
    if not await redis().set(_KEY + "refund:" + out_refund_no, json.dumps(record, ensure_ascii=False), nx=True,
                             ex=KEEP_SECONDS):
        await redis().decrby(_KEY + "refunded:" + no, refund)  # a concurrent call with this number won
        return 200, _refund_view(await _get("refund:" + out_refund_no))
    await redis().set(_KEY + "refunds-of:" + no, "1", ex=KEEP_SECONDS)
    _spawn(_finish_refund_later(out_refund_no))
    return 200, _refund_view(record)


async def _finish_refund_later(out_refund_no: str) -> None:
    await asyncio.sleep(REFUND_SECONDS)
    refund = await _get("refund:" + out_refund_no)
    if refund is not None:
        await _complete_refund(refund)


async def _complete_refund(refund: dict) -> dict:
    """A processing refund whose time has come succeeds (once: the first caller notifies)."""
    if refund["status"] != "PROCESSING" or time.time() < refund["due"]:
        return refund
    if not await redis().set(_KEY + "refund-done:" + refund["out_refund_no"], "1", nx=True, ex=KEEP_SECONDS):
        return await _get("refund:" + refund["out_refund_no"]) or refund
    now = _now()
    refund.update(status="SUCCESS", success_time=_rfc3339(now))
    await _put("refund:" + refund["out_refund_no"], refund)
    trade = await _get("trade:" + refund["out_trade_no"])
    await _bill_row(now.date().isoformat(), {"kind": "refund", "at": now.strftime("%Y-%m-%d %H:%M:%S"),
                                             "trade": trade, "refund": refund})
    if refund["notify_url"]:
        resource = {"mchid": trade["mchid"], "out_trade_no": refund["out_trade_no"],
                    "transaction_id": refund["transaction_id"], "out_refund_no": refund["out_refund_no"],
                    "refund_id": refund["refund_id"], "refund_status": "SUCCESS",
                    "success_time": refund["success_time"], "user_received_account": "支付用户零钱",
                    "amount": {"total": refund["total"], "refund": refund["refund"], "payer_total": refund["total"],
                               "payer_refund": refund["refund"]}}
        _spawn(_notify(refund["notify_url"], event_type="REFUND.SUCCESS", summary="退款成功",
                       original_type="refund", resource=resource,
                       public_key_mode=refund.get("public_key_mode", True)))
    return refund


async def _query_refund(request: Request, out_refund_no: str) -> tuple[int, dict | None]:
    refund = await _get("refund:" + out_refund_no)
    if refund is None:
        raise Refused(404, "RESOURCE_NOT_EXISTS", "退款单不存在")
    return 200, _refund_view(await _complete_refund(refund))


def _yuan(fen: int, places: int = 2) -> str:
    return f"{fen / 100:.{places}f}"


async def bill_text(day: str, bill_type: str = "ALL") -> str:
    """The trade bill of `day` as WeChat Pay writes it ("" when nothing happened that day)."""
    rows = [json.loads(r) for r in await redis().lrange(_KEY + "day:" + day, 0, -1)]
    rows = [r for r in rows if bill_type == "ALL" or (bill_type == "SUCCESS") == (r["kind"] == "payment")]
    if not rows:
        return ""
    lines, paid, refunded, fees, ordered, asked = [BILL_COLUMNS], 0, 0, 0.0, 0, 0
    for r in rows:
        t = r["trade"]
        if r["kind"] == "payment":
            fee = round(t["total"] * 0.006) / 100
            values = [r["at"], t["appid"], t["mchid"], "0", "", t["transaction_id"], t["out_trade_no"], t["openid"],
                      "JSAPI", "SUCCESS", "OTHERS", "CNY", _yuan(t["total"]), "0.00", "0", "0", "0.00", "0.00", "", "",
                      t["description"], "", f"{fee:.5f}", "0.60%", _yuan(t["total"]), "0.00", ""]
            paid, fees, ordered = paid + t["total"], fees + fee, ordered + t["total"]
        else:
            f = r["refund"]
            fee = -round(f["refund"] * 0.006) / 100
            values = [r["at"], t["appid"], t["mchid"], "0", "", t["transaction_id"], t["out_trade_no"], t["openid"],
                      "JSAPI", "REFUND", "OTHERS", "CNY", "0.00", "0.00", f["refund_id"], f["out_refund_no"],
                      _yuan(f["refund"]), "0.00", "ORIGINAL", "SUCCESS", t["description"], "", f"{fee:.5f}", "0.60%",
                      _yuan(t["total"]), _yuan(f["refund"]), ""]
            refunded, fees, asked = refunded + f["refund"], fees + fee, asked + f["refund"]
        lines.append(",".join("`" + str(v).replace(",", "，") for v in values))
    lines.append(BILL_SUMMARY)
    lines.append(",".join("`" + v for v in (str(len(rows)), _yuan(paid), _yuan(refunded), "0.00", f"{fees:.5f}",
                                           _yuan(ordered), _yuan(asked))))
    return "\r\n".join(lines) + "\r\n"


async def _tradebill(request: Request) -> tuple[int, dict | None]:
    day = request.args.get("bill_date", "")
    try:
        date = dt.date.fromisoformat(day)
    except ValueError:
        raise Refused(400, "PARAM_ERROR", "bill_date 格式应为 yyyy-MM-DD") from None
    today = _now().date()
    _require(date <= today, "账单日期不能晚于今天", "INVALID_REQUEST")
    _require(date >= today - dt.timedelta(days=92), "仅支持三个月内的账单下载申请", "INVALID_REQUEST")
    bill_type = request.args.get("bill_type", "ALL")
    _require(bill_type in ("ALL", "SUCCESS", "REFUND"), "bill_type 取值错误")
    text = await bill_text(day, bill_type)
    if not text:
        raise Refused(400, "NO_STATEMENT_EXIST", "账单文件不存在")
    token = secrets.token_urlsafe(24)
    await redis().set(_KEY + "bill:" + token, json.dumps({"day": day, "type": bill_type,
                                                          "tar": request.args.get("tar_type", "")}), ex=300)
    base = f"{request.scheme}://{request.host}{PREFIX}"
    return 200, {"hash_type": "SHA1", "hash_value": hashlib.sha1(text.encode()).hexdigest(),
                 "download_url": f"{base}/v3/billdownload/file?token={token}"}


async def _certificates(request: Request) -> tuple[int, dict | None]:
    platform = _platform()
    from cryptography import x509

    cert = x509.load_pem_x509_certificate(platform.certificate.encode())
    return 200, {"data": [{
        "serial_no": platform.certificate_serial_no,
        "effective_time": _rfc3339(cert.not_valid_before_utc), "expire_time": _rfc3339(cert.not_valid_after_utc),
        "encrypt_certificate": encrypt(platform.apiv3_key, platform.certificate, "certificate"),
    }]}


# ------------------------------------------------------------------ faults (the test bench)

async def add_fault(*, method: str, path: str, delay_seconds: float = 0, status: int | None = None,
                    times: int = 1) -> None:
    key = _KEY + "faults"
    await redis().rpush(key, json.dumps({"method": method.upper(), "path": path, "delay": delay_seconds,
                                         "status": status, "times": times}))
    await redis().expire(key, 3600)


async def _take_fault(method: str, path: str) -> dict | None:
    key = _KEY + "faults"
    for i, raw in enumerate(await redis().lrange(key, 0, -1)):
        fault = json.loads(raw)
        if fault["method"] == method and path.startswith(fault["path"]):
            fault["times"] -= 1
            if fault["times"] <= 0:
                await redis().lrem(key, 1, raw)
            else:
                await redis().lset(key, i, json.dumps(fault))
            return fault
    return None


# ------------------------------------------------------------------ routes

async def _serve(request: Request, handler, *args) -> HTTPResponse:
    platform = _platform()
    fault = await _take_fault(request.method, request.path[len(PREFIX):])
    if fault and fault.get("status"):
        return _answer(request, fault["status"], {"code": "SYSTEM_ERROR", "message": "系统错误"}, platform)
    try:
        _check_authorization(request, platform)
        status, data = await handler(request, *args)
    except Refused as exc:
        status, data = exc.status, {"code": exc.code, "message": exc.message}
    if fault and fault.get("delay"):
        await asyncio.sleep(fault["delay"])  # done, but the answer comes too late
    return _answer(request, status, data, platform)


def blueprint(name: str = "dev_wechatpay") -> Blueprint:
    """The offline WeChat Pay's routes on a blueprint of their own (the app's, or a test server's)."""
    bp = Blueprint(name, url_prefix=PREFIX)

    @bp.get("/v3/certificates")
    async def certificates(request: Request):
        return await _serve(request, _certificates)

    @bp.post("/v3/pay/transactions/jsapi")
    async def jsapi(request: Request):
        return await _serve(request, _jsapi)

    @bp.get("/v3/pay/transactions/out-trade-no/<out_trade_no:str>")
    async def query_by_out_trade_no(request: Request, out_trade_no: str):
        return await _serve(request, _query_no, out_trade_no)

    @bp.get("/v3/pay/transactions/id/<transaction_id:str>")
    async def query_by_id(request: Request, transaction_id: str):
        return await _serve(request, _query_id, transaction_id)

    @bp.post("/v3/pay/transactions/out-trade-no/<out_trade_no:str>/close")
    async def close(request: Request, out_trade_no: str):
        return await _serve(request, _close, out_trade_no)

    @bp.post("/v3/refund/domestic/refunds")
    async def refunds(request: Request):
        return await _serve(request, _refund)

    @bp.get("/v3/refund/domestic/refunds/<out_refund_no:str>")
    async def query_refund(request: Request, out_refund_no: str):
        return await _serve(request, _query_refund, out_refund_no)

    @bp.get("/v3/bill/tradebill")
    async def tradebill(request: Request):
        return await _serve(request, _tradebill)

    @bp.get("/v3/billdownload/file")
    async def billdownload(request: Request):
        platform = _platform()
        try:
            _check_authorization(request, platform)
            raw = await redis().get(_KEY + "bill:" + request.args.get("token", ""))
            if raw is None:
                raise Refused(400, "INVALID_REQUEST", "下载链接已失效，请重新申请账单")
        except Refused as exc:
            return _answer(request, exc.status, {"code": exc.code, "message": exc.message}, platform)
        ask = json.loads(raw)
        data = (await bill_text(ask["day"], ask["type"])).encode()
        if ask["tar"] == "GZIP":
            data = gzip.compress(data)
        return HTTPResponse(data, status=200, content_type="application/octet-stream")

    @bp.post("/cashier")
    async def cashier(request: Request):
        """WeChat's payment sheet: the payer pays with the parameters the merchant signed."""
        try:
            params = _body(request)
            result = await pay(params)
        except Refused as exc:
            return HTTPResponse(json.dumps({"err_msg": "get_brand_wcpay_request:fail", "code": exc.code,
                                            "message": exc.message}, ensure_ascii=False),
                                status=exc.status, content_type="application/json; charset=utf-8")
        return HTTPResponse(json.dumps(result, ensure_ascii=False), content_type="application/json; charset=utf-8")

    @bp.get("/notifications")
    async def sent_notifications(request: Request):
        """The notifications sent, newest first (the last 200, kept a day)."""
        return HTTPResponse(json.dumps({"items": await notifications()}, ensure_ascii=False),
                            content_type="application/json; charset=utf-8")

    @bp.post("/faults")
    async def faults(request: Request):
        try:
            b = _body(request)
            await add_fault(method=str(b.get("method", "POST")), path=str(b["path"]),
                            delay_seconds=float(b.get("delay_seconds") or 0),
                            status=int(b["status"]) if b.get("status") else None, times=int(b.get("times") or 1))
        except (Refused, KeyError, TypeError, ValueError):
            return HTTPResponse('{"code":"PARAM_ERROR","message":"需要 method、path 与 delay_seconds 或 status"}',
                                status=400, content_type="application/json; charset=utf-8")
        return HTTPResponse(status=204)

    return bp
