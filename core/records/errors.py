"""Error codes of medical-record copy requests (seed 003, 一键式病案服务)."""
from core.errors import AppError


class IllegalTransition(AppError):
    """details.state, details.event and details.allowed (the events possible from the state)."""

    status, code, message = 409, "records.illegal_transition", "当前状态不能执行该操作"


class ReasonRequired(AppError):
    status, code, message = 422, "records.reason_required", "驳回时必须填写原因"


class InstitutionUnavailable(AppError):
    status, code, message = 404, "records.institution_unavailable", "该医疗机构暂未开通病案复印服务"


class NoArchivedRecords(AppError):
    """The HIS knows no archived inpatient record of the person: the request stops here."""

    status, code, message = (422, "records.no_archived_records",
                             "未查询到该就诊人在本机构已归档的住院病案，无法申请复印。出院病案一般在出院后7个工作日内归档，"
                             "如有疑问请联系医院病案室")


class IdentityRequired(AppError):
    """No passed, recent identity check of this patient by this account (details.reason)."""

    status, code, message = 409, "records.identity_required", "请先完成身份核验"


class TooManyChecks(AppError):
    status, code, message = 429, "records.too_many_checks", "今日身份核验失败次数过多，请明日再试或到医院病案室办理"


class AdmissionUnknown(AppError):
    status, code, message = 422, "records.admission_unknown", "所选住院记录不存在或尚未归档"


class DictUnknown(AppError):
    """A purpose or content code not in the active dictionary (details.kind, details.code)."""

    status, code, message = 422, "records.dict_unknown", "所选用途或复印内容无效"


class DeliveryInvalid(AppError):
    status, code, message = 422, "records.delivery_invalid", "邮寄信息不完整"


class NoDocuments(AppError):
    status, code, message = 409, "records.no_documents", "HIS中没有所选住院记录的结构化病历，无法生成复印件，请上传扫描件"


class CopyExpired(AppError):
    status, code, message = 410, "records.copy_expired", "病案复印件的下载期限已过，请重新申请"


class NothingToPay(AppError):
    status, code, message = 409, "records.nothing_to_pay", "该申请无需支付"


class UnknownAdapter(AppError):
    status, code, message = 422, "records.unknown_his", "未知的HIS接口类型"


class DepartmentExists(AppError):
    status, code, message = 409, "records.department_exists", "该机构已有相同编码的科室"
