"""Error codes of online consultations."""
from core.errors import AppError


class OrderNotFound(AppError):
    status, code, message = 404, "consult.order_not_found", "问诊订单不存在"


class IllegalTransition(AppError):
    status, code, message = 409, "consult.illegal_transition", "订单当前状态不能进行此操作"


class ServiceUnavailable(AppError):
    status, code, message = 409, "consult.service_unavailable", "该医生暂未开通此项服务"


class DepartmentUnavailable(AppError):
    status, code, message = 409, "consult.department_unavailable", "该医生不在此科室出诊"


class TooManyOpenOrders(AppError):
    status, code, message = 409, "consult.too_many_open_orders", "您已有该医生未完成的问诊订单，请先完成或取消"


class NotADoctor(AppError):
    status, code, message = 403, "consult.not_a_doctor", "当前账号未关联医生，不能使用医生工作站"


class RecordIncomplete(AppError):
    status, code, message = 409, "consult.record_incomplete", "请先填写病历（主诉和诊断）再结束服务"


class AlreadyRated(AppError):
    status, code, message = 409, "consult.already_rated", "该问诊已评价"


class TransferRefused(AppError):
    status, code, message = 409, "consult.transfer_refused", "不能转诊给该医生"


class NothingToPay(AppError):
    status, code, message = 409, "consult.nothing_to_pay", "该订单无需支付"


class RefundNotFinal(AppError):
    status, code, message = 409, "consult.refund_not_final", "问诊尚未结束，不能在后台退款（请由医生或患者取消订单，系统将自动全额退款）"


class NotPaid(AppError):
    status, code, message = 409, "consult.not_paid", "该订单没有可退款的支付"


class SlotRequired(AppError):
    status, code, message = 422, "consult.slot_required", "视频问诊请选择预约时段"


class SlotUnavailable(AppError):
    status, code, message = 409, "consult.slot_unavailable", "该时段不可预约（已过期或医生未在此时段出诊）"


class SlotFull(AppError):
    status, code, message = 409, "consult.slot_full", "该时段号源已满，请选择其他时段"


class CheckInTooEarly(AppError):
    status, code, message = 409, "consult.check_in_too_early", "还未到签到时间"


class SlotOver(AppError):
    status, code, message = 409, "consult.slot_over", "该时段已结束"


class CallInProgress(AppError):
    status, code, message = 409, "consult.call_in_progress", "您正在呼叫或接诊另一位患者，请先结束当前视频"


class QueueEmpty(AppError):
    status, code, message = 409, "consult.queue_empty", "候诊室暂无已签到的患者"


class NotVideo(AppError):
    status, code, message = 409, "consult.not_video", "该订单不是视频问诊"


class NotCalled(AppError):
    status, code, message = 409, "consult.not_called", "医生尚未呼叫您，请在候诊室等待叫号"
