"""HTTP plumbing shared by every face: request ids, body parsing, the error mapping.

Why: the one error model is enforced here, for our own errors, for Sanic's
(404, 405, 413, malformed bodies) and for validation, so that no client
mistake becomes a 500 and no face formats errors its own way.
"""
from __future__ import annotations

import json
import logging
import re
import time
from functools import wraps
from typing import Any, TypeVar
from urllib.parse import parse_qs

from pydantic import BaseModel, ValidationError
from redis.exceptions import ConnectionError as RedisConnectionError, TimeoutError as RedisTimeoutError
from sanic import Request, Sanic, exceptions as sanic_exc
from sanic.headers import parse_content_header
from sanic.mixins.routes import RouteMixin
from sanic.request import RequestParameters
from sanic.request.form import parse_multipart_form
from sanic.response import HTTPResponse, json as json_response
from sanic_ext.extensions.openapi.builders import OperationStore

from core import context, db, openapi_doc
from core.inputs import INT32_MAX, INT64_MAX, INT64_MIN
from core.errors import (
    AppError, BadRequest, InternalError, MethodNotAllowed, NotFound, PayloadTooLarge,
    ServiceUnavailable, ValidationFailed,
)

log = logging.getLogger("huiyi.http")
T = TypeVar("T", bound=BaseModel)
_RID = re.compile(r"^[A-Za-z0-9\-_.]{8,64}$")


def _no_error_format_guess(self, handler) -> str:
    """Sanic reads and parses the source of every route handler as it is declared, to guess the
    format of that route's error pages: 0.7 s of every process start with our 400 routes. The
    guess is never used (install() answers every exception in the one error model), so routes
    get none and fall back to FALLBACK_ERROR_FORMAT."""
    return ""


# Before any blueprint declares its routes (they all import this module first).
RouteMixin._determine_error_format = _no_error_format_guess


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, default=str)


def ok(data: Any, status: int = 200, headers: dict | None = None) -> HTTPResponse:
    if isinstance(data, BaseModel):
        # By alias, as the document shows it: a key that is a Python keyword (`from`) is an alias.
        data = data.model_dump(mode="json", by_alias=True)
    return json_response(data, status=status, headers=headers, dumps=_dumps)


def answer(model: type[BaseModel], data: Any, status: int = 200, headers: dict | None = None) -> HTTPResponse:
    """`data` answered through its declared output model: what the document says is what is sent."""
    return ok(data if isinstance(data, model) else model.model_validate(data), status, headers)


def returns(model: type[BaseModel], *, status: int = 200, description: str = "成功"):
    """Declare an operation's success answer (put right below the route decorator). The handler
    returns the data (the model, or a dict / object the model validates) and the answer is the
    model's JSON at `status`; a handler that must touch the response (cookies, headers) builds
    it with `answer(model, ...)` and returns that, which passes through unchanged."""
    schema = model.model_json_schema(mode="serialization")

    def deco(fn):
        @wraps(fn)
        async def wrapper(request: Request, *args, **kwargs):
            result = await fn(request, *args, **kwargs)
            return result if isinstance(result, HTTPResponse) else answer(model, result, status)

        openapi_doc.answers(wrapper, status, "application/json", schema, description)
        # The route's handler is now this wrapper: it carries what sanic-ext knows of the handler.
        store = OperationStore()
        if fn in store:
            store[wrapper] = store[fn]
        return wrapper

    return deco


def also_returns(model: type[BaseModel], *, status: int, description: str):
    """Declare one more JSON answer of an operation that answers more than one way (an import:
    201 when it imported, 200 when it only checked), for the document only: the handler builds
    that answer itself with `answer(model, data, status)`. Put it below `returns`."""
    def deco(fn):
        openapi_doc.answers(fn, status, "application/json", model.model_json_schema(mode="serialization"),
                            description)
        return fn

    return deco


def fails(*errors: type[AppError]):
    """Declare errors an operation answers beyond those its shape implies, for the document:
    core.openapi_doc lists 401/403/404/409/422 for a guarded operation, 400/409/413/422 for a
    body and so on; a payment refused (402), an expired link (410), a throttle (429) or WeChat
    failing (502) belong to a few operations only, and those name the error here."""
    def deco(fn):
        openapi_doc.fails_with(fn, errors)
        return fn

    return deco


def returns_file(content_type: str, *, description: str = "文件"):
    """Declare that an operation answers with a file (xlsx, PDF, image), for the document."""
    def deco(fn):
        openapi_doc.answers(fn, 200, content_type, {"type": "string", "format": "binary"}, description)
        return fn

    return deco


