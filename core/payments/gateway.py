"""Talking to the payment provider: WeChat Pay APIv3 through the `wechatpayv3` client.

Why an interface: services ask for what a payment needs (an order the payer can
pay, its state, a close, a refund, a verified notification, a day's bill) and
never see HTTP, signatures or the provider's field names; another provider (a
hospital's own payment platform) registers under its name (PAYMENT_GATEWAY).

`WechatPayGateway` drives wechatpayv3's asyncio client (httpx), one per event
loop and merchant, against WECHATPAY_API_BASE: WeChat Pay in production, the
service's own offline WeChat Pay (core/payments/offline.py) in development and
tests. The client signs every request and checks the signature of every answer;
an answer that fails the check is treated as no answer. What WeChat Pay refuses
comes back as GatewayError with its status and code; a timeout or a broken
connection as GatewayError with `unknown=True`: the request may have been carried
out, so the caller keeps its record and asks again with the same number
(out_trade_no, out_refund_no), which WeChat Pay treats as the same request.
"""
from __future__ import annotations

import abc
import asyncio
import base64
import csv
import datetime as dt
import gzip
import hashlib
import json
import logging
import secrets
import time
import weakref
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from core.localtime import LOCAL
from core.payments import keys
from core.payments.errors import NotConfigured
from core.registry import Registry
from core.settings import Settings, get_settings

log = logging.getLogger("huiyi.payments")

TRANSACTION_NOTIFY_PATH = "/api/pay/v1/wechatpay/notify/transaction"
REFUND_NOTIFY_PATH = "/api/pay/v1/wechatpay/notify/refund"
SIGNATURE_TYPE = "WECHATPAY2-SHA256-RSA2048"


class GatewayError(Exception):
    """WeChat Pay refused (status and code set) or did not answer (`unknown`: it may have acted)."""

    def __init__(self, message: str, *, status: int | None = None, code: str = "", unknown: bool = False):
        super().__init__(message)
        self.message, self.status, self.code, self.unknown = message, status, code, unknown


@dataclass(frozen=True)
class Transaction:
    """WeChat Pay's view of one payment (query answer or notification resource)."""

    out_trade_no: str
    trade_state: str  # SUCCESS / NOTPAY / CLOSED / REFUND / USERPAYING / PAYERROR / REVOKED
    transaction_id: str | None = None
    amount_fen: int | None = None
    success_time: dt.datetime | None = None
    openid: str = ""
    mchid: str = ""
    appid: str = ""


@dataclass(frozen=True)
class RefundInfo:
    out_refund_no: str
    status: str  # SUCCESS / CLOSED / PROCESSING / ABNORMAL
    refund_id: str | None = None
    out_trade_no: str = ""
    amount_fen: int | None = None
    success_time: dt.datetime | None = None
    user_received_account: str = ""


@dataclass(frozen=True)
class Notice:
    """A notification whose signature was checked and whose resource was decrypted."""

    id: str
    event_type: str
    resource_type: str  # transaction / refund (the resource's original_type)
    resource: dict[str, Any]
    timestamp: int
    nonce: str


@dataclass(frozen=True)
class BillRow:
    kind: str  # payment / refund
    out_trade_no: str
    transaction_id: str
    amount_fen: int  # the order amount (payment) or the refund amount (refund)
    out_refund_no: str = ""
    refund_id: str = ""
    trade_state: str = ""
    at: str = ""


@dataclass
class Bill:
    day: dt.date
    found: bool
    rows: list[BillRow] = field(default_factory=list)
    sha1: str = ""


