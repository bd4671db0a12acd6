"""A loopback HTTP server that answers as WeChat's server API does.

Why: login goes through the real wechatpy client in core/wechat.py; nothing of
WeChat is faked inside the process. Tests point settings.wechat_api_base at
this server, which speaks WeChat's documented JSON for the two calls we use:

- GET /cgi-bin/token?grant_type=client_credential&appid=&secret=
  → {"access_token", "expires_in"} or {"errcode", "errmsg"}
- GET /sns/jscode2session?appid=&secret=&js_code=&grant_type=authorization_code
  → {"openid", "session_key", "unionid"?} or {"errcode", "errmsg"}
- POST /cgi-bin/message/subscribe/send?access_token= {touser, template_id, page, data}
  → {"errcode": 0, "errmsg": "ok"}; 40001 for a token it did not issue, 43101 for
  a user who has not subscribed (`unsubscribed`); `subscribe_messages` keeps the bodies.
- GET /sns/oauth2/access_token?appid=&secret=&code=&grant_type=authorization_code
  (the official account's web authorisation, checked against `oa_appid`/`oa_secret`)
  → {"access_token", "expires_in", "refresh_token", "openid", "scope", "unionid"?}

Like WeChat, a code works once (the second use answers 40163) and an unknown
code answers 40029. A test scripts which code gives which openid/unionid or
which error, queues one-shot failures per path, and reads the hits per path.
"""
from __future__ import annotations

import json
import secrets
import threading
import time
from collections import Counter
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

# The paths, the errcode table and the answers' shapes are the service's offline WeChat's
# (core/wechat_offline.py): one wording of WeChat's protocol for both.
from core.wechat_offline import (
    ERRMSG,
    OAUTH_PATH,
    SESSION_PATH,
    SUBSCRIBE_PATH,
    TOKEN_PATH,
    check_app,
    check_subscribe_body,
    error_body,
    new_code,
    new_session_key,
    oauth_answer,
    session_answer,
)

__all__ = ["ERRMSG", "OAUTH_PATH", "SESSION_PATH", "SUBSCRIBE_PATH", "TOKEN_PATH", "WeChatStub"]


@dataclass
class _Code:
    openid: str | None = None
    unionid: str | None = None
    session_key: str | None = None
    errcode: int | None = None
    used: bool = False


@dataclass(frozen=True)
class Request:
    path: str
    params: dict[str, str]


