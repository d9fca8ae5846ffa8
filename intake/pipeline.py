"""The ingest pipeline: one raw message carried through ordered steps, inside one transaction.

The steps are data (`STEPS`): adding a stage of understanding, triage or drafting is one line. This
module is also the one boundary where errors are caught: a message whose processing raises is recorded
with its reason and set aside (quarantine), and the run goes on with the next message. Only a failure to
record anything at all (the database is gone) stops the run, and then the message stays in the inbox.
"""

from __future__ import annotations

import hashlib
import logging
import time
import traceback
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from email.parser import BytesHeaderParser
from email.policy import compat32
from itertools import islice
from typing import Any, Literal, cast

from sqlalchemy import func, literal, select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from intake import lifecycle, triage
from intake.clock import utcnow
from intake.config import ExtractionSettings, Settings
from intake.documents import ExtractionLimits
from intake.errors import INTERNAL_ERROR, QuarantineError, report_unexpected
from intake.extract import Understanding, understand
from intake.parsing import ParsedMessage, decode_header_value, parse_message, strip_quoted
from intake.prepare import Prepared, prepared_items, still_valid
from intake.redact import mask_addresses_in
from intake.sources.base import Incoming, MailSource
from intake.store.audit import audit_deferred, record_audit
from intake.store.db import Store, forget_created, get_blob, put_blob, put_blobs
from intake.store.locks import claim_in_transaction, is_postgresql, lock_key, on_postgresql
from intake.store.models import Application, Assessment, MailboxState, Message

log = logging.getLogger(__name__)


@dataclass
class Ingest:
    """What the steps know about the message in hand; each step reads and adds to it."""

    raw: bytes
    source: str
    session: Session
    today: date
    settings: Settings
    dedupe_key: str = ""
    sha256: str = ""
    parsed: ParsedMessage | None = None
    message: Message | None = None
    understanding: Understanding | None = None
    application: Application | None = None
    # The assessment file_message has just recorded: the draft reads its verdict from it, not the store.
    assessment: Assessment | None = None
    # A step that already drafted what the case needs (a booking confirmation, say) sets this.
    handled: bool = False
    extras: dict[str, Any] = field(default_factory=dict)
    # A step sets this to end the run early without error (a duplicate, say).
    finished: Literal["", "duplicate"] = ""


Step = Callable[[Ingest], None]


def deduplicate(ctx: Ingest) -> None:
    """The same message twice (by Message-ID, or by content when it has none) gives one record."""
    ctx.sha256 = hashlib.sha256(ctx.raw).hexdigest()
    ctx.dedupe_key = compute_dedupe_key(ctx.raw, ctx.sha256)
    existing = _claim_and_find(ctx.session, ctx.dedupe_key)
    if existing is None:
        return
    if existing.status == "quarantined":
        # It failed before and has come back: try again on the same record.
        existing.attempts += 1
        ctx.message = existing
        return
    ctx.message = existing
    ctx.finished = "duplicate"


def _claim_and_find(session: Session, key: str) -> Message | None:
    """Claim the message's key, then its record if there is one. Another instance reading the same inbox
    may hold this message: wait for its commit, then see it.

    On PostgreSQL, the claim is first tried in the statement that reads the record: when no one holds it
    (nearly always), that is one statement instead of two. Its snapshot may predate a commit that released
    the claim a moment before it was taken: a record missed that way makes this one's insert fail on the
    unique key, and the message is then seen as a duplicate (`_recorded_meanwhile`); a quarantined record
    seen that way is read again, now that the claim is held, before it is worked on again.
    """
    name = f"message:{key}"
    if on_postgresql(session):
        claimed = func.pg_try_advisory_xact_lock(lock_key(name)).label("claimed")
        one_row = select(literal(1).label("one")).subquery()
        got, found = session.execute(
            select(claimed, Message).select_from(one_row).outerjoin(Message, Message.dedupe_key == key)
        ).one()
        if got and (found is None or found.status != "quarantined"):
            return cast(Message | None, found)
    claim_in_transaction(session, name)
    return session.scalars(
        select(Message).where(Message.dedupe_key == key).execution_options(populate_existing=True)
    ).first()


