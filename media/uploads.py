"""Accepting an uploaded photo: size limit, proof that it is an image, and a
clean re-encoded copy in content-addressed storage.

Why: a photo from a phone is untrusted bytes. It is judged by decoding it with
Pillow (never by its name or declared type), decoded completely so that a
truncated file is caught, and re-encoded as a fresh JPEG: what is stored holds
no EXIF (GPS position, device serials) and nothing a crafted file smuggled in.
The EXIF orientation is applied first, so the stored photo stays upright.

Blocking (decoding, disk): services call `accept_image` / `sanitize_image`
through asyncio.to_thread.
"""
from __future__ import annotations

import io
import math
import warnings

from PIL import Image, ImageOps, UnidentifiedImageError

from core.errors import AppError
from media.storage import Storage, get_storage

MAX_IMAGE_BYTES = 2 * 1024 * 1024
MAX_PIXELS = 40_000_000  # a decompression bomb is refused before it is decoded
MAX_SIDE = 1600  # stored photos are scaled down to this long side: enough for faces and evidence
FORMATS = ("JPEG", "PNG", "WEBP")
JPEG_QUALITY = 90


class NotAnImage(AppError):
    status, code, message = 422, "media.not_an_image", "上传的文件不是有效的图片（支持 JPEG、PNG、WEBP）"


class ImageTooLarge(AppError):
    status, code, message = 413, "media.too_large", "图片过大，请上传不超过 2 MB 的照片"


class ImageTruncated(AppError):
    status, code, message = 422, "media.truncated", "图片不完整或已损坏，请重新拍摄或上传"


def sanitize_image(data: bytes, *, max_bytes: int = MAX_IMAGE_BYTES, max_side: int = MAX_SIDE) -> bytes:
    """The upload re-encoded as a JPEG without metadata, or a clear AppError."""
    if len(data) > max_bytes:
        raise ImageTooLarge(details={"size": len(data), "max_bytes": max_bytes})
    if not data:
        raise NotAnImage(details={"size": 0})
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=FORMATS) as im:
                if im.width * im.height > MAX_PIXELS:
                    raise ImageTooLarge("图片像素过大", details={"width": im.width, "height": im.height})
                if im.format == "JPEG" and max(im.size) > 2 * max_side:
                    # libjpeg scales by 1/2, 1/4 or 1/8 while decoding: a 12-megapixel phone
                    # photo costs a fraction of a full decode, and every byte is still read.
                    ratio = max_side / max(im.size)
                    im.draft("RGB", (math.ceil(im.width * ratio), math.ceil(im.height * ratio)))
                try:
                    im.load()  # decode every byte: Image.open alone reads only the header
                except OSError as exc:
                    # Pillow says "image file is truncated" / "broken data stream" for cut-off files.
                    raise ImageTruncated(details={"format": im.format}) from exc
                ImageOps.exif_transpose(im, in_place=True)  # no copy: the decoded pixels are ours
                rgb = im if im.mode == "RGB" else im.convert("RGB")
    except (UnidentifiedImageError, Image.DecompressionBombError, Image.DecompressionBombWarning,
            SyntaxError, ValueError) as exc:
        raise NotAnImage() from exc
    except OSError as exc:  # a header that parses but cannot be read
        raise ImageTruncated() from exc
    rgb.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    rgb.info = {}  # Pillow writes a kept JPEG comment (COM) back out: nothing of the upload's own goes
    out = io.BytesIO()
    # No exif=/icc_profile= arguments: the new file carries pixels only. No optimize=True:
    # its second pass cost a third more CPU for files a few percent smaller.
    rgb.save(out, format="JPEG", quality=JPEG_QUALITY)
    return out.getvalue()


def accept_image(data: bytes, *, max_bytes: int = MAX_IMAGE_BYTES, storage: Storage | None = None) -> tuple[str, bytes]:
    """Check, re-encode and store an uploaded image; returns (storage key, the stored JPEG)."""
    clean = sanitize_image(data, max_bytes=max_bytes)
    return (storage or get_storage()).put(clean), clean
