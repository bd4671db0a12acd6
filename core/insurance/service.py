"""Use cases of the medical-insurance e-prescription centre (seed 003 医保电子处方中心).

Why here: the doctor saves (pre-check → insurance e-signature → upload), revokes and prints the
purchase slip of an approved prescription; the console (电子处方管理) lists what went to the centre,
refreshes one by query and searches the centre's drug catalogue; the centre's notifications
(core/insurance/notices.py) apply results through the same `apply_review` / `apply_pickup`.

Calls to the centre happen outside any transaction; each step the centre confirmed is recorded at
once (its state, audit and the prescription's timeline, in one transaction), so a failure half-way
leaves a true record — a prescription pre-checked but not yet uploaded — and saving again resumes
from there. One save or revoke per prescription at a time (a Redis slot); every change goes
through core/insurance/states.py, so repeats and late results change nothing.
"""
from __future__ import annotations

import asyncio
import json
import logging
from contextlib import asynccontextmanager
from typing import Any, AsyncIterator

from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from core import scope
from core.audit import service as audit_service
from core.cache import redis
from core.consult.models import ConsultOrder
from core.db import transactional, utcnow
from core.dicts.models import Drug
from core.doctors import workbench
from core.doctors.models import Doctor
from core.errors import AppError
from core.events.service import Event as DomainEvent
from core.insurance import states
from core.insurance.centre import RxPayload, Signed, centre
from core.insurance.errors import (
    CentreRefused, CentreUnavailable, NoInsuranceCode, NotRevocable, NotUploaded, NotYourPrescription,
)
from core.insurance.models import InsuranceRx
from core.insurance.schemas import (
    CatalogueDrugOut, CatalogueOut, CatalogueQuery, InsuranceRxOut, InsuranceRxPage, ListQuery, OurDrugOut,
)
from core.insurance.slip import Slip, SlipItem, render_slip
from core.insurance.states import S
from core.localtime import local_date, within_days
from core.masking import mask_name
from core.principal import Principal
from core.records.models import Department
from core.rx.models import Prescription, PrescriptionItem
from core.settings import get_settings
from core.rx import service as rx_service

log = logging.getLogger("huiyi.insurance")
PERM_READ = "insurance.read"
CENTRE = Principal(kind="system", name="insurance-centre")  # changes the centre brings (notifications)
VALID_DAYS = 3  # 处方有效期 told to the centre (days)
BUSY_SECONDS = 60
REVIEW_KEYS = ("rxChkStasCodg", "rxChkOpnn", "rxChkTime", "rxChkBizsn")
PICKUP_KEYS = ("setlStas", "medinsName", "setlTime", "setlId", "drugList")


class Busy(AppError):
    status, code, message = 409, "insurance.busy", "该处方正在提交医保电子处方中心，请稍后再试"


def fixmedins_code(institution_id: int) -> str:
    """Our institution's 定点医药机构编号 (INSURANCE_FIXMEDINS_CODES, else H + the id)."""
    return get_settings().insurance_fixmedins_codes.get(str(institution_id)) or f"H{institution_id:011d}"


