"""The face engine: load a photo, check that it holds exactly one usable face,
and turn that face into a 128-number encoding that can be compared.

Why this module: enrolment and verification before the exam (and the analysis
of in-exam captures) must judge photos the same way, with reasons a physician
can act on ("too dark", "two faces"), so the rules live here once. Every
function is synchronous and pure (bytes or pixels in, values out) and touches
no database, storage or event loop. dlib holds the CPU, and for much of the
time the GIL, for a tenth to a fifth of a second per photo (measured: a thread
running analyses stalls the event loop for up to ~90 ms at a time), so services
run `analyse` in the process pool of `pool()`; workers may call it directly.

The rules, measured on the test photos (tests/fixtures/faces) and documented
here because they are thresholds, not facts:

* Photos are analysed at most ANALYSIS_SIDE (640) pixels on the long side: the
  HOG detector's cost grows with the pixel count, and 640 px keeps a face of
  a selfie well above the minimum size. One analysis (decode, detect, landmarks,
  encoding) costs about 0.2 CPU seconds there.
* A detection counts as a face when the HOG detector's confidence is at least
  MIN_SCORE (0.5). Real faces score 1.0-1.6; the badge on the astronaut's suit
  is detected as a "face" of the SAME size as her real face (88 px) but scores
  0.05-0.13, so a size rule cannot tell them apart and the confidence can.
* The detector runs on the photo upsampled once (UPSAMPLE), so it finds faces
  down to ~40 px: a second, smaller person in the picture is seen, and a face
  too small to use is reported as "too small", not as "no face". That is about
  0.1 of the 0.2 CPU seconds of an analysis (0.025 without upsampling).
* The face's box must be at least MIN_FACE_PX (80) pixels wide at the analysed
  scale: below that the encoding is unreliable.
* Sharpness is the variance of the Laplacian of the face crop: sharp photos
  give 850-1200, a Gaussian blur of radius 1 about 80-100, radius 1.5 about
  25-30; MIN_SHARPNESS (40) rejects the latter.
* Brightness is the mean luminance of the face crop (0-255): the test photos
  give 130-170; under 40 the face is too dark, over 220 washed out.
"""
from __future__ import annotations

import io
import threading
import warnings
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from PIL import Image, ImageFile, ImageOps

from media.pools import SpawnedPool

if TYPE_CHECKING:  # numpy is imported by the functions that compute (0.2 s a process start would pay)
    import numpy as np

_engine_module: Any = None
_engine_lock = threading.Lock()


def _engine() -> Any:
    """face_recognition, imported on first use: it loads dlib's models (2 s of CPU and about
    100 MB), which only the processes that analyse need, not every server worker."""
    global _engine_module
    with _engine_lock:
        if _engine_module is None:
            truncated = ImageFile.LOAD_TRUNCATED_IMAGES
            with warnings.catch_warnings():
                # face_recognition_models imports pkg_resources (deprecated in setuptools 80, pinned < 81).
                warnings.simplefilter("ignore", UserWarning)
                import face_recognition
            # face_recognition sets Pillow's process-wide LOAD_TRUNCATED_IMAGES on import, which
            # would let cut-off uploads through every image check of the service: put it back.
            ImageFile.LOAD_TRUNCATED_IMAGES = truncated
            _engine_module = face_recognition
    return _engine_module

ANALYSIS_SIDE = 640
UPSAMPLE = 1
MIN_SCORE = 0.5
MIN_FACE_PX = 80
MIN_SHARPNESS = 40.0
MIN_BRIGHTNESS = 40.0
MAX_BRIGHTNESS = 220.0

# The Chinese reasons shown to the physician, by problem code.
REASONS = {
    "no_face": "未检测到人脸，请正对镜头，保持面部完整出现在画面中",
    "several_faces": "画面中有多张人脸，请确保只有本人出现在画面中",
    "face_too_small": "人脸过小，请靠近镜头后重新拍摄",
    "blurry": "照片模糊，请保持手机稳定、对焦清晰后重新拍摄",
    "too_dark": "光线过暗，请在光线充足的地方重新拍摄",
    "too_bright": "光线过亮或曝光过度，请避开强光后重新拍摄",
}

# dlib's networks keep per-call buffers: one analysis at a time per process.
_lock = threading.Lock()


@dataclass
class FaceCheck:
    """What a photo holds, and why it is not usable (empty `problems` when it is)."""

    faces: int  # confident detections
    box: tuple[int, int, int, int] | None = None  # (top, right, bottom, left) of the one face, analysed scale
    face_px: int = 0  # the box's side
    score: float = 0.0  # the detector's confidence for that face
    sharpness: float = 0.0
    brightness: float = 0.0
    size: tuple[int, int] = (0, 0)  # analysed image (width, height)
    problems: list[str] = field(default_factory=list)  # codes of REASONS

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def reasons(self) -> list[str]:
        return [REASONS[p] for p in self.problems]

    @property
    def outcome(self) -> str:
        """The verification outcome this check alone decides: no_face / several_faces / poor_quality."""
        if not self.problems:
            return "ok"
        return self.problems[0] if self.problems[0] in ("no_face", "several_faces") else "poor_quality"

    def summary(self) -> dict[str, Any]:
        """JSON-ready numbers for storing with an enrolment or attempt."""
        d = asdict(self)
        d["sharpness"], d["brightness"], d["score"] = (round(self.sharpness, 1), round(self.brightness, 1),
                                                       round(self.score, 3))
        return d


