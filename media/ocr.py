"""Reading the front side (人像面) of a mainland resident ID card: name and ID number.

Why on the server, and this engine: adding a 就诊人 can start from a photo of the card
(seed 004 身份证OCR), and the number must be exactly right. RapidOCR
(`rapidocr-onnxruntime`) runs PaddleOCR's Chinese detection and recognition models on ONNX
Runtime and ships the models inside its wheel, so nothing is fetched at run time and no
vendor sees the card. The person still confirms what was read: this only fills the form.

What is read, from the lines the engine returns (text, box):
* the ID number: 18 characters, 17 digits and a digit or X, anywhere on the card (look-alike
  characters the engine sometimes returns for X are mapped first), kept only when its check
  digit and birth date are valid (core.idcard) — a misread digit fails the check and leaves
  the field empty instead of filling it wrong;
* the name: the line just right of the label 姓名 on the same row, or the text after the label
  when the engine read both as one line; kept only when it looks like a name (Chinese characters, with ·
  for minority names). The back side (国徽面: 签发机关, 有效期限) is told apart so the person
  can be asked for the other side.

Cost: one photo (re-encoded to at most 1600 px by media/uploads.py first) takes about 1.5 CPU
seconds on one thread and ~200 MB for the models; ONNX Runtime holds the CPU, so services run
`read_front` in the process pool of `pool()` (spawned, like media/face.py's), one thread per
process. Pure: bytes in, values out; no database, storage or event loop.
"""
from __future__ import annotations

import re
import threading
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from typing import Any

from core import idcard
from media.pools import SpawnedPool

_engine_obj: Any = None
_engine_lock = threading.Lock()
THREADS = 1
MIN_SCORE = 0.5  # recognition confidence below which a line is not used

_NAME = re.compile(r"^[\u3400-\u9fff]{1,15}(?:[·•][\u3400-\u9fff]{1,15}){0,3}$")
_ID = re.compile(r"\d{17}[\dX]")
_X_LOOKALIKES = str.maketrans({"x": "X", "×": "X", "Ｘ": "X", "χ": "X", "ｘ": "X"})
_LABELS = ("姓名", "性别", "民族", "出生", "住址", "公民身份号码", "公民身份号", "身份号码")
_BACK = ("签发机关", "有效期限", "居民身份证", "中华人民共和国")


def _engine() -> Any:
    """RapidOCR, loaded on first use in the process that reads (models: ~0.4 s, ~200 MB)."""
    global _engine_obj
    with _engine_lock:
        if _engine_obj is None:
            from rapidocr_onnxruntime import RapidOCR

            _engine_obj = RapidOCR(intra_op_num_threads=THREADS, inter_op_num_threads=1)
    return _engine_obj


@dataclass(frozen=True)
class Line:
    text: str
    box: tuple[float, float, float, float]  # left, top, right, bottom
    score: float

    @property
    def middle(self) -> float:
        return (self.box[1] + self.box[3]) / 2

    @property
    def height(self) -> float:
        return self.box[3] - self.box[1]


@dataclass(frozen=True)
class Reading:
    """What the photo gave: each field or None; `side` is "front", "back" or "unknown"."""

    name: str | None
    id_number: str | None
    side: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def lines_of(result: list | None) -> list[Line]:
    """RapidOCR's result ([[points], text, score], ...) as Lines, confident ones only."""
    out = []
    for points, text, score in result or []:
        if float(score) < MIN_SCORE:
            continue
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        out.append(Line("".join(str(text).split()), (min(xs), min(ys), max(xs), max(ys)), float(score)))
    return out


def _same_row(a: Line, b: Line) -> bool:
    return abs(a.middle - b.middle) < max(a.height, b.height) * 0.7


def find_id_number(lines: list[Line]) -> str | None:
    texts = [line.text.translate(_X_LOOKALIKES).upper() for line in lines]
    candidates = [c for text in texts for c in _ID.findall(text)]
    # The engine sometimes cuts the number into two boxes: digit-only pieces of one row, joined
    # left to right (only those, so no number is made up of a date and a house number).
    pieces = [(line, text) for line, text in zip(lines, texts) if re.fullmatch(r"[\dX]{2,18}", text)]
    for line, _ in pieces:
        row = sorted((p for p in pieces if _same_row(p[0], line)), key=lambda p: p[0].box[0])
        candidates += _ID.findall("".join(text for _, text in row))
    for c in candidates:
        if idcard.problem(c) is None:
            return c
    return None


def _clean_name(text: str) -> str | None:
    text = text.replace("•", "·").strip("：:")
    return text if _NAME.match(text) and text not in _LABELS else None


def find_name(lines: list[Line]) -> str | None:
    for label in (line for line in lines if "姓名" in line.text):
        # The name in a box of its own right of the label on the same row is preferred: the engine
        # sometimes also glues a stray character of that box onto the label's ("姓名区" + "欧阳娜娜").
        start = label.box[0] + (label.box[2] - label.box[0]) / 2
        row = sorted((line for line in lines if line is not label and line.box[0] > start and _same_row(line, label)),
                     key=lambda l: l.box[0])
        for line in row:
            name = _clean_name(line.text)
            if name:
                return name
        rest = _clean_name(label.text.split("姓名", 1)[1])  # "姓名张建国" read as one box
        if rest:
            return rest
    return None


def parse(lines: list[Line]) -> Reading:
    text = "".join(line.text for line in lines)
    id_number, name = find_id_number(lines), find_name(lines)
    if id_number or name or "公民身份号码" in text:
        side = "front"
    elif any(word in text for word in _BACK):
        side = "back"
    else:
        side = "unknown"
    return Reading(name=name, id_number=id_number, side=side)


def read_front(data: bytes) -> dict[str, Any]:
    """Name and ID number read from a photo of the card's front (a clean JPEG from
    media.uploads.sanitize_image). Runs in the OCR pool."""
    result, _ = _engine()(data)
    return parse(lines_of(result)).as_dict()


_pool = SpawnedPool()


def pool(processes: int = 1) -> ProcessPoolExecutor:
    """The process pool that runs readings off the event loop (created on first use)."""
    return _pool.get(processes)


def reset_pool() -> None:
    """Drop a broken pool (a worker died); the next call starts a new one."""
    _pool.reset()