def store_raw(ctx: Ingest) -> None:
    prepared = ctx.extras.get("prepared")
    # Understood in the pool, a message is always understood here too, and its attachments kept
    # (understand_message): their bytes go out now, with the message's, in one statement.
    attachments = prepared.understanding.parsed.attachments if isinstance(prepared, Prepared) else []
    put_blobs(ctx.session, [ctx.raw, *(a.payload for a in attachments)])


def parse_headers(ctx: Ingest) -> None:
    prepared = ctx.extras.get("prepared")
    # The worker that understood the message parsed the same bytes already.
    ctx.parsed = prepared.understanding.parsed if isinstance(prepared, Prepared) else parse_message(ctx.raw)


def record(ctx: Ingest) -> None:
    parsed = ctx.parsed
    assert parsed is not None, "parse_headers runs before record"
    message = ctx.message or Message(dedupe_key=ctx.dedupe_key, raw_sha256=ctx.sha256, source=ctx.source)
    message.source = ctx.source
    message.status = "processed"
    message.error = None
    message.message_id = parsed.message_id
    message.in_reply_to = parsed.in_reply_to
    message.references = " ".join(parsed.references) or None
    message.from_addr = parsed.from_addr
    message.from_name = parsed.from_name or None
    message.subject = parsed.subject
    message.sent_at = parsed.date
    message.processed_at = utcnow()
    if ctx.message is None:
        ctx.session.add(message)
    # Not flushed yet: the next statement inserts it with what understanding adds (its kind, say).
    ctx.message = message


def understand_message(ctx: Ingest) -> None:
    """Kind, documents, applicant details and eligibility, each with its evidence."""
    assert ctx.message is not None and ctx.parsed is not None
    prepared = ctx.extras.get("prepared")
    if isinstance(prepared, Prepared) and still_valid(ctx.session, prepared):
        ctx.understanding = prepared.understanding  # understood in the worker pool, see intake/prepare.py
    else:
        ctx.understanding = _understand_here(ctx)
    ctx.message.kind = ctx.understanding.classification.kind
    triage.store_documents(ctx.session, ctx.message, ctx.understanding)


def _understand_here(ctx: Ingest) -> Understanding:
    assert ctx.parsed is not None
    return understand(
        ctx.raw,
        today=ctx.today,
        limits=extraction_limits(ctx.settings.extraction),
        is_our_thread=triage.make_thread_check(ctx.session, ctx.parsed.subject),
        our_address=ctx.settings.programme.address,
    )


def hold_unverified(ctx: Ingest) -> None:
    """What an unauthenticated sender, or a third party forwarding someone's mail, asks of an existing
    case waits for the coordinator's approval (intake/held.py)."""
    from intake.held import decide_hold, hold_request

    hold = decide_hold(ctx)
    if hold is not None:
        hold_request(ctx, hold)
        ctx.handled = True


def file_message(ctx: Ingest) -> None:
    """Attach the message to its case (a new one for a first application) and assess the case."""
    assert ctx.message is not None and ctx.understanding is not None
    if ctx.handled:
        return  # held for the coordinator by hold_unverified
    u = ctx.understanding
    kind = u.classification.kind
    if kind == "application":
        known = ctx.extras.get(triage.ON_FILE)
        ctx.application = triage.file_application(ctx.session, ctx.message, u, u.case_facts, known)
    elif kind == "reply":
        ctx.application = triage.find_thread(ctx.session, u.parsed)
        if ctx.application is not None:
            ctx.message.application_id = ctx.application.id
            from intake.intent_actions import answer_intent

            # A status question, a withdrawal, a late CV or a thank-you gets its own answer (issue 17).
            attachments = tuple(a.filename for a in u.parsed.attachments)
            if answer_intent(
                ctx.session,
                ctx.application,
                ctx.message,
                u.parsed.text,
                attachments,
                ctx.settings,
                today=ctx.today,
            ):
                ctx.handled = True
                return
            if ctx.application.status in lifecycle.SCHEDULING:
                # An answer about interview slots: booking, not re-scoring, decides what happens next.
                from intake.scheduling.booking import handle_scheduling_reply

                handle_scheduling_reply(
                    ctx.session,
                    ctx.application,
                    strip_quoted(u.parsed.text),
                    ctx.settings,
                    now=utcnow(),
                    reply_to=ctx.message,
                )
                ctx.handled = True
                return
    elif kind == "bounce" and u.classification.bounced_address:
        from intake.replies.drafts import mark_bounce

        mark_bounce(ctx.session, u.classification.bounced_address)
    if ctx.application is None:
        return
    if kind == "application" and triage.is_first_message(ctx.session, ctx.application, ctx.message):
        facts = u.case_facts  # the case is this message alone: it has just been read
    else:
        facts = triage.rescore_case(ctx.session, ctx.application, today=ctx.today)
    ctx.assessment = triage.record_assessment(ctx.session, ctx.application, facts)


