"""Coaching days: sessions generated from the weekly pattern, edited by hand, attendance and notes.

The programme coaches two days a week: discovery visits, meetings with people from the sector, and
job-search coaching (strategy, application review, mock interviews, personal development). The pattern
is written in local time (`mardi 09:30-17:00`, optionally followed by the kind of day); sessions are
stored in UTC and French public holidays are skipped.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import holidays
from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.clock import utcnow
from intake.config import Settings
from intake.followup import FollowUpError
from intake.store.models import Attendance, CoachingSession, Cohort, FollowUpNote, Participant
from intake.weekly import WeeklyRange, parse_weekly_range

KINDS = ("Coaching recherche d'emploi", "Visite découverte", "Rencontre avec des professionnel·les")
TOPICS = (
    "Stratégie de recherche",
    "Relecture des candidatures",
    "Simulation d'entretien",
    "Développement personnel",
)
DEFAULT_KIND = KINDS[0]


class CoachingDay(WeeklyRange):
    """A day of the weekly coaching pattern: the words after its hours name the kind of day."""

    @property
    def kind(self) -> str:
        return self.rest or DEFAULT_KIND


def parse_pattern(entry: str) -> CoachingDay:
    """`mardi 09:30-17:00` or `jeudi 09:30-17:00 Visite découverte` → CoachingDay."""
    found = parse_weekly_range(
        entry, key="follow_up.coaching_pattern", example="mardi 09:30-17:00", error=FollowUpError
    )
    return CoachingDay(found.weekday, found.start, found.end, found.rest)


def generate_sessions(
    session: Session, cohort: Cohort, *, start: date, end: date, settings: Settings
) -> list[CoachingSession]:
    """One session per coaching day of the pattern between `start` and `end` (included); idempotent."""
    if end < start:
        raise FollowUpError("la date de fin précède la date de début")
    days = [parse_pattern(p) for p in settings.follow_up.coaching_pattern]
    zone = ZoneInfo(settings.programme.timezone)
    closed = holidays.country_holidays("FR", years=range(start.year, end.year + 1))
    existing = {
        s
        for s in session.scalars(
            select(CoachingSession.starts_at).where(CoachingSession.cohort_id == cohort.id)
        )
    }
    created = []
    day = start
    while day <= end:
        for pattern in days:
            if day.weekday() != pattern.weekday or day in closed:
                continue
            starts_at = datetime.combine(day, pattern.start, zone).astimezone(UTC)
            if starts_at in existing:
                continue
            coaching = CoachingSession(
                cohort_id=cohort.id,
                starts_at=starts_at,
                kind=pattern.kind,
                topic=None,
                place=settings.follow_up.coaching_place,
            )
            session.add(coaching)
            created.append(coaching)
        day += timedelta(days=1)
    session.flush()
    return created


def edit_session(
    session: Session,
    coaching_id: int,
    *,
    starts_at: datetime | None = None,
    kind: str | None = None,
    topic: str | None = None,
    place: str | None = None,
) -> CoachingSession:
    coaching = session.get(CoachingSession, coaching_id)
    if coaching is None:
        raise FollowUpError(f"séance n° {coaching_id} introuvable")
    if starts_at is not None:
        if starts_at.tzinfo is None:
            raise FollowUpError("l'heure de la séance doit préciser son fuseau")
        coaching.starts_at = starts_at.astimezone(UTC)
    if kind is not None:
        if not kind.strip():
            raise FollowUpError("le type de séance ne peut pas être vide")
        coaching.kind = kind.strip()[:64]
    if topic is not None:
        coaching.topic = topic.strip() or None
    if place is not None:
        coaching.place = place.strip() or None
    session.flush()
    return coaching


def record_attendance(
    session: Session,
    coaching: CoachingSession,
    participant: Participant,
    *,
    present: bool,
    note: str | None = None,
) -> Attendance:
    """Present or absent, once per participant and session: recording again corrects the first entry."""
    if participant.cohort_id != coaching.cohort_id:
        raise FollowUpError("cette personne ne fait pas partie de la promotion de cette séance")
    row = session.scalar(
        select(Attendance).where(
            Attendance.session_id == coaching.id, Attendance.participant_id == participant.id
        )
    )
    if row is None:
        row = Attendance(session_id=coaching.id, participant_id=participant.id, present=present)
        session.add(row)
    row.present = present
    row.note = (note or "").strip() or None
    session.flush()
    return row


def add_note(session: Session, participant: Participant, *, author: str, text: str) -> FollowUpNote:
    """A one-to-one follow-up note on a participant."""
    if not text.strip():
        raise FollowUpError("une note de suivi ne peut pas être vide")
    note = FollowUpNote(participant_id=participant.id, author=author, text=text.strip(), at=utcnow())
    session.add(note)
    session.flush()
    return note


def sessions_of(session: Session, cohort: Cohort) -> list[CoachingSession]:
    return list(
        session.scalars(
            select(CoachingSession)
            .where(CoachingSession.cohort_id == cohort.id)
            .order_by(CoachingSession.starts_at)
        )
    )
