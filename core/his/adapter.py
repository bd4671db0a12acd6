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


ADAPTERS: Registry[HisAdapter] = Registry("HIS adapter")


def register(name: str, cls: type[HisAdapter]) -> None:
    """At start-up (core/wiring.py): the adapters a RecordRoom's `his_kind` may name."""
    ADAPTERS.register(name, cls)


def known() -> list[str]:
    return ADAPTERS.known()


def adapter_class(name: str) -> type[HisAdapter] | None:
    return ADAPTERS.get(name)


def get_adapter(record_room: Any) -> HisAdapter:
    """The adapter of an institution's record room (a RecordRoom row)."""
    cls = adapter_class(record_room.his_kind)
    if cls is None:
        raise HisUnavailable("该机构的HIS接口未配置", details={"his_kind": record_room.his_kind})
    return cls(institution_id=record_room.institution_id, config=record_room.his_config)
