"""A real SMTP server for the tests (aiosmtpd in its own thread), the far side of our mail.

Why: invoices are sent with aiosmtplib to a relay; the tests run a real SMTP server on
loopback, read what it received (`messages`, parsed with the standard library) and open the
attachments. `refuse_next(code)` makes the server answer the next RCPT with an error code.

Use the `smtp` fixture (imported by tests/conftest.py): it points the settings at the server.
"""
from __future__ import annotations

import email
import email.policy
import socket
import threading

import pytest
from aiosmtpd.controller import Controller


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _Handler:
    def __init__(self, box: "SmtpServer"):
        self.box = box

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: N802
        with self.box.lock:
            refusal = self.box.refusals.pop(0) if self.box.refusals else None
        if refusal:
            return refusal
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        msg = email.message_from_bytes(envelope.content, policy=email.policy.default)
        with self.box.lock:
            self.box.messages.append({"from": envelope.mail_from, "to": list(envelope.rcpt_tos), "message": msg})
        return "250 Message accepted for delivery"


class SmtpServer:
    def __init__(self):
        self.messages: list[dict] = []
        self.refusals: list[str] = []
        self.lock = threading.Lock()
        self.controller = Controller(_Handler(self), hostname="127.0.0.1", port=_free_port())

    def start(self) -> "SmtpServer":
        self.controller.start()
        return self

    def stop(self) -> None:
        self.controller.stop()

    @property
    def port(self) -> int:
        return self.controller.port

    def refuse_next(self, reply: str = "550 5.1.1 No such user") -> None:
        with self.lock:
            self.refusals.append(reply)

    def attachments(self, index: int = -1) -> list[tuple[str, bytes]]:
        msg = self.messages[index]["message"]
        return [(part.get_filename(), part.get_payload(decode=True)) for part in msg.iter_attachments()]


@pytest.fixture
def smtp(settings):
    """The loopback SMTP server with SMTP_HOST / SMTP_PORT pointing at it (no STARTTLS, no login)."""
    from core.settings import get_settings

    server = SmtpServer().start()
    # The settings in force (the janus and wechatpay fixtures put a copy in place of the session's).
    settings = get_settings()
    names = ("smtp_host", "smtp_port", "smtp_starttls", "smtp_user", "smtp_password")
    old = {n: getattr(settings, n) for n in names}
    settings.smtp_host, settings.smtp_port, settings.smtp_starttls = "127.0.0.1", server.port, False
    settings.smtp_user = settings.smtp_password = ""
    try:
        yield server
    finally:
        for n, v in old.items():
            setattr(settings, n, v)
        server.stop()
