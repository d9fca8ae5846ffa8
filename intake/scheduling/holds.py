"""Proposing interview slots, and holding them so that no two applicants are offered the same one.

A slot offered to an applicant is held for their application until they answer or the hold expires
(`interviews.hold_days`); a periodic job releases expired holds. Taking a hold is one conditional UPDATE,
so two processes proposing at the same moment cannot both hold the same slot.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import and_, exists, func, inspect, or_, select, update
from sqlalchemy.orm import Session, make_transient_to_detached

from intake import lifecycle
from intake.config import Settings
from intake.scheduling.atomic import insert_unless_taken, table_of
from intake.scheduling.availability import Candidate, as_utc, label_slot, list_candidates
from intake.store.db import created_here
from intake.store.models import Application, Interview, InterviewSlot, Message, OutgoingMessage, SlotProposal

OPEN = "open"
BOOKED = "booked"
RELEASED = "released"
# How many slots an email offers when the calendar allows; fewer is worth a warning to the coordinator.
PROMISED_SLOTS = 3


@dataclass(frozen=True)
class ProposedSlot:
    """One numbered slot as the applicant saw it: what their reply is read against."""

    position: int
    starts_at: datetime
    timezone: str = "Europe/Paris"


def propose_slots(
    session: Session,
    application: Application,
    settings: Settings,
    *,
    now: datetime,
    count: int = PROMISED_SLOTS,
    avoid_slot_ids: Iterable[int] = (),
    prefer: Callable[[datetime], bool] | None = None,
    hold: bool = True,
) -> list[SlotProposal]:
    """Hold up to `count` free slots on different days for the application and return them, numbered.

    Its earlier open proposals are released first: a new email supersedes them. `prefer` (local start
    time → bool) puts the slots the applicant asked for first; fewer than `count` come back when the
    calendar is full, none when it is empty.

    With `hold=False` (a draft the coordinator has not approved yet) the slots are only pencilled in:
    nothing is held until `hold_for_approval`, and slots pencilled in other waiting drafts come last, so
    a pile of drafts neither empties the calendar nor all offers the same three slots.
    """
    opened_here = created_here(session, application)
    if not opened_here:  # a case opened just now has no earlier proposal
        release_open_proposals(session, application.id)
    expires = now + timedelta(days=settings.interviews.hold_days)
    # What waits to be written for a case opened just now (its message, its assessment) is nothing the
    # calendar's reads look at: it goes out with the draft, in one flush, instead of before the first read.
    with session.no_autoflush if opened_here and not hold else contextlib.nullcontext():
        candidates = _ordered_candidates(session, application.id, settings, now=now, prefer=prefer, hold=hold)
        busy = _busy_intervals(session, application.id, now=now, settings=settings)
        pick = _Pick(application.id, count, set(avoid_slot_ids), hold, now, expires)
        chosen = _choose_slots(session, pick, candidates, busy)
    proposals = [
        SlotProposal(
            application_id=application.id,
            slot=slot,
            slot_id=slot.id,
            position=n,
            created_at=now,
            expires_at=expires,
            status=OPEN,
        )
        for n, slot in enumerate(sorted(chosen, key=lambda s: as_utc(s.starts_at)), start=1)
    ]
    session.add_all(proposals)
    if hold:
        session.flush()
    # else: only pencilled in, they are written with the draft that offers them (`attach_proposals`).
    if proposals and lifecycle.can_move(application.status, lifecycle.INTERVIEW_PROPOSED):
        application.status = lifecycle.INTERVIEW_PROPOSED
    return proposals


@dataclass(frozen=True)
class _Pick:
    """What one proposal asks of the calendar."""

    application_id: int
    count: int
    avoid: set[int]
    hold: bool
    now: datetime
    expires: datetime


def _ordered_candidates(
    session: Session,
    application_id: int,
    settings: Settings,
    *,
    now: datetime,
    prefer: Callable[[datetime], bool] | None,
    hold: bool,
) -> list[Candidate]:
    """The calendar's slots in the order they are offered: the preferred ones first, then (for a draft)
    the ones not already pencilled in another waiting draft, each group in time order."""
    candidates = list_candidates(settings, now=now)
    if prefer is not None:
        tz = ZoneInfo(settings.programme.timezone)
        local = {c: c.starts_at.astimezone(tz) for c in candidates}
        candidates.sort(key=lambda c: (not prefer(local[c]), c.starts_at))
    if not hold:
        pencilled = _pencilled_starts(session, application_id)
        candidates.sort(key=lambda c: c.starts_at in pencilled)  # stable: time order within each group
    return candidates


def _choose_slots(
    session: Session,
    pick: _Pick,
    candidates: list[Candidate],
    busy: list[tuple[datetime, datetime, datetime]],
) -> list[InterviewSlot]:
    """Up to `pick.count` slots on different days, each free (and held, with `pick.hold`)."""
    taken = {start for start, _since, _to in busy}
    known = _slots_at(session, _likely_choices(pick.count, candidates, busy, taken))
    chosen: list[InterviewSlot] = []
    days_used: set[date] = set()
    for candidate in candidates:
        if len(chosen) == pick.count:
            break
        if candidate.day in days_used or _overlaps(candidate, busy):
            continue
        if candidate.starts_at in taken:
            # Booked or held for another now: the hold check would refuse it. Skipping it saves two
            # statements per taken slot, which a burst of applications otherwise pays for each proposal.
            # A slot only pencilled in (no hold) needs no other check: `taken` already says it is free,
            # and its approval takes the hold, which checks again.
            continue
        slot = known.get(candidate.starts_at) or _slot_for(session, candidate)
        if slot.id in pick.avoid:
            continue
        if pick.hold and not _take_hold(session, slot, pick.application_id, now=pick.now, until=pick.expires):
            continue
        chosen.append(slot)
        days_used.add(candidate.day)
    return chosen


def _likely_choices(
    count: int,
    candidates: list[Candidate],
    busy: list[tuple[datetime, datetime, datetime]],
    taken: set[datetime],
) -> list[datetime]:
    """The start times `_choose_slots` will pick unless a hold is refused: their rows are read at once."""
    starts: list[datetime] = []
    days: set[date] = set()
    for candidate in candidates:
        if len(starts) == count:
            break
        if candidate.day in days or candidate.starts_at in taken or _overlaps(candidate, busy):
            continue
        starts.append(candidate.starts_at)
        days.add(candidate.day)
    return starts


def _slots_at(session: Session, starts: list[datetime]) -> dict[datetime, InterviewSlot]:
    """The slot rows already there for these start times, in one statement (none for a single one: its own
    read in `_slot_for` costs the same)."""
    if len(starts) < 2:
        return {}
    rows = session.scalars(select(InterviewSlot).where(InterviewSlot.starts_at.in_(starts)))
    return {as_utc(slot.starts_at): slot for slot in rows}


def attach_proposals(proposals: Iterable[SlotProposal], outgoing: OutgoingMessage) -> None:
    """Tie the proposals to the email that offers them: replies are read against that email's numbers."""
    for proposal in proposals:
        proposal.outgoing = outgoing


