"""The Monday-morning digest for the coordinator: drafts waiting, interviews this week, quiet participants."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from intake.config import Settings
from intake.replies.render import render_email, sent_alone
from intake.store.db import Store, last_heard_from
from intake.store.models import (
    Applicant,
    Application,
    Interview,
    InterviewSlot,
    JobState,
    OutgoingMessage,
    Participant,
    ReminderSent,
)

# A participant with no message from them for this long is listed as "without news".
QUIET_FOR = timedelta(days=21)


def queue_weekly_digest(store: Store, settings: Settings, *, now: datetime) -> bool:
    """Queue this week's digest once (keyed on the Monday); return whether one was queued."""
    tz = ZoneInfo(settings.programme.timezone)
    local = now.astimezone(tz)
    monday = (local - timedelta(days=local.weekday())).replace(hour=0, minute=0, second=0, microsecond=0)
    week_end = monday + timedelta(days=7)
    try:
        with store.session() as session:
            session.add(ReminderSent(kind="digest", target="coordination", due_at=monday, sent_at=now))
            session.flush()
            drafts = session.scalar(select(func.count()).where(OutgoingMessage.status == "draft")) or 0
            interviews = _interviews(session, monday, week_end)
            quiet = _quiet_participants(session, now)
            context = {
                "drafts": drafts,
                "interviews": interviews,
                "quiet": quiet,
                "problems": _problems(session),
                "calendar_warning": _calendar_warning(session, settings, now),
                "week_label": monday.strftime("%d/%m/%Y"),
                "programme_name": settings.programme.name,
                "timezone": settings.programme.timezone,
            }
            rendered = render_email("digest", context, "fr")
            address = settings.programme.coordinator_address or settings.programme.address
            session.add(rendered.as_outgoing("digest", address, settings.programme.domain, **sent_alone(now)))
    except IntegrityError:
        return False  # this week's digest is already queued
    return True


def _calendar_warning(session: Session, settings: Settings, now: datetime) -> str:
    from intake.scheduling.capacity import calendar_warning

    return calendar_warning(session, settings, now=now)


def _interviews(session: Session, start: datetime, end: datetime) -> list[dict[str, Any]]:
    rows = session.execute(
        select(InterviewSlot.starts_at, Applicant.first_name, Applicant.last_name)
        .join(Interview, Interview.slot_id == InterviewSlot.id)
        .join(Application, Application.id == Interview.application_id)
        .join(Applicant, Applicant.id == Application.applicant_id)
        .where(InterviewSlot.starts_at >= start, InterviewSlot.starts_at < end, Interview.status == "booked")
        .order_by(InterviewSlot.starts_at)
    ).all()
    return [{"starts_at": at, "name": _name(first, last)} for at, first, last in rows]


def _quiet_participants(session: Session, now: datetime) -> list[str]:
    """Active participants from whom no message has arrived for QUIET_FOR."""
    last_heard = last_heard_from()
    rows = session.execute(
        select(Applicant.first_name, Applicant.last_name, last_heard.c.at)
        .join(Participant, Participant.applicant_id == Applicant.id)
        .join(last_heard, last_heard.c.applicant_id == Applicant.id, isouter=True)
        .where(Participant.status == "active", Applicant.erased_at.is_(None))
        .order_by(Applicant.last_name)
    ).all()
    cutoff = now - QUIET_FOR
    return [_name(first, last) for first, last, heard in rows if heard is None or heard < cutoff]


def _problems(session: Session) -> list[str]:
    """The last error of each job in trouble (a revoked mailbox authorisation, an unreachable server): the
    coordinator may not look at `propulse status`, but reads this."""
    jobs = session.scalars(select(JobState).where(JobState.healthy.is_(False)).order_by(JobState.name))
    return [job.last_error for job in jobs if job.last_error]


def _name(first: str | None, last: str | None) -> str:
    return " ".join(part for part in (first, last) if part) or "(sans nom)"