def draft_reply(ctx: Ingest) -> None:
    """A draft for the coordinator — never for automatic mail, and not beyond the per-sender limit."""
    from intake.replies.drafts import draft_for_application, may_draft, should_answer

    assert ctx.message is not None
    if ctx.message.kind == "question" and ctx.message.from_addr and ctx.understanding is not None:
        _draft_answer_to_question(ctx)
        return
    if ctx.handled or ctx.application is None or not should_answer(ctx.message.kind or ""):
        return
    sender = ctx.application.applicant.email
    known = ctx.extras.get(triage.ON_FILE)
    # What the hold check's query counted for this address, if it is the same: one statement fewer.
    counted = (
        known.drafts_in_window if known is not None and known.address == sender.strip().lower() else None
    )
    if not may_draft(ctx.session, sender, ctx.settings, now=utcnow(), counted=counted):
        details = {"message": ctx.message.id, "reason": "limite de brouillons par expéditeur atteinte"}
        record_audit(ctx.session, "propulse", "draft_skipped", "application", ctx.application.id, details)
        return
    draft_for_application(
        ctx.session, ctx.application, ctx.settings, reply_to=ctx.message, assessed=ctx.assessment
    )


def _draft_answer_to_question(ctx: Ingest) -> None:
    """A question about the programme gets the information email as a draft, within the per-sender limit."""
    from intake.replies.drafts import draft_for_question, may_draft

    assert ctx.message is not None and ctx.message.from_addr and ctx.understanding is not None
    if not may_draft(ctx.session, ctx.message.from_addr, ctx.settings, now=utcnow()):
        return
    language = ctx.understanding.parsed.language
    draft_for_question(ctx.session, ctx.message, language, ctx.settings, now=utcnow())


def extraction_limits(settings: ExtractionSettings) -> ExtractionLimits:
    """The limits for one message, its wall-clock budget starting now."""
    mb = 1024 * 1024
    return ExtractionLimits(
        max_attachment_bytes=int(settings.max_attachment_mb * mb),
        max_pages=settings.max_pages,
        max_uncompressed_bytes=int(settings.max_uncompressed_mb * mb),
        timeout_seconds=settings.timeout_seconds,
        memory_mb=settings.worker_memory_mb,
        deadline=time.monotonic() + settings.message_seconds,
        message_seconds=settings.message_seconds,
    )


# The order of the steps is the order of decisions; a new stage is one more name here.
STEPS: tuple[Step, ...] = (
    deduplicate,
    store_raw,
    parse_headers,
    record,
    understand_message,
    hold_unverified,
    file_message,
    draft_reply,
)
# Recording only, without understanding: for tests of the intake machinery itself.
RECORD_STEPS: tuple[Step, ...] = (deduplicate, store_raw, parse_headers, record)


@dataclass(frozen=True)
class Outcome:
    status: Literal["new", "duplicate", "quarantined"]
    message_pk: int
    reason: str | None = None


class StoreUnavailable(RuntimeError):
    """Not even the failure could be recorded: the message must stay in the inbox."""


def ingest(
    store: Store,
    raw: bytes,
    *,
    source: str,
    today: date | None = None,
    steps: Sequence[Step] = STEPS,
    settings: Settings | None = None,
    prepared: Prepared | None = None,
) -> Outcome:
    """Carry one message through the steps; never raises for a bad message, only if the store is gone."""
    try:
        with store.session() as session:
            outcome = carry(
                session, raw, source=source, today=today, steps=steps, settings=settings, prepared=prepared
            )
        return outcome
    except Exception as exc:  # the one boundary: whatever a step raised, the message is kept
        recorded = _recorded_meanwhile(store, raw, exc)
        if recorded is not None:
            return Outcome("duplicate", recorded)
        reason = quarantine_reason(exc, source)
        try:
            return Outcome("quarantined", _record_failure(store, raw, source, reason), reason)
        except Exception as exc2:
            raise StoreUnavailable(f"enregistrement impossible : {describe_failure(exc2)}") from exc2


