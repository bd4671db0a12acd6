"""Password hashing (argon2id) and the password policy."""
from __future__ import annotations

import functools
import re

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from core.accounts.errors import WeakPassword
from core.settings import get_settings

_hasher = PasswordHasher()  # argon2id, RFC 9106 low-memory profile


@functools.cache
def _dummy_hash() -> str:
    """Verified against for unknown usernames so they take as long as known ones. Made at the
    first login, not at import: hashing costs 0.2 s that every process start would pay."""
    return PasswordHasher().hash("unknown-user-timing-equaliser")  # the same profile as _hasher


_CLASSES = (re.compile(r"[a-z]"), re.compile(r"[A-Z]"), re.compile(r"[0-9]"), re.compile(r"[^A-Za-z0-9]"))


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(password_hash or _dummy_hash(), password) and password_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def policy_problems(password: str, *, username: str) -> list[str]:
    s = get_settings()
    problems = []
    if len(password) < s.password_min_length:
        problems.append(f"长度至少{s.password_min_length}位")
    if sum(1 for c in _CLASSES if c.search(password)) < 3:
        problems.append("至少包含大写字母、小写字母、数字、符号中的三类")
    if username and username.lower() in password.lower():
        problems.append("不能包含用户名")
    return problems


def check_policy(password: str, *, username: str) -> None:
    problems = policy_problems(password, username=username)
    if problems:
        raise WeakPassword(details={"problems": problems})
