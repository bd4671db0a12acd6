"""The served OpenAPI document, made whole and describing what a client needs.

Why: handlers describe their bodies with `Model.model_json_schema()`, which puts nested
models under the body's own `$defs` and points at them with `#/$defs/Name`. Those
pointers are read from the document's root, where nothing is defined, so clients and
fuzzers cannot read such bodies. Pydantic also writes JSON Schema 2020-12 (`type:
"null"` branches), which is the dialect of OpenAPI 3.1, not of the 3.0.3 sanic-ext
announces. `finish` fixes the document in one place, whatever handlers pass:
every `$defs` moves into `components/schemas`, every `#/$defs/` pointer follows it,
and the document says 3.1.0.

`describe` then adds what sanic-ext cannot know, from the routes themselves, so that a
route added tomorrow is described without anyone remembering to: which security scheme
guards it (the guard decorators mark their wrappers with `guarded`: bearer JWT for the
mini-program and the BFF, cookie session + `X-CSRF-Token` for the consoles, `[]` for
public routes), the error answers it can give (all in the one error model, with the
catalogue of domain codes), and that only the JSON API is in the document (pages, the
H5 client, `/verify`, `/docs`, `/dev` are not). `install` serves the result on the route
sanic-ext registered.
"""
from __future__ import annotations

import copy
import json
import importlib
import pkgutil
import re
from typing import Any, Callable

from sanic import Request, Sanic
from sanic.response import HTTPResponse

from core.errors import AppError

OPENAPI_VERSION = "3.1.0"
_LOCAL = "#/$defs/"
_COMPONENT = "#/components/schemas/"


def _rewrite_refs(node: Any, names: dict[str, str]) -> Any:
    """`#/$defs/X` -> `#/components/schemas/<names[X]>`, everywhere below `node`."""
    if isinstance(node, dict):
        out = {}
        for k, v in node.items():
            if k == "$ref" and isinstance(v, str) and v.startswith(_LOCAL):
                name = v[len(_LOCAL):]
                out[k] = _COMPONENT + names.get(name, name)
            else:
                out[k] = _rewrite_refs(v, names)
        return out
    if isinstance(node, list):
        return [_rewrite_refs(v, names) for v in node]
    return node


def _hoist(node: Any, components: dict[str, Any]) -> Any:
    """Move the `$defs` of every schema below `node` into `components` (renaming on a clash
    with a different definition of the same name) and point the schema's refs at them."""
    if isinstance(node, list):
        return [_hoist(v, components) for v in node]
    if not isinstance(node, dict):
        return node
    if isinstance(node.get("$defs"), dict):
        defs = node["$defs"]
        names: dict[str, str] = {}
        for name, schema in defs.items():
            target, n = name, 1
            while target in components and components[target] != _rewrite_refs(schema, names | {name: target}):
                n += 1
                target = f"{name}{n}"
            names[name] = target
        node = _rewrite_refs({k: v for k, v in node.items() if k != "$defs"}, names)
        for name, schema in defs.items():
            components[names[name]] = _hoist(_rewrite_refs(schema, names), components)
    return {k: _hoist(v, components) for k, v in node.items()}


def finish(doc: dict[str, Any]) -> dict[str, Any]:
    """The document with every pydantic `$defs` in `components/schemas`, as OpenAPI 3.1."""
    doc = copy.deepcopy(doc)
    components = doc.setdefault("components", {})
    schemas = components.setdefault("schemas", {})
    hoisted = {k: _hoist(v, schemas) for k, v in doc.items() if k != "components"}
    doc.update(hoisted)
    if not schemas:
        del components["schemas"]
    if not components:
        del doc["components"]
    doc["openapi"] = OPENAPI_VERSION
    return doc


# ---------------------------------------------------------------- what the routes tell

AUTH_ATTR = "__huiyi_auth__"
ANSWER_ATTR = "__huiyi_answer__"
FAILS_ATTR = "__huiyi_fails__"
ADMIN, BEARER = "admin", "bearer"
# Only these paths are the API; everything else the service answers is HTML or files for browsers.
API_PATHS = re.compile(r"^/api/|^/healthz$|^/readyz$")
_METHODS = ("get", "post", "put", "patch", "delete")
_SAFE = ("get",)
_EXT_SEGMENT = re.compile(r"<(\w+)(?:=\w+)?:ext=(\w+)>")
_PARAM = re.compile(r"<(\w+)[^>]*>")
SESSION_COOKIE, CSRF_HEADER = "huiyi_admin", "X-CSRF-Token"

