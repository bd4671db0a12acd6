"""The HTTP side of the loopbacks that answer as Tencent Cloud API 3.0 (tests/sms_stub.py, tests/trtc_stub.py).

Why: every Tencent Cloud product is one POST endpoint answering HTTP 200 with exactly
`application/json` (the SDK checks it), errors included; the stubs differ only in what they
answer (`_answer`), so the threaded server lives here once.
"""
from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit


class TencentCloudStub:
    name = "tencentcloud-stub"
    _server: ThreadingHTTPServer | None = None

    def _answer(self, method: str, path: str, query: str, headers: dict[str, str], body: bytes) -> dict:
        raise NotImplementedError

    @property
    def base(self) -> str:
        assert self._server is not None, "stub not started"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/"

    def start(self):
        stub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self):  # noqa: N802 (http.server's naming)
                url = urlsplit(self.path)
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                headers = {k.lower(): v for k, v in self.headers.items()}
                data = json.dumps(stub._answer("POST", url.path, url.query, headers, raw),
                                  ensure_ascii=False).encode("utf-8")
                self.send_response(200)
                self.send_header("Content-Type", "application/json")  # exactly: the SDK checks it
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):  # keep test output quiet
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, name=self.name, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
