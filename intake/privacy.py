"""Personal data: the retention policy, a person's export, and erasure.

Erasure removes who a person was (names, addresses, texts, raw messages, CVs) but keeps what the
programme's figures are made of (statuses, dates, verdicts, kinds), under a pseudonym: reports still add
up and no one can be found again. On SQLite the freed pages are overwritten (secure_delete), then the file
is rebuilt (VACUUM) and the write-ahead log emptied, because deleted rows otherwise linger on disk. On
PostgreSQL the store's tables are rewritten (VACUUM FULL), which deletes the files holding old row versions.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, or_, select, text, update
from sqlalchemy.orm import Session

from intake.clock import as_utc, utcnow
from intake.config import Settings
from intake.errors import ShownError
from intake.redact import mask_address
from intake.store.audit import record_audit
from intake.store.db import Store, last_heard_from, put_blob
from intake.store.locks import is_postgresql, is_sqlite, on_sqlite
from intake.store.models import (
    OUTGOING_WAITING,
    Applicant,
    Application,
    Assessment,
    Attachment,
    Attendance,
    AuditEntry,
    Base,
    Blob,
    CoachingSession,
    Cohort,
    CriterionOverride,
    FollowUpNote,
    Interview,
    Message,
    OutgoingMessage,
    OutgoingStatus,
    Participant,
    Placement,
)

log = logging.getLogger(__name__)
ERASED = "(effacé)"
# Drafts not yet sent to someone erased must never leave: their address is gone anyway.
# What an erasure stops: whatever may still leave (a retry too), and what failed, never to be retried.
UNSENT = OUTGOING_WAITING | {OutgoingStatus.FAILED}


class PrivacyError(ShownError, ValueError):
    """One French line for the coordinator (unknown address, already erased…)."""


@dataclass(frozen=True)
class RetentionDue:
    applicant_id: int
    masked_address: str
    case_tokens: tuple[str, ...]
    reason: str
    due_on: date


@dataclass(frozen=True)
class Erasure:
    applicant_id: int
    pseudonym: str
    messages: int
    files: int
    outside_files: int


# -- finding people ------------------------------------------------------------------------------------


def find_applicant(session: Session, email: str) -> Applicant:
    address = email.strip().lower()
    if "@" not in address:
        raise PrivacyError(f"« {email} » n'est pas une adresse e-mail")
    applicant = session.scalar(select(Applicant).where(Applicant.email_normalised == address))
    if applicant is None:
        raise PrivacyError(f"aucune personne enregistrée avec l'adresse {mask_address(address)}")
    if applicant.erased_at is not None:
        raise PrivacyError(f"les données de {mask_address(address)} ont déjà été effacées")
    return applicant


def pseudonym_of(applicant_id: int) -> str:
    return f"personne effacée n°{applicant_id}"


# -- retention -----------------------------------------------------------------------------------------


def find_retention_due(session: Session, settings: Settings, *, today: date) -> list[RetentionDue]:
    """Who the policy says must go today, with the reason; nothing is changed."""
    policy = settings.retention
    entered = (
        select(
            Participant.applicant_id, func.max(func.coalesce(Cohort.end_date, Cohort.start_date)).label("end")
        )
        .join(Cohort, Cohort.id == Participant.cohort_id)
        .where(Participant.entered_on.is_not(None))
        .group_by(Participant.applicant_id)
        .subquery()
    )
    last_message = last_heard_from()
    rows = session.execute(
        select(Applicant, entered.c.end, last_message.c.at)
        .outerjoin(entered, entered.c.applicant_id == Applicant.id)
        .outerjoin(last_message, last_message.c.applicant_id == Applicant.id)
        .where(Applicant.erased_at.is_(None))
        .order_by(Applicant.id)
    ).all()
    due: list[RetentionDue] = []
    for applicant, programme_end, last_message_at in rows:
        if programme_end is not None:
            until = add_months(_as_date(programme_end), policy.participant_months_after_end)
            reason = f"participant·e, programme terminé le {_as_date(programme_end):%d/%m/%Y}"
        else:
            contacts = [m for m in (applicant.last_contact_at, last_message_at, applicant.created_at) if m]
            last = max(_as_date(m) for m in contacts)
            until = add_months(last, policy.not_admitted_months)
            reason = f"non admis·e, dernier contact le {last:%d/%m/%Y}"
        if until <= today:
            tokens = tuple(a.case_token for a in applicant.applications)
            due.append(RetentionDue(applicant.id, mask_address(applicant.email), tokens, reason, until))
    return due


def apply_retention(store: Store, settings: Settings, *, today: date, actor: str) -> list[RetentionDue]:
    with store.session() as session:
        due = find_retention_due(session, settings, today=today)
    erased = []
    for item in due:
        with store.session() as session:
            _secure_delete(session)
            applicant = session.get(Applicant, item.applicant_id)
            if applicant is None or applicant.erased_at is not None:
                continue
            _erase(
                session,
                applicant,
                settings=settings,
                actor=actor,
                reason=f"durée de conservation ({item.reason})",
            )
        erased.append(item)
    if erased:
        compact(store)
    log.info("conservation : %d personne(s) effacée(s)", len(erased))
    return erased


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last_day in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last_day))
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


# -- erasure -------------------------------------------------------------------------------------------


def erase_person(store: Store, email: str, *, settings: Settings, actor: str) -> Erasure:
    """Erase everything about the person at `email`; counts and dates stay, anonymous."""
    with store.session() as session:
        _secure_delete(session)
        applicant = find_applicant(session, email)
        result = _erase(session, applicant, settings=settings, actor=actor, reason="demande de la personne")
    compact(store)
    log.info("données effacées : %s", result.pseudonym)
    return result


def compact(store: Store) -> None:
    """Make deleted bytes really gone from a SQLite file and its write-ahead log, or PostgreSQL's tables."""
    if is_postgresql(store):
        _vacuum_postgresql(store)
        return
    if not is_sqlite(store):
        return
    with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("PRAGMA secure_delete=ON"))
        conn.execute(text("VACUUM"))
        conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))


