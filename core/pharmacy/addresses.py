"""A patient account's saved delivery addresses (seed 004 居民移动端 收货地址).

Why the rules here: an account keeps at most MAX_ADDRESSES, exactly one of them the default once
there is any (the first becomes it; deleting the default passes it to the newest left), so the
order form always has one to preselect. Receiver, phone and street are personal data: encrypted
at rest (EncryptedField), masked in every answer. An order copies the address as chosen, so
editing or deleting a saved address never moves a parcel.
"""
from __future__ import annotations

from tortoise.transactions import in_transaction

from core import masking
from core.audit import service as audit_service
from core.db import transactional, utcnow
from core.doctors import catalogue
from core.pharmacy.errors import AddressNotFound, TooManyAddresses
from core.pharmacy.models import DeliveryAddress
from core.pharmacy.schemas import MAX_ADDRESSES, AddressEditIn, AddressIn, AddressOut
from core.principal import Principal


def out(a: DeliveryAddress) -> AddressOut:
    return AddressOut(id=a.id, receiver=masking.mask_name(a.receiver) or "", phone=masking.mask_phone(a.phone) or "",
                      region=a.region, detail=masking.mask_address(a.detail) or "", is_default=a.is_default)


def _mine(account_id: int):
    return DeliveryAddress.filter(account_id=account_id, deleted_at__isnull=True)


async def list_addresses(*, actor: Principal) -> list[AddressOut]:
    me = catalogue.patient(actor)
    return [out(a) for a in await _mine(me).order_by("-is_default", "-id")]


async def owned(account_id: int, address_id: int, *, lock: bool = False) -> DeliveryAddress:
    qs = _mine(account_id).filter(id=address_id)
    row = await (qs.select_for_update() if lock else qs).first()
    if row is None:
        raise AddressNotFound(details={"id": address_id})
    return row


async def _only_default(account_id: int, keep_id: int) -> None:
    await _mine(account_id).filter(is_default=True).exclude(id=keep_id).update(is_default=False)


@transactional
async def create(*, actor: Principal, data: AddressIn) -> AddressOut:
    me = catalogue.patient(actor)
    async with in_transaction():
        # The account's existing rows locked: two concurrent adds cannot both pass the limit.
        existing = await _mine(me).select_for_update().values_list("id", flat=True)
        if len(existing) >= MAX_ADDRESSES:
            raise TooManyAddresses(details={"limit": MAX_ADDRESSES})
        row = await DeliveryAddress.create(account_id=me, receiver=data.receiver, phone=data.phone,
                                           region=data.region, detail=data.detail,
                                           is_default=data.is_default or not existing)
        if row.is_default:
            await _only_default(me, row.id)
        await audit_service.record(actor=actor, action="pharmacy.address_create", target_type="DeliveryAddress",
                                   target_id=row.id, after={"region": row.region, "is_default": row.is_default})
    return out(row)


@transactional
async def update(*, actor: Principal, address_id: int, data: AddressEditIn) -> AddressOut:
    me = catalogue.patient(actor)
    changes = data.model_dump(exclude_unset=True)
    async with in_transaction():
        row = await owned(me, address_id, lock=True)
        if changes.get("is_default") is False and row.is_default:
            changes.pop("is_default")  # the default moves by choosing another one, never to none
        for k, v in changes.items():
            setattr(row, k, v)
        await row.save()
        if row.is_default:
            await _only_default(me, row.id)
        await audit_service.record(actor=actor, action="pharmacy.address_update", target_type="DeliveryAddress",
                                   target_id=row.id, after={"fields": sorted(changes)})
    return out(row)


@transactional
async def delete(*, actor: Principal, address_id: int) -> None:
    me = catalogue.patient(actor)
    async with in_transaction():
        row = await owned(me, address_id, lock=True)
        row.deleted_at, row.deleted_by_id, was_default, row.is_default = utcnow(), None, row.is_default, False
        await row.save(update_fields=["deleted_at", "deleted_by_id", "is_default", "updated_at"])
        if was_default:
            heir = await _mine(me).order_by("-id").first()
            if heir is not None:
                heir.is_default = True
                await heir.save(update_fields=["is_default", "updated_at"])
        await audit_service.record(actor=actor, action="pharmacy.address_delete", target_type="DeliveryAddress",
                                   target_id=address_id)
