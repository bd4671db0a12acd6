"""The doctor's video consultations (seed 004 医生工作站 2, 医生移动端 3–5, 7): today's video waiting room
with call next / call this one / call again / reject, and the call itself beside the patient's question,
history and the record (the record form and script are 我的诊室's: _record.html, consult-record.js);
an invited doctor (邀请视频会诊) opens /admin/workstation/video/<room id>#invitation=<token>, the link
bff/rooms.py writes, accepts and sees the same call with the order read-only.

Why a page driven by script (admin_web/static/consult-video.js): the queue moves while the doctor
works (patients check in, leave, miss a call) and the call is WebRTC in the browser, so the page
reads the JSON API (/api/admin/v1/workstation/consult/video..., /api/admin/v1/rooms) and follows the
realtime socket (`doctor:<id>`, `room:<id>`); the services decide everything. The video client is the
H5 client's (h5/static/shared/video-room.js, one copy), which joins the media server directly: its
origin is added to this page's connect-src (core/rooms/browser.py), and nowhere else in the console.
"""
from __future__ import annotations

from sanic import Request

from admin_web.pages import blueprint as bp
from admin_web.pages.common import PAGE_HEADERS, page, render
from admin_web.pages.rx_doctor import panel_context, panel_names
from core.consult import desk
from core.doctors.models import TITLE_LABELS
from core.rooms.browser import media_origins
from core.settings import get_settings


def _headers() -> dict[str, str]:
    connect = " ".join(["'self'", *media_origins(get_settings())])
    return {"Content-Security-Policy": PAGE_HEADERS["Content-Security-Policy"] + f"; connect-src {connect}"}


async def _render(request: Request, room_id: int | None):
    doctor = await desk.me(request.ctx.actor)
    return await render(request, "admin/workstation/video.html", doctor=doctor, title_label=TITLE_LABELS[doctor.title],
                        room_id=room_id, section="/admin/workstation", headers=_headers(), rx_names=await panel_names(request.ctx.actor), **panel_context())


@bp.get("/workstation/video")
@page
async def video_desk(request: Request):
    return await _render(request, None)


@bp.get("/workstation/video/<room_id:int>")
@page
async def video_room(request: Request, room_id: int):
    return await _render(request, room_id)
