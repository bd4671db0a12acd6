"""A loopback insurance e-prescription centre: the centre's side of docs/insurance.md, in memory.

Why in core: the same centre answers in two places — the tests' threaded HTTP server
(tests/insurance_stub.py) and the development loopback under /dev/insurance/ (core/insurance/offline.py,
so `make run` can save, review and pick up an e-prescription with no centre) — and both must speak
exactly the documented protocol our client speaks: it checks our signatures (app id, HMAC-SM3,
5 minutes, a nonce once), keeps prescriptions through pre-check, signature, upload and revoke,
reviews them (automatically pass or fail, or when told), records their pick-up, has a drug catalogue
and makes signed notifications (and, for tests, forged ones).

Nothing here touches our database: it is the far side of the wire.
"""
from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import secrets
import threading
from dataclasses import dataclass, field
from typing import Any, Mapping

from core import crypto
from core.insurance import protocol

CERT_SN, CERT_DN = "HISIGN000000000001", "CN=医保电子处方中心电子签名,O=国家医疗保障局"
PATH_STEPS = {path: step for step, path in protocol.PATHS.items()}
DEFAULT_CATALOGUE = (
    # (medListCodg, generic, trade, form, spec, manufacturer, list type): a few entries of the demo
    # formulary's kind, so `make run` has something to search.
    ("XJ01CAA040A001010100001", "阿莫西林胶囊", "阿莫仙", "胶囊剂", "0.25g*24粒", "珠海联邦制药", "甲"),
    ("XN02BEA011A001010100002", "对乙酰氨基酚片", "泰诺林", "片剂", "0.5g*12片", "上海强生制药", "甲"),
    ("XP01ABA070A001010100003", "甲硝唑片", "", "片剂", "0.2g*21片", "石药集团", "甲"),
    ("XB03BBF045A001010100004", "叶酸片", "斯利安", "片剂", "0.4mg*31片", "北京斯利安药业", "甲"),
    ("XB01ACA056A001010100005", "阿司匹林肠溶片", "拜阿司匹灵", "片剂", "100mg*30片", "拜耳医药", "甲"),
)


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


@dataclass
class Rx:
    hi_rxno: str
    rx_trace_code: str
    payload: dict[str, Any]
    state: str = "prechecked"  # prechecked / signed / uploaded / review_passed / review_failed / dispensed / revoked
    sign_digest: str = ""
    review: dict[str, Any] = field(default_factory=lambda: {"rxChkStasCodg": "pending"})
    pickup: dict[str, Any] = field(default_factory=lambda: {"setlStas": "pending"})


class Refusal(Exception):
    def __init__(self, code: str, message: str):
        super().__init__(code)
        self.code, self.message = code, message


