"""Patient identity, 就诊人, families, invitations and privacy grants on the phone (seed 003
家庭健康管理; seed 004 就诊人管理). Family ids, member account ids and grant ids come from the
answers of these endpoints; tokens of share links and family join codes travel in bodies, never
in URLs (logs). Nobody joins by family id: only an invitation or the join code members see."""
from __future__ import annotations

from types import MappingProxyType

from sanic import Blueprint, Request
from sanic_ext import openapi

from core.family import patients as patients_service
from core.family import service as family_service
from core.family.schemas import (
    AccessOut, AppliedOut, ApplicationStateOut, ApplyIn, DeclinedOut, DissolvedOut, FamilyApplicationOut,
    FamilyEventOut, FamilyIn, FamilyOut, GrantIn, GrantOut, GrantsOut, IdCardReadOut, IdentityIn, IdentityOut,
    InviteForMeOut, InviteIn, InviteMadeOut, InviteOut, InvitePreviewOut, JoinCodeOut, JoinedOut, LeftOut,
    MemberHomeOut, MemberPatch, MyFamilyOut, PageQuery, PatientDeletedOut, PatientIn, PatientOut, PatientPatch,
    PatientsQuery, ReachablePatientOut, ReachableQuery, RefuseIn, RemovedOut, RevokedOut, TokenIn, TransferIn,
)
from core.errors import ValidationFailed
from core.family.errors import InviteExpired, OcrLimited
from core.http import answer, fails, parse_body, query_model, returns
from core.outputs import Items, Page
from miniprogram_api.guard import mp_required

bp = Blueprint("mp_family")


def _body(schema):
    return openapi.body({"application/json": schema.model_json_schema()})


# ------------------------------------------------------------------ identity and 就诊人

@bp.get("/me/identity")
@returns(IdentityOut)
@openapi.summary("本人实名信息（脱敏）；未填写时 identity 为 null")
@mp_required
async def get_identity(request: Request):
    return {"identity": await patients_service.identity(actor=request.ctx.actor)}


@bp.put("/me/identity")
@returns(PatientOut)
@openapi.summary("填写或修改本人实名信息（姓名、身份证号含校验位、手机号）")
@_body(IdentityIn)
@mp_required
async def put_identity(request: Request):
    body = parse_body(request, IdentityIn)
    return await patients_service.set_identity(actor=request.ctx.actor, **body.model_dump())


@bp.get("/patients")
@returns(Items[PatientOut])
@openapi.summary("就诊人列表（本人在前）；deleted=1 为已删除的就诊人")
@mp_required
async def list_patients(request: Request):
    q = query_model(request, PatientsQuery)
    return {"items": await patients_service.list_patients(actor=request.ctx.actor, deleted=q.deleted)}


@bp.get("/patients/reachable")
@returns(Items[ReachablePatientOut])
@openapi.summary("可代为办理某项服务的人：自己的就诊人，及授权了该范围的家庭成员")
@mp_required
async def reachable(request: Request):
    q = query_model(request, ReachableQuery)
    return {"items": await family_service.reachable_patients(actor=request.ctx.actor, scope=q.scope, act=q.act)}


@bp.post("/patients")
@returns(PatientOut, status=201)
@openapi.summary("添加就诊人（须附发送到就诊人手机号的短信验证码）")
@_body(PatientIn)
@mp_required
async def add_patient(request: Request):
    body = parse_body(request, PatientIn)
    return await patients_service.add_patient(actor=request.ctx.actor, **body.model_dump())


# What was read from an ID card is for its sender's eyes only: no cache keeps it on the way.
_PRIVATE = MappingProxyType({"Cache-Control": "private, no-store"})
_CARD = {"multipart/form-data": {"type": "object", "required": ["photo"], "properties": {
    "photo": {"type": "string", "format": "binary", "description": "身份证人像面照片（JPEG/PNG/WEBP，≤5 MB）"}}}}


