"""A loopback carrier speaking docs/logistics.md over real HTTP, and our push endpoint served over TCP.

Why a real server in a thread: the pharmacy's carrier client (core/pharmacy/carriers.py) must be
driven as it is in production, over HTTP with its signatures checked, and the tracking must come
back to our endpoint (bff/logistics.py) as a carrier sends it: a signed POST over TCP. The stub
checks every request's app key and signature (a bad one answers 401 like a carrier would), makes
waybills idempotently by order number, keeps each waybill's events, answers tracking queries and
cancels; `advance` adds an event and `push` sends events to the notify_url the waybill was made
with, signed afresh (or as a test forges it). The `carrier` fixture serves our endpoint on a free
port of the tests' loop, points the settings at both and puts them back after.
"""
from __future__ import annotations

import datetime as dt
import hmac
import itertools
import json
import secrets
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from core.pharmacy import carriers
from core.settings import get_settings

APP_KEY, SECRET = "stub-app", "stub-secret-for-tests"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class CarrierStub:
    def __init__(self, *, app_key: str = APP_KEY, secret: str = SECRET):
        self.app_key, self.secret = app_key, secret
        self.waybills: dict[str, dict] = {}  # waybill_no -> {"order_no", "notify_url", "events", "status", "parcel"}
        self.by_order: dict[str, str] = {}
        self.requests: list[tuple[str, str, int]] = []  # (method, path, status answered)
        self.fail_next: int | None = None  # answer the next request with this status
        self._seq = itertools.count(1)
        self._lock = threading.Lock()
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def _answer(self, status: int, data: dict):
                raw = json.dumps(data, ensure_ascii=False).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)
                stub.requests.append((self.command, self.path, status))

            def _handle(self):
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                if stub.fail_next is not None:
                    status, stub.fail_next = stub.fail_next, None
                    return self._answer(status, {"code": "busy", "message": "系统繁忙"})
                h = {k.lower(): v for k, v in self.headers.items()}
                ts, nonce = h.get("x-logistics-timestamp", ""), h.get("x-logistics-nonce", "")
                expected = carriers.request_signature(stub.secret, ts, nonce, self.command, self.path, body)
                if h.get("x-logistics-app-key") != stub.app_key or not hmac.compare_digest(
                        expected, h.get("x-logistics-signature", "")):
                    return self._answer(401, {"code": "signature", "message": "签名错误"})
                parts = self.path.strip("/").split("/")
                with stub._lock:
                    if self.command == "POST" and parts[-1] == "waybills":
                        return self._answer(200, stub._create(json.loads(body)))
                    if len(parts) >= 3 and parts[-3] == "waybills" and parts[-2] in stub.waybills:
                        w = stub.waybills[parts[-2]]
                        if self.command == "GET" and parts[-1] == "events":
                            return self._answer(200, {"waybill_no": parts[-2], "events": w["events"]})
                        if self.command == "POST" and parts[-1] == "cancel":
                            w["status"] = "cancelled"
                            return self._answer(200, {"waybill_no": parts[-2], "status": "cancelled"})
                return self._answer(404, {"code": "not_found", "message": "运单不存在"})

            do_GET = do_POST = _handle

        self.server = ThreadingHTTPServer(("127.0.0.1", _free_port()), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}/open/v1"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def _create(self, data: dict) -> dict:
        no = self.by_order.get(data["order_no"])
        if no is None:  # the same order number is the same waybill (a retry after a timeout)
            no = f"SF{next(self._seq):010d}"
            self.by_order[data["order_no"]] = no
            self.waybills[no] = {"order_no": data["order_no"], "notify_url": data.get("notify_url", ""),
                                 "events": [], "status": "created", "parcel": data}
        return {"waybill_no": no, "status": self.waybills[no]["status"]}

    def start(self) -> "CarrierStub":
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def advance(self, waybill_no: str, status: str, *, description: str = "", location: str = "",
                at: dt.datetime | None = None) -> dict:
        """The parcel moves on: one new tracking event (kept for queries; not sent until `push`)."""
        event = {"event_id": f"{waybill_no}-{next(self._seq)}", "waybill_no": waybill_no, "status": status,
                 "description": description, "location": location,
                 "at": (at or dt.datetime.now(dt.timezone.utc)).isoformat()}
        with self._lock:
            self.waybills[waybill_no]["events"].append(event)
        return event

    def signed(self, events: list[dict], **kw) -> tuple[bytes, dict]:
        body = json.dumps({"events": events}, ensure_ascii=False).encode()
        return body, carriers.push_headers(self.secret, body, **kw)

    def push(self, waybill_no: str, events: list[dict] | None = None, *, body: bytes | None = None,
             headers: dict | None = None) -> httpx.Response:
        """POST events (default: all of the waybill's) to its notify_url, signed now (blocking: call it
        through asyncio.to_thread so that the test's loop serves the endpoint meanwhile)."""
        w = self.waybills[waybill_no]
        if body is None:
            body, signed_headers = self.signed(events if events is not None else w["events"])
            headers = headers or signed_headers
        return httpx.post(w["notify_url"], content=body, headers=headers, timeout=10)


@pytest.fixture
async def carrier():
    """The loopback carrier and our push endpoint over TCP; the settings point at both for one test."""
    from sanic import Sanic

    from bff import logistics as logistics_face
    from core import http

    app = Sanic(f"huiyi_carrier_bench_{secrets.token_hex(6)}")  # a name of its own in the process's registry
    app.config.FALLBACK_ERROR_FORMAT = "json"
    app.config.TOUCHUP = False
    app.config.AUTO_EXTEND = False
    http.install(app)
    app.blueprint(logistics_face.bp)
    port = _free_port()
    server = await app.create_server(host="127.0.0.1", port=port, return_asyncio_server=True)
    await server.startup()
    await server.start_serving()
    stub = CarrierStub().start()
    # Changed in place and put back, as the other loopback fixtures do: a copy set as the settings would
    # hide what a fixture set up after this one changes on the session's settings (SMTP, insurance).
    current = get_settings()
    changes = dict(logistics_carrier="jsonapi", logistics_api_base=stub.base, logistics_app_key=APP_KEY,
                   logistics_app_secret=SECRET, logistics_timeout=3.0, public_base_url=f"http://127.0.0.1:{port}")
    before = {name: getattr(current, name) for name in changes}
    for name, value in changes.items():
        setattr(current, name, value)
    try:
        yield stub
    finally:
        for name, value in before.items():
            setattr(current, name, value)
        stub.stop()
        server.close()
        await server.wait_closed()
