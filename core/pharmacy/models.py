"""Medicines bought online and their way to the patient (seed 004 在线购药, 物流信息, 收货地址,
处方流转/审核/发药; 综合管理后台 物流管理).

An approved prescription is bought as one `RxOrder`, paid through core/payments (reference
`pharmacy.order:<id>`), then dispensed by the pharmacy and either collected at the window with a
pick-up code (a code works once, for its own order) or handed to a carrier (`Shipment`) whose
tracking events (`ShipmentEvent`, once each by the carrier s event id) reach the patient.
`DeliveryAddress` is a patient account s saved addresses.

Model docstrings become table comments: no apostrophes in them (aerich does not escape them).
"""
from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from core.db import EncryptedField, SoftDeleteModel, TimestampedModel


class DeliveryAddress(SoftDeleteModel):
    """A saved delivery address of a patient account (收货地址)."""

    id = fields.IntField(primary_key=True)
    account = fields.ForeignKeyField("models.MpAccount", related_name="addresses", on_delete=fields.CASCADE)
    receiver = EncryptedField(mask="name")
    phone = EncryptedField(mask="phone")
    region = fields.CharField(max_length=64)  # 省 市 区
    detail = EncryptedField(mask="address")
    is_default = fields.BooleanField(default=False)

    class Meta:
        table = "delivery_address"


class RxOrder(TimestampedModel):
    """The purchase of one approved prescription; the state machine is in core/pharmacy/states.py."""

    id = fields.IntField(primary_key=True)
    number = fields.CharField(max_length=24, unique=True)  # YP<yyyymmdd><id>
    prescription = fields.OneToOneField("models.Prescription", related_name="order", on_delete=fields.RESTRICT)
    state = fields.CharField(max_length=16, index=True)
    account = fields.ForeignKeyField("models.MpAccount", related_name="rx_orders", on_delete=fields.RESTRICT)
    patient = fields.ForeignKeyField("models.Patient", related_name="rx_orders", on_delete=fields.RESTRICT)
    institution = fields.ForeignKeyField("models.OrgNode", related_name="rx_orders", on_delete=fields.RESTRICT)
    fulfilment = fields.CharField(max_length=8)  # delivery / pickup
    # Delivery: the address as chosen (a later edit of the saved address does not move a parcel).
    receiver = EncryptedField(mask="name", null=True)
    phone = EncryptedField(mask="phone", null=True)
    address = EncryptedField(mask="address", null=True)  # region + detail
    # Pick-up: the code shown to the patient (encrypted) and its blind index for the window s lookup.
    pickup_code = EncryptedField(mask="secret", null=True)
    pickup_code_bidx = fields.CharField(max_length=64, null=True, unique=True)
    drug_fen = fields.IntField()
    delivery_fen = fields.IntField(default=0)
    amount_fen = fields.IntField()
    paid_at = fields.DatetimeField(null=True)
    dispensed_at = fields.DatetimeField(null=True)
    dispensed_by_id = fields.IntField(null=True)  # console account
    shipped_at = fields.DatetimeField(null=True)
    delivered_at = fields.DatetimeField(null=True)
    collected_at = fields.DatetimeField(null=True)
    collected_by_id = fields.IntField(null=True)
    returned_at = fields.DatetimeField(null=True)  # 退药: back to stock before or after dispensing
    return_reason = fields.CharField(max_length=200, default="")
    refund_state = fields.CharField(max_length=16, default="")  # "" / requested / refunded / failed
    cancelled_at = fields.DatetimeField(null=True)

    scope_org_field = "institution"

    class Meta:
        table = "rx_order"
        indexes = (("institution", "state", "created_at"), ("account", "created_at"))


class Shipment(TimestampedModel):
    """A parcel handed to a carrier through the logistics interface."""

    id = fields.IntField(primary_key=True)
    order = fields.OneToOneField("models.RxOrder", related_name="shipment", on_delete=fields.RESTRICT)
    carrier = fields.CharField(max_length=16)  # a registered carrier adapter
    waybill_no = fields.CharField(max_length=32, unique=True)
    state = fields.CharField(max_length=16, default="created")  # created / in_transit / delivered / exception
    last_event_at = fields.DatetimeField(null=True)

    class Meta:
        table = "rx_shipment"


class ShipmentEvent(Model):
    """One tracking event from the carrier, applied once by its event id."""

    id = fields.IntField(primary_key=True)
    shipment = fields.ForeignKeyField("models.Shipment", related_name="events", on_delete=fields.CASCADE)
    event_id = fields.CharField(max_length=64)
    status = fields.CharField(max_length=16)  # picked_up / in_transit / out_for_delivery / delivered / exception
    description = fields.CharField(max_length=200, default="")
    location = fields.CharField(max_length=64, default="")
    at = fields.DatetimeField()  # when it happened, as the carrier says
    received_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "rx_shipment_event"
        unique_together = (("shipment", "event_id"),)
