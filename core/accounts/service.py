"""Use cases of accounts: admin login and sessions, admin account management,
mini-program login with rotating refresh tokens, the console's realtime tickets."""
from __future__ import annotations

import datetime as dt
import secrets
import string
import uuid
from dataclasses import dataclass

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from core import context, crypto, scope
from core.cache import redis
from core.accounts import lockout, sessions, tokens
from core.accounts.errors import (
    AccountDisabled, CsrfFailed, InvalidCredentials, OldPasswordWrong, PasswordChangeRequired,
    OwnAccount, OwnRoles, PasswordExpired, PasswordReused, RefreshReused, RolesBeyondOwn, SessionExpired, TokenInvalid,
    UnknownRole,
    UsernameTaken,
)
from core.accounts.models import AdminAccount, MpAccount, RefreshToken
from core.accounts.passwords import check_policy, hash_password, verify_password
from core.accounts.permissions import ROLES, permissions_for
from core.accounts.schemas import LoginStateOut, PhysicianUnlockedOut, RealtimeTicketOut, UnlockedOut
from core.audit import service as audit_service
from core.db import after_commit_scope, utcnow, transactional
from core.errors import AppError, NotFound
from core.orgs.models import OrgNode
from core.principal import Principal
from core.recycle import service as recycle_service
from core.settings import get_settings


# ---------------------------------------------------------------- admin login

@dataclass
class AdminLogin:
    account: AdminAccount
    session_token: str
    csrf_token: str
    password_change_required: bool


def principal_of(account: AdminAccount, org: OrgNode) -> Principal:
    return Principal(kind="admin", id=account.id, name=account.username, org_id=org.id,
                     org_path=org.path, org_kind=org.kind.value, roles=tuple(account.roles),
                     permissions=permissions_for(account.roles))


def _password_expired(account: AdminAccount) -> bool:
    max_age = get_settings().password_max_age_days
    if max_age <= 0 or account.password_changed_at is None:
        return False
    return utcnow() - account.password_changed_at > dt.timedelta(days=max_age)


async def login(*, username: str, password: str, captcha_id: str | None = None,
                captcha_answer: str | None = None) -> AdminLogin:
    """Check the password under the lockout policy (core/accounts/lockout.py: per-account and
    per-address delays, a captcha after failures) and open a session."""
    ip = context.client_ip()
    who = Principal(kind="admin", name=username[:64])
    try:
        await lockout.check("admin", username, ip, captcha_id=captcha_id, captcha_answer=captcha_answer)
    except AppError as exc:
        await audit_service.record(actor=who, action="auth.login", outcome="denied",
                                   after={"reason": exc.code})
        raise
    account = await AdminAccount.filter(username=username, deleted_at__isnull=True).first()
    # Always verify a hash, so unknown users answer in the same time as known ones.
    ok = verify_password(account.password_hash if account else None, password)
    if not ok or account is None:
        await lockout.failure("admin", username, ip)
        await audit_service.record(actor=Principal(kind="admin", id=account.id if account else None,
                                                   name=username[:64]),
                                   action="auth.login", outcome="failure",
                                   org_id=account.org_id if account else None,
                                   after={"reason": "bad credentials"})
        raise InvalidCredentials(details={"captcha_required": await lockout.captcha_required("admin", username, ip)})
    if account.disabled:
        await audit_service.record(actor=Principal(kind="admin", id=account.id, name=username),
                                   action="auth.login", outcome="denied", org_id=account.org_id,
                                   after={"reason": "disabled"})
        raise AccountDisabled()
    await lockout.success("admin", username, ip)
    token, csrf = await sessions.create(account.id)
    account.last_login_at = utcnow()
    await account.save(update_fields=["last_login_at"])
    await audit_service.record(actor=Principal(kind="admin", id=account.id, name=username),
                               action="auth.login", org_id=account.org_id)
    return AdminLogin(account, token, csrf,
                      account.must_change_password or _password_expired(account))


@dataclass
class AdminSession:
    actor: Principal
    account: AdminAccount
    csrf_token: str


