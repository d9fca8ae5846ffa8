"""PDF → text. pypdfium2 first (≈3 ms); pdfminer.six only when the page is drawn row by row across two
columns, the one layout pypdfium2 interleaves (figures in docs/documents.md)."""

from __future__ import annotations

import io
import re
from itertools import pairwise

from intake.documents.limits import DocumentProblem, ExtractionLimits

# Two text runs on one baseline, far apart, each a phrase rather than a date: a table-like two-column row.
_MIN_COLUMN_GAP = 24.0
_MIN_RUN_CHARS = 12
_MIN_SIDEBAR_CHARS = 5
_MIN_INTERLEAVED_ROWS = 3


def extract_pdf(payload: bytes, limits: ExtractionLimits) -> tuple[str, int, str]:
    """Return (text, pages, method); raise DocumentProblem with a French reason."""
    import pypdfium2 as pdfium

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
    finally:
        pdf.close()
    text = _clean(texts)
    if interleaved:
        mined = _extract_with_pdfminer(payload, limits)
        if mined.strip():
            return mined, pages, "pdfminer"
    if not text.strip():
        raise DocumentProblem("PDF sans couche texte (document scanné ou image)")
    return text, pages, "pypdfium2"


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