def parse_body(request: Request, schema: type[T]) -> T:
    """Validate the JSON body against a pydantic schema (extra fields forbidden)."""
    return validate(schema, json_object(request))


def json_object(request: Request) -> dict[str, Any]:
    """The JSON body as an object, for services that pick the schema themselves."""
    raw = request.body or b""
    if not raw.strip():
        data: Any = {}
    else:
        try:
            data = json.loads(raw)
        except (ValueError, UnicodeDecodeError) as exc:
            raise BadRequest("请求体不是有效的JSON", details={"error": str(exc)[:200]}) from exc
    if not isinstance(data, dict):
        raise BadRequest("请求体应为JSON对象")
    return data


def validate(schema: type[T], data: Any) -> T:
    try:
        obj = schema.model_validate(data)
    except ValidationError as exc:
        from core.imports import field_message  # the Chinese sentence the consoles show too

        # The value sent is never echoed back (it may be personal data); clients show `message`.
        raise ValidationFailed(details={"errors": [
            {"path": ".".join(str(p) for p in e["loc"]), "message": field_message(e), "type": e["type"]}
            for e in exc.errors(include_url=False)
        ]}) from exc
    # The last net under the schemas' own bounds (core.inputs): no integer a database
    # cannot hold reaches a query, whatever a schema forgot to bound.
    wide = next(_wide_ints(obj, ()), None)
    if wide is not None:
        raise ValidationFailed(details={"errors": [{"path": ".".join(str(p) for p in wide),
                                                    "message": "数值超出范围", "type": "range"}]})
    return obj


def _wide_ints(value: Any, path: tuple) -> Any:
    """The paths of integers outside 64 bits in a validated value."""
    if isinstance(value, bool):
        return
    if isinstance(value, int):
        if not INT64_MIN <= value <= INT64_MAX:
            yield path
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _wide_ints(getattr(value, name, None), (*path, name))
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _wide_ints(v, (*path, k))
    elif isinstance(value, (list, tuple, set, frozenset)):
        for i, v in enumerate(value):
            yield from _wide_ints(v, (*path, i))


def query_model(request: Request, schema: type[T]) -> T:
    """Validate the query string against a pydantic schema. An empty field (a filter form
    left blank) means "not given", not an invalid value; a repeated name gives a list."""
    return validate(schema, {k: v[0] if len(v) == 1 else v for k, v in request.args.items() if v != [""]})


def query_int(request: Request, name: str, default: int | None = None, *, lo: int = 0,
              hi: int = 10_000_000) -> int | None:
    raw = request.args.get(name)
    if raw in (None, ""):
        return default
    try:
        v = int(raw)
    except ValueError as exc:
        raise ValidationFailed(details={"errors": [{"path": name, "message": "应为整数", "type": "int"}]}) from exc
    if not lo <= v <= hi:
        raise ValidationFailed(details={"errors": [{"path": name, "message": f"应在{lo}到{hi}之间",
                                                    "type": "range"}]})
    return v


def query_id(request: Request, name: str, default: int | None = None) -> int | None:
    """An id in the query string (a list filter such as `?institution_id=`): the range of the
    id columns (1..2**31-1), like ids in paths and bodies, not query_int's small default."""
    return query_int(request, name, default, lo=1, hi=INT32_MAX)


def query_ids(request: Request, name: str = "ids", *, hi: int = INT32_MAX) -> list[int] | None:
    """A comma-separated list of ids in the query string (`?ids=1,2,3`), each 1..hi."""
    raw = request.args.get(name)
    if not raw:
        return None
    try:
        ids = [int(x) for x in raw.split(",") if x.strip()]
    except ValueError as exc:
        raise ValidationFailed(details={"errors": [{"path": name, "message": "应为逗号分隔的整数",
                                                    "type": "int"}]}) from exc
    if any(not 1 <= v <= hi for v in ids):
        raise ValidationFailed(details={"errors": [{"path": name, "message": f"应在1到{hi}之间",
                                                    "type": "range"}]})
    return ids


def check_path_ids(request: Request) -> None:
    """Every integer in the path names a row, and no row has an id outside 1..2**63-1:
    such an id is answered like a missing record, before it reaches a query."""
    for name, value in (request.match_info or {}).items():
        if isinstance(value, int) and not isinstance(value, bool) and not 1 <= value <= INT64_MAX:
            raise NotFound(details={name: str(value)[:40]})


def page_args(request: Request) -> tuple[int, int]:
    size = query_int(request, "page_size", 20, lo=1, hi=200)
    page = query_int(request, "page", 1, lo=1)
    return size, (page - 1) * size


_FORM_TYPES = ("multipart/form-data", "application/x-www-form-urlencoded")


