"""The application factory: one Sanic app with all four faces on one core.

`sanic bff.app:create_app --factory` serves it; tests call create_app(settings).
"""
from __future__ import annotations

import logging

from sanic import Sanic
from sanic_ext import openapi
from sanic_ext import Extend
from tortoise import Tortoise

from bff import workers
from core import cache, db, http, jobs, openapi_doc, wiring
from core.events import service as events
from core.audit import service as audit_service
from core.proctoring import captures
from core.http import ok, returns
from core.outputs import HealthOut, ReadyOut
from core.logs import setup as log_setup
from core.settings import Settings, get_settings, set_settings

log = logging.getLogger("huiyi.app")


def create_app(settings: Settings | None = None, *, name: str = "huiyi") -> Sanic:
    if not isinstance(settings, Settings):  # the sanic CLI passes its own arguments to factories
        settings = get_settings()
    settings.check()
    set_settings(settings)
    wiring.wire()
    app = Sanic(name, log_config=log_setup(settings.log_level))
    app.config.REQUEST_MAX_SIZE = settings.max_body_bytes
    app.config.FALLBACK_ERROR_FORMAT = "json"
    # sanic-ext's own UI pages load their scripts from a CDN: /docs is ours (bff/docs.py).
    # Its document is built on first request by core/openapi_doc.py, not at every start.
    app.config.OAS = False
    app.config.OAS_UI_DEFAULT = None
    app.config.OAS_UI_SWAGGER = False
    app.config.OAS_UI_REDOC = False
    app.config.OAS_URL_PREFIX = "/docs"
    app.config.API_TITLE = "Huiyi 惠医 API"
    app.config.API_VERSION = "1"
    app.config.CORS = False
    # Behind a reverse proxy, trust that many X-Forwarded-For hops for the client IP.
    app.config.PROXIES_COUNT = settings.proxies_count or None
    app.ctx.settings = settings
    # sanic-ext's automatic HEAD and OPTIONS routes are added one by one after the router is
    # built, and each addition rebuilds the whole router: with ~400 routes that cost each server
    # worker 14 s of CPU at start (growing with the square of the routes), which is what made
    # workers miss Sanic's start-up acknowledgement on a busy machine. Nothing uses them (no
    # CORS; clients send GET), and HEAD/OPTIONS answer 405 in the error model like any method.
    app.config.HTTP_AUTO_HEAD = False
    app.config.HTTP_AUTO_OPTIONS = False
    Extend(app)
    openapi_doc.install(app)  # pydantic's $defs into components, as OpenAPI 3.1
    http.install(app)

    workers.set_ack_timeout(settings.worker_ack_seconds)

    @app.main_process_ready
    async def _supervise(app_: Sanic):
        # Multi-process serving only (--workers N): replace server workers that die.
        app_.ctx.supervisor = workers.Supervisor(app_.manager)
        app_.ctx.supervisor.start()

    @app.main_process_stop
    async def _unsupervise(app_: Sanic):
        if getattr(app_.ctx, "supervisor", None):
            app_.ctx.supervisor.stop()

    def _background(app_: Sanic, coro, name: str) -> None:
        """A loop of ours for the server's lifetime, ended by `_flush` (see there why)."""
        app_.add_task(coro, name=name)
        app_.ctx.background = [*getattr(app_.ctx, "background", []), name]

    @app.before_server_start
    async def _start(app_: Sanic):
        # Tests and the CLI may have opened both already; a server opens its own.
        if not Tortoise._inited:
            await db.init_db(settings.database_url)
            app_.ctx.owns_resources = True
            if settings.database_url.startswith("sqlite://:memory:"):
                await Tortoise.generate_schemas()
            cache.set_client(cache.make_client(settings.redis_url))
            await audit_service.ensure_head()
            if settings.redis_is_memory:
                _background(app_, jobs.run_embedded_periodic(), "embedded-periodic-jobs")
                _background(app_, events.run_consumers(block=False), "events-consumers")
                # The visit event centre (sub-centres, pollers, AMQP): a process of its own otherwise.
                from core.visits.centre import process as visit_centre

                _background(app_, visit_centre.run(block=False), "visits-centre")
            else:
                # The groups exist from the first server start on, so that no event relayed before
                # the first worker started is missed by them.
                try:
                    await events.ensure_groups()
                except Exception as exc:  # Redis away: the worker creates them when it reads
                    log.warning("event consumer groups not ensured (%s)", type(exc).__name__)
            # Every server process: events whose immediate relay failed (one process at a time).
            _background(app_, events.run_relay_loop(), "events-relay")
            if settings.visit_simulator:  # development: the demo HIS's visits moving (bff/visit_simulator.py)
                from bff import visit_simulator

                _background(app_, visit_simulator.run(settings), "visit-simulator")

    @app.before_server_stop
    async def _flush(app_: Sanic):
        await captures.flush_queue()  # photos accepted in the last moments are queued, not left to the sweeper
        # Our background loops end here, while the event loop still runs: the visit centre's clean-up
        # (leases released, the broker's connection closed) takes several turns of the loop, and
        # Sanic's own shutdown waits for unfinished tasks without running it (the process spun on).
        for name in reversed(getattr(app_.ctx, "background", [])):
            try:
                await app_.cancel_task(name, raise_exception=False)
            except Exception:  # a loop that had already failed: said once, the others still end
                log.exception("background task %s had failed", name)

    @app.after_server_stop
    async def _stop(app_: Sanic):
        await jobs.close()
        if not getattr(app_.ctx, "owns_resources", False):
            return
        await db.close_db()
        client = cache.redis()
        await client.aclose()
        cache.set_client(None)

    @app.get("/healthz")
    @returns(HealthOut)
    @openapi.summary("进程存活检查（不访问数据库与 Redis）")
    async def healthz(request):
        return HealthOut(status="ok")

    @app.get("/readyz")
    @returns(ReadyOut)
    @openapi.summary("就绪检查：数据库与 Redis 均可用时 200，否则 503")
    async def readyz(request):
        checks = {}
        try:
            await Tortoise.get_connection("default").execute_query("SELECT 1")
            checks["database"] = "ok"
        except Exception as exc:  # the point is to report, not to crash
            checks["database"] = f"down: {type(exc).__name__}"
        try:
            await cache.redis().ping()
            checks["redis"] = "ok"
        except Exception as exc:
            checks["redis"] = f"down: {type(exc).__name__}"
        ready = all(v == "ok" for v in checks.values())
        if not ready:
            return ok({"code": "service.not_ready", "message": "依赖服务不可用", "details": checks,
                       "request_id": request.ctx.request_id}, status=503)
        return ReadyOut(status="ready", checks=checks, workers=workers.acknowledged(request.app))

    from admin_web import landing, public
    from admin_web.api import blueprint as admin_api
    from admin_web.pages import blueprint as admin_pages
    from bff import docs, his_events, media, payments, rooms_janus
    from bff.screens import blueprint as bff_screens
    from miniprogram_api import blueprint as mp_api
    import h5

    app.blueprint(mp_api)
    app.blueprint(admin_api)
    app.blueprint(admin_pages)
    app.blueprint(public.bp)
    app.blueprint(landing.bp)
    app.blueprint(media.bp)
    app.blueprint(payments.bp)
    app.blueprint(his_events.bp)
    from bff import insurance as insurance_notify
    app.blueprint(insurance_notify.bp)
    app.blueprint(rooms_janus.bp)
    from bff import logistics as logistics_events

    app.blueprint(logistics_events.bp)
    docs.install(app)
    app.blueprint(bff_screens)
    app.blueprint(h5.blueprint)
    from realtime import gateway

    gateway.install(app)
    if settings.wechat_offline and not settings.is_production:  # check() refuses it in production too
        from core import wechat_offline
        app.blueprint(wechat_offline.bp)
        app.blueprint(h5.dev_bp)
    if settings.sms_offline and not settings.is_production:  # check() refuses it in production too
        from core.sms import offline as sms_offline
        app.blueprint(sms_offline.bp)
    if settings.wechatpay_offline and not settings.is_production:
        from core.payments import offline as wechatpay_offline
        app.blueprint(wechatpay_offline.blueprint())
    if settings.logistics_offline and not settings.is_production:  # check() refuses it in production too
        from core.pharmacy import offline as logistics_offline
        app.blueprint(logistics_offline.bp)
    if settings.insurance_offline and not settings.is_production:  # check() refuses it in production too
        from core.insurance import offline as insurance_offline
        app.blueprint(insurance_offline.bp)
    return app
