"""The loopback insurance e-prescription centre for tests: a real HTTP server in a thread.

Why: the centre is an external service; tests drive our own client (core/insurance/client.py) over
HTTP against this server, which speaks docs/insurance.md through core/insurance/loopback.py (the
same centre the development loopback serves) — it checks our signatures, keeps and reviews
prescriptions, records pick-ups and has a drug catalogue. A test decides the centre's side
(`centre.review(...)`, `centre.pick_up(...)`, `centre.fail_next(...)`) and has it notify us
(`notice(...)`: signed, or forged / stale / replayed on purpose).

Use the `insurance` fixture (tests/conftest.py), which starts it and points the settings at it.
"""
from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest

from core.insurance.loopback import LoopbackCentre


class InsuranceStub:
    def __init__(self, *, app_id: str, secret: str, **options):
        self.centre = LoopbackCentre(app_id=app_id, secret=secret, **options)
        self._server: ThreadingHTTPServer | None = None

    @property
    def base(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/api/"

    def start(self) -> "InsuranceStub":
        stub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self):  # noqa: N802 (http.server's naming)
                path = urlsplit(self.path).path
                raw = self.rfile.read(min(int(self.headers.get("Content-Length") or 0), 1 << 20))
                if not path.startswith("/api/"):
                    status, headers, body = 404, {"Content-Type": "text/plain"}, b"not found"
                else:
                    status, headers, body = stub.centre.handle(path[len("/api/"):], dict(self.headers.items()), raw)
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):  # keep test output quiet
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, name="insurance-stub", daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    # The centre's notifications, to post to our app (client.post(path, content=body, headers=headers)).
    def notice(self, kind: str, hi_rxno: str, **kw) -> tuple[str, dict[str, str], bytes]:
        return self.centre.notice(kind, hi_rxno, **kw)


@pytest.fixture
def insurance(settings):
    """The loopback centre, the settings pointing at it (reviews wait for `centre.review`)."""
    from core.settings import get_settings

    settings = get_settings()  # the settings in force (janus and wechatpay put a copy in place of the session's)
    stub = InsuranceStub(app_id=settings.insurance_app_id, secret=settings.insurance_app_secret).start()
    old, settings.insurance_api_base = settings.insurance_api_base, stub.base
    try:
        yield stub
    finally:
        settings.insurance_api_base = old
        stub.stop()
