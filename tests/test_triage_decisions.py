"""Triage's order of decisions: which case a message belongs to once a person has had more than one."""

from __future__ import annotations

from authres import authenticated, trust_test_mx
from sqlalchemy import func, select
from test_cases import NO_DATE, TODAY, mail

from intake.config import Settings
from intake.pipeline import ingest
from intake.store.db import Store
from intake.store.models import Application, Assessment, Message, OutgoingMessage

JEANNE = "Jeanne Moulin <jeanne.moulin@example.org>"
TRUSTED = trust_test_mx(Settings())  # a verified sender: what her mail asks is done, not held


def _apply(store: Store) -> None:
    """Jeanne's first application (her graduation date missing), unverified like most mail."""
    ingest(
        store,
        mail(JEANNE, "Candidature", NO_DATE, message_id="<first@example.org>"),
        source="test",
        today=TODAY,
    )


def _withdrawn_then_applied_again(store: Store) -> tuple[Application, Application]:
    """Jeanne applies, withdraws, applies again: her two cases, oldest first."""
    _apply(store)
    with store.session() as session:
        session.scalars(select(Application)).one().status = "withdrawn"
    again = mail(JEANNE, "Nouvelle candidature", NO_DATE, message_id="<again@example.org>")
    ingest(store, authenticated(again), source="test", today=TODAY, settings=TRUSTED)
    with store.session() as session:
        old, new = session.scalars(select(Application).order_by(Application.id)).all()
        session.expunge_all()
    return old, new


def test_applying_again_after_withdrawing_opens_a_new_case(store: Store) -> None:
    old, new = _withdrawn_then_applied_again(store)
    assert old.status == "withdrawn" and new.id != old.id
    with store.session() as session:
        message = session.scalar(select(Message).where(Message.message_id == "<again@example.org>"))
        assert message is not None and message.application_id == new.id


def test_a_reply_threaded_to_the_new_case_stays_there_though_its_subject_quotes_the_old_token(
    store: Store,
) -> None:
    old, new = _withdrawn_then_applied_again(store)
    with store.session() as session:
        ours = session.scalar(
            select(OutgoingMessage.message_id).where(OutgoingMessage.application_id == new.id)
        )
    reply = mail(
        JEANNE,
        f"Re: ma candidature [{old.case_token}]",
        "J'ai obtenu ma licence en juin 2025.",
        message_id="<reply@example.org>",
        in_reply_to=ours,
    )
    ingest(store, authenticated(reply), source="test", today=TODAY, settings=TRUSTED)
    with store.session() as session:
        message = session.scalar(select(Message).where(Message.message_id == "<reply@example.org>"))
        assert message is not None and message.application_id == new.id


def test_a_case_read_again_ignores_what_an_unverified_message_claimed(store: Store) -> None:
    _apply(store)
    with store.session() as session:
        ours = session.scalar(select(OutgoingMessage.message_id))
    forged = mail(
        JEANNE, "Re: Candidature", "Je suis actuellement en stage.", message_id="<f@x.org>", in_reply_to=ours
    )
    ingest(store, forged, source="test", today=TODAY)
    reply = mail(JEANNE, "Re: Candidature", "J'ai obtenu ma licence en juin 2025.", message_id="<r@x.org>")
    ingest(store, authenticated(reply), source="test", today=TODAY, settings=TRUSTED)
    with store.session() as session:
        held = session.scalar(select(Message).where(Message.message_id == "<f@x.org>"))
        assert held is not None and held.status == "held"
        latest = session.scalars(select(Assessment).order_by(Assessment.id.desc())).first()
        assert latest is not None and latest.verdict == "eligible"


def test_an_application_after_a_newer_case_was_withdrawn_joins_the_older_case_still_open(
    store: Store,
) -> None:
    old, new = _withdrawn_then_applied_again(store)
    # The older case open again, the newer one withdrawn: her newest case is closed, an older one is not.
    with store.session() as session:
        session.get(Application, old.id).status = "received"  # type: ignore[union-attr]
        session.get(Application, new.id).status = "withdrawn"  # type: ignore[union-attr]
    third = mail(JEANNE, "Encore ma candidature", NO_DATE, message_id="<third@example.org>")
    ingest(store, authenticated(third), source="test", today=TODAY, settings=TRUSTED)
    with store.session() as session:
        message = session.scalar(select(Message).where(Message.message_id == "<third@example.org>"))
        cases = session.scalar(select(func.count(Application.id)))
    assert message is not None and message.application_id == old.id
    assert cases == 2
