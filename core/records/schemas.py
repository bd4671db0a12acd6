"""Request shapes of record-copy requests (the photos and the PDF come as multipart files)."""
from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from core.inputs import EditIn, Id
from core.outputs import Out
from core.payments.schemas import CheckoutOut, OrderOut


class In(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


# ------------------------------------------------------------------ patient side

class IdentityForm(In):
    """The form fields that come with the multipart `id_photo` and `face_photo`."""

    patient_id: Id
    # As read from the ID card; compared with the patient (就诊人) on file.
    id_number: str | None = Field(default=None, max_length=32)
    name: str | None = Field(default=None, max_length=64)


class MailDetail(In):
    recipient: str = Field(min_length=1, max_length=32)
    phone: str = Field(pattern=r"^1\d{10}$")
    address: str = Field(min_length=5, max_length=200)


Delivery = Literal["download", "mail", "pickup"]


class SubmitIn(In):
    institution_id: Id
    patient_id: Id
    identity_check_id: Id
    admission_ids: list[str] = Field(min_length=1, max_length=20)
    purpose: str = Field(min_length=1, max_length=32)
    contents: list[str] = Field(min_length=1, max_length=20)
    delivery: Delivery = "download"
    delivery_detail: MailDetail | None = None

    @model_validator(mode="after")
    def _mail_needs_address(self) -> "SubmitIn":
        if self.delivery == "mail" and self.delivery_detail is None:
            raise ValueError("邮寄须填写收件人、电话和地址")
        return self


Group = Literal["reviewing", "rejected", "in_progress", "done"]


# ------------------------------------------------------------------ console

State = Literal["submitted", "under_review", "approved", "rejected", "paid", "in_preparation", "ready",
                "downloaded", "expired"]


class RequestFilters(In):
    state: State | None = None
    institution_id: Id | None = None
    purpose: str | None = Field(default=None, max_length=32)
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    q: str | None = Field(default=None, max_length=64)  # request number or the patient's name


class ReviewIn(In):
    approve: bool
    reason: str = Field(default="", max_length=500)  # required (non-blank) to reject


class BatchReviewIn(ReviewIn):
    request_ids: list[Id] = Field(min_length=1, max_length=200)


class StatsQuery(In):
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    group_by: Literal["state", "institution", "day"] = "state"


class ReviewModeIn(In):
    mode: Literal["manual", "auto"]


class RoomIn(In):
    enabled: bool | None = None
    review_mode: Literal["manual", "auto"] | None = None
    fee_cents: int | None = Field(default=None, ge=0, le=1_000_000)
    his_kind: str | None = Field(default=None, min_length=1, max_length=32)
    his_config: dict[str, Any] | None = None
    contact_phone: str | None = Field(default=None, max_length=32)
    notice: str | None = Field(default=None, max_length=2000)


class DepartmentIn(In):
    code: str = Field(min_length=1, max_length=32, pattern=r"^[A-Za-z0-9_\-]+$")
    name: str = Field(min_length=1, max_length=64)


class DepartmentUpdateIn(EditIn):
    name: str | None = Field(default=None, min_length=1, max_length=64)
    active: bool | None = None


class DictItemIn(In):
    code: str = Field(min_length=1, max_length=32, pattern=r"^[a-z0-9_]+$")
    label: str = Field(min_length=1, max_length=64)
    sort: int = Field(default=0, ge=0, le=100000)
    active: bool = True


class DictItemUpdateIn(EditIn):
    label: str | None = Field(default=None, min_length=1, max_length=64)
    sort: int | None = Field(default=None, ge=0, le=100000)
    active: bool | None = None


class RoomOut(Out):
    """An institution's record room settings (the institution's own contact phone, not personal data)."""
    institution_id: int
    name: str
    code: str
    enabled: bool
    review_mode: str
    fee_cents: int
    his_kind: str
    contact_phone: str
    notice: str


class DepartmentOut(Out):
    id: int
    institution_id: int
    code: str
    name: str
    active: bool


class DictKindOut(Out):
    kind: str
    label: str


class DictItemOut(Out):
    """One dictionary item (core.dicts.service.view)."""
    id: int
    kind: str
    code: str
    label: str
    sort: int
    active: bool



# ------------------------------------------------------------------ payment (patient side)

class RequestPaymentOut(Out):
    """Where a request stands with its fee: the state, whether it was paid, its latest payment order."""
    request_id: int
    state: str
    state_label: str
    paid: bool
    order: OrderOut | None


class PayStartOut(RequestPaymentOut):
    """The payment order and the signed parameters the payer's WeChat pays with."""
    payment: CheckoutOut
