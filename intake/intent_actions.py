"""What the service does with a reply's intent (intake/intents.py): a purposeful draft for the coordinator,
and, for the intents that change a case, the change itself — applied only when the coordinator approves
that draft (or at once for a verified sender, see `sender_is_verified`).

    status_request → `status_update`, saying truthfully where the case is, from its records
    withdrawal     → `withdrawal_confirmation`; on approval: slots freed, waitlist left, case withdrawn
    document_sent  → the case re-read with the new document; `document_received` with the criteria that
                     changed; on approval: the new assessment is recorded
    thanks_only    → nothing to answer
    unclear        → flagged for the coordinator; the usual draft follows

Everything else (new facts, slot choices, reschedule or cancel) is left to the flow that already handles it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake import lifecycle
from intake.case_facts import criteria_json, from_json, to_json
from intake.clock import utcnow
from intake.config import Settings
from intake.eligibility import ASK, CONDITION, NOT_MET, UNKNOWN
from intake.intents import Reading, read_intent
from intake.parsing import strip_quoted
from intake.replies.decisions import mark_approved
from intake.replies.drafts import ACTOR, current_verdict, effective_criteria, language_of, may_draft
from intake.store.audit import flag_case, record_audit
from intake.store.models import (
    Application,
    Cohort,
    Interview,
    InterviewSlot,
    Message,
    OutgoingMessage,
    Participant,
    SlotProposal,
)

log = logging.getLogger(__name__)

AUTO_ACTOR = "propulse (envoi automatique autorisé)"
FOUND_JOB, OTHER_REASON = "found_job", "other"
CLOSED = frozenset({lifecycle.WITHDRAWN, lifecycle.DECLINED})


def sender_is_verified(message: Message) -> bool:
    """May this message's intent change its case at once, without waiting for the coordinator?

    The one place the trust rules (sender verification) connect to; until they do, no sender is verified
    and every effect waits for the coordinator's approval of its draft.
    """
    return False


def answer_intent(
    session: Session,
    application: Application,
    message: Message,
    text: str,
    attachments: tuple[str, ...],
    settings: Settings,
    *,
    today: date,
    now: datetime | None = None,
) -> Reading | None:
    """Read a reply's intent in its case and act on it; the Reading when the reply is answered here, None
    when the usual flow (re-scoring, scheduling) should handle it."""
    moment = now or utcnow()
    reading = read_intent(strip_quoted(text), attachments)
    record_audit(
        session,
        ACTOR,
        "reply_intent",
        "application",
        application.id,
        {"message": message.id, "intent": reading.intent, "rule": reading.rule, "evidence": reading.evidence},
        at=moment,
    )
    if application.status in CLOSED:
        return None
    if reading.intent == "unclear":
        _flag(session, application, f"Réponse à lire : « {reading.evidence} »", at=moment)
        return None
    if reading.intent == "thanks_only" and application.status in lifecycle.SCHEDULING:
        return None  # "Merci, à jeudi !": the scheduling reader knows what a thank-you means there
    handler = HANDLERS.get(reading.intent)
    if handler is None:
        return None
    if handler is not note_thanks and not may_draft(
        session, application.applicant.email, settings, now=moment
    ):
        # The per-sender limit holds here too: a loop of status questions must not become a loop of
        # answers, above all when status updates leave without approval.
        reason = "limite de brouillons par expéditeur atteinte"
        record_audit(
            session,
            ACTOR,
            "draft_skipped",
            "application",
            application.id,
            {"message": message.id, "reason": reason},
            at=moment,
        )
        return reading
    handler(Answering(session, application, message, reading, settings, today, moment))
    return reading


# --- one handler per intent answered here ---------------------------------------------------------------


@dataclass(frozen=True)
class Answering:
    """A reply being answered in its case: what every handler reads."""

    session: Session
    application: Application
    message: Message
    reading: Reading
    settings: Settings
    today: date
    now: datetime

    def draft(self, template: str, context: dict[str, Any]) -> OutgoingMessage:
        """The reply's answer, drafted in its thread."""
        from intake.scheduling.mail import create_draft

        return create_draft(
            self.session,
            self.application,
            template,
            context,
            self.settings,
            now=self.now,
            reply_to=self.message,
            details={"intent": template},
        )


