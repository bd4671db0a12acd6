"""What the service asks of a hospital's HIS, and which adapter answers for which institution.

Why: each of the district's hospitals runs its own HIS (seed 003: 与医疗机构系统对接;
18 institutions today, more later). Record-copy requests need three answers
from it: is this person a patient here, which inpatient stays are archived,
and the structured documents of a stay. Services ask them through this
interface only; an institution's RecordRoom row names its adapter (`his_kind`)
and that adapter's settings (`his_config`: base URL, view names, credentials
reference). Connecting an institution whose HIS speaks a known protocol is
therefore rows only; a new protocol is one class registered here.

Adapters are asynchronous (a real HIS answers over the network) and return
plain data classes, never their own models, so nothing above depends on how
a HIS stores things.
"""
from __future__ import annotations

import abc
import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Iterable

from core.errors import AppError
from core.registry import Registry


class HisUnavailable(AppError):
    status, code, message = 503, "his.unavailable", "医院信息系统暂时无法访问，请稍后重试"


@dataclass(frozen=True)
class PatientRef:
    """A person as the HIS knows them; `ref` is the HIS's own identifier (opaque to us)."""

    ref: str
    mrn: str  # the medical record number (病案号) shown on copies


@dataclass(frozen=True)
class Admission:
    id: str  # the HIS's identifier of the stay, kept in RecordRequest.admissions
    visit_no: str
    department: str
    admitted_on: dt.date
    discharged_on: dt.date | None
    diagnosis: str = ""

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.id, "visit_no": self.visit_no, "department": self.department,
                "admitted_on": self.admitted_on.isoformat(),
                "discharged_on": self.discharged_on.isoformat() if self.discharged_on else None,
                "diagnosis": self.diagnosis}


@dataclass(frozen=True)
class Document:
    kind: str  # a record_content dictionary code (front_page, discharge_summary, ...)
    title: str
    written_at: dt.datetime
    sections: list[dict[str, str]] = field(default_factory=list)  # [{"heading", "text"}]


@dataclass(frozen=True)
class Department:
    """An outpatient department as the HIS lists it for booking."""

    code: str
    name: str
    location: str = ""


@dataclass(frozen=True)
class HisDoctor:
    code: str
    name: str
    title: str
    department_code: str
    speciality: str = ""


@dataclass(frozen=True)
class Slot:
    """A bookable period of one doctor; `id` is the HIS's own (opaque) identifier."""

    id: str
    doctor_code: str
    day: dt.date
    starts: str  # HH:MM, China time
    ends: str
    capacity: int
    remaining: int
    fee_fen: int = 0


@dataclass(frozen=True)
class Booking:
    """An appointment the HIS made: the visit number it opened and the event it reported for it."""

    his_visit: str
    slot_id: str
    department: str
    doctor: str
    location: str
    day: dt.date
    starts: str
    ends: str
    number: int  # the booking number within the slot
    fee_fen: int
    events: list[dict[str, Any]] = field(default_factory=list)  # envelopes (issue 13 contract)


class HisAdapter(abc.ABC):
    """One institution's HIS. Constructed per call with the institution and its settings."""

    def __init__(self, *, institution_id: int, config: dict[str, Any] | None = None):
        self.institution_id = institution_id
        self.config = dict(config or {})

    @abc.abstractmethod
    async def find_patient(self, *, id_number: str, name: str) -> PatientRef | None:
        """The patient with this ID number and name, or None (a name that differs is no match)."""

    @abc.abstractmethod
    async def archived_admissions(self, patient: PatientRef) -> list[Admission]:
        """The patient's inpatient stays whose records the record room has archived, newest first."""

    @abc.abstractmethod
    async def documents(self, *, admission_id: str, kinds: Iterable[str]) -> list[Document]:
        """The structured archived documents of one stay, of the given kinds."""

    # ------------------------------------------------------------ outpatient visits (issue 13)
    # Not every HIS offers these: an adapter that does not says so with HisUnavailable.

    async def ping(self) -> dict[str, Any]:
        """Whether the HIS answers (the console's 测试连接): a few facts about it."""
        raise HisUnavailable("该机构的HIS接口不支持连接测试")

    async def visit_changes(self, *, cursor: str, limit: int) -> tuple[list[dict[str, Any]], str]:
        """Visit events after `cursor` ("" from the beginning), at most `limit`, oldest first, and
        the cursor to ask from next time (the same one when nothing is new)."""
        raise HisUnavailable("该机构的HIS接口不支持就诊事件查询")

    async def departments(self) -> list[Department]:
        raise HisUnavailable("该机构的HIS接口不支持预约挂号")

    async def doctors(self, *, department_code: str) -> list[HisDoctor]:
        raise HisUnavailable("该机构的HIS接口不支持预约挂号")

    async def slots(self, *, doctor_code: str, day: dt.date) -> list[Slot]:
        raise HisUnavailable("该机构的HIS接口不支持预约挂号")

    async def book(self, *, slot_id: str, patient: dict[str, str]) -> Booking:
        """Book the slot for `patient` ({id_number, name, phone?}); the booking's events included."""
        raise HisUnavailable("该机构的HIS接口不支持预约挂号")

    async def cancel_booking(self, *, his_visit: str) -> list[dict[str, Any]]:
        """Cancel an appointment not yet checked in; the events the HIS reported for it."""
        raise HisUnavailable("该机构的HIS接口不支持取消预约")

    async def check_in(self, *, his_visit: str) -> list[dict[str, Any]]:
        """Check the patient in (门诊签到); the events the HIS reported for it (check-in, queue)."""
        raise HisUnavailable("该机构的HIS接口不支持签到")


ADAPTERS: Registry[HisAdapter] = Registry("HIS adapter")


def register(name: str, cls: type[HisAdapter]) -> None:
    """At start-up (core/wiring.py): the adapters a RecordRoom's `his_kind` may name."""
    ADAPTERS.register(name, cls)


def known() -> list[str]:
    return ADAPTERS.known()


def adapter_class(name: str) -> type[HisAdapter] | None:
    return ADAPTERS.get(name)


def adapter_for(*, institution_id: int, name: str, config: dict[str, Any] | None = None) -> HisAdapter:
    """The adapter `name` of an institution (a HisConnection's `adapter` and `config`)."""
    cls = adapter_class(name)
    if cls is None:
        raise HisUnavailable("该机构的HIS接口未配置", details={"adapter": name})
    return cls(institution_id=institution_id, config=config)


def get_adapter(record_room: Any) -> HisAdapter:
    """The adapter of an institution's record room (a RecordRoom row)."""
    cls = adapter_class(record_room.his_kind)
    if cls is None:
        raise HisUnavailable("该机构的HIS接口未配置", details={"his_kind": record_room.his_kind})
    return cls(institution_id=record_room.institution_id, config=record_room.his_config)