async def authenticate_session(*, session_token: str | None, csrf_token: str | None,
                               unsafe_method: bool, allow_password_change: bool = False) -> AdminSession:
    data = await sessions.load(session_token or "")
    if data is None:
        raise SessionExpired()
    account = await AdminAccount.filter(id=data["account_id"], deleted_at__isnull=True).first()
    if account is None or account.disabled:
        await sessions.end_all(data["account_id"])
        raise SessionExpired()
    if unsafe_method and not (csrf_token and crypto.constant_time_equals(csrf_token, data["csrf"])):
        raise CsrfFailed()
    if not allow_password_change:
        if account.must_change_password:
            raise PasswordChangeRequired()
        if _password_expired(account):
            raise PasswordExpired()
    org = await OrgNode.get(id=account.org_id)
    return AdminSession(principal_of(account, org), account, data["csrf"])


async def logout(*, actor: Principal) -> int:
    ended = await sessions.end_all(actor.id)
    await revoke_tickets(actor.id)
    await audit_service.record(actor=actor, action="auth.logout", target_type="AdminAccount",
                               target_id=actor.id, after={"sessions_ended": ended})
    return ended


@transactional
async def change_password(*, actor: Principal, old_password: str, new_password: str) -> None:
    account = await AdminAccount.get(id=actor.id)
    if not verify_password(account.password_hash, old_password):
        await audit_service.record(actor=actor, action="accounts.change_password", outcome="failure",
                                   target_type="AdminAccount", target_id=account.id,
                                   after={"reason": "old password wrong"})
        raise OldPasswordWrong()
    check_policy(new_password, username=account.username)
    if verify_password(account.password_hash, new_password):
        raise PasswordReused()
    async with in_transaction():
        account.password_hash = hash_password(new_password)
        account.must_change_password = False
        account.password_changed_at = utcnow()
        await account.save(update_fields=["password_hash", "must_change_password", "password_changed_at"])
        await audit_service.record(actor=actor, action="accounts.change_password",
                                   target_type="AdminAccount", target_id=account.id)
        await revoke_tickets(account.id)
    await sessions.end_all(account.id)


# ------------------------------------------------------- the console's realtime tickets

def admin_subject(account_id: int) -> str:
    """The revocation subject (core/accounts/tokens.py) of an administrator's realtime tickets."""
    return f"admin:{account_id}"


async def revoke_tickets(account_id: int) -> None:
    """End every realtime ticket of an administrator account (logout, disabled, deleted, roles or
    password changed): called inside the change's transaction, so its open sockets close (4003)
    once the change committed (the `accounts.tokens_revoked` event) and a new ticket is refused
    at once on every worker (`tokens.publish`, after the commit)."""
    subject = admin_subject(account_id)
    stamp = await tokens.revoke(subject)
    pending = after_commit_scope()
    if pending is not None:
        pending.add(lambda: tokens.publish(subject, stamp))
    else:  # revoke committed on its own (logout)
        await tokens.publish(subject, stamp)


async def realtime_ticket(*, actor: Principal) -> RealtimeTicketOut:
    """A short-lived access token for the realtime gateway's first frame, for a console page that
    holds a cookie session (which a WebSocket cannot present safely: the gateway authenticates by
    its first frame, never by ambient cookies). It carries the account's revocation stamp, so a
    logout, disabling, new roles or a new password end it and close its sockets; the gateway
    turns it into the same principal as the session (`authenticate_access`, roles read again)."""
    if actor.kind != "admin" or actor.id is None:
        raise TokenInvalid(details={"reason": "not an administrator session"})
    seconds = get_settings().realtime_ticket_seconds
    ep = await tokens.stamp_of(admin_subject(actor.id))
    token, _, exp = tokens.encode(sub=actor.id, typ="access", seconds=seconds, who="admin", ep=ep)
    return RealtimeTicketOut(token=token, expires_in=seconds, expires_at=exp, account=admin_subject(actor.id),
                             url="/realtime/v1/ws")


async def _ticket_principal(account_id: int) -> Principal:
    """The principal of a realtime ticket: the account as it is now (a disabled or deleted one is refused)."""
    account = await AdminAccount.filter(id=account_id, deleted_at__isnull=True).first()
    if account is None or account.disabled:
        raise TokenInvalid(details={"reason": "account disabled"})
    if account.must_change_password or _password_expired(account):
        raise PasswordChangeRequired()
    org = await OrgNode.get(id=account.org_id)
    return principal_of(account, org)


