"""Nobody acts in someone else's case by email: a sender the receiving server did not authenticate, or a
third party forwarding someone's mail, changes nothing in an existing case until the coordinator approves."""

from __future__ import annotations

import dataclasses
import html
from datetime import date
from pathlib import Path

from live import csrf_of, logged_in_client, serve_web, web_settings
from scheduling_helpers import settings_with, utc
from sqlalchemy import func, select
from test_sender_identity import APPLICATION, CAMILLE, raw_mail

from intake.approval import approve_draft, discard_draft, list_queue
from intake.authentication import verify_sender
from intake.clock import frozen_at
from intake.config import InboxSettings, Settings
from intake.pipeline import ingest
from intake.store.db import Store
from intake.store.models import Applicant, Application, Assessment, Interview, Message, OutgoingMessage

TODAY = date(2026, 11, 26)
NOW = utc(2026, 11, 26, 8, 0)
MX = "mx.propulse.test"
SETTINGS: Settings = dataclasses.replace(
    settings_with(), inbox=dataclasses.replace(InboxSettings(), authserv_ids=[MX])
)


def authenticated(raw: bytes, result: str = "pass", domain: str = "example.org") -> bytes:
    """As the programme's MX delivers it: its Authentication-Results header on top."""
    return f"Authentication-Results: {MX}; dmarc={result} header.from={domain}\r\n".encode() + raw


def apply_as_camille(store: Store) -> tuple[str, str]:
    raw = raw_mail(f"Camille Lefèvre <{CAMILLE}>", "Candidature", APPLICATION, message_id="<c1@example.org>")
    ingest(store, authenticated(raw), source="test", today=TODAY, settings=SETTINGS)
    with store.session() as s:
        proposal = s.scalars(select(OutgoingMessage)).one()
        return proposal.message_id, proposal.subject


def reply(store: Store, ids: tuple[str, str], body: str, n: int, *, verified: bool) -> None:
    raw = raw_mail(
        f"Camille Lefèvre <{CAMILLE}>",
        f"Re: {ids[1]}",
        body,
        message_id=f"<r{n}@example.org>",
        in_reply_to=ids[0],
    )
    ingest(store, authenticated(raw) if verified else raw, source="test", today=TODAY, settings=SETTINGS)


def interview_statuses(store: Store) -> list[str]:
    with store.session() as s:
        return list(s.scalars(select(Interview.status).order_by(Interview.id)))


def test_a_forged_from_cancelling_an_interview_changes_nothing_until_the_coordinator_approves(
    store: Store,
) -> None:
    with frozen_at(NOW):
        ids = apply_as_camille(store)
        reply(store, ids, "Je prends le 2, merci.", 1, verified=True)
        assert interview_statuses(store) == ["booked"]
        reply(store, ids, "Bonjour, je ne pourrai pas venir, désolée.", 2, verified=False)
        assert interview_statuses(store) == ["booked"], "a forged From cancels nothing by itself"
        with store.session() as s:
            [held] = [q for q in list_queue(s) if q.template == "held_request"]
            assert held.subject.startswith("⚠")
            draft = s.get(OutgoingMessage, held.id)
            assert draft is not None and "expéditeur non vérifié" in draft.text_body
            assert "Rien n'a été changé" in draft.text_body
            message = s.scalar(select(Message).where(Message.message_id == "<r2@example.org>"))
            assert message is not None and message.status == "held"
        with store.session() as s:
            approve_draft(s, held.id, actor="coordinatrice", settings=SETTINGS)
        assert interview_statuses(store) == ["cancelled"], "approved: the cancellation takes effect"
        with store.session() as s:
            applied = s.get(OutgoingMessage, held.id)
            assert applied is not None and applied.status == "applied", "a held request is never sent"


def test_a_discarded_held_request_leaves_the_interview_booked(store: Store) -> None:
    with frozen_at(NOW):
        ids = apply_as_camille(store)
        reply(store, ids, "Je prends le 2, merci.", 1, verified=True)
        reply(store, ids, "Je ne pourrai pas venir.", 2, verified=False)
        with store.session() as s:
            [held] = [q for q in list_queue(s) if q.template == "held_request"]
            discard_draft(s, held.id, actor="coordinatrice")
    assert interview_statuses(store) == ["booked"]


def test_a_verified_sender_cancels_at_once_as_before(store: Store) -> None:
    with frozen_at(NOW):
        ids = apply_as_camille(store)
        reply(store, ids, "Je prends le 2, merci.", 1, verified=True)
        reply(store, ids, "Bonjour, je ne pourrai pas venir, désolée.", 2, verified=True)
    assert interview_statuses(store) == ["cancelled"]
    with store.session() as s:
        assert s.scalar(select(func.count()).where(OutgoingMessage.template == "held_request")) == 0


def test_a_failed_dmarc_from_the_trusted_server_is_not_verified_even_with_a_forged_pass_below() -> None:
    headers = [f"{MX}; dmarc=fail header.from=example.org", f"{MX}; dmarc=pass header.from=example.org"]
    assert not verify_sender(headers, CAMILLE, [MX]).verified


def test_results_from_an_unlisted_server_do_not_count() -> None:
    assert not verify_sender(["mx.evil.example; dmarc=pass"], CAMILLE, [MX]).verified


def test_an_aligned_dkim_pass_verifies_and_an_unaligned_one_does_not() -> None:
    assert verify_sender([f"{MX}; dkim=pass header.d=example.org"], CAMILLE, [MX]).verified
    assert not verify_sender([f"{MX}; dkim=pass header.d=evil.example"], CAMILLE, [MX]).verified


