"""Participants' reminders with a controlled clock: each sent once, none lost across a restart."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from intake.config import Settings
from intake.reminders import send_participant_reminders
from intake.store.db import Store
from intake.store.models import (
    Applicant,
    CoachingSession,
    Cohort,
    OutgoingMessage,
    Participant,
    ReminderSent,
)

pytestmark = pytest.mark.both_stores

SETTINGS = Settings()


def seed(store: Store, *, participants: int = 3, entered_on: date = date(2026, 11, 25)) -> None:
    """A cohort that started on 2026-11-02, coaching on Tuesday 2026-12-01 at 09:30 Paris (08:30 UTC)."""
    with store.session() as session:
        cohort = Cohort(name="Hiver 2026", start_date=date(2026, 11, 2), capacity=12)
        session.add(cohort)
        session.flush()
        for n in range(participants):
            applicant = Applicant(
                email=f"p{n}@example.org",
                email_normalised=f"p{n}@example.org",
                first_name=f"Prénom{n}",
                language="fr",
            )
            session.add(applicant)
            session.flush()
            session.add(
                Participant(
                    applicant_id=applicant.id, cohort_id=cohort.id, status="active", entered_on=entered_on
                )
            )
        session.add(
            CoachingSession(
                cohort_id=cohort.id,
                starts_at=datetime(2026, 12, 1, 8, 30, tzinfo=UTC),
                kind="Visite découverte",
                topic="Une ressourcerie",
                place=None,
            )
        )


def outgoing(store: Store, template: str) -> list[OutgoingMessage]:
    with store.session() as session:
        return list(session.scalars(select(OutgoingMessage).where(OutgoingMessage.template == template)))


def test_the_coaching_reminder_goes_out_the_evening_before_once_per_participant(store: Store) -> None:
    seed(store)
    before = datetime(2026, 11, 30, 16, 59, tzinfo=UTC)  # 17:59 in Paris, the reminder hour is 18:00
    assert send_participant_reminders(store, SETTINGS, now=before) == 0
    evening = datetime(2026, 11, 30, 17, 0, tzinfo=UTC)
    assert send_participant_reminders(store, SETTINGS, now=evening) == 3
    assert send_participant_reminders(store, SETTINGS, now=evening + timedelta(minutes=5)) == 0
    mails = outgoing(store, "coaching_eve")
    assert sorted(m.to_addr for m in mails) == ["p0@example.org", "p1@example.org", "p2@example.org"]
    assert all(m.status == "approved" and m.automatic for m in mails)
    assert "mardi 1er décembre 2026 à 9 h 30" in mails[0].text_body
    assert "Une ressourcerie" in mails[0].text_body


def test_a_reminder_due_while_the_service_was_down_is_sent_on_restart_if_still_useful(store: Store) -> None:
    seed(store, participants=1)
    restart = datetime(2026, 12, 1, 7, 0, tzinfo=UTC)  # 8:00 in Paris: the day has not begun
    assert send_participant_reminders(store, SETTINGS, now=restart) == 1


def test_a_reminder_no_longer_useful_is_skipped_and_recorded_not_sent(
    store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    seed(store, participants=1)
    too_late = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)  # the coaching day has begun
    with caplog.at_level("INFO"):
        assert send_participant_reminders(store, SETTINGS, now=too_late) == 0
    assert outgoing(store, "coaching_eve") == []
    assert "ignoré" in caplog.text
    with store.session() as session:
        skipped = session.scalars(select(ReminderSent).where(ReminderSent.kind == "coaching_eve")).one()
        assert skipped.sent_at is None
    assert send_participant_reminders(store, SETTINGS, now=too_late) == 0


def test_a_check_in_is_sent_every_two_weeks_and_only_the_latest_missed_one(store: Store) -> None:
    seed(store, participants=1, entered_on=date(2026, 11, 16))
    # Entered on 2026-11-16: check-ins due on 11-30, 12-14, 12-28 at 10:00 Paris.
    assert send_participant_reminders(store, SETTINGS, now=datetime(2026, 11, 30, 8, 59, tzinfo=UTC)) == 0
    assert send_participant_reminders(store, SETTINGS, now=datetime(2026, 11, 30, 9, 0, tzinfo=UTC)) == 1
    assert len(outgoing(store, "checkin")) == 1
    # Down from 12-13 to 12-29: the 12-14 check-in is stale, the 12-28 one is still useful.
    send_participant_reminders(store, SETTINGS, now=datetime(2026, 12, 29, 12, 0, tzinfo=UTC))
    assert len(outgoing(store, "checkin")) == 2


def test_two_runs_racing_send_each_reminder_once(store: Store) -> None:
    import threading

    seed(store, participants=4)
    evening = datetime(2026, 11, 30, 17, 30, tzinfo=UTC)
    results: list[int] = []
    threads = [
        threading.Thread(
            target=lambda: results.append(send_participant_reminders(store, SETTINGS, now=evening))
        )
        for _ in range(2)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sum(results) == 4
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(OutgoingMessage)) == 4


def test_a_coaching_reminder_sent_on_the_morning_of_the_day_says_today_not_tomorrow(store: Store) -> None:
    seed(store, participants=1)
    late = datetime(2026, 12, 1, 7, 0, tzinfo=UTC)  # 8:00 in Paris on the day, after a restart
    assert send_participant_reminders(store, SETTINGS, now=late) == 1
    [mail] = outgoing(store, "coaching_eve")
    assert mail.subject.startswith("Aujourd'hui : journée d'accompagnement")
    assert "a lieu aujourd'hui" in mail.text_body and "demain" not in mail.text_body.lower()


def test_a_reminder_on_time_says_tomorrow(store: Store) -> None:
    seed(store, participants=1)
    assert send_participant_reminders(store, SETTINGS, now=datetime(2026, 11, 30, 17, 0, tzinfo=UTC)) == 1
    [mail] = outgoing(store, "coaching_eve")
    assert mail.subject.startswith("Demain :") and "a lieu demain" in mail.text_body


def test_a_participant_without_a_first_name_is_greeted_without_a_stray_comma(store: Store) -> None:
    seed(store, participants=1)
    with store.session() as session:
        for applicant in session.scalars(select(Applicant)):
            applicant.first_name = None
    send_participant_reminders(store, SETTINGS, now=datetime(2026, 11, 30, 17, 0, tzinfo=UTC))
    [mail] = outgoing(store, "coaching_eve")
    assert mail.text_body.startswith("Bonjour,\n") and "Bonjour ," not in mail.text_body


def test_a_stale_reminder_skipped_is_logged_at_warning_so_the_service_journal_shows_it(
    store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    seed(store, participants=1)
    with caplog.at_level("WARNING", logger="intake.reminders"):
        assert send_participant_reminders(store, SETTINGS, now=datetime(2026, 12, 1, 9, 0, tzinfo=UTC)) == 0
    assert any(r.levelname == "WARNING" and "ignoré" in r.getMessage() for r in caplog.records)
