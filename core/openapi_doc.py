"""The served OpenAPI document, made whole.

Why: handlers describe their bodies with `Model.model_json_schema()`, which puts nested
models under the body's own `$defs` and points at them with `#/$defs/Name`. Those
pointers are read from the document's root, where nothing is defined, so clients and
fuzzers cannot read such bodies. Pydantic also writes JSON Schema 2020-12 (`type:
"null"` branches), which is the dialect of OpenAPI 3.1, not of the 3.0.3 sanic-ext
announces. `finish` fixes the document in one place, whatever handlers pass:
every `$defs` moves into `components/schemas`, every `#/$defs/` pointer follows it,
and the document says 3.1.0. `install` applies it to the route sanic-ext serves.
"""
from __future__ import annotations

import copy
import json
from typing import Any

from sanic import Request, Sanic
from sanic.response import HTTPResponse

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


def install(app: Sanic) -> None:
    """Serve `finish(document)` on the route sanic-ext registered for the document.
    The document only changes with the code, so it is built once per process."""

    @app.before_server_start
    async def _wrap(app_: Sanic) -> None:
        route = app_.router.name_index.get(f"{app_.name}.openapi.spec")
        if route is None or getattr(route.handler, "_finished", False):
            return
        original = route.handler
        cache: dict[str, bytes] = {}

        async def spec(request: Request, *args: Any, **kwargs: Any) -> HTTPResponse:
            if "doc" not in cache:
                answer = await original(request, *args, **kwargs)
                if answer.status != 200 or not (answer.content_type or "").startswith("application/json"):
                    return answer
                cache["doc"] = json.dumps(finish(json.loads(answer.body)), ensure_ascii=False).encode()
            return HTTPResponse(cache["doc"], content_type="application/json")

        spec._finished = True  # type: ignore[attr-defined]
        route.handler = spec
