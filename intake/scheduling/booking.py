"""Booking an interview from the applicant's reply, and what follows: confirmation, new proposal, or a
draft for the coordinator.

A booking is one INSERT into `interviews`, whose slot_id is UNIQUE: when two applicants answer for the
same slot at the same moment, in two threads or two processes, the database lets exactly one row in. The
other gets SlotTaken and a fresh proposal. Every email here is a draft the coordinator approves.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake import lifecycle
from intake.config import Settings
from intake.replies.drafts import ACTOR, language_of
from intake.scheduling.atomic import insert_unless_taken, table_of
from intake.scheduling.availability import as_utc
from intake.scheduling.holds import (
    BOOKED,
    RELEASED,
    as_proposed_slots,
    attach_proposals,
    describe_proposals,
    is_held_for_another,
    latest_proposals,
    proposals_answered,
    propose_slots,
    release_open_proposals,
)
from intake.scheduling.invitation import attach_to_outgoing, make_ics
from intake.scheduling.mail import create_draft
from intake.scheduling.replies import Choice, read_slot_choice
from intake.store.audit import flag_case, record_audit
from intake.store.models import (
    Application,
    Interview,
    InterviewSlot,
    Message,
    OutgoingMessage,
    SlotProposal,
)

log = logging.getLogger(__name__)

ACTIVE = "booked"
CANCELLED = "cancelled"

OutcomeKind = Literal[
    "booked", "already_booked", "slot_taken", "ask_coordinator", "rescheduled", "cancelled", "flagged"
]


class SlotTaken(Exception):
    """The slot chosen is no longer free (booked by someone else, held for someone else, or past)."""


class NoSuchSlot(LookupError):
    """The position is not among the slots offered in the application's latest proposal."""


@dataclass(frozen=True)
class SchedulingOutcome:
    kind: OutcomeKind
    choice: Choice
    interview_id: int | None = None
    outgoing_id: int | None = None
    proposal_ids: list[int] = field(default_factory=list)


def book(
    session: Session,
    application: Application,
    position: int,
    *,
    now: datetime,
    proposals: list[SlotProposal] | None = None,
) -> Interview:
    """Book slot `position` of `proposals` (default: the latest offered to the application); SlotTaken
    when the slot is no longer free — in the end, when the database's unique constraint says so."""
    offered = latest_proposals(session, application.id) if proposals is None else proposals
    proposal = next((p for p in offered if p.position == position), None)
    if proposal is None:
        raise NoSuchSlot(
            f"aucun créneau n° {position} n'a été proposé pour le dossier {application.case_token}"
        )
    slot = session.get(InterviewSlot, proposal.slot_id)
    assert slot is not None
    current = active_interview(session, application.id)
    if current is not None and current.slot_id == slot.id:
        return current  # the same answer twice books nothing more
    if as_utc(slot.starts_at) <= now or is_held_for_another(slot, application.id, now=now):
        raise SlotTaken(f"créneau n° {position} indisponible")
    new_id = insert_unless_taken(
        session,
        table_of(Interview),
        {
            "application_id": application.id,
            "slot_id": slot.id,
            "status": ACTIVE,
            "created_at": now,
        },
    )
    if new_id is None:
        proposal.status = RELEASED
        raise SlotTaken(f"créneau n° {position} déjà réservé")
    proposal.status = BOOKED
    release_open_proposals(session, application.id)
    if current is not None:
        cancel_interview(session, current, now=now, reason="remplacé par un autre créneau")
    _move(application, lifecycle.INTERVIEW_BOOKED)
    log.info("entretien réservé : dossier %s, %s", application.case_token, as_utc(slot.starts_at).isoformat())
    interview = session.get(Interview, new_id)
    assert interview is not None
    record_audit(
        session,
        ACTOR,
        "interview_booked",
        "application",
        application.id,
        {"interview": interview.id, "starts_at": as_utc(slot.starts_at).isoformat()},
        at=now,
    )
    return interview


def cancel_interview(
    session: Session, interview: Interview, *, now: datetime, reason: str
) -> datetime | None:
    """Free the interview's slot for others; return when it was. The time stays in the audit log."""
    slot = session.get(InterviewSlot, interview.slot_id) if interview.slot_id is not None else None
    starts = as_utc(slot.starts_at) if slot is not None else None
    interview.status = CANCELLED
    # slot_id is UNIQUE: clearing it is what lets another applicant book the slot.
    interview.slot_id = None
    record_audit(
        session,
        ACTOR,
        "interview_cancelled",
        "application",
        interview.application_id,
        {
            "interview": interview.id,
            "reason": reason,
            "starts_at": starts.isoformat() if starts else None,
        },
        at=now,
    )
    session.flush()
    return starts


