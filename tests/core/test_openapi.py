"""The served OpenAPI document is valid and whole: clients and the fuzzer read every body from it."""
from __future__ import annotations

from typing import Any

import pytest
from openapi_spec_validator import validate
from pydantic import BaseModel

from core.openapi_doc import finish


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
