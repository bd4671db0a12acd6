"""What a payment is for: business domains register a handler per reference kind.

Why: payments must not import the domains it is paid for (record copies now,
consultations next), yet the moment WeChat Pay confirms a payment the business
must take it or refuse it in the same transaction: a consultation cancelled while
its payer stood at the cashier refuses, and payments then refunds at once. So a
domain registers, at start-up, the kind of reference it owns:

    payments.purposes.register("records.request", on_paid=_on_paid)

and `on_paid(PaidOrder)` runs inside the transaction that marks the order paid,
with the business row locked by the handler. It answers `Decision(accepted=True)`
(optionally with `after_commit` work such as pushing a message) or
`Decision(accepted=False, reason="订单已取消")`; nothing else about payments is
visible to it. Later changes (refunds, closes) reach domains as events
(`payments.refunded`, `payments.closed`, … through core.events) or they ask
`core.payments.service.order_of(reference=…)`.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Awaitable, Callable

KIND = re.compile(r"^[a-z_]+\.[a-z_]+$")


@dataclass(frozen=True)
class PaidOrder:
    order_id: int
    out_trade_no: str
    reference: str
    reference_id: int
    amount_fen: int
    payer_account_id: int | None
    paid_at: dt.datetime


@dataclass(frozen=True)
class Decision:
    accepted: bool
    reason: str = ""  # why refused: the automatic refund's reason (≤ 80 bytes are sent to WeChat Pay)
    after_commit: Callable[[], Awaitable[None]] | None = None


OnPaid = Callable[[PaidOrder], Awaitable[Decision]]


@dataclass(frozen=True)
class Purpose:
    kind: str
    on_paid: OnPaid
    label: str = ""  # what the consoles call the business (病案复印)
    admin_url: str = ""  # the business's console page, "{id}" for the reference's id


_PURPOSES: dict[str, Purpose] = {}


def register(kind: str, *, on_paid: OnPaid, label: str = "", admin_url: str = "") -> None:
    """Own the references `<kind>:<id>`; registering the same kind again replaces the handler."""
    if not KIND.match(kind):
        raise ValueError(f"payment purpose kind {kind!r} must look like domain.thing")
    _PURPOSES[kind] = Purpose(kind, on_paid, label, admin_url)


def get(kind: str) -> Purpose | None:
    return _PURPOSES.get(kind)


def known() -> list[str]:
    return sorted(_PURPOSES)


def labels() -> dict[str, str]:
    """Every registered kind with its label (the kind itself when it has none)."""
    return {k: _PURPOSES[k].label or k for k in sorted(_PURPOSES)}


def label_of(ref: str) -> str:
    kind, _ = split(ref)
    purpose = _PURPOSES.get(kind)
    return (purpose.label or kind) if purpose else kind


def admin_url(ref: str) -> str:
    """The console page of the business a reference names ("" when its domain has none)."""
    kind, ident = split(ref)
    purpose = _PURPOSES.get(kind)
    return purpose.admin_url.replace("{id}", str(ident)) if purpose and purpose.admin_url and ident else ""


def reference(kind: str, ident: int) -> str:
    if not KIND.match(kind):
        raise ValueError(f"payment purpose kind {kind!r} must look like domain.thing")
    return f"{kind}:{int(ident)}"


def split(ref: str) -> tuple[str, int]:
    kind, _, ident = ref.partition(":")
    return kind, int(ident) if ident.isdigit() else 0


# ------------------------------------------------------------------ services within a purpose

Variants = Callable[[list[int]], Awaitable[dict[int, str]]]
_VARIANTS: dict[str, Variants] = {}


def register_variants(kind: str, variants: Variants) -> None:
    """Split one purpose into the services the back office counts apart: `variants(reference ids)`
    answers {id: label} (consultations: 图文问诊 / 视频问诊). Ids it leaves out keep the purpose's label."""
    _VARIANTS[kind] = variants


async def service_labels(references: list[str]) -> dict[str, str]:
    """The service label of each reference: its purpose's variant, else its purpose's label."""
    out: dict[str, str] = {}
    by_kind: dict[str, list[int]] = {}
    for ref in references:
        kind, ident = split(ref)
        out[ref] = label_of(ref)
        if kind in _VARIANTS and ident:
            by_kind.setdefault(kind, []).append(ident)
    for kind, ids in by_kind.items():
        found = await _VARIANTS[kind](sorted(set(ids)))
        for ident, label in found.items():
            out[f"{kind}:{ident}"] = label
    return out
