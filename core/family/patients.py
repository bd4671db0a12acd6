"""Patient identity (实名信息) and the people an account acts for (就诊人).

Why: every patient-side service (record copies, consultations, accompaniment)
names a Patient, never a WeChat account. The account's own real-name identity
is its Patient with is_self; a parent or child it books for is a Patient with a
relation. ID and phone numbers are stored encrypted with a blind index, and
every answer carries them masked.

Adding a 就诊人, or giving one another phone number, takes an SMS code sent to
that number (core/sms, seed 004 短信验证): the code is checked before the
change's transaction (a wrong one is counted for good) and used up inside it.
The form can be filled from a photo of the ID card (`read_id_card`, seed 004
身份证OCR): read on the server, answered to its owner only, nothing kept.
"""
from __future__ import annotations

import asyncio
import datetime as dt
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from tortoise.transactions import in_transaction

from core import crypto, pii
from core.audit import service as audit_service
from core.cache import count_this_hour
from core.family.errors import (
    IdCardBackSide, IdCardUnreadable, IdentityLocked, IdentityRequired, IdentityTaken, MpOnly, OcrBusy, OcrLimited,
    PatientExists, PatientNotFound, SelfPatient, TooManyPatients,
)
from core.family.models import Patient
from core.family.schemas import IdCardReadOut, PatientOut
from core.principal import Principal
from core.recycle import service as recycle_service
from core.db import transactional
from core.settings import get_settings
from core.sms import service as sms_service
from core.sms.errors import CodeRequired
from media import ocr, uploads

MAX_PATIENTS = 10  # 就诊人 besides the account itself
SMS_PURPOSE = "patient"  # the codes that permit adding a 就诊人 or changing its phone
ID_CARD_MAX_BYTES = 5 * 1024 * 1024  # a phone's photo of the card, before re-encoding
OCR_PER_HOUR = 20  # readings per account: each costs the server about 1.5 CPU seconds
OCR_QUEUE = 4  # readings waiting per server process before the next is refused (503)


def require_mp(actor: Principal) -> int:
    """The mini-program account acting; other principals have no patients or families."""
    if actor.kind != "mp" or actor.id is None:
        raise MpOnly()
    return actor.id


def bidx(kind: str, value: str | None) -> str | None:
    return crypto.blind_index(value, purpose=kind) if value else None


def with_derived(values: dict[str, Any]) -> dict[str, Any]:
    """`values` plus what follows from the numbers in it: blind indexes, and gender and birth date
    from the ID number (GB 11643: digits 7-14 are the birth date, the 17th is odd for men)."""
    out = dict(values)
    if "id_number" in values:
        number = values["id_number"]
        out.update(id_number_bidx=bidx("id_number", number), gender="男" if int(number[16]) % 2 else "女",
                   birth_date=dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14])))
    if "phone" in values:
        out["phone_bidx"] = bidx("phone", values["phone"])
    return out


async def _change(actor: Principal, p: Patient, values: dict[str, Any], *, action: str) -> None:
    """Apply `values` to `p` and audit before/after (masked); inside the caller's transaction."""
    before = audit_service.snapshot(p)
    for k, v in values.items():
        setattr(p, k, v)
    await p.save()
    await audit_service.record(actor=actor, action=action, target_type="Patient", target_id=p.id, before=before,
                               after=audit_service.snapshot(p))


def _age(born: dt.date | None) -> int | None:
    if born is None:
        return None
    today = dt.date.today()
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


async def present(p: Patient, *, actor: Principal) -> PatientOut:
    """A patient as every answer shows it: name, ID and phone masked; age instead of the birth date
    (the masked ID number hides the birth date, the answer must not give it back)."""
    return PatientOut(id=p.id, **await pii.present(p, actor=actor), relation=p.relation, is_self=p.is_self,
                      gender=p.gender, age=_age(p.birth_date), verified=p.verified_at is not None)


async def self_patient(account_id: int) -> Patient | None:
    return await Patient.filter(account_id=account_id, is_self=True, deleted_at__isnull=True).first()


async def require_identity(actor: Principal) -> Patient:
    me = await self_patient(require_mp(actor))
    if me is None:
        raise IdentityRequired()
    return me


async def identity(*, actor: Principal) -> PatientOut | None:
    me = await self_patient(require_mp(actor))
    return None if me is None else await present(me, actor=actor)


async def _ensure_unique(account_id: int, id_bidx: str, *, exclude: int | None = None) -> None:
    qs = Patient.filter(account_id=account_id, id_number_bidx=id_bidx, deleted_at__isnull=True)
    if exclude is not None:
        qs = qs.exclude(id=exclude)
    if await qs.exists():
        raise PatientExists()


