"""Drafts: every email to an applicant starts here, as a stored draft the coordinator approves or not.

Which email a case gets follows from its effective criteria (the machine's latest assessment, corrected
by the coordinator's overrides). Loop and abuse guards live here too, as small rule functions the
pipeline calls: no reply to automatic mail, a ceiling of drafts per sender and per day, bounces marked.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from intake.case_facts import from_json
from intake.clock import utcnow
from intake.config import Settings
from intake.eligibility import ASK, CONDITION, MET, NOT_MET, UNKNOWN, Criterion, load_criteria, verdict_of
from intake.redact import mask_address
from intake.replies.render import LANGUAGES, RenderedEmail, render_email
from intake.store.audit import flag_case, record_audit
from intake.store.db import created_here
from intake.store.models import (
    CASE_TOKEN,
    Applicant,
    Application,
    Assessment,
    CriterionOverride,
    Message,
    OutgoingMessage,
    OutgoingStatus,
    SlotProposal,
)

log = logging.getLogger(__name__)

ANSWERED_KINDS = frozenset({"application", "reply"})
TEMPLATE_FOR_VERDICT = {
    "eligible": "acknowledgement",
    "to_verify": "missing_information",
    "not_eligible": "refusal",
}
# Drafts still waiting for the coordinator; a newer draft for the same case replaces them.
PENDING = OutgoingStatus.DRAFT
ACTOR = "propulse"
# The draft that stands for a request held until the coordinator approves it (intake/held.py); never sent.
HELD_TEMPLATE = "held_request"

_CASE_TOKEN = re.compile(rf"\s*{CASE_TOKEN.pattern}\s*")  # with the spaces around it
_REPLY_PREFIX = re.compile(r"^\s*((re|aw|tr|fwd?|réf?)\s*(\[\d+\])?\s*:\s*)+", re.IGNORECASE)
# Keep References bounded: the first id (the thread's root) and the most recent ones (RFC 5322 §3.6.4).
MAX_REFERENCES = 20


def effective_criteria(
    session: Session, application: Application, assessed: list[dict[str, Any]] | None = None
) -> list[dict[str, Any]]:
    """The current assessment's criteria, each corrected by the coordinator's latest override if any.

    Each dict has id, label, status, evidence, reason and overridden_by (the coordinator's name, or None).
    `assessed`: the criteria of a new assessment not stored yet (a case read again), to correct instead.
    A case never assessed gets every criterion as unknown, so it is asked for rather than presumed.
    """
    if assessed is None:
        assessed = _criteria_of(_latest_assessment(session, application))
    return _corrected_criteria(session, application, assessed)


def _corrected_criteria(
    session: Session, application: Application, raw: list[dict[str, Any]] | None
) -> list[dict[str, Any]]:
    labels = {c.id: c.label for c in load_criteria()}
    if raw is None:
        raw = [{"id": cid, "label": label, "status": UNKNOWN} for cid, label in labels.items()]
    criteria = [
        {
            "id": c["id"],
            "label": c.get("label") or labels.get(c["id"], c["id"]),
            "status": c.get("status", UNKNOWN),
            "evidence": c.get("evidence"),
            "reason": c.get("reason"),
            "overridden_by": None,
        }
        for c in raw
    ]
    if created_here(session, application):
        return criteria  # a case opened by the message in hand: the coordinator has not corrected it yet
    overrides = session.scalars(
        select(CriterionOverride)
        .where(CriterionOverride.application_id == application.id)
        .order_by(CriterionOverride.at, CriterionOverride.id)
    )
    latest = {o.criterion_id: o for o in overrides}  # later rows overwrite earlier ones
    by_id = {c["id"]: c for c in criteria}
    for criterion_id, override in latest.items():
        entry = by_id.get(criterion_id)
        if entry is None:
            entry = {"id": criterion_id, "label": labels.get(criterion_id, criterion_id), "evidence": None}
            criteria.append(entry)
            by_id[criterion_id] = entry
        entry.update(status=override.status, reason=override.reason, overridden_by=override.by)
    return criteria


def _criteria_of(assessment: Assessment | None) -> list[dict[str, Any]] | None:
    """The criteria of an assessment; None if the case was never assessed."""
    return None if assessment is None else list((assessment.criteria or {}).get("criteria") or [])


def _latest_assessment(session: Session, application: Application) -> Assessment | None:
    return session.scalar(
        select(Assessment)
        .where(Assessment.application_id == application.id)
        .order_by(Assessment.created_at.desc(), Assessment.id.desc())
        .limit(1)
    )


def current_verdict(
    session: Session,
    application: Application,
    assessed: list[dict[str, Any]] | None = None,
    *,
    latest: Assessment | None = None,
) -> tuple[list[dict[str, Any]], str]:
    """The case's criteria and verdict as they stand now, the coordinator's corrections included.

    The one place a case's verdict is computed: the queue, the case page, the side panel, the drafts and
    every report figure call it, so an override reaches all of them at once. `assessed`: as for
    `effective_criteria`, a new reading not stored yet. `latest`: the case's newest assessment when the
    caller has just recorded it (ingest), so it is not read back.
    """
    # One read of the latest assessment serves both the criteria and the recorded verdict (ingest speed).
    recorded = latest or (_latest_assessment(session, application) if assessed is None else None)
    raw = assessed if assessed is not None else _criteria_of(recorded)
    criteria = _corrected_criteria(session, application, raw)
    if recorded is not None and recorded.verdict and not any(c.get("overridden_by") for c in criteria):
        # Uncorrected: the verdict recorded when assessed (by eligibility.verdict_of, the same rule).
        return criteria, recorded.verdict
    return criteria, verdict_of(c.get("status") for c in criteria)


def language_of(application: Application) -> str:
    """The language the applicant's emails are written in: theirs if we write it, else French."""
    return application.applicant.language if application.applicant.language in LANGUAGES else "fr"


def base_context(application: Application, settings: Settings, reply_to: Message | None) -> dict[str, Any]:
    """What every email to an applicant may say: their name, the case, the programme, the interviews."""
    applicant = application.applicant
    return {
        "first_name": applicant.first_name,
        "last_name": applicant.last_name,
        "case_token": application.case_token,
        "their_subject": reply_subject(reply_to.subject if reply_to else None),
        "programme_name": settings.programme.name,
        "programme_address": settings.programme.address,
        "timezone": settings.programme.timezone,
        "hold_days": settings.interviews.hold_days,
        "interview_place": settings.interviews.location,
        "interview_minutes": settings.interviews.slot_minutes,
    }


def draft_for_application(
    session: Session,
    application: Application,
    settings: Settings,
    *,
    reply_to: Message | None,
    now: datetime | None = None,
    assessed: Assessment | None = None,
) -> OutgoingMessage:
    """Store the one current draft for this case: the email its effective verdict calls for.

    A refusal is only ever a draft: it leaves when the coordinator approves it, never by itself.
    `assessed`: the assessment the caller has just recorded for the case, if any (not read back).
    """
    moment = now or utcnow()
    applicant = application.applicant
    language = language_of(application)
    criteria, verdict = current_verdict(session, application, latest=assessed)
    template = TEMPLATE_FOR_VERDICT[verdict]
    referral = referral_of(application, reply_to)
    context: dict[str, Any] = {
        **base_context(application, settings, reply_to),
        # Written to the referrer when the person's own address is unknown: no «Bonjour Kevin» to them.
        "first_name": applicant.first_name if referral is None or referral["copied"] else None,
        "referral": referral,
        "missing": describe(criteria, UNKNOWN, ASK, language),
        "reasons": describe(criteria, NOT_MET, CONDITION, language),
        "retention_months": settings.retention.not_admitted_months,
        "cv_link_only": from_json(application.facts).cv_only_as_link(),
    }
    proposals: list[SlotProposal] = []
    if verdict == "eligible":
        # An eligible applicant is offered interview slots straight away, held until they answer.
        from intake.scheduling.holds import describe_proposals, propose_slots

        proposals = propose_slots(session, application, settings, now=moment, hold=False)
        context["slots"] = describe_proposals(session, proposals, settings, language)
    rendered = render_email(template, context, language)
    outgoing = store_draft(
        session,
        application,
        template,
        rendered,
        settings,
        now=moment,
        reply_to=reply_to,
        details={"verdict": verdict, "language": language},
        cc=referral["referrer"] if referral and referral["copied"] else None,
        offers=proposals,
    )
    return outgoing


def programme_conditions(language: str) -> list[str]:
    """Every condition of the programme in plain words, thresholds read from rules/eligibility.toml."""
    return describe([{"id": rule.id, "status": MET} for rule in load_criteria()], MET, CONDITION, language)


def draft_for_question(
    session: Session, message: Message, parsed_language: str | None, settings: Settings, *, now: datetime
) -> OutgoingMessage:
    """The answer to a question about the programme (criteria, how it works, how to apply), as a draft the
    coordinator approves like any other. There is no case yet: the draft belongs to the message."""
    language = parsed_language if parsed_language in LANGUAGES else "fr"
    context: dict[str, Any] = {
        "their_subject": reply_subject(message.subject),
        "programme_name": settings.programme.name,
        "programme_address": settings.programme.address,
        "conditions": programme_conditions(language),
    }
    rendered = render_email("programme_information", context, language)
    outgoing = rendered.as_outgoing(
        "programme_information",
        message.from_addr or "",
        programme_domain(settings),
        **_draft_fields(message, now),
    )
    session.add(outgoing)
    session.flush()
    details = {"outgoing": outgoing.id, "template": "programme_information", "language": language}
    record_audit(session, ACTOR, "draft_created", "message", message.id, details, at=now)
    return outgoing


def referral_of(application: Application, reply_to: Message | None) -> dict[str, Any] | None:
    """For the answer to a referral (an adviser, a parent, a careers service presenting someone): who
    presented them, who they presented, and whether the person is written to with the referrer in Cc
    (`copied`) or, their own address being unknown, the referrer is written to instead."""
    referrer = application.forwarded_by
    if not referrer or reply_to is None or (reply_to.from_addr or "").lower() != referrer.lower():
        return None
    applicant = application.applicant
    name = " ".join(p for p in (applicant.first_name, applicant.last_name) if p) or None
    copied = applicant.email_normalised != referrer.strip().lower()
    return {"referrer": referrer, "person": name, "copied": copied}


def store_draft(
    session: Session,
    application: Application,
    template: str,
    rendered: RenderedEmail,
    settings: Settings,
    *,
    now: datetime,
    reply_to: Message | None,
    details: dict[str, Any] | None = None,
    cc: str | None = None,
    offers: Sequence[SlotProposal] = (),
) -> OutgoingMessage:
    """Store a rendered email as the case's one waiting draft (older ones are discarded), threaded on
    `reply_to`, and audit it. `offers`: the slot proposals the email makes, tied to it as it is written."""
    outgoing = rendered.as_outgoing(
        template,
        application.applicant.email,
        programme_domain(settings),
        application_id=application.id,
        cc=cc,
        **_draft_fields(reply_to, now),
    )
    # A case opened by the message in hand has no draft waiting yet.
    discarded = [] if created_here(session, application) else discard_pending(session, application.id)
    session.add(outgoing)
    if offers:
        from intake.scheduling.holds import attach_proposals

        attach_proposals(offers, outgoing)
    session.flush()
    record_audit(
        session,
        ACTOR,
        "draft_created",
        "application",
        application.id,
        {
            "outgoing": outgoing.id,
            "template": template,
            "reply_to": reply_to.id if reply_to is not None else None,
            "discarded": discarded,
            **(details or {}),
        },
        at=now,
    )
    return outgoing


def should_answer(kind: str) -> bool:
    """Only people get drafts: never an auto-reply, a bounce, a newsletter or unclassified mail."""
    return kind in ANSWERED_KINDS


def may_draft(
    session: Session, sender: str, settings: Settings, *, now: datetime, counted: int | None = None
) -> bool:
    """At most `drafts.max_per_sender_per_day` drafts to one address within 24 hours (discarded ones count).

    A mail loop or a flood from one address thus costs the coordinator a few drafts, not hundreds.
    `counted`: the drafts to the address in the window, already counted in this transaction (triage.on_file).
    """
    address = sender.strip().lower()
    # The drafts not written yet are counted here rather than flushed for the count: what waits to be
    # written at this point (a new case, its assessment) goes out with the draft, in one flush.
    waiting = sum(
        1 for o in session.new if isinstance(o, OutgoingMessage) and (o.to_addr or "").lower() == address
    )
    if counted is None:
        with session.no_autoflush:
            counted = session.scalar(drafts_to(address, now)) or 0
    return counted + waiting < settings.drafts.max_per_sender_per_day


# The per-sender limit counts the drafts of the last 24 hours.
DRAFT_WINDOW = timedelta(hours=24)


def drafts_to(address: str, now: datetime) -> Select[Any]:
    """The count of drafts to `address` (lower-cased) within the window ending `now`."""
    since = now.astimezone(UTC) - DRAFT_WINDOW
    return select(func.count(OutgoingMessage.id)).where(
        func.lower(OutgoingMessage.to_addr) == address, OutgoingMessage.created_at > since
    )


def mark_bounce(session: Session, bounced_address: str) -> Application | None:
    """Mark the applicant's address as failing and flag their case; None if the address is not known."""
    applicant = session.scalar(
        select(Applicant).where(Applicant.email_normalised == bounced_address.strip().lower())
    )
    if applicant is None:
        log.info("avis de non-remise pour une adresse inconnue (%s)", mask_address(bounced_address))
        return None
    applicant.address_failing = True
    application = session.scalar(
        select(Application)
        .where(Application.applicant_id == applicant.id)
        .order_by(Application.id.desc())
        .limit(1)
    )
    if application is None:
        return None
    warning = (
        "Adresse e-mail en échec : un avis de non-remise est arrivé. "
        "Vérifiez l'adresse avant tout nouvel envoi."
    )
    flag_case(session, ACTOR, application.id, "address_failing", warning)
    log.info(
        "adresse en échec (%s), dossier %s signalé", mask_address(bounced_address), application.case_token
    )
    return application


def discard_pending(session: Session, application_id: int) -> list[int]:
    """Set aside the drafts still waiting for this case, so the coordinator sees one current draft."""
    pending = list(
        session.scalars(
            select(OutgoingMessage).where(
                OutgoingMessage.application_id == application_id,
                OutgoingMessage.status == PENDING,
                # A held request waits for its own decision: a newer draft does not answer it.
                OutgoingMessage.template != HELD_TEMPLATE,
            )
        )
    )
    for draft in pending:
        draft.status = "discarded"
    from intake.scheduling.holds import release_proposals_of

    release_proposals_of(session, [d.id for d in pending])
    return [d.id for d in pending]


def describe(
    criteria: list[dict[str, Any]],
    status: str,
    what: str,
    language: str,
    rules: Sequence[Criterion] | None = None,
) -> list[str]:
    """Plain sentences for the criteria in `status`: each one's `what` sentence (ASK or CONDITION) from
    rules/eligibility.toml, in `language`, filled with *its own* parameters (two criteria may share a
    parameter name: `min_level` is both the degree asked for and the level below which a date says
    nothing). A criterion the rules no longer know is stated by its recorded label.
    """
    by_id = {rule.id: rule for rule in (rules if rules is not None else load_criteria())}
    out = []
    for c in criteria:
        if c.get("status") != status:
            continue
        rule = by_id.get(c["id"])
        out.append(rule.says(what, language) if rule else str(c.get("label") or c["id"]))
    return out


def reply_subject(subject: str | None) -> str:
    """Their subject on one line, without "Re:" prefixes or our case token (the template adds both)."""
    one_line = " ".join((subject or "").split())
    return _REPLY_PREFIX.sub("", _CASE_TOKEN.sub(" ", one_line)).strip()[:200]


def clean_message_id(message_id: str | None) -> str | None:
    """Their Message-ID as one token: whatever else a broken header carried stays out of ours."""
    tokens = (message_id or "").split()
    return tokens[0] if tokens else None


def thread_references(reply_to: Message | None) -> str | None:
    """References for our reply: theirs, then their Message-ID (RFC 5322 §3.6.4)."""
    own = clean_message_id(reply_to.message_id) if reply_to is not None else None
    if reply_to is None or own is None:
        return None
    ids = [*(reply_to.references or "").split(), own]
    unique = list(dict.fromkeys(ids))
    if len(unique) > MAX_REFERENCES:
        unique = [unique[0], *unique[-(MAX_REFERENCES - 1) :]]
    return " ".join(unique)


def _draft_fields(reply_to: Message | None, now: datetime) -> dict[str, Any]:
    """A draft waiting for the coordinator, threaded under the message it answers."""
    return {
        "status": PENDING,
        "in_reply_to": clean_message_id(reply_to.message_id) if reply_to is not None else None,
        "references": thread_references(reply_to),
        "automatic": False,
        "created_at": now,
    }


def programme_domain(settings: Settings) -> str:
    return settings.programme.domain
