"""Who holds the private keys: the signer interface and its implementations.

Why: seed 004 wants the doctor's and pharmacist's signatures made with SM2; a hospital may use
the built-in signer (keys made and kept here, the private key encrypted at rest with the
service's key) or a licensed CA's signing service (the key never leaves the CA). Either way the
public key is stored on `SignerKey` and verification uses only it (core/signing/service.py), so
a signature made by one provider stays verifiable after the deployment switches to another.
`SIGNER` names the implementation; core/wiring.py registers them.
"""
from __future__ import annotations

import secrets
from dataclasses import dataclass

from core.registry import Registry
from core.signing import ca_client, sm2
from core.signing.errors import CaUnavailable
from core.signing.models import SignerKey


@dataclass(frozen=True)
class Enrolment:
    """A new key as its provider issued it."""
    key_id: str
    public_key: str  # 04 || x || y hex
    private_key: str | None = None  # the built-in signer only
    certificate: str = ""


class Signer:
    """One provider of signing keys. `enrol` makes an account's key, `sign` signs a digest with it,
    `revoke` tells the provider a key is no longer to be used."""

    provider = ""

    async def enrol(self, *, account_id: int, subject: str) -> Enrolment:
        raise NotImplementedError

    async def sign(self, *, key: SignerKey, digest: str) -> str:
        raise NotImplementedError

    async def revoke(self, *, key: SignerKey) -> None:
        return None


class BuiltinSigner(Signer):
    """SM2 keys made here (gmssl), the private key kept encrypted in SignerKey.private_key."""

    provider = "builtin"

    async def enrol(self, *, account_id: int, subject: str) -> Enrolment:
        private_key, public_key = sm2.generate_keypair()
        return Enrolment(key_id=f"builtin-{secrets.token_hex(12)}", public_key=public_key,
                         private_key=private_key,
                         certificate=f"内置 SM2 签名密钥：{subject}（后台账号 {account_id}）")

    async def sign(self, *, key: SignerKey, digest: str) -> str:
        return sm2.sign_digest(private_key=key.private_key, public_key=key.public_key, digest=digest)


class CaSigner(Signer):
    """A licensed CA's signing service (docs/signing.md), through core/signing/ca_client.py."""

    provider = "ca"

    async def enrol(self, *, account_id: int, subject: str) -> Enrolment:
        answer = await ca_client.call("/v1/keys", {"subject": subject[:64], "account_ref": str(account_id)})
        public_key = ca_client.field(answer, "public_key", max_len=130).lower()
        try:
            sm2.xy(public_key)
        except ValueError as exc:
            raise CaUnavailable(details={"reason": "malformed", "field": "public_key"}) from exc
        return Enrolment(key_id=ca_client.field(answer, "key_id", max_len=64), public_key=public_key,
                         certificate=str(answer.get("certificate") or "")[:20000])

    async def sign(self, *, key: SignerKey, digest: str) -> str:
        answer = await ca_client.call("/v1/sign", {"key_id": key.key_id, "digest": digest, "algorithm": "SM2-SM3"})
        return ca_client.field(answer, "signature", max_len=128).lower()

    async def revoke(self, *, key: SignerKey) -> None:
        await ca_client.call("/v1/keys/revoke", {"key_id": key.key_id})


signers: Registry[Signer] = Registry("SIGNER")
# Defined in the registry's own module, so registered here (core/wiring.py's rule).
signers.register("builtin", BuiltinSigner)
signers.register("ca", CaSigner)
