"""Presenting personal data: masked by default, in full only with `pii.reveal`.

Why: every answer that carries a name, ID number or phone goes through here,
so masking is the default nobody forgets, and each full view is audited.
"""
from __future__ import annotations

from typing import Any

from core.audit import service as audit_service
from core.db import EncryptedField
from core.masking import mask_id_number, mask_name, mask_phone
from core.principal import Principal

_MASK = {"phone": mask_phone, "id_number": mask_id_number}


def pii_fields(model: Any) -> dict[str, str]:
    """Field name → masking rule for a model's personal data."""
    out = {name: f.mask for name, f in model._meta.fields_map.items()
           if isinstance(f, EncryptedField) and f.mask in _MASK}
    out.update({name: "name" for name in getattr(model, "pii_names", ())})
    return out


async def present(obj: Any, *, actor: Principal, reveal: bool = False) -> dict[str, Any]:
    """The personal fields of `obj`, masked, or in full (permission + audit row)."""
    fields = pii_fields(obj)
    if reveal:
        from core import scope

        await scope.require(actor, "pii.reveal")
        await audit_service.record(actor=actor, action="pii.reveal", target_type=type(obj).__name__,
                                   target_id=obj.pk, after={"fields": sorted(fields)})
        return {name: getattr(obj, name) for name in fields}
    return {name: (mask_name if rule == "name" else _MASK[rule])(getattr(obj, name))
            for name, rule in fields.items()}