def _parse_form(request: Request) -> None:
    """Parse a form body before any handler reads it, and answer 400 if it is not one.

    Why: Sanic parses forms lazily and, when the body is malformed, logs a full traceback at
    ERROR and hands the handler an empty form. A broken upload is the client's mistake: it
    gets `request.malformed` and the log gets one warning line."""
    ctype, params = parse_content_header(request.headers.get("content-type", ""))
    if ctype not in _FORM_TYPES:
        return
    body = request.body or b""
    files = RequestParameters()
    try:
        if ctype == "application/x-www-form-urlencoded":
            form = RequestParameters(parse_qs(body.decode("utf-8")))
        else:
            boundary = str(params.get("boundary") or "").encode("utf-8")
            if not boundary:
                raise ValueError("no boundary")
            if body.strip() and b"--" + boundary not in body:
                raise ValueError("boundary not in body")
            form, files = parse_multipart_form(body, boundary)
    except Exception as exc:  # whatever the parser trips over, the body is not a form
        log.warning("malformed form body (%s): %s", ctype, type(exc).__name__)
        raise BadRequest("请求体不是有效的表单数据", details={"content_type": ctype}) from None
    request.parsed_form, request.parsed_files = form, files


def _as_app_error(exc: Exception) -> AppError:
    if isinstance(exc, AppError):
        return exc
    if isinstance(exc, sanic_exc.NotFound):
        return NotFound("接口不存在", code="request.route_not_found")
    if isinstance(exc, sanic_exc.MethodNotAllowed):
        return MethodNotAllowed(details={"allowed": sorted(getattr(exc, "allowed_methods", []) or [])})
    if isinstance(exc, sanic_exc.PayloadTooLarge):
        return PayloadTooLarge()
    if isinstance(exc, sanic_exc.HeaderExpectationFailed):
        return BadRequest()
    if isinstance(exc, sanic_exc.ServiceUnavailable):
        return ServiceUnavailable()
    if isinstance(exc, sanic_exc.SanicException) and 400 <= (exc.status_code or 500) < 500:
        return AppError(str(exc) or "请求无效", status=exc.status_code, code="request.invalid")
    if isinstance(exc, (RedisConnectionError, RedisTimeoutError)):
        # Redis restarting or unreachable: a dependency failed, not the request; try again shortly.
        return ServiceUnavailable(headers={"Retry-After": "3"})
    if db.conflict_of(exc):  # a lock conflict that reached here outside @db.transactional
        return db.busy(db.conflict_of(exc))
    return InternalError()


def error_response(request: Request | None, exc: Exception) -> HTTPResponse:
    err = _as_app_error(exc)
    rid = (getattr(request.ctx, "request_id", None) if request else None) or context.request_id()
    if not rid:  # the error happened before our middleware ran (routing, body limits)
        rid = context.new_request_id()
        if request is not None:
            request.ctx.request_id = rid
    if isinstance(err, InternalError) and not isinstance(exc, AppError):
        log.error("unhandled error", exc_info=exc)
    elif err.status >= 500:  # an expected failure of a dependency, already explained in the answer
        log.warning("dependency error %s: %s", err.code, type(exc).__name__)
    headers = dict(err.headers)
    if rid:
        headers["X-Request-ID"] = rid
    return ok(err.to_dict(rid), status=err.status, headers=headers)


def install(app: Sanic) -> None:
    @app.on_request(priority=100)
    async def _begin(request: Request):
        given = request.headers.get("x-request-id", "")
        rid = given if _RID.match(given) else context.new_request_id()
        request.ctx.request_id = rid
        request.ctx.started = time.perf_counter()
        context.request_id_var.set(rid)
        context.client_ip_var.set(request.remote_addr or request.ip)
        # The HTTP server enforces REQUEST_MAX_SIZE itself; under ASGI we must.
        length = request.headers.get("content-length")
        if length and length.isdigit() and int(length) > request.app.config.REQUEST_MAX_SIZE:
            raise PayloadTooLarge(details={"max_bytes": request.app.config.REQUEST_MAX_SIZE})
        check_path_ids(request)
        _parse_form(request)

    @app.on_response(priority=100)
    async def _end(request: Request, response: HTTPResponse):
        rid = getattr(request.ctx, "request_id", None)
        if rid:
            response.headers["X-Request-ID"] = rid
        started = getattr(request.ctx, "started", None)
        if started is not None:
            log.info("request", extra={"method": request.method, "path": request.path,
                                       "status": response.status, "request_id": rid,
                                       "ms": round((time.perf_counter() - started) * 1000, 1)})

    app.error_handler.add(Exception, error_response)
