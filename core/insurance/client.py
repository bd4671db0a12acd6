"""The built-in Centre: JSON over HTTP to INSURANCE_API_BASE, the protocol of docs/insurance.md.

Why our own client: the centre's API is a handful of signed JSON calls; a request is signed with
HMAC-SM3 (core/insurance/protocol.py) under our app id, and an answer counts only when the centre
signed it the same way and its envelope says success. Anything else never reaches a service as
data: no answer, a bad signature or a malformed body is CentreUnavailable (the service records
nothing and says so), a refusal is CentreRefused with the centre's code and message.
"""
from __future__ import annotations

import base64
import logging
from typing import Any

import httpx

from core.insurance import protocol
from core.insurance.centre import (
    CatalogueDrug, CataloguePage, Centre, Prechecked, PickupResult, ReviewResult, RxPayload, RxStatus, Signed,
)
from core.insurance.errors import CentreRefused, CentreUnavailable
from core.settings import get_settings

log = logging.getLogger("huiyi.insurance")
MAX_ANSWER_BYTES = 1024 * 1024


def _text(data: dict, key: str, limit: int = 200) -> str:
    value = data.get(key, "")
    return str(value)[:limit] if value is not None else ""


class HttpCentre(Centre):
    async def _call(self, step: str, payload: dict[str, Any]) -> dict[str, Any]:
        s = get_settings()
        body = protocol.dumps(payload)
        headers = protocol.signed_headers(s.insurance_app_secret, s.insurance_app_id, body)
        url = s.insurance_api_base + protocol.PATHS[step]
        try:
            async with httpx.AsyncClient(timeout=s.insurance_timeout) as c:
                r = await c.post(url, content=body, headers=headers)
        except httpx.HTTPError as exc:
            log.warning("insurance centre %s: %s", step, exc)
            raise CentreUnavailable(details={"step": step}) from exc
        raw = r.content[:MAX_ANSWER_BYTES + 1]
        reason = protocol.check(s.insurance_app_secret, s.insurance_app_id, r.headers, raw)
        if reason is not None or len(raw) > MAX_ANSWER_BYTES:
            log.warning("insurance centre %s: answer refused (%s, HTTP %s)", step, reason or "size", r.status_code)
            raise CentreUnavailable(details={"step": step, "reason": reason or "size"})
        try:
            answer = r.json()
            code, data = str(answer["code"]), answer.get("data") or {}
            if not isinstance(data, dict):
                raise TypeError("data")
        except (ValueError, KeyError, TypeError) as exc:
            raise CentreUnavailable(details={"step": step, "reason": "malformed"}) from exc
        if code != protocol.OK:
            raise CentreRefused(details={"step": step, "centre_code": code[:64],
                                         "centre_message": _text(answer, "message")})
        return data

    async def precheck(self, rx: RxPayload) -> Prechecked:
        d = await self._call("precheck", rx.as_json())
        return Prechecked(rx_trace_code=_text(d, "rxTraceCode", 40), hi_rxno=_text(d, "hiRxno", 40))

    async def sign(self, *, fixmedins_code: str, rx_trace_code: str, hi_rxno: str, original: bytes) -> Signed:
        d = await self._call("sign", {"fixmedinsCode": fixmedins_code, "rxTraceCode": rx_trace_code,
                                      "hiRxno": hi_rxno, "originalValue": base64.b64encode(original).decode()})
        return Signed(sign_digest=_text(d, "signDigest", 64), sign_cert_sn=_text(d, "signCertSn", 64),
                      sign_cert_dn=_text(d, "signCertDn"), sign_value=_text(d, "signValue", 4000))

    async def upload(self, *, fixmedins_code: str, rx_trace_code: str, hi_rxno: str, mdtrt_id: str,
                     signed: Signed) -> RxStatus:
        d = await self._call("upload", {"fixmedinsCode": fixmedins_code, "rxTraceCode": rx_trace_code,
                                        "hiRxno": hi_rxno, "mdtrtId": mdtrt_id, "signDigest": signed.sign_digest,
                                        "signCertSn": signed.sign_cert_sn, "signCertDn": signed.sign_cert_dn})
        return RxStatus(hi_rxno=_text(d, "hiRxno", 40), state=_text(d, "rxStasCodg", 16), raw=d)

    async def revoke(self, *, fixmedins_code: str, hi_rxno: str, reason: str, doctor_name: str, at: str) -> RxStatus:
        d = await self._call("revoke", {"fixmedinsCode": fixmedins_code, "hiRxno": hi_rxno, "undoRea": reason,
                                        "undoDrName": doctor_name, "undoTime": at})
        return RxStatus(hi_rxno=_text(d, "hiRxno", 40), state=_text(d, "rxStasCodg", 16), raw=d)

    async def query(self, *, fixmedins_code: str, hi_rxno: str) -> RxStatus:
        d = await self._call("query", {"fixmedinsCode": fixmedins_code, "hiRxno": hi_rxno})
        return RxStatus(hi_rxno=_text(d, "hiRxno", 40), state=_text(d, "rxStasCodg", 16), raw=d)

    async def review_result(self, *, fixmedins_code: str, hi_rxno: str) -> ReviewResult:
        d = await self._call("review_result", {"fixmedinsCode": fixmedins_code, "hiRxno": hi_rxno})
        return ReviewResult(hi_rxno=_text(d, "hiRxno", 40), status=_text(d, "rxChkStasCodg", 16),
                            opinion=_text(d, "rxChkOpnn", 500), reviewed_at=_text(d, "rxChkTime", 32), raw=d)

    async def pickup_result(self, *, fixmedins_code: str, hi_rxno: str) -> PickupResult:
        d = await self._call("pickup_result", {"fixmedinsCode": fixmedins_code, "hiRxno": hi_rxno})
        return PickupResult(hi_rxno=_text(d, "hiRxno", 40), status=_text(d, "setlStas", 16),
                            pharmacy=_text(d, "medinsName", 100), picked_up_at=_text(d, "setlTime", 32), raw=d)

    async def drug_catalogue(self, *, keyword: str = "", code: str = "", page: int = 1,
                             page_size: int = 20) -> CataloguePage:
        d = await self._call("drug_catalogue", {"keyword": keyword, "medListCodg": code, "pageNum": page,
                                                "pageSize": page_size})
        rows = d.get("list") if isinstance(d.get("list"), list) else []
        items = [CatalogueDrug(code=_text(x, "medListCodg", 32), generic_name=_text(x, "drugGenname", 64),
                               trade_name=_text(x, "drugProdname", 64), form=_text(x, "drugDosform", 32),
                               spec=_text(x, "drugSpec", 64), manufacturer=_text(x, "prdrName", 100),
                               list_type=_text(x, "hilistType", 8), enabled=str(x.get("valiFlag", "1")) == "1")
                 for x in rows[:100] if isinstance(x, dict)]
        total = d.get("total")
        return CataloguePage(total=total if isinstance(total, int) and total >= 0 else len(items), items=items)
