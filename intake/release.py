"""Releasing a held request (intake/held.py): the coordinator approved it, so its message is replayed
through the pipeline's filing and drafting steps as if it came from the person.

Its own module because it sits above both: the queue (intake/approval.py) calls it, and it calls the
pipeline, whose steps hold requests in the first place.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake import pipeline, triage
from intake.clock import utcnow
from intake.config import Settings
from intake.extract import understand
from intake.held import APPLIED, HELD
from intake.parsing import parse_message
from intake.store.audit import record_audit
from intake.store.db import get_blob
from intake.store.models import AuditEntry, Message, OutgoingMessage


def release_request(session: Session, draft: OutgoingMessage, settings: Settings, *, actor: str) -> None:
    """The coordinator approved a held request: replay its message as if it came from the person."""
    entries = session.scalars(
        select(AuditEntry).where(
            AuditEntry.action == "request_held", AuditEntry.entity_id == draft.application_id
        )
    )
    entry = next((e for e in entries if e.details.get("outgoing") == draft.id), None)
    message = session.get(Message, entry.details["message"]) if entry is not None else None
    draft.status = APPLIED
    if message is None or message.status != HELD:
        return
    raw = get_blob(session, message.raw_sha256)
    parsed = parse_message(raw)
    message.status = "processed"
    today: date = utcnow().date()
    ctx = pipeline.Ingest(raw=raw, source=message.source, session=session, today=today, settings=settings)
    ctx.message, ctx.parsed = message, parsed
    ctx.understanding = understand(
        raw,
        today=today,
        limits=pipeline.extraction_limits(settings.extraction),
        is_our_thread=triage.make_thread_check(session, parsed.subject),
        our_address=settings.programme.address,
    )
    pipeline.file_message(ctx)
    pipeline.draft_reply(ctx)
    details: dict[str, Any] = {"outgoing": draft.id, "message": message.id}
    record_audit(session, actor, "request_released", "application", draft.application_id, details)