# ------------------------------------------------------- admin account management

def generate_initial_password() -> str:
    alphabet = string.ascii_letters + string.digits
    while True:
        body = "".join(secrets.choice(alphabet) for _ in range(10))
        pw = body + secrets.choice("@#%&*!") + secrets.choice(string.digits)
        if any(c.islower() for c in pw) and any(c.isupper() for c in pw):
            return pw


def _check_roles(roles: list[str]) -> None:
    unknown = [r for r in roles if r not in ROLES]
    if unknown:
        raise UnknownRole(details={"roles": unknown, "known": sorted(ROLES)})


def _check_grantable(actor: Principal, org_id: int, roles: list[str]) -> None:
    """Inside the actor's own org, roles may grant nothing the actor lacks (an institution
    admin makes record-room staff or proctors, not commission admins). Below it, the
    subtree scope is what bounds an account, so a commission sets up its institutions."""
    _check_roles(roles)
    if org_id == actor.org_id:
        beyond = sorted(permissions_for(roles) - actor.permissions)
        if beyond:
            raise RolesBeyondOwn(details={"roles": roles, "permissions": beyond})


@transactional
async def create_admin(*, actor: Principal, username: str, org_id: int, roles: list[str],
                       display_name: str = "", phone: str | None = None,
                       password: str | None = None) -> tuple[AdminAccount, str]:
    """Create an administrator under an org in the actor's scope.

    Returns the account and its initial password, which must be changed at first login.
    """
    await scope.require(actor, "accounts.write")
    org = await scope.get(actor, OrgNode, org_id)
    _check_grantable(actor, org.id, roles)
    initial = password or generate_initial_password()
    check_policy(initial, username=username)
    try:
        async with in_transaction():
            account = await AdminAccount.create(
                username=username, display_name=display_name, org_id=org.id, roles=roles,
                password_hash=hash_password(initial), must_change_password=True,
                phone=phone, phone_bidx=crypto.blind_index(phone, purpose="phone") if phone else None,
            )
            await audit_service.record(actor=actor, action="accounts.create", target_type="AdminAccount",
                                       target_id=account.id, after=audit_service.snapshot(account),
                                       org_id=org.id)
    except IntegrityError as exc:
        raise UsernameTaken(details={"username": username}) from exc
    return account, initial


@transactional
async def bootstrap_admin(*, username: str, password: str, org_id: int, roles: list[str],
                          display_name: str = "", must_change_password: bool = True) -> AdminAccount:
    """Create an administrator from the command line (no acting administrator yet)."""
    _check_roles(roles)
    check_policy(password, username=username)
    org = await OrgNode.get_or_none(id=org_id, deleted_at__isnull=True)
    if org is None:
        raise NotFound(details={"type": "OrgNode", "id": org_id})
    if await AdminAccount.filter(username=username).exists():
        raise UsernameTaken(details={"username": username})
    async with in_transaction():
        account = await AdminAccount.create(
            username=username, display_name=display_name, org_id=org.id, roles=roles,
            password_hash=hash_password(password), must_change_password=must_change_password,
            password_changed_at=None if must_change_password else utcnow())
        await audit_service.record(actor=Principal(kind="system", name="cli"), action="accounts.create",
                                   target_type="AdminAccount", target_id=account.id,
                                   after=audit_service.snapshot(account), org_id=org.id)
    return account


async def list_admins(*, actor: Principal, q: str | None = None, org_id: int | None = None,
                      disabled: bool | None = None, role: str | None = None, limit: int = 20,
                      offset: int = 0) -> tuple[int, list[AdminAccount]]:
    """Accounts in scope; q matches the username, org_id takes that org's subtree."""
    await scope.require(actor, "accounts.read")
    qs = scope.scoped(actor, AdminAccount)
    if q:
        qs = qs.filter(username__icontains=q)
    if org_id is not None:
        org = await scope.get(actor, OrgNode, org_id)
        qs = qs.filter(org__path__startswith=org.path)
    if disabled is not None:
        qs = qs.filter(disabled=disabled)
    if role:
        _check_roles([role])
        # Roles are a JSON list, which neither dialect indexes; a scope holds few enough accounts.
        qs = qs.filter(id__in=[a.id for a in await qs.only("id", "roles") if role in (a.roles or [])])
    return await qs.count(), await qs.order_by("id").offset(offset).limit(limit)


