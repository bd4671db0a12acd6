"""Patient identity, 就诊人, families, invitations and privacy grants through the services,
and the gate other domains call (authorize / log_access / reachable_patients)."""
import asyncio
import datetime as dt
import hashlib
import json

import pytest
from tortoise import Tortoise

from core import cache
from core.audit.models import AuditLog
from core.db import utcnow
from core.errors import AppError
from core.family import patients, service
from core.family.models import FamilyInvite, FamilyMember, Grant, GrantAccess, Patient
from core.notify.models import Message
from core.principal import Principal
from tests import factories


async def _raw(table: str, column: str, row_id: int):
    conn = Tortoise.get_connection("default")
    q = "`" if conn.capabilities.dialect == "mysql" else '"'
    rows = await conn.execute_query_dict(f"SELECT {q}{column}{q} AS v FROM {q}{table}{q} WHERE id = {int(row_id)}")
    return rows[0]["v"]


async def _fails(code: str, coro):
    with pytest.raises(AppError) as e:
        await coro
    assert e.value.code == code, e.value.code
    return e.value


async def _denied(action: str) -> list[AuditLog]:
    return await AuditLog.filter(action=action, outcome="denied")


# ------------------------------------------------------------------ identity and 就诊人

async def test_identity_is_stored_encrypted_and_answered_masked():
    p = await factories.mp_patient_account("欧阳娜娜", "13912345678")
    shown = await patients.identity(actor=p.actor)
    assert shown.name == "欧**娜" and shown.phone == "139****5678"
    assert shown.id_number == p.id_number[:6] + "********" + p.id_number[-4:]
    assert shown.is_self is True and shown.relation == "本人" and shown.gender in ("男", "女")
    assert "birth_date" not in shown.model_dump() and shown.age >= 50
    raw_id, raw_phone = await _raw("patient", "id_number", p.patient.id), await _raw("patient", "phone", p.patient.id)
    assert raw_id.startswith("k1$") and p.id_number not in raw_id and "13912345678" not in raw_phone
    # Correcting the identity updates the one self row, audited with masked values only.
    number = factories.id_number(born="19900202")
    await patients.set_identity(actor=p.actor, name="欧阳娜娜", id_number=number, phone="13800001111")
    assert await Patient.filter(account_id=p.actor.id, is_self=True).count() == 1
    row = await AuditLog.filter(action="family.identity_set").order_by("-seq").first()
    assert number not in json.dumps(row.after, ensure_ascii=False) and "13800001111" not in json.dumps(row.after)
    assert row.before["id_number"] == p.id_number[:6] + "********" + p.id_number[-4:]


async def test_an_identity_claimed_by_another_account_is_refused_and_nothing_stored():
    a = await factories.mp_patient_account("李雷")
    b = await factories.mp_patient_account("韩梅梅")
    await _fails("family.identity_taken", patients.set_identity(actor=b.actor, name="李雷", id_number=a.id_number,
                                                                 phone=b.phone))
    assert (await Patient.get(id=b.patient.id)).name == "韩梅梅"
    assert len(await _denied("family.identity_set")) == 1
    # A verified identity keeps its name and number.
    await Patient.filter(id=a.patient.id).update(verified_at=utcnow())
    await _fails("family.identity_locked", patients.set_identity(actor=a.actor, name="李磊", id_number=a.id_number,
                                                                  phone=a.phone))
    await patients.set_identity(actor=a.actor, name="李雷", id_number=a.id_number, phone="13700000000")


