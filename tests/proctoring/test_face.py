"""The face engine and the photo upload pipeline on real photos (tests/fixtures/faces)."""
from __future__ import annotations

import hashlib
import io
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageEnhance, ImageFilter

from core.settings import Settings, SettingsError
from media import face, uploads
from media.storage import LocalStorage

pytestmark = pytest.mark.nodb

FACES = Path(__file__).resolve().parent.parent / "fixtures" / "faces"
GRACE = (FACES / "grace_hopper.jpg").read_bytes()
ASTRONAUT = (FACES / "astronaut.jpg").read_bytes()


def jpeg(im: Image.Image, **kw) -> bytes:
    out = io.BytesIO()
    im.convert("RGB").save(out, format="JPEG", quality=92, **kw)
    return out.getvalue()


def grace() -> Image.Image:
    return Image.open(io.BytesIO(GRACE)).convert("RGB")


def grace_other_shot() -> bytes:
    """The same person in a different framing and scale than the enrolment photo."""
    return jpeg(grace().crop((60, 40, 500, 580)).resize((330, 405)))


def test_grace_hopper_is_one_usable_face():
    check, encoding = face.analyse(GRACE)
    assert check.ok and check.problems == [] and check.faces == 1
    assert check.face_px >= face.MIN_FACE_PX and check.sharpness > face.MIN_SHARPNESS
    assert face.MIN_BRIGHTNESS < check.brightness < face.MAX_BRIGHTNESS
    assert len(encoding) == 128 and all(isinstance(x, float) for x in encoding)


def test_the_badge_on_the_astronauts_suit_is_not_a_second_face():
    image = face.load(ASTRONAUT)
    # The raw detector sees two "faces" of the same size: her face and the suit badge below it.
    rects, scores, _ = face._engine().api.face_detector.run(image, 0, 0.0)
    assert len(rects) == 2 and abs(rects[0].width() - rects[1].width()) <= 4
    assert sorted(scores)[0] < face.MIN_SCORE < sorted(scores)[1]
    check = face.check(image)
    assert check.ok and check.faces == 1
    top, right, bottom, left = check.box
    assert bottom < 250  # the face at the top of the picture, not the badge at y ~ 330-420


@pytest.mark.parametrize("variant, problem", [
    (lambda im: im.filter(ImageFilter.GaussianBlur(2)), "blurry"),
    (lambda im: ImageEnhance.Brightness(im).enhance(0.2), "too_dark"),
    (lambda im: ImageEnhance.Brightness(im).enhance(2.6), "too_bright"),
    (lambda im: im.resize((102, 120)), "face_too_small"),
    (lambda im: im.crop((0, 420, 160, 600)).resize((320, 360)), "no_face"),
])
def test_unusable_photos_are_rejected_with_the_right_reason(variant, problem):
    check, encoding = face.analyse(jpeg(variant(grace())))
    assert not check.ok and check.problems[0] == problem
    assert check.reasons[0] == face.REASONS[problem] and encoding is None


def test_two_people_in_the_picture_are_refused():
    both = Image.new("RGB", (1024, 600), "white")
    both.paste(grace(), (0, 0))
    both.paste(Image.open(io.BytesIO(ASTRONAUT)).convert("RGB"), (512, 0))
    check, _ = face.analyse(jpeg(both))
    assert check.problems == ["several_faces"] and check.faces == 2 and check.outcome == "several_faces"


def test_large_photos_are_analysed_at_640_px():
    big = jpeg(grace().resize((1536, 1800)))
    image = face.load(big)
    assert max(image.shape[:2]) == face.ANALYSIS_SIDE
    check, _ = face.analyse(big)
    assert check.ok and check.size[1] == 640


def test_same_person_is_near_and_another_person_is_far():
    _, enrolled = face.analyse(GRACE)
    _, again = face.analyse(grace_other_shot())
    _, other = face.analyse(ASTRONAUT)
    assert face.distance(enrolled, again) < 0.5
    assert face.distance(enrolled, other) > 0.5
    with pytest.raises(ValueError):
        face.distance(enrolled, [0.0] * 3)


