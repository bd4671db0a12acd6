"""Imports that run in the background with progress the page can poll.

Why: a province-sized spreadsheet takes longer than a request should; the
console uploads it, shows a progress bar and offers the error report for
download. The file, the progress and the report live in Redis for an hour,
readable only by the administrator who started the import. Domains' import kinds
are registered at start-up (core/wiring.py) with a function
`(actor, content, progress, **params) -> ImportReport`.

Nothing personal is in Redis in clear (issue 9 point 10): the uploaded file, which
holds ID and phone numbers, is kept SM4-encrypted under the PII key and deleted
once the import ran (whatever its outcome); the result and the xlsx report carry
masked values (core/imports.py).
"""
from __future__ import annotations

import base64
import inspect
import json
import secrets
from dataclasses import asdict
from typing import Any, Awaitable, Callable

from core import crypto, jobs, scope
from core.cache import redis
from core.errors import AppError, NotFound
from pydantic import BaseModel, ConfigDict

from core.imports import ImportReport, MalformedFile, report_xlsx
from core.outputs import Out
from core.principal import Principal

TTL = 3600
RECENT = 20  # jobs the import centre lists per administrator
Runner = Callable[..., Awaitable[ImportReport]]
_KINDS: dict[str, tuple[Runner, type[BaseModel], Callable[[], bytes], tuple[str, ...], bool]] = {}


class ImportStartedOut(Out):
    job_id: str


class ImportJobOut(Out):
    """A job's progress; `result` is the import's report (core.imports.ImportReport.to_dict) once
    done, `error` the error model when it failed."""
    job_id: str
    kind: str | None
    state: str | None
    done: int | None
    total: int | None
    result: dict[str, Any] | None
    error: dict[str, Any] | None


class UnknownImport(AppError):
    status, code, message = 404, "import.unknown_kind", "不支持该导入类型"


def register(kind: str, runner: Runner, params: type[BaseModel], template: Callable[..., bytes],
             permissions: tuple[str, ...], *, province: bool = False) -> None:
    """`params` validates the form fields sent with the file; `template` gives the blank template
    (called with `actor=` when it takes one, so its example row can fit the one downloading it);
    `permissions` (province-level ones with province=True) are checked before the upload is
    accepted, and the runner checks them again."""
    _KINDS[kind] = (runner, params, template, permissions, province)


def whole_file(importer: Callable[..., Awaitable[ImportReport]]) -> Runner:
    """A domain's synchronous import (`actor, content` -> ImportReport) as a background runner:
    it checks every row before writing anything, so progress is only its start and end."""
    async def run(*, actor: Principal, content: bytes, progress, **params: Any) -> ImportReport:
        await progress(0, 1)
        report = await importer(actor=actor, content=content, **params)
        await progress(1, 1)
        return report

    return run


class NoParams(BaseModel):
    """An import kind whose form has nothing besides the file."""

    model_config = ConfigDict(extra="forbid")


def kinds() -> list[str]:
    return list(_KINDS)


def allowed(actor: Principal, kind: str) -> bool:
    """Whether the actor may start this kind of import (what start() checks, without auditing a refusal)."""
    _, _, _, permissions, province = _kind(kind)
    return actor.kind == "admin" and all(actor.has(p) for p in permissions) and (not province or scope.is_root(actor))


def _kind(kind: str):
    if kind not in _KINDS:
        raise UnknownImport(details={"kind": kind, "known": sorted(_KINDS)})
    return _KINDS[kind]


async def template(kind: str, *, actor: Principal | None = None) -> bytes:
    make = _kind(kind)[2]
    if "actor" in inspect.signature(make).parameters:
        return await make(actor=actor)
    return make()


def _key(job_id: str) -> str:
    return f"import:{job_id}"


