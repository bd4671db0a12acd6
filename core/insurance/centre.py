"""What the service asks of the medical-insurance e-prescription centre, and who answers.

Why an interface: the centre is the region's (上海医保电子处方中心 on the national platform, seed 003);
its access differs by deployment (the national gateway, a provincial front end, the loopback in
development and tests). Services speak to `Centre` only; `INSURANCE_CENTRE` names the implementation
in the registry below, filled in core/wiring.py. The JSON protocol of the one built in ("http",
core/insurance/client.py) is docs/insurance.md.

The eight calls we make (the other two of the ten interfaces are the centre's notifications to us,
core/insurance/notices.py). Each answers plain data, never the centre's envelope; a refusal raises
CentreRefused (with the centre's code), no answer or a badly signed one CentreUnavailable.
"""
from __future__ import annotations

import abc
from dataclasses import dataclass, field
from typing import Any

from core.registry import Registry


@dataclass(frozen=True)
class RxPayload:
    """A prescription as the centre takes it at the pre-check (docs/insurance.md, rx/precheck)."""

    fixmedins_code: str  # 定点医药机构编号
    mdtrt_id: str  # 就诊 ID: our consultation order's number
    rx_no: str  # our prescription number
    rx_type: str  # western / herbal
    prsc_time: str  # ISO 8601, the doctor's signing time
    vali_days: int
    patient: dict[str, Any]  # psnName, gend, age
    diseases: list[dict[str, str]]  # [{diseCodg, diseName}]
    drugs: list[dict[str, Any]]  # [{medListCodg, drugGenname, drugSpec, drugDosform, sinDoscnt, ...}]
    doctor_name: str
    dept_name: str

    def as_json(self) -> dict[str, Any]:
        return {"fixmedinsCode": self.fixmedins_code, "mdtrtId": self.mdtrt_id, "rxNo": self.rx_no,
                "rxTypeCode": self.rx_type, "prscTime": self.prsc_time, "valiDays": self.vali_days,
                "patient": self.patient, "diseList": self.diseases, "drugList": self.drugs,
                "drName": self.doctor_name, "deptName": self.dept_name}


@dataclass(frozen=True)
class Prechecked:
    rx_trace_code: str  # 处方追溯码
    hi_rxno: str  # 医保处方编号


@dataclass(frozen=True)
class Signed:
    sign_digest: str
    sign_cert_sn: str
    sign_cert_dn: str
    sign_value: str


@dataclass(frozen=True)
class RxStatus:
    """The centre's state of one prescription (rx/upload, rx/revoke, rx/query)."""

    hi_rxno: str
    state: str  # rxStasCodg: uploaded / revoked / review_passed / review_failed / dispensed
    raw: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class ReviewResult:
    hi_rxno: str
    status: str  # rxChkStasCodg: pending / passed / failed
    opinion: str = ""
    reviewed_at: str = ""
    raw: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class PickupResult:
    hi_rxno: str
    status: str  # setlStas: pending / dispensed
    pharmacy: str = ""
    picked_up_at: str = ""
    raw: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class CatalogueDrug:
    code: str  # medListCodg, the national medical-insurance drug code
    generic_name: str
    trade_name: str
    form: str
    spec: str
    manufacturer: str
    list_type: str  # 甲 / 乙 / 丙
    enabled: bool


@dataclass(frozen=True)
class CataloguePage:
    total: int
    items: list[CatalogueDrug]


class Centre(abc.ABC):
    @abc.abstractmethod
    async def precheck(self, rx: RxPayload) -> Prechecked: ...

    @abc.abstractmethod
    async def sign(self, *, fixmedins_code: str, rx_trace_code: str, hi_rxno: str,
                   original: bytes) -> Signed: ...

    @abc.abstractmethod
    async def upload(self, *, fixmedins_code: str, rx_trace_code: str, hi_rxno: str, mdtrt_id: str,
                     signed: Signed) -> RxStatus: ...

    @abc.abstractmethod
    async def revoke(self, *, fixmedins_code: str, hi_rxno: str, reason: str, doctor_name: str,
                     at: str) -> RxStatus: ...

    @abc.abstractmethod
    async def query(self, *, fixmedins_code: str, hi_rxno: str) -> RxStatus: ...

    @abc.abstractmethod
    async def review_result(self, *, fixmedins_code: str, hi_rxno: str) -> ReviewResult: ...

    @abc.abstractmethod
    async def pickup_result(self, *, fixmedins_code: str, hi_rxno: str) -> PickupResult: ...

    @abc.abstractmethod
    async def drug_catalogue(self, *, keyword: str = "", code: str = "", page: int = 1,
                             page_size: int = 20) -> CataloguePage: ...


CENTRES: Registry[Centre] = Registry("INSURANCE_CENTRE")


def centre() -> Centre:
    """The configured centre (the built-in HTTP client unless a deployment registers another)."""
    return CENTRES.create("http")