SECURITY_SCHEMES = {
    "bearerAuth": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT",
                   "description": "小程序与 BFF：wx-login / 密码登录得到的访问令牌（15 分钟），"
                                  "过期后用刷新令牌换取。`Authorization: Bearer <token>`。"},
    "adminSession": {"type": "apiKey", "in": "cookie", "name": SESSION_COOKIE,
                     "description": "管理后台：登录（POST /api/admin/v1/auth/login）设置的 HttpOnly 会话 Cookie。"},
    "csrfToken": {"type": "apiKey", "in": "header", "name": CSRF_HEADER,
                  "description": "管理后台：登录应答中的 csrf_token；除 GET 外的每个请求都须携带。"},
}

ERROR_SCHEMA = {
    "title": "Error", "type": "object", "additionalProperties": False,
    "required": ["code", "message", "details", "request_id"],
    "description": "唯一的错误模型：所有接口的所有错误应答都是这个形状。",
    "properties": {
        "code": {"type": "string", "description": "稳定的错误码 `<领域>.<原因>`，见文档开头的错误码表。",
                 "examples": ["request.validation_failed", "auth.unauthenticated"]},
        "message": {"type": "string", "description": "给用户看的中文说明。"},
        "details": {"type": "object", "description": "补充信息；校验失败时 `errors` 列出每个字段。"},
        "request_id": {"type": ["string", "null"], "description": "请求编号（也在 X-Request-ID 头中），报告问题时提供。"},
    },
}

# Why an operation can fail, by status; which statuses an operation lists follows from its shape.
ERROR_RESPONSES = {
    "400": ("BadRequest", "请求格式错误（不是 JSON 对象、表单无法解析等）"),
    "401": ("Unauthorized", "未登录、登录已过期、令牌已被吊销，或登录凭据不正确"),
    "402": ("PaymentRequired", "支付未成功"),
    "403": ("Forbidden", "没有权限（角色、数据范围、须先修改初始密码、CSRF 令牌不符）或账号已停用"),
    "404": ("NotFound", "记录不存在或不在本人的数据范围内"),
    "409": ("Conflict", "与记录的当前状态冲突"),
    "410": ("Gone", "已过期（链接、邀请、复印件）"),
    "413": ("PayloadTooLarge", "请求体过大"),
    "422": ("ValidationFailed", "请求数据校验未通过（details.errors 列出每个字段）"),
    "429": ("TooManyRequests", "请求过于频繁"),
    "502": ("BadGateway", "上游服务（微信）出错，请稍后重试"),
    "503": ("ServiceUnavailable", "依赖服务暂不可用或数据库繁忙，请稍后重试"),
}
# Modules outside core/<domain>/errors.py that define error classes, some loaded only on first
# use: imported for the catalogue, whatever the process happened to load.
# tests/core/test_openapi.py finds every error class in the sources and checks the catalogue.
ERROR_MODULES = ("core.wechat_errors", "core.his.adapter", "core.dicts.service", "core.recycle.service", "core.demo",
                 "core.imports", "core.import_jobs", "core.assessment.institutions", "media.links", "media.uploads",
                 "media.voice", "core.visits.centre.errors")


def guarded(wrapper: Callable, scheme: str) -> Callable:
    """Mark a guard's wrapper with the scheme it checks (ADMIN or BEARER), for the document."""
    setattr(wrapper, AUTH_ATTR, scheme)
    return wrapper


def auth_of(handler: Callable) -> str | None:
    """The scheme guarding a route handler, looked up through its decorators."""
    seen = 0
    while handler is not None and seen < 20:
        scheme = getattr(handler, AUTH_ATTR, None)
        if scheme:
            return scheme
        handler = getattr(handler, "__wrapped__", None) or getattr(handler, "func", None)
        seen += 1
    return None


def answers(handler: Callable, status: int, content_type: str, schema: dict[str, Any], description: str) -> None:
    """Record a handler's success answer for the document (core.http.returns, also_returns and
    returns_file call it). An operation may answer more than one way (an import: 201 when it
    imported, 200 when it only checked, or the report as xlsx), so the answers add up."""
    own = [a for a in getattr(handler, ANSWER_ATTR, None) or () if a[:2] != (str(status), content_type)]
    # A decorator above the others declares first: the document lists the answers as written.
    setattr(handler, ANSWER_ATTR, [(str(status), content_type, schema, description), *own])