@bp.post("/patients/id-card")
@returns(IdCardReadOut)
@fails(OcrLimited)
@openapi.summary("识别身份证人像面：返回姓名与身份证号供本人核对后填入（照片不保存）")
@openapi.body(_CARD)
@mp_required
async def read_id_card(request: Request):
    f = request.files.get("photo") if request.files else None
    if f is None:
        raise ValidationFailed(details={"errors": [{"path": "photo", "message": "请上传身份证照片",
                                                    "type": "missing"}]})
    read = await patients_service.read_id_card(actor=request.ctx.actor, photo=f.body)
    return answer(IdCardReadOut, read, headers=dict(_PRIVATE))


@bp.patch("/patients/<patient_id:int>")
@returns(PatientOut)
@openapi.summary("修改就诊人（修改手机号须附发送到新手机号的短信验证码）")
@_body(PatientPatch)
@mp_required
async def update_patient(request: Request, patient_id: int):
    body = parse_body(request, PatientPatch)
    return await patients_service.update_patient(actor=request.ctx.actor, patient_id=patient_id,
                                                 changes=body.model_dump(exclude_unset=True))


@bp.delete("/patients/<patient_id:int>")
@returns(PatientDeletedOut)
@openapi.summary("删除就诊人（可恢复）")
@mp_required
async def delete_patient(request: Request, patient_id: int):
    await patients_service.delete_patient(actor=request.ctx.actor, patient_id=patient_id)
    return {"deleted": True}


@bp.post("/patients/<patient_id:int>/restore")
@returns(PatientOut)
@openapi.summary("恢复已删除的就诊人")
@mp_required
async def restore_patient(request: Request, patient_id: int):
    return await patients_service.restore_patient(actor=request.ctx.actor, patient_id=patient_id)


# ------------------------------------------------------------------ families

@bp.get("/families")
@returns(Items[MyFamilyOut])
@openapi.summary("我的家庭（含待审核的申请）")
@mp_required
async def my_families(request: Request):
    return {"items": await family_service.my_families(actor=request.ctx.actor)}


@bp.post("/families")
@returns(FamilyOut, status=201)
@openapi.summary("创建家庭（创建人为户主）")
@_body(FamilyIn)
@mp_required
async def create_family(request: Request):
    body = parse_body(request, FamilyIn)
    return await family_service.create_family(actor=request.ctx.actor, name=body.name)


@bp.get("/families/<family_id:int>")
@returns(FamilyOut)
@openapi.summary("家庭成员（脱敏）及与我之间的授权")
@mp_required
async def family_view(request: Request, family_id: int):
    return await family_service.family_view(actor=request.ctx.actor, family_id=family_id)


@bp.patch("/families/<family_id:int>")
@returns(FamilyOut)
@openapi.summary("修改家庭名称（户主）")
@_body(FamilyIn)
@mp_required
async def rename(request: Request, family_id: int):
    body = parse_body(request, FamilyIn)
    return await family_service.rename(actor=request.ctx.actor, family_id=family_id, name=body.name)


@bp.delete("/families/<family_id:int>")
@returns(DissolvedOut)
@openapi.summary("解散家庭（户主）：所有成员退出，所有授权立即失效")
@mp_required
async def dissolve(request: Request, family_id: int):
    await family_service.dissolve(actor=request.ctx.actor, family_id=family_id)
    return {"dissolved": True}


@bp.post("/families/<family_id:int>/transfer")
@returns(FamilyOut)
@openapi.summary("转让户主")
@_body(TransferIn)
@mp_required
async def transfer(request: Request, family_id: int):
    body = parse_body(request, TransferIn)
    return await family_service.transfer(actor=request.ctx.actor, family_id=family_id, account_id=body.account_id)


@bp.get("/families/<family_id:int>/events")
@returns(Items[FamilyEventOut])
@openapi.summary("家庭动态（成员变动；授权与健康数据变动仅相关成员可见）")
@mp_required
async def events(request: Request, family_id: int):
    return {"items": await family_service.recent_events(actor=request.ctx.actor, family_id=family_id)}


