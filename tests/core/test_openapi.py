"""The served OpenAPI document is valid and whole: clients and the fuzzer read every body from it."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from openapi_spec_validator import validate
from pydantic import BaseModel

from core.openapi_doc import ERROR_RESPONSES, finish


def _refs(node: Any, at: str = "#") -> list[tuple[str, str]]:
    if isinstance(node, dict):
        found = [(at, node["$ref"])] if isinstance(node.get("$ref"), str) else []
        for k, v in node.items():
            found += _refs(v, f"{at}/{k}")
        return found
    if isinstance(node, list):
        return [r for i, v in enumerate(node) for r in _refs(v, f"{at}/{i}")]
    return []


def _resolve(doc: dict, ref: str) -> Any:
    assert ref.startswith("#/"), ref
    node: Any = doc
    for part in ref[2:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        node = node[part]
    return node


async def test_served_document_is_valid_and_every_ref_resolves(client):
    r = await client.get("/docs/openapi.json")
    assert r.status_code == 200
    doc = r.json()
    validate(doc)  # openapi-spec-validator, dialect chosen from doc["openapi"]
    assert doc["openapi"].startswith("3.1")
    refs = _refs(doc)
    assert refs, "pydantic bodies with nested models are expected to use refs"
    unresolved = []
    for at, ref in refs:
        try:
            _resolve(doc, ref)
        except (KeyError, IndexError, TypeError, AssertionError):
            unresolved.append(f"{at}: {ref}")
    assert not unresolved, unresolved
    # Nested models of the bodies live in components, nowhere else.
    assert "$defs" not in r.text
    body = doc["paths"]["/api/admin/v1/exam/questions/groups"]["post"]["requestBody"]
    schema = body["content"]["application/json"]["schema"]
    assert _resolve(doc, schema["properties"]["questions"]["items"]["$ref"])["title"] == "SubQuestionIn"


@pytest.mark.nodb
def test_finish_keeps_two_different_models_of_one_name_apart():
    class Item(BaseModel):
        a: int

    class OneIn(BaseModel):
        items: list[Item]

    class Item2(BaseModel):
        b: str
    Item2.__name__ = "Item"
    Item2.model_config["title"] = "Item"

    class TwoIn(BaseModel):
        item: Item2

    doc = {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {
        "/one": {"post": {"requestBody": {"content": {"application/json": {"schema": OneIn.model_json_schema()}}},
                          "responses": {"default": {"description": "OK"}}}},
        "/two": {"post": {"requestBody": {"content": {"application/json": {"schema": TwoIn.model_json_schema()}}},
                          "responses": {"default": {"description": "OK"}}}}}}
    out = finish(doc)
    validate(out)
    one = out["paths"]["/one"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    two = out["paths"]["/two"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    first = _resolve(out, one["properties"]["items"]["items"]["$ref"])
    second = _resolve(out, two["properties"]["item"]["$ref"])
    assert "a" in first["properties"] and "b" in second["properties"]


# ---------------------------------------------------------------- what a client is told (issue 10, point 6)

_METHODS = ("get", "post", "put", "patch", "delete")
_CHINESE = re.compile(r"[\u4e00-\u9fff]")
# The routes a stranger may call: log in (also through the official account), get a captcha,
# refresh a token, health, a record copy's download by its signed token; WeChat Pay's notifications
# (authenticated by their signature, core/payments/service.py).
PUBLIC = {"GET /healthz", "GET /readyz", "POST /api/mp/v1/auth/refresh", "POST /api/mp/v1/auth/wx-login",
          "POST /api/mp/v1/assessment/login", "GET /api/mp/v1/assessment/captcha", "GET /api/admin/v1/auth/captcha",
          "POST /api/admin/v1/auth/login", "GET /api/mp/v1/records/copies/{token}",
          "POST /api/mp/v1/auth/wx-web-login", "POST /api/pay/v1/wechatpay/notify/transaction",
          "POST /api/pay/v1/wechatpay/notify/refund", "POST /api/his/v1/institutions/{institution_id}/events"}
PUBLIC |= {"POST /api/logistics/v1/{carrier}/events"}  # a carrier's tracking: its signature authenticates it
# The insurance e-prescription centre's notifications: its signature authenticates them.
PUBLIC |= {"POST /api/insurance/v1/notify/review", "POST /api/insurance/v1/notify/pickup"}


def _operations(doc: dict) -> list[tuple[str, str, dict]]:
    return [(p, m, op) for p, item in doc["paths"].items() for m, op in item.items() if m in _METHODS]


@pytest.fixture
async def doc(client) -> dict:
    return (await client.get("/docs/openapi.json")).json()


async def test_only_the_json_api_is_in_the_document(doc):
    paths = list(doc["paths"])
    outside = [p for p in paths if not (p.startswith("/api/") or p in ("/healthz", "/readyz"))]
    assert not outside, outside
    assert not [p for p in paths if p.startswith(("/admin", "/h5", "/verify", "/docs", "/dev", "/media"))]
    assert len(_operations(doc)) > 200
    # Every tag the document lists names operations in it (the pages' blueprint is gone with them).
    used = {t for _, _, op in _operations(doc) for t in op.get("tags", [])}
    assert {t["name"] for t in doc.get("tags", [])} <= used


async def test_every_operation_has_a_chinese_summary(doc):
    missing = [f"{m.upper()} {p}: {op.get('summary')!r}" for p, m, op in _operations(doc)
               if not _CHINESE.search(op.get("summary") or "")]
    assert not missing, "\n".join(missing)


async def test_security_follows_the_guard_of_each_route(client, doc):
    schemes = doc["components"]["securitySchemes"]
    assert schemes["bearerAuth"] == {**schemes["bearerAuth"], "type": "http", "scheme": "bearer", "bearerFormat": "JWT"}
    assert (schemes["adminSession"]["in"], schemes["adminSession"]["name"]) == ("cookie", "huiyi_admin")
    assert (schemes["csrfToken"]["in"], schemes["csrfToken"]["name"]) == ("header", "X-CSRF-Token")
    public, wrong = set(), []
    for path, method, op in _operations(doc):
        key, security = f"{method.upper()} {path}", op.get("security")
        assert security is not None, key
        if security == []:
            public.add(key)
        elif path.startswith("/api/admin/"):
            expected = [{"adminSession": []}] if method == "get" else [{"adminSession": [], "csrfToken": []}]
            if security != expected:
                wrong.append(f"{key}: {security}")
        elif path.startswith(("/api/mp/", "/api/bff/")):
            if security != [{"bearerAuth": []}]:
                wrong.append(f"{key}: {security}")
        else:
            wrong.append(f"{key}: {security}")
    assert not wrong, wrong
    assert public == PUBLIC
    # What the document says is what the server does: without credentials every guarded
    # operation answers 401 before it looks at anything else.
    answered = []
    for path, method, op in _operations(doc):
        if op["security"]:
            r = await client.request(method.upper(), re.sub(r"{\w+}", "1", path))
            if r.status_code != 401 or r.json()["code"] != "auth.unauthenticated" and not r.json()["code"].startswith(("accounts.", "auth.")):
                answered.append(f"{method.upper()} {path}: {r.status_code} {r.text[:100]}")
    assert not answered, answered


# Errors a few operations answer (core.http.fails), beyond those their shape implies: answered
# by the tests of those operations (a payment refused, an expired invitation or link, a throttle).
FAILS = {
    "POST /api/mp/v1/records/requests/{request_id}/pay": {"502": "payments.gateway_failed"},
    "POST /api/mp/v1/records/requests/{request_id}/pay/confirm": {"502": "payments.gateway_failed"},
    "POST /api/pay/v1/wechatpay/notify/transaction": {"401": "payments.notification_rejected"},
    "POST /api/pay/v1/wechatpay/notify/refund": {"401": "payments.notification_rejected"},
    "POST /api/admin/v1/payments/orders/{order_id}/refunds": {"422": "payments.refund_exceeds_remaining",
                                                              "409": "payments.refund_conflict",
                                                              "502": "payments.gateway_failed"},
    "POST /api/admin/v1/payments/reconciliations/{bill_date}": {"409": "payments.bill_unavailable"},
    "POST /api/mp/v1/records/requests/{request_id}/download-link": {"410": "records.copy_expired"},
    "GET /api/mp/v1/records/copies/{token}": {"403": "media.link_invalid", "410": "media.link_expired"},
    "POST /api/mp/v1/records/identity-checks": {"429": "records.too_many_checks"},
    "POST /api/mp/v1/invites/preview": {"410": "family.invite_expired"},
    "POST /api/mp/v1/invites/accept": {"410": "family.invite_expired"},
    "POST /api/mp/v1/me/invites/{invite_id}/accept": {"410": "family.invite_expired"},
    "POST /api/mp/v1/me/invites/{invite_id}/decline": {"410": "family.invite_expired"},
    "POST /api/mp/v1/assessment/bind": {"429": "accounts.locked"},
    "POST /api/mp/v1/auth/wx-login": {"502": "wechat.upstream_error"},
    "POST /api/mp/v1/auth/wx-web-login": {"502": "wechat.upstream_error"},
    "POST /api/mp/v1/sms/codes": {"429": "sms.too_soon"},
    "POST /api/mp/v1/patients/id-card": {"429": "family.ocr_limited"},
}


async def test_every_operation_lists_its_errors_in_the_one_error_model(doc):
    error = doc["components"]["schemas"]["Error"]
    assert set(error["required"]) == {"code", "message", "details", "request_id"}
    wrong = []
    for path, method, op in _operations(doc):
        key, responses = f"{method.upper()} {path}", op["responses"]
        expected = {"503"}
        if op["security"]:
            # Reads too: a record out of reach, a state that refuses (a mock's review before it is
            # handed in, a failed result's certificate, the filing with no open cycle).
            expected |= {"401", "403", "404", "409", "422"}
        if "{" in path:
            expected |= {"404", "422"}
        if method != "get":
            expected |= {"400", "409", "413", "422"}
            if not op["security"]:  # the sign-ins: wrong credentials, a disabled account
                expected |= {"401", "403"}
        if re.search(r"login|captcha", path):
            expected.add("429")
        expected |= set(FAILS.get(key, ()))
        if not expected <= set(responses):
            wrong.append(f"{key}: lists {sorted(responses)}, lacks {sorted(expected - set(responses))}")
        for status, code in FAILS.get(key, {}).items():
            if f"`{code}`" not in responses.get(status, {}).get("description", ""):
                wrong.append(f"{key} {status}: does not name {code}")
        for status, answer in responses.items():
            if status[0] in "45":
                answer = _resolve(doc, answer["$ref"]) if "$ref" in answer else answer
                if answer["content"]["application/json"]["schema"] != {"$ref": "#/components/schemas/Error"}:
                    wrong.append(f"{key} {status}: not the Error model")
                if not _CHINESE.search(answer.get("description", "")):
                    wrong.append(f"{key} {status}: no Chinese description")
    assert not wrong, "\n".join(wrong)
    # The catalogue of domain codes is in the document, with each code's status.
    for row in ("| 409 | `exam.session_closed` |", "| 422 | `request.validation_failed` |",
                "| 403 | `family.no_grant` |", "| 401 | `auth.unauthenticated` |"):
        assert row in doc["info"]["description"], row


def _error_classes_in_the_sources() -> dict[str, tuple[int | None, str]]:
    """code -> (status, where) of every error class the service's sources define (a class body
    assigning `code`, alone or as `status, code, message = ...`), found by reading them."""
    import ast

    found: dict[str, tuple[int | None, str]] = {}
    root = Path(__file__).parents[2]
    for top in ("core", "media", "admin_web", "miniprogram_api", "bff", "h5", "realtime"):
        for file in sorted((root / top).rglob("*.py")):
            for cls in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
                if not isinstance(cls, ast.ClassDef):
                    continue
                names: dict[str, object] = {}
                for st in cls.body:
                    if isinstance(st, ast.Assign) and len(st.targets) == 1:
                        target, value = st.targets[0], st.value
                        pairs = (zip(target.elts, value.elts) if isinstance(target, ast.Tuple)
                                 and isinstance(value, ast.Tuple) else [(target, value)])
                        for t, v in pairs:
                            if isinstance(t, ast.Name) and isinstance(v, ast.Constant):
                                names[t.id] = v.value
                if isinstance(names.get("code"), str) and "." in names["code"]:
                    found[names["code"]] = (names.get("status"), f"{file.relative_to(root)}:{cls.name}")
    return found


async def test_the_catalogue_names_every_error_the_service_can_answer(doc):
    """Whatever module defines an error (not only core/<domain>/errors.py) and whenever it is
    loaded (core.wechat on the first WeChat login), its code is in the document, and every
    status an error answers has its response in components."""
    catalogue = doc["info"]["description"]
    # Backup and restore run from the command line only: their errors are never an HTTP answer.
    sources = {code: v for code, v in _error_classes_in_the_sources().items() if not code.startswith("backup.")}
    assert "wechat.upstream_error" in sources and "media.link_expired" in sources
    missing = [f"{code} ({where})" for code, (_, where) in sources.items() if f"`{code}`" not in catalogue]
    assert not missing, "add the module to core.openapi_doc.ERROR_MODULES:\n" + "\n".join(missing)
    statuses = {int(s) for s in re.findall(r"^\| (\d{3}) \|", catalogue, re.MULTILINE)}
    described = {int(s) for s in ERROR_RESPONSES}
    assert set(doc["components"]["responses"]) == {name for name, _ in ERROR_RESPONSES.values()}
    # 405 answers a method the document does not list; 500 is no operation's answer by design.
    assert statuses - {405, 500} <= described, sorted(statuses - {405, 500} - described)


async def test_no_operation_answers_html(doc):
    """Pages are not in the document, and no operation in it declares a page as its answer."""
    html = [f"{m.upper()} {p} {status}" for p, m, op in _operations(doc) for status, answer in op["responses"].items()
            if any("html" in media for media in answer.get("content", {}))]
    assert not html, html


async def test_an_error_answer_matches_the_documented_model(client, doc):
    from jsonschema import Draft202012Validator

    r = await client.post("/api/admin/v1/auth/login", json={"username": 1})
    assert r.status_code == 422
    Draft202012Validator(doc["components"]["schemas"]["Error"]).validate(r.json())


def _declared(op: dict) -> bool:
    for status, answer in op["responses"].items():
        if status.startswith("2") and answer.get("content"):
            return all(media.get("schema") for media in answer["content"].values())
    return False


async def test_every_operation_declares_its_success_answer(doc):
    undeclared = sorted(f"{m.upper()} {p}" for p, m, op in _operations(doc) if not _declared(op))
    assert not undeclared, "declare the answer (core.http.returns / returns_file):\n" + "\n".join(undeclared)
    assert len(_operations(doc)) > 200  # the sweep saw the whole API
    # A declared JSON answer is a schema with its nested models in components.
    login = doc["paths"]["/api/admin/v1/auth/login"]["post"]["responses"]["200"]["content"]["application/json"]
    assert login["schema"]["properties"]["csrf_token"]["type"] == "string"
    listed = doc["paths"]["/api/admin/v1/accounts"]["get"]["responses"]["200"]["content"]["application/json"]
    assert _resolve(doc, listed["schema"]["properties"]["items"]["items"]["$ref"])["title"] == "AdminAccountOut"


async def test_an_operation_answering_more_than_one_way_declares_each(doc):
    """An import answers 201 when it imported, 200 when it only checked, or its row report as
    xlsx (core.http.also_returns, returns_file): each answer is in the document."""
    xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    responses = doc["paths"]["/api/admin/v1/subordinates/import"]["post"]["responses"]
    assert set(responses["201"]["content"]) == {"application/json"}
    assert set(responses["200"]["content"]) == {"application/json", xlsx}
    assert responses["200"]["content"][xlsx]["schema"] == {"type": "string", "format": "binary"}
    for status in ("200", "201"):
        report = responses[status]["content"]["application/json"]["schema"]
        assert _resolve(doc, report["properties"]["created"]["items"]["$ref"])["title"] == "SubordinateImportedOut"
