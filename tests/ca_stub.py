"""A loopback CA signing service speaking docs/signing.md's protocol.

Why: with SIGNER=ca the service never holds the private key; a licensed CA does, and signs the
digests we send. This stub is that CA for the tests: a real HTTP server in a thread that checks
our app id, the HMAC of every request, the timestamp window and that a nonce is used once,
really makes SM2 key pairs (kept here, never sent) and really signs with them, so what the
service stores verifies with the public key alone. Tests can script failures (`fail_next`:
an HTTP status with a CA error, "garbage" for a malformed answer, "wrong_key" for a signature
made with another key, "hang" for no answer in time) and read what was asked (`requests`).

Use the `ca` fixture (below; imported by tests/conftest.py): it points the settings at the stub
with SIGNER=ca and puts them back afterwards.
"""
from __future__ import annotations

import hmac
import json
import re
import secrets
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from core.signing import sm2
from core.signing.ca_client import request_mac

WINDOW = 300  # seconds a request's timestamp may differ from the CA's clock


class CaStub:
    def __init__(self, *, app_id: str = "huiyi-test", secret: str = "ca-test-secret-0123456789"):
        self.app_id, self.secret = app_id, secret
        self.keys: dict[str, dict] = {}  # key id -> {"private", "public", "subject", "revoked"}
        self.requests: list[dict] = []  # {"path", "body"} of the authenticated requests
        self.refused: list[str] = []  # why requests were refused (auth, stale, replayed, ...)
        self._nonces: set[str] = set()
        self._failures: list[str | int] = []
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None

    def fail_next(self, how: str | int) -> None:
        with self._lock:
            self._failures.append(how)

    @property
    def base(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/ca"

    # ------------------------------------------------------------------ protocol

    def _check(self, path: str, headers: dict[str, str], body: bytes) -> tuple[int, dict] | None:
        if headers.get("x-ca-appid") != self.app_id:
            return self._refuse(401, "auth_failed", "unknown app id")
        ts, nonce, mac = headers.get("x-ca-timestamp", ""), headers.get("x-ca-nonce", ""), headers.get("x-ca-signature", "")
        if not ts.isdigit() or abs(int(ts) - time.time()) > WINDOW:
            return self._refuse(401, "stale", "timestamp outside the window")
        if not re.fullmatch(r"[0-9A-Za-z_-]{16,64}", nonce):
            return self._refuse(401, "auth_failed", "bad nonce")
        if not hmac.compare_digest(request_mac(self.secret, "POST", path, ts, nonce, body), mac):
            return self._refuse(401, "auth_failed", "signature")
        with self._lock:
            if nonce in self._nonces:
                return self._refuse(401, "replayed", "nonce used")
            self._nonces.add(nonce)
        return None

    def _refuse(self, status: int, code: str, message: str) -> tuple[int, dict]:
        self.refused.append(code)
        return status, {"code": code, "message": message}

    def answer(self, path: str, headers: dict[str, str], body: bytes) -> tuple[int, dict | bytes]:
        refused = self._check(path, headers, body)
        if refused:
            return refused
        try:
            data = json.loads(body)
        except ValueError:
            return 400, {"code": "invalid", "message": "not JSON"}
        self.requests.append({"path": path, "body": data})
        with self._lock:
            failure = self._failures.pop(0) if self._failures else None
        if isinstance(failure, int):
            return failure, {"code": "ca_error", "message": "scripted"}
        if failure == "garbage":
            return 200, b"<html>gateway</html>"
        if failure == "hang":
            time.sleep(6)
        if path == "/ca/v1/keys":
            private, public = sm2.generate_keypair()
            key_id = f"CA-{secrets.token_hex(8).upper()}"
            subject = str(data.get("subject", ""))[:64]
            self.keys[key_id] = {"private": private, "public": public, "subject": subject, "revoked": False}
            cert = f"-----BEGIN CERTIFICATE-----\nSM2 {key_id} CN={subject}\n-----END CERTIFICATE-----\n"
            return 200, {"key_id": key_id, "public_key": public, "certificate": cert, "algorithm": "SM2-SM3"}
        if path == "/ca/v1/sign":
            key = self.keys.get(data.get("key_id"))
            digest = data.get("digest")
            if key is None:
                return 404, {"code": "key_unknown", "message": "no such key"}
            if key["revoked"]:
                return 409, {"code": "key_revoked", "message": "key revoked"}
            if not (isinstance(digest, str) and re.fullmatch(r"[0-9a-f]{64}", digest)):
                return 422, {"code": "invalid", "message": "digest is 64 hex digits"}
            if failure == "wrong_key":
                private, public = sm2.generate_keypair()
                return 200, {"key_id": data["key_id"], "signature": sm2.sign_digest(
                    private_key=private, public_key=public, digest=digest)}
            value = sm2.sign_digest(private_key=key["private"], public_key=key["public"], digest=digest)
            return 200, {"key_id": data["key_id"], "signature": value}
        if path == "/ca/v1/keys/revoke":
            key = self.keys.get(data.get("key_id"))
            if key is None:
                return 404, {"code": "key_unknown", "message": "no such key"}
            key["revoked"] = True
            return 200, {"key_id": data["key_id"], "status": "revoked"}
        return 404, {"code": "not_found", "message": path}

    # ------------------------------------------------------------------ server

    def start(self) -> "CaStub":
        stub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self):  # noqa: N802
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                headers = {k.lower(): v for k, v in self.headers.items()}
                status, answer = stub.answer(self.path.split("?")[0], headers, raw)
                data = answer if isinstance(answer, bytes) else json.dumps(answer, ensure_ascii=False).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, name="ca-stub", daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None


@pytest.fixture
def ca(settings):
    """The loopback CA, with SIGNER=ca pointing at it for the test."""
    stub = CaStub().start()
    names = ("signer", "ca_api_base", "ca_app_id", "ca_app_secret")
    old = {n: getattr(settings, n) for n in names}
    settings.signer, settings.ca_api_base = "ca", stub.base
    settings.ca_app_id, settings.ca_app_secret = stub.app_id, stub.secret
    try:
        yield stub
    finally:
        for n, v in old.items():
            setattr(settings, n, v)
        stub.stop()
