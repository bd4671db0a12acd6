"""Request and answer shapes of prescriptions: the doctor's prescribing (workstation), the
pharmacist's review, the patient's view. Every string, list and number an edge accepts is
bounded here.

Bounds and why:
- a western (西药/中成药) prescription holds at most 5 drugs (《处方管理办法》第六条: 每张处方不得超过5种药品);
  a herbal one (中草药) at most 30 herbs, 1–30 doses (付);
- days 1–30: 《处方管理办法》第十九条 allows 7 days normally and longer for chronic illness; an
  internet prescription is a follow-up one (复诊), so 30 days is the cap, 7 the default the
  workstation offers;
- a dose is > 0 and at most 100000 of its unit (the rules judge the range; this only stops
  nonsense), a quantity 1–999 selling units, a weight 0.5–300 kg, gestation 1–45 weeks.
"""
from __future__ import annotations

import datetime as _dt
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from core.inputs import Id
from core.outputs import Out, Page
from core.rx.context import FREQUENCIES

MAX_WESTERN_ITEMS = 5
MAX_HERBAL_ITEMS = 30
MAX_DAYS = 30
MAX_DIAGNOSES = 5
MAX_REQUEST_ITEMS = 10
REASON_MAX = 500
StateName = Literal["draft", "pending_review", "approved", "rejected", "appealed", "void", "revoked", "expired"]
KindName = Literal["western", "herbal"]
FrequencyCode = Literal[tuple(FREQUENCIES)]  # type: ignore[valid-type]
ShortText = Field(default="", max_length=40)


