"""Families, membership, invitations and privacy grants (seed 003 家庭健康管理), and the
grant check every other patient-side domain calls.

Why: relatives act for each other (record copies, appointments, accompaniment),
but inside a family nobody sees anything of another member by default. A member
opens one scope at a time to one other member, to see or to act, optionally
until a date, and can close it again at once. `authorize` is the one gate other
domains pass through before touching another member's data; `log_access`
writes what they did where the person concerned can read it ("who looked at
my records", `accesses_to_me`).

Membership rules (decided here):
- the creator is the owner (户主); only the owner approves, refuses, removes,
  transfers ownership and dissolves; the owner leaves only after a transfer;
- any active member may invite. An invitation the OWNER sent needs no further
  approval when accepted: the owner chose the person. One sent by another
  member becomes an application the owner approves, like applying with the join code;
- a family is never reached by its (sequential) id from outside: only an invitation token or
  the family's join code (random, shown to members only, replaced by the owner at will) lets
  somebody apply, and until the owner accepts, the applicant learns nothing about the family
  (no name, no members: a code that leaked lets nobody read or enumerate families);
- invitations are single-use and expire. A phone invitation shows up for the
  account whose real-name phone matches (`my_invites`); a share link or
  mini-program code carries a random token of which only the sha256 is stored;
- leaving, removal and dissolution end every grant to and from that member in
  that family in the same transaction.

Grants that end are domain events `family.grant_ended` (core/events), payload
`{"grant", "grantor", "grantee", "scope", "family", "reason"}` (reason: revoked, left,
removed, dissolved) on the topic `account:<grantee>`, written in the transaction that
ends them and published once it commits (Redis channel `ev:family.grant_ended`), so
that open sockets can drop their subscriptions at once. The database stays the
authority: a late message never lets a revoked grant through, because `authorize` reads it.
"""
from __future__ import annotations

import base64
import datetime as dt
import hashlib
import logging
import secrets
from collections import Counter
from typing import Any, Iterable

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q, Subquery
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from core.events import service as events
from core.audit import service as audit_service
from core.db import utcnow, transactional
from core.family import patients
from core.family.errors import (
    AlreadyApplied, AlreadyMember, ApplicationNotFound, CannotRemoveSelf, FamilyCodeInvalid, FamilyNotFound, GranteeNotMember,
    GrantNotFound, GrantToSelf, InviteExpired, InviteInvalid, InviteSelf, InviteUsed, MemberNotFound, NoGrant,
    NotOwner, OwnerCannotLeave, TransferTarget, UnknownScope,
)
from core.family.models import Family, FamilyEvent, FamilyInvite, FamilyMember, Grant, GrantAccess, Patient
from core.family.schemas import (
    EVENT_TEXT, SCOPES, AccessOut, AccountPersonOut, AppliedOut, FamilyApplicationOut, FamilyEventOut, FamilyOut,
    GrantOut, GrantScopeOut, GrantsOut, InviteForMeOut, InviteOut, InvitePreviewOut, JoinCodeOut, JoinedOut,
    MemberHomeOut, MemberOut, MpCodeOut, MyFamilyOut, PendingOut, PhoneInviteOut, ReachablePatientOut, ScopeAccessOut,
    ShareInviteOut,
)
from core.masking import mask_name, mask_phone
from core.notify import service as notify_service
from core.principal import Principal
from core.settings import get_settings

log = logging.getLogger("huiyi.family")

GRANT_ENDED = "family.grant_ended"
GRANTS_CHANNEL = f"ev:{GRANT_ENDED}"  # where the events are published (core/events)
ACTIVE, PENDING = "active", "pending"
INVITE_HOURS = {"phone": 7 * 24, "link": 24, "code": 24}
# Join codes: 12 characters without look-alikes (31^12, about 2^59): typed from a screen, never guessed.
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 12
MP_JOIN_PAGE = "pages/family/join"  # the mini-program page that accepts a token (share card, code scene)


def _iso(v: dt.datetime | None) -> str | None:
    return None if v is None else v.isoformat()


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def _check_scope(scope: str) -> None:
    if scope not in SCOPES:
        raise UnknownScope(details={"scope": scope, "known": sorted(SCOPES)})


def live_grants() -> QuerySet[Grant]:
    """Grants not revoked and not expired, in families not dissolved."""
    return Grant.filter(revoked_at__isnull=True, family__dissolved_at__isnull=True) \
        .filter(Q(expires_at__isnull=True) | Q(expires_at__gt=utcnow()))


def _active_families(account_id: int) -> Subquery:
    return Subquery(FamilyMember.filter(account_id=account_id, state=ACTIVE).values("family_id"))


async def _names(account_ids: Iterable[int | None]) -> dict[int, str]:
    """Masked real names of accounts (from their self patients)."""
    ids = {a for a in account_ids if a}
    rows = await Patient.filter(account_id__in=ids, is_self=True, deleted_at__isnull=True) \
        .values_list("account_id", "name") if ids else []
    return {a: mask_name(n) for a, n in rows}


async def _event(family_id: int, kind: str, *, actor_id: int | None, subject_id: int | None = None,
                 **detail: Any) -> None:
    await FamilyEvent.create(family_id=family_id, kind=kind, actor_id=actor_id, subject_id=subject_id,
                             detail=detail)


async def _audit(actor: Principal, action: str, target: Any, **after: Any) -> None:
    await audit_service.record(actor=actor, action=action, target_type=type(target).__name__,
                               target_id=target.pk, after=after or None)


async def _tell(account_ids: Iterable[int], *, kind: str, title: str, link: str) -> list:
    """In-app messages, pushed by the configured sender once the caller's transaction commits."""
    told = [await notify_service.notify(account_id=a, kind=kind, title=title, link=link) for a in set(account_ids)]
    await notify_service.push(told)
    return told