@transactional
async def set_identity(*, actor: Principal, name: str, id_number: str, phone: str) -> PatientOut:
    """Complete or correct the account's real-name information (the self Patient)."""
    account_id = require_mp(actor)
    id_bidx = bidx("id_number", id_number)
    # One person is the self identity of one account: someone else's ID number would
    # otherwise receive the grants given to that person.
    if await Patient.filter(is_self=True, id_number_bidx=id_bidx, deleted_at__isnull=True).exclude(
            account_id=account_id).exists():
        await audit_service.record_denied(actor=actor, action="family.identity_set", target_type="Patient",
                                          reason="id number is the identity of another account")
        raise IdentityTaken()
    async with in_transaction():
        me = await Patient.filter(account_id=account_id, is_self=True, deleted_at__isnull=True) \
            .select_for_update().first()
        await _ensure_unique(account_id, id_bidx, exclude=me.id if me else None)
        values = with_derived({"name": name, "id_number": id_number, "phone": phone})
        if me is None:
            me = await Patient.create(account_id=account_id, is_self=True, relation="本人", **values)
            await audit_service.record(actor=actor, action="family.identity_set", target_type="Patient",
                                       target_id=me.id, after=audit_service.snapshot(me))
        else:
            if me.verified_at is not None and (me.name != name or me.id_number_bidx != id_bidx):
                raise IdentityLocked()
            await _change(actor, me, values, action="family.identity_set")
    return await present(me, actor=actor)


# ------------------------------------------------------------------ 就诊人

async def list_patients(*, actor: Principal, deleted: bool = False) -> list[PatientOut]:
    """The account's own identity first, then its 就诊人; deleted=True lists its recycle bin."""
    account_id = require_mp(actor)
    rows = await Patient.filter(account_id=account_id, deleted_at__isnull=not deleted) \
        .order_by("-is_self", "id")
    return [await present(p, actor=actor) for p in rows]


async def own_patient(actor: Principal, patient_id: int, *, deleted: bool = False) -> Patient:
    """A patient of the actor's account, or PatientNotFound (someone else's looks the same, audited)."""
    account_id = require_mp(actor)
    p = await Patient.filter(id=patient_id, deleted_at__isnull=not deleted).first()
    if p is None or p.account_id != account_id:
        if p is not None:
            await audit_service.record_denied(actor=actor, action="family.patient_read", target_type="Patient",
                                              target_id=patient_id, reason="patient of another account")
        raise PatientNotFound(details={"id": patient_id})
    return p


@transactional
async def add_patient(*, actor: Principal, name: str, id_number: str, relation: str, phone: str,
                      sms_code: str) -> PatientOut:
    """Add a 就诊人; `sms_code` is the code sent to `phone` for this account (sms purpose "patient")."""
    account_id = require_mp(actor)
    await require_identity(actor)
    id_bidx = bidx("id_number", id_number)
    await _ensure_unique(account_id, id_bidx)  # said before the code is looked at (checked again below)
    code_id = await sms_service.check_code(actor=actor, purpose=SMS_PURPOSE, phone=phone, code=sms_code)
    async with in_transaction():
        # Counting under the lock of the account's identity keeps two concurrent adds under the limit.
        await Patient.filter(account_id=account_id, is_self=True, deleted_at__isnull=True).select_for_update()
        if await Patient.filter(account_id=account_id, is_self=False, deleted_at__isnull=True).count() \
                >= MAX_PATIENTS:
            raise TooManyPatients(details={"max": MAX_PATIENTS})
        await _ensure_unique(account_id, id_bidx)
        await sms_service.use_code(code_id)
        p = await Patient.create(account_id=account_id, is_self=False, relation=relation,
                                 **with_derived({"name": name, "id_number": id_number, "phone": phone}))
        await audit_service.record(actor=actor, action="family.patient_create", target_type="Patient",
                                   target_id=p.id, after=audit_service.snapshot(p))
    return await present(p, actor=actor)