async def test_patients_add_list_edit_delete_restore():
    p = await factories.mp_patient_account("张伟")
    mother_id = factories.id_number(born="19500505")
    mum = await factories.add_patient(p.actor, name="王秀英", id_number=mother_id, relation="父母")
    assert mum.name == "王*英" and mum.relation == "父母" and mum.is_self is False
    await _fails("family.patient_exists", factories.add_patient(p.actor, name="王秀英", id_number=mother_id,
                                                                 relation="父母"))
    kid = await factories.add_patient(p.actor, name="张小宝", id_number=factories.id_number(born="20180101"),
                                      relation="子女", phone_number="13600001234")
    listed = await patients.list_patients(actor=p.actor)
    assert [x.id for x in listed] == [p.patient.id, mum.id, kid.id]
    edited = await patients.update_patient(actor=p.actor, patient_id=kid.id,
                                           changes={"name": "张宝宝", "phone": None})
    assert edited.name == "张*宝" and edited.phone == "136****1234"  # None means "not given"
    assert (await Patient.get(id=kid.id)).name == "张宝宝"
    await _fails("family.self_patient", patients.delete_patient(actor=p.actor, patient_id=p.patient.id))
    await _fails("family.self_patient", patients.update_patient(actor=p.actor, patient_id=p.patient.id,
                                                                 changes={"name": "x"}))

    await patients.delete_patient(actor=p.actor, patient_id=kid.id)
    assert [x.id for x in await patients.list_patients(actor=p.actor)] == [p.patient.id, mum.id]
    assert [x.id for x in await patients.list_patients(actor=p.actor, deleted=True)] == [kid.id]
    assert (await Patient.get(id=kid.id)).deleted_by_id == p.actor.id
    await patients.restore_patient(actor=p.actor, patient_id=kid.id)
    assert len(await patients.list_patients(actor=p.actor)) == 3
    assert await AuditLog.filter(action__in=["family.patient_create", "family.patient_update",
                                             "family.patient_delete", "family.patient_restore"]).count() == 5

    # Another account's patient answers like a missing one; the attempt is recorded.
    other = await factories.mp_patient_account("路人甲")
    await _fails("family.patient_not_found", patients.delete_patient(actor=other.actor, patient_id=mum.id))
    assert len(await _denied("family.patient_read")) == 1


async def test_patients_need_an_identity_first_and_only_mp_users_have_them():
    from core.accounts.models import MpAccount

    acct = await MpAccount.create(openid="o-new")
    me = Principal(kind="mp", id=acct.id)
    await _fails("family.identity_required", factories.add_patient(me, name="王五", id_number=factories.id_number(),
                                                                    relation="父母"))
    assert await Patient.all().count() == 0
    await _fails("family.mp_only", patients.list_patients(actor=Principal(kind="physician", id=1)))
    await _fails("family.identity_required", service.create_family(actor=me, name="家"))


async def test_patient_limit():
    p = await factories.mp_patient_account()
    for i in range(patients.MAX_PATIENTS):
        await factories.add_patient(p.actor, name="家人", id_number=factories.id_number(born=f"2000010{i % 9 + 1}"),
                                    relation="亲属")
    await _fails("family.too_many_patients", factories.add_patient(p.actor, name="家人",
                                                                    id_number=factories.id_number(), relation="亲属"))


# ------------------------------------------------------------------ families, invitations, applications

async def test_invite_by_phone_shows_up_for_that_account_and_joins_without_approval():
    owner = await factories.mp_patient_account("赵大")
    son = await factories.mp_patient_account("赵二", "13511112222")
    stranger = await factories.mp_patient_account("钱三")
    fam = await service.create_family(actor=owner.actor, name="赵家")
    assert fam.my_role == "owner" and [m.account_id for m in fam.members] == [owner.actor.id]
    inv = await service.invite(actor=owner.actor, family_id=fam.id, channel="phone", phone="13511112222",
                               relation="子女")
    assert inv.phone == "135****2222" and "token" not in inv.model_dump()
    assert await service.my_invites(actor=stranger.actor) == []
    mine = await service.my_invites(actor=son.actor)
    assert [(i.id, i.family_name, i.needs_approval, i.by) for i in mine] == [(inv.id, "赵家", False, "赵*")]
    told = await Message.get(account_id=son.actor.id)
    assert (told.kind, told.title, told.link) == ("family.invite", "赵* 邀请您加入家庭「赵家」", "/family/invites")
    assert not await Message.filter(account_id=stranger.actor.id).exists()
    await _fails("family.invite_invalid", service.accept_invite(actor=stranger.actor, invite_id=inv.id))
    joined = await service.accept_invite(actor=son.actor, invite_id=inv.id)
    assert joined.state == "active"
    row = await FamilyMember.get(family_id=fam.id, account_id=son.actor.id)
    assert (row.state, row.via, row.relation, row.role) == ("active", "invite", "子女", "member")
    assert await service.my_invites(actor=son.actor) == []
    await _fails("family.invite_used", service.accept_invite(actor=son.actor, invite_id=inv.id))
    # Inviting an active member, or oneself, is refused.
    await _fails("family.already_member", service.invite(actor=owner.actor, family_id=fam.id, channel="phone",
                                                         phone="13511112222"))
    await _fails("family.invite_self", service.invite(actor=owner.actor, family_id=fam.id, channel="phone",
                                                      phone=owner.phone))
    texts = [e.text for e in await service.recent_events(actor=son.actor, family_id=fam.id)]
    assert texts == ["赵* 加入了家庭", "赵* 发出了加入邀请", "赵* 创建了家庭"]
    assert await AuditLog.filter(action="family.invite_accept", outcome="success").count() == 1


