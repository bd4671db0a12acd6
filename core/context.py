"""Per-request context (request id, client IP) carried by contextvars.

Why: audit rows and log lines need the request id and IP without every service
function growing two more parameters; workers and the CLI set their own.
"""
from __future__ import annotations

import contextvars
import uuid

request_id_var: contextvars.ContextVar[str | None] = contextvars.ContextVar("request_id", default=None)
client_ip_var: contextvars.ContextVar[str | None] = contextvars.ContextVar("client_ip", default=None)


def new_request_id() -> str:
    return uuid.uuid4().hex


def request_id() -> str | None:
    return request_id_var.get()


def client_ip() -> str | None:
    return client_ip_var.get()
