"""Inputs and outputs of the insurance e-prescription adapter (workstation, console, notifications)."""
from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from core.outputs import Out, Page


class RevokeIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    reason: str = Field(min_length=1, max_length=200, description="撤销原因（报医保电子处方中心）")


class ListQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")
    state: str | None = Field(default=None, max_length=16)
    q: str | None = Field(default=None, max_length=40, description="处方号或医保处方编号")
    doctor_id: int | None = Field(default=None, ge=1, le=2**31 - 1)
    date_from: dt.date | None = None
    date_to: dt.date | None = None


class CatalogueQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")
    keyword: str = Field(default="", max_length=40)
    code: str = Field(default="", max_length=32, description="国家医保药品代码")
    page: int = Field(default=1, ge=1, le=1000)
    page_size: int = Field(default=20, ge=1, le=100)


class RefreshIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    what: str = Field(pattern="^(query|review|pickup)$", description="query 信息查询 / review 审核结果 / pickup 取药结果")


class NoticeIn(BaseModel):
    """A notification's body (docs/insurance.md): the id, the prescription and its result's fields."""
    model_config = ConfigDict(extra="allow")
    noticeId: str = Field(min_length=1, max_length=64)  # noqa: N815 (the protocol's names)
    hiRxno: str = Field(min_length=1, max_length=40)  # noqa: N815


class NoticeAck(Out):
    code: str
    message: str


class InsuranceRxOut(Out):
    id: int
    prescription_id: int
    prescription_number: str
    prescription_state: str
    patient_name: str | None  # masked
    doctor_name: str
    institution_id: int
    state: str
    state_label: str
    hi_rxno: str
    rx_trace_code: str
    sign_cert_sn: str
    sign_digest: str
    review: dict[str, Any]
    pickup: dict[str, Any]
    uploaded_at: dt.datetime | None
    revoked_at: dt.datetime | None
    reviewed_at: dt.datetime | None
    picked_up_at: dt.datetime | None
    last_error: str
    updated_at: dt.datetime


class InsuranceRxPage(Page[InsuranceRxOut]):
    pass


class OurDrugOut(Out):
    id: int
    code: str
    generic_name: str
    enabled: bool


class CatalogueDrugOut(Out):
    code: str
    generic_name: str
    trade_name: str
    form: str
    spec: str
    manufacturer: str
    list_type: str
    enabled: bool
    our_drugs: list[OurDrugOut]  # the 药品字典's drugs carrying this insurance code


class CatalogueOut(Out):
    total: int
    page: int
    page_size: int
    items: list[CatalogueDrugOut]
