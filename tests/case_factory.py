"""Cases as the pipeline leaves them (applicant, application, assessment, incoming message), for the
reply and outbox tests: built directly in the store, without running the understanding.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from intake.clock import utcnow
from intake.config import Settings
from intake.eligibility import load_criteria, verdict_of
from intake.replies.drafts import draft_for_application
from intake.store.db import put_blob
from intake.store.models import Applicant, Application, Assessment, Message, OutgoingMessage


def make_case(
    session: Session,
    *,
    email: str = "lea.martin@example.org",
    first_name: str | None = "Léa",
    last_name: str | None = "Martin",
    language: str = "fr",
    statuses: dict[str, str] | None = None,
    subject: str | None = "Candidature Pro'pulse",
    message_id: str | None = "<cand-1@example.org>",
    references: str | None = None,
) -> tuple[Application, Message]:
    """An assessed case (every criterion met unless `statuses` says otherwise) and its incoming message."""
    applicant = session.query(Applicant).filter_by(email_normalised=email.lower()).one_or_none()
    if applicant is None:
        applicant = Applicant(
            email=email,
            email_normalised=email.lower(),
            first_name=first_name,
            last_name=last_name,
            language=language,
        )
        session.add(applicant)
        session.flush()
    application = Application(applicant=applicant, case_token=f"tmp-{message_id}"[:32], status="assessed")
    session.add(application)
    session.flush()
    application.case_token = f"PP-{application.id:06d}"
    criteria = [
        {"id": c.id, "label": c.label, "status": (statuses or {}).get(c.id, "met"), "evidence": None}
        for c in load_criteria()
    ]
    session.add(
        Assessment(
            application=application,
            verdict=verdict_of(c["status"] for c in criteria),
            criteria={"criteria": criteria},
        )
    )
    message = add_message(session, application, subject=subject, message_id=message_id, references=references)
    return application, message


def add_message(
    session: Session,
    application: Application,
    *,
    subject: str | None,
    message_id: str | None,
    references: str | None = None,
    kind: str = "application",
) -> Message:
    raw = f"Message-ID: {message_id}\nSubject: test\n\nBonjour\n".encode()
    digest = put_blob(session, raw)
    message = Message(
        dedupe_key=f"mid:{message_id}" if message_id else f"sha256:{digest}",
        raw_sha256=digest,
        source="test",
        status="processed",
        kind=kind,
        message_id=message_id,
        references=references,
        from_addr=application.applicant.email,
        subject=subject,
        application_id=application.id,
    )
    session.add(message)
    session.flush()
    return message


def approved_email(
    session: Session, settings: Settings, *, now: datetime | None = None, **case: Any
) -> OutgoingMessage:
    """A case whose draft the coordinator has approved: what the outbox picks up."""
    application, message = make_case(session, **case)
    outgoing = draft_for_application(session, application, settings, reply_to=message, now=now)
    outgoing.status = "approved"
    outgoing.approved_by = "coordination"
    outgoing.approved_at = now or utcnow()
    session.flush()
    return outgoing
