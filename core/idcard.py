"""Mainland resident ID numbers (GB 11643-1999): format, birth date and check digit."""
from __future__ import annotations

import datetime as dt
import re

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"
_RE = re.compile(r"^\d{17}[\dX]$")


def problem(number: str) -> str | None:
    """Why `number` is not a valid ID number, or None when it is."""
    n = number.strip().upper()
    if not _RE.match(n):
        return "身份证号应为18位，末位为数字或X"
    try:
        born = dt.date(int(n[6:10]), int(n[10:12]), int(n[12:14]))
    except ValueError:
        return "身份证号中的出生日期无效"
    if born > dt.date.today() or born.year < 1900:
        return "身份证号中的出生日期无效"
    if _CHECK[sum(int(a) * w for a, w in zip(n[:17], _WEIGHTS)) % 11] != n[17]:
        return "身份证号校验位错误"
    return None


def with_check_digit(first17: str) -> str:
    return first17 + _CHECK[sum(int(a) * w for a, w in zip(first17, _WEIGHTS)) % 11]


def normalize(number: str) -> str:
    return number.strip().upper()