Handler = Callable[[Answering], None]


def draft_status_update(ctx: Answering) -> None:
    draft = ctx.draft("status_update", describe_case_state(ctx.session, ctx.application, ctx.settings))
    _send_alone_if_allowed(ctx.session, draft, ctx.settings)


def draft_withdrawal(ctx: Answering) -> None:
    reason = FOUND_JOB if ctx.reading.found_job else OTHER_REASON
    draft = ctx.draft("withdrawal_confirmation", {"found_job": ctx.reading.found_job})
    draft.effect = {"intent": "withdrawal", "reason": reason, "evidence": ctx.reading.evidence}
    if sender_is_verified(ctx.message):
        apply_draft_effect(ctx.session, draft, actor=ACTOR)


def draft_document_received(ctx: Answering) -> None:
    from intake import triage
    from intake.replies.drafts import describe

    session, application, message, settings = ctx.session, ctx.application, ctx.message, ctx.settings
    facts = triage.rescore_case(session, application, today=ctx.today)
    before = effective_criteria(session, application)
    assessed = criteria_json(facts.eligibility) if facts.eligibility else []
    after, verdict = current_verdict(session, application, assessed)  # the coordinator's word still stands
    changes = diff_criteria(before, after)
    language = language_of(application)
    context = {
        "documents": [a.filename for a in message.attachments],
        "changes": changes,
        "missing": describe(after, UNKNOWN, ASK, language),
        "reasons": describe(after, NOT_MET, CONDITION, language),
        "verdict": verdict,
        "interview_planned": application.status in lifecycle.SCHEDULING,
    }
    draft = ctx.draft("document_received", context)
    # The facts' JSON, under the key where older versions stored the whole contract (from_json reads both).
    draft.effect = {"intent": "document_sent", "contract": to_json(facts), "criteria_diff": changes}
    if sender_is_verified(message):
        apply_draft_effect(session, draft, actor=ACTOR)
    _send_alone_if_allowed(session, draft, settings)


def note_thanks(ctx: Answering) -> None:
    """Nothing to answer: the thank-you stays on the case, and no draft waits for the coordinator."""


HANDLERS: dict[str, Handler] = {
    "status_request": draft_status_update,
    "withdrawal": draft_withdrawal,
    "document_sent": draft_document_received,
    "thanks_only": note_thanks,
}


# --- effects, applied when the coordinator approves the draft -------------------------------------------


def apply_draft_effect(session: Session, draft: OutgoingMessage, *, actor: str) -> None:
    """Apply what an approved draft does to its case (nothing for most drafts), once."""
    effect = dict(draft.effect or {})
    apply = EFFECTS.get(str(effect.get("intent")))
    if apply is None or effect.get("applied") or draft.application_id is None:
        return
    application = session.get(Application, draft.application_id)
    assert application is not None
    apply(session, application, effect, actor)
    draft.effect = {**effect, "applied": True, "applied_by": actor}
    session.flush()


def apply_withdrawal(session: Session, application: Application, effect: dict[str, Any], actor: str) -> None:
    """Withdraw the case: free its held and booked slots, take it off the waitlist, record the reason."""
    from intake.scheduling.booking import active_interview, cancel_interview
    from intake.scheduling.holds import release_open_proposals

    now = utcnow()
    interview = active_interview(session, application.id)
    if interview is not None:
        cancel_interview(session, interview, now=now, reason="candidature retirée")
    release_open_proposals(session, application.id)
    for person in session.scalars(
        select(Participant).where(
            Participant.application_id == application.id, Participant.status.in_(("waitlisted", "active"))
        )
    ):
        person.status = "left"
        person.left_on = now.date()
        person.left_reason = "candidature retirée"
        person.waitlist_position = None
    if lifecycle.can_move(application.status, lifecycle.WITHDRAWN):
        application.status = lifecycle.WITHDRAWN
    application.withdrawal_reason = str(effect.get("reason") or OTHER_REASON)
    record_audit(
        session,
        ACTOR,
        "application_withdrawn",
        "application",
        application.id,
        {"reason": application.withdrawal_reason, "evidence": effect.get("evidence"), "by": actor},
        at=now,
    )


