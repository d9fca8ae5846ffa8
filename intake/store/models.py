"""The records store: the whole life of a case, from the first email to the job.

Tables that later features fill (slots, cohorts, placements, reminders) are declared now so the schema
grows by migrations from one consistent design rather than by patches.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

from intake.case_token import CASE_TOKEN as CASE_TOKEN  # defined apart: see intake/case_token.py
from intake.clock import as_utc, utcnow

# Stable constraint names so Alembic migrations behave the same on SQLite and PostgreSQL.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """A moment, stored in UTC and always read back as an aware UTC datetime, on every backend.

    SQLite keeps no time zone: it used to hand back naive datetimes that each reader had to fix up.
    What is stored does not change (UTC wall time on SQLite, `timestamptz` on PostgreSQL): only what
    goes in is normalised to UTC (a naive value is taken as UTC, as the service always meant) and what
    comes out is made aware, so no migration is needed.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else as_utc(value)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else as_utc(value)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dict[str, Any]: JSON, datetime: UTCDateTime()}


class Blob(Base):
    """Raw bytes (messages, attachments) stored once, addressed by their SHA-256."""

    __tablename__ = "blobs"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int]
    content: Mapped[bytes] = mapped_column(LargeBinary)


class MailboxState(Base):
    """Where a mail source stands: UIDVALIDITY and the highest UID seen, per server folder."""

    __tablename__ = "mailbox_states"
    id: Mapped[int] = mapped_column(primary_key=True)
    mailbox: Mapped[str] = mapped_column(String(500), unique=True)
    uidvalidity: Mapped[int | None] = mapped_column(Integer)
    last_uid: Mapped[int] = mapped_column(default=0)
    last_poll_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)


class Applicant(Base):
    __tablename__ = "applicants"
    id: Mapped[int] = mapped_column(primary_key=True)
    email_normalised: Mapped[str] = mapped_column(String(320), unique=True)
    email: Mapped[str] = mapped_column(String(320))
    first_name: Mapped[str | None] = mapped_column(String(200))
    last_name: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(32))
    city: Mapped[str | None] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(8), default="fr")
    address_failing: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_contact_at: Mapped[datetime | None]
    erased_at: Mapped[datetime | None]

    applications: Mapped[list[Application]] = relationship(back_populates="applicant")




def case_token_for(application_id: int) -> str:
    """The token a case is known by (PP-000012), printed in subjects as [PP-000012]."""
    return f"PP-{application_id:06d}"


class Application(Base):
    __tablename__ = "applications"
    id: Mapped[int] = mapped_column(primary_key=True)
    applicant_id: Mapped[int] = mapped_column(ForeignKey("applicants.id"), index=True)
    # Printed in subjects ("[PP-12]") so replies find their case even without threading headers.
    case_token: Mapped[str] = mapped_column(String(32), unique=True)
    status: Mapped[str] = mapped_column(String(32), default="received", index=True)
    forwarded_by: Mapped[str | None] = mapped_column(String(320))
    facts: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    # Set when the case is withdrawn at the applicant's request: "found_job" (a placement outside the
    # programme, reported apart) or "other".
    withdrawal_reason: Mapped[str | None] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    applicant: Mapped[Applicant] = relationship(back_populates="applications")
    messages: Mapped[list[Message]] = relationship(back_populates="application")
    assessments: Mapped[list[Assessment]] = relationship(back_populates="application")


class Message(Base):
    """One email received (or imported); the raw bytes stay in `blobs`."""

    __tablename__ = "messages"
    id: Mapped[int] = mapped_column(primary_key=True)
    # The Message-ID, or "sha256:<hash>" when the message has none: the key that makes ingest idempotent.
    dedupe_key: Mapped[str] = mapped_column(String(1000), unique=True)
    raw_sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"), index=True)
    source: Mapped[str] = mapped_column(String(500))
    status: Mapped[str] = mapped_column(String(16), default="received", index=True)
    error: Mapped[str | None] = mapped_column(Text)
    kind: Mapped[str | None] = mapped_column(String(16))
    message_id: Mapped[str | None] = mapped_column(String(1000))
    in_reply_to: Mapped[str | None] = mapped_column(String(1000))
    references: Mapped[str | None] = mapped_column(Text)
    from_addr: Mapped[str | None] = mapped_column(String(320), index=True)
    from_name: Mapped[str | None] = mapped_column(String(500))
    subject: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[datetime | None]
    received_at: Mapped[datetime] = mapped_column(default=utcnow)
    processed_at: Mapped[datetime | None]
    attempts: Mapped[int] = mapped_column(default=1)
    application_id: Mapped[int | None] = mapped_column(ForeignKey("applications.id"), index=True)
    # The coordinator dealt with it by hand (a question answered, an out-of-office noted): off the to-do.
    handled_at: Mapped[datetime | None]
    handled_by: Mapped[str | None] = mapped_column(String(200))
    handled_note: Mapped[str | None] = mapped_column(Text)

    application: Mapped[Application | None] = relationship(back_populates="messages")
    attachments: Mapped[list[Attachment]] = relationship(back_populates="message")


