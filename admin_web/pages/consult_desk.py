"""The doctor's 诊室 for online consultations (seed 004 医生移动端 2–3, 12–13, 15, 18–19, 24): the queue
by tab (新接诊, 问诊中, 即将结束, 已结束) with unread counts, one consultation with the patient's
description, the chat, the record with the patient's history, and accept / reject / cancel /
transfer / end — one page, usable at a desk and on a phone.

Why one page driven by script (admin_web/static/consult-desk.js) rather than form posts: a doctor
talks with several patients at once, and every message, new order and change must show the
moment it happens without losing what is being typed. The page reads the same JSON API as any
client (/api/admin/v1/workstation/consult, /api/admin/v1/conversations) and follows the realtime
socket (admin_web/static/realtime.js: `doctor:<id>` for the queue, `conversation:<id>` for the
open chat), polling while the socket is down. The services decide everything.
"""
from __future__ import annotations

from sanic import Request
from sanic.response import redirect

from admin_web.pages import blueprint as bp
from admin_web.pages.common import page, render
from admin_web.pages.rx_doctor import panel_context, panel_names
from core.consult import desk
from core.doctors import workbench
from core.doctors.models import TITLE_LABELS
from core.doctors.service import sites_of


@bp.get("/workstation/consult")
@page
async def consult_desk(request: Request):
    doctor = await desk.me(request.ctx.actor)
    rx_id = (request.args.get("rx") or "").strip()
    if rx_id.isdigit() and len(rx_id) < 12:  # the 处方审核提醒 link: the prescription in 我的处方
        return redirect(f"/admin/workstation/rx?id={int(rx_id)}")
    sites = (await sites_of([doctor.id])).get(doctor.id, [])
    current = await workbench.current_site(doctor.id)
    return await render(request, "admin/workstation/consult.html", doctor=doctor,
                        title_label=TITLE_LABELS[doctor.title], section="/admin/workstation",
                        current_department=current.department_id if current and len(sites) > 1 else None,
                        sites=[{"department_id": s.department_id, "name": s.department.name,
                                "institution": s.institution.name} for s in sites], rx_names=await panel_names(request.ctx.actor), **panel_context())
