"""Who is asking for a record copy: identity verification of the patient.

Why: a record copy is among the most sensitive things a hospital hands out.
Seed 003 (患者身份信息认证) asks for several checks at once, to keep out junk and
malicious requests, and for the district's identity platform to be able to
take over. So the checks sit behind `IdentityVerifier`; the one configured
(RECORDS_IDENTITY_VERIFIER, a name registered here) answers, and every answer
is stored as an IdentityCheck with its evidence, passed or failed.

The built-in `FaceIdVerifier`:

1. the ID number typed from the card has a valid check digit (GB 11643) and is
   the one of the patient (就诊人) on file; the name typed is the patient's;
2. the photo of the ID card shows exactly one usable face;
3. the live capture shows exactly one usable face;
4. the two faces are closer than FACE_THRESHOLD (face_recognition, the same
   engine and process pool as the exam's face verification).

The cheap checks run first: a wrong ID number costs no face analysis. A failed
check names every reason found, with codes the phone can act on; the distance
is kept for the record room, not shown to the person (it would help tune a
spoof).
"""
from __future__ import annotations

import abc
import asyncio
from dataclasses import dataclass, field

from core import idcard
from core.family.models import Patient
from core.records.schemas import IdentityProblemOut
from core.registry import Registry
from core.proctoring import service as proctoring_service
from core.settings import get_settings
from media import face, uploads

REASONS = {
    "id_invalid": "身份证号无效：{detail}",
    "id_mismatch": "身份证号与就诊人登记的不一致",
    "name_mismatch": "姓名与就诊人登记的不一致",
    "patient_id_invalid": "就诊人登记的身份证号无效，请先修改就诊人信息",
    "id_photo_no_face": "身份证照片中未检测到人像，请拍摄身份证人像面",
    "id_photo_several_faces": "身份证照片中有多个人像，请只拍摄身份证人像面",
    "id_photo_poor_quality": "身份证照片不清晰：{detail}",
    "face_no_face": "未检测到人脸，请正对镜头，保持面部完整出现在画面中",
    "face_several_faces": "画面中有多张人脸，请确保只有本人出现在画面中",
    "face_poor_quality": "人脸照片不合格：{detail}",
    "face_mismatch": "人脸与身份证照片不一致",
}


@dataclass
class Verdict:
    """What a verifier found. `problems` empty means passed."""

    verifier: str
    problems: list[tuple[str, str]] = field(default_factory=list)  # (code, message)
    distance: float | None = None
    threshold: float | None = None
    id_photo: bytes | None = None  # the cleaned photos, for the record
    face_photo: bytes | None = None

    @property
    def passed(self) -> bool:
        return not self.problems

    def fail(self, code: str, detail: str = "") -> None:
        self.problems.append((code, REASONS[code].format(detail=detail)))


class IdentityVerifier(abc.ABC):
    name = ""

    @abc.abstractmethod
    async def verify(self, *, patient: Patient, id_photo: bytes, face_photo: bytes, id_number: str | None,
                     name: str | None) -> Verdict:
        """Judge the person. Raise only for input that is not what it claims (not an image);
        every failed check is a problem in the verdict."""


def check_identity_fields(verdict: Verdict, patient: Patient, id_number: str | None, name: str | None) -> None:
    """The ID number and name checks, shared by verifiers that take typed values."""
    problem = idcard.problem(patient.id_number or "")
    if problem:
        verdict.fail("patient_id_invalid")
    if id_number is not None:
        typed_problem = idcard.problem(id_number)
        if typed_problem:
            verdict.fail("id_invalid", typed_problem)
        elif not problem and idcard.normalize(id_number) != idcard.normalize(patient.id_number):
            verdict.fail("id_mismatch")
    if name is not None and name.strip() != patient.name:
        verdict.fail("name_mismatch")


def _quality(check: face.FaceCheck) -> str:
    return "；".join(check.reasons)


class FaceIdVerifier(IdentityVerifier):
    name = "face"

    async def verify(self, *, patient: Patient, id_photo: bytes, face_photo: bytes, id_number: str | None,
                     name: str | None) -> Verdict:
        verdict = Verdict(verifier=self.name, threshold=get_settings().face_threshold)
        # Both uploads are proven images (decoded, re-encoded without metadata) before anything else.
        verdict.id_photo = await asyncio.to_thread(uploads.sanitize_image, id_photo)
        verdict.face_photo = await asyncio.to_thread(uploads.sanitize_image, face_photo)
        check_identity_fields(verdict, patient, id_number, name)
        if not verdict.passed:
            return verdict
        id_check, id_encoding = await proctoring_service.in_face_pool(face.analyse, verdict.id_photo)
        live_check, live_encoding = await proctoring_service.in_face_pool(face.analyse, verdict.face_photo)
        for prefix, check in (("id_photo", id_check), ("face", live_check)):
            if check.ok:
                continue
            outcome = check.outcome  # no_face / several_faces / poor_quality
            verdict.fail(f"{prefix}_{outcome}", _quality(check))
        if id_encoding is not None and live_encoding is not None:
            verdict.distance = round(face.distance(id_encoding, live_encoding), 4)
            if verdict.distance > verdict.threshold:
                verdict.fail("face_mismatch")
        return verdict


VERIFIERS: Registry[IdentityVerifier] = Registry("RECORDS_IDENTITY_VERIFIER")
VERIFIERS.register("face", FaceIdVerifier)


def get_verifier() -> IdentityVerifier:
    return VERIFIERS.create(get_settings().records_identity_verifier)


def problems_view(verdict: Verdict) -> list[IdentityProblemOut]:
    return [IdentityProblemOut(code=c, message=m) for c, m in verdict.problems]