class PaymentGateway(abc.ABC):
    name = ""

    @abc.abstractmethod
    async def prepay(self, *, appid: str, out_trade_no: str, description: str, amount_fen: int, openid: str,
                     expires_at: dt.datetime) -> str:
        """Open the order at the provider; the prepay id the payer's client pays with."""

    @abc.abstractmethod
    def pay_params(self, *, appid: str, prepay_id: str) -> dict[str, str]:
        """The signed parameters of wx.requestPayment / WeixinJSBridge getBrandWCPayRequest."""

    @abc.abstractmethod
    async def query(self, *, out_trade_no: str) -> Transaction | None:
        """The provider's state of the order (None: it does not know it)."""

    @abc.abstractmethod
    async def close(self, *, out_trade_no: str) -> None:
        """No payment is accepted any more for the order."""

    @abc.abstractmethod
    async def refund(self, *, out_trade_no: str, out_refund_no: str, amount_fen: int, total_fen: int,
                     reason: str) -> RefundInfo:
        """Ask for a refund; the same out_refund_no asked again is the same refund."""

    @abc.abstractmethod
    async def query_refund(self, *, out_refund_no: str) -> RefundInfo | None:
        """The provider's state of the refund (None: it does not know it)."""

    @abc.abstractmethod
    async def notification(self, *, headers: dict[str, str], body: str) -> Notice | None:
        """The notification, if its signature holds and its resource decrypts; None otherwise."""

    @abc.abstractmethod
    async def trade_bill(self, *, day: dt.date) -> Bill:
        """The provider's trade bill of `day` (found=False when there is none: no trade that day)."""


# ------------------------------------------------------------------ WeChat Pay APIv3

def notify_url(settings: Settings, path: str) -> str:
    return (settings.wechatpay_notify_base or settings.public_base_url).rstrip("/") + path


def _time(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value).astimezone(dt.timezone.utc)
    except ValueError:
        return None


def transaction_of(data: dict[str, Any]) -> Transaction:
    amount = data.get("amount") or {}
    return Transaction(out_trade_no=str(data.get("out_trade_no", "")), trade_state=str(data.get("trade_state", "")),
                       transaction_id=data.get("transaction_id") or None,
                       amount_fen=amount.get("total") if isinstance(amount.get("total"), int) else None,
                       success_time=_time(data.get("success_time")),
                       openid=str((data.get("payer") or {}).get("openid", "")), mchid=str(data.get("mchid", "")),
                       appid=str(data.get("appid", "")))


def refund_of(data: dict[str, Any]) -> RefundInfo:
    amount = data.get("amount") or {}
    status = data.get("status") or data.get("refund_status") or ""
    return RefundInfo(out_refund_no=str(data.get("out_refund_no", "")), status=str(status),
                      refund_id=data.get("refund_id") or None, out_trade_no=str(data.get("out_trade_no", "")),
                      amount_fen=amount.get("refund") if isinstance(amount.get("refund"), int) else None,
                      success_time=_time(data.get("success_time")),
                      user_received_account=str(data.get("user_received_account", ""))[:64])


def _fen(text: str) -> int:
    """A bill amount in yuan ("12.34") as fen."""
    try:
        return int((Decimal(text) * 100).to_integral_value())
    except InvalidOperation as exc:
        raise GatewayError(f"bill amount {text!r} is not a number", code="BILL_FORMAT") from exc


def parse_trade_bill(day: dt.date, text: str) -> Bill:
    """WeChat Pay's trade bill (bill_type ALL): a header line, one line per payment or refund with every
    field behind a backquote, then a summary header and its line. Refund lines carry 交易状态 REFUND."""
    lines = [line for line in text.splitlines() if line.strip()]
    rows: list[BillRow] = []
    if not lines:
        return Bill(day=day, found=True, rows=rows)
    header = next(csv.reader([lines[0].lstrip("\ufeff")]))
    col = {name.strip(): i for i, name in enumerate(header)}
    needed = ("交易时间", "微信订单号", "商户订单号", "交易状态", "订单金额", "微信退款单号", "商户退款单号", "退款金额")
    missing = [n for n in needed if n not in col]
    if missing:
        raise GatewayError(f"trade bill lacks columns {missing}", code="BILL_FORMAT")
    for line in lines[1:]:
        if not line.startswith("`"):
            break  # the summary header (总交易单数,…) ends the detail lines
        values = [v.strip().lstrip("`") for v in next(csv.reader([line]))]
        values += [""] * (len(header) - len(values))
        row = {name: values[i] for name, i in col.items()}
        get = row.__getitem__
        state = get("交易状态")
        if state == "REFUND":
            rows.append(BillRow(kind="refund", out_trade_no=get("商户订单号"), transaction_id=get("微信订单号"),
                                amount_fen=_fen(get("退款金额") or "0"), out_refund_no=get("商户退款单号"),
                                refund_id=get("微信退款单号"), trade_state=state, at=get("交易时间")))
        else:
            rows.append(BillRow(kind="payment", out_trade_no=get("商户订单号"), transaction_id=get("微信订单号"),
                                amount_fen=_fen(get("订单金额") or "0"), trade_state=state, at=get("交易时间")))
    return Bill(day=day, found=True, rows=rows)


