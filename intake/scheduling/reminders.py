"""The reminder the day before an interview: automatic, exactly once, and never after the interview.

What is due is computed from the store and the clock, so a reminder that fell due while the service was
down is found on restart: sent if the interview is still ahead, recorded as skipped (with a log line) if
not. The unique (kind, target, due_at) key of `reminders_sent` makes "once" a database fact, even with
two processes. The email is approved at once unless `interviews.reminder_needs_approval` is set.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.config import Settings
from intake.replies.drafts import (
    MAX_REFERENCES,
    base_context,
    clean_message_id,
    language_of,
    programme_domain,
    thread_references,
)
from intake.replies.render import render_email, sent_alone
from intake.scheduling.availability import as_utc
from intake.store.db import Store, record_each_once
from intake.store.models import Application, Interview, InterviewSlot, Message, OutgoingMessage, ReminderSent

log = logging.getLogger(__name__)

KIND = "interview_eve"
TEMPLATE = "interview_reminder"
# How far back to look for reminders that fell due while the service was down.
LOOKBACK = timedelta(days=7)


@dataclass(frozen=True)
class DueInterviewReminder:
    interview_id: int
    application_id: int
    starts_at: datetime
    due_at: datetime

    @property
    def target(self) -> str:
        return f"interview:{self.interview_id}"


def reminder_due_at(starts_at: datetime, settings: Settings) -> datetime:
    """`reminder_hour` (local time) on the local day before the interview, in UTC."""
    tz = ZoneInfo(settings.programme.timezone)
    eve = as_utc(starts_at).astimezone(tz).date() - timedelta(days=1)
    return datetime.combine(eve, time(settings.interviews.reminder_hour), tz).astimezone(UTC)


def due_interview_reminders(
    session: Session, settings: Settings, *, now: datetime
) -> list[DueInterviewReminder]:
    """Booked interviews whose reminder time has come and that have no reminder recorded yet."""
    rows = session.execute(
        select(Interview.id, Interview.application_id, InterviewSlot.starts_at, Interview.created_at)
        .join(InterviewSlot, InterviewSlot.id == Interview.slot_id)
        .where(
            Interview.status == "booked",
            InterviewSlot.starts_at > now - LOOKBACK,
            InterviewSlot.starts_at <= now + timedelta(days=2),
        )
    ).all()
    done = {
        (target, due)
        for target, due in session.execute(
            select(ReminderSent.target, ReminderSent.due_at).where(ReminderSent.kind == KIND)
        )
    }
    due_list = []
    for interview_id, application_id, starts_at, created_at in rows:
        due = reminder_due_at(starts_at, settings)
        # Booked after the reminder time (a late booking): the confirmation is reminder enough.
        if due > now or as_utc(created_at) > due:
            continue
        reminder = DueInterviewReminder(interview_id, application_id, as_utc(starts_at), due)
        if (reminder.target, due) not in done:
            due_list.append(reminder)
    return due_list


def send_interview_reminders(store: Store, settings: Settings, *, now: datetime) -> int:
    """Queue each due reminder once (approved, or a draft if the config asks); return how many."""
    with store.session() as session:
        due = due_interview_reminders(session, settings, now=now)
    return record_each_once(store, due, lambda session, reminder: _queue(session, settings, reminder, now))


def _queue(session: Session, settings: Settings, reminder: DueInterviewReminder, now: datetime) -> int:
    record = ReminderSent(kind=KIND, target=reminder.target, due_at=reminder.due_at)
    session.add(record)
    session.flush()  # the unique key is checked here, before any email exists
    if now >= reminder.starts_at:
        # WARNING: the service runs without -v; a reminder nobody received must show in its journal.
        log.warning(
            "rappel d'entretien %s ignoré : l'entretien du %s est passé",
            reminder.target,
            reminder.starts_at.isoformat(),
        )
        return 0
    application = session.get(Application, reminder.application_id)
    assert application is not None
    applicant = application.applicant
    if applicant.address_failing or applicant.erased_at is not None:
        log.info("rappel d'entretien %s ignoré : adresse inutilisable", reminder.target)
        return 0
    context = {**base_context(application, settings, None), "interview_at": reminder.starts_at}
    rendered = render_email(TEMPLATE, context, language_of(application))
    approval = settings.interviews.reminder_needs_approval
    status = {"status": "draft", "automatic": True} if approval else sent_alone(now)
    outgoing = rendered.as_outgoing(
        TEMPLATE,
        applicant.email,
        programme_domain(settings),
        application_id=application.id,
        created_at=now,
        **status,
        # In the case's conversation, under the confirmation the applicant has in their mailbox.
        **_thread_of(session, application),
    )
    session.add(outgoing)
    session.flush()
    record.sent_at = now
    record.outgoing_id = outgoing.id
    return 1


def _thread_of(session: Session, application: Application) -> dict[str, str | None]:
    """In-Reply-To and References for a reminder: the last email we sent in the case, else theirs."""
    sent = session.scalar(
        select(OutgoingMessage)
        .where(
            OutgoingMessage.application_id == application.id,
            OutgoingMessage.status == "sent",
            OutgoingMessage.automatic.is_(False),
        )
        .order_by(OutgoingMessage.sent_at.desc(), OutgoingMessage.id.desc())
        .limit(1)
    )
    if sent is not None:
        chain = [*(sent.references or "").split(), sent.message_id][-MAX_REFERENCES:]
        return {"in_reply_to": sent.message_id, "references": " ".join(chain)}
    latest = session.scalar(
        select(Message)
        .where(Message.application_id == application.id, Message.status != "quarantined")
        .order_by(Message.id.desc())
        .limit(1)
    )
    if latest is None:
        return {"in_reply_to": None, "references": None}
    return {"in_reply_to": clean_message_id(latest.message_id), "references": thread_references(latest)}