async def _ended(grants: Iterable[Grant], reason: str) -> None:
    """Tell open sockets (any worker) that these grants ended: one `family.grant_ended` event
    each, inside the transaction that ends them (relayed once it commits), on the grantee's topic."""
    for g in grants:
        await events.emit(GRANT_ENDED, {"grant": g.id, "grantor": g.grantor_id, "grantee": g.grantee_id,
                                        "scope": g.scope, "family": g.family_id, "reason": reason},
                          topic=f"account:{g.grantee_id}")


async def _end_grants(family_id: int, account_id: int) -> list[Grant]:
    """Revoke every open grant of the family to or from `account_id` (inside the caller's transaction)."""
    ended = await Grant.filter(family_id=family_id, revoked_at__isnull=True) \
        .filter(Q(grantor_id=account_id) | Q(grantee_id=account_id))
    if ended:
        await Grant.filter(id__in=[g.id for g in ended]).update(revoked_at=utcnow())
    return ended


async def _revoke_invites_by(family_id: int, account_id: int | None = None) -> None:
    qs = FamilyInvite.filter(family_id=family_id, used_at__isnull=True, revoked_at__isnull=True)
    if account_id is not None:
        qs = qs.filter(by_account_id=account_id)
    await qs.update(revoked_at=utcnow())


async def _membership(actor: Principal, family_id: int, *, owner: bool = False) -> tuple[Family, FamilyMember]:
    """The family and the actor's active membership; a non-member sees FamilyNotFound (audited when it exists)."""
    me = patients.require_mp(actor)
    fam = await Family.filter(id=family_id, dissolved_at__isnull=True).first()
    mine = fam and await FamilyMember.filter(family_id=family_id, account_id=me, state=ACTIVE).first()
    if not mine:
        if fam:
            await audit_service.record_denied(actor=actor, action="family.read", target_type="Family",
                                              target_id=family_id, reason="not a member")
        raise FamilyNotFound(details={"id": family_id})
    if owner and fam.owner_id != me:
        await audit_service.record_denied(actor=actor, action="family.owner_only", target_type="Family",
                                          target_id=family_id, reason="not the owner")
        raise NotOwner()
    return fam, mine


# ------------------------------------------------------------------ families

def _new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def _show_code(code: str) -> str:
    return "-".join(code[i:i + 4] for i in range(0, len(code), 4))


def normalize_code(code: str) -> str:
    """What people type (spaces, dashes, lower case) to the stored form."""
    return "".join(ch for ch in code.upper() if ch.isalnum())


async def _set_code(fam: Family) -> str:
    """Give the family a fresh join code (a collision, 2^-59 per pair, just draws again)."""
    for _ in range(5):
        code = _new_code()
        if not await Family.filter(join_code=code).exists():
            await Family.filter(id=fam.id).update(join_code=code)
            fam.join_code = code
            return code
    raise RuntimeError("no free family join code")  # unreachable in practice


@transactional
async def create_family(*, actor: Principal, name: str) -> FamilyOut:
    me = await patients.require_identity(actor)
    async with in_transaction():
        fam = await Family.create(name=name, owner_id=me.account_id, join_code=_new_code())
        await FamilyMember.create(family_id=fam.id, account_id=me.account_id, role="owner", state=ACTIVE,
                                  via="owner", relation="本人", joined_at=utcnow())
        await _event(fam.id, "family.created", actor_id=me.account_id)
        await _audit(actor, "family.create", fam, name=name)
    return await family_view(actor=actor, family_id=fam.id)


async def my_families(*, actor: Principal) -> list[MyFamilyOut]:
    """Families the account is in, or has applied to (state pending: nothing about the family
    is shown before the owner accepts, only the id to withdraw the application with)."""
    me = patients.require_mp(actor)
    rows = await FamilyMember.filter(account_id=me, state__in=[ACTIVE, PENDING], family__dissolved_at__isnull=True) \
        .prefetch_related("family").order_by("family_id")
    ids = [r.family_id for r in rows]
    sizes = Counter(await FamilyMember.filter(family_id__in=ids, state=ACTIVE).values_list("family_id", flat=True)) \
        if ids else Counter()
    owners = await _names(r.family.owner_id for r in rows if r.state == ACTIVE)
    return [MyFamilyOut(id=r.family_id, name=r.family.name, role=r.role, state=r.state,
                        members=sizes[r.family_id], owner=owners.get(r.family.owner_id),
                        is_owner=r.family.owner_id == me) if r.state == ACTIVE else
            MyFamilyOut(id=r.family_id, name=None, role=r.role, state=r.state, members=None, owner=None,
                        is_owner=False) for r in rows]


async def _live_between(family_id: int, me: int) -> tuple[dict[int, list[Grant]], dict[int, list[Grant]]]:
    """Live grants of a family to me (by grantor) and from me (by grantee)."""
    to_me: dict[int, list[Grant]] = {}
    from_me: dict[int, list[Grant]] = {}
    for g in await live_grants().filter(family_id=family_id).filter(Q(grantor_id=me) | Q(grantee_id=me)):
        if g.grantee_id == me:
            to_me.setdefault(g.grantor_id, []).append(g)
        if g.grantor_id == me:
            from_me.setdefault(g.grantee_id, []).append(g)
    return to_me, from_me


def _grant_scopes(grants: list[Grant]) -> list[GrantScopeOut]:
    return [GrantScopeOut(grant_id=g.id, scope=g.scope, label=SCOPES[g.scope], can_act=g.can_act,
                          expires_at=g.expires_at) for g in sorted(grants, key=lambda g: list(SCOPES).index(g.scope))]


async def _person(account_id: int, person: Patient | None, *, actor: Principal) -> AccountPersonOut:
    """An account's real-name identity as other members see it (masked); all null without one."""
    if person is None:
        return AccountPersonOut(account_id=account_id, name=None, phone=None, gender=None, age=None)
    shown = await patients.present(person, actor=actor)
    return AccountPersonOut(account_id=account_id, name=shown.name, phone=shown.phone, gender=shown.gender,
                            age=shown.age)


