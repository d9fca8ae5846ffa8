"""What a message means for the records: a new case, news on an existing case, a bounce, or mail for
the coordinator. Pure decisions on the store; the pipeline calls them as steps.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake import lifecycle
from intake.case_facts import CaseFacts, Person, criteria_json, to_json
from intake.classify import Classification
from intake.clock import utcnow
from intake.documents import DocumentResult
from intake.eligibility import assess
from intake.extract import Understanding, read_case_facts
from intake.parsing import ParsedMessage, parse_message, strip_quoted
from intake.redact import mask_address
from intake.store.audit import record_audit
from intake.store.db import created_here, get_blob, note_created
from intake.store.models import (
    CASE_TOKEN,
    Applicant,
    Application,
    Assessment,
    Attachment,
    Message,
    OutgoingMessage,
    case_token_for,
)
from intake.understanding import read_applicant

log = logging.getLogger(__name__)

# A case in one of these states is over: a new application from the same person opens a new case.
CLOSED = frozenset({lifecycle.DECLINED, lifecycle.WITHDRAWN})


def normalise_address(address: str) -> str:
    return address.strip().lower()


def make_thread_check(session: Session, subject: str) -> Callable[[list[str]], bool]:
    """Is this message part of a conversation we started (our Message-IDs, or our case token)?"""

    def is_our_thread(ids: list[str]) -> bool:
        if CASE_TOKEN.search(subject or ""):
            return True
        if not ids:
            return False
        found = session.scalar(select(OutgoingMessage.id).where(OutgoingMessage.message_id.in_(ids)).limit(1))
        return found is not None

    return is_our_thread


def find_thread(session: Session, parsed: ParsedMessage) -> Application | None:
    """The case a reply belongs to: by our Message-IDs, then the case token, then the sender's address.

    Whatever matched, the sender must be the applicant: a stranger cannot write into someone's case.
    """
    ids = [i for i in [parsed.in_reply_to, *parsed.references] if i]
    application: Application | None = None
    if ids:
        app_id = session.scalar(
            select(OutgoingMessage.application_id).where(OutgoingMessage.message_id.in_(ids)).limit(1)
        )
        application = session.get(Application, app_id) if app_id else None
    if application is None:
        token = CASE_TOKEN.search(parsed.subject or "")
        if token:
            application = session.scalar(select(Application).where(Application.case_token == token.group(1)))
    sender = normalise_address(parsed.from_addr or "")
    if application is None and sender:
        application = _open_application_of(session, sender)
    if application is None:
        return None
    if normalise_address(application.applicant.email) != sender:
        log.warning(
            "réponse d'un tiers (%s) pour le dossier %s : non rattachée",
            mask_address(sender),
            application.case_token,
        )
        return None
    return application


@dataclasses.dataclass(frozen=True)
class OnFile:
    """What the store holds for an address: the applicant, and their newest case, open or closed."""

    address: str
    applicant: Applicant | None
    latest: Application | None


# The key under which a step leaves `on_file`'s answer for the filing step (Ingest.extras).
ON_FILE = "on_file"


def on_file(session: Session, address: str) -> OnFile:
    """The applicant and their newest case in one query: the hold check (intake/held.py) asks it of an
    application, and filing it (`file_application`) reuses the answer."""
    # No flush for it: what waits (the message in hand, its attachments) is no person and no case.
    with session.no_autoflush:
        row = session.execute(
            select(Applicant, Application)
            .outerjoin(Application, Application.applicant_id == Applicant.id)
            .where(Applicant.email_normalised == address)
            .order_by(Application.id.desc().nulls_last())
            .limit(1)
        ).first()
    return OnFile(address, row[0], row[1]) if row is not None else OnFile(address, None, None)


def file_application(
    session: Session, message: Message, u: Understanding, facts: CaseFacts, known: OnFile | None = None
) -> Application:
    """A new application: find or create the applicant (unique by address) and their open case.
    `known`: what `on_file` answered for this message, if it was asked (the hold check)."""
    details = facts.applicant or Person()
    email = details.email or u.parsed.from_addr or message.dedupe_key
    address = normalise_address(email)
    if known is None or known.address != address:
        known = on_file(session, address)
    applicant = known.applicant
    application = _open_case_on_file(session, known)
    if applicant is None:
        applicant = Applicant(email=email, email_normalised=address)
        session.add(applicant)
    for key in ("first_name", "last_name", "phone", "city"):
        if getattr(details, key):
            setattr(applicant, key, getattr(details, key))
    applicant.language = u.parsed.language or applicant.language or "fr"
    applicant.last_contact_at = utcnow()
    if application is None:
        application = _open_case(session, applicant, message)
    application.forwarded_by = u.classification.forwarded_by or application.forwarded_by
    message.application_id = application.id
    # No flush here: the caller's next statement writes these changes with its own.
    return application


def _open_case(session: Session, applicant: Applicant, message: Message) -> Application:
    application = Application(
        applicant=applicant, case_token=f"tmp-{message.dedupe_key}"[:32], status="received"
    )
    session.add(application)
    message.application = application  # inserted with its case's id, not updated after
    session.flush()
    application.case_token = case_token_for(application.id)
    note_created(session, application)
    details = {"message": message.id}
    record_audit(session, "propulse", "application_created", "application", application.id, details)
    return application


def record_assessment(session: Session, application: Application, facts: CaseFacts) -> Assessment | None:
    eligibility = facts.eligibility
    application.facts = to_json(facts)
    if eligibility is None:
        return None
    assessment = Assessment(
        application=application,
        verdict=eligibility.verdict,
        criteria={"criteria": criteria_json(eligibility)},
    )
    session.add(assessment)
    if lifecycle.can_move(application.status, lifecycle.ASSESSED):
        application.status = lifecycle.ASSESSED
    # Not flushed here: it goes out with the next statement (the draft's, in the pipeline).
    return assessment


def rescore_case(session: Session, application: Application, *, today: date) -> CaseFacts:
    """Read the whole case again (every message from the applicant, every CV) and assess it anew.

    The texts are read newest first with quotes removed, so a fact given in a reply (the missing date,
    a CV sent later) counts, and a quoted old message is never read twice.
    """
    messages = list(
        session.scalars(
            select(Message)
            # A held message (intake/held.py) says nothing about the case until the coordinator approves.
            .where(Message.application_id == application.id, Message.status.not_in(("quarantined", "held")))
            .order_by(Message.id)
        )
    )
    parsed = [parse_message(get_blob(session, m.raw_sha256)) for m in messages]
    first, replies = parsed[0], parsed[1:]
    texts = [strip_quoted(p.text) for p in reversed(replies)]
    combined = dataclasses.replace(first, text="\n\n".join([*texts, first.text]))
    documents = [
        DocumentResult(filename=a.filename, kind="stored", text=a.text, problem=a.problem)
        for m in messages
        for a in m.attachments
    ]
    facts = read_applicant(combined, documents, today=today, forwarded_by=application.forwarded_by)
    assessment = assess(facts, today=today)
    classification = Classification(
        kind="application",
        rule="case",
        reason="dossier relu en entier",
        forwarded_by=application.forwarded_by,
    )
    return read_case_facts(Understanding(combined, classification, facts, assessment, documents))


def is_first_message(session: Session, application: Application, message: Message) -> bool:
    if created_here(session, application):
        return True  # the case this message has just opened
    first = session.scalar(
        select(Message.id).where(Message.application_id == application.id).order_by(Message.id).limit(1)
    )
    return first == message.id


def store_documents(session: Session, message: Message, u: Understanding) -> None:
    """Keep each attachment (content-addressed) with its text or the reason it has none."""
    from intake.store.db import put_blob

    results = {d.filename: d for d in u.documents}
    for attachment in u.parsed.attachments:
        digest = put_blob(session, attachment.payload)
        result = results.get(attachment.filename)
        session.add(
            Attachment(
                message=message,
                filename=attachment.filename,
                content_type=attachment.content_type,
                size=len(attachment.payload),
                sha256=digest,
                text=result.text if result else None,
                problem=result.problem if result else None,
            )
        )


def _open_case_on_file(session: Session, known: OnFile) -> Application | None:
    """Their newest open case: the newest case when it is open, else an older one still open, if any."""
    if known.latest is None:
        return None  # no case at all (someone never seen before)
    if known.latest.status not in CLOSED:
        return known.latest
    # No flush for it: the message in hand is written with its case, in one flush (_open_case).
    with session.no_autoflush:
        return _open_application_of(session, known.address)


def _open_application_of(session: Session, address: str) -> Application | None:
    return session.scalar(
        select(Application)
        .join(Applicant)
        .where(Applicant.email_normalised == address, Application.status.not_in(CLOSED))
        .order_by(Application.id.desc())
        .limit(1)
    )