async def get_admin(*, actor: Principal, account_id: int) -> AdminAccount:
    await scope.require(actor, "accounts.read")
    return await scope.get(actor, AdminAccount, account_id)


async def _not_self(actor: Principal, account_id: int, action: str) -> None:
    """Account management acts on others only. On oneself, a reset would give a new password
    without the old one (a stolen session becomes a stolen account) and a disable or delete
    would lock the owner out; the own password changes through `change_password`."""
    if account_id == actor.id and actor.kind == "admin":
        await audit_service.record_denied(actor=actor, action=action, target_type="AdminAccount",
                                          target_id=account_id, reason="own account")
        raise OwnAccount()


@transactional
async def set_disabled(*, actor: Principal, account_id: int, disabled: bool) -> AdminAccount:
    await scope.require(actor, "accounts.write")
    await _not_self(actor, account_id, "accounts.disable" if disabled else "accounts.enable")
    async with scope.locked(actor, AdminAccount, account_id) as account:
        before = audit_service.snapshot(account)
        account.disabled = disabled
        await account.save(update_fields=["disabled"])
        await audit_service.record(actor=actor, action="accounts.disable" if disabled else "accounts.enable",
                                   target_type="AdminAccount", target_id=account.id, before=before,
                                   after=audit_service.snapshot(account), org_id=account.org_id)
        if disabled:
            await revoke_tickets(account.id)
    if disabled:
        await sessions.end_all(account.id)
    return account


@transactional
async def set_roles(*, actor: Principal, account_id: int, roles: list[str]) -> AdminAccount:
    """Change what an account may do; it applies from its next request (sessions read the roles), and
    its realtime sockets close (their principal carries the old roles) to reconnect with a new ticket."""
    await scope.require(actor, "accounts.write")
    if account_id == actor.id:
        raise OwnRoles()
    async with scope.locked(actor, AdminAccount, account_id) as account:
        _check_grantable(actor, account.org_id, roles)
        before = audit_service.snapshot(account)
        account.roles = list(dict.fromkeys(roles))
        await account.save(update_fields=["roles"])
        await audit_service.record(actor=actor, action="accounts.set_roles", target_type="AdminAccount",
                                   target_id=account.id, before=before, after=audit_service.snapshot(account),
                                   org_id=account.org_id)
        await revoke_tickets(account.id)
    return account


@transactional
async def reset_password(*, actor: Principal, account_id: int) -> tuple[AdminAccount, str]:
    await scope.require(actor, "accounts.write")
    await _not_self(actor, account_id, "accounts.reset_password")
    initial = generate_initial_password()
    async with scope.locked(actor, AdminAccount, account_id) as account:
        account.password_hash = hash_password(initial)
        account.must_change_password = True
        await account.save(update_fields=["password_hash", "must_change_password"])
        await audit_service.record(actor=actor, action="accounts.reset_password",
                                   target_type="AdminAccount", target_id=account.id, org_id=account.org_id)
        await revoke_tickets(account.id)
    await sessions.end_all(account.id)
    return account, initial


@transactional
async def unlock_admin(*, actor: Principal, account_id: int) -> UnlockedOut:
    """A superior (an administrator whose scope holds the account, with accounts.write) lifts the
    login delays of an account at once, e.g. after a colleague's typos or a guessing attack."""
    await scope.require(actor, "accounts.write")
    await _not_self(actor, account_id, "accounts.unlock")
    async with scope.locked(actor, AdminAccount, account_id) as account:
        cleared = await lockout.unlock("admin", account.username)
        await audit_service.record(actor=actor, action="accounts.unlock", target_type="AdminAccount",
                                   target_id=account.id, org_id=account.org_id,
                                   before={"failures": cleared}, after={"failures": 0})
    return UnlockedOut(id=account.id, username=account.username, failures_cleared=cleared)


