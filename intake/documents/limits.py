"""Limits applied to every attachment, and the result every extraction ends with."""

from __future__ import annotations

import time
from dataclasses import dataclass, replace

from intake.errors import QuarantineError, ShownError


@dataclass(frozen=True)
class ExtractionLimits:
    max_attachment_bytes: int = 15 * 1024 * 1024
    max_pages: int = 20
    max_uncompressed_bytes: int = 50 * 1024 * 1024
    # Compression ratio above which a zip entry is treated as a bomb; real DOCX XML compresses ~10-30×.
    max_compression_ratio: int = 200
    timeout_seconds: float = 20.0
    # Address space of the document reader process (RLIMIT_AS), set when it starts.
    memory_mb: int = 512
    # time.monotonic() by which the whole message must be read (the per-message budget); None: no budget.
    deadline: float | None = None
    # The length of that budget, in seconds: what `restarted` counts from now for the next message.
    message_seconds: float | None = None

    def restarted(self) -> ExtractionLimits:
        """The same limits, the budget starting now: each message of a batch is read on its own clock (a
        batch's one deadline would have let its later messages' documents run out of time)."""
        if self.message_seconds is None:
            return self
        return replace(self, deadline=time.monotonic() + self.message_seconds)


class BudgetExceeded(QuarantineError):
    """The message's wall-clock budget ran out before its documents were read; ``str`` is French."""


@dataclass(frozen=True)
class DocumentResult:
    """Text of one attachment, or why there is none. ``problem`` is a one-line French reason."""

    filename: str
    kind: str  # pdf, docx, odt, txt, rtf, doc, or "unsupported"
    text: str | None
    problem: str | None = None
    pages: int | None = None
    method: str | None = None  # which extractor produced the text (pypdfium2, pdfminer, ocr, …)
    # Set when some of the text was read by OCR: Tesseract's mean word confidence, 0-100.
    ocr_confidence: float | None = None

    @property
    def ok(self) -> bool:
        return self.text is not None and self.problem is None

    @property
    def source_label(self) -> str:
        """Where a fact was read, as evidence shows it: OCR text says so, with its confidence."""
        if self.ocr_confidence is None:
            return self.filename
        return f"{self.filename} ({ocr_note(self.ocr_confidence)})"


def ocr_note(confidence: float) -> str:
    return f"texte lu par OCR, confiance {confidence:.0f} %"


class DocumentProblem(ShownError):
    """Raised inside extractors; converted to a DocumentResult with its French message."""


def format_megabytes(size: int) -> str:
    mb = size / (1024 * 1024)
    return f"{mb:.0f} Mo" if mb >= 10 else f"{mb:.1f} Mo".replace(".", ",")
