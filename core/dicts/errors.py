"""Error codes of the 三大字典 (drugs, diagnoses, charge items): what prescribing, requests and the
console are told when they name a row that is missing, disabled or taken."""
from core.errors import AppError


class DrugUnknown(AppError):
    """details.ids: the drug ids that are not in the formulary."""

    status, code, message = 422, "dicts.drug_unknown", "药品不存在"


class DrugDisabled(AppError):
    """details.ids and details.names: drugs that exist but are disabled (停用)."""

    status, code, message = 422, "dicts.drug_disabled", "药品已停用"


class DiagnosisUnknown(AppError):
    """details.codes: ICD-10 codes that are not in the diagnosis dictionary."""

    status, code, message = 422, "dicts.diagnosis_unknown", "诊断不存在"


class DiagnosisDisabled(AppError):
    status, code, message = 422, "dicts.diagnosis_disabled", "诊断已停用"


class ChargeItemUnknown(AppError):
    status, code, message = 422, "dicts.charge_item_unknown", "收费项目不存在"


class ChargeItemDisabled(AppError):
    status, code, message = 422, "dicts.charge_item_disabled", "收费项目已停用"


class MedicalCodeTaken(AppError):
    """details.dictionary and details.code: another row of that dictionary has the code."""

    status, code, message = 409, "dicts.medical_code_taken", "编码已存在"


class TooMany(AppError):
    status, code, message = 422, "dicts.too_many", "一次最多处理 200 项"
