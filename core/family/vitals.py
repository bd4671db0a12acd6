"""Vital signs (体征数据) of a patient: what the person records, and what hospitals measure in visits.

Why: seed 003 家庭健康管理 lets a family member follow another member's vital signs under the
体征数据 grant (家庭健康档案调阅, the family home's 体征数据变动). The measurements come two ways:
the person, or a relative granted 体征数据 with 代办, records one (`record`); a hospital reports
them in a visit step's data as `vitals` ({temperature, pulse, systolic, diastolic, weight, height,
glucose, spo2}) and `record_from_visit` copies them here once per visit step and kind (the
consumer `on_visit_changed` of the event `visits.changed` calls it, so a redelivered event adds nothing).
Reading them goes through core/family/archive.py (grant, access log, audit).
"""
from __future__ import annotations

import datetime as dt
import logging
from decimal import Decimal, InvalidOperation
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from core.audit import service as audit_service
from core.db import transactional, utcnow
from core.family import service as family_service
from core.family.errors import VitalInvalid
from core.family.models import Patient, VitalSign
from core.family.schemas import VitalKindOut, VitalPointOut, VitalSeriesOut, VitalSignOut
from core.principal import Principal
from core.visits.models import Visit, VisitStep

log = logging.getLogger("huiyi.family.vitals")

SCOPE = "vital_signs"
VISITS_CHANGED = "visits.changed"

# kind: (label, unit, lowest, highest plausible value)
KINDS: dict[str, tuple[str, str, float, float]] = {
    "temperature": ("体温", "℃", 30, 45),
    "pulse": ("脉搏", "次/分", 20, 250),
    "blood_pressure": ("血压", "mmHg", 30, 300),
    "glucose": ("血糖", "mmol/L", 0.5, 40),
    "weight": ("体重", "kg", 0.5, 350),
    "height": ("身高", "cm", 20, 260),
    "spo2": ("血氧饱和度", "%", 50, 100),
}
SOURCE_LABEL = {"self": "本人记录", "his": "医院测量"}
# The keys of a visit step's data.vitals, as the HIS sends them, and the kind each one is.
HIS_KEYS = {"temperature": "temperature", "pulse": "pulse", "heart_rate": "pulse", "glucose": "glucose",
            "weight": "weight", "height": "height", "spo2": "spo2"}
MAX_LIST = 500


def kinds() -> list[VitalKindOut]:
    return [VitalKindOut(kind=k, label=v[0], unit=v[1]) for k, v in KINDS.items()]


def _num(v: Decimal | float | None) -> float | None:
    return None if v is None else float(v)


def _fmt(v: float) -> str:
    return f"{v:.2f}".rstrip("0").rstrip(".")


def present(v: VitalSign) -> VitalSignOut:
    label, unit = KINDS[v.kind][0], v.unit
    value, value2 = _num(v.value), _num(v.value2)
    text = f"{_fmt(value)}/{_fmt(value2)} {unit}" if value2 is not None else f"{_fmt(value)} {unit}"
    return VitalSignOut(id=v.id, kind=v.kind, label=label, value=value, value2=value2, unit=unit, text=text,
                        measured_at=v.measured_at, source=v.source, source_label=SOURCE_LABEL.get(v.source, v.source),
                        visit_id=v.visit_id)


def _check(kind: str, value: float, value2: float | None) -> None:
    _, _, lo, hi = KINDS[kind]
    bad = not lo <= value <= hi
    if kind == "blood_pressure":
        bad = bad or value2 is None or not 20 <= value2 <= 200 or value2 >= value
    elif value2 is not None:
        bad = True
    if bad:
        raise VitalInvalid(details={"kind": kind})


# ------------------------------------------------------------------ reading (archive.py checks the grant)

async def rows(patient_id: int, *, kind: str | None = None, since: dt.datetime | None = None,
               limit: int = MAX_LIST) -> list[VitalSign]:
    qs = VitalSign.filter(patient_id=patient_id)
    if kind:
        qs = qs.filter(kind=kind)
    if since:
        qs = qs.filter(measured_at__gte=since)
    return await qs.order_by("-measured_at", "-id").limit(limit)


async def count(patient_id: int) -> int:
    return await VitalSign.filter(patient_id=patient_id).count()


async def latest(patient_id: int) -> list[VitalSignOut]:
    out = []
    for k in KINDS:
        v = await VitalSign.filter(patient_id=patient_id, kind=k).order_by("-measured_at", "-id").first()
        if v is not None:
            out.append(present(v))
    return out


def series(items: list[VitalSign]) -> list[VitalSeriesOut]:
    by_kind: dict[str, list[VitalSign]] = {}
    for v in items:
        by_kind.setdefault(v.kind, []).append(v)
    return [VitalSeriesOut(kind=k, label=KINDS[k][0], unit=KINDS[k][1],
                           points=[VitalPointOut(at=v.measured_at, value=_num(v.value), value2=_num(v.value2))
                                   for v in reversed(by_kind[k])])
            for k in KINDS if k in by_kind]


