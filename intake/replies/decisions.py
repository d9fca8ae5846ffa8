"""One decision on one draft: approve or discard it, in a single guarded statement, audited.

Below the coordinator's queue (intake/approval.py) and the replies that may leave alone
(intake/intent_actions.py, `drafts.auto_send`), so both decide a draft the same way without importing each
other.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import update
from sqlalchemy.orm import Session

from intake.clock import utcnow
from intake.errors import ShownError
from intake.store.audit import record_audit
from intake.store.models import OUTGOING_STATUS_FR, OutgoingMessage, OutgoingStatus

DRAFT = OutgoingStatus.DRAFT


class ApprovalError(ShownError):
    """A request the queue cannot honour; the message is one French line for the coordinator."""


class DraftNotFound(ApprovalError):
    pass


class NotADraft(ApprovalError):
    """The message is no longer a draft (already approved, sent, discarded or replaced)."""


def decide_draft(
    session: Session, outgoing_id: int, *, actor: str, new_status: str, action: str, reason: str = ""
) -> OutgoingMessage:
    """Approve or discard a draft, in one guarded statement (`update_draft`), audited as `action`."""
    verb = "d'approuver" if new_status == "approved" else "d'écarter"
    draft = get_outgoing(session, outgoing_id)
    require_draft(draft, verb)
    moment = utcnow()
    values: dict[str, Any] = {"status": new_status}
    if new_status == "approved":
        values |= {"approved_by": actor, "approved_at": moment}
    update_draft(session, draft, verb, **values)
    details: dict[str, Any] = {"before": {"status": DRAFT}, "after": {"status": new_status}}
    if reason.strip():
        details["reason"] = " ".join(reason.split())
    record_audit(session, actor, action, "outgoing_message", draft.id, details, at=moment)
    return draft


def update_draft(session: Session, draft: OutgoingMessage, verb: str, **values: Any) -> None:
    """Change a row only while it is still a draft, in one statement.

    Of two decisions racing (two tabs, the web and the CLI), exactly one wins; an edit can never land on
    a message approved a moment earlier, so what leaves is always what was approved.
    """
    session.flush()
    result = session.execute(
        update(OutgoingMessage)
        .where(OutgoingMessage.id == draft.id, OutgoingMessage.status == DRAFT)
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    session.refresh(draft)
    if getattr(result, "rowcount", 1) != 1:
        require_draft(draft, verb)
        raise NotADraft(f"impossible {verb} le message n° {draft.id} : il a changé entre-temps")


def get_outgoing(session: Session, outgoing_id: int) -> OutgoingMessage:
    """The outgoing message, or DraftNotFound."""
    draft = session.get(OutgoingMessage, outgoing_id)
    if draft is None:
        raise DraftNotFound(f"brouillon n° {outgoing_id} introuvable")
    return draft


def require_draft(draft: OutgoingMessage, verb: str) -> None:
    """NotADraft unless the message is still a draft; `verb` completes «impossible …»."""
    if draft.status != DRAFT:
        state = OUTGOING_STATUS_FR.get(draft.status, draft.status)
        raise NotADraft(f"impossible {verb} le message n° {draft.id} : il n'est plus un brouillon ({state})")


def mark_approved(session: Session, outgoing_id: int, *, actor: str) -> OutgoingMessage:
    """The draft is approved for the outbox by `actor`; what approving does to its case is the caller's."""
    return decide_draft(session, outgoing_id, actor=actor, new_status="approved", action="draft_approved")
