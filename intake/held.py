"""Requests held for the coordinator: what a sender the receiving server did not authenticate asks, and
forwarded content about someone else's case, change nothing until the coordinator approves.

A held message is filed in the case it names (status "held", so re-scoring ignores it) and a draft with
a visible warning waits in the queue. Approving that draft replays the message as if it came from the
person (booking, cancellation, withdrawal, new facts); the draft itself is never sent ("applied").
Discarding it leaves the message without effect.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from email.utils import make_msgid
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy.orm import Session

from intake import lifecycle
from intake.authentication import verify_raw
from intake.clock import utcnow
from intake.config import Settings
from intake.parsing import split_forwarded
from intake.redact import mask_address
from intake.replies.drafts import HELD_TEMPLATE, may_draft
from intake.store.audit import record_audit
from intake.store.models import Application, Message, OutgoingMessage
from intake.understanding.lexicon import is_adviser_address, load_lexicon

if TYPE_CHECKING:
    from intake.extract import Understanding
    from intake.parsing import ParsedMessage

log = logging.getLogger(__name__)

HELD = "held"
APPLIED = "applied"
ACTOR = "propulse"
_QUOTED_CHARS = 3000
_OVER_LIMIT = "limite de brouillons par expéditeur atteinte"


class Ingest(Protocol):
    """What holding reads of the message in hand: the pipeline's `Ingest` (read-only here but for `extras`,
    so that this module does not import the pipeline, which imports it)."""

    @property
    def raw(self) -> bytes: ...
    @property
    def session(self) -> Session: ...
    @property
    def settings(self) -> Settings: ...
    @property
    def parsed(self) -> ParsedMessage | None: ...
    @property
    def message(self) -> Message | None: ...
    @property
    def understanding(self) -> Understanding | None: ...
    @property
    def extras(self) -> dict[str, Any]: ...  # the one thing written here: what `on_file` answered


@dataclass(frozen=True)
class Hold:
    application: Application
    reason: str


def decide_hold(ctx: Ingest) -> Hold | None:
    """Should this message wait for the coordinator before it touches an existing case? Why?"""
    from intake import triage

    assert ctx.parsed is not None and ctx.understanding is not None
    u = ctx.understanding
    sender = triage.normalise_address(ctx.parsed.from_addr or "")
    if u.classification.kind == "reply":
        case = triage.find_thread(ctx.session, u.parsed)
    elif u.classification.kind == "application":
        details = u.case_facts.applicant
        named = (details.email if details else None) or sender
        case = None
        if named:
            known = triage.on_file(ctx.session, triage.normalise_address(named))
            ctx.extras[triage.ON_FILE] = known  # filing the application reuses it (pipeline.file_message)
            case = known.latest
    else:
        return None
    if case is None:
        return None  # a new case, or nobody's: nothing existing can be changed
    person = triage.normalise_address(case.applicant.email)
    forwarded = split_forwarded(u.parsed.text, u.parsed.subject)
    if forwarded is not None and sender != person and not is_adviser_address(sender, load_lexicon()):
        return Hold(case, "contenu transféré par un tiers : une affirmation, pas l'identité de la personne")
    verification = verify_raw(ctx.raw, ctx.parsed.from_addr, ctx.settings.inbox.authserv_ids)
    if not verification.verified and not (forwarded is None and _answered_through_approval(ctx, case)):
        return Hold(case, f"expéditeur non vérifié ({verification.reason})")
    return None


def _answered_through_approval(ctx: Ingest, case: Application) -> bool:
    """Is this reply's only effect a draft the coordinator approves anyway (intake/intent_actions.py)?

    A status question, a withdrawal or a late CV changes the case only when the coordinator approves the
    answer drafted for it, and that answer goes to the case's own address, not to the sender: holding
    such a reply as well would ask for the same approval twice.
    """
    from intake.intents import read_intent
    from intake.parsing import strip_quoted

    assert ctx.understanding is not None
    if ctx.understanding.classification.kind != "reply":
        return False
    parsed = ctx.understanding.parsed
    intent = read_intent(strip_quoted(parsed.text), tuple(a.filename for a in parsed.attachments)).intent
    if intent in ("status_request", "withdrawal"):
        return True
    if intent == "document_sent":  # unless its answer may leave, and its facts count, without approval
        return "document_received" not in ctx.settings.drafts.auto_send
    # "Merci, à jeudi !" during scheduling is read by the booking reader: that one must wait.
    return intent == "thanks_only" and case.status not in lifecycle.SCHEDULING


def hold_request(ctx: Ingest, hold: Hold) -> OutgoingMessage | None:
    """File the message in the case without effect, and put a warning draft in the queue — within the
    per-sender draft limit, so a flood of forged mail costs the coordinator a few drafts, not hundreds."""

    assert ctx.message is not None and ctx.parsed is not None
    message, case = ctx.message, hold.application
    message.status = HELD
    message.application_id = case.id
    now = utcnow()
    if not may_draft(ctx.session, case.applicant.email, ctx.settings, now=now):
        record_audit(
            ctx.session,
            ACTOR,
            "draft_skipped",
            "application",
            case.id,
            {"message": message.id, "reason": f"{_OVER_LIMIT} ; demande retenue : {hold.reason}"},
            at=now,
        )
        return None
    sender = ctx.parsed.from_addr or "(adresse absente)"
    quoted = "\n".join(f"> {line}" for line in ctx.parsed.text[:_QUOTED_CHARS].splitlines())
    draft = OutgoingMessage(
        application_id=case.id,
        template=HELD_TEMPLATE,
        status="draft",
        to_addr=case.applicant.email,
        subject=f"⚠ À vérifier avant tout changement — {ctx.parsed.subject or '(sans objet)'}"[:300],
        text_body=(
            f"⚠ Demande en attente : {hold.reason}.\n\n"
            f"Ce message vient de {sender} et concerne le dossier {case.case_token}. "
            "Rien n'a été changé dans le dossier.\n"
            "Approuver applique la demande (réservation, annulation, désistement ou nouvelles "
            "informations) comme si elle venait de la personne ; écarter la laisse sans effet. "
            "Ce brouillon n'est jamais envoyé.\n\n"
            f"Message reçu :\n{quoted}\n"
        ),
        html_body=None,
        message_id=make_msgid(domain="held.propulse.invalid"),
        in_reply_to=None,
        references=None,
        automatic=False,
        created_at=now,
    )
    ctx.session.add(draft)
    ctx.session.flush()
    record_audit(
        ctx.session,
        ACTOR,
        "request_held",
        "application",
        case.id,
        {"outgoing": draft.id, "message": message.id, "reason": hold.reason},
        at=now,
    )
    log.info("demande de %s mise en attente pour %s : %s", mask_address(sender), case.case_token, hold.reason)
    return draft
