"""Request and answer shapes of video rooms (both faces: the phone and the workstation)."""
from __future__ import annotations

import datetime as _dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from core.inputs import Id
from core.outputs import Out


class In(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class PresenceIn(In):
    present: bool = Field(description="true：已进入房间（媒体已连通）；false：已离开")
    reason: Literal["", "network_change", "reconnect", "hangup", "closed"] = ""


class QualityIn(In):
    """One connection-quality sample from a client's WebRTC statistics."""
    rtt_ms: int | None = Field(default=None, ge=0, le=60_000)
    packet_loss_pct: float | None = Field(default=None, ge=0, le=100)
    jitter_ms: int | None = Field(default=None, ge=0, le=60_000)
    bitrate_kbps: int | None = Field(default=None, ge=0, le=100_000)
    fps: float | None = Field(default=None, ge=0, le=240)
    level: Literal["good", "fair", "poor", "lost"] = Field(description="客户端据以上数值给出的等级")


class InviteIn(In):
    role: Literal["relative", "guest_doctor"] = Field(description="relative 陪诊亲友（患者邀请）；guest_doctor 会诊医生（医生邀请）")
    publish_audio: bool = True
    publish_video: bool = True
    note: str = Field(default="", max_length=32, description="称呼，如“女儿”")
    doctor_id: Id | None = Field(default=None, description="会诊医生（role=guest_doctor 时必填）")


class AcceptIn(In):
    token: str = Field(min_length=16, max_length=64)
    display: str = Field(default="", max_length=16, description="在房间中显示的称呼；缺省用邀请时的称呼")


class TokenIn(In):
    token: str = Field(min_length=16, max_length=64)


class PermissionsOut(Out):
    publish_audio: bool
    publish_video: bool
    subscribe: bool


class JoinOut(Out):
    provider: Literal["janus", "trtc", "builtin"]
    expires_at: _dt.datetime
    participant_id: int
    role: str
    display: str
    room_id: int
    topic: str = Field(description="实时网关的房间主题（进出、移出、录制、结束）")
    permissions: PermissionsOut
    media: dict[str, Any] = Field(description="媒体服务的入会参数：janus（server, token, room, pin, allowed_token, "
                                              "feed, ice_servers）、trtc（sdk_app_id, user_id, user_sig, "
                                              "private_map_key, room_id）或 builtin（server, token, room, peer）")


class ParticipantOut(Out):
    id: int
    role: str
    role_label: str
    display: str
    state: str
    present: bool
    publish_audio: bool
    publish_video: bool
    provider_user: str
    recording_consent: bool | None
    joined_at: str | None


class RoomOut(Out):
    id: int
    provider: str
    subject_type: str = Field(description="房间所属的业务，如 consult.order（问诊订单）")
    subject_id: int = Field(description="业务编号（问诊订单号）")
    state: str
    recording: bool
    started_at: str | None
    ended_at: str | None
    participants: list[ParticipantOut]


class InvitationOut(Out):
    id: int
    role: str
    token: str = Field(description="只返回这一次：分享链接或小程序卡片携带；单次有效")
    link: str
    qr_png: str = Field(default="", description="分享链接的二维码，PNG 的 base64（陪诊亲友的链接；会诊医生的链接为空）")
    expires_at: _dt.datetime


class InvitationPreviewOut(Out):
    role: str
    note: str
    inviter: str
    expires_at: _dt.datetime
    valid: bool


class OkOut(Out):
    ok: bool = True


class ConsentIn(In):
    consent: bool = Field(description="是否同意本次视频被录制（可随时撤回；撤回即停止录制）")


class RecordingIn(In):
    on: bool = Field(description="true 开始录制（需全部成员同意），false 停止")


class RecordingOut(Out):
    id: int
    kind: str
    content_type: str
    bytes: int
    recorded_at: _dt.datetime
    retain_until: _dt.date
    participant: str
    role: str


class RecordingLinkOut(Out):
    url: str = Field(description="签名的临时播放地址")
    expires_in: int
