"""Cohorts, admission and the waitlist.

A cohort has a fixed number of places (6 to 12). Active and placed participants hold a place; a place
offered to a waitlisted person is held for them until they take it or decline. Admission never jumps the
queue: while anyone waits, a newly admitted person waits behind them. A freed place is never given away
automatically: it becomes a draft offer that the coordinator approves.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from intake import lifecycle
from intake.config import Settings
from intake.followup import FollowUpError
from intake.replies.render import format_day
from intake.store.audit import record_audit
from intake.store.models import (
    OUTGOING_IN_FLIGHT,
    OUTGOING_WAITING,
    Applicant,
    Application,
    Cohort,
    OutgoingMessage,
    OutgoingStatus,
    Participant,
)

MIN_CAPACITY = 6
MAX_CAPACITY = 12
ACTIVE = "active"
WAITLISTED = "waitlisted"
LEFT = "left"
PLACED = "placed"
HOLDING_A_PLACE = (ACTIVE, PLACED)
OFFER_TEMPLATE = "place_offer"
# Offers in these states still hold the place (a retry too); a discarded draft gives it back.
LIVE_OFFER = OUTGOING_WAITING | OUTGOING_IN_FLIGHT | {OutgoingStatus.SENT, OutgoingStatus.FAILED}
# An interview outcome may already have moved the case to admitted or waitlisted: admission then only
# gives it a cohort.
ADMISSIBLE = (lifecycle.INTERVIEWED, lifecycle.WAITLISTED, lifecycle.ADMITTED)
STATUS_FR = {ACTIVE: "en parcours", WAITLISTED: "en liste d'attente", LEFT: "parti·e", PLACED: "en emploi"}


@dataclass(frozen=True)
class CohortSummary:
    cohort: Cohort
    holding: int
    waitlisted: int

    @property
    def free(self) -> int:
        return max(0, self.cohort.capacity - self.holding)


def create_cohort(
    session: Session,
    name: str,
    start_date: date,
    *,
    settings: Settings,
    capacity: int | None = None,
    end_date: date | None = None,
) -> Cohort:
    name = " ".join(name.split())
    if not name:
        raise FollowUpError("une promotion doit avoir un nom")
    size = settings.follow_up.default_cohort_capacity if capacity is None else capacity
    if not MIN_CAPACITY <= size <= MAX_CAPACITY:
        raise FollowUpError(
            f"capacité {size} refusée : une promotion compte de {MIN_CAPACITY} à {MAX_CAPACITY} places"
        )
    if end_date is not None and end_date < start_date:
        raise FollowUpError("la date de fin précède la date de début")
    if session.scalar(select(Cohort.id).where(Cohort.name == name)) is not None:
        raise FollowUpError(f"la promotion « {name} » existe déjà")
    cohort = Cohort(name=name, start_date=start_date, end_date=end_date, capacity=size)
    session.add(cohort)
    session.flush()
    record_audit(session, "coordination", "cohort_created", "cohort", cohort.id, {"capacity": size})
    return cohort


def find_cohort(session: Session, name: str) -> Cohort:
    cohort = session.scalar(select(Cohort).where(Cohort.name == " ".join(name.split())))
    if cohort is None:
        raise FollowUpError(f"promotion « {name} » introuvable")
    return cohort


def summarise_cohorts(session: Session) -> list[CohortSummary]:
    holding = func.sum(case((Participant.status.in_(HOLDING_A_PLACE), 1), else_=0))
    waiting = func.sum(case((Participant.status == WAITLISTED, 1), else_=0))
    rows = session.execute(
        select(Cohort, func.coalesce(holding, 0), func.coalesce(waiting, 0))
        .outerjoin(Participant, Participant.cohort_id == Cohort.id)
        .group_by(Cohort.id)
        .order_by(Cohort.start_date, Cohort.name)
    ).all()
    return [CohortSummary(cohort, int(h), int(w)) for cohort, h, w in rows]


def admit(session: Session, application: Application, cohort: Cohort, *, on: date) -> Participant:
    """Make an interviewed applicant a participant, or put them at the end of the waitlist."""
    if application.status not in ADMISSIBLE:
        raise FollowUpError(
            f"dossier {application.case_token} : seul un dossier après entretien peut être admis "
            f"(état actuel : {application.status})"
        )
    current = session.scalar(
        select(Participant).where(
            Participant.applicant_id == application.applicant_id, Participant.status.in_((ACTIVE, WAITLISTED))
        )
    )
    if current is not None:
        raise FollowUpError(
            f"dossier {application.case_token} : cette personne est déjà inscrite dans une promotion"
        )
    participant = Participant(
        applicant_id=application.applicant_id, application_id=application.id, cohort_id=cohort.id
    )
    if _places_taken(session, cohort) >= cohort.capacity or _waitlist(session, cohort):
        participant.status = WAITLISTED
        participant.waitlist_position = _next_position(session, cohort)
        # An admitted case waiting for a place stays admitted: the waitlist is the cohort's, not the case's.
        if lifecycle.can_move(application.status, lifecycle.WAITLISTED):
            application.status = lifecycle.WAITLISTED
    else:
        participant.status = ACTIVE
        participant.entered_on = max(on, cohort.start_date)
        if application.status != lifecycle.ADMITTED:
            application.status = lifecycle.check_move(application.status, lifecycle.ADMITTED)
    session.add(participant)
    session.flush()
    record_audit(
        session,
        "coordination",
        "participant_admitted",
        "participant",
        participant.id,
        {"cohort": cohort.id, "status": participant.status, "application": application.id},
    )
    return participant


def take_place(session: Session, participant: Participant, *, on: date) -> Participant:
    """A waitlisted person accepts a place: they become active if a place is free or was offered to them."""
    if participant.status != WAITLISTED:
        raise FollowUpError("seule une personne en liste d'attente peut prendre une place")
    cohort = _cohort_of(session, participant)
    if _places_taken(session, cohort) >= cohort.capacity:
        raise FollowUpError(f"la promotion « {cohort.name} » est complète")
    offered = _offered_ids(session, cohort)
    first_free = [p.id for p in _waitlist(session, cohort) if p.id not in offered]
    free_for_others = cohort.capacity - _places_taken(session, cohort) - len(offered)
    if participant.id not in offered and (
        free_for_others <= 0 or participant.id not in first_free[:free_for_others]
    ):
        raise FollowUpError("cette place est réservée à une personne placée avant dans la liste d'attente")
    participant.status = ACTIVE
    participant.waitlist_position = None
    participant.entered_on = max(on, cohort.start_date)
    application = _application_of(session, participant)
    if application is not None and application.status != lifecycle.ADMITTED:
        application.status = lifecycle.check_move(application.status, lifecycle.ADMITTED)
    session.flush()
    record_audit(session, "coordination", "place_taken", "participant", participant.id, {"cohort": cohort.id})
    return participant


def leave(
    session: Session, participant: Participant, reason: str, *, on: date, settings: Settings
) -> list[OutgoingMessage]:
    """Record a departure (from the cohort or the waitlist); free places become draft offers, in order."""
    reason = " ".join(reason.split())
    if not reason:
        raise FollowUpError("indiquez la raison du départ")
    if participant.status == LEFT:
        raise FollowUpError("cette personne a déjà quitté le programme")
    participant.status = LEFT
    participant.left_on = on
    participant.left_reason = reason
    participant.waitlist_position = None
    application = _application_of(session, participant)
    if application is not None and lifecycle.can_move(application.status, lifecycle.WITHDRAWN):
        application.status = lifecycle.WITHDRAWN
    session.flush()
    record_audit(
        session, "coordination", "participant_left", "participant", participant.id, {"reason": reason}
    )
    return offer_free_places(session, _cohort_of(session, participant), settings=settings)


def offer_free_places(session: Session, cohort: Cohort, *, settings: Settings) -> list[OutgoingMessage]:
    """One draft offer per free place, to the first waitlisted people who have no offer yet."""
    offered = _offered_ids(session, cohort)
    free = cohort.capacity - _places_taken(session, cohort) - len(offered)
    drafts: list[OutgoingMessage] = []
    for person in _waitlist(session, cohort):
        if len(drafts) >= free:
            break
        if person.id in offered:
            continue
        drafts.append(_draft_offer(session, person, cohort, settings))
    return drafts


def waitlist(session: Session, cohort: Cohort) -> list[Participant]:
    """The waitlist in order: the first person is offered the next free place."""
    return _waitlist(session, cohort)


def _draft_offer(
    session: Session, person: Participant, cohort: Cohort, settings: Settings
) -> OutgoingMessage:
    from intake.replies.render import render_email

    applicant = session.get(Applicant, person.applicant_id)
    assert applicant is not None
    application = _application_of(session, person)
    language = applicant.language if applicant.language in ("fr", "en") else "fr"
    context = {
        "first_name": applicant.first_name,
        "cohort_name": cohort.name,
        "start_date": format_day(cohort.start_date, language),
        "case_token": application.case_token if application else "",
        "programme_name": settings.programme.name,
        "programme_address": settings.programme.address,
        "timezone": settings.programme.timezone,
    }
    rendered = render_email(OFFER_TEMPLATE, context, language)
    draft = rendered.as_outgoing(
        OFFER_TEMPLATE,
        applicant.email,
        settings.programme.domain,
        application_id=person.application_id,
        status="draft",
        automatic=False,
    )
    session.add(draft)
    session.flush()
    record_audit(
        session,
        "coordination",
        "draft_created",
        "outgoing_message",
        draft.id,
        {"template": OFFER_TEMPLATE, "participant": person.id, "cohort": cohort.id},
    )
    return draft


def _places_taken(session: Session, cohort: Cohort) -> int:
    return (
        session.scalar(
            select(func.count(Participant.id)).where(
                Participant.cohort_id == cohort.id, Participant.status.in_(HOLDING_A_PLACE)
            )
        )
        or 0
    )


def _waitlist(session: Session, cohort: Cohort) -> list[Participant]:
    return list(
        session.scalars(
            select(Participant)
            .where(Participant.cohort_id == cohort.id, Participant.status == WAITLISTED)
            .order_by(Participant.waitlist_position, Participant.id)
        )
    )


def _next_position(session: Session, cohort: Cohort) -> int:
    last = session.scalar(
        select(func.max(Participant.waitlist_position)).where(Participant.cohort_id == cohort.id)
    )
    return (last or 0) + 1


def _offered_ids(session: Session, cohort: Cohort) -> set[int]:
    """Waitlisted people holding a live offer (a draft, approved or sent place_offer)."""
    rows = session.scalars(
        select(Participant.id)
        .join(OutgoingMessage, OutgoingMessage.application_id == Participant.application_id)
        .where(
            Participant.cohort_id == cohort.id,
            Participant.status == WAITLISTED,
            OutgoingMessage.template == OFFER_TEMPLATE,
            OutgoingMessage.status.in_(LIVE_OFFER),
        )
    )
    return set(rows)


def _cohort_of(session: Session, participant: Participant) -> Cohort:
    cohort = session.get(Cohort, participant.cohort_id)
    assert cohort is not None, "participants.cohort_id is a foreign key"
    return cohort


def _application_of(session: Session, participant: Participant) -> Application | None:
    return session.get(Application, participant.application_id) if participant.application_id else None
