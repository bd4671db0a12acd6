"""Error codes of the visit assistant: visits, steps, to-dos, patient actions and the quarantine."""
from core.errors import AppError


class VisitNotFound(AppError):
    """Also what somebody who may not see a visit gets: no existence leak."""

    status, code, message = 404, "visits.not_found", "就诊记录不存在"


class NotAllowed(AppError):
    status, code, message = 403, "visits.not_allowed", "只有就诊人本人可以办理此操作"


class ActionUnavailable(AppError):
    status, code, message = 409, "visits.action_unavailable", "当前就诊环节不能办理此操作"


class UnknownAction(AppError):
    status, code, message = 404, "visits.unknown_action", "不支持的操作"


class AssistantClosed(AppError):
    status, code, message = 409, "visits.assistant_closed", "该医疗机构未开通门诊就医助手"


class StepConfigInvalid(AppError):
    status, code, message = 422, "visits.step_config_invalid", "就诊环节配置有误"


class InstitutionNotFound(AppError):
    status, code, message = 404, "visits.institution_not_found", "医疗机构不存在"


class EventNotFound(AppError):
    status, code, message = 404, "visits.event_not_found", "隔离事件不存在"


class AppointmentNotFound(AppError):
    """Also what somebody who may not see the appointment gets."""

    status, code, message = 404, "visits.appointment_not_found", "预约不存在"


class AppointmentNotCancellable(AppError):
    status, code, message = 409, "visits.appointment_not_cancellable", "已签到或已就诊的预约不能取消"


class DayOutOfRange(AppError):
    status, code, message = 422, "visits.day_out_of_range", "只能预约今天起两周内的号源"


class BookingClosed(AppError):
    status, code, message = 409, "visits.booking_closed", "该医疗机构未开通门诊预约"
