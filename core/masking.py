"""Masking of personal data on output (seed 001 item 19, seed 003 security).

Why: answers show masked values by default; the full value needs the
`pii.reveal` permission and an audit row (see core.pii).
"""
from __future__ import annotations


def mask_name(name: str | None) -> str | None:
    if not name:
        return name
    if len(name) == 1:
        return name
    if len(name) == 2:
        return name[0] + "*"
    return name[0] + "*" * (len(name) - 2) + name[-1]


def mask_phone(phone: str | None) -> str | None:
    if not phone:
        return phone
    if len(phone) < 7:
        return "*" * len(phone)
    return phone[:3] + "****" + phone[-4:]


def mask_id_number(number: str | None) -> str | None:
    if not number:
        return number
    if len(number) <= 10:
        return "*" * len(number)
    return number[:6] + "*" * (len(number) - 10) + number[-4:]


def mask_address(address: str | None) -> str | None:
    """A street address: the first six characters (the district), the rest starred."""
    if not address:
        return address
    return address[:6] + "*" * min(8, max(0, len(address) - 6))


def mask_email(email: str | None) -> str | None:
    """A mailbox: the first character of the local part and the domain."""
    if not email or "@" not in email:
        return email
    local, _, domain = email.partition("@")
    return local[:1] + "***@" + domain


def masker_for_field(field_name: str):
    """The masker for a value by the name of its field, or None when the field is not personal
    data: `id_number` / `*_id_number` are ID numbers, `phone` / `mobile` / `*_phone` phones.
    Used where values travel without their model (import reports, rows kept in Redis)."""
    if field_name == "id_number" or field_name.endswith("_id_number"):
        return mask_id_number
    if field_name in ("phone", "mobile") or field_name.endswith("_phone"):
        return mask_phone
    return None
