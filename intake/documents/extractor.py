"""One attachment → DocumentResult, in the current process. Never raises: every failure is a reason."""

from __future__ import annotations

import time
from collections.abc import Callable

from intake.documents.limits import DocumentProblem, DocumentResult, ExtractionLimits, format_megabytes
from intake.documents.ocr import read_image
from intake.documents.office import extract_docx, extract_odt
from intake.documents.pdf import extract_pdf
from intake.documents.plaintext import extract_doc, extract_rtf, extract_txt
from intake.documents.sniff import sniff_kind

_SIMPLE: dict[str, Callable[[bytes, ExtractionLimits], str]] = {
    "docx": extract_docx,
    "odt": extract_odt,
    "txt": extract_txt,
    "rtf": extract_rtf,
    "doc": extract_doc,
}
# OCR gives up a little before the worker's deadline, so the reason recorded is OCR's own.
_OCR_DEADLINE_SHARE = 0.9
_OTHER_REASONS = {
    "image": "image jointe dans un format non lu",
    "application/vnd.oasis.opendocument.spreadsheet": "tableur OpenDocument, pas un document texte",
}


def check_size(filename: str, size: int, limits: ExtractionLimits) -> DocumentResult | None:
    """The size refusal, decided before the bytes travel anywhere."""
    if size > limits.max_attachment_bytes:
        return DocumentResult(
            filename=filename,
            kind="refused",
            text=None,
            problem=f"pièce jointe trop volumineuse ({format_megabytes(size)} > "
            f"{format_megabytes(limits.max_attachment_bytes)})",
        )
    if size == 0:
        return DocumentResult(
            filename=filename, kind="empty", text=None, problem="pièce jointe vide (0 octet)"
        )
    return None


def extract_document(
    filename: str, content_type: str, payload: bytes, limits: ExtractionLimits
) -> DocumentResult:
    refused = check_size(filename, len(payload), limits)
    if refused is not None:
        return refused
    kind = sniff_kind(filename, content_type, payload)
    try:
        if kind == "pdf":
            pdf = extract_pdf(payload, limits)
            return DocumentResult(
                filename=filename,
                kind=kind,
                text=pdf.text,
                pages=pdf.pages,
                method=pdf.method,
                ocr_confidence=pdf.ocr_confidence,
            )
        if kind == "image":
            return _read_image(filename, payload, limits)
        reader = _SIMPLE.get(kind)
        if reader is None:
            return DocumentResult(
                filename=filename, kind="unsupported", text=None, problem=_other_reason(kind)
            )
        text = reader(payload, limits)
    except DocumentProblem as exc:
        return DocumentResult(filename=filename, kind=kind, text=None, problem=str(exc))
    except MemoryError:
        return DocumentResult(
            filename=filename, kind=kind, text=None, problem="mémoire insuffisante pour lire le document"
        )
    except RecursionError:
        return DocumentResult(
            filename=filename, kind=kind, text=None, problem="document trop imbriqué, abandonné"
        )
    except Exception as exc:  # the last guard: a library bug on a hostile file is still a reason, not a crash
        return DocumentResult(
            filename=filename, kind=kind, text=None, problem=f"document illisible ({type(exc).__name__})"
        )
    if not text.strip():
        return DocumentResult(filename=filename, kind=kind, text=None, problem="document sans texte")
    return DocumentResult(filename=filename, kind=kind, text=text, method=kind)


def _read_image(filename: str, payload: bytes, limits: ExtractionLimits) -> DocumentResult:
    read = read_image(payload, deadline=time.monotonic() + limits.timeout_seconds * _OCR_DEADLINE_SHARE)
    if not read.text.strip():
        raise DocumentProblem("image sans texte lisible")
    return DocumentResult(
        filename=filename, kind="image", text=read.text, pages=1, method="ocr", ocr_confidence=read.confidence
    )


def _other_reason(kind: str) -> str:
    what = kind.removeprefix("other:")
    if what.startswith("image/") or what in {"jpg", "jpeg", "png", "gif", "heic", "webp"}:
        return _OTHER_REASONS["image"]
    if what in _OTHER_REASONS:
        return _OTHER_REASONS[what]
    return f"format non pris en charge ({what})"
