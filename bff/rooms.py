"""Video rooms over HTTP (core/rooms), one set of handlers for both faces.

Who is in a room is decided by core/rooms from the principal (a patient's or relative's
mini-program/H5 account, a doctor's console account); only the authentication differs, so each
face mounts these routes with its own guard: /api/mp/v1/rooms (bearer token) and
/api/admin/v1/rooms (session + CSRF), as bff/conversations.py does.

A client asks for its join credentials (`POST .../join`) whenever it (re)connects, after a
network change too: they are short-lived and the room stays the same, so a reconnect needs no
new order. It reports presence and connection quality; the room's topic carries both sides'.
"""
from __future__ import annotations

import asyncio
import base64
from collections.abc import Callable

from sanic import Blueprint, Request
from sanic_ext import openapi

from core.errors import ValidationFailed
from core.http import fails, parse_body, returns
from core.rooms.errors import InvitationInvalid, ProviderRefused, ProviderUnavailable
from core.outputs import Items
from core.rooms import recordings
from core.rooms import service as rooms
from core.rooms.schemas import (
    AcceptIn,
    ConsentIn,
    InvitationOut,
    InvitationPreviewOut,
    InviteIn,
    JoinOut,
    OkOut,
    PresenceIn,
    QualityIn,
    RecordingIn,
    RecordingLinkOut,
    RecordingOut,
    RoomOut,
    TokenIn,
)
from core.settings import get_settings

INVITE_LINK = "/h5/#/video/invite?token={token}"  # the token stays in the fragment, out of access logs


