"""Administrators acting on mini-program accounts: view, disable, re-enable.

Why: a stolen or abused WeChat account must stop at once, not when its tokens expire.
Disabling revokes every token of the account through the one revocation mechanism
(core.accounts.tokens) and its refresh tokens in the database; wx-login and refresh
refuse a disabled account. Re-enabling lets it log in again (its old tokens stay dead).

Scope: a mini-program account hangs off the org tree only through the physician it
is bound to, so an administrator with `accounts.write` reaches the accounts bound to
physicians of their subtree (an institution its own physicians, a commission those
below it); the province (the platform operator) reaches every account, bound or not
(patients and relatives have no institution). Anything else answers like a missing
account, and the attempt is audited, as everywhere (core.scope).
"""
from __future__ import annotations

from dataclasses import dataclass

from tortoise.expressions import Q, Subquery
from tortoise.transactions import in_transaction

from core import scope
from core.accounts import tokens
from core.accounts.models import MpAccount, RefreshToken
from core.assessment.models import Physician
from core.audit import service as audit_service
from core.db import utcnow, transactional
from core.errors import NotFound
from core.masking import mask_name
from core.principal import Principal


@dataclass
class MpAccountView:
    account: MpAccount
    physician_id: int | None
    institution_id: int | None


async def _reach(actor: Principal, account_id: int, permission: str) -> MpAccountView:
    await scope.require(actor, permission)
    account = await MpAccount.get_or_none(id=account_id)
    doc = None
    if account is not None:
        doc = await scope.scoped(actor, Physician).filter(mp_account_id=account.id).first()
    if account is None or (doc is None and not scope.is_root(actor)):
        if account is not None:
            await audit_service.record_denied(actor=actor, action="scope.read", target_type="MpAccount",
                                              target_id=account_id, reason="outside scope")
        raise NotFound(details={"type": "MpAccount", "id": account_id})
    if doc is None:  # the province: show the binding wherever it is
        doc = await Physician.filter(mp_account_id=account.id, deleted_at__isnull=True).first()
    return MpAccountView(account, doc.id if doc else None, doc.institution_id if doc else None)


async def get_mp_account(*, actor: Principal, account_id: int) -> MpAccountView:
    return await _reach(actor, account_id, "accounts.read")


@transactional
async def set_mp_disabled(*, actor: Principal, account_id: int, disabled: bool) -> MpAccountView:
    """Disable (every access and refresh token ends now) or re-enable a mini-program account."""
    view = await _reach(actor, account_id, "accounts.write")
    subject = f"mp:{account_id}"
    stamp = None
    async with in_transaction():
        account = await MpAccount.filter(id=account_id).select_for_update().first()
        before = audit_service.snapshot(account)
        account.disabled = disabled
        await account.save(update_fields=["disabled"])
        ended = 0
        if disabled:
            ended = await RefreshToken.filter(account_id=account.id, revoked_at__isnull=True,
                                              used_at__isnull=True).update(revoked_at=utcnow())
            stamp = await tokens.revoke(subject)
        await audit_service.record(actor=actor, action="mp_accounts.disable" if disabled else "mp_accounts.enable",
                                   target_type="MpAccount", target_id=account.id, before=before,
                                   after={**audit_service.snapshot(account), "refresh_tokens_revoked": ended},
                                   org_id=view.institution_id)
    if stamp is not None:
        await tokens.publish(subject, stamp)
    view.account = account
    return view


@dataclass
class MpAccountRow:
    account: MpAccount
    physician_id: int | None
    physician_name: str  # masked
    institution_id: int | None


async def list_mp_accounts(*, actor: Principal, q: str | None = None, disabled: bool | None = None,
                           limit: int = 20, offset: int = 0) -> tuple[int, list[MpAccountRow]]:
    """The accounts the actor reaches (as `_reach`: bound to physicians of the subtree; the
    province every account), newest first. q: the bound physician's name, or an account id."""
    await scope.require(actor, "accounts.read")
    if scope.is_root(actor):
        qs = MpAccount.all()
    else:
        qs = MpAccount.filter(id__in=Subquery(scope.scoped(actor, Physician).filter(
            mp_account_id__isnull=False).values("mp_account_id")))
    if q:
        named = Q(id__in=Subquery(Physician.filter(deleted_at__isnull=True, name__icontains=q)
                                  .values("mp_account_id")))
        qs = qs.filter(named | Q(id=int(q)) if q.isdigit() and len(q) < 10 else named)
    if disabled is not None:
        qs = qs.filter(disabled=disabled)
    total = await qs.count()
    accounts = await qs.order_by("-id").offset(offset).limit(limit)
    bound = {d.mp_account_id: d for d in await Physician.filter(
        mp_account_id__in=[a.id for a in accounts], deleted_at__isnull=True)}
    return total, [MpAccountRow(a, bound[a.id].id if a.id in bound else None,
                                mask_name(bound[a.id].name) if a.id in bound else "",
                                bound[a.id].institution_id if a.id in bound else None) for a in accounts]
