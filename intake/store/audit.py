"""The one way to write to the audit log: who did what to which record, when, with what details.

Every module that records a decision calls `record_audit`; the actor and entity names it passes are the
same strings the reports and the case page read back, so they stay plain literals at the call site.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from intake.clock import utcnow
from intake.store.models import AuditEntry


def record_audit(
    session: Session,
    actor: str,
    action: str,
    entity: str,
    entity_id: int | None,
    details: dict[str, Any],
    *,
    at: datetime | None = None,
) -> None:
    """Add one audit entry to `session` (written with the caller's transaction, never on its own)."""
    session.add(
        AuditEntry(
            at=at or utcnow(), actor=actor, action=action, entity=entity, entity_id=entity_id, details=details
        )
    )


def flag_case(
    session: Session,
    actor: str,
    application_id: int,
    flag: str,
    message: str,
    *,
    at: datetime | None = None,
    **details: Any,
) -> None:
    """A note on a case for the coordinator: `message` is what the case page shows, `flag` says why."""
    record_audit(
        session,
        actor,
        "flag",
        "application",
        application_id,
        {"flag": flag, "message": message, **details},
        at=at,
    )
