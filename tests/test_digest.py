"""The coordinator's Monday digest: the right figures, once a week."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from intake.config import Settings
from intake.digest import queue_weekly_digest
from intake.store.db import Store, put_blob
from intake.store.models import (
    Applicant,
    Application,
    Cohort,
    Interview,
    InterviewSlot,
    Message,
    OutgoingMessage,
    Participant,
)

MONDAY = datetime(2026, 11, 30, 7, 0, tzinfo=UTC)  # 8:00 in Paris


def seed(store: Store) -> None:
    with store.session() as session:
        ana = Applicant(
            email="ana@example.org", email_normalised="ana@example.org", first_name="Ana", last_name="Lopes"
        )
        bo = Applicant(
            email="bo@example.org", email_normalised="bo@example.org", first_name="Bo", last_name="Nguyen"
        )
        session.add_all([ana, bo])
        session.flush()
        case = Application(applicant_id=ana.id, case_token="PP-000001", status="interview_booked")
        session.add(case)
        session.flush()
        slot = InterviewSlot(
            starts_at=datetime(2026, 12, 1, 13, 0, tzinfo=UTC),
            ends_at=datetime(2026, 12, 1, 13, 45, tzinfo=UTC),
        )
        session.add(slot)
        session.flush()
        session.add(Interview(application_id=case.id, slot_id=slot.id, status="booked"))
        cohort = Cohort(name="Automne", start_date=date(2026, 10, 1), capacity=12)
        session.add(cohort)
        session.flush()
        bo_case = Application(applicant_id=bo.id, case_token="PP-000002", status="admitted")
        session.add(bo_case)
        session.flush()
        session.add(
            Participant(
                applicant_id=bo.id,
                application_id=bo_case.id,
                cohort_id=cohort.id,
                status="active",
                entered_on=date(2026, 10, 1),
            )
        )
        session.add(
            Message(
                dedupe_key="mid:<old@x>",
                raw_sha256=put_blob(session, b"old message"),
                source="t",
                status="processed",
                application_id=bo_case.id,
                received_at=MONDAY - timedelta(days=30),
            )
        )
        session.add(
            OutgoingMessage(
                application_id=case.id,
                template="acknowledgement",
                status="draft",
                to_addr="ana@example.org",
                subject="s",
                text_body="t",
                message_id="<d1@animafac.net>",
            )
        )


def test_the_monday_digest_lists_drafts_interviews_and_participants_without_news(store: Store) -> None:
    seed(store)
    assert queue_weekly_digest(store, Settings(), now=MONDAY) is True
    with store.session() as session:
        digest = session.scalars(select(OutgoingMessage).where(OutgoingMessage.template == "digest")).one()
    assert digest.to_addr == "propulse@animafac.net" and digest.status == "approved" and digest.automatic
    assert "la semaine du 30/11/2026" in digest.subject
    assert "Brouillons en attente de votre validation : 1" in digest.text_body
    assert "mardi 1er décembre 2026 à 14 h : Ana Lopes" in digest.text_body
    assert "- Bo Nguyen" in digest.text_body


def test_the_digest_is_queued_once_a_week(store: Store) -> None:
    assert queue_weekly_digest(store, Settings(), now=MONDAY) is True
    assert queue_weekly_digest(store, Settings(), now=MONDAY + timedelta(hours=2)) is False
    assert queue_weekly_digest(store, Settings(), now=MONDAY + timedelta(days=7)) is True
