"""Error codes of video rooms."""
from core.errors import AppError


class RoomNotFound(AppError):
    status, code, message = 404, "rooms.room_not_found", "视频房间不存在"


class RoomEnded(AppError):
    status, code, message = 409, "rooms.room_ended", "视频已结束"


class NotAParticipant(AppError):
    status, code, message = 403, "rooms.not_a_participant", "您不在此视频房间中"


class ParticipantRemoved(AppError):
    status, code, message = 403, "rooms.participant_removed", "您已被移出视频房间"


class CannotInvite(AppError):
    status, code, message = 403, "rooms.cannot_invite", "您不能邀请他人加入此视频"


class ProviderUnavailable(AppError):
    status, code, message = 503, "rooms.provider_unavailable", "视频服务暂不可用，请稍后再试"


class ProviderRefused(AppError):
    status, code, message = 502, "rooms.provider_refused", "视频服务拒绝了请求"


class InvitationInvalid(AppError):
    status, code, message = 410, "rooms.invitation_invalid", "邀请链接已失效（已使用、已过期或已撤销）"


class EventsRejected(AppError):
    status, code, message = 401, "rooms.events_rejected", "媒体服务器事件未通过认证"


class ConsentMissing(AppError):
    status, code, message = 409, "rooms.recording_consent_required", "录制需要房间内每位成员同意"


class NotAllowedToRecord(AppError):
    status, code, message = 403, "rooms.recording_not_allowed", "只有接诊医生可以开始或停止录制"


class RecordingNotFound(AppError):
    status, code, message = 404, "rooms.recording_not_found", "录像不存在"