@bp.post("/families/<family_id:int>/leave")
@returns(LeftOut)
@openapi.summary("退出家庭或撤回加入申请（户主须先转让或解散）")
@mp_required
async def leave(request: Request, family_id: int):
    await family_service.leave(actor=request.ctx.actor, family_id=family_id)
    return {"left": True}


@bp.get("/families/<family_id:int>/members/<account_id:int>")
@returns(MemberHomeOut)
@openapi.summary("成员主页：身份（脱敏）、双方授权、近期动态、对方查看我数据的记录")
@mp_required
async def member_home(request: Request, family_id: int, account_id: int):
    return await family_service.member_home(actor=request.ctx.actor, family_id=family_id, account_id=account_id)


@bp.patch("/families/<family_id:int>/members/<account_id:int>")
@returns(MemberHomeOut)
@openapi.summary("修改成员关系或备注（户主）")
@_body(MemberPatch)
@mp_required
async def update_member(request: Request, family_id: int, account_id: int):
    body = parse_body(request, MemberPatch)
    return await family_service.update_member(actor=request.ctx.actor, family_id=family_id, account_id=account_id,
                                              **body.model_dump())


@bp.delete("/families/<family_id:int>/members/<account_id:int>")
@returns(RemovedOut)
@openapi.summary("移除成员（户主）：其相关授权立即失效")
@mp_required
async def remove_member(request: Request, family_id: int, account_id: int):
    await family_service.remove_member(actor=request.ctx.actor, family_id=family_id, account_id=account_id)
    return {"removed": True}


# ------------------------------------------------------------------ invitations and applications

@bp.get("/families/<family_id:int>/invites")
@returns(Items[InviteOut])
@openapi.summary("未使用的邀请（户主看全部，成员看自己发出的）")
@mp_required
async def list_invites(request: Request, family_id: int):
    return {"items": await family_service.list_invites(actor=request.ctx.actor, family_id=family_id)}


@bp.post("/families/<family_id:int>/invites")
@returns(InviteMadeOut, status=201)
@openapi.summary("邀请成员：按手机号，或生成一次性分享链接/小程序码（令牌只在本次返回）")
@_body(InviteIn)
@mp_required
async def invite(request: Request, family_id: int):
    body = parse_body(request, InviteIn)
    return await family_service.invite(actor=request.ctx.actor, family_id=family_id, **body.model_dump())


@bp.delete("/families/<family_id:int>/invites/<invite_id:int>")
@returns(RevokedOut)
@openapi.summary("撤销邀请")
@mp_required
async def revoke_invite(request: Request, family_id: int, invite_id: int):
    await family_service.revoke_invite(actor=request.ctx.actor, family_id=family_id, invite_id=invite_id)
    return {"revoked": True}


@bp.post("/invites/preview")
@returns(InvitePreviewOut)
@fails(InviteExpired)
@openapi.summary("查看分享链接/小程序码对应的邀请")
@_body(TokenIn)
@mp_required
async def preview_invite(request: Request):
    body = parse_body(request, TokenIn)
    return await family_service.preview_invite(actor=request.ctx.actor, token=body.token)


@bp.post("/invites/accept")
@returns(JoinedOut)
@fails(InviteExpired)
@openapi.summary("通过分享链接/小程序码加入（户主发出的直接加入，其他成员发出的需户主审核）")
@_body(TokenIn)
@mp_required
async def accept_token(request: Request):
    body = parse_body(request, TokenIn)
    return await family_service.accept_token(actor=request.ctx.actor, token=body.token)


@bp.get("/me/invites")
@returns(Items[InviteForMeOut])
@openapi.summary("发给我（实名手机号）的家庭邀请")
@mp_required
async def my_invites(request: Request):
    return {"items": await family_service.my_invites(actor=request.ctx.actor)}


@bp.post("/me/invites/<invite_id:int>/accept")
@returns(JoinedOut)
@fails(InviteExpired)
@openapi.summary("接受发给我的邀请")
@mp_required
async def accept_invite(request: Request, invite_id: int):
    return await family_service.accept_invite(actor=request.ctx.actor, invite_id=invite_id)


