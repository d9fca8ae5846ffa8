"""CVs sent as links: recognised, shown to the coordinator, never fetched; the reply asks for the file."""

from __future__ import annotations

import html
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from case_factory import make_case
from fixtures_docs import make_message, make_pdf
from live import LiveWeb, logged_in_client, serve_web, web_settings
from seed import seed_case

from intake.case_facts import from_json
from intake.config import Settings
from intake.documents.links import find_cv_links
from intake.extract import extract_message
from intake.replies.drafts import draft_for_application
from intake.store.db import Store
from intake.store.models import Application

TODAY = date(2026, 11, 26)
NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)
DRIVE = "https://drive.google.com/file/d/1AbC-dEf/view?usp=sharing"


def test_links_to_cv_hosting_services_are_recognised_and_other_links_ignored() -> None:
    text = (
        f"Mon CV : {DRIVE}.\n"
        "Version graphique : https://www.canva.com/design/DAF12/view (et linkedin.com/in/lea-martin).\n"
        "Lien WeTransfer https://we.tl/t-XyZ, et OneDrive https://1drv.ms/b/s!Abc ; Dropbox "
        "<https://www.dropbox.com/s/abc/cv.pdf?dl=0>\n"
        "Notre association : https://www.animafac.net/agenda et https://example.org/cv.pdf"
    )
    links = find_cv_links(text + "\n" + DRIVE)
    assert [(link.service, link.url) for link in links] == [
        ("Google Drive", DRIVE),
        ("Canva", "https://www.canva.com/design/DAF12/view"),
        ("LinkedIn", "https://linkedin.com/in/lea-martin"),
        ("WeTransfer", "https://we.tl/t-XyZ"),
        ("OneDrive", "https://1drv.ms/b/s!Abc"),
        ("Dropbox", "https://www.dropbox.com/s/abc/cv.pdf?dl=0"),
    ]


def test_a_cv_given_only_as_a_link_is_recorded_on_the_case_and_counts_as_link_only() -> None:
    raw = make_message(f"Bonjour, je candidate. Licence AES obtenue en juin 2025. Mon CV : {DRIVE}")
    situation = extract_message(raw, today=TODAY)["situation"]
    assert situation["cv_links"] == [{"service": "Google Drive", "url": DRIVE}]
    assert from_json({"situation": situation}).cv_only_as_link()


def test_a_link_beside_a_readable_cv_attachment_does_not_ask_for_the_file() -> None:
    raw = make_message(
        "Bonjour, je candidate. Mon profil : https://www.linkedin.com/in/ines-martin",
        attachments=[("cv.pdf", "application/pdf", make_pdf(["Inès Martin", "Licence AES (juin 2025)"]))],
    )
    situation = extract_message(raw, today=TODAY)["situation"]
    assert situation["cv_links"][0]["service"] == "LinkedIn"
    assert not from_json({"situation": situation}).cv_only_as_link()


@pytest.mark.parametrize(
    ("language", "asked"),
    [
        ("fr", "pourriez-vous nous envoyer votre CV en pièce jointe"),
        ("en", "could you send us your CV as an attachment"),
    ],
)
def test_when_the_cv_is_only_a_link_the_draft_asks_for_the_file(
    store: Store, language: str, asked: str
) -> None:
    with store.session() as s:
        application, message = make_case(s, language=language)
        application.facts = {"situation": {"cv_links": [{"service": "Canva", "url": DRIVE}], "documents": []}}
        draft = draft_for_application(s, application, Settings(), reply_to=message, now=NOW)
        assert asked in draft.text_body
        assert draft.html_body is not None and asked in html.unescape(draft.html_body)
        application.facts = {"situation": {"cv_links": [], "documents": []}}
        plain = draft_for_application(s, application, Settings(), reply_to=message, now=NOW)
        assert asked not in plain.text_body


@pytest.fixture
def web(store: Store, tmp_path: Path) -> Iterator[LiveWeb]:
    with serve_web(web_settings(tmp_path / "data"), store) as live:
        yield live


def test_the_case_page_shows_cv_links_without_passing_on_where_they_were_read(web: LiveWeb) -> None:
    case = seed_case(web.store)
    with web.store.session() as s:
        application = s.get(Application, case.application_id)
        assert application is not None
        facts = dict(application.facts or {})
        facts["situation"] = {
            **(facts.get("situation") or {}),
            "cv_links": [{"service": "Google Drive", "url": DRIVE}],
        }
        application.facts = facts
    with logged_in_client(web) as client:
        page = html.unescape(client.get(f"/brouillons/{case.draft_id}").text)
    assert (
        f'Google Drive : <a href="{DRIVE}" rel="noopener noreferrer nofollow" referrerpolicy="no-referrer"'
        in page
    )
    assert "Le service n'ouvre pas ces liens" in page
