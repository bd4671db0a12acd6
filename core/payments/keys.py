"""Key material of WeChat Pay APIv3: the merchant's and, offline, WeChat Pay's own.

Why: APIv3 is signed both ways. The merchant signs every request with its API
certificate's private key (WECHATPAY2-SHA256-RSA2048) and the wx.requestPayment
parameters with the same key; WeChat Pay signs every answer and notification
with its platform key, which the merchant checks against the platform public key
(public-key mode, `WECHATPAY_PUBLIC_KEY_ID`) or the platform certificates it
downloads (certificate mode); notifications and certificates are encrypted with
the merchant's APIv3 key (AES-256-GCM).

In production the merchant's part comes from settings (the environment; nothing
is committed) and WeChat Pay's part stays at WeChat Pay. Offline (development and
tests) the service also plays WeChat Pay (core/payments/offline.py), so both parts
exist here: `generate()` makes a fresh bundle (two RSA-2048 keys, a self-signed
platform certificate, an APIv3 key), and `dev_bundle()` keeps one in
WECHATPAY_DEV_DIR (var/, outside git), created at first use by whichever process
gets there first.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import secrets
import string
from dataclasses import dataclass
from pathlib import Path

from core.settings import Settings

DEV_MCHID = "1900000109"  # the example merchant number of WeChat Pay's documentation
_BUNDLE = "bundle.json"


@dataclass(frozen=True)
class Merchant:
    """What the merchant (this service) holds: enough for the wechatpayv3 client."""

    mchid: str
    private_key: str  # PEM of the API certificate's key
    serial_no: str  # the API certificate's serial number (hex)
    apiv3_key: str  # 32 characters
    public_key: str = ""  # WeChat Pay's platform public key (PEM), public-key mode
    public_key_id: str = ""  # PUB_KEY_ID_…; empty: certificate mode

    @property
    def configured(self) -> bool:
        return bool(self.mchid and self.private_key and self.serial_no and len(self.apiv3_key) == 32)


@dataclass(frozen=True)
class Platform:
    """What WeChat Pay holds, for the offline WeChat Pay: its signing key and how the merchant knows it."""

    mchid: str
    apiv3_key: str
    merchant_public_key: str  # PEM: checks the merchant's Authorization and paySign
    merchant_serial_no: str
    private_key: str  # PEM: signs answers and notifications
    public_key_id: str
    certificate: str  # PEM, self-signed, wrapping the platform public key
    certificate_serial_no: str  # hex, as Wechatpay-Serial names it in certificate mode


def _rsa_pem() -> tuple[str, str]:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    private = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption()).decode()
    public = key.public_key().public_bytes(serialization.Encoding.PEM,
                                           serialization.PublicFormat.SubjectPublicKeyInfo).decode()
    return private, public


def _certificate(private_pem: str, serial: int) -> str:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.x509.oid import NameOID

    key = serialization.load_pem_private_key(private_pem.encode(), password=None)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Tenpay.com Root CA (offline)"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Huiyi offline WeChat Pay")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(serial).not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=5 * 365)).sign(key, hashes.SHA256()))
    return cert.public_bytes(serialization.Encoding.PEM).decode()


def generate(mchid: str = DEV_MCHID) -> dict[str, str]:
    """A fresh bundle: merchant key and serial, platform key, public key id and certificate, APIv3 key."""
    merchant_private, merchant_public = _rsa_pem()
    platform_private, platform_public = _rsa_pem()
    cert_serial = secrets.randbits(159) | (1 << 152)  # positive, below 2^159 as X.509 wants, 40 hex digits
    alphabet = string.ascii_letters + string.digits
    return {
        "mchid": mchid,
        "apiv3_key": "".join(secrets.choice(alphabet) for _ in range(32)),
        "merchant_private_key": merchant_private,
        "merchant_public_key": merchant_public,
        "merchant_serial_no": secrets.token_hex(20).upper(),
        "platform_private_key": platform_private,
        "platform_public_key": platform_public,
        "platform_public_key_id": "PUB_KEY_ID_" + "".join(secrets.choice(string.digits) for _ in range(28)),
        "platform_certificate": _certificate(platform_private, cert_serial),
        "platform_certificate_serial_no": f"{cert_serial:X}",
    }


def write_bundle(directory: Path, bundle: dict[str, str]) -> dict[str, str]:
    """Store `bundle` in `directory` unless one is there already (then that one wins and is returned):
    server workers starting together agree on one set of keys."""
    directory.mkdir(parents=True, exist_ok=True)
    target = directory / _BUNDLE
    tmp = directory / f".{_BUNDLE}.{os.getpid()}.{secrets.token_hex(4)}"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as f:
        json.dump(bundle, f)
    try:
        os.link(tmp, target)  # atomic, and refuses to replace: the first process wins
    except FileExistsError:
        pass
    finally:
        tmp.unlink()
    return json.loads(target.read_text())


_cached: dict[str, dict[str, str]] = {}


def dev_bundle(settings: Settings) -> dict[str, str]:
    """The offline bundle of WECHATPAY_DEV_DIR, generated there at first use."""
    directory = Path(settings.wechatpay_dev_dir)
    key = str(directory.resolve())
    if key not in _cached:
        target = directory / _BUNDLE
        _cached[key] = (json.loads(target.read_text()) if target.exists()
                        else write_bundle(directory, generate()))
    return _cached[key]


def forget_cached() -> None:
    """Tests that write a new bundle into a directory already read call this."""
    _cached.clear()


def merchant(settings: Settings) -> Merchant:
    """The merchant credentials: from settings, or offline (none set) from the dev bundle, in public-key mode."""
    if settings.wechatpay_mchid or not settings.wechatpay_offline:
        return Merchant(mchid=settings.wechatpay_mchid, private_key=settings.wechatpay_private_key,
                        serial_no=settings.wechatpay_cert_serial_no, apiv3_key=settings.wechatpay_apiv3_key,
                        public_key=settings.wechatpay_public_key, public_key_id=settings.wechatpay_public_key_id)
    b = dev_bundle(settings)
    return Merchant(mchid=b["mchid"], private_key=b["merchant_private_key"], serial_no=b["merchant_serial_no"],
                    apiv3_key=b["apiv3_key"], public_key=b["platform_public_key"],
                    public_key_id=b["platform_public_key_id"])


def platform(settings: Settings) -> Platform:
    """WeChat Pay's side, for the offline WeChat Pay only."""
    b = dev_bundle(settings)
    return Platform(mchid=b["mchid"], apiv3_key=b["apiv3_key"], merchant_public_key=b["merchant_public_key"],
                    merchant_serial_no=b["merchant_serial_no"], private_key=b["platform_private_key"],
                    public_key_id=b["platform_public_key_id"], certificate=b["platform_certificate"],
                    certificate_serial_no=b["platform_certificate_serial_no"])
