"""One case as a whole for the coordinator: who, what the service read, every mail in and out in time
order (each opening on its original), the documents sent (the CV), the interview and free slots.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.approval import describe_facts, display_name
from intake.case_facts import from_json
from intake.config import Settings
from intake.errors import ShownError
from intake.messages import KIND_FR, STATE_FR, flagged_replies, state_of
from intake.replies.drafts import current_verdict
from intake.scheduling.availability import Candidate, as_utc
from intake.scheduling.booking import active_interview
from intake.scheduling.manual import free_slots
from intake.store.models import Applicant, Application, Attachment, InterviewSlot, Message, OutgoingMessage

# Shown on the page with their extracted text: what a coordinator checks the evidence against.
EXCERPT_CHARS = 4000


class CaseNotFound(ShownError, LookupError):
    pass


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime
    incoming: bool
    label: str
    subject: str
    state: str
    link: str


@dataclass(frozen=True)
class Document:
    message_id: int
    attachment_id: int
    filename: str
    content_type: str
    size: int
    text: str
    problem: str | None


@dataclass
class CaseFile:
    application: Application
    applicant: Applicant
    name: str
    details: list[tuple[str, str]]
    criteria: list[dict[str, Any]]
    verdict: str
    timeline: list[TimelineEntry]
    documents: list[Document]
    pending_draft_id: int | None
    interview_at: datetime | None
    free: list[Candidate]


def get_case_file(session: Session, application_id: int, settings: Settings, *, now: datetime) -> CaseFile:
    """Everything `/dossiers/N` shows of one case; CaseNotFound if there is no such case."""
    application = session.get(Application, application_id)
    if application is None:
        raise CaseNotFound(f"dossier n° {application_id} introuvable")
    applicant = application.applicant
    criteria, verdict = current_verdict(session, application)
    outgoing = list(
        session.scalars(select(OutgoingMessage).where(OutgoingMessage.application_id == application.id))
    )
    interview = active_interview(session, application.id)
    slot = session.get(InterviewSlot, interview.slot_id) if interview and interview.slot_id else None
    return CaseFile(
        application=application,
        applicant=applicant,
        name=display_name(applicant),
        details=describe_facts(from_json(application.facts), applicant, criteria),
        criteria=criteria,
        verdict=verdict,
        timeline=_timeline(session, application, outgoing),
        documents=_documents(session, application),
        pending_draft_id=next((o.id for o in outgoing if o.status == "draft"), None),
        interview_at=as_utc(slot.starts_at) if slot else None,
        free=free_slots(session, application, settings, now=now),
    )


def _timeline(
    session: Session, application: Application, outgoing: list[OutgoingMessage]
) -> list[TimelineEntry]:
    """Every message in and out of the case, oldest first."""
    incoming = session.scalars(select(Message).where(Message.application_id == application.id))
    flagged = flagged_replies(session)
    timeline = [
        TimelineEntry(
            at=as_utc(m.sent_at or m.received_at),
            incoming=True,
            label=KIND_FR.get(m.kind or "", m.kind or "message"),
            subject=m.subject or "",
            state=STATE_FR[state_of(m, flagged)],
            link=f"/messages/{m.id}",
        )
        for m in incoming
    ] + [
        TimelineEntry(
            at=as_utc(o.sent_at or o.approved_at or o.created_at),
            incoming=False,
            label=o.template.replace("_", " "),
            subject=o.subject,
            state=o.status,
            link=f"/brouillons/{o.id}",
        )
        for o in outgoing
    ]
    return sorted(timeline, key=lambda e: e.at)


def _documents(session: Session, application: Application) -> list[Document]:
    """The case's attachments with the start of their text, in the order they came."""
    return [
        Document(
            message_id=a.message_pk,
            attachment_id=a.id,
            filename=a.filename,
            content_type=a.content_type,
            size=a.size,
            text=(a.text or "")[:EXCERPT_CHARS],
            problem=a.problem,
        )
        for a in session.scalars(
            select(Attachment)
            .join(Message, Attachment.message_pk == Message.id)
            .where(Message.application_id == application.id)
            .order_by(Attachment.id)
        )
    ]


