"""The emails of scheduling, stored as OutgoingMessage rows: drafts for the coordinator, or automatic."""

from __future__ import annotations

from datetime import datetime
from email.utils import make_msgid
from typing import Any

from sqlalchemy.orm import Session

from intake.config import Settings
from intake.replies.drafts import (
    clean_message_id,
    discard_pending,
    programme_domain,
    reply_subject,
    thread_references,
)
from intake.replies.render import render_email
from intake.store.models import Application, AuditEntry, Message, OutgoingMessage

ACTOR = "propulse"


def language_of(application: Application) -> str:
    return application.applicant.language if application.applicant.language in ("fr", "en") else "fr"


def base_context(application: Application, settings: Settings, reply_to: Message | None) -> dict[str, Any]:
    applicant = application.applicant
    return {
        "first_name": applicant.first_name,
        "last_name": applicant.last_name,
        "case_token": application.case_token,
        "their_subject": reply_subject(reply_to.subject if reply_to else None),
        "programme_name": settings.programme.name,
        "programme_address": settings.programme.address,
        "timezone": settings.programme.timezone,
        "hold_days": settings.interviews.hold_days,
        "interview_place": settings.interviews.location,
        "interview_minutes": settings.interviews.slot_minutes,
    }


def create_draft(
    session: Session,
    application: Application,
    template: str,
    context: dict[str, Any],
    settings: Settings,
    *,
    now: datetime,
    reply_to: Message | None = None,
    details: dict[str, Any] | None = None,
) -> OutgoingMessage:
    """A draft the coordinator approves; it replaces the case's drafts still waiting, as drafts.py does."""
    rendered = render_email(
        template, {**base_context(application, settings, reply_to), **context}, language_of(application)
    )
    outgoing = OutgoingMessage(
        application_id=application.id,
        template=template,
        status="draft",
        to_addr=application.applicant.email,
        subject=rendered.subject,
        text_body=rendered.text,
        html_body=rendered.html,
        message_id=make_msgid(domain=programme_domain(settings)),
        in_reply_to=clean_message_id(reply_to.message_id) if reply_to is not None else None,
        references=thread_references(reply_to),
        automatic=False,
        created_at=now,
    )
    discarded = discard_pending(session, application.id)
    session.add(outgoing)
    session.flush()
    session.add(
        AuditEntry(
            at=now,
            actor=ACTOR,
            action="draft_created",
            entity="application",
            entity_id=application.id,
            details={
                "outgoing": outgoing.id,
                "template": template,
                "discarded": discarded,
                "reply_to": reply_to.id if reply_to is not None else None,
                **(details or {}),
            },
        )
    )
    return outgoing