async def test_share_link_is_single_use_expires_and_only_its_hash_is_stored():
    owner = await factories.mp_patient_account("孙一")
    a = await factories.mp_patient_account("孙二")
    b = await factories.mp_patient_account("孙三")
    fam = await service.create_family(actor=owner.actor, name="孙家")
    link = await service.invite(actor=owner.actor, family_id=fam.id, channel="code", relation="兄弟姐妹")
    token = link.token
    assert len(token) == 32 and link.mp_code.model_dump() == {"page": service.MP_JOIN_PAGE, "scene": token}
    assert link.link.endswith("/family/join?token=" + token)
    stored = await FamilyInvite.get(id=link.id)
    assert stored.token_hash == hashlib.sha256(token.encode()).hexdigest() and stored.phone_bidx is None
    preview = await service.preview_invite(actor=a.actor, token=token)
    assert preview.family_name == "孙家" and preview.needs_approval is False and preview.members == 1
    assert (await service.accept_token(actor=a.actor, token=token)).state == "active"
    await _fails("family.invite_used", service.accept_token(actor=b.actor, token=token))
    await _fails("family.invite_invalid", service.accept_token(actor=b.actor, token="x" * 32))

    expired = await service.invite(actor=owner.actor, family_id=fam.id, channel="link", valid_hours=1)
    await FamilyInvite.filter(id=expired.id).update(expires_at=utcnow() - dt.timedelta(minutes=1))
    err = await _fails("family.invite_expired", service.accept_token(actor=b.actor, token=expired.token))
    assert err.status == 410
    assert not await FamilyMember.filter(account_id=b.actor.id).exists()
    reasons = [r.after["reason"] for r in await _denied("family.invite_accept")]
    assert reasons == ["family.invite_used", "family.invite_invalid", "family.invite_expired"]

    revoked = await service.invite(actor=owner.actor, family_id=fam.id, channel="link")
    assert [i.id for i in await service.list_invites(actor=owner.actor, family_id=fam.id)] == [revoked.id]
    await service.revoke_invite(actor=owner.actor, family_id=fam.id, invite_id=revoked.id)
    await _fails("family.invite_invalid", service.accept_token(actor=b.actor, token=revoked.token))


