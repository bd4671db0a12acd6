"""Inputs and answers of the e-invoices (core/invoices)."""
from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, ConfigDict, Field

from core.outputs import Out


class EmailIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    email: str = Field(min_length=3, max_length=254, description="收件邮箱")


class InvoiceItemOut(Out):
    name: str
    quantity: int | str
    unit: str
    amount_fen: int


class InvoiceOut(Out):
    id: int
    number: str
    kind: str  # blue / red
    kind_label: str  # 蓝字发票 / 红字发票
    reference: str
    purpose_label: str  # the service paid for: 在线问诊 / 药品订单 / 病案复印 …
    seller_name: str
    buyer_name: str
    amount_fen: int  # positive; a red invoice reverses this much
    amount_yuan: str  # as printed: negative on a red invoice
    items: list[InvoiceItemOut]
    issued_at: dt.datetime
    original_id: int | None = None
    original_number: str = ""
    pdf_url: str | None = None  # one invoice: its PDF behind a signed link (no login needed: it is the credential)
    email: str | None = None  # masked: the last address it was sent to
    emailed_at: dt.datetime | None = None
    email_error: str = ""
    reversals: list["ReversalOut"] = []  # a blue invoice's red ones


class ReversalOut(Out):
    id: int
    number: str
    amount_fen: int
    issued_at: dt.datetime


InvoiceOut.model_rebuild()
