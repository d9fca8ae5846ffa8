"""Interview scheduling end to end, on a real Dovecot and a real SMTP server (aiosmtpd), with a controlled
clock: application → proposal of 3 slots → « je prends le 2 » → confirmation with an .ics that is exactly
slot 2 → one reminder the day before. And a week with a daylight-saving change, in the email and the .ics.

The pipeline proposes the slots when it drafts for an eligible applicant, and hands a reply in that case
to the booking; the outbox attaches the stored invitation itself (intake/scheduling/invitation.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from email.message import EmailMessage
from email.message import Message as Email
from pathlib import Path
from typing import cast
from zoneinfo import ZoneInfo

import icalendar
import pytest
from authres import authenticated, trust_test_mx
from dovecot import Dovecot
from scheduling_helpers import make_application, settings_with, utc
from smtp_server import SmtpServer, running_smtp
from sqlalchemy import select

from intake.approval import approve_draft
from intake.clock import frozen_at
from intake.config import OutboxSettings, Settings, SmtpSettings, load_settings
from intake.outbox import send_approved
from intake.pipeline import poll
from intake.scheduling.booking import draft_proposal, handle_scheduling_reply
from intake.scheduling.holds import propose_slots
from intake.scheduling.invitation import attachments_of
from intake.scheduling.reminders import send_interview_reminders
from intake.sources.imap import ImapSource
from intake.store.db import Store, open_store
from intake.store.models import Application, Message, OutgoingMessage

PARIS = ZoneInfo("Europe/Paris")
NOW = utc(2026, 11, 26, 8, 0)  # Thursday 26 November 2026, 09:00 in Paris
APPLICANT = "jeanne.moulin@example.org"
APPLICATION = (
    "Bonjour,\n\nJe suis titulaire d'une licence de sociologie, obtenue en juin 2025. "
    "Je recherche activement "
    "un emploi dans l'économie sociale et solidaire, dans une association d'éducation populaire.\n\n"
    "Bien cordialement,\nJeanne Moulin"
)


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    with running_smtp() as server:
        yield server


def scenario_settings(dovecot: Dovecot, smtp: SmtpServer, directory: Path) -> Settings:
    path = directory / "propulse.toml"
    path.write_text(
        dovecot.toml() + smtp.toml() + '[outbox]\ntransport = "smtp"\nsent_folder = ""\n', encoding="utf-8"
    )
    return trust_test_mx(load_settings(path))


def deliver(dovecot: Dovecot, raw: bytes) -> None:
    with dovecot.client() as client:
        client.append("INBOX", raw)


def poll_inbox(store: Store, settings: Settings, today: date) -> None:
    source = ImapSource(settings.inbox.imap, settings.imap_password())
    try:
        summary = poll(source, store, settings=settings, today=today)
    finally:
        source.close()
    assert summary.quarantined == 0, summary.reasons


def email(subject: str, body: str, *, message_id: str, in_reply_to: str | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Jeanne Moulin <{APPLICANT}>"
    msg["To"] = "Pro'pulse <propulse@animafac.net>"
    msg["Subject"] = subject
    msg["Message-ID"] = message_id
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    msg.set_content(body)
    return msg.as_bytes()


def current_draft(store: Store) -> OutgoingMessage:
    """The one draft waiting for the coordinator."""
    with store.session() as s:
        return s.scalars(select(OutgoingMessage).where(OutgoingMessage.status == "draft")).one()


def approve_and_send(store: Store, settings: Settings, outgoing_id: int, *, now: datetime) -> None:
    # Approval holds the offered slots from the moment it is given: the scenario's clock, not today's.
    with frozen_at(now), store.session() as s:
        approve_draft(s, outgoing_id, actor="coordinatrice", settings=settings)
    summary = send_approved(store, settings, now=now)
    assert summary.sent == 1, summary.problems


def ics_event(content: bytes) -> icalendar.Event:
    calendar = icalendar.Calendar.from_ical(content)
    [event] = calendar.walk("VEVENT")
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Paris"]
    return cast(icalendar.Event, event)


def plain_text(message: Email) -> str:
    body = cast(EmailMessage, message).get_body(("plain",))
    assert body is not None
    return str(body.get_content())


@pytest.mark.dovecot
def test_an_applicant_books_slot_2_by_replying_and_gets_the_invitation_then_one_reminder(
    dovecot: Dovecot, smtp: SmtpServer, store: Store, imap_env: dict[str, str], tmp_path: Path
) -> None:
    settings = scenario_settings(dovecot, smtp, tmp_path)
    deliver(dovecot, email("Candidature", APPLICATION, message_id="<candidature-1@example.org>"))
    with frozen_at(NOW):
        poll_inbox(store, settings, NOW.date())
    draft = current_draft(store)
    assert draft.template == "acknowledgement"
    approve_and_send(store, settings, draft.id, now=NOW)

    [proposal] = smtp.received
    text = plain_text(proposal.message)
    for line in (
        "1. mardi 1er décembre 2026 à 10 h",
        "2. jeudi 3 décembre 2026 à 10 h",
        "3. mardi 8 décembre 2026 à 10 h",
    ):
        assert line in text

    answered = NOW + timedelta(hours=2)
    quoted = "".join(f"> {line}\n" for line in text.splitlines())
    deliver(
        dovecot,
        authenticated(
            email(
                f"Re: {proposal.message['Subject']}",
                "Bonjour,\n\nJe prends le 2, merci !\n\nJeanne\n\n"
                f"Le jeu. 26 nov. 2026 à 09:00, Pro'pulse a écrit :\n{quoted}",
                message_id="<reponse-1@example.org>",
                in_reply_to=proposal.message["Message-ID"],
            )
        ),
    )
    with frozen_at(answered):
        poll_inbox(store, settings, answered.date())
    with store.session() as s:
        reply = s.scalar(select(Message).where(Message.message_id == "<reponse-1@example.org>"))
        assert reply is not None and reply.application_id is not None and reply.kind == "reply"
        application = s.get(Application, reply.application_id)
        assert application is not None and application.status == "interview_booked"
    confirmation = current_draft(store)
    assert confirmation.template == "interview_confirmation"
    confirmation_id = confirmation.id
    with store.session() as s:
        [invitation] = attachments_of(s, confirmation_id)
    approve_and_send(store, settings, confirmation_id, now=answered)

    confirmation = smtp.received[1].message
    assert confirmation["In-Reply-To"] == "<reponse-1@example.org>"
    assert "jeudi 3 décembre 2026 à 10 h" in plain_text(confirmation)
    [calendar_part] = [p for p in confirmation.walk() if p.get_content_type() == "text/calendar"]
    sent_ics = calendar_part.get_payload(decode=True)
    assert sent_ics == invitation.content and calendar_part.get_param("method") == "REQUEST"
    event = ics_event(sent_ics)
    slot_2 = datetime(2026, 12, 3, 10, 0, tzinfo=PARIS)
    assert event.decoded("dtstart") == slot_2 and event["DTSTART"].params["TZID"] == "Europe/Paris"
    assert event.decoded("dtend") == slot_2 + timedelta(minutes=45)
    assert str(event["LOCATION"]) == settings.interviews.location
    assert str(event["ORGANIZER"]) == "mailto:propulse@animafac.net"
    assert str(event["UID"]).startswith("entretien-") and str(event["UID"]).endswith("@animafac.net")

    due = utc(2026, 12, 2, 9, 0)  # Wednesday 2 December, 10:00 in Paris
    assert send_interview_reminders(store, settings, now=due - timedelta(minutes=1)) == 0
    assert send_interview_reminders(store, settings, now=due) == 1
    assert send_approved(store, settings, now=due).sent == 1
    restarted = open_store(store.url)  # the service restarts: nothing is sent twice
    assert send_interview_reminders(restarted, settings, now=due + timedelta(hours=3)) == 0
    assert send_approved(restarted, settings, now=due + timedelta(hours=3)).sent == 0
    restarted.dispose()
    reminders = [r.message for r in smtp.received if r.message["Subject"].startswith("Rappel")]
    assert len(reminders) == 1 and len(smtp.received) == 3
    assert reminders[0]["Auto-Submitted"] == "auto-generated"
    confirmation = smtp.received[1].message
    assert reminders[0]["In-Reply-To"] == confirmation["Message-ID"]
    assert confirmation["Message-ID"] in reminders[0]["References"]
    assert "jeudi 3 décembre 2026 à 10 h" in plain_text(reminders[0])


def test_a_week_with_the_autumn_change_gives_right_local_times_in_the_email_and_the_ics(store: Store) -> None:
    # Summer time ends on Sunday 25 October 2026: Thursday 22 is UTC+2, Tuesday 27 is UTC+1.
    settings = settings_with()
    now = utc(2026, 10, 20, 6, 0)
    with store.session() as s:
        application = make_application(s)
        draft = draft_proposal(s, application, settings, now=now)
        for line in (
            "1. jeudi 22 octobre 2026 à 10 h",
            "2. mardi 27 octobre 2026 à 10 h",
            "3. jeudi 29 octobre 2026 à 10 h",
        ):
            assert line in draft.text_body
        outcome = handle_scheduling_reply(s, application, "le 2", settings, now=now)
        confirmation = s.get(OutgoingMessage, outcome.outgoing_id)
        assert outcome.kind == "booked" and confirmation is not None
        assert "mardi 27 octobre 2026 à 10 h" in confirmation.text_body
        [invitation] = attachments_of(s, confirmation.id)
    event = ics_event(invitation.content)
    start = event.decoded("dtstart")
    assert (start.hour, start.minute, str(start.tzinfo)) == (10, 0, "Europe/Paris")
    assert start.utcoffset() == timedelta(hours=1)
    assert start.astimezone(ZoneInfo("UTC")) == utc(2026, 10, 27, 9, 0)


def test_the_sent_confirmation_carries_the_invitation_as_a_calendar_part(
    store: Store, smtp: SmtpServer
) -> None:
    settings = Settings(
        smtp=SmtpSettings(host="127.0.0.1", port=smtp.port, security="plain"),
        outbox=OutboxSettings(transport="smtp", sent_folder=""),
    )
    with store.session() as s:
        application = make_application(s)
        propose_slots(s, application, settings, now=NOW)
        outcome = handle_scheduling_reply(s, application, "Je prends le 2", settings, now=NOW)
        assert outcome.outgoing_id is not None
        [invitation] = attachments_of(s, outcome.outgoing_id)
    approve_and_send(store, settings, outcome.outgoing_id, now=NOW)
    parts = [p for p in smtp.received[0].message.walk() if p.get_content_type() == "text/calendar"]
    assert len(parts) == 1 and parts[0].get_payload(decode=True) == invitation.content
