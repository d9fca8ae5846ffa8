"""The emails of scheduling, stored as OutgoingMessage rows: drafts for the coordinator, or automatic."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from intake.config import Settings
from intake.replies.drafts import base_context, language_of, store_draft
from intake.replies.render import render_email
from intake.store.models import Application, Message, OutgoingMessage


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
