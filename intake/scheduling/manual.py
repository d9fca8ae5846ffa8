"""Booking, moving and cancelling an interview by hand (the case page, `propulse interviews book`…).

The coordinator's decision goes through the same path as an applicant's reply: `booking.book` takes the
slot (the database's unique constraint still decides a race), `_confirm` drafts the confirmation with its
`.ics`, `_change` frees the slot and drafts fresh slots with a cancelling `.ics`. Only the choice of slot
comes from a person instead of a parsed reply.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.config import Settings
from intake.errors import ShownError
from intake.scheduling.availability import Candidate, as_utc, list_candidates
from intake.scheduling.booking import (
    ReplyContext,
    SlotTaken,
    _cancellation_ics,
    _change,
    _confirm,
    active_interview,
    book,
)
from intake.scheduling.holds import OPEN, _busy_intervals, _overlaps, _slot_for, _take_hold, latest_proposals
from intake.scheduling.invitation import attach_to_outgoing
from intake.scheduling.replies import Choice
from intake.store.audit import record_audit
from intake.store.models import (
    Application,
    InterviewSlot,
    Message,
    OutgoingMessage,
    SlotProposal,
    case_token_for,
)

# How long a slot chosen by hand stays held while the booking is written: the same transaction, really.
_HAND_HOLD = timedelta(hours=1)
_LOCAL = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})[ T](\d{1,2})[:h](\d{2})\s*$")


class ManualBookingError(ShownError):
    """The slot or the case does not allow it; the text is one French line for the coordinator."""


def find_case(session: Session, reference: str) -> Application:
    """A case by its token (PP-000012, pp-12) or its number."""
    text = reference.strip().upper()
    match = re.fullmatch(r"PP-?(\d+)", text)
    tokens = [text, case_token_for(int(match.group(1)))] if match else [text]
    application = session.scalar(select(Application).where(Application.case_token.in_(tokens)))
    if application is None and text.isdigit():
        application = session.get(Application, int(text))
    if application is None:
        raise ManualBookingError(f"dossier « {reference.strip()} » introuvable (exemple : PP-000012)")
    return application


def free_slots(
    session: Session, application: Application | None, settings: Settings, *, now: datetime
) -> list[Candidate]:
    """Slots nobody has booked or holds (the case's own holds count as free for it), in time order."""
    own = application.id if application is not None else -1
    busy = _busy_intervals(session, own, now=now, settings=settings)
    taken = {start for start, _since, _to in busy}
    return [
        c for c in list_candidates(settings, now=now) if c.starts_at not in taken and not _overlaps(c, busy)
    ]


def resolve_slot(
    session: Session, application: Application, slot: str, settings: Settings, *, now: datetime
) -> datetime:
    """A slot given by hand: « AAAA-MM-JJ HH:MM » in the programme's time, or n° N of the last proposal."""
    text = slot.strip()
    if text.isdigit():
        offered = latest_proposals(session, application.id)
        proposal = next((p for p in offered if p.position == int(text)), None)
        if proposal is None:
            raise ManualBookingError(
                f"aucun créneau n° {text} dans la dernière proposition du dossier {application.case_token}"
            )
        row = session.get(InterviewSlot, proposal.slot_id)
        assert row is not None
        return as_utc(row.starts_at)
    match = _LOCAL.match(text)
    if match is None:
        raise ManualBookingError(f"créneau « {text} » illisible : écrivez AAAA-MM-JJ HH:MM ou un numéro")
    wall = datetime.fromisoformat(f"{match.group(1)} {int(match.group(2)):02d}:{match.group(3)}")
    return wall.replace(tzinfo=ZoneInfo(settings.programme.timezone)).astimezone(ZoneInfo("UTC"))


def book_by_hand(
    session: Session,
    application: Application,
    starts_at: datetime,
    settings: Settings,
    *,
    now: datetime,
    actor: str,
) -> OutgoingMessage:
    """Book (or move the interview to) the slot starting at `starts_at`; return the confirmation draft."""
    candidate = next(
        (c for c in free_slots(session, application, settings, now=now) if c.starts_at == starts_at), None
    )
    if candidate is None:
        raise ManualBookingError("ce créneau n'est pas libre (hors des plages, passé, réservé ou retenu)")
    current = active_interview(session, application.id)
    if current is not None and current.slot_id is not None:
        held = session.get(InterviewSlot, current.slot_id)
        if held is not None and as_utc(held.starts_at) == starts_at:
            raise ManualBookingError("l'entretien est déjà à ce créneau")
    slot = _slot_for(session, candidate)
    if not _take_hold(session, slot, application.id, now=now, until=now + _HAND_HOLD):
        raise ManualBookingError("ce créneau vient d'être pris")
    proposal = SlotProposal(
        application_id=application.id,
        slot_id=slot.id,
        position=1,
        created_at=now,
        expires_at=now + _HAND_HOLD,
        status=OPEN,
    )
    session.add(proposal)
    session.flush()
    replaced_ics = _cancellation_ics(session, application, current, settings, now=now)
    try:
        interview = book(session, application, 1, now=now, proposals=[proposal])
    except SlotTaken:
        raise ManualBookingError("ce créneau vient d'être pris") from None
    slot.held_for_application_id = None
    slot.hold_expires_at = None
    reply_to = _latest_message(session, application)
    outgoing = _confirm(session, application, interview, settings, now=now, reply_to=reply_to)
    if replaced_ics is not None:
        attach_to_outgoing(session, outgoing, replaced_ics, filename="entretien-annule.ics", method="CANCEL")
    record_audit(
        session,
        actor,
        "interview_moved_by_hand" if current is not None else "interview_booked_by_hand",
        "application",
        application.id,
        {"interview": interview.id, "starts_at": starts_at.isoformat(), "draft": outgoing.id},
        at=now,
    )
    return outgoing


def cancel_by_hand(
    session: Session, application: Application, settings: Settings, *, now: datetime, actor: str
) -> OutgoingMessage:
    """Cancel the booked interview, as a reply asking to cancel would: the slot is freed and a draft
    offers fresh slots with a cancelling `.ics`."""
    current = active_interview(session, application.id)
    if current is None:
        raise ManualBookingError(f"aucun entretien réservé pour le dossier {application.case_token}")
    reply_to = _latest_message(session, application)
    outcome = _change(ReplyContext(session, application, Choice("cancel"), settings, now, reply_to), current)
    assert outcome.outgoing_id is not None
    record_audit(
        session,
        actor,
        "interview_cancelled_by_hand",
        "application",
        application.id,
        {"interview": current.id},
        at=now,
    )
    draft = session.get(OutgoingMessage, outcome.outgoing_id)
    assert draft is not None
    return draft


def _latest_message(session: Session, application: Application) -> Message | None:
    return session.scalar(
        select(Message)
        .where(Message.application_id == application.id, Message.status != "quarantined")
        .order_by(Message.id.desc())
        .limit(1)
    )
