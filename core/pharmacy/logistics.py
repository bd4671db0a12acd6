"""Parcels: handed to the carrier, their tracking taken from the carrier's signed pushes or asked
for again, each new event told to the patient (seed 004 物流信息; 综合管理后台 物流管理).

Why here and not in the carrier adapter: whatever brings a tracking event (the push, the console's
re-query) ends in `apply`, which records it once by (parcel, event id) — a push sent again, or an
event both pushed and queried, changes nothing the second time — moves the parcel's state, turns
`delivered` into the order's delivery, writes the prescription's timeline and tells the patient
(an in-app message, pushed outside the app, and the event on the account's topic).
The push is authenticated by its signature alone (there is no session): HMAC-SHA256 with the
carrier's secret over `<timestamp>.<nonce>.` + body; older or newer than WINDOW seconds is stale, a
nonce seen within NONCE_SECONDS a replay; refusals answer 401 `pharmacy.tracking_rejected` and are
audited with the sender's address.
"""
from __future__ import annotations

import hmac
import json
import logging
import re
import time

from pydantic import ValidationError
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from core import cache, context, scope
from core.audit import service as audit_service
from core.db import transactional
from core.errors import PayloadTooLarge
from core.events import service as events
from core.notify import service as notify_service
from core.pharmacy import carriers, orders
from core.pharmacy.carriers import CarrierError, Parcel, Tracking
from core.pharmacy.errors import (
    CarrierFailed, IllegalTransition, ShipmentNotFound, TrackingMalformed, TrackingRejected, WaybillUnknown,
)
from core.pharmacy.models import RxOrder, Shipment, ShipmentEvent
from core.pharmacy.schemas import ShipmentOut, TrackingPushIn, TrackingReceiptOut
from core.pharmacy.states import Event, State
from core.principal import Principal
from core.rx.models import PrescriptionItem
from core.settings import get_settings

log = logging.getLogger("huiyi.pharmacy.logistics")

WINDOW = 300
NONCE_SECONDS = 600
MAX_BODY = 256 * 1024
NONCE = re.compile(r"^[A-Za-z0-9_-]{8,64}$")
PUSH_PATH = "/api/logistics/v1/{carrier}/events"
SHIPMENT_STATE = {"picked_up": "in_transit", "in_transit": "in_transit", "out_for_delivery": "in_transit",
                  "delivered": "delivered", "exception": "exception"}


def carrier_principal(name: str) -> Principal:
    return Principal(kind="system", name=f"carrier:{name}"[:64])


# ---------------------------------------------------------------- handing over

async def ship(*, actor: Principal, order_id: int) -> ShipmentOut:
    """A dispensed delivery order goes to the carrier: the waybill is made there first (idempotent by our
    order number, so a retry after a timeout is the same parcel), then the order is shipped here."""
    await scope.require(actor, "pharmacy.dispense")
    order = await scope.get(actor, RxOrder, order_id)
    existing = await Shipment.get_or_none(order_id=order.id)
    if existing is not None:  # a second click, a retry: the same parcel
        return orders.shipment_out(existing, order.number)
    if order.fulfilment != "delivery" or order.state != State.DISPENSED.value:
        raise IllegalTransition(details={"state": order.state, "event": "ship", "fulfilment": order.fulfilment})
    await order.fetch_related("institution")
    carrier = carriers.current()
    items = [{"name": f"{n} {s}", "quantity": q} for n, s, q in await PrescriptionItem.filter(
        prescription_id=order.prescription_id).order_by("seq").values_list("drug_name", "strength", "quantity")]
    parcel = Parcel(order_no=order.number, receiver=order.receiver or "", phone=order.phone or "",
                    address=order.address or "", items=items, sender=order.institution.name,
                    notify_url=get_settings().public_base_url + PUSH_PATH.format(carrier=carrier.name))
    try:
        waybill = await carrier.create_waybill(parcel)
    except CarrierError as exc:
        log.warning("carrier %s refused order %s: %s", carrier.name, order.number, exc)
        await audit_service.record(actor=actor, action="pharmacy.ship", target_type="RxOrder", target_id=order.id,
                                   org_id=order.institution_id, outcome="failure",
                                   after={"carrier": carrier.name, "error": str(exc)[:200]})
        raise CarrierFailed(details={"carrier": carrier.name, "code": exc.code}) from exc
    return await _shipped(actor, order.id, carrier.name, waybill.waybill_no)


