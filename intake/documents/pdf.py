"""PDF → text. pypdfium2 first (≈3 ms); pdfminer.six only when the page is drawn row by row across two
columns, the one layout pypdfium2 interleaves (figures in docs/documents.md)."""

from __future__ import annotations

import io
import re
import time
from itertools import pairwise
from typing import NamedTuple

from intake.documents.limits import DocumentProblem, ExtractionLimits

# A page with fewer characters than this in its text layer is a scan (or a photo pasted in a PDF).
_MIN_PAGE_CHARS = 20
# Scanned pages are rendered at ≈ 200 dpi, the resolution the OCR is tuned for.
_RENDER_SCALE = 200 / 72
# OCR stops taking new pages past this share of the deadline, so the pages read so far are kept.
_OCR_BUDGET_SHARE = 0.8


class PdfText(NamedTuple):
    text: str
    pages: int
    method: str
    ocr_confidence: float | None = None

# Two text runs on one baseline, far apart, each a phrase rather than a date: a table-like two-column row.
_MIN_COLUMN_GAP = 24.0
_MIN_RUN_CHARS = 12
_MIN_SIDEBAR_CHARS = 5
_MIN_INTERLEAVED_ROWS = 3


def extract_pdf(payload: bytes, limits: ExtractionLimits) -> PdfText:
    """Text, pages and method; pages without a text layer are read by OCR. Raise DocumentProblem."""
    import pypdfium2 as pdfium

    started = time.monotonic()

    try:
        pdf = pdfium.PdfDocument(payload)
    except pdfium.PdfiumError as exc:
        reason = str(exc).lower()
        if "password" in reason:
            raise DocumentProblem("PDF protégé par un mot de passe") from exc
        raise DocumentProblem("PDF illisible ou tronqué") from exc
    try:
        pages = len(pdf)
        if pages > limits.max_pages:
            raise DocumentProblem(f"PDF trop long ({pages:,} pages > {limits.max_pages})".replace(",", " "))
        if pages == 0:
            raise DocumentProblem("PDF sans aucune page")
        texts: list[str] = []
        interleaved = False
        for index in range(pages):
            try:
                page = pdf[index]
                textpage = page.get_textpage()
            except pdfium.PdfiumError as exc:
                raise DocumentProblem(f"PDF endommagé (page {index + 1} illisible)") from exc
            texts.append(textpage.get_text_range())
            if not interleaved:
                interleaved = _looks_interleaved(textpage, page.get_width())
            textpage.close()
            page.close()
        scanned = [i for i, t in enumerate(texts) if len(t.strip()) < _MIN_PAGE_CHARS]
        deadline = started + limits.timeout_seconds * _OCR_BUDGET_SHARE
        confidence = _read_scanned_pages(pdf, scanned, texts, deadline) if scanned else None
    finally:
        pdf.close()
    text = _clean(texts)
    if interleaved and confidence is None:
        mined = _extract_with_pdfminer(payload, limits)
        if mined.strip():
            return PdfText(mined, pages, "pdfminer")
    if not text.strip():
        from intake.documents.ocr import OCR_UNAVAILABLE, ocr_available

        why = "" if ocr_available() else f" ; {OCR_UNAVAILABLE}"
        raise DocumentProblem(f"PDF sans couche texte (document scanné ou image){why}")
    if confidence is None:
        return PdfText(text, pages, "pypdfium2")
    return PdfText(text, pages, "ocr" if len(scanned) == pages else "pypdfium2+ocr", confidence)


def _read_scanned_pages(pdf: object, scanned: list[int], texts: list[str], deadline: float) -> float | None:
    """OCR the pages without a text layer, in place in ``texts``; the mean confidence, None if none read."""
    from intake.documents.ocr import ocr_available, read_page

    if not ocr_available():
        return None
    confidences: list[tuple[float, int]] = []
    for index in scanned:
        if time.monotonic() >= deadline:
            break  # the pages read so far are kept; the rest would be killed by the deadline anyway
        page = pdf[index]  # type: ignore[index]
        image = page.render(scale=_RENDER_SCALE, grayscale=True).to_pil()
        page.close()
        try:
            result = read_page(image, deadline + 1.0)
        except DocumentProblem:
            break
        texts[index] = result.text
        confidences.append((result.confidence, max(1, len(result.text))))
    if not confidences:
        return None
    return sum(c * n for c, n in confidences) / sum(n for _, n in confidences)


def _looks_interleaved(textpage: object, width: float) -> bool:
    """True when successive text runs alternate between two columns on the same baseline."""
    try:
        count = textpage.count_rects()  # type: ignore[attr-defined]
        rects = [textpage.get_rect(i) for i in range(min(count, 2000))]  # type: ignore[attr-defined]
    except Exception:
        return False
    # A second column starts at one x for every row; right-aligned dates or places end at one x instead,
    # and pypdfium2 already keeps those on the line they belong to.
    starts: dict[int, tuple[set[str], set[int]]] = {}
    for (l1, b1, r1, t1), (l2, b2, r2, t2) in pairwise(rects):
        same_line = abs(b1 - b2) < 2.0 and abs(t1 - t2) < 4.0
        if not same_line or l2 - r1 < _MIN_COLUMN_GAP or l2 < width * 0.3:
            continue
        left = textpage.get_text_bounded(l1, b1, r1, t1)  # type: ignore[attr-defined]
        right = textpage.get_text_bounded(l2, b2, r2, t2)  # type: ignore[attr-defined]
        # A sidebar holds short items («Rennes», «Animation»); the main column holds phrases.
        if _is_phrase(left, min_chars=_MIN_SIDEBAR_CHARS) and _is_phrase(right):
            texts, ends = starts.setdefault(round(l2 / 3.0), (set(), set()))
            texts.add(right.strip())
            ends.add(round(r2 / 3.0))
            if len(texts) >= _MIN_INTERLEAVED_ROWS and len(ends) >= 2:
                return True
    return False


def _is_phrase(text: str, min_chars: int = _MIN_RUN_CHARS) -> bool:
    letters = sum(ch.isalpha() for ch in text)
    return len(text.strip()) >= min_chars and letters >= len(text.strip()) * 0.6


def _extract_with_pdfminer(payload: bytes, limits: ExtractionLimits) -> str:
    from pdfminer.high_level import extract_text
    from pdfminer.layout import LAParams

    try:
        text = extract_text(io.BytesIO(payload), laparams=LAParams(char_margin=4), maxpages=limits.max_pages)
    except Exception:  # pdfminer raises many kinds of errors on broken files; pypdfium2 text stays
        return ""
    return _clean([text])


def _clean(texts: list[str]) -> str:
    text = "\n".join(texts).replace("\r\n", "\n").replace("\r", "\n").replace("\x0c", "\n")
    text = text.replace("\ufffe", "").replace("\x02", "-").replace("\u00ad", "")
    text = re.sub(r"[ \t]+\n", "\n", text)
    return re.sub(r"\n{3,}", "\n\n", text).strip()