async def test_a_members_invitation_and_an_application_wait_for_the_owner():
    owner = await factories.mp_patient_account("周一")
    member = await factories.mp_patient_account("周二")
    friend = await factories.mp_patient_account("吴三")
    walker = await factories.mp_patient_account("郑四")
    fam = await factories.family_of(owner, member)
    link = await service.invite(actor=member.actor, family_id=fam.id, channel="link")
    assert (await service.preview_invite(actor=friend.actor, token=link.token)).needs_approval is True
    assert (await service.accept_token(actor=friend.actor, token=link.token)).state == "pending"
    applied = await service.apply(actor=walker.actor, code=fam.join_code, relation="朋友", note="我是邻居")
    assert applied.model_dump() == {"family_id": fam.id, "state": "pending"}
    await _fails("family.already_applied", service.apply(actor=walker.actor, code=fam.join_code))
    assert [f.state for f in await service.my_families(actor=walker.actor)] == ["pending"]
    # A pending applicant is not a member yet.
    await _fails("family.not_found", service.family_view(actor=walker.actor, family_id=fam.id))

    await _fails("family.not_owner", service.list_applications(actor=member.actor, family_id=fam.id))
    await _fails("family.not_owner", service.approve(actor=member.actor, family_id=fam.id, account_id=walker.actor.id))
    apps = await service.list_applications(actor=owner.actor, family_id=fam.id)
    assert [(a.account_id, a.via, a.name) for a in apps] == [(friend.actor.id, "invite", "吴*"),
                                                                       (walker.actor.id, "apply", "郑*")]
    assert apps[1].note == "我是邻居" and apps[1].relation == "朋友"
    assert (await service.pending_counts(actor=owner.actor, family_id=fam.id)).applications == 2
    assert (await service.pending_counts(actor=member.actor, family_id=fam.id)).applications is None

    await service.approve(actor=owner.actor, family_id=fam.id, account_id=friend.actor.id)
    await service.refuse(actor=owner.actor, family_id=fam.id, account_id=walker.actor.id, reason="不认识")
    assert [m.title for m in await Message.filter(account_id=owner.actor.id).order_by("id")] == [
        "吴* 申请加入家庭「我的家」", "郑* 申请加入家庭「我的家」"]
    assert [m.title for m in await Message.filter(account_id=walker.actor.id)] == ["您的加入家庭申请未通过"]
    assert (await FamilyMember.get(family_id=fam.id, account_id=friend.actor.id)).state == "active"
    assert (await FamilyMember.get(family_id=fam.id, account_id=walker.actor.id)).state == "refused"
    await _fails("family.application_not_found", service.approve(actor=owner.actor, family_id=fam.id,
                                                                  account_id=walker.actor.id))
    refused = await AuditLog.filter(action="family.refuse").first()
    assert refused.after["reason"] == "不认识"
    # Refused people may ask again; the same membership row comes back.
    await service.apply(actor=walker.actor, code=fam.join_code)
    assert await FamilyMember.filter(family_id=fam.id, account_id=walker.actor.id).count() == 1
    await _fails("family.code_invalid", service.apply(actor=walker.actor, code="ABCD-EFGH-JKMN"))


async def test_leave_remove_transfer_and_dissolve():
    owner = await factories.mp_patient_account("冯一")
    a = await factories.mp_patient_account("冯二")
    b = await factories.mp_patient_account("冯三")
    fam = await factories.family_of(owner, a, b)
    await _fails("family.owner_cannot_leave", service.leave(actor=owner.actor, family_id=fam.id))
    await _fails("family.cannot_remove_self", service.remove_member(actor=owner.actor, family_id=fam.id,
                                                                    account_id=owner.actor.id))
    await _fails("family.not_owner", service.remove_member(actor=a.actor, family_id=fam.id, account_id=b.actor.id))
    await service.leave(actor=a.actor, family_id=fam.id)
    assert (await FamilyMember.get(family_id=fam.id, account_id=a.actor.id)).state == "left"
    await _fails("family.not_found", service.family_view(actor=a.actor, family_id=fam.id))
    await _fails("family.transfer_target", service.transfer(actor=owner.actor, family_id=fam.id,
                                                            account_id=a.actor.id))
    view = await service.transfer(actor=owner.actor, family_id=fam.id, account_id=b.actor.id)
    assert view.owner_account_id == b.actor.id and view.my_role == "member"
    await service.leave(actor=owner.actor, family_id=fam.id)  # no longer the owner
    c = await factories.mp_patient_account("冯四")
    await service.accept_token(actor=c.actor, token=(await service.invite(actor=b.actor, family_id=fam.id,
                                                                            channel="link")).token)
    await factories.family_grant(fam, b, c, "vital_signs")
    pending = await service.invite(actor=b.actor, family_id=fam.id, channel="link")
    await service.dissolve(actor=b.actor, family_id=fam.id)
    assert await Grant.filter(family_id=fam.id, revoked_at__isnull=True).count() == 0
    assert (await FamilyInvite.get(id=pending.id)).revoked_at is not None
    await _fails("family.no_grant", service.authorize(actor=c.actor, patient_id=b.patient.id, scope="vital_signs"))
    assert (await FamilyMember.get(family_id=fam.id, account_id=b.actor.id)).state == "left"
    assert await service.my_families(actor=b.actor) == []
    await _fails("family.not_found", service.family_view(actor=b.actor, family_id=fam.id))
    assert await AuditLog.filter(action__in=["family.leave", "family.transfer", "family.dissolve"]).count() == 4


# ------------------------------------------------------------------ grants and the gate