@transactional
async def _shipped(actor: Principal, order_id: int, carrier: str, waybill_no: str) -> ShipmentOut:
    async with in_transaction():
        order = await orders.load(order_id, lock=True)
        existing = await Shipment.get_or_none(order_id=order.id)
        if existing is not None:
            return orders.shipment_out(existing, order.number)
        shipment = await Shipment.create(order_id=order.id, carrier=carrier, waybill_no=waybill_no)
        await orders.move(order, Event.SHIP, actor=actor, note=f"已交付物流，运单号 {waybill_no}",
                          data={"carrier": carrier, "waybill_no": waybill_no})
        message = await notify_service.notify(
            account_id=order.account_id, kind="pharmacy.shipped", title="药品已发出",
            body=f"{order.number}：{carriers.labels().get(carrier, carrier)} 运单号 {waybill_no}",
            link=orders.PATIENT_LINK.format(id=order.id))
        await notify_service.push([message])
        await audit_service.record(actor=actor, action="pharmacy.ship", target_type="RxOrder", target_id=order.id,
                                   org_id=order.institution_id, after={"carrier": carrier, "waybill_no": waybill_no})
    return orders.shipment_out(shipment, order.number)


async def refresh(*, actor: Principal, shipment_id: int) -> ShipmentOut:
    """重新查询: ask the carrier for the parcel's tracking and apply what is new."""
    await scope.require(actor, "pharmacy.read")
    shipment = await Shipment.get_or_none(id=shipment_id)
    if shipment is None or not await scope.scoped(actor, RxOrder).filter(id=shipment.order_id).exists():
        raise ShipmentNotFound(details={"id": shipment_id})
    carrier = carriers.by_name(shipment.carrier)
    if carrier is None:
        raise CarrierFailed(details={"carrier": shipment.carrier})
    try:
        found = await carrier.track(shipment.waybill_no)
    except CarrierError as exc:
        if exc.code == "not_found":
            raise WaybillUnknown(details={"carrier": shipment.carrier, "waybill_no": shipment.waybill_no}) from exc
        raise CarrierFailed(details={"carrier": shipment.carrier, "code": exc.code}) from exc
    for t in found:
        await apply(shipment.carrier, t)
    await audit_service.record(actor=actor, action="pharmacy.track_refresh", target_type="Shipment",
                               target_id=shipment.id, after={"events": len(found)})
    return await shipment_detail(actor=actor, shipment_id=shipment.id, audited=False)


async def shipment_detail(*, actor: Principal, shipment_id: int, audited: bool = True) -> ShipmentOut:
    await scope.require(actor, "pharmacy.read")
    shipment = await Shipment.get_or_none(id=shipment_id)
    order = await scope.scoped(actor, RxOrder).filter(id=shipment.order_id).first() if shipment else None
    if shipment is None or order is None:
        raise ShipmentNotFound(details={"id": shipment_id})
    return orders.shipment_out(shipment, order.number,
                               await ShipmentEvent.filter(shipment_id=shipment.id).order_by("-at", "-id"))


# ---------------------------------------------------------------- tracking