async def _member_out(m: FamilyMember, person: Patient | None, *, actor: Principal, me: int,
                      to_me: list[Grant], from_me: list[Grant]) -> MemberOut:
    return MemberOut(**dict(await _person(m.account_id, person, actor=actor)), role=m.role,
                     relation=m.relation, joined_at=m.joined_at, me=m.account_id == me,
                     granted_to_me=_grant_scopes(to_me), granted_by_me=_grant_scopes(from_me))


async def family_view(*, actor: Principal, family_id: int) -> FamilyOut:
    """The family and its active members (masked), with the grants between the viewer and each of them."""
    fam, mine = await _membership(actor, family_id)
    me = mine.account_id
    members = await FamilyMember.filter(family_id=family_id, state=ACTIVE).order_by("-role", "joined_at", "id")
    people = {p.account_id: p for p in await Patient.filter(
        account_id__in=[m.account_id for m in members], is_self=True, deleted_at__isnull=True)}
    to_me, from_me = await _live_between(family_id, me)
    code = fam.join_code or await _set_code(fam)  # families made before join codes get theirs here
    return FamilyOut(id=fam.id, name=fam.name, created_at=fam.created_at, my_role=mine.role,
                     owner_account_id=fam.owner_id, join_code=_show_code(code),
                     members=[await _member_out(m, people.get(m.account_id), actor=actor, me=me,
                                                to_me=to_me.get(m.account_id, []),
                                                from_me=from_me.get(m.account_id, [])) for m in members])


def _visible(e: FamilyEvent, me: int, seen: set[tuple[int, str]]) -> bool:
    if e.kind.startswith("grant."):  # who opened what to whom concerns those two only
        return me in (e.actor_id, e.subject_id)
    if e.kind.startswith("data."):  # a change of health data shows where its scope is granted
        return e.actor_id == me or (e.actor_id, e.detail.get("scope")) in seen
    return True


async def recent_events(*, actor: Principal, family_id: int, about: int | None = None,
                        limit: int = 20) -> list[FamilyEventOut]:
    """Recent changes of the family the viewer may see (membership for all; grants and data changes
    only for those they concern or who hold the grant), newest first."""
    _, mine = await _membership(actor, family_id)
    me = mine.account_id
    seen = {(g.grantor_id, g.scope) for g in await live_grants().filter(family_id=family_id, grantee_id=me)}
    qs = FamilyEvent.filter(family_id=family_id)
    if about is not None:
        qs = qs.filter(Q(actor_id=about) | Q(subject_id=about))
    rows = [e for e in await qs.order_by("-id").limit(limit * 5) if _visible(e, me, seen)][:limit]
    names = await _names([e.actor_id for e in rows] + [e.subject_id for e in rows])
    out = []
    for e in rows:
        actor_name, subject = names.get(e.actor_id, "成员"), names.get(e.subject_id, "成员")
        if e.kind.startswith("data."):
            text = f"{actor_name} {e.detail.get('text', '')}"
        else:
            scopes = "、".join(SCOPES.get(s, s) for s in e.detail.get("scopes", []))
            text = EVENT_TEXT.get(e.kind, e.kind).format(actor=actor_name, subject=subject, scopes=scopes)
        out.append(FamilyEventOut(id=e.id, kind=e.kind, text=text, at=e.at))
    return out


async def pending_counts(*, actor: Principal, family_id: int) -> PendingOut:
    """What waits in a family: applications (owner only; None for others) and open invitations
    (the owner sees all, a member those they sent)."""
    fam, mine = await _membership(actor, family_id)
    is_owner = fam.owner_id == mine.account_id
    invites = _open_invites(family_id)
    if not is_owner:
        invites = invites.filter(by_account_id=mine.account_id)
    return PendingOut(applications=await FamilyMember.filter(family_id=family_id, state=PENDING).count()
                      if is_owner else None, invites=await invites.count())


@transactional
async def rename(*, actor: Principal, family_id: int, name: str) -> FamilyOut:
    fam, _ = await _membership(actor, family_id, owner=True)
    async with in_transaction():
        before = fam.name
        fam.name = name
        await fam.save(update_fields=["name", "updated_at"])
        await _event(fam.id, "family.renamed", actor_id=actor.id)
        await audit_service.record(actor=actor, action="family.rename", target_type="Family", target_id=fam.id,
                                   before={"name": before}, after={"name": name})
    return await family_view(actor=actor, family_id=family_id)


@transactional
async def regenerate_code(*, actor: Principal, family_id: int) -> JoinCodeOut:
    """The owner replaces the join code (e.g. after it was shared too widely); the old one stops at once.
    Pending applications made with the old code stay for the owner to decide."""
    fam, mine = await _membership(actor, family_id, owner=True)
    async with in_transaction():
        await _set_code(fam)
        await _event(fam.id, "code.regenerated", actor_id=mine.account_id)
        await _audit(actor, "family.code_regenerate", fam)
    return JoinCodeOut(id=fam.id, join_code=_show_code(fam.join_code))


@transactional
async def dissolve(*, actor: Principal, family_id: int) -> None:
    """End the family: every member leaves, every grant and open invitation ends."""
    fam, _ = await _membership(actor, family_id, owner=True)
    now = utcnow()
    async with in_transaction():
        fam.dissolved_at = now
        await fam.save(update_fields=["dissolved_at", "updated_at"])
        await FamilyMember.filter(family_id=fam.id, state=ACTIVE).update(state="left", ended_at=now)
        await FamilyMember.filter(family_id=fam.id, state=PENDING).update(state="refused", ended_at=now)
        ended = await Grant.filter(family_id=fam.id, revoked_at__isnull=True)
        await Grant.filter(family_id=fam.id, revoked_at__isnull=True).update(revoked_at=now)
        await _revoke_invites_by(fam.id)
        await _event(fam.id, "family.dissolved", actor_id=actor.id)
        await _audit(actor, "family.dissolve", fam, grants_ended=len(ended))
        await _ended(ended, "dissolved")