def routes(bp: Blueprint, guard: Callable) -> Blueprint:
    @bp.get("/<room_id:int>")
    @returns(RoomOut)
    @openapi.summary("视频房间：状态与成员（角色、是否在房间中、权限、录制同意）")
    @guard
    async def detail(request: Request, room_id: int):
        return await rooms.detail(actor=request.ctx.actor, room_id=room_id)

    @bp.post("/<room_id:int>/join")
    @returns(JoinOut)
    @fails(ProviderUnavailable, ProviderRefused)
    @openapi.summary("取得入会凭证（短时有效；断网、切换网络后重新取得即可重连，无需新订单）")
    @guard
    async def join(request: Request, room_id: int):
        return await rooms.join(actor=request.ctx.actor, room_id=room_id)

    @bp.post("/<room_id:int>/presence")
    @returns(OkOut)
    @openapi.summary("报告已进入（媒体已连通）或已离开房间")
    @openapi.body({"application/json": PresenceIn.model_json_schema()})
    @guard
    async def presence(request: Request, room_id: int):
        body = parse_body(request, PresenceIn)
        await rooms.presence(actor=request.ctx.actor, room_id=room_id, present=body.present,
                             detail={"reason": body.reason} if body.reason else None)
        return {"ok": True}

    @bp.post("/<room_id:int>/quality")
    @returns(OkOut)
    @openapi.summary("报告连接质量（往返时延、丢包、码率、帧率与等级），对方可见")
    @openapi.body({"application/json": QualityIn.model_json_schema()})
    @guard
    async def quality(request: Request, room_id: int):
        body = parse_body(request, QualityIn)
        await rooms.quality(actor=request.ctx.actor, room_id=room_id, stats=body.model_dump(exclude_none=True))
        return {"ok": True}

    @bp.post("/<room_id:int>/invitations")
    @returns(InvitationOut, status=201)
    @openapi.summary("邀请：患者邀请亲友视频陪诊（分享链接，单次有效），医生邀请其他医生视频会诊")
    @openapi.body({"application/json": InviteIn.model_json_schema()})
    @guard
    async def invite(request: Request, room_id: int):
        body = parse_body(request, InviteIn)
        if body.role == "guest_doctor":
            if body.doctor_id is None:
                raise ValidationFailed(details={"errors": [{"path": "doctor_id", "message": "请选择会诊医生",
                                                            "type": "missing"}]})
            inv, token = await rooms.invite_doctor(actor=request.ctx.actor, room_id=room_id,
                                                   doctor_id=body.doctor_id, publish_audio=body.publish_audio,
                                                   publish_video=body.publish_video)
        else:
            inv, token = await rooms.invite(actor=request.ctx.actor, room_id=room_id, role=body.role,
                                            publish_audio=body.publish_audio, publish_video=body.publish_video,
                                            note=body.note)
        qr = ""
        if inv.role == "relative":
            link = get_settings().public_base_url + INVITE_LINK.format(token=token)
            from media.documents import qr_png  # the QR library loads only when a link is made

            qr = base64.b64encode(await asyncio.to_thread(qr_png, link)).decode()  # for the relative's phone to scan
        else:
            link = f"/admin/workstation/video/{room_id}#invitation={token}"
        return {"id": inv.id, "role": inv.role, "token": token, "link": link, "qr_png": qr,
                "expires_at": inv.expires_at}

    @bp.post("/invitations/preview")
    @returns(InvitationPreviewOut)
    @fails(InvitationInvalid)
    @openapi.summary("查看邀请（谁邀请、称呼、是否仍有效）；令牌放在请求体中，不进访问日志")
    @openapi.body({"application/json": TokenIn.model_json_schema()})
    @guard
    async def preview(request: Request):
        body = parse_body(request, TokenIn)
        return await rooms.preview(token=body.token)

    @bp.post("/invitations/accept")
    @returns(RoomOut)
    @fails(InvitationInvalid)
    @openapi.summary("接受邀请，成为房间成员（单次有效；过期、已用、已撤销或非本人的邀请被拒绝）")
    @openapi.body({"application/json": AcceptIn.model_json_schema()})
    @guard
    async def accept(request: Request):
        body = parse_body(request, AcceptIn)
        p = await rooms.accept(actor=request.ctx.actor, token=body.token, display=body.display)
        return await rooms.detail(actor=request.ctx.actor, room_id=p.room_id)

    @bp.delete("/<room_id:int>/participants/<participant_id:int>")
    @returns(RoomOut)
    @fails(ProviderUnavailable, ProviderRefused)
    @openapi.summary("立即移出成员（医生可移出亲友、会诊医生；患者可移出亲友）；被移出者不能再以原凭证进入")
    @guard
    async def remove(request: Request, room_id: int, participant_id: int):
        await rooms.remove(actor=request.ctx.actor, room_id=room_id, participant_id=participant_id)
        return await rooms.detail(actor=request.ctx.actor, room_id=room_id)

    @bp.post("/<room_id:int>/recording-consent")
    @returns(RoomOut)
    @fails(ProviderUnavailable, ProviderRefused)
    @openapi.summary("同意或不同意本次视频被录制（撤回同意即停止录制）")
    @openapi.body({"application/json": ConsentIn.model_json_schema()})
    @guard
    async def consent(request: Request, room_id: int):
        body = parse_body(request, ConsentIn)
        return await recordings.consent(actor=request.ctx.actor, room_id=room_id, consent=body.consent)

    @bp.post("/<room_id:int>/recording")
    @returns(RoomOut)
    @fails(ProviderUnavailable, ProviderRefused)
    @openapi.summary("接诊医生开始（需全部成员同意）或停止录制；房间内会公告")
    @openapi.body({"application/json": RecordingIn.model_json_schema()})
    @guard
    async def recording(request: Request, room_id: int):
        body = parse_body(request, RecordingIn)
        return await recordings.set_recording(actor=request.ctx.actor, room_id=room_id, on=body.on)

    @bp.get("/<room_id:int>/recordings")
    @returns(Items[RecordingOut])
    @openapi.summary("本房间的录像（每位成员的音频、视频各一段）")
    @guard
    async def recording_list(request: Request, room_id: int):
        return {"items": await recordings.recordings(actor=request.ctx.actor, room_id=room_id)}

    @bp.post("/<room_id:int>/recordings/<recording_id:int>/view")
    @returns(RecordingLinkOut)
    @openapi.summary("播放录像：签名的临时地址（每次查看都记入审计日志）")
    @guard
    async def recording_view(request: Request, room_id: int, recording_id: int):
        return await recordings.view(actor=request.ctx.actor, room_id=room_id, recording_id=recording_id)

    return bp