def test_microsoft_365_headers_without_authserv_id_count_when_listed() -> None:
    header = (
        "spf=pass (sender IP is 192.0.2.1) smtp.mailfrom=example.org; dkim=pass (signature was verified) "
        "header.d=example.org;dmarc=pass action=none header.from=example.org;compauth=pass reason=100"
    )
    assert verify_sender([header], CAMILLE, ["microsoft365"]).verified
    assert not verify_sender([header], CAMILLE, [MX]).verified


YACINE = "yacine.benali@example.org"
YACINE_APPLICATION = (
    "Bonjour,\n\nTitulaire d'un master d'économie sociale et solidaire obtenu en juin 2025, je recherche "
    "activement un emploi dans une association. Vous pouvez me joindre au 06 12 34 56 78.\n\n"
    "Bien cordialement,\nYacine Benali"
)
FAKE_FORWARD = (
    "Pour info.\n\n"
    "De : Yacine Benali <yacine.benali@example.org>\n"
    "Envoyé : lundi 23 novembre 2026 10:00\n"
    "À : propulse@animafac.net\n"
    "Objet : Candidature\n\n"
    "Bonjour,\n\nJe suis en reconversion professionnelle, je n'ai pas de diplôme. "
    "Mon nouveau numéro : 07 99 99 99 99.\n\nYacine Benali\n"
)


def test_a_fake_forward_from_a_stranger_never_touches_yacines_case(store: Store) -> None:
    with frozen_at(NOW):
        first = raw_mail(
            f"Yacine Benali <{YACINE}>", "Candidature", YACINE_APPLICATION, message_id="<y1@example.org>"
        )
        ingest(store, authenticated(first), source="test", today=TODAY, settings=SETTINGS)
        with store.session() as s:
            before_status = s.scalars(select(Application)).one().status
            proposal = s.scalars(select(OutgoingMessage)).one()
            assert before_status == "interview_proposed"
        # An honest, authenticated stranger: the forwarded «De :» line is a claim, not an identity.
        fake = raw_mail(
            "Mallory Martin <mallory@honest.example>",
            "TR: Candidature",
            FAKE_FORWARD,
            message_id="<f1@honest.example>",
        )
        ingest(
            store, authenticated(fake, domain="honest.example"), source="test", today=TODAY, settings=SETTINGS
        )
    with store.session() as s:
        applicant = s.scalars(select(Applicant).where(Applicant.email_normalised == YACINE)).one()
        assert applicant.phone is None or "99 99" not in applicant.phone
        assert s.scalar(select(func.count()).select_from(Assessment)) == 1, "not re-scored"
        application = s.scalars(select(Application)).one()
        assert application.status == before_status
        kept = s.get(OutgoingMessage, proposal.id)
        assert kept is not None and kept.status == "draft", "the pending proposal is not discarded"
        [held] = [q for q in list_queue(s) if q.template == "held_request"]
        assert held.application_id == application.id
        draft = s.get(OutgoingMessage, held.id)
        assert draft is not None and "contenu transféré par un tiers" in draft.text_body


def test_a_fake_forward_about_a_closed_case_does_not_rewrite_the_persons_details(store: Store) -> None:
    with frozen_at(NOW):
        first = raw_mail(
            f"Yacine Benali <{YACINE}>", "Candidature", YACINE_APPLICATION, message_id="<y2@example.org>"
        )
        ingest(store, authenticated(first), source="test", today=TODAY, settings=SETTINGS)
        with store.session() as s:
            s.scalars(select(Application)).one().status = "withdrawn"
        fake = raw_mail(
            "Mallory <mallory@honest.example>", "Fwd: Candidature", FAKE_FORWARD, message_id="<f2@h.example>"
        )
        ingest(
            store, authenticated(fake, domain="honest.example"), source="test", today=TODAY, settings=SETTINGS
        )
    with store.session() as s:
        applicant = s.scalars(select(Applicant).where(Applicant.email_normalised == YACINE)).one()
        assert applicant.phone is None or "99 99" not in applicant.phone
        assert s.scalar(select(func.count()).select_from(Application)) == 1, (
            "no new case opened by a stranger"
        )


def test_the_coordinator_sees_the_warning_in_the_queue_and_applies_the_request_from_the_browser(
    store: Store, tmp_path: Path
) -> None:
    with frozen_at(NOW):
        ids = apply_as_camille(store)
        reply(store, ids, "Je prends le 2, merci.", 1, verified=False)
    assert interview_statuses(store) == []
    settings = dataclasses.replace(
        web_settings(tmp_path / "data"), inbox=SETTINGS.inbox, interviews=SETTINGS.interviews
    )
    with serve_web(settings, store) as web, logged_in_client(web) as client:
        queue = client.get("/").text
        assert "⚠ À vérifier avant tout changement" in html.unescape(queue)
        with store.session() as s:
            held_id = s.scalars(
                select(OutgoingMessage.id).where(OutgoingMessage.template == "held_request")
            ).one()
        token = csrf_of(client.get(f"/brouillons/{held_id}").text)
        with frozen_at(NOW):
            answer = client.post(f"/brouillons/{held_id}/approuver", data={"csrf": token})
        assert answer.status_code == 303
        assert "appliquée au dossier" in html.unescape(client.get("/").text)
    assert interview_statuses(store) == ["booked"]
