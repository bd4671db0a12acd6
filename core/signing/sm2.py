"""SM2 key pairs, signatures and their verification (GB/T 32918, GM/T 0009), over gmssl 3.2.2.

Why a module of our own around gmssl: three of its defaults are wrong for signatures that must
stand up later, so every use goes through here.
- Its per-signature random number comes from `random.choice` (not a cryptographic source): we
  pass k drawn with `secrets`, in [1, n-1].
- `CryptSM2` strips a leading "04" from a public key with `str.lstrip("04")`, which also eats any
  leading 0 or 4 digits of x — and it does so to x || y too when x begins with "04" (1 key in 256):
  we set its x || y (128 hex digits) ourselves after construction (`_crypt`).
- It has no key generation: d is drawn with `secrets`, P = d·G with its own point arithmetic.

What is signed (the same for the built-in signer and the CA protocol, docs/signing.md): the
message M is the 32 bytes of the SM3 digest of the document's canonical form; the signature is
SM2 with SM3 over Z_A || M as the standard says, Z_A computed with the default signer ID
"1234567812345678" (GM/T 0009's default, which CAs use when none is agreed), the curve's
parameters and the signer's public key. The value is r || s, 64 bytes in hex (not DER).
"""
from __future__ import annotations

import re
import secrets

from gmssl import sm2 as _gm

_N = int(_gm.default_ecc_table["n"], 16)
_G = _gm.default_ecc_table["g"]
_HEX = re.compile(r"^[0-9a-f]+$")


def xy(public_key: str) -> str:
    """x || y (128 hex digits) of a public key given as 04 || x || y or x || y."""
    key = public_key.lower()
    if len(key) == 130 and key.startswith("04"):
        key = key[2:]
    if len(key) != 128 or not _HEX.match(key):
        raise ValueError("an SM2 public key is 04 || x || y in hex")
    return key


def generate_keypair() -> tuple[str, str]:
    """(private key d as 64 hex digits, public key 04 || x || y as 130 hex digits)."""
    d = secrets.randbelow(_N - 1) + 1
    point = _gm.CryptSM2(private_key=None, public_key="0" * 128)._kg(d, _G)
    return f"{d:064x}", "04" + point


def public_key_of(private_key: str) -> str:
    return "04" + _gm.CryptSM2(private_key=None, public_key="0" * 128)._kg(int(private_key, 16), _G)


def _crypt(private_key: str | None, public_key: str) -> _gm.CryptSM2:
    crypt = _gm.CryptSM2(private_key=private_key, public_key=public_key)
    crypt.public_key = xy(public_key)  # never what its constructor's lstrip("04") left
    return crypt


def sign_digest(*, private_key: str, public_key: str, digest: str) -> str:
    """SM2 signature (r || s hex) of the 32-byte digest, with Z_A of the public key."""
    signer = _crypt(private_key, public_key)
    message = bytes.fromhex(digest)
    while True:  # a k giving r = 0 or r + k = n (astronomically rare) is drawn again
        value = signer.sign_with_sm3(message, f"{secrets.randbelow(_N - 1) + 1:064x}")
        if value:
            return value


def verify_digest(*, public_key: str, digest: str, value: str) -> bool:
    """Whether `value` is a signature of `digest` under `public_key` (nothing else is needed)."""
    try:
        point = xy(public_key)
        if len(value) != 128 or not _HEX.match(value.lower()) or len(digest) != 64:
            return False
        r, s = int(value[:64], 16), int(value[64:], 16)
        if not (1 <= r < _N and 1 <= s < _N):
            return False
        return bool(_crypt(None, point).verify_with_sm3(value.lower(), bytes.fromhex(digest)))
    except ValueError:
        return False
