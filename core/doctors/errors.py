"""Error codes of the internet hospital's catalogue (seed 004: departments, doctors, services,
schedules, follows, informed consent)."""
from core.errors import AppError


class DepartmentUnavailable(AppError):
    """A department that does not exist, is not in the caller's scope or is disabled (details.department_id)."""

    status, code, message = 404, "doctors.department_unavailable", "科室不存在、已停用或不在管辖范围内"


class DepartmentExists(AppError):
    status, code, message = 409, "doctors.department_exists", "该机构已有相同编码的科室（含回收站中的科室）"


class NotAHospital(AppError):
    status, code, message = 422, "doctors.not_a_hospital", "只有医疗机构可以设置科室"


class SiteNotListed(AppError):
    """A schedule slot at a department that is not one of the doctor's practice sites."""

    status, code, message = 422, "doctors.site_not_listed", "排班科室不是该医生的执业科室"


class MonthInvalid(AppError):
    status, code, message = 422, "doctors.month_invalid", "排班日期不在所选月份内"


class DoctorUnavailable(AppError):
    """For patients: a doctor who does not exist or is not listed (disabled)."""

    status, code, message = 404, "doctors.doctor_unavailable", "医生不存在或暂停服务"


class AccountLinked(AppError):
    status, code, message = 409, "doctors.account_linked", "该医生已有工作站登录账号"


class PatientOnly(AppError):
    status, code, message = 403, "doctors.patient_only", "关注医生与知情同意仅限小程序（患者）用户使用"


class ConsentRequired(AppError):
    """The account has not accepted the current informed consent (details.version: the one to accept)."""

    status, code, message = 409, "doctors.consent_required", "请先阅读并同意互联网诊疗知情同意书"


class ConsentOutdated(AppError):
    """Accepting a version that is not the current one (details.current)."""

    status, code, message = 409, "doctors.consent_outdated", "知情同意书已更新，请阅读最新版本后再同意"


class ConsentUnpublished(AppError):
    status, code, message = 404, "doctors.consent_unpublished", "互联网诊疗知情同意书尚未发布，暂不能下单"



class UnknownConsultation(AppError):
    status, code, message = 404, "doctors.consultation_unknown", "没有该问诊订单的记录"


class ScoreInvalid(AppError):
    status, code, message = 422, "doctors.score_invalid", "评分应为 1 到 5 分"