@transactional
async def transfer(*, actor: Principal, family_id: int, account_id: int) -> FamilyOut:
    fam, mine = await _membership(actor, family_id, owner=True)
    async with in_transaction():
        target = await FamilyMember.filter(family_id=fam.id, account_id=account_id, state=ACTIVE) \
            .select_for_update().first()
        if target is None or account_id == mine.account_id:
            raise TransferTarget(details={"account_id": account_id})
        fam.owner_id = account_id
        await fam.save(update_fields=["owner_id", "updated_at"])
        await FamilyMember.filter(id=mine.id).update(role="member")
        await FamilyMember.filter(id=target.id).update(role="owner")
        await _event(fam.id, "owner.transferred", actor_id=mine.account_id, subject_id=account_id)
        await _audit(actor, "family.transfer", fam, owner_from=mine.account_id, owner_to=account_id)
    return await family_view(actor=actor, family_id=family_id)


# ------------------------------------------------------------------ joining: invitations and applications

def _open_invites(family_id: int) -> QuerySet[FamilyInvite]:
    return FamilyInvite.filter(family_id=family_id, used_at__isnull=True, revoked_at__isnull=True,
                               expires_at__gt=utcnow())


def _shared(inv: FamilyInvite, channel: str, token: str) -> ShareInviteOut:
    """A share invitation with everything the phone needs to pass its token on. The link (and
    its QR code) opens the join screen of the H5 client; the token rides in the fragment, which
    browsers never send, so no access log holds it. The WeChat console can also map the link's
    prefix to the mini-program (扫普通链接二维码打开小程序); `mp_code` is the page and scene
    (≤ 32 characters) the server-side wxacode.getUnlimited call turns into a mini-program code."""
    from media.documents import qr_png  # PDF/QR libraries load only when a link is made

    link = f"{get_settings().public_base_url}/h5/#/family/join?token={token}"
    return ShareInviteOut(id=inv.id, family_id=inv.family_id, channel=channel, phone=None, relation=inv.relation,
                          expires_at=inv.expires_at, token=token, link=link, share_path=f"{MP_JOIN_PAGE}?token={token}",
                          mp_code=MpCodeOut(page=MP_JOIN_PAGE, scene=token),
                          qr_png=base64.b64encode(qr_png(link)).decode())


@transactional
async def invite(*, actor: Principal, family_id: int, channel: str, phone: str | None = None,
                 relation: str = "", valid_hours: int | None = None) -> PhoneInviteOut | ShareInviteOut:
    """Invite by phone (shows up for the account with that real-name phone) or make a single-use
    share link / mini-program code. The token is in this answer only; the database keeps its sha256."""
    inviter = await patients.require_identity(actor)
    fam, _ = await _membership(actor, family_id)
    phone_bidx = patients.bidx("phone", phone)
    holders: list[int] = []  # accounts whose real-name phone is the invited one
    if phone_bidx is not None:
        if phone_bidx == inviter.phone_bidx:
            raise InviteSelf()
        holders = await Patient.filter(is_self=True, phone_bidx=phone_bidx, deleted_at__isnull=True) \
            .values_list("account_id", flat=True)
        if await FamilyMember.filter(family_id=fam.id, state=ACTIVE, account_id__in=holders).exists():
            raise AlreadyMember()
    token = secrets.token_urlsafe(24)  # 32 characters: fits a mini-program code scene
    expires = utcnow() + dt.timedelta(hours=valid_hours or INVITE_HOURS[channel])
    masked = mask_phone(phone)
    async with in_transaction():
        inv = await FamilyInvite.create(family_id=fam.id, by_account_id=inviter.account_id,
                                        token_hash=_token_hash(token), phone_bidx=phone_bidx, relation=relation,
                                        expires_at=expires)
        # The invite row has no column for its channel or the masked phone: the event carries them.
        await _event(fam.id, "member.invited", actor_id=inviter.account_id, invite_id=inv.id, channel=channel,
                     phone=masked)
        await _audit(actor, "family.invite", inv, family=fam.id, channel=channel, phone=masked,
                     expires_at=_iso(expires))
        await _tell(holders, kind="family.invite", link="/family/invites",
                    title=f"{mask_name(inviter.name)} 邀请您加入家庭「{fam.name}」")
    if channel == "phone":
        return PhoneInviteOut(id=inv.id, family_id=fam.id, channel=channel, phone=masked, relation=relation,
                              expires_at=expires)
    return _shared(inv, channel, token)


async def list_invites(*, actor: Principal, family_id: int) -> list[InviteOut]:
    """Open invitations: all of them for the owner, a member's own for a member."""
    fam, mine = await _membership(actor, family_id)
    qs = _open_invites(family_id)
    if fam.owner_id != mine.account_id:
        qs = qs.filter(by_account_id=mine.account_id)
    rows = await qs.order_by("-id")
    sent = {e.detail.get("invite_id"): e.detail for e in await FamilyEvent.filter(
        family_id=family_id, kind="member.invited")}
    names = await _names(r.by_account_id for r in rows)
    return [InviteOut(id=r.id, channel=sent.get(r.id, {}).get("channel", "phone" if r.phone_bidx else "link"),
                      phone=sent.get(r.id, {}).get("phone"), relation=r.relation, by=names.get(r.by_account_id),
                      expires_at=r.expires_at, created_at=r.created_at) for r in rows]


@transactional
async def revoke_invite(*, actor: Principal, family_id: int, invite_id: int) -> None:
    fam, mine = await _membership(actor, family_id)
    qs = _open_invites(family_id).filter(id=invite_id)
    if fam.owner_id != mine.account_id:
        qs = qs.filter(by_account_id=mine.account_id)
    inv = await qs.first()
    if inv is None:
        raise InviteInvalid(details={"id": invite_id})
    async with in_transaction():
        await FamilyInvite.filter(id=inv.id).update(revoked_at=utcnow())
        await _event(fam.id, "invite.revoked", actor_id=mine.account_id, invite_id=inv.id)
        await _audit(actor, "family.invite_revoke", inv, family=fam.id)


