"""The offline WeChat Pay and our notification endpoints, served over TCP inside the test process.

Why in the test process: a payment test drives the real `wechatpayv3` client (httpx)
against WeChat Pay APIv3 as core/payments/offline.py speaks it, and WeChat Pay's
notifications must reach our notify endpoints (bff/payments.py) over HTTP too. Served
by a small Sanic server on a free port of the tests' own event loop, both sides share
the tests' database, Redis and registrations (a test's own payment purposes), and a
test sees everything that happened once the notifications it caused were delivered.

Keys are generated here (cryptography: merchant and platform RSA keys, the platform
certificate, the APIv3 key) into a temporary WECHATPAY_DEV_DIR; nothing is committed.
The `wechatpay` fixture points the settings at this server for one test (the offline
WeChat Pay on, the merchant from the generated bundle, a 2 s client timeout) and puts
them back after; `WeChatPayBench` pays as the payer would, reads and replays the
notifications sent, and plants faults.
"""
from __future__ import annotations

import asyncio
import dataclasses
import socket
from pathlib import Path

import httpx
import pytest

from core.payments import keys, offline
from core.settings import get_settings, set_settings


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class WeChatPayBench:
    """What a test does as the payer and as the test bench, against the served offline WeChat Pay."""

    def __init__(self, base: str, bundle: dict[str, str]):
        self.base, self.bundle = base, bundle
        self.api = base + offline.PREFIX

    async def pay(self, pay_params: dict) -> httpx.Response:
        """The payer confirms in WeChat's payment sheet (what WeixinJSBridge would do)."""
        async with httpx.AsyncClient() as c:
            return await c.post(self.api + "/cashier", json=pay_params)

    async def delivered(self, timeout: float = 10.0) -> list[dict]:
        """The notifications sent so far, newest first, once those under way have been answered."""
        await offline.settle_deliveries(timeout)
        return await offline.notifications()

    async def replay(self, notification: dict, *, headers: dict | None = None, body: str | None = None,
                     path: str | None = None) -> httpx.Response:
        """Post a notification again, byte for byte (or with other headers or body)."""
        url = path and self.base + path or notification["url"]
        async with httpx.AsyncClient() as c:
            return await c.post(url, content=(body if body is not None else notification["body"]).encode(),
                                headers=headers if headers is not None else notification["headers"])

    async def fault(self, *, method: str, path: str, delay_seconds: float = 0, status: int | None = None,
                    times: int = 1) -> None:
        await offline.add_fault(method=method, path=path, delay_seconds=delay_seconds, status=status, times=times)

    async def bill(self, day: str) -> str:
        return await offline.bill_text(day)


@pytest.fixture(scope="session")
def wechatpay_bundle(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    directory = tmp_path_factory.mktemp("wechatpay-dev")
    return directory, keys.write_bundle(directory, keys.generate())


@pytest.fixture(scope="session")
async def wechatpay_server(database, wechatpay_bundle):
    """The served offline WeChat Pay and notify endpoints (the session's, started once)."""
    from sanic import Sanic

    from bff import payments as notify
    from core import http

    app = Sanic("huiyi_wechatpay_bench")
    app.config.FALLBACK_ERROR_FORMAT = "json"
    # Sanic's touch-up rewrites its protocol classes once per process; the tests' app does it.
    app.config.TOUCHUP = False
    app.config.AUTO_EXTEND = False  # no sanic-ext (CORS, OpenAPI): the served API is only WeChat Pay's
    http.install(app)
    app.blueprint(offline.blueprint("bench_wechatpay"))
    app.blueprint(notify.blueprint("bench_pay_notify"))
    port = _free_port()
    server = await app.create_server(host="127.0.0.1", port=port, return_asyncio_server=True)
    await server.startup()
    await server.start_serving()
    yield f"http://127.0.0.1:{port}"
    offline.cancel_deliveries()
    server.close()
    await server.wait_closed()


@pytest.fixture
async def wechatpay(wechatpay_server, wechatpay_bundle):
    directory, bundle = wechatpay_bundle
    before = get_settings()
    set_settings(dataclasses.replace(
        before, wechatpay_offline=True, wechatpay_dev_dir=str(directory), payment_gateway="wechatpay",
        wechatpay_mchid="", wechatpay_api_base=wechatpay_server + offline.PREFIX,
        wechatpay_notify_base=wechatpay_server, wechatpay_timeout=2.0))
    keys.forget_cached()
    try:
        yield WeChatPayBench(wechatpay_server, bundle)
        await offline.settle_deliveries()
    finally:
        offline.cancel_deliveries()
        await asyncio.sleep(0)
        set_settings(before)


__all__ = ["WeChatPayBench", "wechatpay", "wechatpay_bundle", "wechatpay_server"]