# One client per event loop and configuration: its httpx connection pool belongs to the loop.
_clients: "weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, dict[tuple, Any]]" = weakref.WeakKeyDictionary()
_client_locks: "weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock]" = weakref.WeakKeyDictionary()


class WechatPayGateway(PaymentGateway):
    name = "wechatpay"

    def __init__(self, settings: Settings | None = None, merchant: keys.Merchant | None = None):
        self.settings = settings or get_settings()
        self.merchant = merchant or keys.merchant(self.settings)
        if not self.merchant.configured:
            raise NotConfigured(details={"gateway": self.name})

    @property
    def _key(self) -> tuple:
        s = self.settings
        return (self.merchant, s.wechatpay_api_base, s.wechatpay_timeout, s.wechatpay_cert_dir)

    async def _client(self):
        loop = asyncio.get_running_loop()
        per_loop = _clients.setdefault(loop, {})
        client = per_loop.get(self._key)
        if client is not None:
            return client
        lock = _client_locks.setdefault(loop, asyncio.Lock())
        async with lock:
            client = per_loop.get(self._key)
            if client is None:
                client = await self._open()
                per_loop[self._key] = client
        return client

    async def _open(self):
        # The asyncio client has its own WeChatPayType (the synchronous one's is another enum).
        from wechatpayv3.async_ import AsyncWeChatPay, WeChatPayType

        m, s = self.merchant, self.settings
        public = bool(m.public_key_id)
        client = AsyncWeChatPay(
            wechatpay_type=WeChatPayType.JSAPI, mchid=m.mchid, private_key=m.private_key, cert_serial_no=m.serial_no,
            appid=s.wechat_appid, apiv3_key=m.apiv3_key, notify_url=notify_url(s, TRANSACTION_NOTIFY_PATH),
            cert_dir=None if public else s.wechatpay_cert_dir, logger=None,
            timeout=(min(5.0, s.wechatpay_timeout), s.wechatpay_timeout),
            public_key=m.public_key if public else None, public_key_id=m.public_key_id if public else None)
        # The client is written for api.mch.weixin.qq.com; WECHATPAY_API_BASE (the backup domain
        # api2.mch.weixin.qq.com, or the offline WeChat Pay) is set on its core, the only place it is kept.
        client._core._gate_way = s.wechatpay_api_base.rstrip("/")
        try:
            await client.__aenter__()  # certificate mode downloads the platform certificates here
        except Exception as exc:
            await self._failed(exc, "open")
        return client

    async def _call(self, what: str, fn, *args, **kwargs) -> tuple[int, Any]:
        client = await self._client()
        try:
            return await fn(client, *args, **kwargs)
        except Exception as exc:
            await self._failed(exc, what)
            raise AssertionError("unreachable")

    async def _failed(self, exc: Exception, what: str) -> None:
        import httpx

        if isinstance(exc, GatewayError):
            raise exc
        if isinstance(exc, httpx.TimeoutException):
            raise GatewayError(f"{what}: WeChat Pay did not answer in time", unknown=True) from exc
        if isinstance(exc, httpx.TransportError):
            raise GatewayError(f"{what}: WeChat Pay unreachable ({type(exc).__name__})", unknown=True) from exc
        # wechatpayv3 raises bare Exceptions: an answer whose signature fails, no platform certificate.
        raise GatewayError(f"{what}: {exc}", code="SIGN_ERROR", unknown=True) from exc

    @staticmethod
    def _refused(what: str, status: int, text: Any) -> GatewayError:
        try:
            body = json.loads(text) if isinstance(text, (str, bytes)) and text else {}
        except ValueError:
            body = {}
        return GatewayError(f"{what}: {body.get('message') or status}", status=status,
                            code=str(body.get("code") or f"HTTP_{status}"))

    async def prepay(self, *, appid: str, out_trade_no: str, description: str, amount_fen: int, openid: str,
                     expires_at: dt.datetime) -> str:
        async def call(c):
            return await c.pay(description=description, out_trade_no=out_trade_no,
                               amount={"total": amount_fen, "currency": "CNY"}, payer={"openid": openid},
                               time_expire=expires_at.astimezone(LOCAL).isoformat(timespec="seconds"),
                               notify_url=notify_url(self.settings, TRANSACTION_NOTIFY_PATH), appid=appid)

        status, text = await self._call("prepay", call)
        if status != 200:
            raise self._refused("prepay", status, text)
        prepay_id = json.loads(text).get("prepay_id")
        if not prepay_id:
            raise GatewayError("prepay: no prepay_id in the answer", status=status, code="BAD_ANSWER")
        return prepay_id

    def pay_params(self, *, appid: str, prepay_id: str) -> dict[str, str]:
        timestamp, nonce, package = str(int(time.time())), secrets.token_hex(16), f"prepay_id={prepay_id}"
        # What WeChat's client checks: appId, timeStamp, nonceStr and package, one per line, signed
        # with the merchant's key (RSA, SHA-256); no network, so no client is needed.
        sign = sign_base64(self.merchant.private_key, "\n".join((appid, timestamp, nonce, package)) + "\n")
        return {"appId": appid, "timeStamp": timestamp, "nonceStr": nonce, "package": package,
                "signType": "RSA", "paySign": sign}

    async def query(self, *, out_trade_no: str) -> Transaction | None:
        status, text = await self._call("query", lambda c: c.query(out_trade_no=out_trade_no))
        if status == 404:
            return None
        if status != 200:
            raise self._refused("query", status, text)
        return transaction_of(json.loads(text))

    async def close(self, *, out_trade_no: str) -> None:
        status, text = await self._call("close", lambda c: c.close(out_trade_no=out_trade_no))
        if status not in (200, 204):
            raise self._refused("close", status, text)

    async def refund(self, *, out_trade_no: str, out_refund_no: str, amount_fen: int, total_fen: int,
                     reason: str) -> RefundInfo:
        async def call(c):
            return await c.refund(out_refund_no=out_refund_no, out_trade_no=out_trade_no, reason=reason or None,
                                  amount={"refund": amount_fen, "total": total_fen, "currency": "CNY"},
                                  notify_url=notify_url(self.settings, REFUND_NOTIFY_PATH))

        status, text = await self._call("refund", call)
        if status != 200:
            raise self._refused("refund", status, text)
        return refund_of(json.loads(text))

    async def query_refund(self, *, out_refund_no: str) -> RefundInfo | None:
        status, text = await self._call("query_refund", lambda c: c.query_refund(out_refund_no=out_refund_no))
        if status == 404:
            return None
        if status != 200:
            raise self._refused("query_refund", status, text)
        return refund_of(json.loads(text))

    async def notification(self, *, headers: dict[str, str], body: str) -> Notice | None:
        client = await self._client()
        h = {k.lower(): v for k, v in headers.items()}
        if h.get("wechatpay-signature-type", SIGNATURE_TYPE) != SIGNATURE_TYPE:
            return None
        # wechatpayv3 reads the lower-case names (as FastAPI gives them) when the signature is there.
        given = {"wechatpay-signature": h.get("wechatpay-signature", ""),
                 "wechatpay-timestamp": h.get("wechatpay-timestamp", ""),
                 "wechatpay-nonce": h.get("wechatpay-nonce", ""), "wechatpay-serial": h.get("wechatpay-serial", ""),
                 "wechatpay-signature-type": h.get("wechatpay-signature-type", "")}
        if not all(given.values()):
            return None
        try:
            data = client.callback(headers=given, body=body)
            if data is None and not self.merchant.public_key_id and not self._knows_serial(client, given):
                # Certificate mode and a platform certificate we have not seen: WeChat Pay rotated
                # it. The asyncio client refreshes its certificates only on this private path.
                await client._core._update_certificates()
                data = client.callback(headers=given, body=body)
        except Exception as exc:  # malformed JSON, an unknown algorithm: not a notification of WeChat Pay
            log.warning("payment notification not readable: %s", type(exc).__name__)
            return None
        if not isinstance(data, dict) or not isinstance(data.get("resource"), dict):
            return None
        try:
            timestamp = int(given["wechatpay-timestamp"])
        except ValueError:
            return None
        original = json.loads(body).get("resource", {}).get("original_type", "")
        return Notice(id=str(data.get("id", "")), event_type=str(data.get("event_type", "")),
                      resource_type=str(original), resource=data["resource"], timestamp=timestamp,
                      nonce=given["wechatpay-nonce"])

    @staticmethod
    def _knows_serial(client, given: dict[str, str]) -> bool:
        try:
            serial = int(given["wechatpay-serial"], 16)
        except ValueError:
            return True  # not a certificate serial: refreshing would not help
        return any(c.serial_number == serial for c in client._core._certificates)

    async def trade_bill(self, *, day: dt.date) -> Bill:
        status, text = await self._call("trade_bill", lambda c: c.trade_bill(bill_date=day.isoformat()))
        if status == 400 and "NO_STATEMENT_EXIST" in str(text):
            return Bill(day=day, found=False)
        if status != 200:
            raise self._refused("trade_bill", status, text)
        info = json.loads(text)
        status, raw = await self._call("download_bill", lambda c: c.download_bill(info["download_url"]))
        if status != 200:
            raise self._refused("download_bill", status, raw)
        raw = raw if isinstance(raw, bytes) else str(raw).encode()
        try:
            content = gzip.decompress(raw)
        except (OSError, EOFError):
            content = raw  # tar_type left out: the bill comes as it is
        digest = hashlib.sha1(content).hexdigest()
        if info.get("hash_type", "SHA1") == "SHA1" and info.get("hash_value") and info["hash_value"].lower() != digest:
            raise GatewayError("trade bill: the file does not match its hash", code="BILL_HASH")
        bill = parse_trade_bill(day, content.decode("utf-8-sig"))
        bill.sha1 = digest
        return bill


def sign_base64(private_key_pem: str, message: str) -> str:
    """RSA-SHA256 (PKCS#1 v1.5) signature of `message`, base64: every APIv3 signature is one."""
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import padding

    key = serialization.load_pem_private_key(private_key_pem.encode(), password=None)
    return base64.b64encode(key.sign(message.encode(), padding.PKCS1v15(), hashes.SHA256())).decode()


def verify_base64(public_key_pem: str, message: str, signature: str) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import padding

    try:
        key = serialization.load_pem_public_key(public_key_pem.encode())
        key.verify(base64.b64decode(signature, validate=True), message.encode(), padding.PKCS1v15(), hashes.SHA256())
        return True
    except (InvalidSignature, ValueError, TypeError):
        return False


GATEWAYS: Registry[PaymentGateway] = Registry("PAYMENT_GATEWAY")
GATEWAYS.register("wechatpay", WechatPayGateway)


def get_gateway() -> PaymentGateway:
    """The configured gateway; NotConfigured (503) when the merchant's credentials are missing."""
    return GATEWAYS.create(get_settings().payment_gateway)