class WeChatStub:
    """Start with `start()`, stop with `stop()`; `base` is the URL to configure."""

    def __init__(self, *, appid: str, secret: str, expires_in: int = 7200,
                 oa_appid: str = "wx-demo-oa-appid", oa_secret: str = "wx-demo-oa-secret"):
        self.appid, self.secret, self.expires_in = appid, secret, expires_in
        self.oa_appid, self.oa_secret = oa_appid, oa_secret
        self.hits: Counter[str] = Counter()
        self.requests: list[Request] = []
        self.issued_tokens: list[str] = []
        self.subscribe_messages: list[dict] = []
        self.unsubscribed: set[str] = set()  # openids that refused subscribe messages
        self._codes: dict[str, _Code] = {}
        self._failures: dict[str, list[tuple[int, str | None]]] = {}
        self._stalls: dict[str, list[float]] = {}
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # ------------------------------------------------------------ scripting

    def code_for(self, openid: str, *, unionid: str | None = None, session_key: str | None = None,
                 code: str | None = None) -> str:
        """A fresh single-use code that logs in as `openid`; returns the code."""
        code = code or new_code()
        session_key = session_key or new_session_key()
        with self._lock:
            self._codes[code] = _Code(openid=openid, unionid=unionid, session_key=session_key)
        return code

    def code_failing(self, errcode: int, *, code: str | None = None) -> str:
        """A code whose exchange answers `errcode` (45011, 40226, ...); returns the code."""
        code = code or new_code()
        with self._lock:
            self._codes[code] = _Code(errcode=errcode)
        return code

    def session_key_of(self, code: str) -> str:
        return self._codes[code].session_key or ""

    def fail_next(self, path: str, errcode: int, errmsg: str | None = None) -> None:
        """The next request to `path` answers this error, before looking at its parameters."""
        with self._lock:
            self._failures.setdefault(path, []).append((errcode, errmsg))

    def stall_next(self, path: str, seconds: float) -> None:
        """The next request to `path` waits this long before answering (a slow WeChat)."""
        with self._lock:
            self._stalls.setdefault(path, []).append(seconds)

    def params_of(self, path: str) -> list[dict[str, str]]:
        with self._lock:
            return [r.params for r in self.requests if r.path == path]

    # ------------------------------------------------------------ answers

    @staticmethod
    def _error(errcode: int, errmsg: str | None = None) -> dict:
        return error_body(errcode, errmsg)

    def _answer(self, path: str, q: dict[str, str], body: dict | None = None) -> tuple[int, dict]:
        with self._lock:
            self.hits[path] += 1
            self.requests.append(Request(path, dict(q)))
            queued = self._failures.get(path)
            if queued:
                return 200, self._error(*queued.pop(0))
            if path == TOKEN_PATH:
                return 200, self._token(q)
            if path == SESSION_PATH:
                return 200, self._session(q)
            if path == OAUTH_PATH:
                return 200, self._oauth(q)
            if path == SUBSCRIBE_PATH and body is not None:
                return 200, self._subscribe(q, body)
        return 404, {"errcode": -1, "errmsg": "not found"}

    def _check_app(self, q: dict[str, str]) -> dict | None:
        return check_app(q, self.appid, self.secret)

    def _token(self, q: dict[str, str]) -> dict:
        if q.get("grant_type") != "client_credential":
            return self._error(40002)
        bad = self._check_app(q)
        if bad:
            return bad
        token = f"AT{len(self.issued_tokens) + 1}-{secrets.token_urlsafe(24)}"
        self.issued_tokens.append(token)
        return {"access_token": token, "expires_in": self.expires_in}

    def _take(self, code: str) -> _Code | dict:
        """The code's entry, used up now, or WeChat's error body."""
        entry = self._codes.get(code)
        if entry is None:
            return self._error(40029)
        if entry.used:
            return self._error(40163)
        entry.used = True
        if entry.errcode is not None:
            return self._error(entry.errcode)
        return entry

    def _session(self, q: dict[str, str]) -> dict:
        if q.get("grant_type") != "authorization_code":
            return self._error(40002)
        bad = self._check_app(q)
        if bad:
            return bad
        entry = self._take(q.get("js_code", ""))
        if isinstance(entry, dict):
            return entry
        return session_answer(entry.openid or "", entry.session_key or "", entry.unionid)

    def _oauth(self, q: dict[str, str]) -> dict:
        if q.get("grant_type") != "authorization_code":
            return self._error(40002)
        bad = check_app(q, self.oa_appid, self.oa_secret)
        if bad:
            return bad
        entry = self._take(q.get("code", ""))
        if isinstance(entry, dict):
            return entry
        return oauth_answer(entry.openid or "", entry.unionid, "snsapi_userinfo")

    def _subscribe(self, q: dict[str, str], body: dict) -> dict:
        if q.get("access_token") not in self.issued_tokens:
            return self._error(40001)
        bad = check_subscribe_body(body)
        if bad:
            return bad
        if body["touser"] in self.unsubscribed:
            return self._error(43101)
        self.subscribe_messages.append(body)
        return {"errcode": 0, "errmsg": "ok"}

    # ------------------------------------------------------------ server

    @property
    def base(self) -> str:
        assert self._server is not None, "stub not started"
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/"

    def start(self) -> "WeChatStub":
        stub = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):  # noqa: N802 (http.server's naming)
                url = urlsplit(self.path)
                q = {k: v[-1] for k, v in parse_qs(url.query, keep_blank_values=True).items()}
                with stub._lock:
                    stalls = stub._stalls.get(url.path)
                    stall = stalls.pop(0) if stalls else 0.0
                if stall:
                    time.sleep(stall)
                self._reply(*stub._answer(url.path, q))

            def do_POST(self):  # noqa: N802
                url = urlsplit(self.path)
                q = {k: v[-1] for k, v in parse_qs(url.query, keep_blank_values=True).items()}
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                try:
                    body = json.loads(raw or b"{}")
                except ValueError:
                    body = {}
                self._reply(*stub._answer(url.path, q, body if isinstance(body, dict) else {}))

            def _reply(self, status: int, body: dict) -> None:
                raw = json.dumps(body, ensure_ascii=False).encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", "application/json; encoding=utf-8")
                self.send_header("Content-Length", str(len(raw)))
                self.end_headers()
                self.wfile.write(raw)

            def log_message(self, *args):  # keep test output quiet
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, name="wechat-stub",
                                        daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
