"""Applicants help themselves by email (issue 17), end to end on a real Dovecot and a real SMTP server
(aiosmtpd), and in Chromium for the case page: a status question answered from the case's real state, a
withdrawal that frees the booked slot only once the coordinator approves it, and a late CV re-scored with
the criteria that changed shown to the coordinator.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import timedelta
from email.message import EmailMessage
from pathlib import Path

import pytest
from authres import authenticated, trust_test_mx
from dovecot import Dovecot
from fixtures_docs import make_pdf
from live import CHROMIUM_ARGS, PASSWORD, USERNAME, require_chromium, serve_web, web_settings
from playwright.sync_api import Page, expect, sync_playwright
from scheduling_helpers import utc
from smtp_server import SmtpServer, running_smtp
from sqlalchemy import select
from test_scheduling_scenario import (
    APPLICANT,
    APPLICATION,
    approve_and_send,
    current_draft,
    deliver,
    email,
    plain_text,
    poll_inbox,
    scenario_settings,
)

from intake.clock import frozen_at
from intake.reports import Period, build_report, indicator_rows
from intake.store.db import Store
from intake.store.models import Application, Assessment, Interview, InterviewSlot, OutgoingMessage

NOW = utc(2026, 11, 26, 8, 0)  # Thursday 26 November 2026, 09:00 in Paris
LATE_CV_APPLICANT = "karim.benali@example.org"


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    with running_smtp() as server:
        yield server


def reply(subject: str, body: str, *, message_id: str, in_reply_to: str) -> bytes:
    return email(f"Re: {subject}", body, message_id=message_id, in_reply_to=in_reply_to)


def karim_email(
    subject: str, body: str, *, message_id: str, in_reply_to: str = "", pdf: bytes | None = None
) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Karim Benali <{LATE_CV_APPLICANT}>"
    msg["To"] = "Pro'pulse <propulse@animafac.net>"
    msg["Subject"] = subject
    msg["Message-ID"] = message_id
    if in_reply_to:
        msg["In-Reply-To"] = msg["References"] = in_reply_to
    msg.set_content(body)
    if pdf is not None:
        msg.add_attachment(pdf, maintype="application", subtype="pdf", filename="CV_Karim_Benali.pdf")
    return msg.as_bytes()


def application_of(store: Store, address: str) -> Application:
    with store.session() as s:
        found = s.scalars(select(Application).join(Application.applicant)).all()
        [application] = [a for a in found if a.applicant.email == address]
        s.expunge(application)
        return application


@pytest.mark.dovecot
def test_a_status_question_gets_the_slots_then_a_withdrawal_approved_frees_the_booked_slot(
    dovecot: Dovecot, smtp: SmtpServer, store: Store, imap_env: dict[str, str], tmp_path: Path
) -> None:
    # The booking reply comes verified (authres); the status question and the withdrawal do not: their only
    # effect is a draft the coordinator approves, so they are answered without being held.
    settings = trust_test_mx(scenario_settings(dovecot, smtp, tmp_path))
    deliver(dovecot, email("Candidature", APPLICATION, message_id="<candidature-1@example.org>"))
    with frozen_at(NOW):
        poll_inbox(store, settings, NOW.date())
    approve_and_send(store, settings, current_draft(store).id, now=NOW)
    proposal = smtp.received[0].message

    # «Où en est ma candidature ?» → a status draft giving the slots still offered.
    later = NOW + timedelta(hours=1)
    deliver(
        dovecot,
        reply(
            proposal["Subject"],
            "Bonjour,\n\nOù en est ma candidature ?\n\nBien cordialement,\nJeanne\n\n> Voici les créneaux",
            message_id="<statut-1@example.org>",
            in_reply_to=proposal["Message-ID"],
        ),
    )
    with frozen_at(later):
        poll_inbox(store, settings, later.date())
    status = current_draft(store)
    assert status.template == "status_update"
    for line in (
        "1. mardi 1er décembre 2026 à 10 h",
        "2. jeudi 3 décembre 2026 à 10 h",
        "3. mardi 8 décembre 2026 à 10 h",
    ):
        assert line in status.text_body
    approve_and_send(store, settings, status.id, now=later)
    assert "Voici où en est votre candidature" in plain_text(smtp.received[1].message)

    # She books slot 2, then withdraws: she has found a permanent job.
    booked_at = later + timedelta(hours=1)
    deliver(
        dovecot,
        authenticated(
            reply(
                proposal["Subject"],
                "Je prends le 2, merci !",
                message_id="<choix-1@example.org>",
                in_reply_to=proposal["Message-ID"],
            )
        ),
    )
    with frozen_at(booked_at):
        poll_inbox(store, settings, booked_at.date())
    confirmation = current_draft(store)
    assert confirmation.template == "interview_confirmation"
    approve_and_send(store, settings, confirmation.id, now=booked_at)
    with store.session() as s:
        [interview] = s.scalars(select(Interview)).all()
        slot_id = interview.slot_id
        assert slot_id is not None

    withdrawn_at = booked_at + timedelta(days=1)
    deliver(
        dovecot,
        reply(
            str(smtp.received[2].message["Subject"]),
            "Bonjour,\n\nJe retire ma candidature, j'ai trouvé un CDI.\n\nMerci pour tout,\nJeanne Moulin",
            message_id="<retrait-1@example.org>",
            in_reply_to=str(smtp.received[2].message["Message-ID"]),
        ),
    )
    with frozen_at(withdrawn_at):
        poll_inbox(store, settings, withdrawn_at.date())
    withdrawal = current_draft(store)
    assert withdrawal.template == "withdrawal_confirmation"
    # Nothing changes before the coordinator approves: the slot is still booked.
    assert application_of(store, APPLICANT).status == "interview_booked"

    approve_and_send(store, settings, withdrawal.id, now=withdrawn_at)
    application = application_of(store, APPLICANT)
    assert (application.status, application.withdrawal_reason) == ("withdrawn", "found_job")
    with store.session() as s:
        freed = s.get(InterviewSlot, slot_id)
        assert freed is not None and freed.held_for_application_id is None
        assert s.scalar(select(Interview.id).where(Interview.slot_id == slot_id)) is None
    sent = plain_text(smtp.received[3].message)
    assert "votre candidature au programme" in sent and "est retirée" in sent

    with store.session() as s:
        report = build_report(s, period=Period())
    rows = {key: value for key, _, value in indicator_rows(report.overall)}
    assert rows["jobs_found_outside"] == "1"
    assert rows["placed"] == "0"  # a job found outside is not one of the programme's outcomes


@pytest.mark.dovecot
def test_a_late_cv_is_re_scored_and_the_criteria_it_changes_show_on_the_case_page(
    dovecot: Dovecot, smtp: SmtpServer, store: Store, imap_env: dict[str, str], tmp_path: Path
) -> None:
    settings = scenario_settings(dovecot, smtp, tmp_path)
    first = karim_email(
        "Candidature",
        "Bonjour,\n\nJe souhaite candidater au programme Pro'pulse : je recherche activement un emploi "
        "dans l'économie sociale et solidaire. Mon CV suit.\n\nCordialement,\nKarim Benali",
        message_id="<karim-1@example.org>",
    )
    deliver(dovecot, first)
    with frozen_at(NOW):
        poll_inbox(store, settings, NOW.date())
    asking = current_draft(store)
    assert asking.template == "missing_information"
    approve_and_send(store, settings, asking.id, now=NOW)
    question = smtp.received[0].message
    with store.session() as s:
        assessments_before = len(s.scalars(select(Assessment)).all())

    cv = make_pdf(
        [
            "Karim Benali",
            "karim.benali@example.org",
            "Formation",
            "2026 : Master 2 Économie sociale et solidaire, Université Lyon 2, obtenu en juin 2026",
            "Expérience",
            "2025 : chargé de projet bénévole, association Le Mat",
        ]
    )
    later = NOW + timedelta(hours=3)
    deliver(
        dovecot,
        karim_email(
            f"Re: {question['Subject']}",
            "Bonjour,\n\nVoici mon CV, j'avais oublié de le joindre.\n\nCordialement,\nKarim",
            message_id="<karim-2@example.org>",
            in_reply_to=str(question["Message-ID"]),
            pdf=cv,
        ),
    )
    with frozen_at(later):
        poll_inbox(store, settings, later.date())
    received = current_draft(store)
    assert received.template == "document_received"
    assert "CV_Karim_Benali.pdf" in received.text_body
    changes = {c["id"]: (c["before"], c["after"]) for c in (received.effect or {})["criteria_diff"]}
    assert changes.get("degree_level") == ("unknown", "met"), changes
    with store.session() as s:  # the new facts wait for the coordinator
        assert len(s.scalars(select(Assessment)).all()) == assessments_before

    web_config = dataclasses.replace(settings, web=web_settings(tmp_path / "web").web)
    with serve_web(web_config, store) as live, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=require_chromium(), args=CHROMIUM_ARGS)
        page: Page = browser.new_context(locale="fr-FR").new_page()
        page.goto(live.url + "/")
        page.get_by_label("Identifiant").fill(USERNAME)
        page.get_by_label("Mot de passe").fill(PASSWORD)
        page.get_by_role("button", name="Se connecter").click()
        page.goto(f"{live.url}/brouillons/{received.id}")
        block = page.locator("#changements-criteres")
        expect(block).to_contain_text("Ce que le document reçu change")
        expect(block).to_contain_text("à vérifier → rempli")
        browser.close()

    approve_and_send(store, settings, received.id, now=later)
    with store.session() as s:
        assert len(s.scalars(select(Assessment)).all()) == assessments_before + 1
        draft = s.get(OutgoingMessage, received.id)
        assert draft is not None and (draft.effect or {}).get("applied") is True
