"""JSON logs, one object per line, carrying the request id.

Why: operators grep and ship logs; each line must tie back to a request and
its audit rows. Bodies and personal data are never logged.
"""
from __future__ import annotations

import datetime as dt
import json
import logging
import sys

from core import context


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        out = {
            "ts": dt.datetime.fromtimestamp(record.created, dt.timezone.utc).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "msg": record.getMessage(),
            "request_id": getattr(record, "request_id", None) or context.request_id(),
        }
        for key in ("method", "path", "status", "ms", "code"):
            if hasattr(record, key):
                out[key] = getattr(record, key)
        if record.exc_info:
            out["exc"] = self.formatException(record.exc_info)
        return json.dumps(out, ensure_ascii=False)


def setup(level: str = "INFO") -> dict:
    """Logging config for Sanic's `log_config`: everything through one JSON handler."""
    handler = {"class": "logging.StreamHandler", "formatter": "json", "stream": sys.stdout}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": JsonFormatter}},
        "handlers": {"json": handler},
        "root": {"level": level, "handlers": ["json"]},
        "loggers": {
            "sanic.root": {"level": level, "handlers": ["json"], "propagate": False},
            "sanic.error": {"level": level, "handlers": ["json"], "propagate": False},
            "sanic.access": {"level": "WARNING", "handlers": ["json"], "propagate": False},
            "sanic.server": {"level": level, "handlers": ["json"], "propagate": False},
            "tortoise": {"level": "WARNING", "handlers": ["json"], "propagate": False},
            "aiomysql": {"level": "WARNING", "handlers": ["json"], "propagate": False},
        },
    }