class Attachment(Base):
    __tablename__ = "attachments"
    id: Mapped[int] = mapped_column(primary_key=True)
    message_pk: Mapped[int] = mapped_column(ForeignKey("messages.id"), index=True)
    filename: Mapped[str] = mapped_column(String(500))
    content_type: Mapped[str] = mapped_column(String(200))
    size: Mapped[int]
    sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"))
    text: Mapped[str | None] = mapped_column(Text)
    problem: Mapped[str | None] = mapped_column(Text)

    message: Mapped[Message] = relationship(back_populates="attachments")


class Assessment(Base):
    """A pre-score of eligibility: criteria with their evidence; the newest one is current."""

    __tablename__ = "assessments"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    verdict: Mapped[str] = mapped_column(String(16))
    criteria: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    application: Mapped[Application] = relationship(back_populates="assessments")


class CriterionOverride(Base):
    """The coordinator's word on a criterion; it wins over the machine's."""

    __tablename__ = "criterion_overrides"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    criterion_id: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str | None] = mapped_column(Text)
    by: Mapped[str] = mapped_column(String(200))
    at: Mapped[datetime] = mapped_column(default=utcnow)


class OutgoingStatus(StrEnum):
    """Where an outgoing email stands; every status belongs to exactly one of the groups below."""

    DRAFT = "draft"  # written by the service, waiting for the coordinator
    APPROVED = "approved"  # approved, waiting for the outbox
    RETRY = "retry"  # a temporary SMTP failure: the outbox tries again later
    SENDING = "sending"  # committed before SMTP (exactly-once, intake/outbox/sender.py)
    SENT = "sent"
    FAILED = "failed"  # refused for good by the server (5xx): shown to the coordinator
    DISCARDED = "discarded"  # set aside by the coordinator, or by an erasure
    APPLIED = "applied"  # a held request applied to its case, never sent (intake/held.py)


# What the coordinator reads for each status (web pages and the command line alike).
OUTGOING_STATUS_FR: dict[str, str] = {
    OutgoingStatus.DRAFT: "brouillon",
    OutgoingStatus.APPROVED: "approuvé",
    OutgoingStatus.SENDING: "en cours d'envoi",
    OutgoingStatus.RETRY: "nouvel essai prévu",
    OutgoingStatus.SENT: "envoyé",
    OutgoingStatus.FAILED: "échec d'envoi",
    OutgoingStatus.DISCARDED: "écarté",
    OutgoingStatus.APPLIED: "demande appliquée",
}
# Will still leave unless someone stops it: what an erasure must stop.
OUTGOING_WAITING = frozenset({OutgoingStatus.DRAFT, OutgoingStatus.APPROVED, OutgoingStatus.RETRY})
# In the hands of the SMTP server right now: neither stoppable nor final.
OUTGOING_IN_FLIGHT = frozenset({OutgoingStatus.SENDING})
# Nothing more will happen to it.
OUTGOING_FINAL = frozenset(
    {OutgoingStatus.SENT, OutgoingStatus.FAILED, OutgoingStatus.DISCARDED, OutgoingStatus.APPLIED}
)


