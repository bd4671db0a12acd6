"""Pictures of a mainland resident ID card, drawn for the OCR tests.

Why drawn: no real card may sit in the repository, and a drawn one has a known name and a
valid number. The layout follows the real front side (人像面): labels in blue-grey, values in
black, the number after 公民身份号码 at the bottom, a grey block where the photo is; the back
side (国徽面) carries the issuing authority and the validity period. `photographed` turns a
card into what a phone sends: the card slightly turned on a table, a little blurred, JPEG.

The font is a CJK font of the machine (fontconfig, `fc-list :lang=zh`): Debian's
fonts-noto-cjk, which .ci/run installs when no Chinese font is present.
"""
from __future__ import annotations

import io
import subprocess
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFilter, ImageFont

SIZE = (856, 540)  # the card's 85.6 × 54 mm at 10 px/mm
LABEL, TEXT, CARD = (70, 100, 140), (25, 25, 25), (238, 241, 233)


@lru_cache(maxsize=1)
def cjk_font() -> tuple[str, int]:
    """(file, index) of a Simplified Chinese font, sans serif and regular when there is one."""
    out = subprocess.run(["fc-list", ":lang=zh", "-f", "%{file}|%{index}|%{family[0]}|%{style[0]}\n"],
                         capture_output=True, text=True, check=False).stdout
    fonts = [line.split("|") for line in out.splitlines() if line.count("|") == 3]
    assert fonts, "no Chinese font: apt-get install fonts-noto-cjk (.ci/run does)"

    def rank(f: list[str]) -> tuple:
        return ("SC" not in f[2], "Mono" in f[2], "Sans" not in f[2], f[3] != "Regular", f[0], int(f[1]))

    best = min(fonts, key=rank)
    return best[0], int(best[1])


def _font(size: int) -> ImageFont.FreeTypeFont:
    path, index = cjk_font()
    return ImageFont.truetype(path, size, index=index)


def front(*, name: str, id_number: str, gender: str = "男", nation: str = "汉",
          address: tuple[str, ...] = ("湖北省武汉市江岸区", "沿江大道188号")) -> Image.Image:
    card = Image.new("RGB", SIZE, CARD)
    d = ImageDraw.Draw(card)
    d.rounded_rectangle((4, 4, SIZE[0] - 5, SIZE[1] - 5), 26, outline=(180, 190, 200), width=3)
    born = id_number[6:14]
    rows = [("姓名", name, 36, 44), ("性别", gender, 32, 116), ("出生", f"{int(born[:4])} 年 {int(born[4:6])} 月 "
                                                                      f"{int(born[6:])} 日", 32, 186)]
    for label, value, size, y in rows:
        d.text((50, y + 6), label, font=_font(28), fill=LABEL)
        d.text((140, y), value, font=_font(size), fill=TEXT)
    d.text((260, 122), "民族", font=_font(28), fill=LABEL)
    d.text((350, 116), nation, font=_font(32), fill=TEXT)
    d.text((50, 262), "住址", font=_font(28), fill=LABEL)
    for i, line in enumerate(address):
        d.text((140, 256 + 44 * i), line, font=_font(32), fill=TEXT)
    d.text((50, 446), "公民身份号码", font=_font(28), fill=LABEL)
    d.text((260, 438), id_number, font=_font(38), fill=TEXT)
    d.rectangle((610, 60, 806, 300), fill=(196, 202, 208))  # the photo
    return card


def back() -> Image.Image:
    card = Image.new("RGB", SIZE, CARD)
    d = ImageDraw.Draw(card)
    d.rounded_rectangle((4, 4, SIZE[0] - 5, SIZE[1] - 5), 26, outline=(180, 190, 200), width=3)
    d.ellipse((60, 50, 200, 190), outline=(200, 40, 40), width=6)  # the national emblem's place
    d.text((260, 70), "中华人民共和国", font=_font(48), fill=TEXT)
    d.text((300, 150), "居民身份证", font=_font(56), fill=TEXT)
    d.text((150, 370), "签发机关", font=_font(28), fill=TEXT)
    d.text((300, 364), "武汉市公安局江岸分局", font=_font(32), fill=TEXT)
    d.text((150, 440), "有效期限", font=_font(28), fill=TEXT)
    d.text((300, 434), "2016.05.01-2036.05.01", font=_font(32), fill=TEXT)
    return card


def photographed(card: Image.Image, *, angle: float = 3.0, blur: float = 0.8, quality: int = 80) -> bytes:
    """The card as a phone photographs it on a table: turned a little, blurred a little, JPEG."""
    table = Image.new("RGB", (1400, 1000), (120, 98, 78))
    turned = card.rotate(angle, expand=True, fillcolor=(120, 98, 78), resample=Image.Resampling.BICUBIC)
    table.paste(turned, ((table.width - turned.width) // 2, (table.height - turned.height) // 2))
    out = io.BytesIO()
    table.filter(ImageFilter.GaussianBlur(blur)).save(out, "JPEG", quality=quality)
    return out.getvalue()
