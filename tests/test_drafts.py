"""Drafts: the right email for the case, threaded to the applicant's message, one current draft per case,
and the guards against loops and floods."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from case_factory import add_message, make_case
from sqlalchemy import event, select

from intake.config import DraftSettings, Settings
from intake.eligibility import CONDITION, NOT_MET, load_criteria, verdict_of
from intake.replies.drafts import (
    describe,
    draft_for_application,
    effective_criteria,
    mark_bounce,
    may_draft,
    reply_subject,
    should_answer,
)
from intake.store.db import Store
from intake.store.models import Applicant, AuditEntry, CriterionOverride, OutgoingMessage

pytestmark = pytest.mark.both_stores

SETTINGS = Settings()
NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)
GRADUATION_ASK = "la date (mois et année) d'obtention de votre diplôme"


def test_an_eligible_case_gets_an_acknowledgement_threaded_to_their_message(store: Store) -> None:
    with store.session() as s:
        application, message = make_case(s, references="<older@example.org>")
        draft = draft_for_application(s, application, SETTINGS, reply_to=message, now=NOW)
        assert draft.template == "acknowledgement"
        assert draft.status == "draft"
        assert draft.to_addr == "lea.martin@example.org"
        assert draft.subject == f"Re: Candidature Pro'pulse [{application.case_token}]"
        assert draft.message_id.startswith("<") and draft.message_id.endswith("@animafac.net>")
        assert draft.in_reply_to == "<cand-1@example.org>"
        assert draft.references == "<older@example.org> <cand-1@example.org>"
        assert draft.text_body.startswith("Bonjour Léa,")
        assert draft.html_body is not None and "<p>Bonjour Léa,</p>" in draft.html_body
        assert draft.automatic is False
        audit = s.scalar(select(AuditEntry).where(AuditEntry.action == "draft_created"))
        assert audit is not None and audit.entity_id == application.id
        assert audit.details["outgoing"] == draft.id and audit.details["verdict"] == "eligible"


def test_an_unknown_graduation_date_asks_for_exactly_that(store: Store) -> None:
    with store.session() as s:
        application, message = make_case(s, statuses={"graduation_recent": "unknown"})
        draft = draft_for_application(s, application, SETTINGS, reply_to=message, now=NOW)
        assert draft.template == "missing_information"
        assert f"  - {GRADUATION_ASK} ?\n" in draft.text_body
        assert "il nous manque une information" in draft.text_body
        assert "stage" not in draft.text_body and "service civique" not in draft.text_body


def test_each_unknown_criterion_is_named_in_plain_french(store: Store) -> None:
    with store.session() as s:
        unknown = {"degree_level": "unknown", "not_internship": "unknown", "job_seeking_ess": "unknown"}
        application, message = make_case(s, statuses=unknown)
        draft = draft_for_application(s, application, SETTINGS, reply_to=message, now=NOW)
        assert "le diplôme le plus élevé que vous avez obtenu" in draft.text_body
        assert "si vous êtes actuellement en stage ;" in draft.text_body
        assert "le type d'emploi que vous recherchez" in draft.text_body
        assert GRADUATION_ASK not in draft.text_body


def test_an_english_applicant_is_asked_in_english(store: Store) -> None:
    with store.session() as s:
        application, message = make_case(s, language="en", statuses={"graduation_recent": "unknown"})
        draft = draft_for_application(s, application, SETTINGS, reply_to=message, now=NOW)
        assert draft.text_body.startswith("Hello Léa,")
        assert "the date (month and year) you obtained your degree?" in draft.text_body


def test_a_criterion_not_met_drafts_a_refusal_that_waits_for_the_coordinator(store: Store) -> None:
    with store.session() as s:
        statuses = {"degree_level": "not_met", "graduation_recent": "unknown"}
        application, message = make_case(s, statuses=statuses)
        draft = draft_for_application(s, application, SETTINGS, reply_to=message, now=NOW)
        assert draft.template == "refusal"
        assert draft.status == "draft"
        assert "titulaires d'un diplôme de niveau bac+2 au moins." in draft.text_body
        assert "France Travail" in draft.text_body


def test_the_coordinators_latest_override_wins_over_the_machine(store: Store) -> None:
    with store.session() as s:
        application, message = make_case(s, statuses={"graduation_recent": "unknown"})
        for status, at in (("not_met", NOW - timedelta(hours=2)), ("met", NOW - timedelta(hours=1))):
            s.add(
                CriterionOverride(
                    application_id=application.id,
                    criterion_id="graduation_recent",
                    status=status,
                    reason="vu au téléphone",
                    by="coordination",
                    at=at,
                )
            )
        s.flush()
        criteria = effective_criteria(s, application)
        graduation = next(c for c in criteria if c["id"] == "graduation_recent")
        assert graduation["status"] == "met" and graduation["overridden_by"] == "coordination"
        assert graduation["label"] == "Diplômé·e depuis 24 mois au plus"
        assert next(c for c in criteria if c["id"] == "degree_level")["overridden_by"] is None
        assert verdict_of(c["status"] for c in criteria) == "eligible"
        draft = draft_for_application(s, application, SETTINGS, reply_to=message, now=NOW)
        assert draft.template == "acknowledgement"


def test_a_case_never_assessed_is_asked_everything_rather_than_presumed_eligible(store: Store) -> None:
    with store.session() as s:
        application, message = make_case(s)
        for assessment in application.assessments:
            s.delete(assessment)
        s.flush()
        s.expire(application)
        criteria = effective_criteria(s, application)
        assert {c["status"] for c in criteria} == {"unknown"} and len(criteria) == 7
        draft = draft_for_application(s, application, SETTINGS, reply_to=message)
        assert draft.template == "missing_information"


@pytest.mark.parametrize(
    ("statuses", "verdict"),
    [
        (["met", "met"], "eligible"),
        (["met", "unknown"], "to_verify"),
        (["unknown", "not_met"], "not_eligible"),
        ([], "to_verify"),
    ],
)
def test_the_verdict_follows_the_worst_criterion(statuses: list[str], verdict: str) -> None:
    assert verdict_of(statuses) == verdict


def test_a_new_draft_discards_the_one_still_pending(store: Store) -> None:
    with store.session() as s:
        application, message = make_case(s)
        first = draft_for_application(s, application, SETTINGS, reply_to=message, now=NOW)
        second_message = add_message(
            s, application, subject="Re: Candidature", message_id="<cand-2@example.org>"
        )
        second = draft_for_application(s, application, SETTINGS, reply_to=second_message, now=NOW)
        assert first.status == "discarded" and second.status == "draft"
        assert second.in_reply_to == "<cand-2@example.org>"
        pending = s.scalars(select(OutgoingMessage).where(OutgoingMessage.status == "draft")).all()
        assert [d.id for d in pending] == [second.id]


def test_an_approved_email_is_not_discarded_by_a_new_draft(store: Store) -> None:
    with store.session() as s:
        application, message = make_case(s)
        first = draft_for_application(s, application, SETTINGS, reply_to=message, now=NOW)
        first.status = "approved"
        draft_for_application(s, application, SETTINGS, reply_to=message, now=NOW)
        assert first.status == "approved"


def test_an_empty_subject_gets_a_default_subject_with_the_case_token(store: Store) -> None:
    with store.session() as s:
        application, message = make_case(s, subject=None, message_id=None)
        draft = draft_for_application(s, application, SETTINGS, reply_to=message, now=NOW)
        assert draft.subject == f"Votre candidature à Pro'pulse [{application.case_token}]"
        assert draft.in_reply_to is None and draft.references is None


def test_reply_subject_drops_reply_prefixes_and_our_case_token() -> None:
    assert reply_subject("RE : Re: TR: Candidature [PP-000001]") == "Candidature"
    assert reply_subject("Candidature\r\nBcc: x@y") == "Candidature Bcc: x@y"
    assert reply_subject(None) == ""


def test_a_hostile_name_and_subject_stay_literal_and_harmless_in_the_draft(store: Store) -> None:
    with store.session() as s:
        application, message = make_case(
            s, first_name="{{ config }} <script>alert(1)</script>", subject="Candidature\r\nBcc: x@y"
        )
        draft = draft_for_application(s, application, SETTINGS, reply_to=message, now=NOW)
        assert draft.subject == f"Re: Candidature Bcc: x@y [{application.case_token}]"
        assert "\r" not in draft.subject and "\n" not in draft.subject
        assert draft.text_body.startswith("Bonjour {{ config }} <script>alert(1)</script>,")
        assert draft.html_body is not None and "<script>" not in draft.html_body
        assert "{{ config }} &lt;script&gt;alert(1)&lt;/script&gt;" in draft.html_body


@pytest.mark.parametrize(
    ("kind", "answered"),
    [
        ("application", True),
        ("reply", True),
        ("auto_reply", False),
        ("bounce", False),
        ("newsletter", False),
        ("other", False),
        ("", False),
    ],
)
def test_only_people_get_drafts_never_automatic_mail(kind: str, answered: bool) -> None:
    assert should_answer(kind) is answered


def test_ten_applications_from_one_address_in_a_day_make_at_most_the_configured_drafts(store: Store) -> None:
    for limit in (3, 5):
        settings = dataclasses.replace(SETTINGS, drafts=DraftSettings(max_per_sender_per_day=limit))
        address = f"flood{limit}@example.org"
        with store.session() as s:
            for i in range(10):
                at = NOW + timedelta(minutes=i)
                message_id = f"<flood{limit}-{i}@example.org>"
                application, message = make_case(s, email=address, message_id=message_id)
                if may_draft(s, address.upper(), settings, now=at):
                    draft_for_application(s, application, settings, reply_to=message, now=at)
            made = s.scalars(select(OutgoingMessage).where(OutgoingMessage.to_addr == address)).all()
            assert len(made) == limit
            assert may_draft(s, address, settings, now=NOW + timedelta(hours=23)) is False
            assert may_draft(s, address, settings, now=NOW + timedelta(hours=24, minutes=10)) is True


def test_the_count_of_drafts_to_one_address_is_read_from_the_recipient_index(
    store: Store, store_backend: str
) -> None:
    counts: list[tuple[str, Any]] = []

    def keep(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_rest: Any) -> None:
        if "count(" in statement.lower():
            counts.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", keep)
    try:
        with store.session() as s:
            may_draft(s, "Lea.Martin@example.org", SETTINGS, now=NOW)
    finally:
        event.remove(store.engine, "before_cursor_execute", keep)
    [(statement, parameters)] = counts
    with store.engine.connect() as conn:
        if store_backend == "postgresql":
            conn.exec_driver_sql("SET enable_seqscan = off")  # an empty table: it would be read whole
            plan = conn.exec_driver_sql(f"EXPLAIN {statement}", parameters).all()
        else:
            plan = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters).all()
    assert "ix_outgoing_messages_recipient" in " ".join(str(row) for row in plan)


def test_the_rate_limit_holds_across_sessions_with_stored_times(store: Store) -> None:
    settings = dataclasses.replace(SETTINGS, drafts=DraftSettings(max_per_sender_per_day=1))
    with store.session() as s:
        application, message = make_case(s)
        draft_for_application(s, application, settings, reply_to=message, now=NOW)
    with store.session() as s:
        assert may_draft(s, "lea.martin@example.org", settings, now=NOW + timedelta(hours=1)) is False
        assert may_draft(s, "someone.else@example.org", settings, now=NOW + timedelta(hours=1)) is True


def test_a_bounce_marks_the_address_failing_and_flags_the_case(store: Store) -> None:
    with store.session() as s:
        application, _ = make_case(s)
        flagged = mark_bounce(s, "Lea.Martin@example.org")
        assert flagged is application
        assert application.applicant.address_failing is True
        flag = s.scalar(select(AuditEntry).where(AuditEntry.action == "flag"))
        assert flag is not None and flag.entity_id == application.id
        assert flag.details["flag"] == "address_failing"


def test_a_bounce_for_an_unknown_address_changes_nothing(store: Store) -> None:
    with store.session() as s:
        make_case(s)
        assert mark_bounce(s, "nobody@example.org") is None
        assert s.scalars(select(Applicant).where(Applicant.address_failing.is_(True))).all() == []
        assert s.scalar(select(AuditEntry).where(AuditEntry.action == "flag")) is None


def _ingest_one(
    store: Store,
    body: str,
    *,
    subject: str,
    sender: str = "Nadia Benali <nadia.b@example.org>",
    message_id: str = "<question-1@example.org>",
    settings: Settings | None = None,
) -> None:
    from email.message import EmailMessage

    from intake.pipeline import ingest

    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "Pro'pulse <propulse@animafac.net>"
    msg["Subject"] = subject
    msg["Message-ID"] = message_id
    msg.set_content(body)
    outcome = ingest(store, msg.as_bytes(), source="test", today=NOW.date(), settings=settings)
    assert outcome.status == "new"


def test_a_question_about_the_programme_gets_an_information_draft_with_the_criteria_in_french(
    store: Store,
) -> None:
    _ingest_one(
        store,
        "Bonjour,\nQuels sont les critères pour participer au programme ? Et comment ça se passe ?\nMerci",
        subject="Renseignements",
    )
    with store.session() as s:
        draft = s.scalar(select(OutgoingMessage))
        assert draft is not None and draft.template == "programme_information" and draft.status == "draft"
        assert draft.to_addr == "nadia.b@example.org" and draft.application_id is None
        assert draft.subject == "Re: Renseignements" and draft.in_reply_to == "<question-1@example.org>"
        assert "titulaires d'un diplôme de niveau bac+2 au moins" in draft.text_body
        assert "diplômées depuis 24 mois au plus" in draft.text_body
        assert "de 6 à 12 personnes, accompagnées deux jours par semaine" in draft.text_body
        assert "avec votre CV en pièce jointe" in draft.text_body
        assert "None" not in draft.text_body and draft.html_body and "<li>" in draft.html_body


def test_a_question_in_english_gets_the_information_draft_in_english(store: Store) -> None:
    _ingest_one(
        store,
        "Hello,\nWhat are the eligibility criteria for the programme? How long does it last?\nThanks",
        subject="Question",
        sender="Sam Hill <sam.hill@example.org>",
    )
    with store.session() as s:
        draft = s.scalar(select(OutgoingMessage))
        assert draft is not None and draft.template == "programme_information"
        assert (
            draft.text_body.startswith("Hello,")
            and "6 to 12 people, coached two days a week" in draft.text_body
        )
        assert (
            "hold a degree at bac+2 level or above" in draft.text_body and "attach your CV" in draft.text_body
        )


def test_an_employers_message_still_gets_no_draft(store: Store) -> None:
    _ingest_one(
        store,
        "Bonjour,\nNous recrutons un animateur : pouvez-vous partager l'offre avec les participants ?",
        subject="Offre d'emploi",
        sender="RH <rh@enercoop.example.org>",
    )
    with store.session() as s:
        assert s.scalar(select(OutgoingMessage)) is None


REFERRAL = (
    "Bonjour,\nJe vous oriente Kevin Nguyen, diplômé d'un master en juin 2026, qui cherche un emploi dans "
    "une association. Ses coordonnées : kevin.nguyen@example.org, 06 12 34 56 78.\n"
    "Bien à vous,\nJulie Roux\n01 44 55 66 77"
)


def test_a_referral_is_answered_to_the_person_presented_with_the_referrer_in_copy(store: Store) -> None:
    from intake.store.models import Application

    _ingest_one(store, REFERRAL, subject="Orientation", sender="Julie Roux <julie.roux@example.org>")
    with store.session() as s:
        application = s.scalar(select(Application))
        assert application is not None and application.forwarded_by == "julie.roux@example.org"
        applicant = application.applicant
        assert (applicant.first_name, applicant.last_name) == ("Kevin", "Nguyen")
        assert applicant.email == "kevin.nguyen@example.org" and applicant.phone == "+33612345678"
        draft = s.scalar(select(OutgoingMessage))
        assert draft is not None and draft.to_addr == "kevin.nguyen@example.org"
        assert draft.cc == "julie.roux@example.org"
        assert draft.text_body.startswith(
            "Bonjour Kevin,\n\nNous avons reçu votre candidature par l'intermédiaire"
        )
        assert "que nous mettons en copie de cette réponse" in draft.text_body


def test_a_parent_presenting_their_son_without_his_address_gets_the_draft_and_is_told_why(
    store: Store,
) -> None:
    _ingest_one(
        store,
        "Hello,\nI am writing on behalf of my son Tom Baker, who has just completed his degree and is "
        "looking for a job in a charity.\nAnn Baker",
        subject="My son",
        sender="Ann Baker <ann.baker@example.org>",
    )
    with store.session() as s:
        draft = s.scalar(select(OutgoingMessage))
        assert draft is not None and draft.to_addr == "ann.baker@example.org" and draft.cc is None
        assert draft.text_body.startswith("Hello,\n\nThank you for presenting Tom Baker to us.")
        assert "please forward this message to them" in draft.text_body


def test_a_refusal_under_a_bac_plus_3_rule_says_bac_plus_3(tmp_path: Path) -> None:
    # Both degree_level and graduation_recent have a `min_level`; each sentence must use its own.
    shipped = (Path(__file__).resolve().parents[1] / "rules" / "eligibility.toml").read_text(encoding="utf-8")
    rule = 'check = "min_degree_level"\nmin_level = '
    stricter = shipped.replace(rule + "2", rule + "3")
    assert stricter != shipped
    (tmp_path / "eligibility.toml").write_text(stricter, encoding="utf-8")
    rules = load_criteria(tmp_path)
    failing = [{"id": "degree_level", "status": NOT_MET}, {"id": "graduation_recent", "status": NOT_MET}]
    reasons = describe(failing, NOT_MET, CONDITION, "fr", rules)
    assert reasons[0] == "titulaires d'un diplôme de niveau bac+3 au moins"
    assert reasons[1] == "diplômées depuis 24 mois au plus"
    english = describe(failing, NOT_MET, CONDITION, "en", rules)
    assert english[0] == "hold a degree at bac+3 level or above (3 years of higher education)"


APPLYING = (
    "Bonjour,\n\nJ'ai obtenu mon master Économie sociale et solidaire en juin 2026 à l'université de "
    "Lille. Je recherche activement un premier emploi dans l'ESS, dans une coopérative.\n\n"
    "Bien cordialement,\nNadia Benali\n06 12 34 56 78\n"
)
ONE_A_DAY = dataclasses.replace(SETTINGS, drafts=DraftSettings(max_per_sender_per_day=1))


def test_the_answer_to_a_question_counts_against_the_limit_when_the_same_address_then_applies(
    store: Store,
) -> None:
    question = "Bonjour,\nQuels sont les critères pour participer au programme ?\nMerci"
    _ingest_one(store, question, subject="Renseignements", settings=ONE_A_DAY)
    _ingest_one(store, APPLYING, subject="Candidature", message_id="<a@example.org>", settings=ONE_A_DAY)
    with store.session() as s:
        templates = s.scalars(select(OutgoingMessage.template)).all()
        skipped = s.scalars(select(AuditEntry.action).where(AuditEntry.action == "draft_skipped")).all()
    assert templates == ["programme_information"]
    assert skipped == ["draft_skipped"]


def test_an_application_from_a_new_address_under_the_limit_gets_its_draft(store: Store) -> None:
    _ingest_one(store, APPLYING, subject="Candidature", message_id="<a@example.org>", settings=ONE_A_DAY)
    with store.session() as s:
        drafts = s.scalars(select(OutgoingMessage.to_addr)).all()
    assert drafts == ["nadia.b@example.org"]
