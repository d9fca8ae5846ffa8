"""Secure by default: with no receiving server trusted (`inbox.authserv_ids` empty) nobody is verified, so
what a reply asks of an existing case waits for the coordinator; a first application still opens its case."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from authres import trust_test_mx
from conftest import run_cli
from live import logged_in_client, serve_web, web_settings
from scheduling_helpers import settings_with, utc
from sqlalchemy import func, select
from test_sender_identity import APPLICATION, CAMILLE, raw_mail

from intake.approval import approve_draft, list_queue
from intake.clock import frozen_at
from intake.pipeline import ingest
from intake.store.db import Store
from intake.store.models import Interview, InterviewSlot, Message, OutgoingMessage, SlotProposal

TODAY = date(2026, 11, 26)
NOW = utc(2026, 11, 26, 8, 0)
SETTINGS = settings_with()  # inbox.authserv_ids = [] as shipped


def test_with_no_authserv_configured_a_reply_choosing_slot_2_books_nothing_until_the_held_draft_is_approved_then_books_slot_2(  # noqa: E501
    store: Store,
) -> None:
    assert SETTINGS.inbox.authserv_ids == []
    with frozen_at(NOW):
        first = raw_mail(f"Camille Lefèvre <{CAMILLE}>", "Candidature", APPLICATION, message_id="<c1@x.org>")
        ingest(store, first, source="test", today=TODAY, settings=SETTINGS)
        with store.session() as s:
            proposal = s.scalars(select(OutgoingMessage)).one()
            assert proposal.template != "held_request", "a first application opens its case as before"
            slot_2 = s.scalar(select(SlotProposal.slot_id).where(SlotProposal.position == 2))
            assert slot_2 is not None
            ids = proposal.message_id, proposal.subject
        reply = raw_mail(
            f"Camille Lefèvre <{CAMILLE}>",
            f"Re: {ids[1]}",
            "Je prends le 2, merci.",
            message_id="<r1@example.org>",
            in_reply_to=ids[0],
        )
        ingest(store, reply, source="test", today=TODAY, settings=SETTINGS)
        with store.session() as s:
            assert s.scalar(select(func.count(Interview.id))) == 0, "nothing booked by an unverified reply"
            assert s.scalar(select(Message.status).where(Message.message_id == "<r1@example.org>")) == "held"
            [held] = [q for q in list_queue(s) if q.template == "held_request"]
            draft = s.get(OutgoingMessage, held.id)
            assert draft is not None
            assert "inbox.authserv_ids n'est pas configuré" in draft.text_body, "the coordinator sees why"
            assert "Rien n'a été changé" in draft.text_body
        with store.session() as s:
            approve_draft(s, held.id, actor="coordinatrice", settings=SETTINGS)
        with store.session() as s:
            interview = s.scalars(select(Interview)).one()
            assert interview.status == "booked" and interview.slot_id == slot_2
            assert s.get(InterviewSlot, slot_2) is not None
            applied = s.get(OutgoingMessage, held.id)
            assert applied is not None and applied.status == "applied"


def test_the_demo_still_records_and_drafts_its_sample_messages_and_status_says_replies_wait(
    tmp_path: Path,
) -> None:
    result = run_cli("demo", "--once", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "20 nouveau(x), 0 déjà connu(s), 0 en quarantaine" in result.stdout
    store = Store(f"sqlite:///{tmp_path / 'var' / 'propulse.sqlite3'}")
    with store.session() as s:
        assert s.scalar(select(func.count(Message.id)).where(Message.status == "processed")) == 20
        templates = list(s.scalars(select(OutgoingMessage.template).where(OutgoingMessage.status == "draft")))
    # The cooperative sharing its own job offer is an employer («other»), not a question: it gets no draft.
    assert len(templates) == 15, "one draft per application"
    assert "programme_information" not in templates
    assert "held_request" not in templates, "nothing in the demo touches an existing case"
    status = run_cli("status", cwd=tmp_path)
    assert status.returncode == 0, status.stderr
    assert "Demandes retenues en attente d'approbation : 0" in status.stdout
    assert "inbox.authserv_ids n'est pas configuré" in status.stdout
    assert "attend votre approbation" in status.stdout


def test_the_queue_says_replies_wait_for_approval_while_no_receiving_server_is_trusted(
    store: Store, tmp_path: Path
) -> None:
    banner = "Aucun serveur de réception n'est cru (inbox.authserv_ids n'est pas configuré)"
    settings = web_settings(tmp_path / "data")
    with serve_web(settings, store) as web, logged_in_client(web) as client:
        assert banner in html.unescape(client.get("/").text)
    with serve_web(trust_test_mx(settings), store) as web, logged_in_client(web) as client:
        queue = html.unescape(client.get("/").text)
        assert "Brouillons à valider" in queue and banner not in queue