def _vacuum_postgresql(store: Store) -> None:
    """An UPDATE or DELETE leaves the old row versions in the table and index files; a plain VACUUM marks
    their space free but leaves bytes behind (seen in tests), so each table of the store is rewritten into
    new files (VACUUM FULL, a short exclusive lock per table) and the old files are deleted.

    The planner's statistics (pg_statistic, filled by ANALYZE and by autovacuum at any time) keep sample
    values of each column — last names among them: they are computed again from what is left (ANALYZE),
    and the catalog rewritten so that the former sample is gone too. Without the right to rewrite the
    catalog (a role that owns neither it nor the database) PostgreSQL skips that step with a warning."""
    quote = store.engine.dialect.identifier_preparer.quote
    tables = ", ".join(quote(table.name) for table in Base.metadata.sorted_tables)
    with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text(f"VACUUM (FULL, ANALYZE) {tables}"))
        conn.execute(text("VACUUM (FULL) pg_catalog.pg_statistic"))


@dataclass(frozen=True)
class _Traces:
    """What the store holds about one person, found before anything is changed."""

    application_ids: list[int]
    participant_ids: list[int]
    needles: list[str]
    messages: list[Message]
    outgoing: list[OutgoingMessage]

    @property
    def outgoing_ids(self) -> list[int]:
        return [o.id for o in self.outgoing]


def _erase(session: Session, applicant: Applicant, *, settings: Settings, actor: str, reason: str) -> Erasure:
    pseudonym = pseudonym_of(applicant.id)
    traces = _traces_of(session, applicant)
    # Read before the rows are blanked: they name the copies outside the store.
    outgoing_message_ids = [o.message_id for o in traces.outgoing]
    received_message_ids = [m.message_id for m in traces.messages if m.message_id]
    raw_hashes = {m.raw_sha256 for m in traces.messages}
    files = _blank_messages(session, traces, raw_hashes)
    _blank_outgoing(traces.outgoing, applicant.id)
    _blank_case_records(session, applicant, traces)
    _blank_audit_entries(session, applicant, traces)
    _pseudonymise(applicant, pseudonym)
    details = {"reason": reason, "messages": len(traces.messages), "files": files}
    record_audit(session, actor, "person_erased", "applicant", applicant.id, details)
    session.flush()
    outside = _remove_outside_copies(settings, raw_hashes, outgoing_message_ids)
    outside += remove_imap_copies(settings, [*received_message_ids, *outgoing_message_ids], traces.needles)
    return Erasure(applicant.id, pseudonym, len(traces.messages), files, outside)


