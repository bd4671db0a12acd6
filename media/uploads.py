"""Accepting uploads: a photo (size limit, proof that it is an image, a clean
re-encoded copy in content-addressed storage) and a PDF (parsed, its active
content removed).

Why: a photo from a phone is untrusted bytes. It is judged by decoding it with
Pillow (never by its name or declared type), decoded completely so that a
truncated file is caught, and re-encoded as a fresh JPEG: what is stored holds
no EXIF (GPS position, device serials) and nothing a crafted file smuggled in.
The EXIF orientation is applied first, so the stored photo stays upright.

A PDF can carry code and files a reader acts on: JavaScript (document-level
names, `/OpenAction`, `/AA` triggers of the document, pages, annotations and
form fields), `/Launch` and other actions that run or fetch things, embedded
files, and XFA forms (a second, scriptable document). Every PDF the service
stores goes through `sanitize_pdf` (record copies uploaded by record rooms,
application attachments): it must parse with pypdf to its last page, and it is
rewritten without any of that; only in-document links (GoTo) and web links
(URI with http, https or mailto) keep their actions. The rewritten file is parsed again and checked, so a
construction the scrubber does not know is refused (`media.pdf_active_content`)
instead of stored.

Blocking (decoding, parsing, disk): services call `accept_image` /
`sanitize_image` / `sanitize_pdf` through asyncio.to_thread.
"""
from __future__ import annotations

import io
import math
import warnings

from PIL import Image, ImageOps, UnidentifiedImageError
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject, PdfObject

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


# =================================================================== PDFs

MAX_PDF_BYTES = 10 * 1024 * 1024
MAX_PAGES = 1000


class NotAPdf(AppError):
    status, code, message = 422, "media.not_a_pdf", "上传的文件不是有效的PDF文档"


class PdfTooLarge(AppError):
    status, code, message = 413, "media.too_large", "PDF文件过大，请上传不超过 10 MB、1000 页以内的文件"


class PdfActiveContent(AppError):
    status, code, message = 422, "media.pdf_active_content", "PDF文件含有无法清除的脚本或嵌入内容，请另存为普通PDF后重新上传"


def read_pdf(data: bytes, *, max_bytes: int = MAX_PDF_BYTES) -> PdfReader:
    """A parsed, unencrypted PDF of at least one page, or NotAPdf / PdfTooLarge saying why."""
    if len(data) > max_bytes:
        raise PdfTooLarge(details={"size": len(data), "max_bytes": max_bytes})
    if not data.startswith(b"%PDF-"):
        raise NotAPdf(details={"reason": "header"})
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise NotAPdf("PDF文件已加密，请上传未加密的文件", details={"reason": "encrypted"})
        count = len(reader.pages)
        if count > MAX_PAGES:
            raise PdfTooLarge(details={"pages": count, "max_pages": MAX_PAGES})
        for page in reader.pages:  # every page must resolve, not only the first
            _ = page.mediabox, page.get_contents()
    except AppError:
        raise
    except Exception as exc:  # pypdf raises many kinds of errors on damaged or crafted files
        raise NotAPdf(details={"reason": type(exc).__name__}) from exc
    if count == 0:
        raise NotAPdf("PDF文件没有页面", details={"reason": "no pages"})
    return reader


# Keys that make a reader act (run, open, fetch) or hold hidden documents, wherever they appear.
_ACTIVE_KEYS = frozenset({"/AA", "/OpenAction", "/JavaScript", "/JS", "/EmbeddedFiles", "/EF", "/XFA",
                          "/RichMediaContent", "/RichMediaSettings"})
# Actions that stay: a jump inside the document and a web link. Everything else
# (JavaScript, Launch, SubmitForm, ImportData, GoToR, GoToE, Rendition, Sound, Movie, ...) goes.
_SAFE_ACTIONS = frozenset({"/GoTo", "/URI"})
# Annotations that exist to play, attach or run something: dropped from their pages.
_ACTIVE_ANNOTATIONS = frozenset({"/FileAttachment", "/Screen", "/Movie", "/Sound", "/RichMedia", "/3D"})


