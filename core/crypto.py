"""Personal-data cryptography: SM4-GCM at rest, HMAC-SM3 blind indexes and chains.

Why: ID-card and phone numbers must be unreadable in the database and in
backups, yet findable by exact value. Ciphertexts carry their key id
(`k1$<base64>`) so keys can be rotated without a flag day.
"""
from __future__ import annotations

import base64
import hmac as std_hmac
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, hmac
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from core.settings import get_settings

_NONCE = 12
_TAG = 16


class DecryptionError(Exception):
    pass


def encrypt(plaintext: str, *, key_id: str | None = None) -> str:
    s = get_settings()
    kid = key_id or s.pii_active_key
    key = s.pii_keys[kid]
    nonce = os.urandom(_NONCE)
    enc = Cipher(algorithms.SM4(key), modes.GCM(nonce)).encryptor()
    enc.authenticate_additional_data(kid.encode())
    ct = enc.update(plaintext.encode("utf-8")) + enc.finalize()
    return f"{kid}${base64.b64encode(nonce + ct + enc.tag).decode()}"


def key_id_of(token: str) -> str:
    return token.partition("$")[0]


def decrypt(token: str) -> str:
    kid, sep, body = token.partition("$")
    if not sep:
        raise DecryptionError("ciphertext without key id")
    key = get_settings().pii_keys.get(kid)
    if key is None:
        raise DecryptionError(f"unknown key id {kid!r}")
    raw = base64.b64decode(body)
    nonce, ct, tag = raw[:_NONCE], raw[_NONCE:-_TAG], raw[-_TAG:]
    dec = Cipher(algorithms.SM4(key), modes.GCM(nonce, tag)).decryptor()
    dec.authenticate_additional_data(kid.encode())
    try:
        return (dec.update(ct) + dec.finalize()).decode("utf-8")
    except InvalidTag as exc:
        raise DecryptionError("ciphertext was altered or the key is wrong") from exc


def hmac_sm3(key: bytes, data: bytes) -> str:
    h = hmac.HMAC(key, hashes.SM3())
    h.update(data)
    return h.finalize().hex()


def derived_key(label: str) -> bytes:
    """A key of its own for one use of SECRET_KEY (certificate tokens, media links), so a
    signature made for one use never verifies for another. Rotating SECRET_KEY changes it."""
    return bytes.fromhex(hmac_sm3(get_settings().secret_key.encode("utf-8"), label.encode("utf-8")))


def blind_index(value: str, *, purpose: str) -> str:
    """Deterministic keyed digest for exact lookup; `purpose` separates fields."""
    normalized = value.strip().upper()
    return hmac_sm3(get_settings().index_key, f"{purpose}:{normalized}".encode())


def sm3(data: bytes) -> str:
    h = hashes.Hash(hashes.SM3())
    h.update(data)
    return h.finalize().hex()


def constant_time_equals(a: str, b: str) -> bool:
    return std_hmac.compare_digest(a.encode(), b.encode())
