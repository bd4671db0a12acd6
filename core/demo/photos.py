"""The photos of the demo: one person, another person, and no person at all.

Why these: the face engine (media/face.py) runs on them for real, so the demo's
verification attempts, in-exam captures and identity checks get the outcomes
they would get from a phone: the same face matches, another face does not, a
landscape has no face. The portraits are public-domain photos kept in
core/demo_assets (see its README); the landscape is drawn here.
"""
from __future__ import annotations

import io
from functools import cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageOps

ASSETS = Path(__file__).resolve().parent.parent / "demo_assets"


@cache
def physician() -> bytes:
    """The physician's reference face (enrolment, ID card photo)."""
    return (ASSETS / "grace_hopper.jpg").read_bytes()


@cache
def same_person_live() -> bytes:
    """The same person before the phone's camera a moment later: mirrored and slightly cropped,
    so the engine compares two different images of one face."""
    with Image.open(io.BytesIO(physician())) as im:
        w, h = im.size
        live = ImageOps.mirror(im.convert("RGB")).crop((w // 20, h // 25, w - w // 20, h))
    return _jpeg(live)


@cache
def other_person() -> bytes:
    return (ASSETS / "astronaut.jpg").read_bytes()


@cache
def no_face() -> bytes:
    """A phone pointed at the window: sky, hills, a lake, no one in the picture."""
    im = Image.new("RGB", (640, 480))
    draw = ImageDraw.Draw(im)
    for y in range(300):  # sky, lighter towards the horizon
        draw.line([(0, y), (640, y)], fill=(110 + y // 4, 160 + y // 6, 230))
    draw.polygon([(0, 300), (120, 190), (260, 280), (400, 170), (560, 260), (640, 220), (640, 330), (0, 330)],
                 fill=(70, 120, 80))
    for y in range(330, 480):  # the lake
        draw.line([(0, y), (640, y)], fill=(50, 90 + (y - 330) // 5, 140))
    draw.ellipse([500, 40, 560, 100], fill=(250, 240, 200))
    for x in range(0, 640, 37):  # reeds, for some texture
        draw.line([(x, 480), (x + 6, 430)], fill=(90, 110, 60), width=3)
    return _jpeg(im.filter(ImageFilter.SMOOTH))


def _jpeg(im: Image.Image) -> bytes:
    out = io.BytesIO()
    im.save(out, "JPEG", quality=90)
    return out.getvalue()
