"""A loopback HTTP server that answers as Tencent Cloud SMS (API 2021-01-11, SendSms).

Why: verification codes go out through the provider's own SDK (core/sms/gateway.py); nothing
of the provider is faked inside the process. Tests point settings.sms_api_base at this
server, which checks the TC3-HMAC-SHA256 signature and answers as documented, with the same
protocol code as the service's development loopback (core/sms/offline.py). A test reads the
codes from what this server delivered (`messages`, `code_for(phone)`), never from the
service, and can script one-shot refusals (`fail_next`).

Use the `sms` fixture of tests/conftest.py, which starts it and points the settings at it.
"""
from __future__ import annotations

import re
import threading

from core.sms.offline import DEV_TEMPLATES, Outcome, _error, handle
from tests.tencentcloud_stub import TencentCloudStub


class SmsStub(TencentCloudStub):
    name = "sms-stub"

    def __init__(self, *, secret_id: str, secret_key: str, sdk_app_id: str, sign_name: str):
        self.secret_id, self.secret_key = secret_id, secret_key
        self.sdk_app_id, self.sign_name = sdk_app_id, sign_name
        self.messages: list[dict] = []  # delivered, oldest first
        self.calls = 0
        self.refusals: list[str] = []  # error codes answered
        self._failures: list[tuple[str, str | None]] = []  # (code, "status" for a per-number status)
        self._lock = threading.Lock()

    # ------------------------------------------------------------ reading

    def to(self, phone: str) -> list[dict]:
        with self._lock:
            return [m for m in self.messages if m["phone"] == phone]

    def code_for(self, phone: str) -> str:
        """The code in the newest message to `phone` (what the person reads)."""
        sent = self.to(phone)
        assert sent, f"no message was delivered to {phone[:3]}****"
        return re.match(r"^【[^】]+】(\d{6})", sent[-1]["content"]).group(1)

    def fail_next(self, code: str, *, per_number: bool = False) -> None:
        """The next call answers this provider error (a whole-call Error, or the number's status)."""
        with self._lock:
            self._failures.append((code, "status" if per_number else None))

    # ------------------------------------------------------------ answers

    def _answer(self, method: str, path: str, query: str, headers: dict[str, str], body: bytes) -> dict:
        with self._lock:
            self.calls += 1
            failure = self._failures.pop(0) if self._failures else None
        outcome = handle(method=method, path=path, query=query, headers=headers, body=body,
                         secret_keys={self.secret_id: self.secret_key}, sdk_app_id=self.sdk_app_id,
                         sign_name=self.sign_name, templates=DEV_TEMPLATES)
        if failure and "Error" not in outcome.answer["Response"]:
            code, kind = failure
            if kind == "status":
                for status in outcome.answer["Response"]["SendStatusSet"]:
                    status.update(Code=code, Message="failed", SerialNo="", Fee=0)
                outcome = Outcome(outcome.answer)
            else:
                outcome = _error(code, "scripted failure")
        with self._lock:
            if "Error" in outcome.answer["Response"]:
                self.refusals.append(outcome.answer["Response"]["Error"]["Code"])
            self.messages.extend(outcome.delivered)
        return outcome.answer
