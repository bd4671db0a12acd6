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


# ---------------------------------------------------------------- the doctor's workstation

class NotADoctor(AppError):
    """The workstation is for administrator accounts linked to a doctor (Doctor.account)."""

    status, code, message = 403, "doctors.not_a_doctor", "医生工作站仅供已开通工作站账号的医生使用"


class SiteNotMine(AppError):
    """A department that is not one of the doctor's practice sites (details.department_id)."""

    status, code, message = 422, "doctors.site_not_mine", "该科室不是您的执业科室"


class TemplateNotFound(AppError):
    """A template that does not exist or is not the caller's own (shared ones are read-only)."""

    status, code, message = 404, "doctors.template_not_found", "模板不存在，或为科室共享模板（只读）"


class TemplateLimit(AppError):
    status, code, message = 409, "doctors.template_limit", "该类模板数量已达上限，请先删除不用的模板"


class TemplateBodyInvalid(AppError):
    """An edit whose content is not of the template's kind (details.kind, details.field)."""

    status, code, message = 422, "doctors.template_body_invalid", "模板内容与模板类型不符"


class TemplateOrderInvalid(AppError):
    """A new order that does not list exactly the caller's own templates of the kind (details.missing, details.unknown)."""

    status, code, message = 422, "doctors.template_order_invalid", "排序须包含您该类的全部模板，且只包含这些模板"


class ScheduleBooked(AppError):
    status, code, message = 409, "doctors.schedule_booked", "该时段已有患者预约视频问诊，不能取消或将号源减到预约人数以下"