@bp.post("/me/invites/<invite_id:int>/decline")
@returns(DeclinedOut)
@fails(InviteExpired)
@openapi.summary("拒绝发给我的邀请")
@mp_required
async def decline_invite(request: Request, invite_id: int):
    await family_service.decline_invite(actor=request.ctx.actor, invite_id=invite_id)
    return {"declined": True}


@bp.post("/families/join")
@returns(AppliedOut, status=201)
@openapi.summary("凭家庭邀请码申请加入家庭（户主审核；审核通过前不显示家庭的任何信息）")
@_body(ApplyIn)
@mp_required
async def apply(request: Request):
    body = parse_body(request, ApplyIn)
    return await family_service.apply(actor=request.ctx.actor, **body.model_dump())


@bp.post("/families/<family_id:int>/join-code")
@returns(JoinCodeOut)
@openapi.summary("更换家庭邀请码（户主）：旧码立即失效")
@mp_required
async def regenerate_code(request: Request, family_id: int):
    return await family_service.regenerate_code(actor=request.ctx.actor, family_id=family_id)


@bp.get("/families/<family_id:int>/applications")
@returns(Items[FamilyApplicationOut])
@openapi.summary("待审核的加入申请（户主）")
@mp_required
async def list_applications(request: Request, family_id: int):
    return {"items": await family_service.list_applications(actor=request.ctx.actor, family_id=family_id)}


@bp.post("/families/<family_id:int>/applications/<account_id:int>/approve")
@returns(ApplicationStateOut)
@openapi.summary("同意加入申请（户主）")
@mp_required
async def approve(request: Request, family_id: int, account_id: int):
    await family_service.approve(actor=request.ctx.actor, family_id=family_id, account_id=account_id)
    return {"state": "active"}


@bp.post("/families/<family_id:int>/applications/<account_id:int>/refuse")
@returns(ApplicationStateOut)
@openapi.summary("拒绝加入申请（户主）")
@_body(RefuseIn)
@mp_required
async def refuse(request: Request, family_id: int, account_id: int):
    body = parse_body(request, RefuseIn)
    await family_service.refuse(actor=request.ctx.actor, family_id=family_id, account_id=account_id,
                                reason=body.reason)
    return {"state": "refused"}


# ------------------------------------------------------------------ privacy grants

@bp.get("/families/<family_id:int>/grants")
@returns(GrantsOut)
@openapi.summary("我给出的和我收到的有效授权")
@mp_required
async def list_grants(request: Request, family_id: int):
    return await family_service.list_grants(actor=request.ctx.actor, family_id=family_id)


@bp.post("/families/<family_id:int>/grants")
@returns(Items[GrantOut], status=201)
@openapi.summary("授权成员查看或代办我的某些服务（可设截止时间）")
@_body(GrantIn)
@mp_required
async def give(request: Request, family_id: int):
    body = parse_body(request, GrantIn)
    return {"items": await family_service.give(actor=request.ctx.actor, family_id=family_id,
                                               **body.model_dump())}


@bp.delete("/families/<family_id:int>/grants/<grant_id:int>")
@returns(RevokedOut)
@openapi.summary("撤销授权（立即生效）")
@mp_required
async def revoke(request: Request, family_id: int, grant_id: int):
    await family_service.revoke(actor=request.ctx.actor, family_id=family_id, grant_id=grant_id)
    return {"revoked": True}


@bp.get("/me/accesses")
@returns(Page[AccessOut])
@openapi.summary("谁查看或代办了我的数据（授权访问记录）")
@mp_required
async def my_accesses(request: Request):
    q = query_model(request, PageQuery)
    total, items = await family_service.accesses_to_me(actor=request.ctx.actor, limit=q.page_size,
                                                       offset=(q.page - 1) * q.page_size)
    return {"total": total, "page": q.page, "page_size": q.page_size, "items": items}