async def test_grants_decide_what_authorize_lets_through():
    mum = await factories.mp_patient_account("陈母")
    son = await factories.mp_patient_account("陈子")
    aunt = await factories.mp_patient_account("陈姨")
    fam = await factories.family_of(mum, son, aunt)
    dependant = await factories.add_patient(mum.actor, name="陈外婆", id_number=factories.id_number(born="19400101"),
                                            relation="父母")

    # Own data: no grant needed, for the self identity and the account's 就诊人.
    assert await service.authorize(actor=mum.actor, patient_id=mum.patient.id, scope="health_records") is None
    assert await service.authorize(actor=mum.actor, patient_id=dependant.id, scope="record_requests",
                                   act=True) is None

    # Nothing is open by default; an unknown patient answers exactly the same.
    e1 = await _fails("family.no_grant", service.authorize(actor=son.actor, patient_id=mum.patient.id,
                                                           scope="health_records"))
    e2 = await _fails("family.no_grant", service.authorize(actor=son.actor, patient_id=10 ** 8,
                                                           scope="health_records"))
    assert (e1.status, e1.message) == (e2.status, e2.message) == (403, e1.message)
    assert len(await _denied("family.authorize")) == 2

    given = await factories.family_grant(fam, mum, son, "health_records", "record_requests")
    assert {g.scope for g in given} == {"health_records", "record_requests"}
    grant = await service.authorize(actor=son.actor, patient_id=mum.patient.id, scope="health_records")
    assert isinstance(grant, Grant) and grant.grantor_id == mum.actor.id and grant.grantee_id == son.actor.id
    # See-only does not allow acting; the aunt got nothing; the mother's 就诊人 are not reachable by grants.
    await _fails("family.no_grant", service.authorize(actor=son.actor, patient_id=mum.patient.id,
                                                      scope="record_requests", act=True))
    await _fails("family.no_grant", service.authorize(actor=aunt.actor, patient_id=mum.patient.id,
                                                      scope="health_records"))
    await _fails("family.no_grant", service.authorize(actor=son.actor, patient_id=dependant.id,
                                                      scope="health_records"))
    await _fails("family.no_grant", service.authorize(actor=son.actor, patient_id=mum.patient.id,
                                                      scope="vital_signs"))
    await _fails("family.unknown_scope", service.authorize(actor=son.actor, patient_id=mum.patient.id, scope="x"))

    # Giving again replaces: now acting is allowed, until tomorrow.
    tomorrow = utcnow() + dt.timedelta(days=1)
    await factories.family_grant(fam, mum, son, "record_requests", can_act=True, expires_at=tomorrow)
    acting = await service.authorize(actor=son.actor, patient_id=mum.patient.id, scope="record_requests", act=True)
    assert acting.can_act and await Grant.filter(scope="record_requests").count() == 1

    # Expired grants do not count.
    await Grant.filter(id=acting.id).update(expires_at=utcnow() - dt.timedelta(seconds=1))
    await _fails("family.no_grant", service.authorize(actor=son.actor, patient_id=mum.patient.id,
                                                      scope="record_requests"))
    # Revocation takes effect at once.
    await service.revoke(actor=mum.actor, family_id=fam.id, grant_id=grant.id)
    await _fails("family.no_grant", service.authorize(actor=son.actor, patient_id=mum.patient.id,
                                                      scope="health_records"))
    await _fails("family.grant_not_found", service.revoke(actor=mum.actor, family_id=fam.id, grant_id=grant.id))
    # Only the grantor revokes.
    g2 = (await factories.family_grant(fam, mum, son, "vital_signs"))[0]
    await _fails("family.grant_not_found", service.revoke(actor=son.actor, family_id=fam.id, grant_id=g2.id))


async def test_grants_only_to_members_and_not_to_oneself():
    a = await factories.mp_patient_account("甲")
    b = await factories.mp_patient_account("乙")
    outsider = await factories.mp_patient_account("丙")
    fam = await factories.family_of(a, b)
    await _fails("family.grantee_not_member", factories.family_grant(fam, a, outsider, "vital_signs"))
    await _fails("family.grant_to_self", factories.family_grant(fam, a, a, "vital_signs"))
    await _fails("family.not_found", factories.family_grant(fam, outsider, a, "vital_signs"))
    assert await Grant.all().count() == 0
    assert len(await _denied("family.grant")) == 1


