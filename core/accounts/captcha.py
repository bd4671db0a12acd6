"""Image captchas for logins after failures (see core/accounts/lockout.py).

Why: after repeated failures the lockout asks for a captcha instead of locking the owner out.
It is built here, not bought: five characters drawn with Pillow (each turned and shifted, over
noise lines and dots), from an alphabet without look-alikes (no 0/O, 1/I/L). The answer is
never stored in clear: Redis keeps an HMAC of the captcha id and the answer for five minutes,
and a captcha is used up by the first attempt that presents it, right or wrong.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import io
import secrets

from core.accounts.schemas import CaptchaOut
from core.cache import redis
from core.settings import get_settings

ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
LENGTH = 5
SECONDS = 300
WIDTH, HEIGHT = 160, 56
_rng = secrets.SystemRandom()


def _key(captcha_id: str) -> str:
    return f"captcha:{captcha_id}"


def _mac(captcha_id: str, answer: str) -> str:
    normalized = "".join(answer.split()).upper()
    return hmac.new(get_settings().secret_key.encode(), f"captcha:{captcha_id}:{normalized}".encode(),
                    hashlib.sha256).hexdigest()


def render(text: str) -> bytes:
    """A PNG of `text`, hard for a plain OCR pass and easy for a person."""
    from PIL import Image, ImageDraw, ImageFilter, ImageFont  # loaded on first captcha only

    img = Image.new("RGB", (WIDTH, HEIGHT), (242, 244, 247))
    draw = ImageDraw.Draw(img)
    for _ in range(6):
        draw.line([(_rng.randint(0, WIDTH), _rng.randint(0, HEIGHT)),
                   (_rng.randint(0, WIDTH), _rng.randint(0, HEIGHT))],
                  fill=tuple(_rng.randint(120, 200) for _ in range(3)), width=_rng.randint(1, 2))
    font = ImageFont.load_default(size=34)
    step = (WIDTH - 16) // len(text)
    for i, ch in enumerate(text):
        glyph = Image.new("RGBA", (44, 50), (0, 0, 0, 0))
        ImageDraw.Draw(glyph).text((6, 2), ch, font=font,
                                   fill=tuple(_rng.randint(10, 90) for _ in range(3)) + (255,))
        glyph = glyph.rotate(_rng.uniform(-28, 28), resample=Image.BICUBIC, expand=False)
        img.paste(glyph, (8 + i * step + _rng.randint(-3, 3), _rng.randint(-2, 8)), glyph)
    for _ in range(120):
        draw.point((_rng.randrange(WIDTH), _rng.randrange(HEIGHT)),
                   fill=tuple(_rng.randint(60, 180) for _ in range(3)))
    img = img.filter(ImageFilter.SMOOTH)
    out = io.BytesIO()
    img.save(out, "PNG")
    return out.getvalue()


def _text() -> str:
    return "".join(_rng.choice(ALPHABET) for _ in range(LENGTH))


async def issue() -> CaptchaOut:
    """A new captcha: its id, the image as a data URL, and how long it lives."""
    captcha_id = secrets.token_urlsafe(18)
    text = _text()
    await redis().set(_key(captcha_id), _mac(captcha_id, text), ex=SECONDS)
    return CaptchaOut(captcha_id=captcha_id, expires_in=SECONDS,
                      image="data:image/png;base64," + base64.b64encode(render(text)).decode())


async def verify(captcha_id: str, answer: str) -> bool:
    """True once for the right answer; the captcha is gone afterwards whatever the answer."""
    if not captcha_id or not answer or len(captcha_id) > 64 or len(answer) > 32:
        return False
    async with redis().pipeline(transaction=True) as p:
        stored, _ = await p.get(_key(captcha_id)).delete(_key(captcha_id)).execute()
    if stored is None:
        return False
    stored = stored.decode() if isinstance(stored, bytes) else stored
    return hmac.compare_digest(stored, _mac(captcha_id, answer))