@transactional
async def apply(carrier: str, t: Tracking) -> str:
    """Record one tracking event once: "accepted", "duplicate" or "unknown" (no such parcel)."""
    async with in_transaction():
        shipment = await Shipment.filter(carrier=carrier, waybill_no=t.waybill_no).select_for_update().first()
        if shipment is None:
            return "unknown"
        if await ShipmentEvent.filter(shipment_id=shipment.id, event_id=t.event_id).exists():
            return "duplicate"
        try:
            await ShipmentEvent.create(shipment_id=shipment.id, event_id=t.event_id, status=t.status,
                                       description=t.description, location=t.location, at=t.at)
        except IntegrityError:
            return "duplicate"
        if shipment.state != "delivered":
            shipment.state = SHIPMENT_STATE.get(t.status, shipment.state)
        if shipment.last_event_at is None or t.at > shipment.last_event_at:
            shipment.last_event_at = t.at
        await shipment.save(update_fields=["state", "last_event_at", "updated_at"])
        order = await orders.load(shipment.order_id, lock=True)
        who = carrier_principal(carrier)
        if t.status == "delivered" and order.state == State.SHIPPED.value:
            await orders.move(order, Event.DELIVER, actor=who, timeline_actor="carrier",
                              note=t.description or "已签收", data={"waybill_no": t.waybill_no})
        label = orders.TRACKING_LABELS.get(t.status, t.status)
        message = await notify_service.notify(
            account_id=order.account_id, kind="pharmacy.tracking", title=f"物流动态：{label}",
            body=f"{order.number}：{t.description or label}" + (f"（{t.location}）" if t.location else ""),
            link=orders.PATIENT_LINK.format(id=order.id))
        await notify_service.push([message])
        await events.emit("pharmacy.tracking", {"order_id": order.id, "shipment_id": shipment.id, "status": t.status,
                                                "event_id": t.event_id}, topic=orders.topic_of(order.id))
    return "accepted"


async def _reject(carrier: str, reason: str, detail: str = "") -> TrackingRejected:
    log.warning("tracking push of %s refused: %s %s", carrier, reason, detail)
    await audit_service.record(actor=carrier_principal(carrier), action="pharmacy.tracking", target_type="Carrier",
                               target_id=carrier[:32], outcome="denied",
                               after={"reason": reason, "detail": detail[:200], "ip": context.client_ip() or ""})
    return TrackingRejected(details={"reason": reason})


async def receive(*, carrier: str, headers: dict[str, str], body: bytes) -> TrackingReceiptOut:
    """A carrier's signed push of tracking events: checked, then each event applied once."""
    if len(body) > MAX_BODY:
        raise PayloadTooLarge(details={"max_bytes": MAX_BODY})
    h = {k.lower(): v for k, v in headers.items()}
    if carriers.carriers.get(carrier) is None:
        raise await _reject(carrier, "unknown_carrier")
    secret = get_settings().logistics_app_secret
    ts, nonce = h.get(carriers.HEADER_TIMESTAMP.lower(), ""), h.get(carriers.HEADER_NONCE.lower(), "")
    signature = h.get(carriers.HEADER_SIGNATURE.lower(), "")
    if not (ts.isdigit() and len(ts) <= 12 and NONCE.match(nonce) and signature):
        raise await _reject(carrier, "signature", "headers missing or malformed")
    if not hmac.compare_digest(carriers.push_signature(secret, ts, nonce, body), signature.strip().lower()):
        raise await _reject(carrier, "signature")
    if abs(time.time() - int(ts)) > WINDOW:
        raise await _reject(carrier, "stale", f"timestamp {ts}")
    if not await cache.redis().set(f"pharmacy:nonce:{carrier}:{nonce}", "1", nx=True, ex=NONCE_SECONDS):
        raise await _reject(carrier, "replayed", f"nonce {nonce}")
    try:
        push = TrackingPushIn.model_validate(json.loads(body))
    except (ValueError, ValidationError) as exc:
        raise TrackingMalformed(details={"reason": str(exc)[:300]}) from exc
    counts = {"accepted": 0, "duplicate": 0, "unknown": 0}
    for e in push.events:
        outcome = await apply(carrier, Tracking(event_id=e.event_id, waybill_no=e.waybill_no, status=e.status,
                                                description=e.description, location=e.location, at=e.at))
        counts[outcome] += 1
    return TrackingReceiptOut(accepted=counts["accepted"], duplicates=counts["duplicate"], unknown=counts["unknown"])