class In(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


# ---------------------------------------------------------------- prescribing: in

class ClinicalIn(In):
    """The patient's state at prescribing, recorded on the prescription (age and sex come from the 就诊人)."""
    weight_kg: Decimal | None = Field(default=None, ge=Decimal("0.5"), le=Decimal(300), decimal_places=2,
                                      description="体重 kg")
    pregnancy: Literal["none", "pregnant", "lactating"] = Field(default="none",
                                                                description="none 无 / pregnant 妊娠期 / lactating 哺乳期")
    gestation_weeks: int | None = Field(default=None, ge=1, le=45, description="孕周（妊娠期必填）")
    allergies: list[str] = Field(default_factory=list, max_length=20,
                                 description="过敏史：知识库的药物或类别键（penicillin），或文字")
    current_medication: list[str] = Field(default_factory=list, max_length=20, description="正在使用的药物（知识库键）")

    @field_validator("allergies", "current_medication")
    @classmethod
    def _short(cls, v: list[str]) -> list[str]:
        out = []
        for s in v:
            s = s.strip()
            if not s or len(s) > 40:
                raise ValueError("每项 1–40 个字符")
            if s not in out:
                out.append(s)
        return out

    @model_validator(mode="after")
    def _gestation(self):
        if self.pregnancy == "pregnant" and self.gestation_weeks is None:
            raise ValueError("妊娠期请填写孕周（gestation_weeks）")
        if self.pregnancy != "pregnant" and self.gestation_weeks is not None:
            raise ValueError("只有妊娠期需要孕周")
        return self


class ItemIn(In):
    drug_id: Id
    dose: Decimal = Field(gt=0, le=Decimal(100000), decimal_places=3, description="单次剂量（药品的剂量单位）；中草药为每付克数")
    frequency: FrequencyCode = Field(default="qd", description="频次：qd bid tid qid q8h q12h q6h qn qod qw prn once")
    days: int = Field(default=7, ge=1, le=MAX_DAYS, description="天数 1–30（中草药以付数为准）")
    quantity: int | None = Field(default=None, ge=1, le=999, description="发药数量（售卖单位）；缺省按剂量×频次×天数计算")
    route: str = Field(default="", max_length=16, description="给药途径；缺省为药品的默认途径")
    group_no: int | None = Field(default=None, ge=1, le=9, description="同组输液的组号（配伍检查）")
    note: str = Field(default="", max_length=100, description="备注；中草药为煎法（先煎、后下）")
    override_reason: str = Field(default="", max_length=200, description="超常规剂量的理由（医生确认）")


class PrescriptionBody(In):
    kind: KindName = Field(default="western", description="western 西药/中成药 / herbal 中草药")
    clinical: ClinicalIn = Field(default_factory=ClinicalIn)
    diagnoses: list[str] = Field(min_length=1, max_length=MAX_DIAGNOSES, description="ICD-10 诊断编码 1–5 个")
    items: list[ItemIn] = Field(min_length=1, max_length=MAX_HERBAL_ITEMS)
    herbal_doses: int | None = Field(default=None, ge=1, le=30, description="中草药付数")
    herbal_usage: str = Field(default="", max_length=200, description="中草药用法：水煎服，每日一剂，分两次温服")
    note: str = Field(default="", max_length=500, description="嘱托")

    @field_validator("diagnoses")
    @classmethod
    def _codes(cls, v: list[str]) -> list[str]:
        out = []
        for c in v:
            c = c.strip().upper()
            if not c or len(c) > 16:
                raise ValueError("诊断编码 1–16 个字符")
            if c not in out:
                out.append(c)
        return out

    @model_validator(mode="after")
    def _per_kind(self):
        if self.kind == "western":
            if len(self.items) > MAX_WESTERN_ITEMS:
                raise ValueError(f"西药/中成药处方最多 {MAX_WESTERN_ITEMS} 种药品")
            if self.herbal_doses is not None or self.herbal_usage:
                raise ValueError("付数和煎服法只用于中草药处方")
        else:
            if self.herbal_doses is None:
                raise ValueError("中草药处方请填写付数（herbal_doses）")
        if len({i.drug_id for i in self.items}) != len(self.items):
            raise ValueError("同一药品在一张处方中只能开一次")
        return self


class PrescriptionIn(PrescriptionBody):
    consult_order_id: Id = Field(description="问诊订单（图文或视频，进行中）")


class CopyIn(In):
    consult_order_id: Id
    prescription_id: Id = Field(description="该患者的历史处方：复制为本次问诊的新草稿")


class AppealIn(In):
    reason: str = Field(min_length=2, max_length=REASON_MAX, description="申诉理由")


class ReviewIn(In):
    decision: Literal["pass", "reject"]
    reasons: list[str] = Field(default_factory=list, max_length=8, description="不通过的理由（字典 rx_reject_reason 的编码）")
    note: str = Field(default="", max_length=REASON_MAX, description="审核意见")

    @model_validator(mode="after")
    def _reasons(self):
        if self.decision == "pass" and self.reasons:
            raise ValueError("审核通过不需要理由")
        return self


class InterveneIn(In):
    reasons: list[str] = Field(min_length=1, max_length=8, description="干预理由（字典 rx_reject_reason 的编码）")
    note: str = Field(default="", max_length=REASON_MAX)


class ExamRequestIn(In):
    consult_order_id: Id
    kind: Literal["lab", "imaging"] = Field(description="lab 检验 / imaging 检查")
    items: list[Id] = Field(min_length=1, max_length=MAX_REQUEST_ITEMS, description="收费项目 id")
    clinical: str = Field(default="", max_length=500, description="临床摘要、检查目的")
    diagnoses: list[str] = Field(default_factory=list, max_length=MAX_DIAGNOSES)

    @field_validator("items")
    @classmethod
    def _distinct(cls, v: list[int]) -> list[int]:
        if len(set(v)) != len(v):
            raise ValueError("收费项目重复")
        return v


class RxListQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")
    state: StateName | None = None


class QueueQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")
    state: Literal["pending_review", "appealed"] | None = Field(default=None, description="缺省：两者都有")


class CatalogueQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")
    q: str = Field(default="", max_length=40)
    kind: Literal["western", "chinese_patent", "herbal"] | None = None
    category: Literal["lab", "imaging", "service", "material", "delivery"] | None = None


# ---------------------------------------------------------------- answers

class ItemOut(Out):
    seq: int
    drug_id: int
    drug_name: str
    strength: str
    form: str
    dose: Decimal
    dose_unit: str
    frequency: str
    frequency_label: str
    days: int
    route: str
    quantity: int
    unit: str
    price_fen: int
    amount_fen: int
    group_no: int | None
    note: str
    override_reason: str


class DiagnosisOut(Out):
    code: str
    name: str


class FindingOut(Out):
    rule_id: int
    rule_code: str
    version: int
    kind: str
    severity: str
    message: str
    items: list[int]


class ClinicalOut(Out):
    sex: str
    age_months: int | None
    age_label: str
    weight_kg: Decimal | None
    pregnancy: str
    pregnancy_label: str
    gestation_weeks: int | None
    allergies: list[str]
    current_medication: list[str]


class ReviewOut(Out):
    id: int
    round: int
    kind: str  # auto / pharmacist / intervention
    ruleset_version: int | None
    findings: list[FindingOut]
    decision: str
    reasons: list[str]
    reason_labels: list[str]
    note: str
    pharmacist_name: str
    signed: bool
    created_at: _dt.datetime


class AppealOut(Out):
    id: int
    reason: str
    state: str
    created_at: _dt.datetime


class EventOut(Out):
    event: str
    label: str
    actor_type: str
    actor_name: str
    note: str
    order_id: int | None
    item_seq: int | None
    data: dict
    at: _dt.datetime


class SignatureCheckOut(Out):
    """The doctor's signature as verified now, with the public key only."""
    valid: bool
    reason: str  # ok / altered / bad_signature / revoked / missing / unsigned
    signer: str
    signed_at: _dt.datetime | None


class RxRowOut(Out):
    id: int
    number: str
    kind: str
    kind_label: str
    state: str
    state_label: str
    patient_id: int
    patient_name: str
    doctor_id: int
    doctor_name: str
    department_name: str
    diagnoses: list[DiagnosisOut]
    drugs: str  # the drugs' names, comma separated
    total_fen: int
    finding_level: str
    problem: bool
    modified: bool
    appealed: bool
    version: int
    previous_id: int | None
    consult_order_id: int | None
    created_at: _dt.datetime
    signed_at: _dt.datetime | None
    reviewed_at: _dt.datetime | None


class RxDetailOut(RxRowOut):
    clinical: ClinicalOut
    items: list[ItemOut]
    herbal_doses: int | None
    herbal_usage: str
    note: str
    checks: list[FindingOut]  # the rules' findings: of the draft now, or of the last automatic review
    reviews: list[ReviewOut]
    appeals: list[AppealOut]
    timeline: list[EventOut]
    signature: SignatureCheckOut
    digest: str
    valid_until: _dt.datetime | None
    can_edit: bool
    can_sign: bool
    can_revoke: bool
    can_accept: bool
    can_appeal: bool
    can_review: bool
    can_intervene: bool


class RxPageOut(Page[RxRowOut]):
    pass


class ExamRequestOut(Out):
    id: int
    number: str
    kind: str
    state: str
    consult_order_id: int | None
    patient_id: int
    doctor_name: str
    items: list[dict]
    clinical: str
    diagnoses: list[DiagnosisOut]
    total_fen: int
    signed_at: _dt.datetime | None
    signature: SignatureCheckOut
    created_at: _dt.datetime


class ClinicalDefaultsOut(Out):
    sex: str
    age_months: int | None
    age_label: str
    weight_kg: Decimal | None
    pregnancy: str
    gestation_weeks: int | None
    allergies: list[str]
    current_medication: list[str]
    from_prescription_id: int | None


class OrderRxOut(Out):
    """A consultation as the prescribing panel opens it."""
    consult_order_id: int
    order_state: str
    patient_id: int
    patient_name: str
    can_prescribe: bool
    clinical: ClinicalDefaultsOut
    prescriptions: list[RxRowOut]
    requests: list[ExamRequestOut]
    history: list[RxRowOut]


class ReasonOut(Out):
    code: str
    label: str


class PatientRxRowOut(Out):
    id: int
    number: str
    kind_label: str
    state: str
    state_label: str
    patient_name: str  # masked
    doctor_name: str
    department_name: str
    institution_name: str
    drugs: str
    total_fen: int
    created_at: _dt.datetime
    valid_until: _dt.datetime | None
    can_buy: bool


class PatientRecordOut(Out):
    chief_complaint: str
    present_history: str
    past_history: str
    diagnosis: list
    advice: str
    doctor_name: str
    signed_at: _dt.datetime | None
    signature_valid: bool  # the doctor's signature over the record, verified now


class PatientRxOut(PatientRxRowOut):
    diagnoses: list[DiagnosisOut]
    items: list[ItemOut]
    herbal_doses: int | None
    herbal_usage: str
    note: str
    record: PatientRecordOut | None
    timeline: list[EventOut]
    signature: SignatureCheckOut
    pharmacist_name: str
    order_id: int | None  # core/pharmacy RxOrder, when one was placed


class PatientRxPageOut(Page[PatientRxRowOut]):
    pass