def describe_proposals(
    session: Session, proposals: Iterable[SlotProposal], settings: Settings, language: str = "fr"
) -> list[dict[str, object]]:
    """What the email templates show: `{"number": 1, "starts_at": …, "label": "mardi 1er décembre…"}`."""
    ordered = sorted(proposals, key=lambda p: p.position)
    # Proposals read from the store: one read for all their slots, not one per proposal. Those made just
    # now carry their slot already.
    # The read fills the session's identity map, where `proposal.slot` then finds them without a query.
    wanted = {p.slot_id for p in ordered if "slot" not in inspect(p).dict}
    found = session.scalars(select(InterviewSlot).where(InterviewSlot.id.in_(wanted))).all() if wanted else []
    described = []
    for proposal in ordered:
        starts = as_utc(proposal.slot.starts_at)
        described.append(
            {
                "number": proposal.position,
                "starts_at": starts,
                "label": label_slot(starts, settings, language),
            }
        )
    del found  # kept until here: the identity map holds its objects weakly
    return described


def latest_proposals(session: Session, application_id: int) -> list[SlotProposal]:
    """The slots offered in the application's most recent proposal email (its thread's current numbers)."""
    newest = session.scalar(
        select(SlotProposal)
        .where(SlotProposal.application_id == application_id)
        .order_by(SlotProposal.created_at.desc(), SlotProposal.id.desc())
        .limit(1)
    )
    if newest is None:
        return []
    same_batch = (
        SlotProposal.outgoing_id == newest.outgoing_id
        if newest.outgoing_id is not None
        else and_(SlotProposal.outgoing_id.is_(None), SlotProposal.created_at == newest.created_at)
    )
    return list(
        session.scalars(
            select(SlotProposal)
            .where(SlotProposal.application_id == application_id, same_batch)
            .order_by(SlotProposal.position)
        )
    )


