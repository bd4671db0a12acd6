"""Error codes of prescriptions and their review."""
from core.errors import AppError


class PrescriptionNotFound(AppError):
    status, code, message = 404, "rx.not_found", "处方不存在"


class RequestNotFound(AppError):
    status, code, message = 404, "rx.request_not_found", "申请单不存在"


class IllegalTransition(AppError):
    status, code, message = 409, "rx.illegal_transition", "处方当前状态不能进行此操作"


class OrderNotOpen(AppError):
    status, code, message = 409, "rx.order_not_open", "该问诊不在进行中（或已超过开方时限），不能开具处方"


class NotADoctor(AppError):
    status, code, message = 403, "rx.not_a_doctor", "当前账号未关联医生，不能开具处方"


class DoseOverrideRequired(AppError):
    status, code, message = 422, "rx.dose_override_required", "剂量超出常规范围，请填写超量用药理由后再签名"


class HerbalKindMismatch(AppError):
    status, code, message = 422, "rx.kind_mismatch", "药品类别与处方类型不符（中草药与西药/中成药须分开开具）"


class AlreadyAppealed(AppError):
    status, code, message = 409, "rx.already_appealed", "该处方已申诉过一次，只能接受审核意见"


class NotApproved(AppError):
    status, code, message = 409, "rx.not_approved", "处方未经药师审核通过，不能调配或上传"


class AlreadyDispensed(AppError):
    status, code, message = 409, "rx.already_dispensed", "处方已调配发药，不能再干预"


class UnknownReason(AppError):
    status, code, message = 422, "rx.unknown_reason", "审核理由不在字典中"


class ReasonsRequired(AppError):
    status, code, message = 422, "rx.reasons_required", "审核不通过请至少选择一项理由"


class EmptyPrescription(AppError):
    status, code, message = 422, "rx.empty", "处方至少需要一种药品"
