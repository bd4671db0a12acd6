"""我的处方 on the phone (seed 004 居民移动端 处方查看, 医嘱处理时间轴): the prescriptions of one's own
就诊人 and of family members who granted 在线问诊 (each such read logged for them), one prescription
with its items, the doctor's record, the timeline, the signature's validity and the order if any.
Buying is core/pharmacy's (/api/mp/v1/pharmacy/orders)."""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic_ext import openapi

from core.family.errors import NoGrant
from core.http import fails, page_args, query_id, returns
from core.rx import patient
from core.rx.errors import PrescriptionNotFound
from core.rx.schemas import PatientRxOut, PatientRxPageOut
from miniprogram_api.guard import mp_required

bp = Blueprint("mp_rx", url_prefix="/rx")


@bp.get("/prescriptions")
@returns(PatientRxPageOut)
@fails(NoGrant)
@openapi.summary("我的处方：本人名下就诊人的处方（新的在前）；patient_id 指定一位就诊人（家庭成员须授权“在线问诊”）")
@openapi.parameter("patient_id", int)
@mp_required
async def prescriptions(request: Request):
    size, offset = page_args(request)
    return await patient.prescriptions(actor=request.ctx.actor, patient_id=query_id(request, "patient_id"),
                                       limit=size, offset=offset)


@bp.get("/prescriptions/<rx_id:int>")
@returns(PatientRxOut)
@fails(PrescriptionNotFound, NoGrant)
@openapi.summary("处方详情：药品与用法、医生的病历、处方进度（时间轴）、签名是否有效、购药订单")
@mp_required
async def prescription(request: Request, rx_id: int):
    return await patient.prescription(actor=request.ctx.actor, prescription_id=rx_id)
