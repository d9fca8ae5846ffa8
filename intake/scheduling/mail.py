"""The emails of scheduling, stored as OutgoingMessage rows: drafts for the coordinator, or automatic."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from intake.config import Settings
from intake.replies.drafts import (
    reply_subject,
    store_draft,
)
from intake.replies.render import render_email
from intake.store.models import Application, Message, OutgoingMessage


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
    return store_draft(
        session, application, template, rendered, settings, now=now, reply_to=reply_to, details=details
    )