def _traces_of(session: Session, applicant: Applicant) -> _Traces:
    address = applicant.email_normalised
    application_ids = [a.id for a in applicant.applications]
    participant_ids = list(
        session.scalars(select(Participant.id).where(Participant.applicant_id == applicant.id))
    )
    needles = _needles(applicant)
    messages = _messages_of(session, address, application_ids, needles)
    outgoing = list(
        session.scalars(
            select(OutgoingMessage).where(
                or_(
                    OutgoingMessage.application_id.in_(application_ids),
                    func.lower(OutgoingMessage.to_addr) == address,
                )
            )
        )
    )
    return _Traces(application_ids, participant_ids, needles, messages, outgoing)


def _blank_messages(session: Session, traces: _Traces, raw_hashes: set[str]) -> int:
    """Blank the received messages, delete their attachments and every blob no row needs any more;
    the number of files deleted."""
    empty = put_blob(session, b"")
    freed: set[str] = set(raw_hashes) | _stored_attachments_of(session, traces.outgoing_ids)
    files = 0
    for message in traces.messages:
        for attachment in list(message.attachments):
            freed.add(attachment.sha256)
            session.delete(attachment)
            files += 1
        message.raw_sha256 = empty
        message.dedupe_key = f"effacé:{message.id}"
        message.source = ERASED
        message.message_id = message.in_reply_to = message.references = None
        message.from_addr = message.from_name = message.subject = message.error = None
    session.flush()
    _delete_unreferenced(session, freed - {empty})
    return files


def _blank_outgoing(outgoing: list[OutgoingMessage], applicant_id: int) -> None:
    for o in outgoing:
        o.to_addr = f"effacee-{applicant_id}@erased.invalid"
        o.cc = None  # a referrer in copy would tie someone to the erased person
        o.subject = ERASED
        o.text_body = ""
        o.html_body = None
        o.in_reply_to = o.references = o.last_error = None
        o.effect = None  # a reply's pending effect quotes the person and holds their facts
        if o.status in UNSENT:
            o.status = OutgoingStatus.DISCARDED


def _blank_case_records(session: Session, applicant: Applicant, traces: _Traces) -> None:
    """Facts, criteria evidence, notes and reasons: what the case and the follow-up wrote about them."""
    application_ids, participant_ids = traces.application_ids, traces.participant_ids
    for application in applicant.applications:
        application.facts = {}
        application.forwarded_by = None
    for assessment in session.scalars(
        select(Assessment).where(Assessment.application_id.in_(application_ids))
    ):
        criteria = assessment.criteria.get("criteria", []) if isinstance(assessment.criteria, dict) else []
        assessment.criteria = {
            "criteria": [
                {"id": c.get("id"), "status": c.get("status")} for c in criteria if isinstance(c, dict)
            ]
        }
    session.execute(
        update(CriterionOverride)
        .where(CriterionOverride.application_id.in_(application_ids))
        .values(reason=None)
    )
    session.execute(update(Interview).where(Interview.application_id.in_(application_ids)).values(notes=None))
    session.execute(delete(FollowUpNote).where(FollowUpNote.participant_id.in_(participant_ids)))
    session.execute(
        update(Attendance).where(Attendance.participant_id.in_(participant_ids)).values(note=None)
    )
    session.execute(
        update(Participant)
        .where(Participant.id.in_(participant_ids), Participant.left_reason.is_not(None))
        .values(left_reason=ERASED)
    )
    session.execute(
        update(Placement)
        .where(Placement.participant_id.in_(participant_ids))
        .values(employer=ERASED, job_title=ERASED, participant_view=None)
    )


def _entities_of(applicant: Applicant, traces: _Traces) -> dict[str, list[int]]:
    """The audit log's names for the person's records: the entries about them are about the person."""
    return {
        "applicant": [applicant.id],
        "application": traces.application_ids,
        "outgoing_message": traces.outgoing_ids,
        "participant": traces.participant_ids,
        "message": [m.id for m in traces.messages],
    }


def _blank_audit_entries(session: Session, applicant: Applicant, traces: _Traces) -> None:
    for entity, ids in _entities_of(applicant, traces).items():
        session.execute(
            update(AuditEntry)
            .where(AuditEntry.entity == entity, AuditEntry.entity_id.in_(ids))
            .values(details={"effacé": True})
        )
    # Entries about something else that still quote the person (a draft edit's before/after, say).
    for entry in session.scalars(select(AuditEntry)):
        if entry.details and _quotes(json.dumps(entry.details, ensure_ascii=False), traces.needles):
            entry.details = {"effacé": True}