async def _checked(actor: Principal, inv: FamilyInvite | None) -> tuple[FamilyInvite, Family]:
    """The invitation if it can still be used; otherwise why not (audited)."""
    fam = inv and await Family.filter(id=inv.family_id, dissolved_at__isnull=True).first()
    problem = None
    if inv is None or fam is None or inv.revoked_at is not None:
        problem = InviteInvalid()
    elif inv.used_at is not None:
        problem = InviteUsed()
    elif inv.expires_at <= utcnow():
        problem = InviteExpired(details={"expired_at": _iso(inv.expires_at)})
    if problem:
        await audit_service.record_denied(actor=actor, action="family.invite_accept", target_type="FamilyInvite",
                                          target_id=inv.id if inv else "", reason=problem.code)
        raise problem
    return inv, fam


async def preview_invite(*, actor: Principal, token: str) -> InvitePreviewOut:
    """What the join page shows before the user accepts."""
    patients.require_mp(actor)
    inv, fam = await _checked(actor, await FamilyInvite.filter(token_hash=_token_hash(token)).first())
    names = await _names([inv.by_account_id, fam.owner_id])
    return InvitePreviewOut(family_id=fam.id, family_name=fam.name, by=names.get(inv.by_account_id),
                            owner=names.get(fam.owner_id), relation=inv.relation, expires_at=inv.expires_at,
                            needs_approval=inv.by_account_id != fam.owner_id,
                            members=await FamilyMember.filter(family_id=fam.id, state=ACTIVE).count())


async def _enter(fam: Family, account_id: int, *, state: str, via: str, relation: str = "",
                 note: str = "") -> FamilyMember:
    """Make `account_id` pending or active in `fam` (inside the caller's transaction). The
    (family, account) row is unique, so someone who left, was removed or refused comes back on it."""
    row = await FamilyMember.filter(family_id=fam.id, account_id=account_id).select_for_update().first()
    if row is not None and row.state == ACTIVE:
        raise AlreadyMember()
    if row is not None and row.state == PENDING and state == PENDING:
        raise AlreadyApplied()
    values = {"state": state, "via": via, "role": "member", "note": note, "ended_at": None,
              "relation": relation or (row.relation if row else ""),
              "joined_at": utcnow() if state == ACTIVE else None}
    if row is None:
        try:
            return await FamilyMember.create(family_id=fam.id, account_id=account_id, **values)
        except IntegrityError as exc:  # the same account joined in a concurrent request
            raise AlreadyApplied() from exc
    for k, v in values.items():
        setattr(row, k, v)
    await row.save()
    return row


@transactional
async def _join(actor: Principal, me: Patient, inv: FamilyInvite, fam: Family) -> JoinedOut:
    # The owner chose this person: no approval. A member's invitation is an application.
    state = ACTIVE if inv.by_account_id == fam.owner_id else PENDING
    async with in_transaction():
        member = await _enter(fam, me.account_id, state=state, via="invite", relation=inv.relation)
        claimed = await FamilyInvite.filter(id=inv.id, used_at__isnull=True, revoked_at__isnull=True) \
            .update(used_at=utcnow(), used_by_id=me.account_id)
        if not claimed:  # another request used it first
            raise InviteUsed()
        if state == ACTIVE:
            await _event(fam.id, "member.joined", actor_id=inv.by_account_id, subject_id=me.account_id,
                         invite_id=inv.id)
        else:
            await _event(fam.id, "member.applied", actor_id=me.account_id, invite_id=inv.id)
            await _application_message(fam, me)
        await _audit(actor, "family.invite_accept", inv, family=fam.id, state=state)
    # An invitation of the owner makes a member at once; a member's invitation is an application,
    # and an applicant learns about the family only when the owner accepts.
    return JoinedOut(family_id=fam.id, family_name=fam.name if member.state == ACTIVE else None,
                     state=member.state)


async def _application_message(fam: Family, applicant: Patient) -> list:
    return await _tell([fam.owner_id], kind="family.application", link=f"/family/{fam.id}/applications",
                       title=f"{mask_name(applicant.name)} 申请加入家庭「{fam.name}」")


async def accept_token(*, actor: Principal, token: str) -> JoinedOut:
    """Use a share link / mini-program code."""
    me = await patients.require_identity(actor)
    inv = await FamilyInvite.filter(token_hash=_token_hash(token), phone_bidx__isnull=True).first()
    return await _join(actor, me, *await _checked(actor, inv))


async def my_invites(*, actor: Principal) -> list[InviteForMeOut]:
    """Open phone invitations to the account's real-name phone, in families it is not in yet."""
    me = await patients.self_patient(patients.require_mp(actor))
    if me is None or not me.phone_bidx:
        return []
    rows = await FamilyInvite.filter(phone_bidx=me.phone_bidx, used_at__isnull=True, revoked_at__isnull=True,
                                     expires_at__gt=utcnow(), family__dissolved_at__isnull=True) \
        .exclude(family_id__in=Subquery(FamilyMember.filter(account_id=me.account_id, state=ACTIVE)
                                         .values("family_id"))) \
        .prefetch_related("family").order_by("-id")
    names = await _names(r.by_account_id for r in rows)
    return [InviteForMeOut(id=r.id, family_id=r.family_id, family_name=r.family.name, by=names.get(r.by_account_id),
                           relation=r.relation, expires_at=r.expires_at,
                           needs_approval=r.by_account_id != r.family.owner_id) for r in rows]


async def _my_phone_invite(actor: Principal, invite_id: int) -> tuple[Patient, FamilyInvite, Family]:
    me = await patients.require_identity(actor)
    inv = await FamilyInvite.filter(id=invite_id).first()
    if inv is not None and (not inv.phone_bidx or inv.phone_bidx != me.phone_bidx):
        inv = None  # not addressed to this account: looks like absent
    return (me, *await _checked(actor, inv))


