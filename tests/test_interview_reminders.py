"""The reminder the day before an interview, with a controlled clock: sent once, at the configured local
hour, also after an outage if the interview is still ahead, and skipped with a log line if it is not."""

from __future__ import annotations

import logging
from datetime import timedelta

import pytest
from scheduling_helpers import make_application, settings_with, utc
from sqlalchemy import select

from intake.config import Settings
from intake.scheduling.booking import book, cancel_interview
from intake.scheduling.holds import propose_slots
from intake.scheduling.reminders import reminder_due_at, send_interview_reminders
from intake.store.db import Store
from intake.store.models import Interview, OutgoingMessage, ReminderSent

pytestmark = pytest.mark.both_stores

NOW = utc(2026, 11, 26, 8, 0)
SETTINGS = settings_with()


def booked_interview(
    store: Store, settings: Settings = SETTINGS, position: int = 1, language: str = "fr"
) -> int:
    """Slot 1: Tuesday 1 December 2026, 10:00 in Paris (09:00 UTC); reminder due Monday 10:00 (09:00 UTC)."""
    with store.session() as s:
        app = make_application(s, language=language)
        propose_slots(s, app, settings, now=NOW)
        return book(s, app, position, now=NOW).id


def reminders(store: Store) -> list[OutgoingMessage]:
    with store.session() as s:
        return list(
            s.scalars(select(OutgoingMessage).where(OutgoingMessage.template == "interview_reminder"))
        )


def test_the_reminder_is_due_at_the_configured_local_hour_the_day_before() -> None:
    assert reminder_due_at(utc(2026, 12, 1, 9, 0), SETTINGS) == utc(2026, 11, 30, 9, 0)
    # Across the autumn change: Tuesday 27 October 2026 10:00 (UTC+1), reminder Monday 10:00 (UTC+1).
    assert reminder_due_at(utc(2026, 10, 27, 9, 0), settings_with(reminder_hour=18)) == utc(
        2026, 10, 26, 17, 0
    )


def test_the_reminder_goes_out_once_the_day_before_approved_and_automatic(store: Store) -> None:
    booked_interview(store)
    assert send_interview_reminders(store, SETTINGS, now=utc(2026, 11, 30, 8, 59)) == 0
    assert send_interview_reminders(store, SETTINGS, now=utc(2026, 11, 30, 9, 0)) == 1
    assert send_interview_reminders(store, SETTINGS, now=utc(2026, 11, 30, 9, 1)) == 0
    assert send_interview_reminders(store, SETTINGS, now=utc(2026, 12, 1, 8, 0)) == 0
    [mail] = reminders(store)
    assert mail.status == "approved" and mail.automatic
    assert "mardi 1er décembre 2026 à 10 h" in mail.text_body
    assert "3 rue Récamier" in mail.text_body


def test_a_reminder_missed_while_the_service_was_down_is_sent_on_restart_if_the_interview_is_ahead(
    store: Store,
) -> None:
    booked_interview(store)
    assert send_interview_reminders(store, SETTINGS, now=utc(2026, 12, 1, 7, 30)) == 1
    assert len(reminders(store)) == 1


def test_a_reminder_missed_until_after_the_interview_is_skipped_with_a_log_line(
    store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    interview_id = booked_interview(store)
    with caplog.at_level(logging.INFO, logger="intake.scheduling.reminders"):
        assert send_interview_reminders(store, SETTINGS, now=utc(2026, 12, 1, 10, 0)) == 0
    assert reminders(store) == []
    assert f"interview:{interview_id}" in caplog.text and "ignoré" in caplog.text
    with store.session() as s:
        [record] = s.scalars(select(ReminderSent))
        assert record.outgoing_id is None
    assert send_interview_reminders(store, SETTINGS, now=utc(2026, 12, 1, 11, 0)) == 0


def test_the_config_can_ask_for_the_reminder_to_be_approved_first(store: Store) -> None:
    settings = settings_with(reminder_needs_approval=True)
    booked_interview(store, settings)
    assert send_interview_reminders(store, settings, now=utc(2026, 11, 30, 9, 0)) == 1
    [mail] = reminders(store)
    assert mail.status == "draft" and mail.automatic


def test_a_cancelled_interview_gets_no_reminder(store: Store) -> None:
    interview_id = booked_interview(store)
    with store.session() as s:
        interview = s.get(Interview, interview_id)
        assert interview is not None
        cancel_interview(s, interview, now=NOW + timedelta(days=1), reason="test")
    assert send_interview_reminders(store, SETTINGS, now=utc(2026, 11, 30, 9, 0)) == 0


def test_the_english_reminder_is_in_english(store: Store) -> None:
    booked_interview(store, language="en")
    send_interview_reminders(store, SETTINGS, now=utc(2026, 11, 30, 9, 0))
    [mail] = reminders(store)
    assert "Tuesday 1 December 2026 at 10:00" in mail.text_body and mail.subject.startswith("Reminder")
