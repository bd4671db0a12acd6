"""Anchoring the head of the audit chain outside the database.

Why: the chain and its head live in one database. Whoever can write that database
but does not hold the audit key cannot forge a head MAC, but could put back an
older head together with the MAC it carried then (from a copy of the table) and
delete every row after it. A signed copy of the head kept somewhere else closes
that: verification requires every row up to the newest anchored sequence to
exist with the anchored hash (core/audit/service.py: verify_chain).

An anchor is {seq, hash, at, mac}, the MAC being HMAC-SM3 with the audit key over
the other three. `anchor_head` writes one to the log and appends it to the
anchor store; the periodic job `anchor_audit_head` (core/jobs.py) and
`python -m core.cli anchor-audit` call it. The store is an interface with two
methods: the built-in one appends JSON lines to a file (AUDIT_ANCHOR_PATH,
default STORAGE_DIR/audit-anchors.jsonl); an object store with retention
(write once, read many) can implement the same and be installed with
`set_anchor_store`.
"""
from __future__ import annotations

import asyncio
import datetime as dt
import json
import logging
import os
from pathlib import Path
from typing import Any, Protocol

from core import crypto
from core.settings import get_settings

log = logging.getLogger("huiyi.audit")
_TAIL_BYTES = 64 * 1024  # the newest anchor is in the last lines of the file


class AnchorForged(Exception):
    """An anchor whose MAC does not verify: the anchor store itself was tampered with."""


class AnchorStore(Protocol):
    def append(self, entry: dict[str, Any]) -> None: ...

    def latest(self) -> dict[str, Any] | None: ...


class FileAnchorStore:
    """Anchors as JSON lines appended to one file (opened for append only, synced)."""

    def __init__(self, path: str | os.PathLike[str]):
        self.path = Path(path)

    def __repr__(self) -> str:
        return str(self.path)

    def append(self, entry: dict[str, Any]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        line = json.dumps(entry, sort_keys=True, separators=(",", ":")) + "\n"
        fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)
        try:
            os.write(fd, line.encode())
            os.fsync(fd)
        finally:
            os.close(fd)

    def latest(self) -> dict[str, Any] | None:
        try:
            with open(self.path, "rb") as fh:
                fh.seek(0, os.SEEK_END)
                fh.seek(max(0, fh.tell() - _TAIL_BYTES))
                tail = fh.read()
        except FileNotFoundError:
            return None
        for raw in reversed(tail.splitlines()):
            try:
                entry = json.loads(raw)
            except ValueError:
                continue  # a line cut by a crash while writing, or the partial first line of the tail
            if isinstance(entry, dict):
                return entry
        return None


_store: AnchorStore | None = None


def default_path() -> Path:
    s = get_settings()
    return Path(s.audit_anchor_path) if s.audit_anchor_path else s.storage_dir / "audit-anchors.jsonl"


def get_anchor_store() -> AnchorStore:
    return _store if _store is not None else FileAnchorStore(default_path())


def set_anchor_store(store: AnchorStore | None) -> None:
    """Install another store (an object store); None goes back to the file of the settings."""
    global _store
    _store = store


def anchor_mac(seq: int, hash_: str, at: str) -> str:
    return crypto.hmac_sm3(get_settings().audit_key, f"audit-anchor|{seq}|{hash_}|{at}".encode())


def check_anchor(entry: dict[str, Any] | None) -> dict[str, Any] | None:
    """The anchor if its MAC verifies (None stays None); AnchorForged otherwise."""
    if entry is None:
        return None
    try:
        seq, hash_, at, mac = int(entry["seq"]), str(entry["hash"]), str(entry["at"]), str(entry["mac"])
    except (KeyError, TypeError, ValueError):
        raise AnchorForged("the newest audit anchor is malformed") from None
    if not crypto.constant_time_equals(mac, anchor_mac(seq, hash_, at)):
        raise AnchorForged(f"the newest audit anchor (seq {seq}) does not carry a valid MAC")
    return {"seq": seq, "hash": hash_, "at": at, "mac": mac}


class HeadNotAnchorable(Exception):
    """The head fails its own checks: anchoring it would certify a forgery."""


async def anchor_head(*, store: AnchorStore | None = None) -> dict[str, Any]:
    """Sign the current head, write it to the log and append it to the anchor store."""
    from core.audit import service as audit_service
    from core.audit.models import AuditHead, AuditLog

    head = await AuditHead.get_or_none(id=1)
    if head is None:
        raise HeadNotAnchorable("the audit chain has no head yet")
    if head.mac != audit_service.head_mac(head.seq, head.hash):
        raise HeadNotAnchorable(f"the audit head (seq {head.seq}) does not carry a valid MAC")
    if head.seq and not await AuditLog.filter(seq=head.seq, hash=head.hash).exists():
        raise HeadNotAnchorable(f"the audit head (seq {head.seq}) names no row of the chain")
    at = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    entry = {"seq": head.seq, "hash": head.hash, "at": at, "mac": anchor_mac(head.seq, head.hash, at)}
    log.info("audit anchor seq=%s hash=%s at=%s mac=%s", entry["seq"], entry["hash"], at, entry["mac"],
             extra={"audit_anchor": entry})
    await asyncio.to_thread((store or get_anchor_store()).append, entry)
    return entry


async def anchor_audit_head(ctx: dict) -> int:
    """The periodic job: sign the chain's head and keep it outside the database (registered in core/wiring.py)."""
    return (await anchor_head())["seq"]
