"""Family screens of the mini-program (seed 003 家庭健康管理), each in one round trip:
the family home (my identity, my families, invitations waiting for me, and for the chosen
family its members, its join code to pass on, recent changes and what waits for approval) and a member's home
(their masked identity, the grants both ways, their recent changes, what they looked at
of mine, and the other members to switch to)."""
from __future__ import annotations

from sanic import Blueprint, Request
from sanic_ext import openapi

from core.family import patients as patients_service
from core.family import service as family_service
from core.family.schemas import SCOPES, FamilyHomeOut, MemberScreenOut, ScopeOut, SwitchMemberOut
from core.http import query_id, returns
from miniprogram_api.guard import mp_required

bp = Blueprint("bff_family", url_prefix="/family")


@bp.get("/home")
@returns(FamilyHomeOut)
@openapi.summary("家庭首页：本人的家庭、就诊人、待处理的邀请与申请（一次取齐）")
@mp_required
async def home(request: Request):
    actor = request.ctx.actor
    families = await family_service.my_families(actor=actor)
    active = [f for f in families if f.state == "active"]
    chosen = query_id(request, "family_id", active[0].id if active else None)
    page = FamilyHomeOut(identity=await patients_service.identity(actor=actor), families=families,
                         invites_for_me=await family_service.my_invites(actor=actor),
                         scopes=[ScopeOut(scope=k, label=v) for k, v in SCOPES.items()],
                         family=None, events=[], pending=None)
    if chosen is not None:
        page.family = await family_service.family_view(actor=actor, family_id=chosen)
        page.events = await family_service.recent_events(actor=actor, family_id=chosen)
        page.pending = await family_service.pending_counts(actor=actor, family_id=chosen)
    return page


@bp.get("/<family_id:int>/members/<account_id:int>")
@returns(MemberScreenOut)
@openapi.summary("家庭成员页：该成员授权给本人的范围与可办理的事项")
@mp_required
async def member_home(request: Request, family_id: int, account_id: int):
    actor = request.ctx.actor
    member = await family_service.member_home(actor=actor, family_id=family_id, account_id=account_id)
    family = await family_service.family_view(actor=actor, family_id=family_id)
    return MemberScreenOut(**dict(member), family_name=family.name,
                           switch_to=[SwitchMemberOut(account_id=m.account_id, name=m.name, relation=m.relation)
                                      for m in family.members if m.account_id != account_id])
