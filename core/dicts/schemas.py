"""Answer shapes of business dictionaries (the request shapes are the console's, in core.records.schemas)."""
from __future__ import annotations

from core.outputs import Out


class DictKindOut(Out):
    kind: str
    label: str


class DictItemOut(Out):
    """One dictionary item."""
    id: int
    kind: str
    code: str
    label: str
    sort: int
    active: bool
