"""What request schemas build on: bounded integers and edit (PATCH) bodies.

Why: a value the schema lets through but the database refuses becomes a 500. Two
classes of such values are closed here, once, for every schema:

- Integers. SQLite stores 64-bit integers, MariaDB's INT columns 32-bit. The rule:
  an id that names a row is an `Id` (1..2**31-1, the range of INT, the key type of
  every table) or, for the few BIGINT-keyed tables (messages, answers, grants'
  access log), a `BigId` (1..2**63-1); any other integer carries its own range,
  `Int32` when it has no tighter one. Path ids are bounded by `core.http`, which
  also refuses any integer outside 64 bits that a schema let through.
- Nulls in edit bodies. An edit body changes only the fields sent; a field sent as
  `null` means "clear it", which only some columns allow. `EditIn` refuses `null`
  for every field except those its subclass lists in `clearable`, and the OpenAPI
  document says so (a non-clearable field is not nullable there).
"""
from __future__ import annotations

from typing import Annotated, Any, ClassVar

from pydantic import BaseModel, ConfigDict, Field, GetJsonSchemaHandler, ValidationInfo, field_validator
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import PydanticCustomError, core_schema

INT32_MAX = 2**31 - 1
INT64_MAX = 2**63 - 1
INT64_MIN = -(2**63)

Id = Annotated[int, Field(ge=1, le=INT32_MAX)]
BigId = Annotated[int, Field(ge=1, le=INT64_MAX)]
Int32 = Annotated[int, Field(ge=-INT32_MAX - 1, le=INT32_MAX)]
# Page numbers: far beyond any real list, small enough that page * size stays an INT.
PageNo = Annotated[int, Field(ge=1, le=100_000)]


class EditIn(BaseModel):
    """Base of every edit body: only the fields sent change; `null` only for `clearable` fields."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)
    clearable: ClassVar[frozenset[str]] = frozenset()

    @field_validator("*", mode="before")
    @classmethod
    def _null_only_if_clearable(cls, v: Any, info: ValidationInfo) -> Any:
        if v is None and info.field_name not in cls.clearable:
            raise PydanticCustomError("not_clearable", "该项不能清空；不修改时请不要传该字段")
        return v

    @classmethod
    def __get_pydantic_json_schema__(cls, schema: core_schema.CoreSchema,
                                     handler: GetJsonSchemaHandler) -> JsonSchemaValue:
        out = handler(schema)
        target = handler.resolve_ref_schema(out)
        for name, prop in target.get("properties", {}).items():
            if name in cls.clearable or not isinstance(prop.get("anyOf"), list):
                continue
            branches = [b for b in prop["anyOf"] if b != {"type": "null"}]
            if len(branches) == len(prop["anyOf"]):
                continue
            prop.pop("anyOf")
            if prop.get("default", ...) is None:
                prop.pop("default")
            if len(branches) == 1:
                prop.update({k: v for k, v in branches[0].items() if k not in prop})
            else:
                prop["anyOf"] = branches
        return out