# ---------------------------------------------------------------- uploads

def test_non_images_and_truncated_and_oversize_uploads_are_refused():
    with pytest.raises(uploads.NotAnImage) as exc:
        uploads.sanitize_image(b"%PDF-1.7 not a photo at all")
    assert exc.value.code == "media.not_an_image"
    with pytest.raises(uploads.NotAnImage):  # a name is no proof: these bytes are text
        uploads.sanitize_image("照片.jpg".encode() * 10)
    with pytest.raises(uploads.NotAnImage):
        uploads.sanitize_image(b"")
    with pytest.raises(uploads.ImageTruncated) as exc:
        uploads.sanitize_image(GRACE[: len(GRACE) // 2])
    assert exc.value.code == "media.truncated" and exc.value.status == 422
    with pytest.raises(uploads.ImageTooLarge) as exc:
        uploads.sanitize_image(GRACE, max_bytes=len(GRACE) - 1)
    assert exc.value.code == "media.too_large" and exc.value.status == 413
    with pytest.raises(uploads.ImageTooLarge):
        uploads.sanitize_image(b"\xff" * (2 * 1024 * 1024 + 1))


def test_stored_photo_is_a_reencoded_jpeg_without_exif(tmp_path):
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"  # Make
    exif[0x0112] = 6  # Orientation: rotate 90 degrees to show upright
    exif[0x8825] = {1: "N", 2: (30.0, 35.0, 0.0)}  # GPS position
    src = grace()
    tagged = io.BytesIO()
    # As a phone does: the pixels are stored sideways and the tag says how to turn them.
    src.rotate(90, expand=True).save(tagged, format="JPEG", quality=92, exif=exif.tobytes(),
                                     icc_profile=b"PhoneProfile" * 8, comment=b"owner: PhoneOwner")
    assert Image.open(io.BytesIO(tagged.getvalue())).getexif()  # the upload does carry EXIF
    assert b"PhoneOwner" in tagged.getvalue() and b"PhoneProfile" in tagged.getvalue()
    store = LocalStorage(tmp_path)
    key, data = uploads.accept_image(tagged.getvalue(), storage=store)
    assert key == hashlib.sha256(data).hexdigest() and store.get(key) == data
    stored = Image.open(io.BytesIO(data))
    assert stored.format == "JPEG" and len(stored.getexif()) == 0 and b"Exif" not in data
    assert b"PhoneMaker" not in data and b"PhoneOwner" not in data and b"PhoneProfile" not in data
    assert "comment" not in stored.info and "icc_profile" not in stored.info
    assert stored.size == src.size  # the orientation was applied before it was dropped
    # Still the same face after the round trip.
    assert face.check(face.load(data)).ok


def test_a_large_phone_photo_is_scaled_while_decoded_and_a_truncated_one_still_refused():
    big = io.BytesIO()
    grace().resize((2048, 2400)).save(big, format="JPEG", quality=90)  # over twice the stored side
    data = uploads.sanitize_image(big.getvalue())
    assert max(Image.open(io.BytesIO(data)).size) == uploads.MAX_SIDE
    assert face.check(face.load(data)).ok
    with pytest.raises(uploads.ImageTruncated):
        uploads.sanitize_image(big.getvalue()[: len(big.getvalue()) * 2 // 3])


def test_face_threshold_settings_from_the_environment():
    s = Settings.from_env({"FACE_THRESHOLDS": "420100:0.45, 420500:0.55", "FACE_MAX_ATTEMPTS": "5"})
    assert s.face_threshold == 0.5 and s.face_thresholds_by_region == {"420100": 0.45, "420500": 0.55}
    assert s.face_max_attempts == 5
    for bad in ("420100", "420100:x", "420100:1.5", ":0.4"):
        with pytest.raises(SettingsError):
            Settings.from_env({"FACE_THRESHOLDS": bad})
    assert np.isclose(Settings.from_env({"FACE_THRESHOLD": "0.42"}).face_threshold, 0.42)
