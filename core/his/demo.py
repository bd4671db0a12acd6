"""The built-in demo HIS: answers the HisAdapter interface from our own his_* tables.

Why: the demo (`make run`) and the tests need a HIS that behaves like a real
one (patients found by ID number and name, archived and unarchived stays,
structured documents) without a hospital. `core/demo/records.py` fills the tables;
an institution's RecordRoom with his_kind "demo" reads its own rows here.
"""
from __future__ import annotations

from typing import Iterable

from core import crypto
from core.his.adapter import Admission, Document, HisAdapter, PatientRef
from core.his.models import HisAdmission, HisDocument, HisPatient


class DemoHis(HisAdapter):
    async def find_patient(self, *, id_number: str, name: str) -> PatientRef | None:
        bidx = crypto.blind_index(id_number.strip().upper(), purpose="id_number")
        row = await HisPatient.filter(institution_id=self.institution_id, id_number_bidx=bidx).first()
        if row is None or row.name != name.strip():
            return None
        return PatientRef(ref=str(row.id), mrn=row.mrn)

    async def archived_admissions(self, patient: PatientRef) -> list[Admission]:
        rows = await HisAdmission.filter(patient_id=int(patient.ref), patient__institution_id=self.institution_id,
                                         archived=True).order_by("-admitted_on", "-id")
        return [Admission(id=str(r.id), visit_no=r.visit_no, department=r.department, admitted_on=r.admitted_on,
                          discharged_on=r.discharged_on, diagnosis=r.diagnosis) for r in rows]

    async def documents(self, *, admission_id: str, kinds: Iterable[str]) -> list[Document]:
        if not str(admission_id).isdigit():
            return []
        rows = await HisDocument.filter(admission_id=int(admission_id), kind__in=list(kinds),
                                        admission__patient__institution_id=self.institution_id,
                                        admission__archived=True).order_by("written_at", "id")
        return [Document(kind=r.kind, title=r.title, written_at=r.written_at, sections=list(r.body or []))
                for r in rows]