def _pseudonymise(applicant: Applicant, pseudonym: str) -> None:
    applicant.email = applicant.email_normalised = f"effacee-{applicant.id}@erased.invalid"
    applicant.first_name = None
    applicant.last_name = pseudonym
    applicant.phone = applicant.city = None
    applicant.erased_at = utcnow()


def _quotes(text: str, needles: list[str]) -> bool:
    """Does a decoded text name the person (address, full name, or phone however it is written)?"""
    lowered = " ".join(text.split()).lower()
    phones = set(_phones_in(lowered))
    return any((n in phones) if n.isdigit() else (n in lowered) for n in needles)


def _stored_attachments_of(session: Session, outgoing_ids: list[int]) -> set[str]:
    """The blobs attached to outgoing mail (the interview .ics with the person as ATTENDEE)."""
    entries = session.scalars(
        select(AuditEntry).where(
            AuditEntry.action == "attachment",
            AuditEntry.entity == "outgoing_message",
            AuditEntry.entity_id.in_(outgoing_ids),
        )
    )
    return {
        str(e.details["sha256"]) for e in entries if isinstance(e.details, dict) and e.details.get("sha256")
    }


def remove_imap_copies(settings: Settings, message_ids: list[str], needles: list[str]) -> int:
    """With the IMAP inbox: every copy in the inbox, processed, quarantine and Sent folders, found by
    Message-ID and by the person's address (From, To, Cc or anywhere in the decoded text)."""
    if settings.inbox.source != "imap":
        return 0
    import imapclient

    from intake.sources.imap import ImapSource

    imap = settings.inbox.imap
    client = ImapSource.connect_client(imap, settings.imap_password())
    removed = 0
    try:
        delimiter = (client.list_folders() or [(None, b"/", "")])[0][1]
        sep = delimiter.decode() if isinstance(delimiter, bytes) else (delimiter or "/")
        folders = {imap.folder, imap.processed_folder, imap.quarantine_folder}
        if settings.outbox.sent_folder:
            folders.add(settings.outbox.sent_folder)
        existing = {name for _flags, _d, name in client.list_folders()}
        address = needles[0]
        for folder in folders:
            name = folder.replace("/", sep)
            if name not in existing:
                continue
            client.select_folder(name)
            uids: set[int] = set()
            for mid in message_ids:
                uids.update(client.search(["HEADER", "Message-ID", mid]))
            for key in ("FROM", "TO", "CC", "TEXT"):
                uids.update(client.search([key, address]))
            if uids:
                client.add_flags(sorted(uids), [imapclient.DELETED])
                if client.has_capability("UIDPLUS"):
                    client.uid_expunge(sorted(uids))  # only these: someone else's \Deleted stay put
                else:
                    client.expunge()
                removed += len(uids)
    finally:
        client.logout()
    return removed


def _needles(applicant: Applicant) -> list[str]:
    """What identifies the person in a text: their address, full name and phone (lower case)."""
    found = [applicant.email_normalised]
    if applicant.first_name and applicant.last_name:
        found.append(f"{applicant.first_name} {applicant.last_name}".lower())
    if applicant.phone:
        found += _phones_in(applicant.phone)
    return found


_PHONE = re.compile(r"(?:\+|00)?\d[\d .\-()]{7,18}\d")


def _phones_in(text: str) -> list[str]:
    """Phone numbers written in a text, as digits, national form («+33 6 12…» → «0612…»)."""
    found = []
    for match in _PHONE.findall(text):
        digits = re.sub(r"\D", "", match)
        if digits.startswith("0033"):
            digits = "0" + digits[4:]
        elif match.startswith("+33"):
            digits = "0" + digits[2:]
        if 9 <= len(digits) <= 15:
            found.append(digits)
    return found


def mentions(raw: bytes, needles: list[str]) -> bool:
    """Does a raw message name the person, in whatever transfer encoding (base64, quoted-printable,
    RFC 2047 headers)? Searched in the raw bytes and in the decoded headers, body and text parts."""
    from intake.parsing import UnparseableMessage, parse_message

    lowered = raw.lower()
    if any(n.encode() in lowered for n in needles if not n.isdigit()):
        return True
    try:
        parsed = parse_message(raw)
    except UnparseableMessage:
        return False
    texts = [parsed.subject, parsed.from_name, parsed.from_addr or "", " ".join(parsed.to), parsed.text]
    texts += [
        a.payload.decode("utf-8", "replace") for a in parsed.attachments if a.content_type.startswith("text/")
    ]
    return _quotes(" ".join(texts), needles)