async def unlock_physician(*, actor: Principal, physician_id: int) -> PhysicianUnlockedOut:
    """An administrator who maintains the physician (physicians.write, in scope) lifts the delays of
    the physician's PC login and mini-program bind at once (same policy, see lockout.py), audited."""
    from core.assessment.models import Physician

    await scope.require(actor, "physicians.write")
    doc = await scope.get(actor, Physician, physician_id)
    key = doc.id_number_bidx[:32]  # the account key physician_login and the bind use: no ID number
    cleared = await lockout.unlock("physician", key) + await lockout.unlock("bind", key)
    await audit_service.record(actor=actor, action="physicians.unlock_login", target_type="Physician",
                               target_id=doc.id, org_id=doc.institution_id,
                               before={"failures": cleared}, after={"failures": 0})
    return PhysicianUnlockedOut(id=doc.id, failures_cleared=cleared)


async def login_state(*, actor: Principal, account_id: int) -> LoginStateOut:
    """Failures counted against an account and the delay its next attempt from elsewhere faces."""
    await scope.require(actor, "accounts.read")
    account = await scope.get(actor, AdminAccount, account_id)
    st = await lockout.state("admin", account.username, None)
    return LoginStateOut(id=account.id, failures=st["failures"], retry_after=st["retry_after"],
                         captcha_required=st["captcha_required"])


@transactional
async def delete_admin(*, actor: Principal, account_id: int) -> None:
    await scope.require(actor, "accounts.write")
    await _not_self(actor, account_id, "accounts.delete")
    async with scope.locked(actor, AdminAccount, account_id) as account:
        await recycle_service.soft_delete(actor=actor, obj=account, action="accounts.delete")
        await revoke_tickets(account.id)
    await sessions.end_all(account.id)




# ------------------------------------------------------------ mini-program login

@dataclass
class TokenPair:
    access_token: str
    refresh_token: str
    expires_in: int
    account_id: int


def mp_actor(account_id: int) -> Principal:
    return Principal(kind="mp", id=account_id, name=f"mp:{account_id}")


async def _issue(account: MpAccount, family: str) -> TokenPair:
    """A new access token and a new refresh token of `family` (one family per wx.login).

    The access token carries the family too, so ending a family also ends its
    access tokens before they expire (see authenticate_access).
    """
    s = get_settings()
    ep = await tokens.stamp_of(f"mp:{account.id}")  # disabling the account ends these at once
    access, _, _ = tokens.encode(sub=account.id, typ="access", seconds=s.jwt_access_seconds, fam=family, ep=ep)
    refresh, jti, exp = tokens.encode(sub=account.id, typ="refresh", seconds=s.jwt_refresh_seconds, fam=family,
                                      ep=ep)
    await RefreshToken.create(jti=jti, account_id=account.id, family=family, expires_at=exp)
    return TokenPair(access, refresh, s.jwt_access_seconds, account.id)


@transactional
async def _login_account(*, openid: str, unionid: str | None, session_key: str | None,
                         action: str, unionid_first: bool = False) -> TokenPair | None:
    """Find or create the account of a WeChat user and issue tokens; None if disabled.

    The mini-program looks the account up by its openid, then by unionid. The H5 client's
    web authorisation comes from another app (the official account), whose openid differs
    for the same person: it looks up by unionid first, so both land on one account.
    """
    async with in_transaction():
        # A plain read, not FOR UPDATE: on MySQL/MariaDB, FOR UPDATE on a missing row takes a
        # gap lock, and two first logins in the same gap then deadlock on their inserts.
        account = None
        if unionid_first and unionid:
            account = await MpAccount.filter(unionid=unionid).order_by("id").first()
        if account is None:
            account = await MpAccount.filter(openid=openid).first()
        if account is None and unionid and not unionid_first:
            account = await MpAccount.filter(unionid=unionid).order_by("id").first()
        if account is not None and account.disabled:
            await audit_service.record(actor=mp_actor(account.id), action=action,
                                       outcome="denied", target_type="MpAccount",
                                       target_id=account.id, after={"reason": "disabled"})
            return None
        created = account is None
        if created:
            account = MpAccount(openid=openid)
        account.unionid = unionid or account.unionid
        if unionid_first:  # the web authorisation: this openid is the official account's
            account.oa_openid = openid
        if session_key:  # only the mini-program's login has one; the web login keeps it
            account.session_key = session_key
        account.last_login_at = utcnow()
        await account.save()
        pair = await _issue(account, str(uuid.uuid4()))
        await audit_service.record(actor=mp_actor(account.id), action=action,
                                   target_type="MpAccount", target_id=account.id,
                                   after={"created": created})
    return pair


