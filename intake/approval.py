"""The coordinator's approval queue: what the web UI and the `propulse drafts` commands both call.

Nothing here sends mail. Approving only marks a draft "approved"; the outbox sends approved rows. Every
change a person makes (edit, approval, discard, override) is written to the audit log in the same
transaction as the change itself, so the log can never disagree with the records.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.case_facts import CaseFacts, Education, Person, Situation, from_json
from intake.clock import as_utc, utcnow
from intake.config import Settings
from intake.eligibility import MET, NOT_MET, UNKNOWN, load_criteria
from intake.release import release_request
from intake.replies.decisions import (
    DRAFT,
    ApprovalError,
    NotADraft,
    decide_draft,
    get_outgoing,
    mark_approved,
    require_draft,
    update_draft,
)
from intake.replies.drafts import (
    HELD_TEMPLATE,
    TEMPLATE_FOR_VERDICT,
    current_verdict,
    draft_for_application,
)
from intake.store.audit import record_audit
from intake.store.models import (
    OUTGOING_STATUS_FR,
    Applicant,
    Application,
    AuditEntry,
    CriterionOverride,
    Message,
    OutgoingMessage,
)

UNDELIVERED = ("approved", "sending", "retry", "failed")
OVERRIDE_STATUSES = (MET, NOT_MET, UNKNOWN)
MAX_SUBJECT = 300
MAX_BODY = 50_000

STATUS_FR = OUTGOING_STATUS_FR
# What kind of email a draft is, so the queue tells a proposal from a re-ask or a refusal.
TEMPLATE_FR = {
    "acknowledgement": "éligible : accusé de réception et créneaux",
    "missing_information": "informations manquantes",
    "refusal": "réponse négative",
    "interview_proposal": "proposition de créneaux",
    "interview_ask_coordinator": "réponse à lire : nouveaux créneaux",
    "interview_confirmation": "confirmation d'entretien",
    "interview_reminder": "rappel d'entretien",
    "waitlist": "liste d'attente",
    "place_offer": "proposition de place",
    "programme_information": "réponse à une question sur le programme",
    "held_request": "demande à valider (expéditeur non vérifié ou transfert)",
}
CRITERION_STATUS_FR = {MET: "rempli", NOT_MET: "non rempli", UNKNOWN: "à vérifier"}
ACTION_FR = {
    "draft_created": "brouillon préparé",
    "draft_edited": "brouillon modifié",
    "draft_approved": "envoi approuvé",
    "draft_discarded": "brouillon écarté",
    "criterion_overridden": "critère corrigé",
    "request_held": "demande mise en attente (expéditeur non vérifié ou transfert)",
    "request_released": "demande appliquée par la coordination",
    "draft_redone": "brouillon refait (créneau plus libre)",
}
SITUATION_FR = {
    "studying": "en études",
    "internship": "en stage",
    "service_civique": "en service civique",
    "career_change": "en reconversion",
    "employed": "en emploi",
    "seeking": "en recherche d'emploi",
}


class InvalidOverride(ApprovalError):
    pass


class InvalidEdit(ApprovalError):
    pass


@dataclass(frozen=True)
class QueueItem:
    id: int
    application_id: int | None
    case_token: str
    applicant_name: str
    to_addr: str
    subject: str
    template: str
    created_at: datetime
    verdict: str
    # One line of the extracted details (diploma, graduation, situation) and the criteria to look at.
    summary: str
    open_points: tuple[str, ...]
    # What to look at before approving (fewer slots than promised, a slot another draft offers too).
    warning: str = ""


@dataclass(frozen=True)
class OutboxItem:
    id: int
    applicant_name: str
    subject: str
    status: str
    approved_by: str | None
    approved_at: datetime | None
    next_attempt_at: datetime | None
    last_error: str | None


@dataclass
class Case:
    """One draft with everything the coordinator needs beside it to decide."""

    draft: OutgoingMessage
    application: Application | None
    applicant: Applicant | None
    details: list[tuple[str, str]]
    criteria: list[dict[str, Any]]
    verdict: str
    history: list[AuditEntry]
    # Files that leave with the email (an interview's .ics), by name.
    attachments: list[str] = field(default_factory=list)
    warning: str = ""


def list_queue(session: Session) -> list[QueueItem]:
    """The drafts waiting for a decision, oldest first: the one waiting longest is answered first."""
    from intake.scheduling.capacity import draft_warning

    rows = session.execute(
        select(OutgoingMessage, Application, Applicant)
        .outerjoin(Application, OutgoingMessage.application_id == Application.id)
        .outerjoin(Applicant, Application.applicant_id == Applicant.id)
        .where(OutgoingMessage.status == DRAFT)
        .order_by(OutgoingMessage.created_at, OutgoingMessage.id)
    ).all()
    items = []
    for draft, application, applicant in rows:
        criteria, verdict = current_verdict(session, application) if application else ([], "")
        items.append(
            QueueItem(
                id=draft.id,
                application_id=draft.application_id,
                case_token=application.case_token if application else "",
                applicant_name=display_name(applicant) if applicant else draft.to_addr,
                to_addr=draft.to_addr,
                subject=draft.subject,
                template=draft.template,
                created_at=draft.created_at,
                verdict=verdict,
                summary=summarise_facts(from_json(application.facts if application else None)),
                open_points=tuple(
                    f"{c.get('label') or c.get('id')} : {CRITERION_STATUS_FR.get(c.get('status', ''), '?')}"
                    for c in criteria
                    if c.get("status") != MET
                ),
                warning=draft_warning(session, draft),
            )
        )
    return items


def list_outbox(session: Session) -> list[OutboxItem]:
    """Approved messages not yet delivered, and failed ones: what the coordinator may need to act on."""
    rows = session.execute(
        select(OutgoingMessage, Applicant)
        .outerjoin(Application, OutgoingMessage.application_id == Application.id)
        .outerjoin(Applicant, Application.applicant_id == Applicant.id)
        .where(OutgoingMessage.status.in_(UNDELIVERED))
        .order_by(OutgoingMessage.approved_at, OutgoingMessage.id)
    ).all()
    return [
        OutboxItem(
            id=row.id,
            applicant_name=display_name(applicant) if applicant else row.to_addr,
            subject=row.subject,
            status=row.status,
            approved_by=row.approved_by,
            approved_at=row.approved_at,
            next_attempt_at=row.next_attempt_at,
            last_error=row.last_error,
        )
        for row, applicant in rows
    ]


def get_case(session: Session, outgoing_id: int) -> Case:
    draft = get_outgoing(session, outgoing_id)
    application = session.get(Application, draft.application_id) if draft.application_id else None
    applicant = application.applicant if application else None
    from intake.scheduling.capacity import draft_warning

    criteria, verdict = current_verdict(session, application) if application else ([], "")
    history = list(
        session.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity == "outgoing_message", AuditEntry.entity_id == draft.id)
            .order_by(AuditEntry.at, AuditEntry.id)
        )
    )
    return Case(
        draft=draft,
        application=application,
        applicant=applicant,
        details=describe_facts(from_json(application.facts if application else None), applicant, criteria),
        criteria=criteria,
        verdict=verdict,
        history=history,
        warning=draft_warning(session, draft),
        attachments=[
            str(entry.details.get("filename"))
            for entry in session.scalars(
                select(AuditEntry).where(
                    AuditEntry.action == "attachment",
                    AuditEntry.entity == "outgoing_message",
                    AuditEntry.entity_id == draft.id,
                )
            )
        ],
    )


def edit_draft(
    session: Session,
    outgoing_id: int,
    *,
    subject: str,
    text_body: str,
    actor: str,
    to_addr: str | None = None,
    cc: str | None = None,
) -> bool:
    """Replace subject and text (and the recipient and Cc when given); the HTML part is made again from the
    text. False when nothing changed."""
    subject = " ".join(subject.split())
    text_body = text_body.replace("\r\n", "\n").replace("\r", "\n").strip("\n") + "\n"
    if not subject:
        raise InvalidEdit("l'objet ne peut pas être vide")
    if not text_body.strip():
        raise InvalidEdit("le texte du message ne peut pas être vide")
    if len(subject) > MAX_SUBJECT or len(text_body) > MAX_BODY:
        raise InvalidEdit("objet ou texte trop long")
    draft = get_outgoing(session, outgoing_id)
    require_draft(draft, "de modifier")
    before: dict[str, Any] = {"subject": draft.subject, "text_body": draft.text_body}
    after: dict[str, Any] = {"subject": subject, "text_body": text_body}
    if to_addr is not None:
        before["to_addr"], after["to_addr"] = draft.to_addr, _checked_addresses(to_addr, single=True)
    if cc is not None:
        before["cc"], after["cc"] = draft.cc, _checked_addresses(cc, single=False) or None
    changed = [key for key in before if before[key] != after[key]]
    if not changed:
        return False
    update_draft(
        session,
        draft,
        "de modifier",
        **{key: after[key] for key in changed},
        html_body=render_html_body(text_body),
    )
    record_audit(
        session,
        actor,
        "draft_edited",
        "outgoing_message",
        draft.id,
        {"before": {k: before[k] for k in changed}, "after": {k: after[k] for k in changed}},
    )
    return True


def _checked_addresses(value: str, *, single: bool) -> str:
    """Plain addresses separated by commas (one for the recipient), or InvalidEdit naming the problem."""
    from intake.outbox.message import InvalidRecipient, check_address, split_addresses

    parts = split_addresses(value)
    if single and len(parts) != 1:
        raise InvalidEdit("le destinataire doit être une seule adresse e-mail")
    try:
        return ", ".join(check_address(part) for part in parts)
    except (InvalidRecipient, ValueError) as exc:
        raise InvalidEdit(str(exc)) from None


def approve_draft(
    session: Session, outgoing_id: int, *, actor: str, settings: Settings | None = None
) -> OutgoingMessage:
    """Mark a draft approved for the outbox. Refused (NotADraft) unless it is still a draft.

    The interview slots it offers are held from now on. If one went since the draft was written, nothing
    is approved: the proposal is made again and the new draft is returned (status "draft") for review.
    A held request (intake/held.py) is not sent: approving it applies what its message asked. Any other
    draft also applies what it does to its case (a withdrawal, a late CV's facts: intake/intent_actions.py).
    """
    from intake.intent_actions import apply_draft_effect
    from intake.scheduling.holds import hold_for_approval

    settings = settings or Settings()
    draft = get_outgoing(session, outgoing_id)
    require_draft(draft, "d'approuver")
    if draft.template == HELD_TEMPLATE:
        draft = mark_approved(session, outgoing_id, actor=actor)
        release_request(session, draft, settings, actor=actor)
        return draft
    if not hold_for_approval(session, draft, settings, now=utcnow()):
        return _redo_proposal(session, draft, settings, actor=actor)
    draft = mark_approved(session, outgoing_id, actor=actor)
    apply_draft_effect(session, draft, actor=actor)
    return draft


def discard_draft(session: Session, outgoing_id: int, *, actor: str, reason: str = "") -> OutgoingMessage:
    """Set a draft aside for good; it is never sent, and the slots it offered are free again at once."""
    from intake.scheduling.holds import release_proposals_of

    draft = decide_draft(
        session, outgoing_id, actor=actor, new_status="discarded", action="draft_discarded", reason=reason
    )
    release_proposals_of(session, [draft.id])
    return draft


def _redo_proposal(
    session: Session, draft: OutgoingMessage, settings: Settings, *, actor: str
) -> OutgoingMessage:
    """A slot offered in `draft` went before approval: the same email again, with slots free now."""
    from intake.scheduling.booking import draft_proposal

    application = session.get(Application, draft.application_id) if draft.application_id else None
    if application is None:
        raise NotADraft(f"impossible d'approuver le message n° {draft.id} : son dossier est introuvable")
    reply_to = session.scalar(
        select(Message)
        .where(Message.application_id == application.id, Message.status != "quarantined")
        .order_by(Message.id.desc())
        .limit(1)
    )
    now = utcnow()
    if draft.template in TEMPLATE_FOR_VERDICT.values():
        new_draft = draft_for_application(session, application, settings, reply_to=reply_to, now=now)
    else:
        new_draft = draft_proposal(session, application, settings, now=now, reply_to=reply_to)
    session.flush()
    record_audit(
        session,
        actor,
        "draft_redone",
        "outgoing_message",
        draft.id,
        {"reason": "un créneau proposé n'était plus libre", "new_draft": new_draft.id},
        at=now,
    )
    return new_draft


def override_criterion(
    session: Session,
    application_id: int,
    criterion_id: str,
    status: str,
    *,
    reason: str,
    actor: str,
    settings: Settings,
    now: datetime | None = None,
) -> OutgoingMessage:
    """Record the coordinator's word on one criterion and draft the reply again to match it.

    Returns the new draft (the pending one, if any, is discarded by draft_for_application).
    """
    reason = " ".join(reason.split())
    application = _checked_override(session, application_id, criterion_id, status, reason)
    moment = now or utcnow()
    criteria, verdict_before = current_verdict(session, application)
    before = next((c for c in criteria if c.get("id") == criterion_id), None)
    override = CriterionOverride(
        application_id=application.id,
        criterion_id=criterion_id,
        status=status,
        reason=reason,
        by=actor,
        at=moment,
    )
    session.add(override)
    session.flush()
    _, verdict_after = current_verdict(session, application)
    reply_to = session.scalar(
        select(Message)
        .where(Message.application_id == application.id, Message.status != "quarantined")
        .order_by(Message.id.desc())
        .limit(1)
    )
    new_draft = draft_for_application(session, application, settings, reply_to=reply_to, now=moment)
    session.flush()
    record_audit(
        session,
        actor,
        "criterion_overridden",
        "application",
        application.id,
        {
            "criterion": criterion_id,
            "reason": reason,
            "override_id": override.id,
            "new_draft": new_draft.id,
            "before": {"status": before.get("status") if before else None, "verdict": verdict_before},
            "after": {"status": status, "verdict": verdict_after},
        },
        at=moment,
    )
    return new_draft


def _checked_override(
    session: Session, application_id: int, criterion_id: str, status: str, reason: str
) -> Application:
    """The case an override is for, once the status, criterion and reason are known good; else
    InvalidOverride saying which is wrong."""
    if status not in OVERRIDE_STATUSES:
        raise InvalidOverride(f"statut inconnu « {status} » (possibles : {', '.join(OVERRIDE_STATUSES)})")
    if criterion_id not in {c.id for c in load_criteria()}:
        raise InvalidOverride(f"critère inconnu « {criterion_id} »")
    if not reason:
        raise InvalidOverride("indiquez la raison de la correction")
    application = session.get(Application, application_id)
    if application is None:
        raise InvalidOverride(f"dossier n° {application_id} introuvable")
    return application


def render_html_body(text: str) -> str:
    """The HTML part of an edited text: escaped paragraphs, so nothing typed can become markup."""
    paragraphs = [p.strip("\n") for p in text.split("\n\n") if p.strip()]
    return "\n".join(f"<p>{html.escape(p).replace(chr(10), '<br>' + chr(10))}</p>" for p in paragraphs) + "\n"


def local_time(moment: datetime | None, zone: tzinfo) -> str:
    """A stored time as the coordinator reads it: local, to the minute."""
    if moment is None:
        return ""
    return as_utc(moment).astimezone(zone).strftime("%d/%m/%Y %H:%M")


def display_name(applicant: Applicant) -> str:
    name = " ".join(part for part in (applicant.first_name, applicant.last_name) if part)
    return name or applicant.email


# A situation that a criterion is about: when the coordinator corrects that criterion, the situation read
# by the machine is shown as corrected, not as a fact.
SITUATION_CRITERION = {
    "internship": "not_internship",
    "service_civique": "not_service_civique",
    "career_change": "not_career_change",
    "studying": "studies_finished",
}


def describe_facts(
    facts: CaseFacts,
    applicant: Applicant | None = None,
    criteria: list[dict[str, Any]] | None = None,
) -> list[tuple[str, str]]:
    """The extracted details as labelled lines in French, in the order the coordinator reads them.

    With the case's current `criteria`, a situation the coordinator corrected says so.
    """
    person = facts.applicant or Person()
    education = facts.education or Education()
    situation = facts.situation or Situation()
    rows: list[tuple[str, str]] = []

    def add(label: str, value: Any) -> None:
        if value not in (None, "", []):
            rows.append((label, str(value)))

    add("Prénom", person.first_name or (applicant.first_name if applicant else None))
    add("Nom", person.last_name or (applicant.last_name if applicant else None))
    add("Adresse e-mail", person.email or (applicant.email if applicant else None))
    add("Téléphone", person.phone or (applicant.phone if applicant else None))
    add("Ville", person.city or (applicant.city if applicant else None))
    add("Diplôme", education.diploma)
    if education.bac_plus is not None:
        add("Niveau", f"bac+{education.bac_plus}")
    add("Obtention", education.graduation)
    if education.in_progress:
        add("Diplôme en cours", "oui")
    add("Situation", _describe_situation(situation.current, criteria or []))
    interest = situation.ess_interest
    add("Intérêt pour l'ESS", {True: "oui", False: "non"}.get(interest) if interest is not None else None)
    add("Secteurs", ", ".join(situation.sectors))
    add("Transmis par", situation.forwarded_by)
    add("Pièces jointes", ", ".join(d.filename for d in situation.documents))
    return rows


def _describe_situation(current: str | None, criteria: list[dict[str, Any]]) -> str | None:
    """The situation read, and the coordinator's correction of its criterion if there is one."""
    if not current:
        return None
    corrected = next(
        (c for c in criteria if c.get("id") == SITUATION_CRITERION.get(current) and c.get("overridden_by")),
        None,
    )
    if corrected is not None and corrected.get("status") == MET:
        return (
            f"{SITUATION_FR.get(current, current)} selon le message — corrigé par "
            f"{corrected['overridden_by']} : « {corrected.get('label')} » {CRITERION_STATUS_FR[MET]}"
        )
    return SITUATION_FR.get(current, current)


def summarise_facts(facts: CaseFacts) -> str:
    """Diploma, graduation and situation on one line, for the queue."""
    education = facts.education or Education()
    current = facts.situation.current if facts.situation else None
    parts = [
        education.diploma or "",
        f"bac+{education.bac_plus}" if education.bac_plus is not None else "",
        f"obtenu {education.graduation}" if education.graduation else "",
        SITUATION_FR.get(current or "", current or ""),
    ]
    return " · ".join(p for p in parts if p)


