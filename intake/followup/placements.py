"""A participant's job: when, where, which contract, and whether it fits them.

Whether the job matches the person's values, wishes and skills is the coordinator's judgement; the
participant's own view is kept beside it when they give one. Days to placement count from the day they
entered the programme.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from intake.followup import FollowUpError
from intake.store.audit import record_audit
from intake.store.models import Applicant, Application, Participant, Placement

CONTRACTS = ("CDI", "CDD", "other")
_CONTRACT_WORDS = {"cdi": "CDI", "cdd": "CDD", "other": "other", "autre": "other"}
CONTRACT_FR = {"CDI": "CDI", "CDD": "CDD", "other": "autre"}


def find_participant(session: Session, key: str) -> Participant:
    """The latest participation of a case (`PP-12`) or of an address."""
    key = key.strip()
    found = session.scalar(
        select(Participant)
        .join(Applicant, Applicant.id == Participant.applicant_id)
        .outerjoin(Application, Application.id == Participant.application_id)
        .where(or_(Application.case_token == key, Applicant.email_normalised == key.lower()))
        .order_by(Participant.id.desc())
        .limit(1)
    )
    if found is None:
        raise FollowUpError(f"aucun·e participant·e pour « {key} » (numéro de dossier PP-… ou adresse)")
    return found


def normalise_contract(value: str) -> str:
    contract = _CONTRACT_WORDS.get(value.strip().lower())
    if contract is None:
        raise FollowUpError(f"type de contrat « {value} » inconnu : CDI, CDD ou autre")
    return contract


def record_placement(
    session: Session,
    participant: Participant,
    *,
    placed_on: date,
    employer: str,
    job_title: str,
    contract_type: str,
    employer_is_ess: bool | None,
    matches_values: bool | None,
    matches_wishes: bool | None,
    matches_skills: bool | None,
    participant_view: str | None = None,
    actor: str = "coordination",
) -> Placement:
    if participant.entered_on is None:
        raise FollowUpError("cette personne n'est pas encore entrée dans le programme (liste d'attente)")
    if placed_on < participant.entered_on:
        raise FollowUpError(
            f"la date d'embauche ({placed_on:%d/%m/%Y}) précède l'entrée dans le programme "
            f"({participant.entered_on:%d/%m/%Y})"
        )
    employer, job_title = " ".join(employer.split()), " ".join(job_title.split())
    if not employer or not job_title:
        raise FollowUpError("indiquez l'employeur et l'intitulé du poste")
    placement = Placement(
        participant_id=participant.id,
        placed_on=placed_on,
        employer=employer[:300],
        job_title=job_title[:300],
        contract_type=normalise_contract(contract_type),
        employer_is_ess=employer_is_ess,
        matches_values=matches_values,
        matches_wishes=matches_wishes,
        matches_skills=matches_skills,
        participant_view=(participant_view or "").strip() or None,
    )
    session.add(placement)
    participant.status = "placed"
    session.flush()
    record_audit(
        session,
        actor,
        "placement_recorded",
        "participant",
        participant.id,
        {"placement": placement.id, "contract": placement.contract_type},
    )
    return placement


def days_to_placement(placement: Placement, participant: Participant) -> int | None:
    if participant.entered_on is None:
        return None
    return (placement.placed_on - participant.entered_on).days