def answer_of(handler: Callable) -> list[tuple[str, str, dict[str, Any], str]]:
    """Every success answer declared on a route handler or below it, the outermost first; one per
    status and media type (functools.wraps copies an inner declaration onto its wrapper)."""
    found: dict[tuple[str, str], tuple[str, str, dict[str, Any], str]] = {}
    seen = 0
    while handler is not None and seen < 20:
        for declared in getattr(handler, ANSWER_ATTR, None) or ():
            found.setdefault(declared[:2], declared)
        handler = getattr(handler, "__wrapped__", None) or getattr(handler, "func", None)
        seen += 1
    return list(found.values())


def fails_with(handler: Callable, errors: tuple[type[AppError], ...]) -> None:
    """Record errors an operation answers beyond those its shape implies (core.http.fails)."""
    setattr(handler, FAILS_ATTR, (*errors, *(getattr(handler, FAILS_ATTR, None) or ())))


def failures_of(handler: Callable) -> list[type[AppError]]:
    """The errors declared with core.http.fails on a route handler or below it."""
    found: list[type[AppError]] = []
    seen = 0
    while handler is not None and seen < 20:
        found += [e for e in getattr(handler, FAILS_ATTR, None) or () if e not in found]
        handler = getattr(handler, "__wrapped__", None) or getattr(handler, "func", None)
        seen += 1
    return found


def error_codes() -> list[AppError]:
    """Every error class of every domain (core/<domain>/errors.py and ERROR_MODULES), with its status and code."""
    import core

    for info in pkgutil.iter_modules(core.__path__):
        if info.ispkg:
            try:
                importlib.import_module(f"core.{info.name}.errors")
            except ModuleNotFoundError:
                pass
    for name in ERROR_MODULES:
        importlib.import_module(name)
    found, todo = {}, [AppError]
    while todo:
        cls = todo.pop()
        todo.extend(cls.__subclasses__())
        found.setdefault(cls.code, cls)
    return sorted(found.values(), key=lambda c: (c.status, c.code))


def _error_catalogue() -> str:
    rows = ["| HTTP | code | message |", "| --- | --- | --- |"]
    rows += [f"| {c.status} | `{c.code}` | {c.message} |" for c in error_codes()]
    return "\n".join(rows)


def _security(scheme: str | None, method: str) -> list[dict]:
    if scheme == BEARER:
        return [{"bearerAuth": []}]
    if scheme == ADMIN:
        return [{"adminSession": []}] if method in _SAFE else [{"adminSession": [], "csrfToken": []}]
    return []


def _errors_for(path: str, method: str, op: dict, scheme: str | None) -> list[str]:
    """The error statuses an operation of this shape can answer; core.http.fails adds the rarer
    ones (402, 410, 429, 502) where an operation answers them."""
    statuses = {"503"}
    params = op.get("parameters") or []
    if "{" in path:
        statuses |= {"404", "422"}
    if any(p.get("in") == "query" for p in params):
        statuses.add("422")
    if scheme:
        # Paging and filters come from the query; an id in the body or query, or the caller's own
        # record (an unbound physician, a patient without a family) may be missing or out of reach;
        # and reads too depend on states (a mock exam's review before it is handed in, the
        # certificate of a failed result, the filing when no cycle is open).
        statuses |= {"401", "403", "404", "409", "422"}
    if method not in _SAFE:
        statuses |= {"400", "409", "413", "422"}
        if not scheme:  # the public writes are the sign-ins: credentials refused, account disabled
            statuses |= {"401", "403"}
    if "login" in path or "captcha" in path or "wx-login" in path:
        statuses.add("429")
    return sorted(statuses)