async def test_removal_and_leaving_end_grants_and_other_families_do_not_share_them():
    mum = await factories.mp_patient_account("林母")
    son = await factories.mp_patient_account("林子")
    cousin = await factories.mp_patient_account("林表")
    home = await factories.family_of(mum, son)
    clan = await factories.family_of(mum, son, cousin, name="林氏")
    await factories.family_grant(home, mum, son, "health_records")
    await factories.family_grant(home, son, mum, "vital_signs")
    # A grant in one family does not open data to the members of another family of the grantor.
    await _fails("family.no_grant", service.authorize(actor=cousin.actor, patient_id=mum.patient.id,
                                                      scope="health_records"))
    assert await service.authorize(actor=son.actor, patient_id=mum.patient.id, scope="health_records")

    await service.remove_member(actor=mum.actor, family_id=home.id, account_id=son.actor.id)
    assert await Grant.filter(family_id=home.id, revoked_at__isnull=True).count() == 0
    assert (await Message.filter(account_id=son.actor.id, kind="family.removed").first()).title == "您已被移出家庭「我的家」"
    # Still in the clan together, but nothing was granted there.
    await _fails("family.no_grant", service.authorize(actor=son.actor, patient_id=mum.patient.id,
                                                      scope="health_records"))
    await _fails("family.no_grant", service.authorize(actor=mum.actor, patient_id=son.patient.id,
                                                      scope="vital_signs"))

    await factories.family_grant(clan, mum, cousin, "appointments", can_act=True)
    await service.leave(actor=cousin.actor, family_id=clan.id)
    await _fails("family.no_grant", service.authorize(actor=cousin.actor, patient_id=mum.patient.id,
                                                      scope="appointments"))
    # Belt and braces: a grant left open while the grantee is gone still does not count.
    g = await Grant.create(family_id=clan.id, grantor_id=mum.actor.id, grantee_id=cousin.actor.id,
                           scope="appointments")
    await _fails("family.no_grant", service.authorize(actor=cousin.actor, patient_id=mum.patient.id,
                                                      scope="appointments"))
    await g.delete()


async def _messages(pubsub, n: int) -> list[dict]:
    out = []
    for _ in range(50):
        m = await pubsub.get_message(ignore_subscribe_messages=True, timeout=0.1)
        if m is not None:
            out.append(json.loads(m["data"])["payload"])
            if len(out) == n:
                break
        await asyncio.sleep(0)
    return out


async def test_revocation_and_removal_are_published_on_redis():
    mum = await factories.mp_patient_account("何母")
    son = await factories.mp_patient_account("何子")
    fam = await factories.family_of(mum, son)
    given = await factories.family_grant(fam, mum, son, "health_records", "vital_signs")
    await factories.family_grant(fam, son, mum, "appointments")
    pubsub = cache.redis().pubsub()
    await pubsub.subscribe(service.GRANTS_CHANNEL)
    try:
        await pubsub.get_message(timeout=1)  # the subscribe confirmation
        await service.revoke(actor=mum.actor, family_id=fam.id, grant_id=given[0].id)
        assert await _messages(pubsub, 1) == [{"grant": given[0].id, "grantor": mum.actor.id,
                                               "grantee": son.actor.id, "scope": "health_records", "family": fam.id,
                                               "reason": "revoked"}]
        await service.remove_member(actor=mum.actor, family_id=fam.id, account_id=son.actor.id)
        got = await _messages(pubsub, 2)
        assert sorted((m["grantor"], m["grantee"], m["scope"], m["reason"]) for m in got) == sorted([
            (mum.actor.id, son.actor.id, "vital_signs", "removed"),
            (son.actor.id, mum.actor.id, "appointments", "removed")])
    finally:
        await pubsub.unsubscribe(service.GRANTS_CHANNEL)
        await pubsub.aclose()