def proposals_answered(session: Session, application_id: int, reply_to: Message | None) -> list[SlotProposal]:
    """The slots of the email the applicant answered (by In-Reply-To / References), else the latest ones:
    «le 2» means n° 2 of the email they are looking at, even if a newer one was sent meanwhile."""
    ids = [i for i in [reply_to.in_reply_to, *(reply_to.references or "").split()] if i] if reply_to else []
    if ids:
        outgoing_id = session.scalar(
            select(func.max(SlotProposal.outgoing_id))
            .join(OutgoingMessage, OutgoingMessage.id == SlotProposal.outgoing_id)
            .where(SlotProposal.application_id == application_id, OutgoingMessage.message_id.in_(ids))
        )
        if outgoing_id is not None:
            return list(
                session.scalars(
                    select(SlotProposal)
                    .where(SlotProposal.outgoing_id == outgoing_id)
                    .order_by(SlotProposal.position)
                )
            )
    return latest_proposals(session, application_id)


def as_proposed_slots(
    session: Session, proposals: Iterable[SlotProposal], settings: Settings
) -> list[ProposedSlot]:
    slots = []
    for proposal in proposals:
        slot = session.get(InterviewSlot, proposal.slot_id)
        assert slot is not None
        slots.append(ProposedSlot(proposal.position, as_utc(slot.starts_at), settings.programme.timezone))
    return slots


def release_open_proposals(session: Session, application_id: int, *, keep_slot_id: int | None = None) -> None:
    """Withdraw the application's open proposals and the holds behind them (except `keep_slot_id`)."""
    session.execute(
        update(SlotProposal)
        .where(SlotProposal.application_id == application_id, SlotProposal.status == OPEN)
        .values(status=RELEASED)
    )
    held = update(InterviewSlot).where(InterviewSlot.held_for_application_id == application_id)
    if keep_slot_id is not None:
        held = held.where(InterviewSlot.id != keep_slot_id)
    session.execute(held.values(held_for_application_id=None, hold_expires_at=None))


def hold_for_approval(
    session: Session, outgoing: OutgoingMessage, settings: Settings, *, now: datetime
) -> bool:
    """Hold the slots an approved email offers, for `hold_days` from now; False if one of them went
    (booked or held for someone else since the draft was written): the proposal must be made again."""
    proposals = list(session.scalars(select(SlotProposal).where(SlotProposal.outgoing_id == outgoing.id)))
    until = now + timedelta(days=settings.interviews.hold_days)
    for proposal in proposals:
        if proposal.status != OPEN:
            return False  # released while the draft waited (expired, or booked elsewhere)
        slot = session.get(InterviewSlot, proposal.slot_id)
        assert slot is not None
        if as_utc(slot.starts_at) <= now or not _take_hold(
            session, slot, proposal.application_id, now=now, until=until
        ):
            return False
        proposal.expires_at = until
    return True


def release_proposals_of(session: Session, outgoing_ids: Iterable[int]) -> None:
    """A draft set aside (discarded, or replaced by a newer one) gives its slots back at once."""
    ids = list(outgoing_ids)
    if not ids:
        return
    proposals = list(
        session.scalars(
            select(SlotProposal).where(SlotProposal.outgoing_id.in_(ids), SlotProposal.status == OPEN)
        )
    )
    for proposal in proposals:
        proposal.status = RELEASED
        session.execute(
            update(InterviewSlot)
            .where(
                InterviewSlot.id == proposal.slot_id,
                InterviewSlot.held_for_application_id == proposal.application_id,
            )
            .values(held_for_application_id=None, hold_expires_at=None)
        )
    session.flush()


def offered_count(session: Session, outgoing_id: int) -> int:
    return len(list(session.scalars(select(SlotProposal.id).where(SlotProposal.outgoing_id == outgoing_id))))


