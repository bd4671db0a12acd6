"""Values the schema lets through but the database refuses (issue 9, point 2), swept from the served OpenAPI.

Why: every id-bearing route and every edit body of tomorrow is swept tomorrow, because the
operations come from GET /docs/openapi.json, not from a list here. Three sweeps, each as an
administrator of the province holding every role (and, for the mini-program, a phone account
that owns a family, 就诊人 and a record request), over the two-tenant world of tests/tenants.py:

- every integer path parameter of every operation with 2**63, 2**64 and -1: 404, never 5xx;
- every integer (or integer list) field of every JSON body, in an otherwise valid body, with
  2**63 / [2**64] (always refused) and 2**31 (refused where the column is an INT): never 5xx;
- every field of every edit body (PATCH, and PUT bodies without required fields) sent as
  null, on a record that exists: never 5xx, and 422 unless the document says the field may
  be null (core.inputs.EditIn: `clearable`).
"""
from __future__ import annotations

import itertools
import re
from typing import Any

import pytest
from hypothesis import find, strategies as st

from core.accounts.permissions import ROLES
from tests import factories, tenants

HUGE_PATH = (2**63, 2**64, -1)
_PARAM = re.compile(r"{(\w+)}")
_METHODS = ("get", "post", "put", "patch", "delete")


def _deref(doc: dict, schema: dict) -> dict:
    while "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[1]
        schema = {**doc["components"]["schemas"][name], **{k: v for k, v in schema.items() if k != "$ref"}}
    return schema


def _branches(doc: dict, schema: dict) -> list[dict]:
    schema = _deref(doc, schema)
    if "anyOf" in schema or "oneOf" in schema:
        return [b for s in schema.get("anyOf", schema.get("oneOf")) for b in _branches(doc, s)]
    return [schema]


def _nullable(doc: dict, schema: dict) -> bool:
    return any(b.get("type") == "null" or (isinstance(b.get("type"), list) and "null" in b["type"])
               for b in _branches(doc, schema))


def _example(doc: dict, schema: dict) -> Any:
    """The simplest value the schema accepts (deterministic: hypothesis' `find` shrinks)."""
    branches = [b for b in _branches(doc, schema) if b.get("type") != "null"] or [{}]
    s = branches[0]
    if "const" in s:
        return s["const"]
    if s.get("enum"):
        return s["enum"][0]
    kind = s.get("type")
    if kind == "object" or "properties" in s:
        return {k: _example(doc, v) for k, v in s.get("properties", {}).items() if k in s.get("required", ())}
    if kind == "array":
        return [_example(doc, s.get("items", {})) for _ in range(max(1, s.get("minItems", 1)))]
    if kind == "integer":
        return max(1, s.get("minimum", 1))
    if kind == "number":
        return max(1, s.get("minimum", 1))
    if kind == "boolean":
        return False
    if s.get("format") == "date":
        return "2026-06-01"
    if s.get("format") == "date-time":
        return "2099-06-01T08:00:00+08:00"
    lo, hi = s.get("minLength", 1), s.get("maxLength", 64)
    if "pattern" in s:
        return find(st.from_regex(s["pattern"], fullmatch=True), lambda v: lo <= len(v) <= hi)
    return "测" * max(lo, 1)


def _is_int(doc: dict, schema: dict) -> str | None:
    """'int' for an integer field, 'list' for a list of integers, None otherwise."""
    for b in _branches(doc, schema):
        if b.get("type") == "integer":
            return "int"
        if b.get("type") == "array" and any(i.get("type") == "integer" for i in _branches(doc, b.get("items", {}))):
            return "list"
    return None


def _operations(doc: dict) -> list[tuple[str, str, dict]]:
    return [(path, method, op) for path, item in doc["paths"].items() for method, op in item.items()
            if method in _METHODS]


def _int_params(doc: dict, path: str, op: dict) -> list[str]:
    declared = {p["name"]: p for p in op.get("parameters", []) if p.get("in") == "path"}
    return [n for n in _PARAM.findall(path) if n in declared and _is_int(doc, declared[n].get("schema", {})) == "int"]


def _json_body(doc: dict, op: dict) -> dict | None:
    content = (op.get("requestBody") or {}).get("content", {})
    schema = content.get("application/json", {}).get("schema")
    return _deref(doc, schema) if schema else None


class Caller:
    """Sends as the province's all-roles administrator, or as the phone account on /api/mp/."""

    def __init__(self, client, csrf: str, mp_headers: dict):
        self.client, self.csrf, self.mp_headers = client, csrf, mp_headers

    async def send(self, method: str, url: str, body: Any = None):
        headers = dict(self.mp_headers) if url.startswith("/api/mp/") else {"X-CSRF-Token": self.csrf}
        kw = {"json": body} if body is not None and method != "get" else {}
        return await self.client.request(method.upper(), url, headers=headers, **kw)