# ------------------------------------------------------------------ recording

async def record(*, actor: Principal, patient_id: int, kind: str, value: float, value2: float | None = None,
                 measured_at: dt.datetime | None = None) -> VitalSignOut:
    """The person records a measurement of their own (any 就诊人 of their account), or a relative does for
    them under a live 体征数据 grant that allows acting. Audited; under a grant logged for the person."""
    grant = await family_service.authorize(actor=actor, patient_id=patient_id, scope=SCOPE, act=True)
    now = utcnow()
    measured_at = measured_at or now
    if measured_at > now + dt.timedelta(minutes=5) or measured_at < now - dt.timedelta(days=3650):
        raise VitalInvalid(details={"measured_at": "out of range"})
    _check(kind, value, value2)
    return await _store(actor, grant, patient_id, kind, value, value2, measured_at)


@transactional
async def _store(actor, grant, patient_id, kind, value, value2, measured_at) -> VitalSignOut:
    async with in_transaction():
        v = await VitalSign.create(patient_id=patient_id, kind=kind, value=Decimal(str(value)),
                                   value2=None if value2 is None else Decimal(str(value2)), unit=KINDS[kind][1],
                                   measured_at=measured_at, source="self", recorded_by_id=actor.id)
        await audit_service.record(actor=actor, action="family.vital_record", target_type="Patient",
                                   target_id=patient_id, after={"vital": v.id, "kind": kind,
                                                                "grant": grant.id if grant else None})
        await family_service.log_access(actor=actor, grant=grant, action="vital_record",
                                        target_type="VitalSign", target_id=v.id)
        await _note(patient_id)
    return present(v)


async def _note(patient_id: int) -> None:
    p = await Patient.filter(id=patient_id).first()
    if p is not None and p.is_self and p.account_id:
        await family_service.note_change(account_id=p.account_id, scope=SCOPE, text="更新了体征数据")


def _decimal(raw: Any) -> Decimal | None:
    if isinstance(raw, bool) or not isinstance(raw, (int, float, str)):
        return None
    try:
        d = Decimal(str(raw).strip())
    except InvalidOperation:
        return None
    return d if d.is_finite() else None


def from_his(vitals: Any) -> list[tuple[str, Decimal, Decimal | None]]:
    """The measurements a HIS step's `vitals` object holds, each in its plausible range; the rest is dropped."""
    if not isinstance(vitals, dict):
        return []
    out: list[tuple[str, Decimal, Decimal | None]] = []
    seen = set()
    for key, kind in HIS_KEYS.items():
        d = _decimal(vitals.get(key))
        if d is None or kind in seen:
            continue
        _, _, lo, hi = KINDS[kind]
        if lo <= d <= hi:
            out.append((kind, d.quantize(Decimal("0.01")), None))
            seen.add(kind)
    sys_, dia = _decimal(vitals.get("systolic")), _decimal(vitals.get("diastolic"))
    if sys_ is not None and dia is not None and 30 <= sys_ <= 300 and 20 <= dia <= 200 and dia < sys_:
        out.append(("blood_pressure", sys_.quantize(Decimal("0.01")), dia.quantize(Decimal("0.01"))))
    return out


async def record_from_visit(*, visit_id: int) -> int:
    """Copy the vital signs the hospital reported in the steps of visit `visit_id` (each step's data
    `vitals`) into the patient's vital signs, once per visit, step and kind. Idempotent: call it after
    every change of the visit. Answers how many measurements were added."""
    visit = await Visit.filter(id=visit_id).first()
    if visit is None:
        return 0
    added = 0
    for step in await VisitStep.filter(visit_id=visit_id).order_by("id"):
        data = step.data if isinstance(step.data, dict) else {}
        found = from_his(data.get("vitals"))
        if not found:
            continue
        have = set(await VitalSign.filter(visit_id=visit_id, step=step.code).values_list("kind", flat=True))
        for kind, value, value2 in found:
            if kind in have:
                continue
            try:
                await VitalSign.create(patient_id=visit.patient_id, kind=kind, value=value, value2=value2,
                                       unit=KINDS[kind][1], measured_at=step.his_at or step.updated_at or utcnow(),
                                       source="his", visit_id=visit_id, step=step.code)
                added += 1
            except IntegrityError:  # a concurrent delivery of the same change stored it
                pass
    if added:
        await _note(visit.patient_id)
    return added


def _visit_id_of(event) -> int | None:
    payload = event.payload if isinstance(event.payload, dict) else {}
    for key in ("visit_id", "visit", "id"):
        v = payload.get(key)
        if isinstance(v, int) and not isinstance(v, bool):
            return v
    topic = event.topic or ""
    if topic.startswith("visit:") and topic[6:].isdigit():
        return int(topic[6:])
    return None


async def on_visit_changed(event) -> None:
    """Consumer of `visits.changed` (core/wiring.py, group family.vitals): the visit's vitals copied."""
    visit_id = _visit_id_of(event)
    if visit_id is not None:
        await record_from_visit(visit_id=visit_id)
