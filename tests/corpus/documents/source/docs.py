"""What a message of the documents corpus is made of: the mail, its attached documents, and its truth.

Each source file (batch*.py) lists MESSAGES, written one by one, document first: the CV, the cover letter,
the job offer or the invoice is written as its author would lay it out, then the (often short) mail around
it. build.py turns them into NNNN.eml and truth.jsonl. Nothing here writes a word of a message.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kit import app, auto_reply, bounce, newsletter, other, question, reply  # noqa: F401  (re-exported)


@dataclass(frozen=True)
class Doc:
    """An attached document, laid out as its author made it.

    ``fmt``: pdf (one column; a line «---page---» starts a new page), pdf2col (``text`` is the left column,
    ``right`` the right one; ``row_by_row`` draws them across like a table template), docx (a line starting
    with «|» is a table row, cells split on « | »; ``header`` and ``footer`` go to the page header and
    footer) or odt. ``role`` says what it is: cv, letter (a cover letter) or other.
    """

    fmt: str
    filename: str
    text: str
    role: str = "cv"
    right: str = ""
    row_by_row: bool = False
    header: str = ""
    footer: str = ""


@dataclass(frozen=True)
class M:
    """One message, as kit.M but with any number of attached documents (``docs``)."""

    frm: str
    subject: str
    date: str
    body: str
    truth: dict[str, Any]
    docs: tuple[Doc, ...] = ()
    html: str | None = None
    body_html: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    to: str = "Pro'pulse <propulse@animafac.net>"
    bounce: str | None = None

    @property
    def cv(self) -> Doc | None:
        """The CV if one is attached, else the first document (the truth's `cv_format`)."""
        cvs = [d for d in self.docs if d.role == "cv"]
        return (cvs or list(self.docs) or [None])[0]