@transactional
async def update_patient(*, actor: Principal, patient_id: int, changes: dict[str, Any]) -> PatientOut:
    """Edit a 就诊人 (the self identity is edited through set_identity, which checks more). A new
    phone number needs `sms_code`, the code sent to it, as when adding."""
    p = await own_patient(actor, patient_id)
    if p.is_self:
        raise SelfPatient("本人实名信息请在“实名信息”中修改")
    changes = {k: v for k, v in changes.items() if v is not None}
    sms_code = changes.pop("sms_code", None)
    code_id = None
    if "phone" in changes and changes["phone"] != p.phone:
        if not sms_code:
            raise CodeRequired("修改手机号需要新手机号收到的短信验证码")
        code_id = await sms_service.check_code(actor=actor, purpose=SMS_PURPOSE, phone=changes["phone"],
                                               code=sms_code)
    async with in_transaction():
        p = await Patient.filter(id=p.id, deleted_at__isnull=True).select_for_update().first()
        if p is None:
            raise PatientNotFound(details={"id": patient_id})
        if code_id is not None:
            await sms_service.use_code(code_id)
        changes = with_derived(changes)
        if "id_number" in changes:
            await _ensure_unique(p.account_id, changes["id_number_bidx"], exclude=p.id)
        await _change(actor, p, changes, action="family.patient_update")
    return await present(p, actor=actor)


@transactional
async def delete_patient(*, actor: Principal, patient_id: int) -> None:
    """Soft delete into the account's own recycle bin (restore_patient brings it back)."""
    p = await own_patient(actor, patient_id)
    if p.is_self:
        raise SelfPatient()
    async with in_transaction():
        await recycle_service.soft_delete(actor=actor, obj=p, action="family.patient_delete")


@transactional
async def restore_patient(*, actor: Principal, patient_id: int) -> PatientOut:
    p = await own_patient(actor, patient_id, deleted=True)
    async with in_transaction():
        await _ensure_unique(p.account_id, p.id_number_bidx)
        if await Patient.filter(account_id=p.account_id, is_self=False, deleted_at__isnull=True).count() \
                >= MAX_PATIENTS:
            raise TooManyPatients(details={"max": MAX_PATIENTS})
        updated = await Patient.filter(id=p.id, deleted_at__isnull=False).update(deleted_at=None,
                                                                                   deleted_by_id=None)
        if not updated:  # restored meanwhile by another request
            raise PatientNotFound(details={"id": patient_id})
        p.deleted_at = p.deleted_by_id = None
        await audit_service.record(actor=actor, action="family.patient_restore", target_type="Patient",
                                   target_id=p.id, after=audit_service.snapshot(p))
    return await present(p, actor=actor)


# ------------------------------------------------------------------ the ID card, read

_reading = 0  # readings queued or running in this process


async def _ocr_allowance(actor: Principal, account_id: int) -> None:
    """OCR_PER_HOUR readings per account and clock hour (Redis, atomic)."""
    count, wait = await count_this_hour(f"ocr:idcard:{account_id}")
    if count > OCR_PER_HOUR:
        await audit_service.record_denied(actor=actor, action="family.id_card_read", reason="rate limited")
        raise OcrLimited(details={"retry_after": wait, "limit": OCR_PER_HOUR}, headers={"Retry-After": str(wait)})


async def _in_ocr_pool(data: bytes) -> dict[str, Any]:
    global _reading
    if _reading >= OCR_QUEUE * get_settings().ocr_processes:
        raise OcrBusy(headers={"Retry-After": "5"})
    _reading += 1
    try:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(ocr.pool(get_settings().ocr_processes), ocr.read_front, data)
    except BrokenProcessPool as exc:  # a worker died (out of memory, killed): start afresh next time
        ocr.reset_pool()
        raise OcrBusy() from exc
    finally:
        _reading -= 1


async def read_id_card(*, actor: Principal, photo: bytes) -> IdCardReadOut:
    """Name and ID number read from a photo of the front of an ID card, for the person to check
    and correct before anything is saved. Answered to the account that sent the photo only and
    never logged; the photo is re-encoded (bounded, metadata dropped), read and forgotten, and
    the audit row says that a card was read, not what it said."""
    account_id = require_mp(actor)
    await _ocr_allowance(actor, account_id)
    clean = await asyncio.to_thread(uploads.sanitize_image, photo, max_bytes=ID_CARD_MAX_BYTES)
    reading = await _in_ocr_pool(clean)
    found = {"side": reading["side"], "name": reading["name"] is not None,
             "id_number": reading["id_number"] is not None}
    usable = reading["name"] is not None or reading["id_number"] is not None
    await audit_service.record(actor=actor, action="family.id_card_read", target_type="MpAccount",
                               target_id=account_id, after=found, outcome="success" if usable else "failure")
    if not usable:
        raise IdCardBackSide() if reading["side"] == "back" else IdCardUnreadable()
    return IdCardReadOut(name=reading["name"], id_number=reading["id_number"])
