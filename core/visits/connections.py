"""Onboarding of institutions to the visit assistant (seed 003 各家医疗机构云陪诊接入): the switches,
the HIS connection, its test, and its health.

Why here and not in each transport: an operator onboarding a hospital decides in one place whether
the assistant and the cloud accompaniment are open there and how its systems reach the centre
(AMQP queue, signed webhook, or polling through a HIS adapter), tests the connection, and watches
it afterwards (last event, backlog and lag of its sub-centre, quarantined events, counters). The
webhook secret is generated here, stored encrypted and shown once; rotating it invalidates the
old one at once. Permission `visits.manage`, scoped to the institution; every change audited.
"""
from __future__ import annotations

import secrets
import time

from tortoise.transactions import in_transaction

from core import cache, scope
from core.audit import service as audit_service
from core.db import transactional
from core.errors import NotFound
from core.his import adapter as his_adapter
from core.orgs.models import OrgKind, OrgNode
from core.outputs import Page
from core.principal import Principal
from core.settings import get_settings
from core.visits.centre import intake, runner
from core.visits.centre.errors import ConnectionInvalid
from core.visits.centre.schemas import (
    MODE_LABELS, ConnectionIn, ConnectionOut, HealthOut, SecretOut, TestOut,
)
from core.visits.models import HisConnection, VisitEvent

PERM_MANAGE = "visits.manage"
WEBHOOK_PATH = "/api/his/v1/institutions/{}/events"
SIGNED_RECENTLY_MS = 24 * 3600 * 1000  # a webhook "works" when a signed request came within a day


async def _institution(actor: Principal, institution_id: int) -> OrgNode:
    await scope.require(actor, PERM_MANAGE)
    node = await scope.get(actor, OrgNode, institution_id)
    if node.kind != OrgKind.MEDICAL:
        raise NotFound(details={"type": "OrgNode", "id": institution_id})
    return node


def _out(node: OrgNode, conn: HisConnection | None) -> ConnectionOut:
    c = conn or HisConnection(institution_id=node.id, secret="")
    return ConnectionOut(
        institution_id=node.id, institution_name=node.name, configured=conn is not None,
        assistant_enabled=c.assistant_enabled, accompany_enabled=c.accompany_enabled, adapter=c.adapter,
        mode=c.mode, mode_label=MODE_LABELS.get(c.mode, c.mode), queue=c.queue, config=dict(c.config or {}),
        poll_seconds=c.poll_seconds, has_secret=bool(c.secret), secret_masked="******" if c.secret else "",
        webhook_path=WEBHOOK_PATH.format(node.id), cursor=c.cursor, updated_at=getattr(c, "updated_at", None))


async def list_connections(*, actor: Principal, limit: int = 20, offset: int = 0) -> Page[ConnectionOut]:
    """The medical institutions in scope with their connections (defaults where none was saved)."""
    await scope.require(actor, PERM_MANAGE)
    qs = scope.scoped(actor, OrgNode).filter(kind=OrgKind.MEDICAL)
    total = await qs.count()
    nodes = await qs.order_by("code", "id").offset(offset).limit(limit)
    saved = {c.institution_id: c for c in await HisConnection.filter(institution_id__in=[n.id for n in nodes])}
    return Page[ConnectionOut](total=total, page=offset // limit + 1, page_size=limit,
                               items=[_out(n, saved.get(n.id)) for n in nodes])


async def get_connection(*, actor: Principal, institution_id: int) -> ConnectionOut:
    node = await _institution(actor, institution_id)
    return _out(node, await HisConnection.filter(institution_id=node.id).first())


def _check(data: ConnectionIn) -> None:
    if his_adapter.adapter_class(data.adapter) is None:
        raise ConnectionInvalid(details={"field": "adapter", "known": his_adapter.known()})
    if data.mode == "amqp" and not data.queue:
        raise ConnectionInvalid("消息队列推送需要填写队列名", details={"field": "queue"})


@transactional
async def update_connection(*, actor: Principal, institution_id: int, data: ConnectionIn) -> ConnectionOut:
    """Save the switches and the connection (created on first save)."""
    node = await _institution(actor, institution_id)
    _check(data)
    async with in_transaction():
        conn = await HisConnection.filter(institution_id=node.id).select_for_update().first()
        before = audit_service.snapshot(conn) if conn else None
        values = data.model_dump()
        if conn is None:
            conn = await HisConnection.create(institution_id=node.id, secret="", **values)
        else:
            if values["mode"] != conn.mode or values["adapter"] != conn.adapter:
                values["cursor"] = ""  # another feed: its positions mean nothing to the new one
            for name, value in values.items():
                setattr(conn, name, value)
            await conn.save()
        await audit_service.record(actor=actor, action="visits.connection_update", target_type="HisConnection",
                                   target_id=conn.id, before=before, after=audit_service.snapshot(conn),
                                   org_id=node.id)
    return _out(node, conn)