def release_expired_holds(session: Session, *, now: datetime) -> int:
    """Free the slots whose hold has run out; return how many were freed."""
    session.execute(
        update(SlotProposal)
        .where(SlotProposal.status == OPEN, SlotProposal.expires_at <= now)
        .values(status=RELEASED)
    )
    result = session.execute(
        update(InterviewSlot)
        .where(InterviewSlot.held_for_application_id.is_not(None), InterviewSlot.hold_expires_at <= now)
        .values(held_for_application_id=None, hold_expires_at=None)
    )
    return int(getattr(result, "rowcount", 0) or 0)


def is_held_for_another(slot: InterviewSlot, application_id: int, *, now: datetime) -> bool:
    if slot.held_for_application_id in (None, application_id) or slot.hold_expires_at is None:
        return False
    return as_utc(slot.hold_expires_at) > now


def _pencilled_starts(session: Session, application_id: int) -> set[datetime]:
    """Start times offered in other applicants' drafts still waiting for approval."""
    # Distinct: a pile of waiting drafts offers the same few start times over and over.
    rows = session.scalars(
        select(InterviewSlot.starts_at)
        .distinct()
        .join(SlotProposal, SlotProposal.slot_id == InterviewSlot.id)
        .join(OutgoingMessage, OutgoingMessage.id == SlotProposal.outgoing_id)
        .where(
            SlotProposal.status == OPEN,
            SlotProposal.application_id != application_id,
            OutgoingMessage.status == "draft",
        )
    )
    return {as_utc(start) for start in rows}


def _slot_for(session: Session, candidate: Candidate) -> InterviewSlot:
    """The slot row for this start time, created if needed (by whichever process gets there first)."""
    # Read first: most start times have their row already (a burst of drafts offers the same few days).
    slot = _slot_at(session, candidate.starts_at)
    if slot is not None:
        return slot
    values = {"starts_at": candidate.starts_at, "ends_at": candidate.ends_at}
    created = insert_unless_taken(session, table_of(InterviewSlot), values)
    if created is None:  # another process created it meanwhile
        slot = _slot_at(session, candidate.starts_at)
        assert slot is not None
        return slot
    # Written just now with these values and no hold: known without reading it back.
    new = InterviewSlot(id=created, held_for_application_id=None, hold_expires_at=None, **values)
    make_transient_to_detached(new)
    session.add(new)
    return new


def _slot_at(session: Session, starts_at: datetime) -> InterviewSlot | None:
    return session.scalar(select(InterviewSlot).where(InterviewSlot.starts_at == starts_at))


def _take_hold(
    session: Session, slot: InterviewSlot, application_id: int, *, now: datetime, until: datetime
) -> bool:
    """Hold the slot unless it is booked or held by someone else; one statement, so it is atomic."""
    booked = exists().where(Interview.slot_id == InterviewSlot.id)
    result = session.execute(
        update(InterviewSlot)
        .where(
            InterviewSlot.id == slot.id,
            ~booked,
            or_(
                InterviewSlot.held_for_application_id.is_(None),
                InterviewSlot.held_for_application_id == application_id,
                InterviewSlot.hold_expires_at <= now,
            ),
        )
        .values(held_for_application_id=application_id, hold_expires_at=until)
        .execution_options(synchronize_session=False)
    )
    taken = int(getattr(result, "rowcount", 0) or 0) == 1
    if taken:
        session.refresh(slot)
    return taken


def _busy_intervals(
    session: Session, application_id: int, *, now: datetime, settings: Settings
) -> list[tuple[datetime, datetime, datetime]]:
    """(start, from, to) of booked or held-for-others slots, widened by the buffer, so that a slot of a
    changed window never overlaps them."""
    buffer = timedelta(minutes=settings.interviews.buffer_minutes)
    booked = exists().where(Interview.slot_id == InterviewSlot.id)
    held = and_(
        InterviewSlot.held_for_application_id.is_not(None),
        InterviewSlot.held_for_application_id != application_id,
        InterviewSlot.hold_expires_at > now,
    )
    rows = session.execute(
        select(InterviewSlot.starts_at, InterviewSlot.ends_at).where(
            InterviewSlot.ends_at > now, or_(booked, held)
        )
    )
    return [(as_utc(start), as_utc(start) - buffer, as_utc(end) + buffer) for start, end in rows]


def _overlaps(candidate: Candidate, busy: list[tuple[datetime, datetime, datetime]]) -> bool:
    # The candidate's own slot row is left to the hold check, which also knows about expired holds.
    return any(
        start != candidate.starts_at and candidate.starts_at < to and since < candidate.ends_at
        for start, since, to in busy
    )