def _messages_of(
    session: Session, address: str, application_ids: list[int], needles: list[str] | None = None
) -> list[Message]:
    """Their messages: those of their cases, those from their address, and unfiled ones that name them
    (address, full name or phone), whatever the transfer encoding."""
    found = list(
        session.scalars(
            select(Message).where(
                or_(Message.application_id.in_(application_ids), func.lower(Message.from_addr) == address)
            )
        )
    )
    known = {m.id for m in found}
    unfiled = session.execute(
        select(Message.id, Blob.content)
        .join(Blob, Blob.sha256 == Message.raw_sha256)
        .where(Message.application_id.is_(None))
    )
    wanted = needles or [address]
    extra = [mid for mid, content in unfiled if mid not in known and mentions(bytes(content), wanted)]
    if extra:
        found += list(session.scalars(select(Message).where(Message.id.in_(extra))))
    return found


def _delete_unreferenced(session: Session, hashes: Iterable[str]) -> None:
    for digest in hashes:
        used = session.scalar(select(func.count(Message.id)).where(Message.raw_sha256 == digest)) or 0
        used += session.scalar(select(func.count(Attachment.id)).where(Attachment.sha256 == digest)) or 0
        if not used:
            session.execute(delete(Blob).where(Blob.sha256 == digest))


def _remove_outside_copies(settings: Settings, raw_hashes: set[str], outgoing_ids: list[str]) -> int:
    """Copies on disk: their raw messages in the inbox Maildir, the mail sent to them in the outbox one."""
    removed = 0
    inbox = settings.inbox.maildir.path
    if raw_hashes and inbox.is_dir():
        for path in _files_under(inbox):
            if hashlib.sha256(path.read_bytes()).hexdigest() in raw_hashes:
                path.unlink()
                removed += 1
    sent = settings.outbox.maildir_path
    needles = [m.encode() for m in outgoing_ids if m]
    if needles and sent.is_dir():
        for path in _files_under(sent):
            content = path.read_bytes()
            if any(n in content for n in needles):
                path.unlink()
                removed += 1
    return removed


def _files_under(root: Path) -> Iterable[Path]:
    for folder, _dirs, names in os.walk(root):
        for name in names:
            path = Path(folder) / name
            if path.is_file() and not path.is_symlink():
                yield path


def _secure_delete(session: Session) -> None:
    if on_sqlite(session):
        session.execute(text("PRAGMA secure_delete=ON"))


# -- export --------------------------------------------------------------------------------------------


def export_person(session: Session, email: str, directory: Path) -> Path:
    """Everything held about the person: `personne.json` plus their raw messages and attached files."""
    applicant = find_applicant(session, email)
    target = directory / f"propulse-personne-{applicant.id}"
    (target / "messages").mkdir(parents=True, exist_ok=True, mode=0o700)
    (target / "pieces-jointes").mkdir(exist_ok=True, mode=0o700)
    target.chmod(0o700)
    traces = _traces_of(session, applicant)
    exported_messages = _export_messages(session, target, traces.messages)
    participants = list(session.scalars(select(Participant).where(Participant.applicant_id == applicant.id)))
    invitations = _export_invitations(session, target, traces.outgoing_ids)
    entities = _entities_of(applicant, traces)
    journal = [
        e
        for e in session.scalars(select(AuditEntry).order_by(AuditEntry.at, AuditEntry.id))
        if e.entity_id in entities.get(e.entity, [])
        or bool(e.details and _quotes(json.dumps(e.details, ensure_ascii=False), traces.needles))
    ]
    data = {
        "exporté_le": utcnow().isoformat(),
        "personne": _row(
            applicant,
            "id",
            "email",
            "first_name",
            "last_name",
            "phone",
            "city",
            "language",
            "created_at",
            "last_contact_at",
        ),
        "dossiers": [_export_case(session, a) for a in applicant.applications],
        "messages_reçus": exported_messages,
        "messages_envoyés": [
            _row(o, "id", "template", "status", "to_addr", "subject", "text_body", "created_at", "sent_at")
            for o in traces.outgoing
        ],
        "invitations": invitations,
        "parcours": [_participation(session, p) for p in participants],
        "journal": [_row(e, "at", "actor", "action", "entity", "entity_id", "details") for e in journal],
    }
    (target / "personne.json").write_text(
        json.dumps(data, ensure_ascii=False, indent=2, default=_json_default), encoding="utf-8"
    )
    return target


