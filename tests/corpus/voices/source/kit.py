"""What a message of the voices corpus is made of: the mail as its author wrote it, and its truth.

Each source file (batch*.py) lists MESSAGES, written one by one; build.py turns them into NNNN.eml and
truth.jsonl. The helpers here only spare the typing of the structure, never the words of a message.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

CRITERIA = (
    "degree_level",
    "graduation_recent",
    "studies_finished",
    "not_internship",
    "not_service_civique",
    "not_career_change",
    "job_seeking_ess",
)


@dataclass(frozen=True)
class CV:
    """An attached CV: ``fmt`` is pdf, docx or odt; ``text`` one line per paragraph."""

    fmt: str
    filename: str
    text: str


@dataclass(frozen=True)
class M:
    """One message. ``frm`` is the From header as written («Name <addr>» or a bare address).

    ``html``: None (text only), "only" (an HTML body and no text part) or "both" (multipart/alternative).
    ``body_html`` is the HTML as the author's mail client wrote it; when None it is made from the paragraphs.
    ``date`` is "DD HH:MM" in November 2026 (the corpus is read on 2026-11-26).
    """

    frm: str
    subject: str
    date: str
    body: str
    truth: dict[str, Any]
    html: str | None = None
    body_html: str | None = None
    cv: CV | None = None
    headers: dict[str, str] = field(default_factory=dict)
    to: str = "Pro'pulse <propulse@animafac.net>"
    bounce: str | None = None  # the delivery-status text of a bounce (multipart/report)


def app(
    first: str | None,
    last: str | None,
    *,
    phone: str | None,
    bac: int | str | None,
    grad: str | None,
    failing: tuple[str, ...] | list[str] = (),
    unknown: tuple[str, ...] | list[str] = (),
    status: str,
    info_in: str = "body",
    email: str | None = "from",
    forwarded_by: str | None = None,
    language: str | None = None,
) -> dict[str, Any]:
    """The truth of an application; the verdict follows from ``failing`` and ``unknown``.

    ``email="from"`` means the sender's own address; a referral names the applicant's address (or None).
    """
    verdict = "not_eligible" if failing else "to_verify" if unknown else "eligible"
    truth: dict[str, Any] = {
        "kind": "application",
        "first_name": first,
        "last_name": last,
        "email": email,
        "phone": phone,
        "bac_plus": bac,
        "graduation": grad,
        "verdict": verdict,
        "failing": [c for c in CRITERIA if c in failing],
        "unknown": [c for c in CRITERIA if c in unknown],
    }
    if forwarded_by:
        truth["forwarded_by"] = forwarded_by
    if language:
        truth["language"] = language
    truth["info_in"] = info_in
    truth["status"] = status
    return truth


def question(language: str | None = None) -> dict[str, Any]:
    """A question about the programme with no personal facts."""
    return {"kind": "question", **({"language": language} if language else {})}


def other() -> dict[str, Any]:
    return {"kind": "other"}


def reply() -> dict[str, Any]:
    return {"kind": "reply"}


def auto_reply() -> dict[str, Any]:
    return {"kind": "auto_reply"}


def newsletter() -> dict[str, Any]:
    return {"kind": "newsletter"}


def bounce(address: str) -> dict[str, Any]:
    return {"kind": "bounce", "bounced": address}
