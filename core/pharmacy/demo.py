"""Demo medicine orders (seed-demo): the approved prescriptions of the demo bought and on their way, so
that 发药队列, 药品订单 and 物流管理 show work in every state and the patient's H5 shows a pick-up code
and a parcel's tracking.

Why through the services: the orders, pick-up codes, timelines and messages are made exactly as in
use (payments' demo path stands in for WeChat Pay, no server runs then); only the carrier is left out:
the parcels' waybills and tracking events are applied as the carrier's push would apply them.
"""
from __future__ import annotations

import datetime as dt
import logging

from core.db import utcnow
from core.errors import AppError
from core.orgs.models import OrgNode
from core.payments import demo as payments_demo
from core.pharmacy import addresses, console, logistics, orders, patient, pickup
from core.pharmacy.carriers import JsonApiCarrier, Tracking
from core.pharmacy.models import DeliveryAddress, RxOrder
from core.pharmacy.schemas import AddressIn, OrderIn
from core.principal import Principal
from core.rx.models import Prescription

log = logging.getLogger("huiyi.pharmacy.demo")

# What becomes of the n-th approved prescription: fulfilment and how far it goes.
PLAN = (("pickup", "created"), ("pickup", "paid"), ("pickup", "dispensed"), ("pickup", "collected"),
        ("delivery", "paid"), ("delivery", "shipped"), ("delivery", "delivered"))
TRACK = (("picked_up", "快递员已揽收", "医院药房"), ("in_transit", "已到达转运中心", "分拨中心"),
         ("out_for_delivery", "快递员正在派送", "收件人所在区"), ("delivered", "已签收，本人签收", "收件地址"))


def _pharmacy(institution: OrgNode) -> Principal:
    return Principal(kind="admin", name="演示药房", org_id=institution.id, org_path=institution.path,
                     org_kind=institution.kind.value if hasattr(institution.kind, "value") else str(institution.kind),
                     roles=("pharmacy_staff",), permissions=frozenset({"pharmacy.read", "pharmacy.dispense"}))


async def _address(account_id: int, name: str) -> int:
    row = await DeliveryAddress.filter(account_id=account_id, deleted_at__isnull=True).first()
    if row is not None:
        return row.id
    out = await addresses.create(actor=orders.mp_principal(account_id), data=AddressIn(
        receiver=name[:32] or "演示患者", phone="13800138000", region="湖北省 宜昌市 西陵区",
        detail="夷陵大道 58 号 2 栋 302 室", is_default=True))
    return out.id


async def seed(*, limit: int = len(PLAN)) -> int:
    """Orders for up to `limit` approved prescriptions that have none; how many were made."""
    made = 0
    taken = RxOrder.all().values_list("prescription_id", flat=True)
    rows = await Prescription.filter(state="approved", account_id__isnull=False).exclude(id__in=await taken) \
        .order_by("id").limit(limit).prefetch_related("institution")
    for rx, (fulfilment, goal) in zip(rows, PLAN):
        try:
            made += await _one(rx, fulfilment, goal)
        except AppError as exc:  # a demo prescription that cannot be bought (unsigned, no payer): the next one
            log.warning("demo order of prescription %s left out: %s", rx.number, exc)
    return made


async def _one(rx: Prescription, fulfilment: str, goal: str) -> int:
    buyer = orders.mp_principal(rx.account_id)
    address_id = await _address(rx.account_id, rx.patient_name) if fulfilment == "delivery" else None
    placed = await patient.place(actor=buyer, data=OrderIn(prescription_id=rx.id, fulfilment=fulfilment,
                                                           address_id=address_id))
    if goal == "created":
        return 1
    await payments_demo.paid_without_gateway(actor=buyer, reference=orders.payment_reference(placed.id),
                                             org_id=rx.institution_id, amount_fen=placed.amount_fen,
                                             description=f"处方药品 {rx.number}")
    if goal == "paid":
        return 1
    staff = _pharmacy(rx.institution)
    await console.dispense(actor=staff, order_id=placed.id)
    if goal == "collected":
        code = (await RxOrder.get(id=placed.id)).pickup_code
        await pickup.collect(actor=staff, code=code)
    if fulfilment == "delivery":
        waybill = f"DEMO{placed.id:010d}"
        await logistics._shipped(staff, placed.id, JsonApiCarrier.name, waybill)
        steps = TRACK if goal == "delivered" else TRACK[:2]
        start = utcnow() - dt.timedelta(hours=6 * len(steps))
        for n, (status, text, where) in enumerate(steps):
            await logistics.apply(JsonApiCarrier.name, Tracking(
                event_id=f"{waybill}-{n + 1}", waybill_no=waybill, status=status, description=text,
                location=where, at=start + dt.timedelta(hours=6 * n)))
    return 1
