"""The sender: approved emails leave exactly once as the applicant sees it, and none is ever lost.

The order of writes is the whole design:

1. commit status "sending" (the Message-ID is already stored) before talking to the server;
2. SMTP: the server answers 250, the email has left;
3. APPEND a copy to the IMAP Sent folder;
4. commit "sent".

A crash after 1 leaves the row "sending". The next run looks for its Message-ID in the Sent folder:
found, the email left and is only marked sent; not found, it is sent again. The one remaining gap is a
crash between the server's 250 and the APPEND (or a connection lost after DATA, before the 250): then
the email may arrive twice, a window every SMTP client has. Without a Sent folder (a Maildir transport,
or no IMAP inbox) a "sending" row is simply sent again; the Maildir transport itself ignores a repeat.

Statuses: draft → approved → sending → sent | retry (4xx, connection trouble; exponential backoff)
| failed (5xx, or too many attempts; `last_error` tells the coordinator why).
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.policy import SMTP
from typing import Any, Protocol

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session

from intake.clock import utcnow
from intake.config import Settings
from intake.outbox.message import build_email, recipient_of, recipients_of
from intake.outbox.sent_folder import ImapSentFolder, SentFolderUnavailable
from intake.outbox.transports import (
    MaildirTransport,
    PermanentFailure,
    SmtpTransport,
    TemporaryFailure,
    Transport,
)
from intake.redact import mask_address
from intake.scheduling.invitation import add_attachments, attachments_of
from intake.store.audit import record_audit
from intake.store.db import Store
from intake.store.locks import held_lock
from intake.store.models import OutgoingMessage, OutgoingStatus

log = logging.getLogger(__name__)

APPROVED, SENDING, SENT, RETRY, FAILED = (
    OutgoingStatus.APPROVED,
    OutgoingStatus.SENDING,
    OutgoingStatus.SENT,
    OutgoingStatus.RETRY,
    OutgoingStatus.FAILED,
)
# However many attempts, never wait more than this between two.
MAX_BACKOFF = timedelta(hours=6)
ACTOR = "propulse"


class SentCopy(Protocol):
    def append(self, raw: bytes, *, when: datetime | None = None) -> None: ...

    def contains(self, message_id: str) -> bool: ...

    def close(self) -> None: ...


@dataclass
class SendSummary:
    sent: int = 0
    # Found in the Sent folder after a crash: marked sent, not sent again.
    recovered: int = 0
    retrying: int = 0
    failed: int = 0
    # Another sender holds the lock; this run did nothing.
    busy: bool = False
    problems: list[str] = field(default_factory=list)


def send_approved(
    store: Store,
    settings: Settings,
    *,
    transport: Transport | None = None,
    sent_copy: SentCopy | None = None,
    now: datetime | None = None,
) -> SendSummary:
    """Deliver every approved email, every retry that is due, and every "sending" left by a crash.

    `transport` and `sent_copy` default to what the settings describe (SMTP or Maildir; the IMAP Sent
    folder when the inbox is IMAP and `outbox.sent_folder` is set). One sender runs at a time per store.
    """
    moment = (now or utcnow()).astimezone(UTC)
    summary = SendSummary()
    with _single_sender(store, settings) as acquired:
        if not acquired:
            summary.busy = True
            return summary
        due = _due_ids(store, moment)
        if not due:
            return summary
        own_transport, own_copy = transport is None, sent_copy is None
        transport = transport or open_transport(settings)
        sent_copy = sent_copy if sent_copy is not None else open_sent_copy(settings)
        try:
            for outgoing_id in due:
                _deliver(store, settings, outgoing_id, transport, sent_copy, moment, summary)
        finally:
            if own_transport:
                transport.close()
            if own_copy and sent_copy is not None:
                sent_copy.close()
    return summary


def open_transport(settings: Settings) -> Transport:
    if settings.outbox.transport == "smtp":
        from intake.oauth import smtp_credential

        smtp = settings.smtp
        if smtp.auth == "oauth2" and not smtp.username:
            # The token is the mailbox's: the same account as the inbox unless told otherwise.
            smtp = dataclasses.replace(smtp, username=settings.inbox.imap.username)
        return SmtpTransport(smtp, smtp_credential(settings))
    return MaildirTransport(settings.outbox.maildir_path)


def open_sent_copy(settings: Settings) -> SentCopy | None:
    if settings.inbox.source != "imap" or not settings.outbox.sent_folder:
        return None
    from intake.oauth import imap_credential

    return ImapSentFolder(settings.inbox.imap, imap_credential(settings), folder=settings.outbox.sent_folder)


def backoff(attempts: int, settings: Settings) -> timedelta:
    """retry_base_seconds, then twice that, four times… after each failed attempt, capped at MAX_BACKOFF."""
    seconds = settings.outbox.retry_base_seconds * 2 ** max(attempts - 1, 0)
    return min(timedelta(seconds=seconds), MAX_BACKOFF)


def _deliver(
    store: Store,
    settings: Settings,
    outgoing_id: int,
    transport: Transport,
    sent_copy: SentCopy | None,
    moment: datetime,
    summary: SendSummary,
) -> None:
    with store.session() as session:
        row = session.get(OutgoingMessage, outgoing_id)
        if row is None or row.status not in (APPROVED, RETRY, SENDING):
            return  # discarded or handled meanwhile
        recovering = row.status == SENDING
        # Files kept with the email until it leaves (the interview's .ics, say).
        attachments = attachments_of(session, outgoing_id)
    if recovering and sent_copy is not None:
        try:
            already_sent = sent_copy.contains(row.message_id)
        except SentFolderUnavailable as exc:
            # Never resend without checking: the row stays "sending" and is looked at again next run.
            _note_problem(store, outgoing_id, str(exc), summary)
            return
        if already_sent:
            _finish(store, outgoing_id, moment, status=SENT, action="email_sent", details={"recovered": True})
            summary.recovered += 1
            return
    try:
        email = build_email(row, settings, now=moment)
        add_attachments(email, attachments)
        recipient = recipient_of(row)
        recipients = recipients_of(row)  # the Cc (a referrer) receives it too
        raw = email.as_bytes(policy=SMTP)
    except ValueError as exc:  # HeaderInjection, InvalidRecipient: no retry can fix the row
        _give_up(store, outgoing_id, moment, str(exc), summary)
        return
    if not _claim(store, outgoing_id):
        return
    try:
        transport.send(
            raw, sender=settings.programme.address, recipients=recipients, message_id=row.message_id
        )
    except PermanentFailure as exc:
        _give_up(store, outgoing_id, moment, str(exc), summary)
        log.warning("e-mail %s à %s refusé : %s", outgoing_id, mask_address(recipient), exc)
        return
    except TemporaryFailure as exc:
        _schedule_retry(store, settings, outgoing_id, moment, str(exc), summary)
        return
    _finish(
        store,
        outgoing_id,
        moment,
        status=SENT,
        action="email_sent",
        error=_keep_copy(sent_copy, outgoing_id, raw, moment),
    )
    summary.sent += 1
    log.info("e-mail %s envoyé à %s", outgoing_id, mask_address(recipient))


def _give_up(store: Store, outgoing_id: int, moment: datetime, error: str, summary: SendSummary) -> None:
    """No retry can send this email: it is marked failed and the coordinator sees why."""
    _finish(store, outgoing_id, moment, status=FAILED, action="email_failed", error=error)
    summary.failed += 1
    summary.problems.append(error)


def _keep_copy(sent_copy: SentCopy | None, outgoing_id: int, raw: bytes, moment: datetime) -> str | None:
    """Put the sent email in the Sent folder; the problem to record if that failed."""
    if sent_copy is None:
        return None
    try:
        sent_copy.append(raw, when=moment)
    except SentFolderUnavailable as exc:
        # The email has left: a missing copy must not make it leave again.
        log.warning("e-mail %s envoyé sans copie : %s", outgoing_id, exc)
        return f"envoyé, mais {exc}"
    return None


def _claim(store: Store, outgoing_id: int) -> bool:
    """Commit "sending" before the first byte goes out: after a crash, the row says to look in Sent."""
    with store.session() as session:
        result = session.execute(
            update(OutgoingMessage)
            .where(OutgoingMessage.id == outgoing_id, OutgoingMessage.status.in_((APPROVED, RETRY, SENDING)))
            .values(status=SENDING, attempts=OutgoingMessage.attempts + 1)
            .execution_options(synchronize_session=False)
        )
        return bool(getattr(result, "rowcount", 0))


def _schedule_retry(
    store: Store, settings: Settings, outgoing_id: int, moment: datetime, reason: str, summary: SendSummary
) -> None:
    with store.session() as session:
        row = session.get(OutgoingMessage, outgoing_id)
        assert row is not None
        if row.attempts >= settings.outbox.max_attempts:
            given_up = f"abandonné après {row.attempts} tentatives : {reason}"
            _set(row, status=FAILED, error=given_up, next_attempt_at=None)
            _audit(session, row, moment, "email_failed", {"error": given_up})
            summary.failed += 1
            summary.problems.append(given_up)
            return
        _set(row, status=RETRY, error=reason, next_attempt_at=moment + backoff(row.attempts, settings))
        log.warning("e-mail %s non envoyé, nouvel essai prévu : %s", outgoing_id, reason)
        _audit(session, row, moment, "email_retry", {"error": reason, "attempts": row.attempts})
    summary.retrying += 1
    summary.problems.append(reason)


def _finish(
    store: Store,
    outgoing_id: int,
    moment: datetime,
    *,
    status: str,
    action: str,
    error: str | None = None,
    details: dict[str, Any] | None = None,
) -> None:
    with store.session() as session:
        row = session.get(OutgoingMessage, outgoing_id)
        assert row is not None
        _set(row, status=status, error=error, next_attempt_at=None)
        if status == SENT:
            row.sent_at = moment
        _audit(session, row, moment, action, {**(details or {}), **({"error": error} if error else {})})


def _note_problem(store: Store, outgoing_id: int, problem: str, summary: SendSummary) -> None:
    with store.session() as session:
        row = session.get(OutgoingMessage, outgoing_id)
        if row is not None:
            row.last_error = problem
    summary.problems.append(problem)


def _set(row: OutgoingMessage, *, status: str, error: str | None, next_attempt_at: datetime | None) -> None:
    row.status = status
    row.last_error = error
    row.next_attempt_at = next_attempt_at


def _audit(
    session: Session, row: OutgoingMessage, moment: datetime, action: str, details: dict[str, Any]
) -> None:
    on_case = row.application_id is not None
    entity, entity_id = ("application", row.application_id) if on_case else ("outgoing_message", row.id)
    record_audit(
        session,
        ACTOR,
        action,
        entity,
        entity_id,
        {"outgoing": row.id, "template": row.template, **details},
        at=moment,
    )


def _due_ids(store: Store, moment: datetime) -> list[int]:
    with store.session() as session:
        return list(
            session.scalars(
                select(OutgoingMessage.id)
                .where(
                    or_(
                        OutgoingMessage.status.in_((APPROVED, SENDING)),
                        (OutgoingMessage.status == RETRY)
                        & (
                            OutgoingMessage.next_attempt_at.is_(None)
                            | (OutgoingMessage.next_attempt_at <= moment)
                        ),
                    )
                )
                .order_by(OutgoingMessage.id)
            )
        )


@contextlib.contextmanager
def _single_sender(store: Store, settings: Settings) -> Iterator[bool]:
    """One sender at a time per store, across instances and machines: two senders would each take the
    other's "sending" for a crash. Released when the process dies, however it dies (intake.store.locks)."""
    with held_lock(store, "outbox", settings.store.data_dir) as acquired:
        yield acquired