def active_interview(session: Session, application_id: int) -> Interview | None:
    return session.scalar(
        select(Interview)
        .where(Interview.application_id == application_id, Interview.status == ACTIVE)
        .order_by(Interview.id.desc())
        .limit(1)
    )


@dataclass(frozen=True)
class ReplyContext:
    """A reply in a case with slots offered or an interview booked: what each way of answering needs."""

    session: Session
    application: Application
    choice: Choice
    settings: Settings
    now: datetime
    reply_to: Message | None


def handle_scheduling_reply(
    session: Session,
    application: Application,
    reply_text: str,
    settings: Settings,
    *,
    now: datetime,
    reply_to: Message | None = None,
) -> SchedulingOutcome:
    """Act on a reply in a case that was offered slots or has an interview booked.

    Book → a confirmation draft with its .ics; slot taken → a fresh proposal; reschedule or cancel → the
    slot is freed and a fresh proposal drafted; anything unclear → a draft quoting the applicant, with
    fresh slots (or, once an interview is booked, only a flag on the case for the coordinator).
    """
    proposals = proposals_answered(session, application.id, reply_to)
    choice = read_slot_choice(
        reply_text, as_proposed_slots(session, proposals, settings), language=language_of(application)
    )
    current = active_interview(session, application.id)
    ctx = ReplyContext(session, application, choice, settings, now, reply_to)
    if choice.kind == "book" and choice.position is not None:
        return _book_choice(ctx, choice.position, proposals, current)
    if choice.kind in ("reschedule", "cancel"):
        return _change(ctx, current)
    if current is not None or choice.reason == "withdrawal":
        quote = f"Réponse à lire (rendez-vous) : « {choice.quote[:300]} »"
        _flag(session, application, now, quote, reply_to=reply_to)
        return SchedulingOutcome("flagged", choice, interview_id=current.id if current else None)
    avoid = [p.slot_id for p in proposals] if choice.reason == "none_fits" else []
    return _offer_again(
        ctx, reason="", avoid=avoid, kind="ask_coordinator", template="interview_ask_coordinator"
    )


def _book_choice(
    ctx: ReplyContext, position: int, proposals: list[SlotProposal], current: Interview | None
) -> SchedulingOutcome:
    """The applicant chose slot n° `position`: book it and draft the confirmation (or offer again)."""
    session, application, choice, now = ctx.session, ctx.application, ctx.choice, ctx.now
    chosen = next(p for p in proposals if p.position == position)
    if current is not None and current.slot_id == chosen.slot_id and choice.wants_change:
        return _change(ctx, current)
    # Made before booking, which frees the old slot: the applicant's calendar must drop the old entry.
    replaced_ics = _cancellation_ics(session, application, current, ctx.settings, now=now)
    try:
        interview = book(session, application, position, now=now, proposals=proposals)
    except SlotTaken:
        log.info(
            "dossier %s : créneau n° %s déjà pris, nouvelle proposition", application.case_token, position
        )
        return _offer_again(ctx, reason="taken", avoid=[chosen.slot_id], kind="slot_taken")
    if current is not None and interview.id == current.id:
        # "Merci, à jeudi !" about the slot already booked: nothing new to confirm.
        if choice.question:
            question = f"Question sur le rendez-vous : « {choice.quote[:300]} »"
            _flag(session, application, now, question, reply_to=ctx.reply_to)
        return SchedulingOutcome("already_booked", choice, interview_id=interview.id)
    outgoing = _confirm(session, application, interview, ctx.settings, now=now, reply_to=ctx.reply_to)
    if replaced_ics is not None:
        attach_to_outgoing(session, outgoing, replaced_ics, filename="entretien-annule.ics", method="CANCEL")
    if choice.question:
        warning = "La réponse contient une question : relisez la confirmation avant de l'approuver."
        _flag(session, application, now, warning)
    return SchedulingOutcome("booked", choice, interview_id=interview.id, outgoing_id=outgoing.id)


def draft_proposal(
    session: Session,
    application: Application,
    settings: Settings,
    *,
    now: datetime,
    reply_to: Message | None = None,
) -> OutgoingMessage:
    """A draft offering fresh slots (the `interview_proposal` email), for a case that needs them anew."""
    ctx = ReplyContext(session, application, Choice("ask_coordinator"), settings, now, reply_to)
    outcome = _offer_again(ctx, reason="", avoid=[], kind="ask_coordinator")
    draft = session.get(OutgoingMessage, outcome.outgoing_id)
    assert draft is not None
    return draft