async def accept_invite(*, actor: Principal, invite_id: int) -> JoinedOut:
    me, inv, fam = await _my_phone_invite(actor, invite_id)
    return await _join(actor, me, inv, fam)


@transactional
async def decline_invite(*, actor: Principal, invite_id: int) -> None:
    # No column says "declined": the invitation is revoked and marked used by the invitee.
    me, inv, fam = await _my_phone_invite(actor, invite_id)
    async with in_transaction():
        await FamilyInvite.filter(id=inv.id).update(revoked_at=utcnow(), used_at=utcnow(),
                                                    used_by_id=me.account_id)
        await _audit(actor, "family.invite_decline", inv, family=fam.id)


@transactional
async def apply(*, actor: Principal, code: str, relation: str = "", note: str = "") -> AppliedOut:
    """Ask to join the family whose join code a member gave; the owner approves or refuses.

    The answer says only that the application waits (and its family id, to withdraw it with):
    neither the family's name nor its members, so a code that leaked or was guessed shows nothing.
    A code that matches no family answers family.code_invalid, like any wrong code, audited.
    """
    me = await patients.require_identity(actor)
    normalized = normalize_code(code)
    fam = await Family.filter(join_code=normalized, dissolved_at__isnull=True).first() \
        if len(normalized) == CODE_LENGTH else None
    if fam is None:
        await audit_service.record_denied(actor=actor, action="family.apply", target_type="Family",
                                          reason="unknown join code")
        raise FamilyCodeInvalid()
    async with in_transaction():
        member = await _enter(fam, me.account_id, state=PENDING, via="apply", relation=relation, note=note)
        await _event(fam.id, "member.applied", actor_id=me.account_id)
        await _audit(actor, "family.apply", member, family=fam.id)
        await _application_message(fam, me)
    return AppliedOut(family_id=fam.id, state=member.state)


async def list_applications(*, actor: Principal, family_id: int) -> list[FamilyApplicationOut]:
    await _membership(actor, family_id, owner=True)
    rows = await FamilyMember.filter(family_id=family_id, state=PENDING).order_by("updated_at")
    people = {p.account_id: p for p in await Patient.filter(
        account_id__in=[r.account_id for r in rows], is_self=True, deleted_at__isnull=True)}
    return [FamilyApplicationOut(**dict(await _person(r.account_id, people.get(r.account_id), actor=actor)),
                                 relation=r.relation, note=r.note, via=r.via, applied_at=r.updated_at)
            for r in rows]


@transactional
async def _decide(actor: Principal, family_id: int, account_id: int, *, approve: bool, reason: str = "") -> None:
    fam, mine = await _membership(actor, family_id, owner=True)
    async with in_transaction():
        row = await FamilyMember.filter(family_id=fam.id, account_id=account_id, state=PENDING) \
            .select_for_update().first()
        if row is None:
            raise ApplicationNotFound(details={"account_id": account_id})
        now = utcnow()
        if approve:
            row.state, row.joined_at = ACTIVE, now
        else:
            row.state, row.ended_at = "refused", now
        await row.save(update_fields=["state", "joined_at", "ended_at", "updated_at"])
        await _event(fam.id, "member.joined" if approve else "member.refused", actor_id=mine.account_id,
                     subject_id=account_id)
        await _audit(actor, "family.approve" if approve else "family.refuse", row, family=fam.id,
                     reason=reason or None)
        # A refused applicant never learns the family's name (they never were a member).
        await _tell([account_id], kind="family.decision", link=f"/family/{fam.id}" if approve else "/family",
                    title=f"您加入家庭「{fam.name}」的申请已通过" if approve else "您的加入家庭申请未通过")


async def approve(*, actor: Principal, family_id: int, account_id: int) -> None:
    await _decide(actor, family_id, account_id, approve=True)


async def refuse(*, actor: Principal, family_id: int, account_id: int, reason: str = "") -> None:
    await _decide(actor, family_id, account_id, approve=False, reason=reason)


@transactional
async def _end_membership(actor: Principal, fam: Family, row: FamilyMember, *, state: str, event: str,
                          action: str) -> None:
    async with in_transaction():
        await FamilyMember.filter(id=row.id).update(state=state, ended_at=utcnow())
        ended = await _end_grants(fam.id, row.account_id)
        await _revoke_invites_by(fam.id, row.account_id)
        await _event(fam.id, event, actor_id=actor.id,
                     subject_id=row.account_id if row.account_id != actor.id else None)
        await _audit(actor, action, row, family=fam.id, grants_ended=len(ended))
        await _ended(ended, state)
        if state == "removed":
            await _tell([row.account_id], kind="family.removed", link="/family", title=f"您已被移出家庭「{fam.name}」")


async def leave(*, actor: Principal, family_id: int) -> None:
    """Leave a family, or withdraw a pending application. The owner must transfer or dissolve first."""
    me = patients.require_mp(actor)
    fam = await Family.filter(id=family_id, dissolved_at__isnull=True).first()
    row = fam and await FamilyMember.filter(family_id=family_id, account_id=me, state__in=[ACTIVE, PENDING]).first()
    if not row:
        raise FamilyNotFound(details={"id": family_id})
    if fam.owner_id == me:
        raise OwnerCannotLeave()
    await _end_membership(actor, fam, row, state="left", event="member.left", action="family.leave")


async def remove_member(*, actor: Principal, family_id: int, account_id: int) -> None:
    """The owner removes a member; their grants to and from this family end at once."""
    fam, mine = await _membership(actor, family_id, owner=True)
    if account_id == mine.account_id:
        raise CannotRemoveSelf()
    row = await FamilyMember.filter(family_id=fam.id, account_id=account_id, state=ACTIVE).first()
    if row is None:
        raise MemberNotFound(details={"account_id": account_id})
    await _end_membership(actor, fam, row, state="removed", event="member.removed", action="family.remove")


