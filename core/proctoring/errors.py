"""Error codes of proctoring (face consent, enrolment, verification)."""
from core.errors import AppError


class ConsentRequired(AppError):
    status, code, message = 409, "proctoring.consent_required", "请先阅读并同意《人脸信息采集与使用告知书》"


class PhotoRejected(AppError):
    """The photo is an image but not a usable face photo; details list every reason."""

    status, code, message = 422, "proctoring.photo_rejected", "照片不符合要求"


class NotEnrolled(AppError):
    status, code, message = 409, "proctoring.not_enrolled", "尚未采集人脸照片，请先完成人脸采集"


class ReleaseRequired(AppError):
    status, code, message = 409, "proctoring.release_required", "人脸核验失败次数已达上限，请联系监考人员人工放行"


class AlreadyVerified(AppError):
    status, code, message = 409, "proctoring.already_verified", "该场考试已通过身份核验"


class EngineBusy(AppError):
    status, code, message = 503, "proctoring.engine_unavailable", "人脸核验服务暂不可用，请稍后重试"


# ------------------------------------------------------------------ proctor review (core/proctoring/review.py)

class IllegalTransition(AppError):
    """details.allowed names the actions possible from the case's state."""

    status, code, message = 409, "proctoring.illegal_transition", "当前状态不能执行该操作"


class ReasonRequired(AppError):
    status, code, message = 422, "proctoring.reason_required", "请填写理由"


class SameReviewer(AppError):
    status, code, message = 403, "proctoring.same_reviewer", "作弊判定须由另一名监考人员复核，不能复核自己的判定"


class SessionInProgress(AppError):
    status, code, message = 409, "proctoring.session_in_progress", "考试尚未结束，交卷后才能给出监考结论"


class AnalysisPending(AppError):
    status, code, message = 409, "proctoring.analysis_pending", "尚有抓拍照片正在分析，分析完成后才能给出监考结论"


class NeedsIndividualReview(AppError):
    status, code, message = (409, "proctoring.needs_individual_review",
                             "该场考试有非本人或多人的照片，不能批量判定无异常，请逐场查看")


# ------------------------------------------------------------------ photos and events during the exam (captures.py)

class NotProctored(AppError):
    """A session no proctor watches (a mock exam): its photos are not taken or kept."""

    status, code, message = 409, "proctoring.not_proctored", "本场为模拟考试，不需要抓拍"


class OutsideWindow(AppError):
    """details.reason: before_start / after_end / in_future / too_late; details name the window."""

    status, code, message = 422, "proctoring.outside_window", "拍摄或记录时间不在本场考试时间范围内"


class QuotaExceeded(AppError):
    """details.kind: captures / events; details.max the limit per session."""

    status, code, message = 409, "proctoring.quota_exceeded", "本场考试上传的数量已超过上限"


class UnknownEvent(AppError):
    status, code, message = 422, "proctoring.unknown_event", "未知的事件类型"