def apply_document_facts(
    session: Session, application: Application, effect: dict[str, Any], actor: str
) -> None:
    """Record the assessment made with the late document (its facts merged with their evidence)."""
    from intake import triage

    status = application.status
    triage.record_assessment(session, application, from_json(effect["contract"]))
    if status in lifecycle.SCHEDULING:
        application.status = status  # a new pre-score does not undo slots offered or an interview booked
    record_audit(
        session,
        ACTOR,
        "document_facts_applied",
        "application",
        application.id,
        {"by": actor, "changes": effect.get("criteria_diff")},
    )


EFFECTS: dict[str, Callable[[Session, Application, dict[str, Any], str], None]] = {
    "withdrawal": apply_withdrawal,
    "document_sent": apply_document_facts,
}


# --- the case as the applicant may be told it -----------------------------------------------------------


def describe_case_state(session: Session, application: Application, settings: Settings) -> dict[str, Any]:
    """Where the case truly is, for `status_update`: one `state` and the facts that go with it."""
    from intake.replies.drafts import describe
    from intake.replies.render import format_day
    from intake.scheduling.holds import describe_proposals

    language = language_of(application)
    status = application.status
    context: dict[str, Any] = {"state": "being_read", "slots": [], "interview_at": None, "position": None}
    person = session.scalar(
        select(Participant)
        .where(Participant.application_id == application.id, Participant.status != "left")
        .order_by(Participant.id.desc())
        .limit(1)
    )
    if status == lifecycle.RECEIVED:
        context["state"] = "received"
    elif status == lifecycle.INTERVIEW_PROPOSED:
        offered = list(
            session.scalars(
                select(SlotProposal).where(
                    SlotProposal.application_id == application.id, SlotProposal.status == "open"
                )
            )
        )
        context["state"] = "interview_proposed"
        context["slots"] = describe_proposals(session, offered, settings, language)
    elif status == lifecycle.INTERVIEW_BOOKED:
        slot = session.scalar(
            select(InterviewSlot)
            .join(Interview, Interview.slot_id == InterviewSlot.id)
            .where(Interview.application_id == application.id, Interview.status == "booked")
        )
        context["state"] = "interview_booked"
        context["interview_at"] = slot.starts_at if slot is not None else None
    elif status == lifecycle.WAITLISTED or (person is not None and person.status == "waitlisted"):
        context["state"] = "waitlisted"
        context["position"] = person.waitlist_position if person is not None else None
    elif status == lifecycle.ADMITTED:
        cohort = session.get(Cohort, person.cohort_id) if person is not None else None
        context["state"] = "admitted"
        context["cohort_start"] = format_day(cohort.start_date, language) if cohort is not None else None
    elif status == lifecycle.NOT_ELIGIBLE:
        context["state"] = "not_eligible"
        context["reasons"] = describe(effective_criteria(session, application), NOT_MET, CONDITION, language)
    elif status in CLOSED:
        context["state"] = "withdrawn" if status == lifecycle.WITHDRAWN else "declined"
    return context


def diff_criteria(before: list[dict[str, Any]], after: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The criteria whose status changed, in the rules' order: id, label, before, after, evidence."""
    old = {c["id"]: c for c in before}
    changes = []
    for criterion in after:
        previous = old.get(criterion["id"], {})
        if previous.get("status") != criterion.get("status"):
            changes.append(
                {
                    "id": criterion["id"],
                    "label": criterion.get("label") or previous.get("label") or criterion["id"],
                    "before": previous.get("status") or UNKNOWN,
                    "after": criterion.get("status"),
                    "evidence": criterion.get("evidence"),
                }
            )
    return changes


# --- helpers ---------------------------------------------------------------------------------------------


def _send_alone_if_allowed(session: Session, draft: OutgoingMessage, settings: Settings) -> None:
    """The coordinator allowed this kind of draft to leave without approval (`drafts.auto_send`)."""
    if draft.template in settings.drafts.auto_send:  # only facts-only drafts are allowed there
        # What approval.approve_draft does for a draft that offers no slot and holds no request.
        approved = mark_approved(session, draft.id, actor=AUTO_ACTOR)
        apply_draft_effect(session, approved, actor=AUTO_ACTOR)


def _flag(session: Session, application: Application, message: str, *, at: datetime) -> None:
    flag_case(session, ACTOR, application.id, "reply_intent", message[:400], at=at)