async def _setup(client) -> tuple[dict, Caller, list[int]]:
    w = await tenants.world()
    boss = await factories.admin(w.tree.province, roles=tuple(ROLES), username="fullscope")
    csrf = (await factories.login(client, boss.username))["csrf_token"]
    caller = Caller(client, csrf, {"Authorization": "Bearer " + factories.mp_token(w.a.mp["pat"])})
    # Every id the world made on side a: a path parameter is tried with these until one names a record.
    ids = {v for d in (w.a.admin_ids, w.a.mp_ids, w.shared) for v in d.values() if isinstance(v, int)}
    ids |= {w.a.county.id, w.a.hospital.id, w.a.assessor.id, w.a.mp["pat2"].id}
    # The full-scope account is a doctor too (the workstation's own routes), with a template to edit.
    from core.doctors.models import Doctor, DoctorTemplate

    own = await factories.catalogue_doctor(await factories.department(w.a.hospital), name="全权医生")
    await Doctor.filter(id=own.id).update(account_id=boss.id)
    ids.add((await DoctorTemplate.create(kind="reply", doctor_id=own.id, title="问候", body={"text": "您好"})).id)
    doc = (await client.get("/docs/openapi.json")).json()
    return doc, caller, sorted(ids)


def _url(path: str, values: dict[str, Any]) -> str:
    return _PARAM.sub(lambda m: str(values.get(m.group(1), "x")), path)


async def test_huge_and_negative_path_ids_answer_404(client):
    doc, caller, _ = await _setup(client)
    swept, wrong = 0, []
    for path, method, op in _operations(doc):
        params = _int_params(doc, path, op)
        for param in params:
            for value in HUGE_PATH:
                values = {p: 1 for p in params} | {param: value}
                r = await caller.send(method, _url(path, values), {} if method in ("post", "put", "patch") else None)
                swept += 1
                if r.status_code != 404:
                    wrong.append(f"{method.upper()} {path} {param}={value}: {r.status_code} {r.text[:120]}")
    assert swept > 300
    assert not wrong, "\n".join(wrong)


async def test_huge_ids_in_bodies_are_refused(client):
    doc, caller, ids = await _setup(client)
    swept, wrong = 0, []
    for path, method, op in _operations(doc):
        schema = _json_body(doc, op)
        if not schema:
            continue
        values = {p: ids[0] for p in _PARAM.findall(path)}
        for name, prop in schema.get("properties", {}).items():
            shape = _is_int(doc, prop)
            if shape is None:
                continue
            base = _example(doc, schema)
            for bad, must_refuse in ((2**63, True), (2**64, True), (2**31, False)):
                body = {**base, name: bad if shape == "int" else [bad]}
                r = await caller.send(method, _url(path, values), body)
                swept += 1
                if r.status_code >= 500 or (must_refuse and r.status_code < 400):
                    wrong.append(f"{method.upper()} {path} {name}={bad}: {r.status_code} {r.text[:160]}")
    assert swept > 40
    assert not wrong, "\n".join(wrong)


async def test_null_in_every_edit_body(client):
    doc, caller, ids = await _setup(client)
    wrong, unreached, swept = [], [], 0
    for path, method, op in _operations(doc):
        schema = _json_body(doc, op)
        if not schema or not (method == "patch" or (method == "put" and not schema.get("required"))):
            continue
        params = _PARAM.findall(path)
        # A record the administrator (or the phone account) may edit: the first ids that take the
        # simplest valid edit.
        target, probe = None, _example(doc, schema)
        for combo in itertools.islice(itertools.product(ids, repeat=len(params)), 2500):  # ids grow with the domains
            values = dict(zip(params, combo))
            if (await caller.send(method, _url(path, values), probe)).status_code < 300:
                target = values
                break
        if target is None:
            unreached.append(f"{method.upper()} {path}")
            continue
        for name, prop in schema.get("properties", {}).items():
            r = await caller.send(method, _url(path, target), {name: None})
            swept += 1
            if r.status_code >= 500:
                wrong.append(f"{method.upper()} {path} {name}=null: {r.status_code} {r.text[:160]}")
            elif not _nullable(doc, prop) and r.status_code != 422:
                wrong.append(f"{method.upper()} {path} {name}=null, not nullable in the document: "
                             f"{r.status_code} {r.text[:160]}")
            elif r.status_code == 422:
                assert r.json()["code"] == "request.validation_failed"
                assert r.json()["details"]["errors"][0]["path"] == name
    assert not wrong, "\n".join(wrong)
    # Every PATCH route must have been reached on a real record, or the sweep proves nothing for it.
    assert not [u for u in unreached if u.startswith("PATCH")], unreached
    assert swept > 20


@pytest.mark.nodb
def test_example_bodies_follow_the_schema():
    doc = {"components": {"schemas": {}}}
    schema = {"type": "object", "required": ["code", "ids", "n"], "properties": {
        "code": {"type": "string", "pattern": "^[A-Z]{3}$"}, "ids": {"type": "array", "items": {"type": "integer"}},
        "n": {"anyOf": [{"type": "integer", "minimum": 5}, {"type": "null"}]}, "skip": {"type": "string"}}}
    assert _example(doc, schema) == {"code": "AAA", "ids": [1], "n": 5}
