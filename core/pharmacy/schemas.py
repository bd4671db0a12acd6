"""Request and answer schemas of the pharmacy (addresses, medicine orders, the window, logistics)."""
from __future__ import annotations

import datetime as _dt
from typing import Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, model_validator

from core.inputs import EditIn, Id
from core.outputs import Out
from core.payments.schemas import CheckoutOut
from core.payments.schemas import OrderDetailOut as PaymentDetailOut
from core.payments.schemas import OrderOut as PaymentOrderOut
from core.sms.schemas import MOBILE

MAX_ADDRESSES = 20
Fulfilment = Literal["delivery", "pickup"]
StateName = Literal["created", "paid", "dispensed", "shipped", "delivered", "collected", "cancelled", "returned"]
TrackingStatus = Literal["picked_up", "in_transit", "out_for_delivery", "delivered", "exception"]


class In(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


# ---------------------------------------------------------------- addresses

class AddressIn(In):
    receiver: str = Field(min_length=1, max_length=32, description="收货人")
    phone: str = Field(pattern=MOBILE, description="收货人手机号")
    region: str = Field(min_length=2, max_length=64, description="省 市 区，如“上海市 静安区”")
    detail: str = Field(min_length=2, max_length=200, description="详细地址（街道、门牌）")
    is_default: bool = Field(default=False, description="设为默认地址")


class AddressEditIn(EditIn):
    receiver: str | None = Field(default=None, min_length=1, max_length=32)
    phone: str | None = Field(default=None, pattern=MOBILE)
    region: str | None = Field(default=None, min_length=2, max_length=64)
    detail: str | None = Field(default=None, min_length=2, max_length=200)
    is_default: bool | None = None


class AddressOut(Out):
    """A saved address; receiver, phone and street masked."""
    id: int
    receiver: str
    phone: str
    region: str
    detail: str
    is_default: bool


# ---------------------------------------------------------------- orders

class OrderIn(In):
    prescription_id: Id = Field(description="已审核通过的处方")
    fulfilment: Fulfilment = Field(description="delivery 快递配送（须选 address_id）/ pickup 到院自取（支付后得到取药码）")
    address_id: Id | None = Field(default=None, description="配送：我的收货地址")

    @model_validator(mode="after")
    def _address_for_delivery(self):
        if self.fulfilment == "delivery" and self.address_id is None:
            raise ValueError("快递配送须选择收货地址（address_id）")
        if self.fulfilment == "pickup" and self.address_id is not None:
            raise ValueError("到院自取不需要收货地址")
        return self


class CancelIn(In):
    reason: str = Field(default="", max_length=200)


class ReturnIn(In):
    reason: str = Field(min_length=2, max_length=200, description="退药原因")


class PickupIn(In):
    code: str = Field(pattern=r"^\d{8}$", description="患者出示的 8 位取药码")


class ItemOut(Out):
    seq: int
    drug_name: str
    strength: str
    form: str
    quantity: int
    unit: str
    price_fen: int
    amount_fen: int
    usage: str


class TrackingOut(Out):
    event_id: str
    status: str
    status_label: str
    description: str
    location: str
    at: _dt.datetime


class ShipmentOut(Out):
    id: int
    order_id: int
    order_number: str
    carrier: str
    carrier_label: str
    waybill_no: str
    state: str
    state_label: str
    created_at: _dt.datetime
    last_event_at: _dt.datetime | None
    events: list[TrackingOut] = Field(default_factory=list, description="轨迹，新的在前（列表中为空）")


class TimelineOut(Out):
    event: str
    label: str
    actor_type: str
    actor_name: str
    note: str
    at: _dt.datetime


class OrderOut(Out):
    id: int
    number: str
    state: StateName
    state_label: str
    fulfilment: Fulfilment
    fulfilment_label: str
    prescription_id: int
    prescription_number: str
    patient_name: str = Field(description="就诊人（脱敏）")
    institution_id: int
    institution_name: str
    drug_fen: int
    delivery_fen: int
    amount_fen: int
    receiver: str | None = Field(description="配送：收货人（脱敏）")
    phone: str | None
    address: str | None
    refund_state: str
    refund_label: str
    return_reason: str
    created_at: _dt.datetime
    paid_at: _dt.datetime | None
    dispensed_at: _dt.datetime | None
    shipped_at: _dt.datetime | None
    delivered_at: _dt.datetime | None
    collected_at: _dt.datetime | None
    returned_at: _dt.datetime | None
    cancelled_at: _dt.datetime | None
    can_pay: bool
    can_cancel: bool


class OrderDetailOut(OrderOut):
    items: list[ItemOut]
    pickup_code: str | None = Field(description="到院自取：支付后的取药码（仅患者本人或代办家属可见；取药后为空）")
    shipment: ShipmentOut | None
    timeline: list[TimelineOut]
    payment: PaymentOrderOut | None
    topic: str = Field(description="实时推送：订单状态与物流轨迹（realtime 订阅 rx_order:<订单id>）")


class PayStartOut(Out):
    order: OrderOut
    payment: CheckoutOut


class MyOrdersOut(Out):
    total: int
    items: list[OrderOut]


class OrderFilter(In):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)
    state: StateName | None = None


# ---------------------------------------------------------------- console

class ConsoleFilter(In):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)
    state: StateName | None = None
    fulfilment: Fulfilment | None = None
    number: str | None = Field(default=None, max_length=24, description="订单号或处方号（前缀）")
    date_from: _dt.date | None = None
    date_to: _dt.date | None = None


class ShipmentFilter(In):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)
    state: Literal["created", "in_transit", "delivered", "exception"] | None = None
    waybill_no: str | None = Field(default=None, max_length=32)
    number: str | None = Field(default=None, max_length=24)
    date_from: _dt.date | None = None
    date_to: _dt.date | None = None


class ConsoleDetailOut(OrderDetailOut):
    payment: PaymentDetailOut | None = Field(description="支付订单及其退款")
    pickup_code: None = Field(default=None, description="药房看不到取药码（由患者出示）")


# ---------------------------------------------------------------- carrier push

class TrackingEventIn(In):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)
    event_id: str = Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.:-]+$")
    waybill_no: str = Field(min_length=1, max_length=32)
    status: TrackingStatus
    description: str = Field(default="", max_length=200)
    location: str = Field(default="", max_length=64)
    at: AwareDatetime


class TrackingPushIn(In):
    model_config = ConfigDict(extra="ignore")
    events: list[TrackingEventIn] = Field(min_length=1, max_length=100)


class TrackingReceiptOut(Out):
    accepted: int = Field(description="新记录的事件")
    duplicates: int = Field(description="此前已收到的事件（按 event_id，不重复处理）")
    unknown: int = Field(description="不认识的运单号")
