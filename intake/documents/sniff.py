"""Decide the format of an attachment from its bytes first, its name and declared type second."""

from __future__ import annotations

import io
import zipfile

_BY_EXTENSION = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".odt": "odt",
    ".txt": "txt",
    ".text": "txt",
    ".rtf": "rtf",
    ".doc": "doc",
    ".md": "txt",
}
_BY_TYPE = {
    "application/pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/vnd.oasis.opendocument.text": "odt",
    "text/plain": "txt",
    "application/rtf": "rtf",
    "text/rtf": "rtf",
    "application/msword": "doc",
}


def sniff_kind(filename: str, content_type: str, payload: bytes) -> str:
    """Return pdf/docx/odt/txt/rtf/doc/image, or 'other:<what>' for formats we do not read."""
    head = payload[:8]
    if is_page_image(payload):
        return "image"
    if head.startswith(b"%PDF") or b"%PDF-" in payload[:1024]:
        return "pdf"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        return "doc"
    if head.startswith(b"PK\x03\x04"):
        return _sniff_zip(payload)
    lower = filename.lower()
    ext = lower[lower.rfind(".") :] if "." in lower else ""
    kind = _BY_EXTENSION.get(ext) or _BY_TYPE.get(content_type.lower())
    if kind in {"pdf", "docx", "odt"}:
        return kind  # declared but the bytes disagree: the extractor reports the damage
    if kind in {"txt", "rtf"} or (not kind and content_type.startswith("text/")):
        return kind or "txt"
    if kind:
        return kind
    return "other:" + (ext.lstrip(".") or content_type)


_MAX_MIMETYPE_BYTES = 200


def _sniff_zip(payload: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(payload)) as zf:
            names = set(zf.namelist())
            if "mimetype" in names:
                # Sized before inflating: a «mimetype» member can be a zip bomb of its own.
                if zf.getinfo("mimetype").file_size > _MAX_MIMETYPE_BYTES:
                    return "other:zip suspect"
                with zf.open("mimetype") as member:
                    mimetype = member.read(100).decode("ascii", "replace").strip()
                if mimetype == "application/vnd.oasis.opendocument.text":
                    return "odt"
                return "other:" + mimetype
            if "word/document.xml" in names:
                return "docx"
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return "other:zip endommagé"
    except Exception:  # zipfile raises odd errors on crafted archives
        return "other:zip endommagé"
    return "other:zip"


# Photos and scans that OCR reads; GIF and SVG are left out, they are logos and drawings.
_IMAGE_MAGIC = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n", b"II*\x00", b"MM\x00*")
_HEIF_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"mif1", b"msf1"}


def is_page_image(payload: bytes) -> bool:
    """JPEG, PNG, TIFF, WebP or HEIC, from the bytes (phones and mail clients often mislabel them)."""
    if payload.startswith(_IMAGE_MAGIC):
        return True
    if payload[:4] == b"RIFF" and payload[8:12] == b"WEBP":
        return True
    return payload[4:8] == b"ftyp" and payload[8:12] in _HEIF_BRANDS