class OutgoingMessage(Base):
    """A draft until the coordinator approves it; then the outbox sends it exactly once."""

    __tablename__ = "outgoing_messages"
    # The drafts to one address in the last 24 hours (drafts.may_draft), counted before every draft: read
    # from an index, not a scan of every email ever written.
    __table_args__ = (Index("ix_outgoing_messages_recipient", func.lower("to_addr"), "created_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int | None] = mapped_column(ForeignKey("applications.id"), index=True)
    template: Mapped[str] = mapped_column(String(100))
    status: Mapped[str] = mapped_column(String(16), default="draft", index=True)
    to_addr: Mapped[str] = mapped_column(String(320))
    # Copied addresses, comma-separated: who presented the applicant (adviser, parent, careers service).
    cc: Mapped[str | None] = mapped_column(String(1000))
    subject: Mapped[str] = mapped_column(Text)
    text_body: Mapped[str] = mapped_column(Text)
    html_body: Mapped[str | None] = mapped_column(Text)
    message_id: Mapped[str] = mapped_column(String(1000), unique=True)
    in_reply_to: Mapped[str | None] = mapped_column(String(1000))
    references: Mapped[str | None] = mapped_column(Text)
    automatic: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    approved_by: Mapped[str | None] = mapped_column(String(200))
    approved_at: Mapped[datetime | None]
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime | None]
    sent_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    # What approving this draft does to its case (a reply's intent: withdrawal, a late CV's new facts).
    effect: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class InterviewSlot(Base):
    __tablename__ = "interview_slots"
    id: Mapped[int] = mapped_column(primary_key=True)
    # Unique start time: two processes can never book the same slot twice.
    starts_at: Mapped[datetime] = mapped_column(unique=True)
    ends_at: Mapped[datetime]
    held_for_application_id: Mapped[int | None] = mapped_column(ForeignKey("applications.id"))
    hold_expires_at: Mapped[datetime | None]


class SlotProposal(Base):
    """Slots offered in one email, numbered as the applicant sees them (1, 2, 3)."""

    __tablename__ = "slot_proposals"
    __table_args__ = (UniqueConstraint("outgoing_id", "position"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    outgoing_id: Mapped[int | None] = mapped_column(ForeignKey("outgoing_messages.id"))
    slot_id: Mapped[int] = mapped_column(ForeignKey("interview_slots.id"))
    position: Mapped[int]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    # open → booked | released (expired, declined, or another applicant booked it)
    status: Mapped[str] = mapped_column(String(16), default="open")

    # Set when the slots are proposed: the email describing them needs no read back, and a proposal
    # written with its email carries the email's id from its INSERT, not from a later UPDATE.
    slot: Mapped[InterviewSlot] = relationship()
    outgoing: Mapped[OutgoingMessage | None] = relationship()


class Interview(Base):
    __tablename__ = "interviews"
    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    slot_id: Mapped[int | None] = mapped_column(ForeignKey("interview_slots.id"), unique=True)
    status: Mapped[str] = mapped_column(String(16), default="booked")
    outcome: Mapped[str | None] = mapped_column(String(16))
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Cohort(Base):
    __tablename__ = "cohorts"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    capacity: Mapped[int] = mapped_column(default=12)


class Participant(Base):
    __tablename__ = "participants"
    id: Mapped[int] = mapped_column(primary_key=True)
    applicant_id: Mapped[int] = mapped_column(ForeignKey("applicants.id"), index=True)
    application_id: Mapped[int | None] = mapped_column(ForeignKey("applications.id"))
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohorts.id"), index=True)
    status: Mapped[str] = mapped_column(String(16), default="active")
    waitlist_position: Mapped[int | None]
    entered_on: Mapped[date | None] = mapped_column(Date)
    left_on: Mapped[date | None] = mapped_column(Date)
    left_reason: Mapped[str | None] = mapped_column(Text)


class CoachingSession(Base):
    __tablename__ = "coaching_sessions"
    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohorts.id"), index=True)
    starts_at: Mapped[datetime]
    kind: Mapped[str] = mapped_column(String(64))
    topic: Mapped[str | None] = mapped_column(Text)
    place: Mapped[str | None] = mapped_column(Text)


class Attendance(Base):
    __tablename__ = "attendances"
    __table_args__ = (UniqueConstraint("session_id", "participant_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("coaching_sessions.id"))
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id"))
    present: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str | None] = mapped_column(Text)


class FollowUpNote(Base):
    __tablename__ = "follow_up_notes"
    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id"), index=True)
    at: Mapped[datetime] = mapped_column(default=utcnow)
    author: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)


class Placement(Base):
    __tablename__ = "placements"
    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(ForeignKey("participants.id"), index=True)
    placed_on: Mapped[date] = mapped_column(Date)
    employer: Mapped[str] = mapped_column(String(300))
    job_title: Mapped[str] = mapped_column(String(300))
    contract_type: Mapped[str] = mapped_column(String(16))
    employer_is_ess: Mapped[bool | None] = mapped_column(Boolean)
    matches_values: Mapped[bool | None] = mapped_column(Boolean)
    matches_wishes: Mapped[bool | None] = mapped_column(Boolean)
    matches_skills: Mapped[bool | None] = mapped_column(Boolean)
    participant_view: Mapped[str | None] = mapped_column(Text)


class ReminderSent(Base):
    """One row per reminder ever sent: the unique key makes "at most once" a database fact."""

    __tablename__ = "reminders_sent"
    __table_args__ = (UniqueConstraint("kind", "target", "due_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(64))
    target: Mapped[str] = mapped_column(String(200))
    due_at: Mapped[datetime]
    sent_at: Mapped[datetime | None]
    outgoing_id: Mapped[int | None] = mapped_column(ForeignKey("outgoing_messages.id"))


class AuditEntry(Base):
    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[int | None]
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class JobState(Base):
    """How each of the daemon's jobs last went, for `propulse status` and for logging changes only."""

    __tablename__ = "job_states"
    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    healthy: Mapped[bool] = mapped_column(Boolean, default=True)
    last_run_at: Mapped[datetime | None]
    last_ok_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    last_error_at: Mapped[datetime | None]


class WebSession(Base):
    """A coordinator's login, kept server-side so it can be ended: logout, new password, "everywhere".

    The cookie holds a random token; only its SHA-256 is stored, so a copy of the database opens nothing.
    """

    __tablename__ = "web_sessions"
    token_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    username: Mapped[str] = mapped_column(String(200), index=True)
    # A tag of the password hash at login: a new password ends the sessions opened with the old one.
    key_tag: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]


class LoginFailure(Base):
    """Failed logins per account and per client ("account:…", "client:…"), for the login backoff."""

    __tablename__ = "login_failures"
    key: Mapped[str] = mapped_column(String(300), primary_key=True)
    failures: Mapped[int] = mapped_column(default=0)
    last_failure_at: Mapped[datetime]