class LoopbackCentre:
    def __init__(self, *, app_id: str, secret: str, auto_review: str | None = None, strict_catalogue: bool = False):
        self.app_id, self.secret = app_id, secret
        self.auto_review = auto_review  # None (review when told), "pass" or "fail" at upload
        self.strict_catalogue = strict_catalogue  # refuse drugs whose code is not in the catalogue
        self.rx: dict[str, Rx] = {}
        self.catalogue: dict[str, dict[str, Any]] = {}
        self.calls: list[tuple[str, dict]] = []  # (step, request body) in order
        self.refusals: list[str] = []
        self._failures: list[tuple[str, str, str]] = []  # (step, code, message) one-shot
        self._nonces: set[str] = set()
        self._seq = 0
        self._lock = threading.RLock()
        for row in DEFAULT_CATALOGUE:
            self.add_drug(*row)

    # ------------------------------------------------------------ the test's controls

    def add_drug(self, code: str, generic: str, trade: str = "", form: str = "", spec: str = "",
                 manufacturer: str = "", list_type: str = "甲", enabled: bool = True) -> None:
        with self._lock:
            self.catalogue[code] = {"medListCodg": code, "drugGenname": generic, "drugProdname": trade,
                                    "drugDosform": form, "drugSpec": spec, "prdrName": manufacturer,
                                    "hilistType": list_type, "valiFlag": "1" if enabled else "0"}

    def fail_next(self, step: str, code: str = "RX_CHECK_FAILED", message: str = "处方不符合医保规则") -> None:
        """The next call of `step` is refused with this code."""
        with self._lock:
            self._failures.append((step, code, message))

    def review(self, hi_rxno: str, *, passed: bool, opinion: str = "") -> dict[str, Any]:
        """The centre's pharmacists decide (what a review notice then reports)."""
        with self._lock:
            rx = self.rx[hi_rxno]
            rx.review = {"rxChkStasCodg": "passed" if passed else "failed",
                         "rxChkOpnn": opinion or ("审核通过" if passed else "用药不符合医保支付范围"),
                         "rxChkTime": _now(), "rxChkBizsn": "CHK" + secrets.token_hex(6).upper()}
            if rx.state == "uploaded":
                rx.state = "review_passed" if passed else "review_failed"
            return dict(rx.review)

    def pick_up(self, hi_rxno: str, *, pharmacy: str = "静安区定点零售药店（南京西路店）") -> dict[str, Any]:
        """A designated pharmacy dispensed the prescription and settled it."""
        with self._lock:
            rx = self.rx[hi_rxno]
            if rx.state != "review_passed":
                raise Refusal("RX_NOT_DISPENSABLE", f"处方状态{rx.state}不能取药")
            rx.pickup = {"setlStas": "dispensed", "medinsName": pharmacy, "setlTime": _now(),
                         "setlId": "SETL" + secrets.token_hex(6).upper(),
                         "drugList": [{"medListCodg": d.get("medListCodg"), "drugGenname": d.get("drugGenname"),
                                       "ent": d.get("ent")} for d in rx.payload.get("drugList", [])]}
            rx.state = "dispensed"
            return dict(rx.pickup)

    def notice(self, kind: str, hi_rxno: str, *, notice_id: str | None = None, timestamp: int | None = None,
               nonce: str | None = None, secret: str | None = None, data: dict | None = None
               ) -> tuple[str, dict[str, str], bytes]:
        """A notification as the centre posts it: (path, headers, body). `secret` other than the shared
        one forges it; `timestamp` in the past makes it stale; the same `nonce` twice replays it."""
        with self._lock:
            rx = self.rx.get(hi_rxno)
            result = (rx.review if kind == "review" else rx.pickup) if rx else {}
        payload = {"noticeId": notice_id or "NT" + secrets.token_hex(10).upper(), "hiRxno": hi_rxno,
                   **result, **(data or {})}
        body = protocol.dumps(payload)
        headers = protocol.signed_headers(secret or self.secret, self.app_id, body, timestamp=timestamp, nonce=nonce)
        return protocol.NOTIFY_PATHS[kind], headers, body

    # ------------------------------------------------------------ the wire

    def handle(self, path: str, headers: Mapping[str, str], body: bytes) -> tuple[int, dict[str, str], bytes]:
        """One HTTP request: (status, headers, body), the answer signed."""
        step = PATH_STEPS.get(path.strip("/"))
        if step is None:
            return self._answer(protocol.envelope(code="NOT_FOUND", message=f"接口不存在：{path}"), status=404)
        reason = protocol.check(self.secret, self.app_id, headers, body)
        if reason is None:
            with self._lock:
                nonce = protocol.nonce_of(headers)
                if nonce in self._nonces:
                    reason = "replayed"
                self._nonces.add(nonce)
        if reason is not None:
            with self._lock:
                self.refusals.append("AUTH_" + reason.upper())
            return self._answer(protocol.envelope(code="AUTH_" + reason.upper(), message="签名验证失败"), status=401)
        try:
            data = json.loads(body.decode("utf-8"))
            if not isinstance(data, dict):
                raise ValueError("not an object")
        except ValueError:
            return self._answer(protocol.envelope(code="BAD_REQUEST", message="请求不是JSON对象"), status=400)
        with self._lock:
            self.calls.append((step, data))
            failure = next((f for f in self._failures if f[0] == step), None)
            if failure:
                self._failures.remove(failure)
        try:
            if failure:
                raise Refusal(failure[1], failure[2])
            with self._lock:
                result = getattr(self, "_" + step)(data)
        except Refusal as r:
            with self._lock:
                self.refusals.append(r.code)
            return self._answer(protocol.envelope(code=r.code, message=r.message))
        return self._answer(protocol.envelope(result))

    def _answer(self, envelope: dict, status: int = 200) -> tuple[int, dict[str, str], bytes]:
        body = protocol.dumps(envelope)
        return status, protocol.signed_headers(self.secret, self.app_id, body), body

    # ------------------------------------------------------------ the interfaces

    def _find(self, data: dict) -> Rx:
        rx = self.rx.get(str(data.get("hiRxno", "")))
        if rx is None:
            raise Refusal("RX_NOT_FOUND", "医保处方编号不存在")
        return rx

    def _precheck(self, data: dict) -> dict:
        missing = [k for k in ("fixmedinsCode", "mdtrtId", "rxNo", "prscTime", "patient", "diseList", "drugList",
                               "drName") if not data.get(k)]
        if missing:
            raise Refusal("PARAM_MISSING", "缺少参数：" + ",".join(missing))
        for d in data["drugList"]:
            code = str(d.get("medListCodg") or "")
            if not code:
                raise Refusal("DRUG_CODE_MISSING", f"药品{d.get('drugGenname', '')}缺少医保药品代码")
            listed = self.catalogue.get(code)
            if self.strict_catalogue and (listed is None or listed["valiFlag"] != "1"):
                raise Refusal("DRUG_NOT_LISTED", f"药品{d.get('drugGenname', '')}（{code}）不在医保药品目录内")
        self._seq += 1
        hi_rxno = f"HI{str(data['fixmedinsCode'])[-6:]}{dt.date.today():%Y%m%d}{self._seq:06d}"
        rx = Rx(hi_rxno=hi_rxno, rx_trace_code="RT" + secrets.token_hex(12).upper(), payload=data)
        self.rx[hi_rxno] = rx
        return {"rxTraceCode": rx.rx_trace_code, "hiRxno": hi_rxno}

    def _sign(self, data: dict) -> dict:
        rx = self._find(data)
        if data.get("rxTraceCode") != rx.rx_trace_code:
            raise Refusal("TRACE_CODE_MISMATCH", "处方追溯码不符")
        if rx.state not in ("prechecked", "signed"):
            raise Refusal("RX_STATE", f"处方状态{rx.state}不能签名")
        try:
            original = base64.b64decode(str(data.get("originalValue", "")), validate=True)
        except (binascii.Error, ValueError):
            raise Refusal("PARAM_INVALID", "originalValue 不是 Base64") from None
        if not original:
            raise Refusal("PARAM_MISSING", "缺少参数：originalValue")
        digest = crypto.sm3(original)
        rx.sign_digest, rx.state = digest, "signed"
        return {"signDigest": digest, "signCertSn": CERT_SN, "signCertDn": CERT_DN,
                "signValue": crypto.hmac_sm3(self.secret.encode() + b"/sign", digest.encode())}

    def _upload(self, data: dict) -> dict:
        rx = self._find(data)
        if rx.state in ("uploaded", "review_passed", "review_failed", "dispensed"):
            return {"hiRxno": rx.hi_rxno, "rxStasCodg": rx.state}  # the same upload again: its state
        if rx.state != "signed" or data.get("signDigest") != rx.sign_digest or data.get("signCertSn") != CERT_SN:
            raise Refusal("SIGN_INVALID", "医保电子签名无效或处方未签名")
        if data.get("rxTraceCode") != rx.rx_trace_code:
            raise Refusal("TRACE_CODE_MISMATCH", "处方追溯码不符")
        rx.state = "uploaded"
        answer = {"hiRxno": rx.hi_rxno, "rxStasCodg": "uploaded"}
        if self.auto_review:
            self.review(rx.hi_rxno, passed=self.auto_review == "pass")
        return answer

    def _revoke(self, data: dict) -> dict:
        rx = self._find(data)
        if rx.state == "dispensed":
            raise Refusal("RX_DISPENSED", "处方已取药，不能撤销")
        if not data.get("undoRea"):
            raise Refusal("PARAM_MISSING", "缺少参数：undoRea")
        rx.state = "revoked"
        return {"hiRxno": rx.hi_rxno, "rxStasCodg": "revoked"}

    def _query(self, data: dict) -> dict:
        rx = self._find(data)
        p = rx.payload
        return {"hiRxno": rx.hi_rxno, "rxTraceCode": rx.rx_trace_code, "rxNo": p.get("rxNo"),
                "mdtrtId": p.get("mdtrtId"), "rxStasCodg": rx.state, "prscTime": p.get("prscTime"),
                "drName": p.get("drName"), "drugList": p.get("drugList"), "rxChkInfo": dict(rx.review),
                "setlInfo": dict(rx.pickup)}

    def _review_result(self, data: dict) -> dict:
        rx = self._find(data)
        return {"hiRxno": rx.hi_rxno, **rx.review}

    def _pickup_result(self, data: dict) -> dict:
        rx = self._find(data)
        return {"hiRxno": rx.hi_rxno, **rx.pickup}

    def _drug_catalogue(self, data: dict) -> dict:
        keyword, code = str(data.get("keyword") or ""), str(data.get("medListCodg") or "")
        try:
            page, size = max(1, int(data.get("pageNum") or 1)), min(100, max(1, int(data.get("pageSize") or 20)))
        except (TypeError, ValueError):
            raise Refusal("PARAM_INVALID", "pageNum / pageSize 不是整数") from None
        rows = [r for r in self.catalogue.values()
                if (not code or r["medListCodg"] == code)
                and (not keyword or keyword in r["drugGenname"] or keyword in r["drugProdname"])]
        return {"total": len(rows), "list": rows[(page - 1) * size: page * size]}
