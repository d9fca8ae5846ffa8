"""The calendar invitation (.ics) sent with a confirmed interview, and where it is kept until it leaves.

DTSTART carries TZID=Europe/Paris with its VTIMEZONE, so calendars show the programme's local time on
either side of a daylight-saving change. The UID is stable per interview: a later update or cancellation
replaces the same entry in the applicant's calendar instead of adding another.

The outgoing_messages table has no attachment column yet: the .ics is stored as a blob and linked to its
email by an audit entry (action "attachment"); `attachments_of` and `add_attachments` are what the outbox
needs to put it in the email.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from zoneinfo import ZoneInfo

import icalendar
from sqlalchemy import select
from sqlalchemy.orm import Session

from intake.config import Settings
from intake.scheduling.availability import as_utc
from intake.store.audit import record_audit
from intake.store.db import get_blob, put_blob
from intake.store.models import AuditEntry, Interview, InterviewSlot, OutgoingMessage

ICS_NAME = "entretien-propulse.ics"
ICS_TYPE = "text/calendar"


@dataclass(frozen=True)
class StoredAttachment:
    filename: str
    content_type: str
    content: bytes
    method: str = ""


def make_ics(
    interview: Interview,
    slot: InterviewSlot,
    settings: Settings,
    *,
    attendee: str | None = None,
    method: str = "REQUEST",
    now: datetime | None = None,
    sequence: int = 0,
) -> bytes:
    """An iCalendar invitation (or cancellation, method="CANCEL") for this interview."""
    tz = ZoneInfo(settings.programme.timezone)
    starts = as_utc(slot.starts_at).astimezone(tz)
    ends = as_utc(slot.ends_at).astimezone(tz)
    programme = settings.programme
    calendar = icalendar.Calendar()
    calendar.add("prodid", f"-//Animafac//{programme.name}//FR")
    calendar.add("version", "2.0")
    calendar.add("method", method)
    event = icalendar.Event()
    event.add("uid", interview_uid(interview, settings))
    event.add("dtstamp", (now or datetime.now(UTC)).astimezone(UTC))
    event.add("dtstart", starts)
    event.add("dtend", ends)
    event.add("sequence", sequence)
    event.add("summary", f"Entretien {programme.name}")
    event.add("location", settings.interviews.location)
    event.add(
        "description", f"Entretien avec l'équipe {programme.name} (Animafac). Pensez à apporter votre CV."
    )
    event.add("status", "CANCELLED" if method == "CANCEL" else "CONFIRMED")
    organizer = icalendar.vCalAddress(f"mailto:{programme.address}")
    organizer.params["cn"] = icalendar.vText(programme.name)
    event.add("organizer", organizer)
    if attendee:
        guest = icalendar.vCalAddress(f"mailto:{attendee}")
        guest.params["role"] = icalendar.vText("REQ-PARTICIPANT")
        event.add("attendee", guest)
    calendar.add_component(event)
    # Rules covering a year either side are enough for one appointment and keep the file small.
    calendar.add_missing_timezones(
        first_date=(starts - timedelta(days=366)).date(), last_date=(starts + timedelta(days=366)).date()
    )
    return bytes(calendar.to_ical())


def interview_uid(interview: Interview, settings: Settings) -> str:
    domain = settings.programme.address.rpartition("@")[2] or "propulse.invalid"
    return f"entretien-{interview.id}@{domain}"


def attach_to_outgoing(
    session: Session,
    outgoing: OutgoingMessage,
    content: bytes,
    *,
    filename: str = ICS_NAME,
    content_type: str = ICS_TYPE,
    method: str = "REQUEST",
) -> None:
    """Keep `content` with the email until the outbox sends it."""
    digest = put_blob(session, content)
    record_audit(
        session,
        "propulse",
        "attachment",
        "outgoing_message",
        outgoing.id,
        {"sha256": digest, "filename": filename, "content_type": content_type, "method": method},
    )


def attachments_of(session: Session, outgoing_id: int) -> list[StoredAttachment]:
    rows = session.scalars(
        select(AuditEntry)
        .where(
            AuditEntry.action == "attachment",
            AuditEntry.entity == "outgoing_message",
            AuditEntry.entity_id == outgoing_id,
        )
        .order_by(AuditEntry.id)
    )
    return [
        StoredAttachment(
            row.details["filename"],
            row.details["content_type"],
            get_blob(session, row.details["sha256"]),
            row.details.get("method", ""),
        )
        for row in rows
    ]


def add_attachments(email: EmailMessage, attachments: list[StoredAttachment]) -> None:
    """Attach to a built email (text + HTML alternatives); a calendar part also names its METHOD."""
    for item in attachments:
        maintype, _, subtype = item.content_type.partition("/")
        params: dict[str, str] = {}
        if maintype == "text":
            # Accented places and names in the event: calendar clients must not guess the encoding.
            params["charset"] = "utf-8"
            if item.method:
                params["method"] = item.method
        email.add_attachment(
            item.content, maintype=maintype, subtype=subtype, filename=item.filename, params=params
        )