def describe(doc: dict[str, Any], app: Sanic) -> dict[str, Any]:
    """Only the JSON API; each operation with its security and its error answers."""
    routes = {f"{method.lower()}~{name.split('.', 1)[1]}": route
              for name, route in app.router.name_index.items() if "." in name
              for method in route.methods}
    paths: dict[str, Any] = {}
    for path, item in doc.get("paths", {}).items():
        if not API_PATHS.search(path):
            continue
        # sanic-ext drops the extension of `<id=int:ext=pdf>` segments: the real path ends in `.pdf`.
        for method, op in list(item.items()):
            route = routes.get(op.get("operationId", "")) if isinstance(op, dict) else None
            if route is not None and ":ext=" in route.path:
                real = "/" + _PARAM.sub(r"{\1}", _EXT_SEGMENT.sub(r"{\1}.\2", route.path.lstrip("/")))
                paths.setdefault(real, {})[method] = item.pop(method)
        if any(m in item for m in _METHODS):
            paths.setdefault(path, {}).update(item)
    for path, item in paths.items():
        for method, op in item.items():
            if method not in _METHODS:
                continue
            route = routes.get(op.get("operationId", ""))
            scheme = auth_of(route.handler) if route else None
            op["security"] = _security(scheme, method)
            responses = op.setdefault("responses", {})
            declared: dict[str, dict[str, Any]] = {}
            for status, content_type, schema, description in answer_of(route.handler) if route else ():
                schema = _hoist(copy.deepcopy(schema), doc.setdefault("components", {}).setdefault("schemas", {}))
                answer = declared.setdefault(status, {"description": description, "content": {}})
                if description not in answer["description"]:
                    answer["description"] += "；" + description
                answer["content"][content_type] = {"schema": schema}
            responses.update(declared)
            if any(s.startswith("2") for s in responses):
                responses.pop("default", None)  # sanic-ext's placeholder, when the answer is declared
            for status in _errors_for(path, method, op, scheme):
                responses.setdefault(status, {"$ref": f"#/components/responses/{ERROR_RESPONSES[status][0]}"})
            for error in failures_of(route.handler) if route else ():
                # Declared by the handler: the answer names the codes (the status may have others too).
                status = str(error.status)
                answer = responses.get(status)
                if answer is None or "$ref" in answer:
                    answer = responses[status] = {"description": ERROR_RESPONSES[status][1], "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
                answer["description"] += f"；`{error.code}`：{error.message}"
    doc["paths"] = paths
    used_tags = {t for item in paths.values() for op in item.values() if isinstance(op, dict) for t in op.get("tags", [])}
    if "tags" in doc:
        doc["tags"] = [t for t in doc["tags"] if t.get("name") in used_tags]
    components = doc.setdefault("components", {})
    components.setdefault("schemas", {})["Error"] = ERROR_SCHEMA
    components["securitySchemes"] = SECURITY_SCHEMES
    components["responses"] = {
        name: {"description": text, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
        for name, text in ERROR_RESPONSES.values()}
    info = doc.setdefault("info", {})
    info["description"] = (
        "惠医服务的 JSON 接口：小程序（/api/mp/v1，Bearer JWT）、小程序页面聚合（/api/bff/v1，Bearer JWT）、"
        "管理后台（/api/admin/v1，会话 Cookie + X-CSRF-Token）。错误应答一律为 Error 模型；错误码如下。\n\n"
        + _error_catalogue())
    return doc


SPEC_URL = "/docs/openapi.json"


def _build(app: Sanic) -> dict[str, Any]:
    """sanic-ext's document of `app`, through sanic-ext's own builder (its blueprint's
    `build_spec` listener, run here instead of at start-up)."""
    from sanic_ext.extensions.openapi.blueprint import blueprint_factory
    from sanic_ext.extensions.openapi.builders import SpecificationBuilder

    SpecificationBuilder.reset()  # a singleton: the document of this app only
    blueprint = blueprint_factory(app.config)  # not registered: only its builder is used
    build = next(f.listener for f in blueprint._future_listeners if f.listener.__name__ == "build_spec")
    build(app)
    # Through JSON, as sanic-ext's route answered it: response codes become strings.
    return json.loads(json.dumps(SpecificationBuilder().build(app).serialize()))


def install(app: Sanic) -> None:
    """Serve `finish(document)` at /docs/openapi.json, built when it is first asked for.

    Why not at start-up, as sanic-ext does: its builder makes a schema object for every path
    parameter through `typing.get_type_hints`, about 0.65 s of CPU in every server worker and
    every test app, and only a reader of the docs (or a client generator) ever asks for the
    document. So sanic-ext's document blueprint is off (`OAS = False`, set before `Extend`)
    and this route runs its builder once per process. The build does not await, so two first
    requests cannot interleave it."""
    cache: dict[str, bytes] = {}

    async def spec(request: Request) -> HTTPResponse:
        if "doc" not in cache:
            doc = describe(finish(_build(request.app)), request.app)
            cache["doc"] = json.dumps(doc, ensure_ascii=False).encode()
        return HTTPResponse(cache["doc"], content_type="application/json")

    app.add_route(spec, SPEC_URL, methods=["GET"], name="openapi_document")