def bounded(data: dict[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
    """What we keep of a result the centre reports: its known fields, each bounded."""
    out: dict[str, Any] = {}
    for k in keys:
        v = data.get(k)
        if isinstance(v, list):
            out[k] = [{str(a)[:32]: str(b)[:64] for a, b in list(x.items())[:8]} for x in v[:50] if isinstance(x, dict)]
        elif v is not None:
            out[k] = str(v)[:500]
    return out


# ---------------------------------------------------------------- outputs

async def outs(rows: list[InsuranceRx]) -> list[InsuranceRxOut]:
    ps = {p.id: p for p in await Prescription.filter(id__in=[r.prescription_id for r in rows])}
    names = dict(await Doctor.filter(id__in={p.doctor_id for p in ps.values()}).values_list("id", "name"))
    result = []
    for r in rows:
        p = ps[r.prescription_id]
        result.append(InsuranceRxOut(
            id=r.id, prescription_id=p.id, prescription_number=p.number, prescription_state=p.state,
            patient_name=mask_name(p.patient_name), doctor_name=names.get(p.doctor_id, ""),
            institution_id=r.institution_id, state=r.state, state_label=states.label(r.state), hi_rxno=r.hi_rxno,
            rx_trace_code=r.trace_id, sign_cert_sn=r.sign_cert_sn, sign_digest=r.sign_digest, review=r.review or {},
            pickup=r.pickup or {}, uploaded_at=r.uploaded_at, revoked_at=r.revoked_at, reviewed_at=r.reviewed_at,
            picked_up_at=r.picked_up_at, last_error=r.last_error, updated_at=r.updated_at))
    return result


async def out(row: InsuranceRx) -> InsuranceRxOut:
    return (await outs([row]))[0]


# ---------------------------------------------------------------- recording steps

def _actor_type(actor: Principal) -> str:
    return "doctor" if actor.kind == "admin" else "insurance"


@transactional
async def advance(row_id: int, target: str, *, actor: Principal, action: str, fields: dict[str, Any] | None = None,
                  note: str = "", data: dict[str, Any] | None = None) -> tuple[InsuranceRx, str]:
    """Move the row to `target` with `fields`: its timeline step and audit in the same transaction.
    Answers (row, outcome): applied, unchanged (already there) or ignored (a step backwards)."""
    async with in_transaction():
        row = await InsuranceRx.filter(id=row_id).select_for_update().first()
        if row.state == target:
            return row, "unchanged"
        if not states.allowed(row.state, target):
            return row, "ignored"
        before = row.state
        row.state = target
        for k, v in (fields or {}).items():
            setattr(row, k, v)
        await row.save()
        event = states.TIMELINE.get(S(target))
        if event:
            await rx_service.record_event(
                prescription_id=row.prescription_id, event=event, actor_type=_actor_type(actor),
                actor_id=actor.id if actor.kind == "admin" else None, actor_name=actor.name, note=note,
                data={"hi_rxno": row.hi_rxno, "state": target, **(data or {})})
        await audit_service.record(actor=actor, action=action, target_type="InsuranceRx", target_id=row.id,
                                   before={"state": before}, after={"state": target, "hi_rxno": row.hi_rxno},
                                   org_id=row.institution_id)
        return row, "applied"


@transactional
async def _prechecked(actor: Principal, p: Prescription, row: InsuranceRx | None, trace: str,
                      hi_rxno: str) -> InsuranceRx:
    """The centre accepted the pre-check: a new round (first, or after a revoke) starts here."""
    fresh = dict(state=S.PRECHECKED.value, trace_id=trace[:40], hi_rxno=hi_rxno[:40], sign_digest="", sign_value="",
                 sign_cert_sn="", review={}, pickup={}, uploaded_at=None, revoked_at=None, reviewed_at=None,
                 picked_up_at=None, last_error="")
    async with in_transaction():
        if row is None:
            row = await InsuranceRx.create(prescription_id=p.id, institution_id=p.institution_id, **fresh)
        else:
            if not await InsuranceRx.filter(id=row.id, state=row.state).update(**fresh):
                raise Busy()
            row = await InsuranceRx.get(id=row.id)
        await audit_service.record(actor=actor, action="insurance.precheck", target_type="InsuranceRx",
                                   target_id=row.id, after={"prescription_id": p.id, "hi_rxno": row.hi_rxno},
                                   org_id=p.institution_id)
    return row


async def _failed(actor: Principal, row: InsuranceRx | None, step: str, exc: AppError) -> None:
    """A step the centre refused or did not answer: said on the row and audited, nothing else."""
    what = exc.details.get("centre_message") or exc.message
    if row is not None:
        await InsuranceRx.filter(id=row.id).update(last_error=f"{step}: {what}"[:200])
    await audit_service.record(actor=actor, action=f"insurance.{step}", target_type="InsuranceRx",
                               target_id=row.id if row else "", outcome="failure",
                               after={"code": exc.code, **{k: str(v)[:200] for k, v in exc.details.items()}})


@asynccontextmanager
async def _exclusive(prescription_id: int) -> AsyncIterator[None]:
    key = f"insurance:busy:{prescription_id}"
    if not await redis().set(key, "1", nx=True, ex=BUSY_SECONDS):
        raise Busy()
    try:
        yield
    finally:
        await redis().delete(key)


# ---------------------------------------------------------------- the doctor's workstation

async def _my_prescription(actor: Principal, prescription_id: int) -> Prescription:
    doctor = await workbench.doctor_of(actor)
    p = await Prescription.get_or_none(id=prescription_id)
    if p is None or p.doctor_id != doctor.id:
        raise NotYourPrescription(details={"id": prescription_id})
    return p


def _num(d) -> str:
    return format(d.normalize(), "f") if d is not None else ""


async def _payload(p: Prescription) -> tuple[RxPayload, bytes]:
    """The prescription as the centre takes it, and the bytes its insurance e-signature covers."""
    items = await PrescriptionItem.filter(prescription_id=p.id).order_by("seq")
    drugs = {d.id: d for d in await Drug.filter(id__in=[i.drug_id for i in items])}
    missing = [i.drug_name for i in items if not drugs[i.drug_id].insurance_code]
    if missing:
        raise NoInsuranceCode(details={"drugs": missing})
    doctor = await Doctor.get(id=p.doctor_id)
    dept = await Department.get_or_none(id=p.department_id)
    order = await ConsultOrder.get_or_none(id=p.consult_order_id) if p.consult_order_id else None
    payload = RxPayload(
        fixmedins_code=fixmedins_code(p.institution_id), mdtrt_id=order.number if order else p.number,
        rx_no=p.number, rx_type=p.kind, prsc_time=(p.signed_at or p.created_at).isoformat(), vali_days=VALID_DAYS,
        patient={"psnName": p.patient_name, "gend": p.sex,
                 "age": p.age_months // 12 if p.age_months is not None else None},
        diseases=[{"diseCodg": str(d.get("code", "")), "diseName": str(d.get("name", ""))} for d in p.diagnoses],
        drugs=[{"medListCodg": drugs[i.drug_id].insurance_code, "drugGenname": i.drug_name, "drugSpec": i.strength,
                "drugDosform": i.form, "sinDoscnt": _num(i.dose), "sinDosunt": i.dose_unit,
                "usedFrquCodg": i.frequency, "prdDays": i.days, "medcWayDscr": i.route, "ent": i.quantity,
                "entUnt": i.unit, "pric": f"{i.price_fen / 100:.2f}"} for i in items],
        doctor_name=doctor.name, dept_name=dept.name if dept else "")
    original = json.dumps(payload.as_json(), ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    return payload, original


async def save(*, actor: Principal, prescription_id: int) -> InsuranceRxOut:
    """电子处方保存: pre-check → insurance e-signature → upload, resuming where an earlier try
    stopped; an uploaded prescription answers its record (saving twice uploads once). Only an
    approved prescription whose signatures hold goes (core/rx's require_dispensable)."""
    p = await _my_prescription(actor, prescription_id)
    async with _exclusive(p.id):
        row = await InsuranceRx.get_or_none(prescription_id=p.id)
        if row is not None and S(row.state) in states.UPLOADED_OR_LATER:
            return await out(row)
        p = await rx_service.require_dispensable(actor=actor, prescription_id=p.id)
        payload, original = await _payload(p)
        c, step, signed = centre(), "precheck", None
        try:
            if row is None or row.state == S.REVOKED.value:
                pre = await c.precheck(payload)
                row = await _prechecked(actor, p, row, pre.rx_trace_code, pre.hi_rxno)
            if row.state == S.PRECHECKED.value:
                step = "sign"
                signed = await c.sign(fixmedins_code=payload.fixmedins_code, rx_trace_code=row.trace_id,
                                      hi_rxno=row.hi_rxno, original=original)
                row, _ = await advance(row.id, S.SIGNED.value, actor=actor, action="insurance.sign", fields={
                    "sign_digest": signed.sign_digest, "sign_value": signed.sign_value,
                    "sign_cert_sn": signed.sign_cert_sn, "last_error": ""})
            if row.state == S.SIGNED.value:
                step = "upload"
                signed = signed or Signed(sign_digest=row.sign_digest, sign_cert_sn=row.sign_cert_sn, sign_cert_dn="",
                                          sign_value=row.sign_value)
                status = await c.upload(fixmedins_code=payload.fixmedins_code, rx_trace_code=row.trace_id,
                                        hi_rxno=row.hi_rxno, mdtrt_id=payload.mdtrt_id, signed=signed)
                row, _ = await advance(row.id, S.UPLOADED.value, actor=actor, action="insurance.upload",
                                       fields={"uploaded_at": utcnow(), "last_error": "",
                                               "hi_rxno": (status.hi_rxno or row.hi_rxno)[:40]})
        except (CentreRefused, CentreUnavailable) as exc:
            await _failed(actor, row, step, exc)
            raise
    return await out(row)


async def revoke(*, actor: Principal, prescription_id: int, reason: str) -> InsuranceRxOut:
    """电子处方撤销: the centre first, then our record (a refusal changes nothing here)."""
    p = await _my_prescription(actor, prescription_id)
    async with _exclusive(p.id):
        row = await InsuranceRx.get_or_none(prescription_id=p.id)
        if row is None:
            raise NotUploaded(details={"id": prescription_id})
        if S(row.state) not in states.REVOCABLE:
            raise NotRevocable(details={"state": row.state, "label": states.label(row.state)})
        doctor = await Doctor.get(id=p.doctor_id)
        try:
            await centre().revoke(fixmedins_code=fixmedins_code(row.institution_id), hi_rxno=row.hi_rxno,
                                  reason=reason, doctor_name=doctor.name, at=utcnow().isoformat())
        except (CentreRefused, CentreUnavailable) as exc:
            await _failed(actor, row, "revoke", exc)
            raise
        row, _ = await advance(row.id, S.REVOKED.value, actor=actor, action="insurance.revoke",
                               fields={"revoked_at": utcnow(), "last_error": ""}, note=reason[:200])
    return await out(row)


async def status(*, actor: Principal, prescription_id: int, refresh: bool = False) -> InsuranceRxOut:
    """The prescription's record at the centre; `refresh` asks the centre first (信息查询)."""
    p = await _my_prescription(actor, prescription_id)
    row = await InsuranceRx.get_or_none(prescription_id=p.id)
    if row is None:
        raise NotUploaded(details={"id": prescription_id})
    if refresh and S(row.state) in states.UPLOADED_OR_LATER:
        row = await _refresh(actor, row, "query")
    return await out(row)


async def slip_pdf(*, actor: Principal, prescription_id: int) -> tuple[str, bytes]:
    """购药提示单: what the patient takes to a designated pharmacy — the hi_rxno (also as a QR code),
    the patient (masked), the drugs, the doctor and the date. Only for an uploaded prescription."""
    p = await _my_prescription(actor, prescription_id)
    row = await InsuranceRx.get_or_none(prescription_id=p.id)
    if row is None or S(row.state) not in states.UPLOADED_OR_LATER:
        raise NotUploaded(details={"id": prescription_id, "state": row.state if row else None})
    items = await PrescriptionItem.filter(prescription_id=p.id).order_by("seq")
    doctor = await Doctor.get(id=p.doctor_id)
    dept = await Department.get_or_none(id=p.department_id)
    institution = await p.institution
    slip = Slip(
        hi_rxno=row.hi_rxno, rx_number=p.number, institution=institution.name, department=dept.name if dept else "",
        patient=mask_name(p.patient_name) or "", sex=p.sex,
        age=f"{p.age_months // 12}岁" if p.age_months is not None else "",
        diagnoses="；".join(f"{d.get('name', '')}" for d in p.diagnoses),
        items=[SlipItem(name=i.drug_name, spec=i.strength, usage=f"{_num(i.dose)}{i.dose_unit} {i.frequency} {i.route}",
                        quantity=f"{i.quantity}{i.unit}") for i in items],
        doctor=doctor.name, date=local_date(row.uploaded_at or utcnow()), valid_days=VALID_DAYS,
        state=states.label(row.state))
    data = await asyncio.to_thread(render_slip, slip)
    await audit_service.record(actor=actor, action="insurance.slip", target_type="InsuranceRx", target_id=row.id,
                               org_id=row.institution_id)
    return f"购药提示单-{row.hi_rxno}.pdf", data


# ---------------------------------------------------------------- results (query, notifications)

async def apply_review(row: InsuranceRx, data: dict[str, Any], *, actor: Principal) -> str:
    """A review result (queried or notified): passed / failed moves the row, pending changes nothing."""
    review = bounded(data, REVIEW_KEYS)
    target = {"passed": S.REVIEW_PASSED, "failed": S.REVIEW_FAILED}.get(review.get("rxChkStasCodg", ""))
    if target is None:
        return "pending"
    _, outcome = await advance(row.id, target.value, actor=actor, action="insurance.review",
                               fields={"review": review, "reviewed_at": utcnow()},
                               note=review.get("rxChkOpnn", "")[:200], data={"result": review.get("rxChkStasCodg")})
    return outcome


async def apply_pickup(row: InsuranceRx, data: dict[str, Any], *, actor: Principal) -> str:
    pickup = bounded(data, PICKUP_KEYS)
    if pickup.get("setlStas") != "dispensed":
        return "pending"
    _, outcome = await advance(row.id, S.DISPENSED.value, actor=actor, action="insurance.pickup",
                               fields={"pickup": pickup, "picked_up_at": utcnow()},
                               note=pickup.get("medinsName", "")[:200])
    return outcome


async def _refresh(actor: Principal, row: InsuranceRx, what: str) -> InsuranceRx:
    c, code = centre(), fixmedins_code(row.institution_id)
    try:
        if what == "review":
            await apply_review(row, (await c.review_result(fixmedins_code=code, hi_rxno=row.hi_rxno)).raw, actor=actor)
        elif what == "pickup":
            await apply_pickup(row, (await c.pickup_result(fixmedins_code=code, hi_rxno=row.hi_rxno)).raw, actor=actor)
        else:
            st = await c.query(fixmedins_code=code, hi_rxno=row.hi_rxno)
            for key, apply in (("rxChkInfo", apply_review), ("setlInfo", apply_pickup)):
                if isinstance(st.raw.get(key), dict):
                    await apply(await InsuranceRx.get(id=row.id), st.raw[key], actor=actor)
            if st.state == S.REVOKED.value:  # revoked at the centre by other means
                await advance(row.id, S.REVOKED.value, actor=actor, action="insurance.query",
                              fields={"revoked_at": utcnow()}, note="医保电子处方中心查询为已撤销")
    except (CentreRefused, CentreUnavailable) as exc:
        await _failed(actor, row, what, exc)
        raise
    return await InsuranceRx.get(id=row.id)


# ---------------------------------------------------------------- a prescription withdrawn after approval

INTERVENED = "rx.intervened"
WITHDRAWN = Principal(kind="system", name="rx-withdrawn")


async def on_rx_withdrawn(event: DomainEvent) -> None:
    """Consumer of `rx.intervened` (group insurance.rx): a pharmacist withdrew an approved prescription,
    so its insurance e-prescription must not stay buyable at a pharmacy — revoked at the centre, then
    here. The centre away: raised, the group retries; picked up meanwhile: the record learns it instead."""
    row = await InsuranceRx.get_or_none(prescription_id=int(event.payload["prescription_id"]))
    if row is None or S(row.state) not in states.REVOCABLE:
        return
    reason = "药师干预：处方已撤回"
    try:
        await centre().revoke(fixmedins_code=fixmedins_code(row.institution_id), hi_rxno=row.hi_rxno,
                              reason=reason, doctor_name="", at=utcnow().isoformat())
    except CentreRefused as exc:
        await _failed(WITHDRAWN, row, "revoke", exc)
        if exc.details.get("centre_code") == "RX_DISPENSED":
            await _refresh(WITHDRAWN, row, "pickup")
        return
    await advance(row.id, S.REVOKED.value, actor=WITHDRAWN, action="insurance.revoke",
                  fields={"revoked_at": utcnow(), "last_error": ""}, note=reason)


# ---------------------------------------------------------------- the console (电子处方管理)

def in_scope(actor: Principal, q: ListQuery):
    qs = within_days(scope.scoped(actor, InsuranceRx), "created_at", q.date_from, q.date_to)
    if q.state:
        qs = qs.filter(state=q.state)
    if q.q:
        qs = qs.filter(Q(hi_rxno=q.q) | Q(prescription__number=q.q))
    if q.doctor_id:
        qs = qs.filter(prescription__doctor_id=q.doctor_id)
    return qs


async def list_rx(*, actor: Principal, query: ListQuery, limit: int = 20, offset: int = 0) -> InsuranceRxPage:
    await scope.require(actor, PERM_READ)
    qs = in_scope(actor, query)
    rows = await qs.order_by("-updated_at", "-id").offset(offset).limit(limit)
    return InsuranceRxPage(total=await qs.count(), page=offset // limit + 1, page_size=limit, items=await outs(rows))


async def detail(*, actor: Principal, insurance_id: int) -> InsuranceRxOut:
    await scope.require(actor, PERM_READ)
    return await out(await scope.get(actor, InsuranceRx, insurance_id))


async def refresh(*, actor: Principal, insurance_id: int, what: str) -> InsuranceRxOut:
    """信息查询 / 审核结果查询 / 取药结果查询 from the console: asks the centre, applies its answer."""
    await scope.require(actor, PERM_READ)
    row = await scope.get(actor, InsuranceRx, insurance_id)
    if S(row.state) not in states.UPLOADED_OR_LATER | {S.REVOKED}:
        raise NotUploaded(details={"id": insurance_id, "state": row.state})
    return await out(await _refresh(actor, row, what))


async def catalogue(*, actor: Principal, query: CatalogueQuery) -> CatalogueOut:
    """电子处方药品目录查询, each entry with the drugs of our 药品字典 carrying its code."""
    await scope.require(actor, PERM_READ)
    if not (query.keyword or query.code):  # the national catalogue is tens of thousands of entries: ask for one
        return CatalogueOut(total=0, page=query.page, page_size=query.page_size, items=[])
    page = await centre().drug_catalogue(keyword=query.keyword, code=query.code, page=query.page,
                                         page_size=query.page_size)
    ours: dict[str, list[OurDrugOut]] = {}
    for d in await Drug.filter(insurance_code__in=[i.code for i in page.items if i.code]):
        ours.setdefault(d.insurance_code, []).append(OurDrugOut(id=d.id, code=d.code, generic_name=d.generic_name,
                                                                enabled=d.enabled))
    return CatalogueOut(total=page.total, page=query.page, page_size=query.page_size, items=[
        CatalogueDrugOut(code=i.code, generic_name=i.generic_name, trade_name=i.trade_name, form=i.form, spec=i.spec,
                         manufacturer=i.manufacturer, list_type=i.list_type, enabled=i.enabled,
                         our_drugs=ours.get(i.code, [])) for i in page.items])


