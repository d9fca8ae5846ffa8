"""What a reply's intent does to its case: the status told from the records, effects only on approval (or
for a verified sender), thanks left unanswered, and the coordinator's setting to send facts alone."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from scheduling_helpers import make_application, utc
from sqlalchemy import select
from sqlalchemy.orm import Session

from intake import intent_actions
from intake.approval import approve_draft
from intake.config import ConfigError, DraftSettings, Settings, load_settings
from intake.intent_actions import AUTO_ACTOR, answer_intent
from intake.reports import Period, build_report, indicator_rows
from intake.store.db import Store, put_blob
from intake.store.models import (
    Application,
    Assessment,
    Cohort,
    Message,
    OutgoingMessage,
    Participant,
)

NOW = utc(2026, 11, 26, 8, 0)
TODAY = date(2026, 11, 26)


def reply_in(session: Session, application: Application, n: int = 1) -> Message:
    message = Message(
        dedupe_key=f"<reponse-{application.id}-{n}@example.org>",
        raw_sha256=put_blob(session, f"reply {application.id} {n}".encode()),
        source="test",
        kind="reply",
        subject="Re: Votre candidature",
        message_id=f"<reponse-{application.id}-{n}@example.org>",
        application_id=application.id,
    )
    session.add(message)
    session.flush()
    return message


def drafts_of(session: Session, application: Application) -> list[OutgoingMessage]:
    return list(
        session.scalars(
            select(OutgoingMessage).where(
                OutgoingMessage.application_id == application.id, OutgoingMessage.status != "discarded"
            )
        )
    )


def answer(session: Session, application: Application, text: str, settings: Settings | None = None) -> None:
    answer_intent(
        session,
        application,
        reply_in(session, application),
        text,
        (),
        settings or Settings(),
        today=TODAY,
        now=NOW,
    )


def test_a_waitlisted_applicant_asking_where_they_stand_is_told_their_position(store: Store) -> None:
    with store.session() as s:
        application = make_application(s, status="waitlisted")
        cohort = Cohort(name="Printemps 2027", start_date=date(2027, 3, 1), capacity=12)
        s.add(cohort)
        s.flush()
        s.add(
            Participant(
                applicant_id=application.applicant_id,
                application_id=application.id,
                cohort_id=cohort.id,
                status="waitlisted",
                waitlist_position=3,
            )
        )
        answer(s, application, "Bonjour, où en est ma candidature ?\n\nMerci,\nLéa")
        [draft] = drafts_of(s, application)
        assert draft.template == "status_update" and draft.status == "draft"
        assert "liste d'attente de la prochaine promotion, en position 3" in draft.text_body


def test_a_case_found_not_eligible_is_told_the_criterion_and_how_to_write_again(store: Store) -> None:
    with store.session() as s:
        application = make_application(s, status="not_eligible")
        s.add(
            Assessment(
                application_id=application.id,
                verdict="not_eligible",
                criteria={
                    "criteria": [{"id": "not_internship", "status": "not_met", "evidence": "en stage"}]
                },
            )
        )
        answer(s, application, "Any news about my application?")
        [draft] = drafts_of(s, application)
        assert "s'adresse aux personnes :\n  - qui ne sont pas en stage" in draft.text_body
        assert "écrivez-nous de nouveau" in draft.text_body


def test_a_status_update_leaves_without_approval_only_when_the_coordinator_allowed_it(store: Store) -> None:
    allowed = dataclasses.replace(Settings(), drafts=DraftSettings(auto_send=["status_update"]))
    with store.session() as s:
        waiting = make_application(s, status="received")
        answer(s, waiting, "Avez-vous bien reçu mon dossier ?")
        trusted = make_application(s, status="received")
        answer(s, trusted, "Avez-vous bien reçu mon dossier ?", allowed)
        assert [d.status for d in drafts_of(s, waiting)] == ["draft"]
        [sent_alone] = drafts_of(s, trusted)
        assert (sent_alone.status, sent_alone.approved_by) == ("approved", AUTO_ACTOR)
        assert "pas encore été étudiée" in sent_alone.text_body


def test_a_thank_you_gets_no_draft(store: Store) -> None:
    with store.session() as s:
        application = make_application(s)
        answer(s, application, "Merci beaucoup pour votre retour !\n\nBien à vous,\nLéa")
        assert drafts_of(s, application) == []


def test_a_withdrawal_waits_for_approval_then_takes_the_applicant_off_the_waitlist(store: Store) -> None:
    with store.session() as s:
        application = make_application(s, status="waitlisted")
        cohort = Cohort(name="Automne 2027", start_date=date(2027, 9, 1), capacity=12)
        s.add(cohort)
        s.flush()
        person = Participant(
            applicant_id=application.applicant_id,
            application_id=application.id,
            cohort_id=cohort.id,
            status="waitlisted",
            waitlist_position=1,
        )
        s.add(person)
        answer(s, application, "Je souhaite me retirer du programme pour des raisons de santé.")
        [draft] = drafts_of(s, application)
        assert draft.template == "withdrawal_confirmation"
        assert (application.status, person.status) == ("waitlisted", "waitlisted")
        approve_draft(s, draft.id, actor="coordinatrice")
        assert (application.status, application.withdrawal_reason) == ("withdrawn", "other")
        assert (person.status, person.waitlist_position) == ("left", None)
        report = build_report(s, period=Period())
        assert {k: v for k, _, v in indicator_rows(report.overall)}["jobs_found_outside"] == "0"


def test_a_verified_sender_s_withdrawal_applies_at_once(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(intent_actions, "sender_is_verified", lambda message: True)
    with store.session() as s:
        application = make_application(s)
        answer(s, application, "Je retire ma candidature, j'ai été recrutée en CDI.")
        assert (application.status, application.withdrawal_reason) == ("withdrawn", "found_job")


def test_no_sender_is_verified_until_the_trust_rules_say_so(store: Store) -> None:
    with store.session() as s:
        application = make_application(s)
        assert intent_actions.sender_is_verified(reply_in(s, application)) is False


def test_status_questions_beyond_the_per_sender_limit_get_no_more_answers(store: Store) -> None:
    allowed = dataclasses.replace(
        Settings(), drafts=DraftSettings(max_per_sender_per_day=2, auto_send=["status_update"])
    )
    with store.session() as s:
        application = make_application(s, status="received")
        for n in range(1, 6):
            answer_intent(
                s,
                application,
                reply_in(s, application, n),
                "Où en est ma candidature ?",
                (),
                allowed,
                today=TODAY,
                now=NOW,
            )
        assert len(drafts_of(s, application)) == 2


def test_a_draft_that_is_not_facts_only_cannot_be_set_to_leave_without_approval(tmp_path: Path) -> None:
    path = tmp_path / "propulse.toml"
    path.write_text('[drafts]\nauto_send = ["status_update", "refusal"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="refusal ne peut pas partir sans approbation"):
        load_settings(path)


def test_a_document_approved_while_slots_are_offered_keeps_the_offer_standing(store: Store) -> None:
    with store.session() as s:
        application = make_application(s, status="interview_proposed")
        message = reply_in(s, application)
        answer_intent(s, application, message, "Voici mon CV.", ("cv.pdf",), Settings(), today=TODAY, now=NOW)
        [draft] = drafts_of(s, application)
        assert draft.template == "document_received"
        assert "les créneaux proposés ou le rendez-vous réservé restent valables" in draft.text_body
        approve_draft(s, draft.id, actor="coordinatrice")
        assert application.status == "interview_proposed"
        assert s.scalars(select(Assessment).where(Assessment.application_id == application.id)).all()
