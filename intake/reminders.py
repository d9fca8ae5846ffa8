"""Participants' automatic reminders: the evening before each coaching day, and a check-in every two weeks.

What is due is computed from the store and the clock, never remembered by the scheduler: a reminder that
fell due while the service was down is still found on restart. Each one is recorded in `reminders_sent`
under a unique (kind, target, due time) key, so it is sent at most once even if two processes try. One
that is no longer useful (the coaching day has begun, the check-in is days late) is recorded as skipped,
with a log line, and not sent.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.clock import utcnow
from intake.config import Settings
from intake.replies.render import render_email, sent_alone
from intake.scheduling.reminders import LOOKBACK
from intake.store.db import Store, record_each_once
from intake.store.models import Applicant, CoachingSession, Participant, ReminderSent

log = logging.getLogger(__name__)

# How long after its due time a late check-in is still worth sending.
CHECKIN_USEFUL_FOR = timedelta(days=3)


@dataclass(frozen=True)
class DueReminder:
    kind: str
    target: str
    due_at: datetime
    useful_until: datetime
    participant_id: int
    template: str
    context: dict[str, Any] = field(default_factory=dict)


def find_due_reminders(session: Session, settings: Settings, *, now: datetime) -> list[DueReminder]:
    """Every participant reminder whose time has come (useful or not any more), not yet recorded."""
    candidates = [*_coaching_eves(session, settings, now), *_checkins(session, settings, now)]
    rows = session.execute(select(ReminderSent.kind, ReminderSent.target, ReminderSent.due_at)).all()
    done = set(rows)  # aware datetimes compare as instants, whatever their zone
    return [r for r in candidates if (r.kind, r.target, r.due_at) not in done]


def send_participant_reminders(store: Store, settings: Settings, *, now: datetime | None = None) -> int:
    """Queue the due reminders for sending (automatic mail: no approval); return how many were queued."""
    moment = now or utcnow()
    with store.session() as session:
        due = find_due_reminders(session, settings, now=moment)
    return record_each_once(store, due, lambda session, reminder: _queue(session, settings, reminder, moment))


def _queue(session: Session, settings: Settings, reminder: DueReminder, now: datetime) -> int:
    record = ReminderSent(kind=reminder.kind, target=reminder.target, due_at=reminder.due_at)
    session.add(record)
    session.flush()  # the unique key is checked here, before any email exists
    if now >= reminder.useful_until:
        # WARNING: the service runs without -v; a reminder nobody received must show in its journal.
        log.warning(
            "rappel %s pour %s ignoré : plus utile depuis %s",
            reminder.kind,
            reminder.target,
            reminder.useful_until.isoformat(),
        )
        return 0
    participant = session.get(Participant, reminder.participant_id)
    assert participant is not None
    applicant = session.get(Applicant, participant.applicant_id)
    assert applicant is not None
    if applicant.address_failing or applicant.erased_at is not None:
        log.info("rappel %s pour %s ignoré : adresse inutilisable", reminder.kind, reminder.target)
        return 0
    context = {
        "first_name": applicant.first_name,
        "programme_name": settings.programme.name,
        "programme_address": settings.programme.address,
        "timezone": settings.programme.timezone,
        **reminder.context,
    }
    starts = reminder.context.get("starts_at")
    if isinstance(starts, datetime):
        # Sent late, on the morning of the day itself, the reminder says «aujourd'hui», not «demain».
        tz = ZoneInfo(settings.programme.timezone)
        context["same_day"] = starts.astimezone(tz).date() == now.astimezone(tz).date()
    rendered = render_email(reminder.template, context, applicant.language)
    outgoing = rendered.as_outgoing(
        reminder.template,
        applicant.email,
        settings.programme.domain,
        application_id=participant.application_id,
        **sent_alone(now),
    )
    session.add(outgoing)
    session.flush()
    record.sent_at = now
    record.outgoing_id = outgoing.id
    return 1


def _coaching_eves(session: Session, settings: Settings, now: datetime) -> Iterator[DueReminder]:
    tz = ZoneInfo(settings.programme.timezone)
    sessions = session.scalars(
        select(CoachingSession).where(
            CoachingSession.starts_at > now - LOOKBACK, CoachingSession.starts_at <= now + timedelta(days=2)
        )
    )
    for coaching in sessions:
        starts = coaching.starts_at
        eve: date = starts.astimezone(tz).date() - timedelta(days=1)
        due = datetime.combine(eve, time(settings.follow_up.coaching_reminder_hour), tz)
        if due > now:
            continue
        participants = session.scalars(
            select(Participant).where(
                Participant.cohort_id == coaching.cohort_id, Participant.status == "active"
            )
        )
        for participant in participants:
            yield DueReminder(
                kind="coaching_eve",
                target=f"participant:{participant.id}:session:{coaching.id}",
                due_at=due.astimezone(ZoneInfo("UTC")),
                useful_until=starts,
                participant_id=participant.id,
                template="coaching_eve",
                context={
                    "starts_at": starts,
                    "kind": coaching.kind,
                    "topic": coaching.topic,
                    "place": coaching.place or settings.follow_up.coaching_place,
                },
            )


def _checkins(session: Session, settings: Settings, now: datetime) -> Iterator[DueReminder]:
    tz = ZoneInfo(settings.programme.timezone)
    every = timedelta(days=settings.follow_up.checkin_every_days)
    participants = session.scalars(
        select(Participant).where(Participant.status == "active", Participant.entered_on.is_not(None))
    )
    for participant in participants:
        assert participant.entered_on is not None
        first = datetime.combine(participant.entered_on, time(10), tz) + every
        if first > now:
            continue
        # Only the latest check-in that fell due counts: older missed ones are not worth sending.
        periods = int((now - first) / every)
        due = first + periods * every
        yield DueReminder(
            kind="checkin",
            target=f"participant:{participant.id}",
            due_at=due.astimezone(ZoneInfo("UTC")),
            useful_until=due + CHECKIN_USEFUL_FOR,
            participant_id=participant.id,
            template="checkin",
        )
