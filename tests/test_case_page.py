"""The case page: every mail in and out in time order, each opening on its original, and the CV."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fixtures_docs import make_pdf
from live import LiveWeb, logged_in_client, serve_web, web_settings
from test_messages_page import mail

from intake.pipeline import ingest
from intake.store.db import Store
from intake.store.models import Message

CV = make_pdf(
    ["Léa Martin", "Master Économie sociale et solidaire, juin 2025", "Animatrice, Ligue de l'enseignement"]
)


@pytest.fixture
def web(store: Store, tmp_path: Path) -> Iterator[LiveWeb]:
    with serve_web(web_settings(tmp_path / "data"), store) as live:
        yield live


def test_the_case_page_shows_the_mail_in_and_out_with_links_to_originals_and_the_cv(web: LiveWeb) -> None:
    raw = mail(
        "Bonjour,\n\nJe souhaite candidater au programme Pro'pulse. J'ai obtenu mon master en économie "
        "sociale et solidaire en juin 2025 et je cherche un premier emploi dans l'ESS.\n\n"
        "Vous trouverez mon CV ci-joint.\n\nLéa Martin\n",
        n=40,
        name="Léa Martin",
        address="lea.martin@example.org",
        subject="Candidature Pro'pulse",
        attachments=(("CV Léa Martin.pdf", "application/pdf", CV),),
    )
    pk = ingest(web.store, raw, source="test").message_pk
    with web.store.session() as s:
        message = s.get(Message, pk)
        assert message is not None and message.application_id is not None
        application_id = message.application_id
        attachment_id = message.attachments[0].id
    with logged_in_client(web) as client:
        page = client.get(f"/dossiers/{application_id}").text
        original = client.get(f"/messages/{pk}").text
    timeline = page[page.index('id="chronologie"') : page.index('id="documents"')]
    assert f'href="/messages/{pk}"' in timeline and "reçu" in timeline
    assert 'href="/brouillons/' in timeline and "sortant" in timeline
    assert timeline.index("reçu") < timeline.index("sortant")
    assert f'href="/messages/{pk}/pieces/{attachment_id}"' in page
    assert "CV Léa Martin.pdf" in page and "Animatrice, Ligue de l&#39;enseignement" in page
    assert "Je souhaite candidater au programme" in original
