"""The one way to write to the audit log: who did what to which record, when, with what details.

Every module that records a decision calls `record_audit`; the actor and entity names it passes are the
same strings the reports and the case page read back, so they stay plain literals at the call site.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, insert
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
    """Write one audit entry in `session`'s transaction (committed or rolled back with it, never alone)."""
    row = {"at": at or utcnow(), "actor": actor, "action": action, "entity": entity, "entity_id": entity_id}
    deferred = session.info.get(_DEFERRED)
    if deferred is not None:
        deferred.append({**row, "details": details})
        return
    # An append-only row nothing reads back in the same unit of work: one INSERT now, outside the ORM's
    # bookkeeping, and without flushing what waits (it refers to no pending row, only to ids).
    with session.no_autoflush:
        session.execute(insert(_AUDIT), {**row, "details": details})


@contextmanager
def audit_deferred(session: Session) -> Iterator[None]:
    """Within the block, the entries `record_audit` writes are kept, and inserted together when the block
    ends normally (dropped if it raises, as its transaction is rolled back): one statement for all the
    entries of a message, or of a batch of them (intake/pipeline.py). Only for work that reads no audit
    entry back before the block ends. A block inside another one leaves the writing to the outer one."""
    if _DEFERRED in session.info:
        yield
        return
    rows: list[dict[str, Any]] = []
    session.info[_DEFERRED] = rows
    try:
        yield
    finally:
        session.info.pop(_DEFERRED, None)
    if rows:
        with session.no_autoflush:
            session.execute(insert(_AUDIT), rows)


_AUDIT = cast(Table, AuditEntry.__table__)
_DEFERRED = "audit_deferred"


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