async def test_log_access_is_shown_to_the_grantor_only_and_audited():
    mum = await factories.mp_patient_account("罗母")
    son = await factories.mp_patient_account("罗子")
    fam = await factories.family_of(mum, son)
    await factories.family_grant(fam, mum, son, "health_records")
    grant = await service.authorize(actor=son.actor, patient_id=mum.patient.id, scope="health_records")
    await service.log_access(actor=son.actor, grant=grant, action="view", target_type="HealthRecord", target_id=42)
    await service.log_access(actor=mum.actor, grant=None, action="view", target_type="HealthRecord", target_id=43)
    assert await GrantAccess.all().count() == 1
    total, rows = await service.accesses_to_me(actor=mum.actor)
    assert total == 1 and rows[0].grantee_name == "罗*" and rows[0].label == "健康档案"
    assert (rows[0].action, rows[0].target_type, rows[0].target_id) == ("view", "HealthRecord", "42")
    assert await service.accesses_to_me(actor=son.actor) == (0, [])
    audit = await AuditLog.get(action="family.access")
    assert audit.actor_id == str(son.actor.id) and audit.target_id == "42"
    assert audit.after["grantor"] == mum.actor.id and audit.after["scope"] == "health_records"
    home = await service.member_home(actor=mum.actor, family_id=fam.id, account_id=son.actor.id)
    assert [a.target_id for a in home.their_accesses_to_me] == ["42"]


async def test_reachable_patients_lists_own_patients_and_granted_members():
    mum = await factories.mp_patient_account("宋母")
    son = await factories.mp_patient_account("宋子")
    dad = await factories.mp_patient_account("宋父")
    fam = await factories.family_of(mum, son, dad)
    kid = await factories.add_patient(son.actor, name="宋小", id_number=factories.id_number(born="20150101"),
                                      relation="子女")
    await factories.family_grant(fam, mum, son, "record_requests", can_act=True)
    await factories.family_grant(fam, dad, son, "record_requests")
    seen = await service.reachable_patients(actor=son.actor, scope="record_requests")
    assert [(p.id, p.mine) for p in seen] == [(son.patient.id, True), (kid.id, True),
                                                   (mum.patient.id, False), (dad.patient.id, False)]
    acting = await service.reachable_patients(actor=son.actor, scope="record_requests", act=True)
    assert [p.id for p in acting] == [son.patient.id, kid.id, mum.patient.id]
    assert acting[2].name == "宋*" and acting[2].id_number == mum.id_number[:6] + "********" + mum.id_number[-4:]
    assert all(p.phone != mum.phone for p in acting)
    assert [p.id for p in await service.reachable_patients(actor=son.actor, scope="vital_signs")] == \
        [son.patient.id, kid.id]


async def test_the_family_home_shows_grants_and_data_changes_only_to_those_concerned():
    mum = await factories.mp_patient_account("高母")
    son = await factories.mp_patient_account("高子")
    aunt = await factories.mp_patient_account("高姨")
    fam = await factories.family_of(mum, son, aunt)
    await factories.family_grant(fam, mum, son, "vital_signs")
    await service.note_change(account_id=mum.actor.id, scope="vital_signs", text="更新了体征数据")
    son_sees = [e.text for e in await service.recent_events(actor=son.actor, family_id=fam.id)]
    aunt_sees = [e.text for e in await service.recent_events(actor=aunt.actor, family_id=fam.id)]
    assert son_sees[:2] == ["高* 更新了体征数据", "高* 授权 高*：体征数据"]
    assert not any("体征" in t for t in aunt_sees) and "高* 加入了家庭" in aunt_sees
    view = await service.family_view(actor=son.actor, family_id=fam.id)
    row = {m.account_id: m for m in view.members}[mum.actor.id]
    assert [g.scope for g in row.granted_to_me] == ["vital_signs"] and row.granted_by_me == []
    assert "id_number" not in row.model_dump() and row.phone == mum.phone[:3] + "****" + mum.phone[-4:]
    home = await service.member_home(actor=son.actor, family_id=fam.id, account_id=mum.actor.id)
    assert home.patient_id == mum.patient.id
    assert {s.scope: s.i_may for s in home.scopes} == {
        "health_records": None, "vital_signs": "see", "appointments": None, "record_requests": None,
        "accompaniment": None, "consultations": None}
    # Without any grant the member home gives no patient id to call other domains with.
    assert (await service.member_home(actor=aunt.actor, family_id=fam.id, account_id=mum.actor.id)).patient_id is None
    await _fails("family.member_not_found", service.member_home(actor=son.actor, family_id=fam.id, account_id=10 ** 7))