async def login_wechat_user(**kwargs) -> TokenPair:
    try:
        pair = await _login_account(**kwargs)
    except IntegrityError:
        # Two first logins of one openid raced and the other one created the account:
        # a new transaction sees it.
        pair = await _login_account(**kwargs)
    if pair is None:
        raise AccountDisabled()
    return pair


async def wx_login(*, code: str) -> TokenPair:
    """wx.login code → WeChat session → account by openid, else unionid, else new → tokens."""
    from core import wechat  # wechatpy and requests (0.2 s) load at the first WeChat login, not at start

    wx = await wechat.code_to_session(code)
    return await login_wechat_user(openid=wx.openid, unionid=wx.unionid, session_key=wx.session_key,
                        action="auth.wx_login")


async def wx_web_login(*, code: str) -> TokenPair:
    """The official account's web authorisation code (H5 client) → openid/unionid → the
    mini-program's account by unionid, else by this openid, else new → the same tokens."""
    from core import wechat  # loaded on first use, as in wx_login

    user = await wechat.web_code_to_user(code)
    return await login_wechat_user(openid=user.openid, unionid=user.unionid, session_key=None,
                        action="auth.wx_web_login", unionid_first=True)


async def wechat_openid(*, account_id: int, app: str) -> str | None:
    """The account's openid in the mini-program (`app="mp"`) or the official account (`"oa"`), when
    known. An account the H5 client's web login created holds the official account's openid in
    `openid` too: its mini-program openid is unknown."""
    account = await MpAccount.get_or_none(id=account_id)
    if account is None or account.disabled:
        return None
    if app == "oa":
        return account.oa_openid
    return account.openid if account.openid != account.oa_openid else None


@transactional
async def refresh(*, refresh_token: str) -> TokenPair:
    """Rotate: the presented refresh token is used up and a new pair of its family issued.

    Presenting a used (or revoked) refresh token means it was copied: the whole
    family is revoked, its refresh tokens in the database and its access tokens
    through a Redis marker that outlives them.
    """
    claims = await tokens.verify(refresh_token, typ="refresh")
    now = utcnow()
    async with in_transaction():
        row = await RefreshToken.filter(jti=claims["jti"]).select_for_update().first()
        if row is None or str(row.account_id) != claims["sub"]:
            raise TokenInvalid(details={"reason": "unknown refresh token"})
        if row.used_at is not None or row.revoked_at is not None:
            # A stolen token was replayed, or the client replayed one: end the whole family.
            await RefreshToken.filter(family=row.family, revoked_at__isnull=True).update(revoked_at=now)
            await audit_service.record(actor=mp_actor(row.account_id), action="auth.refresh",
                                       outcome="denied", target_type="MpAccount",
                                       target_id=row.account_id,
                                       after={"reason": "refresh token reused", "family": row.family})
            reused = row.family
        else:
            reused = None
            row.used_at = now
            await row.save(update_fields=["used_at"])
            account = await MpAccount.get(id=row.account_id)
            if account.disabled:
                raise AccountDisabled()
            pair = await _issue(account, row.family)
    if reused is not None:
        await redis().set(tokens.revoked_family_key(reused), "1", ex=get_settings().jwt_access_seconds + 60)
        raise RefreshReused()
    return pair


async def authenticate_access(*, token: str, allow_password_change: bool = False,
                              allow_admin: bool = False) -> Principal:
    """The caller of a bearer token (tokens.verify checks revocation). A physician's token from an
    initial or reset password reaches only the password change until the password is changed.
    An administrator's realtime ticket counts only where `allow_admin` says so (the gateway): the
    bearer APIs are the mini-program's, whose services take the principal for a patient's."""
    claims = await tokens.verify(token, typ="access")
    if claims.get("who") == "admin":
        if not allow_admin:
            raise TokenInvalid(details={"reason": "an administrator's realtime ticket"})
        return await _ticket_principal(int(claims["sub"]))
    if claims.get("who") == "physician":  # a physician on the PC, without WeChat
        if claims.get("pwc") and not allow_password_change:
            raise PasswordChangeRequired()
        return Principal(kind="physician", id=int(claims["sub"]), name=f"physician:{claims['sub']}")
    return mp_actor(int(claims["sub"]))
