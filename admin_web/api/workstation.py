"""The doctor's workstation, the "me" endpoints (seed 004 医生移动端 rows 18–27, 医生工作站 340–350):
my profile and practice sites, switching the current practice site, my schedule by month, my QR
name card (JSON, PNG of the QR code, printable PDF), my statistics, and my templates (quick replies,
record and diagnosis templates). For administrator accounts linked to a doctor; any other account
answers 403 `doctors.not_a_doctor`. The consultation queue and chat come with core/consult."""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic.response import raw
from sanic_ext import openapi

from admin_web.api.guard import admin_required
from core.doctors import schedules, workbench
from core.doctors.schemas import (
    MonthQuery, MonthScheduleOut, NameCardOut, SiteSwitchIn, TemplateEditIn, TemplateIn, TemplateOrderIn, TemplateOut,
    TemplateQuery, TemplatesOut, WorkstationOut, WorkstationStatsOut,
)
from core.http import parse_body, query_model, returns, returns_file
from core.outputs import DeletedOut

bp = Blueprint("admin_workstation", url_prefix="/workstation")


def _body(schema):
    return openapi.body({"application/json": schema.model_json_schema()})


@bp.get("/me")
@returns(WorkstationOut)
@openapi.summary("医生工作站：我的资料、执业科室与当前科室")
@admin_required
async def me(request: Request):
    return await workbench.workstation(actor=request.ctx.actor)


@bp.post("/site")
@returns(WorkstationOut)
@openapi.summary("切换当前执业科室（多点执业；问诊队列按当前科室显示）")
@_body(SiteSwitchIn)
@admin_required
async def switch_site(request: Request):
    return await workbench.switch_site(actor=request.ctx.actor, data=parse_body(request, SiteSwitchIn))


@bp.get("/schedule")
@returns(MonthScheduleOut)
@openapi.summary("我的排班（按月）")
@openapi.parameter("month", str, description="YYYY-MM，默认本月")
@admin_required
async def schedule(request: Request):
    month = query_model(request, MonthQuery).month or schedules.current_month()
    return await workbench.my_schedule(actor=request.ctx.actor, month=month)


@bp.get("/card")
@returns(NameCardOut)
@openapi.summary("我的二维码名片：姓名、职称、科室、医院与患者端医生主页地址")
@admin_required
async def card(request: Request):
    return await workbench.name_card(actor=request.ctx.actor)


def _card_file(request: Request, f: workbench.CardFile):
    disposition = "attachment" if request.args.get("download") in ("1", "true") else "inline"
    return raw(f.data, content_type=f.content_type,
               headers={"Content-Disposition": f"{disposition}; filename*=UTF-8''{f.filename}",
                        "Cache-Control": "private, no-store"})


@bp.get("/card.png")
@returns_file("image/png")
@openapi.summary("名片二维码图片（扫码打开患者端医生主页）；download=1 时作为附件下载")
@admin_required
async def card_png(request: Request):
    return _card_file(request, await workbench.name_card_file(actor=request.ctx.actor, fmt="png"))


@bp.get("/card.pdf")
@returns_file("application/pdf")
@openapi.summary("可打印的名片（A6：照片、姓名、职称、科室、医院、二维码）；download=1 时作为附件下载")
@admin_required
async def card_pdf(request: Request):
    return _card_file(request, await workbench.name_card_file(actor=request.ctx.actor, fmt="pdf"))


@bp.get("/stats")
@returns(WorkstationStatsOut)
@openapi.summary("我的统计：累计问诊、完成的图文咨询与视频问诊人次、综合评分，近 12 个月按月")
@admin_required
async def stats(request: Request):
    return await workbench.statistics(actor=request.ctx.actor)


# ------------------------------------------------------------------ templates

@bp.get("/templates")
@returns(TemplatesOut)
@openapi.summary("我的模板（快捷回复、病历模板、诊断模板）与科室共享模板（只读）")
@openapi.parameter("kind", str, description="reply / record / diagnosis")
@admin_required
async def list_templates(request: Request):
    return await workbench.list_templates(actor=request.ctx.actor, kind=query_model(request, TemplateQuery).kind)


@bp.post("/templates")
@returns(TemplateOut, status=201)
@openapi.summary("新增模板（按类型填写 text / record / items；可共享给本人的一个执业科室）")
@_body(TemplateIn)
@admin_required
async def create_template(request: Request):
    return await workbench.create_template(actor=request.ctx.actor, data=parse_body(request, TemplateIn))


@bp.post("/templates/order")
@returns(TemplatesOut)
@openapi.summary("调整我的某类模板的顺序（列出该类全部模板）")
@_body(TemplateOrderIn)
@admin_required
async def order_templates(request: Request):
    return await workbench.order_templates(actor=request.ctx.actor, data=parse_body(request, TemplateOrderIn))


@bp.get("/templates/<template_id:int>")
@returns(TemplateOut)
@openapi.summary("模板详情（本人的，或共享给本人执业科室的）")
@admin_required
async def get_template(request: Request, template_id: int):
    return await workbench.get_template(actor=request.ctx.actor, template_id=template_id)


@bp.patch("/templates/<template_id:int>")
@returns(TemplateOut)
@openapi.summary("修改我的模板（只改传入的字段；科室共享模板只有作者可以修改）")
@_body(TemplateEditIn)
@admin_required
async def update_template(request: Request, template_id: int):
    return await workbench.update_template(actor=request.ctx.actor, template_id=template_id,
                                           data=parse_body(request, TemplateEditIn))


@bp.delete("/templates/<template_id:int>")
@returns(DeletedOut)
@openapi.summary("删除我的模板")
@admin_required
async def delete_template(request: Request, template_id: int):
    await workbench.delete_template(actor=request.ctx.actor, template_id=template_id)
    return DeletedOut(deleted=True, id=template_id)