def _export_messages(session: Session, target: Path, messages: list[Message]) -> list[dict[str, Any]]:
    """Each received message as its raw .eml and its attachments as files, with what the store read."""
    exported = []
    for m in sorted(messages, key=lambda m: m.id):
        raw = session.get(Blob, m.raw_sha256)
        name = f"messages/{m.id}.eml"
        (target / name).write_bytes(raw.content if raw else b"")
        files = []
        for a in m.attachments:
            blob = session.get(Blob, a.sha256)
            file_name = f"pieces-jointes/{a.id}-{_safe_name(a.filename)}"
            (target / file_name).write_bytes(blob.content if blob else b"")
            files.append(
                {"fichier": file_name, **_row(a, "filename", "content_type", "size", "text", "problem")}
            )
        exported.append(
            {
                "fichier": name,
                "pieces_jointes": files,
                **_row(
                    m, "id", "kind", "from_addr", "from_name", "subject", "sent_at", "received_at", "status"
                ),
            }
        )
    return exported


def _export_invitations(session: Session, target: Path, outgoing_ids: list[int]) -> list[dict[str, Any]]:
    """The calendar files sent with their emails (kept beside the email until sent)."""
    invitations = []
    for entry in session.scalars(
        select(AuditEntry).where(
            AuditEntry.action == "attachment",
            AuditEntry.entity == "outgoing_message",
            AuditEntry.entity_id.in_(outgoing_ids),
        )
    ):
        blob = session.get(Blob, str(entry.details.get("sha256", "")))
        if blob is None:
            continue
        (target / "invitations").mkdir(exist_ok=True, mode=0o700)
        file_name = (
            f"invitations/{entry.id}-{_safe_name(str(entry.details.get('filename', 'invitation.ics')))}"
        )
        (target / file_name).write_bytes(blob.content)
        invitations.append({"fichier": file_name, "message_envoyé": entry.entity_id})
    return invitations


def _export_case(session: Session, a: Application) -> dict[str, Any]:
    return {
        **_row(a, "id", "case_token", "status", "forwarded_by", "facts", "created_at", "updated_at"),
        "pré_évaluations": [_row(x, "verdict", "criteria", "created_at") for x in a.assessments],
        "corrections": [
            _row(c, "criterion_id", "status", "reason", "by", "at")
            for c in session.scalars(
                select(CriterionOverride).where(CriterionOverride.application_id == a.id)
            )
        ],
        "entretiens": [
            _row(i, "status", "outcome", "notes", "created_at")
            for i in session.scalars(select(Interview).where(Interview.application_id == a.id))
        ],
    }


def _participation(session: Session, p: Participant) -> dict[str, Any]:
    cohort = session.get(Cohort, p.cohort_id)
    attendance = session.execute(
        select(
            CoachingSession.starts_at,
            CoachingSession.kind,
            CoachingSession.topic,
            Attendance.present,
            Attendance.note,
        )
        .join(Attendance, Attendance.session_id == CoachingSession.id)
        .where(Attendance.participant_id == p.id)
        .order_by(CoachingSession.starts_at)
    ).all()
    return {
        "promotion": cohort.name if cohort else None,
        **_row(p, "status", "waitlist_position", "entered_on", "left_on", "left_reason"),
        "présences": [
            {"date": s, "type": k, "thème": t, "présent": pr, "note": n} for s, k, t, pr, n in attendance
        ],
        "notes_de_suivi": [
            _row(n, "at", "author", "text")
            for n in session.scalars(select(FollowUpNote).where(FollowUpNote.participant_id == p.id))
        ],
        "emplois": [
            _row(
                x,
                "placed_on",
                "employer",
                "job_title",
                "contract_type",
                "employer_is_ess",
                "matches_values",
                "matches_wishes",
                "matches_skills",
                "participant_view",
            )
            for x in session.scalars(select(Placement).where(Placement.participant_id == p.id))
        ],
    }


def _row(obj: object, *names: str) -> dict[str, Any]:
    return {name: getattr(obj, name) for name in names}


def _json_default(value: object) -> str:
    if isinstance(value, datetime):
        return as_utc(value).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(type(value).__name__)


def _safe_name(name: str) -> str:
    cleaned = re.sub(r"[^\w.\- ]+", "_", name).strip(" .") or "fichier"
    return cleaned[:120]


def _as_date(value: date | datetime | str) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])