def carry(
    session: Session,
    raw: bytes,
    *,
    source: str,
    today: date | None = None,
    steps: Sequence[Step] = STEPS,
    settings: Settings | None = None,
    prepared: Prepared | None = None,
) -> Outcome:
    """The steps over one message in `session`'s transaction, which the caller commits; raises what a
    step raised."""
    day = today or utcnow().date()
    ctx = Ingest(raw=raw, source=source, session=session, today=day, settings=settings or Settings())
    if prepared is not None:
        ctx.extras["prepared"] = prepared
    # No step reads the audit log: the message's entries go out in one statement at its end.
    with audit_deferred(session):
        for step in steps:
            step(ctx)
            if ctx.finished:
                break
    assert ctx.message is not None, "the steps must end with a record"
    session.flush()
    status: Literal["new", "duplicate"] = "duplicate" if ctx.finished == "duplicate" else "new"
    return Outcome(status, ctx.message.id)


def _recorded_meanwhile(store: Store, raw: bytes, exc: Exception) -> int | None:
    """The record another process committed while this one worked on the same message (SQLite, where
    no claim waits): the unique key refused the second record, which is a duplicate, not a failure."""
    if not isinstance(exc, IntegrityError):
        return None
    key = compute_dedupe_key(raw, hashlib.sha256(raw).hexdigest())
    with store.session() as session:
        found = session.scalar(
            select(Message.id).where(Message.dedupe_key == key, Message.status != "quarantined")
        )
    return found


# The machine's trouble, neither the sender's fault nor a bug: the store or the disk failed mid-message.
ENVIRONMENT_ERRORS: tuple[type[Exception], ...] = (OperationalError, OSError)


def quarantine_reason(exc: Exception, source: str) -> str:
    """Why a message is set aside, decided by the type of what a step raised (intake/errors.py)."""
    if isinstance(exc, QuarantineError):  # the sender's fault: its French text is the reason
        reason = mask_addresses_in(" ".join(str(exc).split()))[:500] or describe_failure(exc)
    elif isinstance(exc, ENVIRONMENT_ERRORS):
        reason = describe_failure(exc)
    else:  # a bug of ours: the message is kept all the same, the traceback logged, the tests told
        reason = f"{INTERNAL_ERROR} ({describe_failure(exc)})"[:500]
        # The frames only (file, line, code), masked too: the exception's own text may quote the message.
        trace = mask_addresses_in("".join(traceback.format_tb(exc.__traceback__)))
        log.error("message mis en quarantaine (%s) : %s\n%s", source, reason, trace)
        report_unexpected(exc)
        return reason
    log.warning("message mis en quarantaine (%s) : %s", source, reason)
    return reason


def describe_failure(exc: BaseException) -> str:
    """One line for a person, without personal data from the message."""
    text = mask_addresses_in(" ".join(str(exc).split())) or "(sans détail)"
    return f"{type(exc).__name__}: {text}"[:500]


def _record_failure(store: Store, raw: bytes, source: str, reason: str) -> int:
    sha256 = hashlib.sha256(raw).hexdigest()
    key = compute_dedupe_key(raw, sha256)
    with store.session() as session:
        put_blob(session, raw)
        message = session.scalar(select(Message).where(Message.dedupe_key == key))
        if message is None:
            message = Message(dedupe_key=key, raw_sha256=sha256, source=source)
            session.add(message)
        message.status = "quarantined"
        message.error = reason
        headers = _quick_headers(raw)
        message.message_id = headers.get("message-id")
        message.subject = headers.get("subject")
        session.flush()
        return message.id


def compute_dedupe_key(raw: bytes, sha256: str) -> str:
    message_id = _quick_headers(raw).get("message-id", "").strip()
    return f"mid:{message_id}"[:1000] if message_id else f"sha256:{sha256}"


def _quick_headers(raw: bytes) -> dict[str, str]:
    """Just enough of the header to identify a message, even one too broken to parse fully."""
    try:
        headers = BytesHeaderParser(policy=compat32).parsebytes(raw[:65536])
    except Exception:
        return {}
    found = {}
    for name in ("message-id", "subject"):
        value = headers.get(name)
        if value is not None:
            found[name] = " ".join(decode_header_value(value).split())
    return found