def load(data: bytes) -> np.ndarray:
    """Image bytes to an RGB uint8 array, upright, at most ANALYSIS_SIDE px on the long side."""
    import numpy as np

    with Image.open(io.BytesIO(data)) as im:
        im = ImageOps.exif_transpose(im)
        im = im.convert("RGB")
        im.thumbnail((ANALYSIS_SIDE, ANALYSIS_SIDE), Image.Resampling.LANCZOS)
        return np.asarray(im, dtype=np.uint8).copy()


def _laplacian_variance(gray: np.ndarray) -> float:
    import numpy as np

    g = gray.astype(np.float64)
    if g.shape[0] < 3 or g.shape[1] < 3:
        return 0.0
    lap = g[1:-1, :-2] + g[1:-1, 2:] + g[:-2, 1:-1] + g[2:, 1:-1] - 4 * g[1:-1, 1:-1]
    return float(lap.var())


def _luminance(image: np.ndarray) -> np.ndarray:
    return image[..., 0] * 0.299 + image[..., 1] * 0.587 + image[..., 2] * 0.114


def _detect(image: np.ndarray, upsample: int) -> list[tuple[tuple[int, int, int, int], float]]:
    rects, scores, _ = _engine().api.face_detector.run(image, upsample, 0.0)
    h, w = image.shape[:2]
    out = []
    for r, s in zip(rects, scores):
        if s < MIN_SCORE:
            continue  # not a face: e.g. the badge on a suit (see the module docstring)
        box = (max(r.top(), 0), min(r.right(), w), min(r.bottom(), h), max(r.left(), 0))
        out.append((box, float(s)))
    return out


def detect(image: np.ndarray) -> list[tuple[tuple[int, int, int, int], float]]:
    """Every confident face: (box, detector score)."""
    with _lock:
        # Upsampled once, the detector finds faces down to ~40 px: a second person in the
        # background is seen, and a face too small to use is reported as such, not as none.
        return _detect(image, UPSAMPLE)


def check(image: np.ndarray, found: list[tuple[tuple[int, int, int, int], float]] | None = None) -> FaceCheck:
    """Detect faces (unless `found` already holds them) and judge the photo for enrolment or verification."""
    h, w = image.shape[:2]
    if found is None:
        found = detect(image)
    result = FaceCheck(faces=len(found), size=(w, h))
    if not found:
        result.problems.append("no_face")
        return result
    if len(found) > 1:
        result.problems.append("several_faces")
        return result
    (top, right, bottom, left), score = found[0]
    crop = image[top:bottom, left:right]
    result.box, result.score = (top, right, bottom, left), score
    result.face_px = min(right - left, bottom - top)
    luminance = _luminance(crop)
    result.sharpness = _laplacian_variance(luminance)
    result.brightness = float(luminance.mean()) if luminance.size else 0.0
    if result.face_px < MIN_FACE_PX:
        result.problems.append("face_too_small")
    if result.brightness < MIN_BRIGHTNESS:
        result.problems.append("too_dark")
    elif result.brightness > MAX_BRIGHTNESS:
        result.problems.append("too_bright")
    if result.sharpness < MIN_SHARPNESS:
        result.problems.append("blurry")
    return result


def encode(image: np.ndarray, box: tuple[int, int, int, int] | None = None) -> list[float]:
    """The 128-number encoding of the face in `box` (or of the one face found)."""
    if box is None:
        found = check(image)
        if found.box is None:
            raise ValueError("no single face to encode")
        box = found.box
    with _lock:
        vectors = _engine().face_encodings(image, known_face_locations=[box], num_jitters=1)
    return [float(x) for x in vectors[0]]


def distance(a: list[float], b: list[float]) -> float:
    """Euclidean distance of two encodings: under ~0.5 is the same person."""
    import numpy as np

    va, vb = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    if va.shape != (128,) or vb.shape != (128,):
        raise ValueError("face encodings have 128 numbers")
    return float(np.linalg.norm(va - vb))


def analyse(data: bytes) -> tuple[FaceCheck, list[float] | None]:
    """Check a photo and, when it is usable, encode its face: one call for one thread hop."""
    image = load(data)
    result = check(image)
    return result, (encode(image, result.box) if result.ok else None)


def analyse_all(data: bytes) -> tuple[FaceCheck, list[dict[str, Any]]]:
    """For photos taken during the exam, where a second person matters as much as the
    first: the photo's check plus every confident face with its box (analysed scale),
    detector score and encoding, so that each face can be compared with the enrolment."""
    image = load(data)
    found = detect(image)
    result = check(image, found)
    if not found:
        return result, []
    with _lock:
        vectors = _engine().face_encodings(image, known_face_locations=[box for box, _ in found],
                                                  num_jitters=1)
    return result, [{"box": list(box), "score": round(score, 3), "encoding": [float(x) for x in v]}
                    for (box, score), v in zip(found, vectors)]


_pool = SpawnedPool()


def pool(processes: int = 1) -> ProcessPoolExecutor:
    """The process pool that runs analyses off the event loop (created on first use)."""
    return _pool.get(processes)


def reset_pool() -> None:
    """Drop a broken pool (a worker died); the next call starts a new one."""
    _pool.reset()
