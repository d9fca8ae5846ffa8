"""From messages to cases: applications filed and assessed, replies threaded and re-scored, loops avoided."""

from __future__ import annotations

from datetime import date
from email.message import EmailMessage

import pytest
from authres import authenticated, trust_test_mx
from sqlalchemy import func, select

from intake.config import Settings
from intake.pipeline import ingest
from intake.store.db import Store
from intake.store.models import Applicant, Application, Assessment, Message, OutgoingMessage

pytestmark = pytest.mark.both_stores

TODAY = date(2026, 11, 26)


def mail(
    sender: str,
    subject: str,
    body: str,
    *,
    message_id: str,
    in_reply_to: str | None = None,
    headers: dict[str, str] | None = None,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = "Pro'pulse <propulse@animafac.net>"
    msg["Subject"] = subject
    msg["Message-ID"] = message_id
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    for name, value in (headers or {}).items():
        msg[name] = value
    msg.set_content(body)
    return msg.as_bytes()


NO_DATE = (
    "Bonjour,\n\nJe suis titulaire d'une licence de sociologie. Je recherche activement un emploi dans "
    "l'économie sociale et solidaire, dans une association d'éducation populaire.\n\n"
    "Bien cordialement,\nJeanne Moulin"
)


def count(store: Store, model: type) -> int:  # type: ignore[type-arg]
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_an_application_opens_a_case_with_its_assessment_and_a_draft(store: Store) -> None:
    ingest(
        store,
        mail(
            "Jeanne Moulin <jeanne.moulin@example.org>", "Candidature", NO_DATE, message_id="<a1@example.org>"
        ),
        source="test",
        today=TODAY,
    )
    with store.session() as session:
        application = session.scalars(select(Application)).one()
        assert application.case_token == f"PP-{application.id:06d}"
        assert application.applicant.email == "jeanne.moulin@example.org"
        assert application.facts["education"]["bac_plus"] == 3
        assessment = session.scalars(select(Assessment)).one()
        assert assessment.verdict == "to_verify"
        unknown = [c["id"] for c in assessment.criteria["criteria"] if c["status"] == "unknown"]
        assert unknown == ["graduation_recent"]
        draft = session.scalars(select(OutgoingMessage)).one()
        assert draft.status == "draft" and draft.to_addr == "jeanne.moulin@example.org"
        assert draft.in_reply_to == "<a1@example.org>"
        assert application.case_token in draft.subject
        assert "effacées 24 mois après notre dernier échange" in draft.text_body, "what is kept, and how long"


def test_a_reply_with_the_missing_date_rescores_the_case_and_makes_a_new_draft(store: Store) -> None:
    ingest(
        store,
        mail(
            "Jeanne Moulin <jeanne.moulin@example.org>", "Candidature", NO_DATE, message_id="<a2@example.org>"
        ),
        source="test",
        today=TODAY,
    )
    with store.session() as session:
        first_draft = session.scalars(select(OutgoingMessage)).one()
        our_id, subject = first_draft.message_id, first_draft.subject
    reply = mail(
        "Jeanne Moulin <jeanne.moulin@example.org>",
        f"Re: {subject}",
        "Bonjour,\n\nJ'ai obtenu ma licence en juin 2025.\n\nJeanne\n\n"
        "Le 20 nov. 2026, Pro'pulse a écrit :\n> Pourriez-vous nous indiquer la date ?\n",
        message_id="<r2@example.org>",
        in_reply_to=our_id,
    )
    trusted = trust_test_mx(Settings())
    assert ingest(store, authenticated(reply), source="test", today=TODAY, settings=trusted).status == "new"
    with store.session() as session:
        message = session.scalar(select(Message).where(Message.message_id == "<r2@example.org>"))
        assert message is not None and message.kind == "reply"
        application = session.scalars(select(Application)).one()
        assert message.application_id == application.id
        latest = session.scalars(select(Assessment).order_by(Assessment.id.desc())).first()
        assert latest is not None and latest.verdict == "eligible"
        assert application.facts["education"]["graduation"] == "2025-06"
        drafts = list(session.scalars(select(OutgoingMessage).order_by(OutgoingMessage.id)))
        assert [d.status for d in drafts] == ["discarded", "draft"]
        assert drafts[1].in_reply_to == "<r2@example.org>"


def test_a_stranger_cannot_write_into_someone_elses_case(store: Store) -> None:
    ingest(
        store,
        mail(
            "Jeanne Moulin <jeanne.moulin@example.org>", "Candidature", NO_DATE, message_id="<a3@example.org>"
        ),
        source="test",
        today=TODAY,
    )
    with store.session() as session:
        draft = session.scalars(select(OutgoingMessage)).one()
        our_id, subject = draft.message_id, draft.subject
    intruder = mail(
        "Mallory <mallory@example.net>",
        f"Re: {subject}",
        "J'ai obtenu ma licence en juin 2025.",
        message_id="<x3@example.net>",
        in_reply_to=our_id,
    )
    ingest(store, intruder, source="test", today=TODAY)
    with store.session() as session:
        message = session.scalar(select(Message).where(Message.message_id == "<x3@example.net>"))
        assert message is not None and message.application_id is None
        assert session.scalars(select(Assessment)).one().verdict == "to_verify"
        assert count(store, OutgoingMessage) == 1


def test_a_second_application_from_the_same_address_joins_the_same_case(store: Store) -> None:
    for n in range(2):
        ingest(
            store,
            mail(
                "Jeanne Moulin <Jeanne.Moulin@example.org>",
                "Candidature",
                NO_DATE,
                message_id=f"<dup{n}@example.org>",
            ),
            source="test",
            today=TODAY,
        )
    assert count(store, Applicant) == 1
    assert count(store, Application) == 1


def test_ten_auto_replies_from_one_address_produce_no_draft(store: Store) -> None:
    for n in range(10):
        ingest(
            store,
            mail(
                "Paul Absent <paul@example.org>",
                "Réponse automatique : Candidature",
                "Je suis absent jusqu'au 3 décembre.",
                message_id=f"<auto{n}@example.org>",
                headers={"Auto-Submitted": "auto-replied"},
            ),
            source="test",
            today=TODAY,
        )
    assert count(store, Message) == 10
    assert count(store, OutgoingMessage) == 0
    assert count(store, Application) == 0


def test_ten_applications_from_one_address_in_a_day_produce_at_most_the_configured_drafts(
    store: Store,
) -> None:
    for n in range(10):
        ingest(
            store,
            mail(
                "Jeanne Moulin <jeanne.moulin@example.org>",
                f"Candidature {n}",
                NO_DATE,
                message_id=f"<many{n}@example.org>",
            ),
            source="test",
            today=TODAY,
        )
    assert count(store, Message) == 10
    assert count(store, OutgoingMessage) == 3


def test_a_bounce_marks_the_applicants_address_as_failing(store: Store) -> None:
    ingest(
        store,
        mail(
            "Jeanne Moulin <jeanne.moulin@example.org>", "Candidature", NO_DATE, message_id="<a4@example.org>"
        ),
        source="test",
        today=TODAY,
    )
    bounce = mail(
        "Mail Delivery System <MAILER-DAEMON@mx.example.org>",
        "Undelivered Mail Returned to Sender",
        "This is the mail system.\n\n<jeanne.moulin@example.org>: host mx.example.org said: "
        "550 5.1.1 User unknown",
        message_id="<b4@mx.example.org>",
    )
    ingest(store, bounce, source="test", today=TODAY)
    with store.session() as session:
        assert session.scalars(select(Applicant)).one().address_failing is True
        assert count(store, OutgoingMessage) == 1