def _resolve(obj: PdfObject | None) -> PdfObject | None:
    return obj.get_object() if isinstance(obj, IndirectObject) else obj


_WEB_SCHEMES = ("http://", "https://", "mailto:")  # a "javascript:" URI is a script by another name


def _is_safe_action(action: PdfObject | None) -> bool:
    action = _resolve(action)
    if not isinstance(action, DictionaryObject) or action.get("/S") not in _SAFE_ACTIONS:
        return False
    if action.get("/S") == "/URI":
        uri = _resolve(action.get("/URI"))
        return isinstance(uri, str) and uri.strip().lower().startswith(_WEB_SCHEMES)
    return True


def _is_active_annotation(annot: PdfObject) -> bool:
    annot = _resolve(annot)
    return isinstance(annot, DictionaryObject) and annot.get("/Subtype") in _ACTIVE_ANNOTATIONS


def _walk(root: PdfObject, *, remove: bool) -> list[str]:
    """Every dictionary reachable from `root` (parents included: a widget's field may be
    reachable only through its /Parent), with the active content found in it; removed
    from it in place when `remove`."""
    found: list[str] = []
    seen: set[tuple[int, int]] = set()
    stack: list[PdfObject] = [root]
    while stack:
        obj = stack.pop()
        if isinstance(obj, IndirectObject):
            if (obj.idnum, obj.generation) in seen:
                continue
            seen.add((obj.idnum, obj.generation))
            obj = obj.get_object()
        if isinstance(obj, ArrayObject):
            stack.extend(obj)
            continue
        if not isinstance(obj, DictionaryObject):  # stream objects are dictionaries too
            continue
        hits = [k for k in obj if k in _ACTIVE_KEYS]
        if "/A" in obj and not _is_safe_action(obj["/A"]):
            hits.append("/A")
        if "/Next" in obj and "/S" in obj:  # an action chained after a kept one
            hits.append("/Next")
        found += hits
        if obj.get("/S") in ("/JavaScript", "/Launch"):  # an action reached some other way: emptied
            found.append(str(obj["/S"]))
            hits = list(obj)
        annots = _resolve(obj.get("/Annots"))
        dropped = isinstance(annots, ArrayObject) and any(_is_active_annotation(a) for a in annots)
        if dropped:
            found.append("/Annots")
        if remove:
            for name in hits:
                del obj[name]
            if dropped:
                obj[NameObject("/Annots")] = ArrayObject(a for a in annots if not _is_active_annotation(a))
        stack.extend(obj.values())
    return found


def scrub_writer(writer: PdfWriter) -> list[str]:
    """Remove active content from a document being written (its catalog, pages, annotations, forms)."""
    # Every object the writer holds, reachable or not: nothing escapes because of how it is linked.
    removed = _walk(ArrayObject(o for o in writer._objects if o is not None), remove=True)
    # What the scrub cut loose (an embedded file's bytes, an emptied script) is not written at all.
    writer.compress_identical_objects(remove_duplicates=False, remove_unreferenced=True)
    return removed


def sanitize_pdf(data: bytes, *, max_bytes: int = MAX_PDF_BYTES,
                 metadata: dict[str, str] | None = None) -> tuple[bytes, int, list[str]]:
    """The PDF rewritten without active content: (bytes, pages, what was removed).

    Refuses what does not parse (NotAPdf, 422), what is too large (PdfTooLarge, 413) and a
    rewrite that still carries active content (PdfActiveContent, 422)."""
    reader = read_pdf(data, max_bytes=max_bytes)
    try:
        writer = PdfWriter(clone_from=reader)
        removed = scrub_writer(writer)
        if metadata:
            writer.add_metadata(metadata)
        out = io.BytesIO()
        writer.write(out)
        clean = out.getvalue()
        check = PdfReader(io.BytesIO(clean), strict=False)
        left = _walk(check.trailer, remove=False)
        pages = len(check.pages)
    except AppError:
        raise
    except Exception as exc:  # a structure pypdf reads but cannot rewrite: not a usable PDF
        raise NotAPdf(details={"reason": type(exc).__name__}) from exc
    if left:
        raise PdfActiveContent(details={"found": sorted(set(left))})
    return clean, pages, sorted(set(removed))
