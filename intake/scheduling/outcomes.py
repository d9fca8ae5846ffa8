"""The coordinator's side of interviews: the agenda of upcoming ones, day by day, and their outcome."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake import lifecycle
from intake.config import Settings
from intake.errors import ShownError
from intake.scheduling.availability import as_utc, local_time
from intake.store.audit import record_audit
from intake.store.models import Applicant, Application, Interview, InterviewSlot

OUTCOMES: Final = {
    "admitted": lifecycle.ADMITTED,
    "waitlisted": lifecycle.WAITLISTED,
    "declined": lifecycle.DECLINED,
}
OUTCOME_FR: Final = {"admitted": "admis·e", "waitlisted": "liste d'attente", "declined": "non retenu·e"}


class OutcomeRefused(ShownError, ValueError):
    """The outcome cannot be recorded; the message is one line for a person."""


@dataclass(frozen=True)
class AgendaItem:
    interview_id: int
    starts_at: datetime
    ends_at: datetime
    name: str
    case_token: str
    # Over: its outcome can be recorded (not before, so no outcome is ever guessed in advance).
    past: bool = False


@dataclass(frozen=True)
class AgendaDay:
    day: date
    items: list[AgendaItem]


def list_upcoming(
    session: Session, settings: Settings, *, now: datetime, days: int = 15, unrecorded_days: int = 0
) -> list[AgendaDay]:
    """Booked interviews from now to `days` ahead, grouped by local day (also for the web UI); with
    `unrecorded_days`, also those of the last days whose outcome is still to be recorded."""
    rows = session.execute(
        select(Interview, InterviewSlot, Application, Applicant)
        .join(InterviewSlot, InterviewSlot.id == Interview.slot_id)
        .join(Application, Application.id == Interview.application_id)
        .join(Applicant, Applicant.id == Application.applicant_id)
        .where(
            Interview.status == "booked",
            InterviewSlot.ends_at > now - timedelta(days=unrecorded_days),
            InterviewSlot.starts_at <= now + timedelta(days=days),
        )
        .order_by(InterviewSlot.starts_at)
    ).all()
    agenda: dict[date, list[AgendaItem]] = {}
    for interview, slot, application, applicant in rows:
        starts = local_time(slot.starts_at, settings)
        name = " ".join(p for p in (applicant.first_name, applicant.last_name) if p) or "(sans nom)"
        agenda.setdefault(starts.date(), []).append(
            AgendaItem(
                interview.id,
                starts,
                local_time(slot.ends_at, settings),
                name,
                application.case_token,
                past=as_utc(slot.starts_at) <= now,
            )
        )
    return [AgendaDay(day, items) for day, items in agenda.items()]


def record_outcome(
    session: Session, interview_id: int, outcome: str, *, actor: str, now: datetime
) -> Interview:
    """Close the interview with its outcome and move the case on (interviewed, then the outcome)."""
    if outcome not in OUTCOMES:
        raise OutcomeRefused(f"issue inconnue « {outcome} » (possibles : {', '.join(OUTCOMES)})")
    interview = session.get(Interview, interview_id)
    if interview is None:
        raise OutcomeRefused(f"aucun entretien n° {interview_id}")
    if interview.status == "cancelled":
        raise OutcomeRefused(f"l'entretien n° {interview_id} a été annulé")
    slot = session.get(InterviewSlot, interview.slot_id) if interview.slot_id else None
    if slot is not None and as_utc(slot.starts_at) > now:
        raise OutcomeRefused(
            f"l'entretien n° {interview_id} n'a pas encore eu lieu : son issue se note après"
        )
    application = session.get(Application, interview.application_id)
    assert application is not None
    status = application.status
    if status == lifecycle.INTERVIEW_BOOKED:
        status = lifecycle.check_move(status, lifecycle.INTERVIEWED)
    try:
        application.status = lifecycle.check_move(status, OUTCOMES[outcome])
    except lifecycle.TransitionRefused as exc:
        raise OutcomeRefused(f"dossier {application.case_token} : {exc}") from None
    interview.status = "done"
    interview.outcome = outcome
    record_audit(
        session,
        actor,
        "interview_outcome",
        "application",
        application.id,
        {
            "interview": interview.id,
            "outcome": outcome,
            "starts_at": as_utc(slot.starts_at).isoformat() if slot else None,
        },
        at=now,
    )
    return interview