def _change(ctx: ReplyContext, current: Interview | None) -> SchedulingOutcome:
    session, application, choice, now = ctx.session, ctx.application, ctx.choice, ctx.now
    previous_at = None
    previous_slot = current.slot_id if current is not None else None
    cancel_ics = _cancellation_ics(session, application, current, ctx.settings, now=now)
    if current is not None:
        previous_at = cancel_interview(
            session, current, now=now, reason=f"demande de l'intéressé·e ({choice.kind})"
        )
        _move(application, lifecycle.INTERVIEW_PROPOSED)
    kind: OutcomeKind = "cancelled" if choice.kind == "cancel" else "rescheduled"
    avoid = [previous_slot] if previous_slot else []
    outcome = _offer_again(
        ctx, reason=choice.kind, avoid=avoid, kind=kind, extra={"previous_at": previous_at}
    )
    if cancel_ics is not None and outcome.outgoing_id is not None:
        outgoing = session.get(OutgoingMessage, outcome.outgoing_id)
        assert outgoing is not None
        attach_to_outgoing(session, outgoing, cancel_ics, filename="entretien-annule.ics", method="CANCEL")
    return SchedulingOutcome(
        kind,
        choice,
        interview_id=current.id if current else None,
        outgoing_id=outcome.outgoing_id,
        proposal_ids=outcome.proposal_ids,
    )


def _offer_again(
    ctx: ReplyContext,
    *,
    reason: str,
    avoid: list[int],
    kind: OutcomeKind,
    template: str = "interview_proposal",
    extra: dict[str, Any] | None = None,
) -> SchedulingOutcome:
    session, application, choice, settings = ctx.session, ctx.application, ctx.choice, ctx.settings
    prefer = _preference(choice)
    # A draft: the slots are held when the coordinator approves it (approval.approve_draft).
    proposals = propose_slots(
        session, application, settings, now=ctx.now, avoid_slot_ids=avoid, prefer=prefer, hold=False
    )
    context = {
        "slots": describe_proposals(session, proposals, settings, language_of(application)),
        "reason": reason,
        "their_words": choice.quote,
        "previous_at": None,
        **(extra or {}),
    }
    outgoing = create_draft(
        session,
        application,
        template,
        context,
        settings,
        now=ctx.now,
        reply_to=ctx.reply_to,
        details={"scheduling": kind, "reading": choice.reason or choice.kind},
    )
    attach_proposals(proposals, outgoing)
    return SchedulingOutcome(kind, choice, outgoing_id=outgoing.id, proposal_ids=[p.id for p in proposals])


def _cancellation_ics(
    session: Session,
    application: Application,
    interview: Interview | None,
    settings: Settings,
    *,
    now: datetime,
) -> bytes | None:
    slot = session.get(InterviewSlot, interview.slot_id) if interview and interview.slot_id else None
    if interview is None or slot is None:
        return None
    return make_ics(
        interview, slot, settings, attendee=application.applicant.email, method="CANCEL", now=now, sequence=1
    )


def _confirm(
    session: Session,
    application: Application,
    interview: Interview,
    settings: Settings,
    *,
    now: datetime,
    reply_to: Message | None,
) -> OutgoingMessage:
    slot = session.get(InterviewSlot, interview.slot_id)
    assert slot is not None
    context = {"interview_at": as_utc(slot.starts_at)}
    outgoing = create_draft(
        session,
        application,
        "interview_confirmation",
        context,
        settings,
        now=now,
        reply_to=reply_to,
        details={"scheduling": "booked", "interview": interview.id},
    )
    ics = make_ics(interview, slot, settings, attendee=application.applicant.email, now=now)
    attach_to_outgoing(session, outgoing, ics)
    return outgoing


def _preference(choice: Choice) -> Any:
    if not choice.weekdays and choice.period is None:
        return None
    bounds = {"morning": (0, 12), "afternoon": (12, 24), "evening": (17, 24), None: (0, 24)}[choice.period]

    def wanted(local: datetime) -> bool:
        day_ok = not choice.weekdays or local.weekday() in choice.weekdays
        return day_ok and bounds[0] <= local.hour < bounds[1]

    return wanted


def _flag(
    session: Session,
    application: Application,
    now: datetime,
    message: str,
    *,
    reply_to: Message | None = None,
) -> None:
    """A note on the case for the coordinator; the reply it is about shows in the «à traiter» messages."""
    message_pk = reply_to.id if reply_to is not None else None
    flag_case(session, ACTOR, application.id, "scheduling_reply", message, at=now, message_pk=message_pk)


def _move(application: Application, target: str) -> None:
    """Move the case on if the lifecycle allows it, through interview_proposed when that is the way:
    a reply re-assesses the case (status "assessed") before its scheduling part is read."""
    current = application.status
    if current == target:
        return
    via_proposed = lifecycle.can_move(current, lifecycle.INTERVIEW_PROPOSED) and lifecycle.can_move(
        lifecycle.INTERVIEW_PROPOSED, target
    )
    if lifecycle.can_move(current, target) or via_proposed:
        application.status = target
