"""One mail read as `propulse extract` reads it on the corpora's reading day (2026-11-26), for the tests of
the understanding: the extract's result (`extracted` under the subject "Candidature", `read` as make_message
sends it), a criterion's status in it, the applicant's names in it, the kind the mail is filed as."""

from __future__ import annotations

from datetime import date
from typing import Any

from fixtures_docs import make_message

from intake.classify import classify
from intake.extract import extract_message
from intake.parsing import parse_message

TODAY = date(2026, 11, 26)


def extracted(body: str, subject: str = "Candidature", **sender: str) -> dict[str, Any]:
    """`body` mailed under `subject` (by make_message's applicant, unless `sender` gives from_name or
    from_addr), as extracted on TODAY."""
    return extract_message(make_message(body, subject=subject, **sender), today=TODAY)


def read(body: str, **message: Any) -> dict[str, Any]:
    """`body` mailed as make_message sends it (under "Candidature Pro'pulse", by its applicant, unless
    `message` says otherwise: subject, sender, attachments, headers, html), as extracted on TODAY."""
    return extract_message(make_message(body, **message), today=TODAY)


def kind(
    body: str,
    subject: str,
    sender: tuple[str, str] = ("Tom Ridel", "tom.ridel@example.org"),
    headers: dict[str, str] | None = None,
) -> str:
    """The kind `body` is filed as (application, question, reply…), mailed under `subject` by `sender` (a
    display name and an address), with `headers` added."""
    raw = make_message(body, from_name=sender[0], from_addr=sender[1], subject=subject, headers=headers)
    return classify(parse_message(raw)).kind


def criterion(result: dict[str, Any], name: str) -> dict[str, Any]:
    """One eligibility criterion of an extract's result: its status, evidence and reason."""
    return dict(next(c for c in result["eligibility"]["criteria"] if c["id"] == name))


def status(result: dict[str, Any], name: str) -> str:
    """The status of one eligibility criterion of an extract's result (met, not_met, unknown)."""
    return str(criterion(result, name)["status"])


def names(result: dict[str, Any]) -> tuple[str, str]:
    """The applicant's first and last name as read."""
    return result["applicant"]["first_name"], result["applicant"]["last_name"]