@dataclass
class PollSummary:
    new: int = 0
    duplicate: int = 0
    quarantined: int = 0
    reasons: list[str] = field(default_factory=list)
    message_pks: list[int] = field(default_factory=list)

    def add(self, outcome: Outcome) -> None:
        if outcome.status == "new":
            self.new += 1
        elif outcome.status == "duplicate":
            self.duplicate += 1
        else:
            self.quarantined += 1
            self.reasons.append(outcome.reason or "")
        self.message_pks.append(outcome.message_pk)

    @property
    def total(self) -> int:
        return self.new + self.duplicate + self.quarantined


def poll(
    source: MailSource,
    store: Store,
    *,
    steps: Sequence[Step] = STEPS,
    today: date | None = None,
    settings: Settings | None = None,
    on_item: Callable[[Outcome], None] | None = None,
    should_stop: Callable[[], bool] = lambda: False,
    pool: Callable[[], ProcessPoolExecutor] | None = None,
) -> PollSummary:
    """Ingest everything waiting in a source; each message leaves the inbox only after its commit.

    `should_stop` is asked between messages, so a shutdown finishes the message in hand and no more.
    With a `pool` (prepare.LazyPool), a backlog is understood ahead in its workers; commits and moves
    stay in order (intake/prepare.py). On PostgreSQL the messages are committed `BATCH` at a time.
    """
    summary = PollSummary()
    items = _until(
        should_stop,
        prepared_items(
            source.fetch(),
            store,
            pool if understand_message in steps else None,
            today=today or utcnow().date(),
            limits=extraction_limits((settings or Settings()).extraction),
        ),
    )

    def one(item: Incoming, prepared: Prepared | None) -> Outcome:
        if item.oversized is not None:
            return quarantine_oversized(store, item, settings or Settings())
        return ingest(
            store, item.raw, source=item.ref, today=today, steps=steps, settings=settings, prepared=prepared
        )

    def run(session: Session, item: Incoming, prepared: Prepared | None) -> Outcome:
        return carry(
            session, item.raw, source=item.ref, today=today, steps=steps, settings=settings, prepared=prepared
        )

    size = BATCH if is_postgresql(store) else 1
    unremembered: Incoming | None = None  # the last UID filed since the position was last written
    while batch := _next_batch(store, items, size, one, run):
        unremembered = _file_committed(source, store, batch, summary, unremembered, on_item)
    _remember_poll(store, source.name, unremembered)
    return summary


def _file_committed(
    source: MailSource,
    store: Store,
    batch: list[tuple[Incoming, Outcome]],
    summary: PollSummary,
    unremembered: Incoming | None,
    on_item: Callable[[Outcome], None] | None,
) -> Incoming | None:
    """Move a committed batch's messages out of the inbox, in order; return the last UID not remembered."""
    for item, outcome in batch:
        if outcome.status == "quarantined":
            source.quarantine(item, outcome.reason or "")
        else:
            source.acknowledge(item, seen_before=outcome.status == "duplicate")
        summary.add(outcome)
        if item.uid is not None:
            unremembered = item
        # The position is written after the commits it covers, once every POSITION_BATCH messages
        # rather than with each: the inbox is the queue (sources/imap.py), so a position that lags
        # after a crash loses nothing, the messages still there are read again and recognised.
        if unremembered is not None and summary.total % POSITION_BATCH == 0:
            _remember_position(store, source.name, unremembered)
            unremembered = None
        if on_item is not None:
            on_item(outcome)
    return unremembered


# PostgreSQL: messages recorded per transaction. A commit there is a round trip and work for the server,
# which shares the machine's cores with the workers; SQLite's commits cost next to nothing, it commits each.
BATCH = 32
Pending = tuple[Incoming, Prepared | None]


def _until(should_stop: Callable[[], bool], items: Iterable[Pending]) -> Iterator[Pending]:
    """The items, asking `should_stop` before handing out each one."""
    for pending in items:
        if should_stop():
            return
        yield pending