async def start(*, actor: Principal, kind: str, content: bytes, params: dict[str, Any]) -> str:
    """Validate the parameters, keep the file, and queue the import; returns the job id."""
    from core.http import validate

    _, schema, _, permissions, province = _kind(kind)
    for permission in permissions:  # refuse now, not when the background job runs
        await scope.require(actor, permission, province=province)
    params = validate(schema, params).model_dump()
    if not content:
        raise MalformedFile("请选择要导入的文件")
    job_id = secrets.token_urlsafe(12)
    state = {"kind": kind, "actor": asdict(actor) | {"permissions": sorted(actor.permissions)},
             "params": params, "state": "queued", "done": 0, "total": 0}
    r = redis()
    await r.set(_key(job_id), json.dumps(state), ex=TTL)
    await r.set(_key(job_id) + ":file", crypto.encrypt(base64.b64encode(content).decode()), ex=TTL)
    await r.lpush(_mine(actor), job_id)
    await r.ltrim(_mine(actor), 0, RECENT - 1)
    await r.expire(_mine(actor), TTL)
    await jobs.enqueue("run_import", job_id)
    return job_id


def _mine(actor: Principal) -> str:
    return f"import:by:{actor.id}"


async def recent(*, actor: Principal) -> list[dict[str, Any]]:
    """This administrator's imports of the last hour, newest first (what status() answers)."""
    out = []
    for job_id in await redis().lrange(_mine(actor), 0, RECENT - 1):
        job_id = job_id.decode() if isinstance(job_id, bytes) else job_id
        try:
            out.append(await status(actor=actor, job_id=job_id))
        except NotFound:  # expired
            continue
    return out


async def _update(job_id: str, **changes: Any) -> None:
    r = redis()
    state = json.loads(await r.get(_key(job_id)) or "{}")
    state.update(changes)
    await r.set(_key(job_id), json.dumps(state, default=str), ex=TTL)


async def run_import(ctx: dict, job_id: str) -> None:
    r = redis()
    state = json.loads(await r.get(_key(job_id)) or "null")
    if state is None:
        return
    a = state["actor"]
    actor = Principal(**{**a, "roles": tuple(a["roles"]), "permissions": frozenset(a["permissions"])})
    stored = await r.get(_key(job_id) + ":file")
    content = base64.b64decode(crypto.decrypt(stored)) if stored else b""

    async def progress(done: int, total: int) -> None:
        await _update(job_id, state="running", done=done, total=total)

    await _update(job_id, state="running")
    try:
        report = await _kind(state["kind"])[0](actor=actor, content=content, progress=progress, **state["params"])
    except AppError as exc:
        await _update(job_id, state="failed", error=exc.to_dict(None))
        return
    except Exception:  # recorded for the user; the worker log has the traceback
        await _update(job_id, state="failed", error={"code": "internal.error", "message": "导入失败，请稍后重试"})
        raise
    finally:  # the file is not kept past its one run
        await r.delete(_key(job_id) + ":file")
    await r.set(_key(job_id) + ":report", base64.b64encode(report_xlsx(report)).decode(), ex=TTL)
    # The result may carry secrets (a subordinate import's initial passwords): kept encrypted.
    await _update(job_id, state="done", result_sealed=crypto.encrypt(json.dumps(report.to_dict(), default=str)))


async def status(*, actor: Principal, job_id: str) -> dict[str, Any]:
    raw = await redis().get(_key(job_id))
    state = json.loads(raw) if raw else None
    if state is None or state["actor"]["id"] != actor.id:
        raise NotFound("导入任务不存在或已过期", details={"job_id": job_id})
    out = {k: state.get(k) for k in ("kind", "state", "done", "total", "result", "error")} | {"job_id": job_id}
    if state.get("result_sealed"):
        out["result"] = json.loads(crypto.decrypt(state["result_sealed"]))
    return out


async def report(*, actor: Principal, job_id: str) -> bytes:
    await status(actor=actor, job_id=job_id)
    raw = await redis().get(_key(job_id) + ":report")
    if raw is None:
        raise NotFound("导入报告尚未生成", details={"job_id": job_id})
    return base64.b64decode(raw)
