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