@transactional
async def update_member(*, actor: Principal, family_id: int, account_id: int, relation: str | None = None,
                        note: str | None = None) -> MemberHomeOut:
    """The owner describes a member (relation to the owner, a note)."""
    fam, mine = await _membership(actor, family_id, owner=True)
    row = await FamilyMember.filter(family_id=fam.id, account_id=account_id, state=ACTIVE).first()
    if row is None:
        raise MemberNotFound(details={"account_id": account_id})
    changes = {k: v for k, v in {"relation": relation, "note": note}.items() if v is not None}
    if not changes:
        return await member_home(actor=actor, family_id=family_id, account_id=account_id)
    async with in_transaction():
        before = {k: getattr(row, k) for k in changes}
        await FamilyMember.filter(id=row.id).update(**changes)
        await _event(fam.id, "member.updated", actor_id=mine.account_id, subject_id=account_id)
        await audit_service.record(actor=actor, action="family.member_update", target_type="FamilyMember",
                                   target_id=row.id, before=before, after=changes)
    return await member_home(actor=actor, family_id=family_id, account_id=account_id)


async def member_home(*, actor: Principal, family_id: int, account_id: int) -> MemberHomeOut:
    """One member as the viewer may see them: masked identity, what each of them opened to the
    other, their recent changes, and (for the viewer's own data) what they looked at."""
    fam, mine = await _membership(actor, family_id)
    me = mine.account_id
    row = await FamilyMember.filter(family_id=fam.id, account_id=account_id, state=ACTIVE).first()
    if row is None:
        raise MemberNotFound(details={"account_id": account_id})
    person = await patients.self_patient(account_id)
    to_me, from_me = await _live_between(fam.id, me)
    mine_to_them = to_me.get(account_id, [])
    member = await _member_out(row, person, actor=actor, me=me, to_me=mine_to_them,
                               from_me=from_me.get(account_id, []))
    granted = {g.scope: g for g in mine_to_them}
    # Null on the viewer's own page rather than absent: a key that comes and goes cannot be declared
    # (MemberHomeOut), and a client then tells "not asked" from "looked at nothing".
    accesses = None
    if account_id != me:
        _, accesses = await accesses_to_me(actor=actor, grantee=account_id, limit=10)
    return MemberHomeOut(
        **dict(member),
        scopes=[ScopeAccessOut(scope=s, label=label,
                               i_may=("act" if granted[s].can_act else "see") if s in granted else None)
                for s, label in SCOPES.items()],
        # Other domains are asked with this id, and answer only under a grant.
        patient_id=person.id if person and (mine_to_them or account_id == me) else None,
        family_id=fam.id, events=await recent_events(actor=actor, family_id=fam.id, about=account_id, limit=10),
        their_accesses_to_me=accesses)


# ------------------------------------------------------------------ grants

def _grant_out(g: Grant, names: dict[int, str]) -> GrantOut:
    return GrantOut(id=g.id, family_id=g.family_id, grantor=g.grantor_id, grantor_name=names.get(g.grantor_id),
                    grantee=g.grantee_id, grantee_name=names.get(g.grantee_id), scope=g.scope,
                    label=SCOPES[g.scope], can_act=g.can_act, expires_at=g.expires_at, created_at=g.created_at)


@transactional
async def give(*, actor: Principal, family_id: int, grantee: int, scopes: list[str], can_act: bool = False,
               expires_at: dt.datetime | None = None) -> list[GrantOut]:
    """Open scopes of the actor's own data to another active member (replacing what was open)."""
    fam, mine = await _membership(actor, family_id)
    me = mine.account_id
    for s in scopes:
        _check_scope(s)
    if grantee == me:
        raise GrantToSelf()
    if not await FamilyMember.filter(family_id=fam.id, account_id=grantee, state=ACTIVE).exists():
        await audit_service.record_denied(actor=actor, action="family.grant", target_type="Family",
                                          target_id=fam.id, reason="grantee not a member")
        raise GranteeNotMember(details={"grantee": grantee})
    out: list[Grant] = []
    async with in_transaction():
        for s in scopes:
            g = await live_grants().filter(family_id=fam.id, grantor_id=me, grantee_id=grantee, scope=s) \
                .select_for_update().first()
            if g is None:
                g = await Grant.create(family_id=fam.id, grantor_id=me, grantee_id=grantee, scope=s,
                                       can_act=can_act, expires_at=expires_at)
            else:
                await Grant.filter(id=g.id).update(can_act=can_act, expires_at=expires_at)
                g.can_act, g.expires_at = can_act, expires_at
            out.append(g)
        await _event(fam.id, "grant.given", actor_id=me, subject_id=grantee, scopes=scopes, can_act=can_act,
                     expires_at=_iso(expires_at))
        await audit_service.record(actor=actor, action="family.grant", target_type="Family", target_id=fam.id,
                                   after={"grantee": grantee, "scopes": scopes, "can_act": can_act,
                                          "expires_at": _iso(expires_at), "grants": [g.id for g in out]})
    names = await _names([me, grantee])
    return [_grant_out(g, names) for g in out]


@transactional
async def revoke(*, actor: Principal, family_id: int, grant_id: int) -> None:
    """The grantor closes a grant; it stops counting at once and open sockets are told."""
    fam, mine = await _membership(actor, family_id)
    async with in_transaction():
        g = await Grant.filter(id=grant_id, family_id=fam.id, grantor_id=mine.account_id, revoked_at__isnull=True) \
            .select_for_update().first()
        if g is None:
            raise GrantNotFound(details={"id": grant_id})
        g.revoked_at = utcnow()
        await Grant.filter(id=g.id).update(revoked_at=g.revoked_at)
        await _event(fam.id, "grant.revoked", actor_id=mine.account_id, subject_id=g.grantee_id, scopes=[g.scope])
        await _audit(actor, "family.grant_revoke", g, family=fam.id, grantee=g.grantee_id, scope=g.scope)
        await _ended([g], "revoked")