def _next_batch(
    store: Store,
    items: Iterator[Pending],
    size: int,
    one: Callable[[Incoming, Prepared | None], Outcome],
    run: Callable[[Session, Incoming, Prepared | None], Outcome],
) -> list[tuple[Incoming, Outcome]]:
    """The next `size` messages at most, recorded in one transaction; an empty list once none is left.

    `one` records a message in a transaction of its own and never raises for a bad message; `run` carries
    one through the steps in the batch's transaction. If a message raises there, the whole batch is rolled
    back and its messages are recorded again one at a time by `one`: the failing one is quarantined with
    its reason, alone, and nothing of it stays in the others' records.
    """
    if size == 1:
        return [(item, one(item, prepared)) for item, prepared in islice(items, 1)]
    taken: list[Pending] = []
    done: list[Outcome] = []
    failed = False
    try:
        with store.session() as session, audit_deferred(session):  # the batch's entries in one statement
            for item, prepared in islice(items, size):
                taken.append((item, prepared))
                if item.oversized is not None:
                    # Set aside in a transaction of its own, after this one's commit: were it a copy of a
                    # message of this batch, its record would wait for the batch, which would wait for it.
                    break
                forget_created(session)  # what the previous message created is not new to this one
                try:
                    done.append(run(session, item, prepared))
                except Exception:
                    failed = True
                    raise
    except Exception:
        if not failed:
            raise  # the source or the store failed, not a message: nothing of the batch is committed
        return [(item, one(item, prepared)) for item, prepared in taken]
    done += [one(item, prepared) for item, prepared in taken[len(done) :]]  # the one too large, if any
    return [(item, outcome) for (item, _prepared), outcome in zip(taken, done, strict=True)]


POSITION_BATCH = 50


TOO_LARGE = "too_large"


def quarantine_oversized(store: Store, item: Incoming, settings: Settings) -> Outcome:
    """Record a message too large to read from its headers alone, and set it aside with the reason."""
    limit = settings.extraction.max_message_mb
    size = (item.oversized or 0) / 1048576
    reason = f"message trop volumineux : {size:.0f} Mo (limite {limit:g} Mo), non lu"
    log.warning("message mis en quarantaine (%s) : %s", item.ref, reason)
    try:
        pk = _record_failure(store, item.raw, item.ref, reason)
        with store.session() as session:
            message = session.get(Message, pk)
            assert message is not None
            message.kind = TOO_LARGE  # its stored bytes are the headers only: never reprocessed
    except Exception as exc:
        raise StoreUnavailable(f"enregistrement impossible : {describe_failure(exc)}") from exc
    return Outcome("quarantined", pk, reason)


def reprocess_quarantined(
    store: Store, *, steps: Sequence[Step] = STEPS, settings: Settings | None = None
) -> PollSummary:
    """Run the quarantined messages through the steps again, from their stored raw bytes."""
    with store.session() as session:
        pending = list(
            session.execute(
                select(Message.raw_sha256, Message.source)
                .where(Message.status == "quarantined", Message.kind.is_distinct_from(TOO_LARGE))
                .order_by(Message.id)
            )
        )
    summary = PollSummary()
    for sha256, source in pending:
        with store.session() as session:
            raw = get_blob(session, sha256)
        summary.add(ingest(store, raw, source=source, steps=steps, settings=settings))
    return summary


def _remember_position(store: Store, mailbox: str, item: Incoming) -> None:
    with store.session() as session:
        _move_position(session, mailbox, item)


def _move_position(session: Session, mailbox: str, item: Incoming) -> None:
    if item.uid is None:
        return
    state = _state(session, mailbox)
    if state.uidvalidity != item.uidvalidity:
        if state.uidvalidity is not None:
            log.warning("UIDVALIDITY de %s a changé (%s → %s)", mailbox, state.uidvalidity, item.uidvalidity)
        state.uidvalidity = item.uidvalidity
        state.last_uid = 0
    state.last_uid = max(state.last_uid, item.uid)


def _remember_poll(store: Store, mailbox: str, last: Incoming | None = None) -> None:
    with store.session() as session:
        if last is not None:
            _move_position(session, mailbox, last)
        state = _state(session, mailbox)
        state.last_poll_at = utcnow()
        state.last_error = None


def _state(session: Session, mailbox: str) -> MailboxState:
    state = session.scalar(select(MailboxState).where(MailboxState.mailbox == mailbox))
    if state is None:
        state = MailboxState(mailbox=mailbox, last_uid=0)
        session.add(state)
        session.flush()
    return state


__all__ = ["RECORD_STEPS", "STEPS", "Ingest", "Outcome", "PollSummary", "Step", "ingest", "poll"]