@transactional
async def rotate_secret(*, actor: Principal, institution_id: int) -> SecretOut:
    """A new webhook secret (the old one stops working at once), returned this once."""
    node = await _institution(actor, institution_id)
    secret = secrets.token_urlsafe(32)
    async with in_transaction():
        conn = await HisConnection.filter(institution_id=node.id).select_for_update().first()
        if conn is None:
            conn = await HisConnection.create(institution_id=node.id, secret=secret)
        else:
            conn.secret = secret
            await conn.save(update_fields=["secret", "updated_at"])
        await audit_service.record(actor=actor, action="visits.secret_rotate", target_type="HisConnection",
                                   target_id=conn.id, org_id=node.id)
    return SecretOut(institution_id=node.id, secret=secret, webhook_path=WEBHOOK_PATH.format(node.id))


async def test_connection(*, actor: Principal, institution_id: int) -> TestOut:
    """Ask the other side: the HIS adapter's ping (poll), the AMQP queue (declared passively), or
    whether a correctly signed webhook request came within a day."""
    node = await _institution(actor, institution_id)
    conn = await HisConnection.filter(institution_id=node.id).first()
    mode = conn.mode if conn else "webhook"
    started = time.perf_counter()
    ok, detail = False, ""
    try:
        if conn is None:
            detail = "尚未配置接入"
        elif mode == "amqp":
            url = get_settings().amqp_url
            if not url:
                detail = "未配置消息队列服务（AMQP_URL）"
            else:
                from core.visits.centre import amqp

                count = await amqp.check_queue(url=url, queue=conn.queue)
                ok, detail = True, f"队列 {conn.queue} 可用，待取消息 {count} 条"
        elif mode == "poll":
            cls = his_adapter.adapter_class(conn.adapter)
            if cls is None:
                detail = f"未知的HIS接口 {conn.adapter}"
            else:
                await cls(institution_id=node.id, config=conn.config).ping()
                ok, detail = True, "HIS接口连接正常"
        else:
            signed = (await cache.redis().hget(intake.stats_key(node.id), "last_signed")) or ""
            if not conn.secret:
                detail = "尚未生成推送密钥"
            elif signed.isdigit() and time.time() * 1000 - int(signed) < SIGNED_RECENTLY_MS:
                ok, detail = True, "最近 24 小时内收到签名正确的推送"
            else:
                detail = "最近 24 小时内未收到签名正确的推送"
    except Exception as exc:
        detail = f"连接失败：{getattr(exc, 'message', '') or type(exc).__name__}"[:200]
    out = TestOut(institution_id=node.id, mode=mode, ok=ok, detail=detail,
                  latency_ms=int((time.perf_counter() - started) * 1000))
    await audit_service.record(actor=actor, action="visits.connection_test", target_type="HisConnection",
                               target_id=conn.id if conn else "", after={"ok": ok, "mode": mode}, org_id=node.id,
                               outcome="success" if ok else "failure")
    return out


async def _health_of(node: OrgNode, conn: HisConnection | None, quarantined: int) -> HealthOut:
    r = cache.redis()
    key = intake.stream_key(node.id)
    backlog = int(await r.xlen(key))
    lag = 0.0
    if backlog:
        first = await r.xrange(key, count=1)
        if first:
            lag = max(0.0, time.time() - int(first[0][0].split("-")[0]) / 1000)
    c = conn or HisConnection(institution_id=node.id, secret="")
    return HealthOut(
        institution_id=node.id, institution_name=node.name, mode=c.mode, assistant_enabled=c.assistant_enabled,
        last_event_at=c.last_event_at, last_received_at=c.last_received_at, last_polled_at=c.last_polled_at,
        lag_seconds=round(lag, 3), backlog=backlog, pending=await runner.pending(node.id), quarantined=quarantined,
        received=c.received, applied=c.applied, duplicates=c.duplicates, refused=c.refused,
        served_by=await runner.holder(node.id),
        last_error=c.last_error or (await r.hget(intake.stats_key(node.id), "error") or ""))


async def health(*, actor: Principal, limit: int = 50, offset: int = 0) -> Page[HealthOut]:
    """Per institution in scope: last event, backlog and lag of its stream, quarantined events, counters."""
    await scope.require(actor, PERM_MANAGE)
    qs = scope.scoped(actor, OrgNode).filter(kind=OrgKind.MEDICAL)
    total = await qs.count()
    nodes = await qs.order_by("code", "id").offset(offset).limit(limit)
    ids = [n.id for n in nodes]
    saved = {c.institution_id: c for c in await HisConnection.filter(institution_id__in=ids)}
    counts = await _quarantined(ids)
    return Page[HealthOut](total=total, page=offset // limit + 1, page_size=limit,
                           items=[await _health_of(n, saved.get(n.id), counts.get(n.id, 0)) for n in nodes])


async def health_of(*, actor: Principal, institution_id: int) -> HealthOut:
    node = await _institution(actor, institution_id)
    conn = await HisConnection.filter(institution_id=node.id).first()
    return await _health_of(node, conn, (await _quarantined([node.id])).get(node.id, 0))


async def _quarantined(ids: list[int]) -> dict[int, int]:
    from tortoise.functions import Count

    if not ids:
        return {}
    rows = await VisitEvent.filter(institution_id__in=ids, status="quarantined").annotate(n=Count("id")) \
        .group_by("institution_id").values_list("institution_id", "n")
    return {int(i): int(n) for i, n in rows}