async def list_grants(*, actor: Principal, family_id: int) -> GrantsOut:
    """Live grants of the family the viewer gave and received."""
    _, mine = await _membership(actor, family_id)
    me = mine.account_id
    rows = await live_grants().filter(family_id=family_id).filter(Q(grantor_id=me) | Q(grantee_id=me)) \
        .order_by("id")
    names = await _names([g.grantor_id for g in rows] + [g.grantee_id for g in rows])
    return GrantsOut(given=[_grant_out(g, names) for g in rows if g.grantor_id == me],
                     received=[_grant_out(g, names) for g in rows if g.grantee_id == me])


# ------------------------------------------------------------------ the gate other domains call

async def _grant_for(grantor: int, grantee: int, scope: str, act: bool) -> Grant | None:
    # Both must still be active in the family of the grant (leaving ends grants too; this is the belt).
    qs = live_grants().filter(grantor_id=grantor, grantee_id=grantee, scope=scope) \
        .filter(family_id__in=_active_families(grantee)).filter(family_id__in=_active_families(grantor))
    if act:
        qs = qs.filter(can_act=True)
    return await qs.order_by("-can_act", "id").first()


async def authorize(*, actor: Principal, patient_id: int, scope: str, act: bool = False) -> Grant | None:
    """May the actor see (or, with act, act on) `scope` of patient `patient_id`?

    None: the patient belongs to the actor's own account (no grant needed). A Grant: the patient is
    the real-name identity of another member who granted the actor this scope; pass it to
    `log_access` with what you did. Otherwise `family.no_grant` (403), also for unknown patients,
    and the attempt is audited. Call it outside your transaction, so the denial stays recorded.
    """
    me = patients.require_mp(actor)
    _check_scope(scope)
    p = await Patient.filter(id=patient_id, deleted_at__isnull=True).first()
    if p is not None and p.account_id == me:
        return None
    grant = None
    if p is not None and p.is_self and p.account_id:
        grant = await _grant_for(p.account_id, me, scope, act)
    if grant is None:
        await audit_service.record_denied(actor=actor, action="family.authorize", target_type="Patient",
                                          target_id=patient_id, reason=f"no grant: {scope}{' act' if act else ''}")
        raise NoGrant(details={"scope": scope, "act": act})
    return grant


@transactional
async def log_access(*, actor: Principal, grant: Grant | None, action: str, target_type: str, target_id) -> None:
    """Record one access made under `grant` for the grantor to read (no-op for the actor's own data)."""
    if grant is None:
        return
    async with in_transaction():
        row = await GrantAccess.create(grant_id=grant.id, grantor_id=grant.grantor_id, grantee_id=grant.grantee_id,
                                       scope=grant.scope, action=action[:32], target_type=target_type[:32],
                                       target_id=str(target_id)[:64])
        await audit_service.record(actor=actor, action="family.access", target_type=target_type,
                                   target_id=target_id, after={"grant": grant.id, "grantor": grant.grantor_id,
                                                               "scope": grant.scope, "access": action,
                                                               "grant_access": row.id})


async def reachable_patients(*, actor: Principal, scope: str, act: bool = False) -> list[ReachablePatientOut]:
    """Whom the actor may pick for `scope`: their own patients, then the members who granted it (masked)."""
    me = patients.require_mp(actor)
    _check_scope(scope)
    out = [ReachablePatientOut(**dict(await patients.present(p, actor=actor)), mine=True, account_id=me,
                               grant_id=None, can_act=True, family_id=None)
           for p in await Patient.filter(account_id=me, deleted_at__isnull=True).order_by("-is_self", "id")]
    qs = live_grants().filter(grantee_id=me, scope=scope).filter(family_id__in=_active_families(me))
    if act:
        qs = qs.filter(can_act=True)
    grants = await qs.order_by("-can_act", "id")
    if not grants:
        return out
    members = {(f, a): rel for f, a, rel in await FamilyMember.filter(
        family_id__in={g.family_id for g in grants}, account_id__in={g.grantor_id for g in grants},
        state=ACTIVE).values_list("family_id", "account_id", "relation")}
    by_grantor: dict[int, Grant] = {}
    for g in grants:
        if (g.family_id, g.grantor_id) in members:
            by_grantor.setdefault(g.grantor_id, g)
    for p in await Patient.filter(account_id__in=list(by_grantor), is_self=True, deleted_at__isnull=True) \
            .order_by("id"):
        g = by_grantor[p.account_id]
        shown = dict(await patients.present(p, actor=actor))
        shown["relation"] = members[(g.family_id, g.grantor_id)] or "家庭成员"
        out.append(ReachablePatientOut(**shown, mine=False, account_id=p.account_id, grant_id=g.id,
                                       can_act=g.can_act, family_id=g.family_id))
    return out


async def accesses_to_me(*, actor: Principal, grantee: int | None = None, limit: int = 20,
                         offset: int = 0) -> tuple[int, list[AccessOut]]:
    """Who looked at (or acted on) my data under my grants, newest first."""
    me = patients.require_mp(actor)
    qs = GrantAccess.filter(grantor_id=me)
    if grantee is not None:
        qs = qs.filter(grantee_id=grantee)
    total = await qs.count()
    rows = await qs.order_by("-id").offset(offset).limit(limit)
    names = await _names(r.grantee_id for r in rows)
    return total, [AccessOut(id=r.id, at=r.at, grantee=r.grantee_id, grantee_name=names.get(r.grantee_id),
                             scope=r.scope, label=SCOPES.get(r.scope, r.scope), action=r.action,
                             target_type=r.target_type, target_id=r.target_id) for r in rows]


async def note_change(*, account_id: int, scope: str, text: str, **detail: Any) -> None:
    """For other domains: a change of an account's health data (e.g. "更新了体征数据") shown on the
    homes of its families to the members it granted `scope` to. `text` must hold no personal data."""
    _check_scope(scope)
    for family_id in await FamilyMember.filter(account_id=account_id, state=ACTIVE,
                                               family__dissolved_at__isnull=True).values_list("family_id", flat=True):
        await _event(family_id, f"data.{scope}", actor_id=account_id, scope=scope, text=text, **detail)
