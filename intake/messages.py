"""Every recorded message as the coordinator sees it: the list, what needs a human, the original, and
the three things a person can do with a message the service did not act on (make it an application,
attach it to a case, mark it handled). The web page `/messages` and `propulse messages` both call this.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from intake import triage
from intake.classify import Classification
from intake.clock import utcnow
from intake.config import Settings
from intake.errors import QuarantineError, ShownError
from intake.parsing import UnparseableMessage, parse_message, sanitize_filename
from intake.store.audit import record_audit
from intake.store.db import get_blob
from intake.store.models import Applicant, Application, Attachment, AuditEntry, Message

KIND_FR = {
    "application": "candidature",
    "reply": "réponse",
    "question": "question",
    "auto_reply": "réponse automatique",
    "bounce": "non-distribution",
    "newsletter": "lettre d'information",
    "other": "autre",
}
# Kinds the service never answers nor files by itself: a person must read them.
HUMAN_KINDS = frozenset({"question", "other", "bounce", "auto_reply"})

TO_HANDLE = "to_handle"
QUARANTINED = "quarantined"
HANDLED = "handled"
FILED = "filed"
STATES = (TO_HANDLE, QUARANTINED, HANDLED, FILED)
STATE_FR = {
    TO_HANDLE: "à traiter",
    QUARANTINED: "en quarantaine",
    HANDLED: "traité à la main",
    FILED: "classé",
}
# What `propulse messages --state` accepts, French first.
STATE_ALIASES = {
    "a-traiter": TO_HANDLE,
    "quarantaine": QUARANTINED,
    "traite": HANDLED,
    "classe": FILED,
    **{state: state for state in STATES},
}
STATE_CHOICES = ("a-traiter", "quarantaine", "traite", "classe")
# Headers of the original shown to the coordinator, in this order.
SHOWN_HEADERS = (
    "From",
    "To",
    "Cc",
    "Reply-To",
    "Date",
    "Subject",
    "Message-ID",
    "In-Reply-To",
    "Auto-Submitted",
)
MAX_NOTE = 2000
_MEDIA_TYPE = re.compile(r"^[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*$")


class MessageActionError(ShownError):
    """A request on a message the store cannot honour; the text is one French line."""


class MessageNotFound(MessageActionError):
    pass


@dataclass(frozen=True)
class MessageRow:
    id: int
    kind: str
    sender_name: str
    sender_address: str
    subject: str
    received_at: datetime
    state: str
    error: str | None
    application_id: int | None
    case_token: str
    applicant_name: str
    handled_note: str | None


@dataclass(frozen=True)
class OriginalAttachment:
    id: int
    filename: str
    content_type: str
    size: int
    problem: str | None


@dataclass(frozen=True)
class Original:
    row: MessageRow
    headers: list[tuple[str, str]]
    text: str
    attachments: list[OriginalAttachment]
    unreadable: str | None
    handled_by: str | None
    handled_at: datetime | None


@dataclass(frozen=True)
class Download:
    filename: str
    content_type: str
    content: bytes


def zone_label(timezone: str) -> str:
    """How a time zone is named beside a time: « heure de Paris » rather than a bare clock."""
    city = timezone.rsplit("/", 1)[-1].replace("_", " ")
    return f"heure de {city}" if "/" in timezone else f"heure {timezone}"


def state_of(message: Message, flagged: frozenset[int] = frozenset()) -> str:
    """Where a message stands for the coordinator; declared once, used by the page and the command.

    `flagged`: replies the scheduling could not read and left to a person (see `flagged_replies`).
    """
    if message.handled_at is not None:
        return HANDLED
    if message.status == "quarantined":
        return QUARANTINED
    if needs_human(message, flagged):
        return TO_HANDLE
    return FILED


def needs_human(message: Message, flagged: frozenset[int] = frozenset()) -> bool:
    """Mail nobody else will act on: kinds the service never answers, a reply it could not attach or
    could not read."""
    if message.handled_at is not None:
        return False
    if message.status == "quarantined" or message.id in flagged:
        return True
    kind = message.kind or "other"
    if kind in HUMAN_KINDS:
        return True
    return kind == "reply" and message.application_id is None


def flagged_replies(session: Session) -> frozenset[int]:
    """Replies the booking flagged for a person without drafting anything (booking._flag)."""
    details = session.scalars(select(AuditEntry.details).where(AuditEntry.action == "flag"))
    return frozenset(d["message_pk"] for d in details if isinstance(d, dict) and d.get("message_pk"))


def list_messages(
    session: Session,
    *,
    kind: str | None = None,
    state: str | None = None,
    search: str | None = None,
    to_handle: bool = False,
    limit: int | None = None,
) -> list[MessageRow]:
    """Recorded messages, newest first, filtered; `to_handle` keeps what needs a human (quarantine too)."""
    rows = session.execute(
        select(Message, Application, Applicant)
        .outerjoin(Application, Message.application_id == Application.id)
        .outerjoin(Applicant, Application.applicant_id == Applicant.id)
        .order_by(Message.received_at.desc(), Message.id.desc())
    ).all()
    needle = _fold(search or "")
    flagged = flagged_replies(session)
    found: list[MessageRow] = []
    for message, application, applicant in rows:
        row = _row(message, application, applicant, flagged)
        if kind and row.kind != kind:
            continue
        if state and row.state != state:
            continue
        if to_handle and row.state not in (TO_HANDLE, QUARANTINED):
            continue
        if needle and needle not in _fold(
            " ".join([row.sender_name, row.sender_address, row.case_token, row.applicant_name])
        ):
            continue
        found.append(row)
        if limit is not None and len(found) >= limit:
            break
    return found


def count_to_handle(session: Session) -> int:
    return len(list_messages(session, to_handle=True))


def get_original(session: Session, message_pk: int) -> Original:
    """The message as it arrived: chosen headers, its text (HTML only ever as text), its attachments."""
    message = _get(session, message_pk)
    application = session.get(Application, message.application_id) if message.application_id else None
    row = _row(message, application, application.applicant if application else None, flagged_replies(session))
    raw = get_blob(session, message.raw_sha256)
    headers: list[tuple[str, str]] = []
    text = ""
    unreadable = None
    try:
        parsed = parse_message(raw)
    except UnparseableMessage as exc:
        unreadable = str(exc)
    else:
        present = {name.lower(): value for name, value in parsed.headers.items()}
        headers = [(name, present[name.lower()]) for name in SHOWN_HEADERS if present.get(name.lower())]
        text = parsed.text
    attachments = [
        OriginalAttachment(
            id=a.id, filename=a.filename, content_type=a.content_type, size=a.size, problem=a.problem
        )
        for a in sorted(message.attachments, key=lambda a: a.id)
    ]
    return Original(
        row=row,
        headers=headers,
        text=text,
        attachments=attachments,
        unreadable=unreadable,
        handled_by=message.handled_by,
        handled_at=message.handled_at,
    )


def get_attachment(session: Session, message_pk: int, attachment_id: int) -> Download:
    """An attachment to download: its bytes, a type a browser will not run, a name safe in a header."""
    attachment = session.get(Attachment, attachment_id)
    if attachment is None or attachment.message_pk != message_pk:
        raise MessageNotFound(f"pièce jointe n° {attachment_id} introuvable")
    content_type = attachment.content_type.strip().lower()
    if not _MEDIA_TYPE.match(content_type) or content_type.startswith(("text/html", "image/svg")):
        # Anything a browser might render as a page is handed over as plain bytes.
        content_type = "application/octet-stream"
    return Download(
        filename=sanitize_filename(attachment.filename),
        content_type=content_type,
        content=get_blob(session, attachment.sha256),
    )


def content_disposition(filename: str) -> str:
    """`attachment` with an ASCII name for old clients and the exact UTF-8 name (RFC 6266)."""
    from urllib.parse import quote

    ascii_name = unicodedata.normalize("NFKD", filename).encode("ascii", "ignore").decode()
    ascii_name = re.sub(r"[^A-Za-z0-9._-]+", "_", ascii_name).strip("._") or "piece-jointe"
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename, safe='')}"


def turn_into_application(
    session: Session, message_pk: int, settings: Settings, *, actor: str, today: date | None = None
) -> Application:
    """Read a message again as an application: it is filed, assessed and drafted like a new one."""
    from intake.extract import understand
    from intake.pipeline import Ingest, extraction_limits, file_message, record
    from intake.replies.drafts import draft_for_application

    message = _get(session, message_pk)
    if message.kind == "application" and message.application_id is not None:
        raise MessageActionError(f"le message n° {message.id} est déjà une candidature")
    day = today or utcnow().date()
    raw = get_blob(session, message.raw_sha256)
    try:
        understanding = understand(raw, today=day, limits=extraction_limits(settings.extraction))
    except QuarantineError as exc:  # one line for the coordinator; the message itself is unchanged
        raise MessageActionError(
            f"le message n° {message.id} ne peut pas être lu comme une candidature ({exc})"
        ) from None
    understanding = dataclasses.replace(
        understanding,
        classification=Classification(
            kind="application", rule="coordinator", reason="Transformé en candidature par la coordination."
        ),
    )
    ctx = Ingest(
        raw=raw,
        source=message.source,
        session=session,
        today=day,
        settings=settings,
        dedupe_key=message.dedupe_key,
        sha256=message.raw_sha256,
        parsed=understanding.parsed,
        message=message,
        understanding=understanding,
    )
    record(ctx)
    message.kind = "application"
    if not message.attachments:
        triage.store_documents(session, message, understanding)
    file_message(ctx)
    assert ctx.application is not None, "an application is always filed"
    draft_for_application(session, ctx.application, settings, reply_to=message)
    _mark(session, message, actor, f"transformé en candidature ({ctx.application.case_token})")
    record_audit(
        session, actor, "message_made_application", "message", message.id, {"application": ctx.application.id}
    )
    return ctx.application


def attach_to_case(
    session: Session, message_pk: int, case_token: str, *, actor: str, today: date | None = None
) -> Application:
    """File a message in a case by hand; the case is read again with it (a CV sent apart counts)."""
    message = _get(session, message_pk)
    token = case_token.strip().upper()
    application = session.scalar(select(Application).where(Application.case_token == token))
    if application is None:
        raise MessageActionError(f"dossier « {case_token.strip()} » introuvable (exemple : PP-000012)")
    if message.status == "quarantined":
        raise MessageActionError(
            f"le message n° {message.id} est en quarantaine : relancez-le (propulse reprocess) d'abord"
        )
    before = message.application_id
    message.application_id = application.id
    session.flush()
    facts = triage.rescore_case(session, application, today=today or utcnow().date())
    triage.record_assessment(session, application, facts)
    _mark(session, message, actor, f"rattaché au dossier {application.case_token}")
    record_audit(
        session,
        actor,
        "message_attached",
        "message",
        message.id,
        {"before": {"application": before}, "after": {"application": application.id}},
    )
    return application


def mark_handled(session: Session, message_pk: int, note: str, *, actor: str) -> Message:
    """Take a message off the to-do with a note saying what was done (audited)."""
    note = " ".join(note.split())
    if not note:
        raise MessageActionError("indiquez en une phrase ce qui a été fait")
    if len(note) > MAX_NOTE:
        raise MessageActionError("note trop longue")
    message = _get(session, message_pk)
    _mark(session, message, actor, note)
    record_audit(session, actor, "message_handled", "message", message.id, {"note": note})
    return message


def _mark(session: Session, message: Message, actor: str, note: str) -> None:
    message.handled_at = utcnow()
    message.handled_by = actor
    message.handled_note = note
    session.flush()


def _row(
    message: Message, application: Application | None, applicant: Applicant | None, flagged: frozenset[int]
) -> MessageRow:
    name = ""
    if applicant is not None:
        name = " ".join(p for p in (applicant.first_name, applicant.last_name) if p) or applicant.email
    return MessageRow(
        id=message.id,
        kind=message.kind or ("" if message.status == "quarantined" else "other"),
        sender_name=message.from_name or "",
        sender_address=message.from_addr or "",
        subject=message.subject or "",
        received_at=message.received_at,
        state=state_of(message, flagged),
        error=message.error,
        application_id=application.id if application else None,
        case_token=application.case_token if application else "",
        applicant_name=name,
        handled_note=message.handled_note,
    )


def _get(session: Session, message_pk: int) -> Message:
    message = session.get(Message, message_pk)
    if message is None:
        raise MessageNotFound(f"message n° {message_pk} introuvable")
    return message


def _fold(text: str) -> str:
    """Lower case without accents, so « helene » finds « Hélène ». Spaces and punctuation kept: a search's
    needle found inside a text, not a name compared whole (forms.fold_name keeps letters only)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
