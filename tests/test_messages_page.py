"""The «Messages» page and `propulse messages`: every recorded message, what needs a human, the original
of each with its attachments, and the coordinator's actions on a message (real pipeline, real Chromium).
"""

from __future__ import annotations

from collections.abc import Iterator
from email.message import EmailMessage
from email.utils import formataddr
from pathlib import Path

import pytest
from fixtures_docs import make_pdf
from live import (
    CHROMIUM_ARGS,
    PASSWORD,
    USERNAME,
    LiveWeb,
    logged_in_client,
    require_chromium,
    serve_web,
    web_settings,
)
from playwright.sync_api import Browser, Page, expect, sync_playwright
from sqlalchemy import select

from intake import messages
from intake.pipeline import ingest
from intake.store.db import Store
from intake.store.models import AuditEntry, Message, OutgoingMessage

OUT_OF_OFFICE = "Je suis absente du bureau jusqu'au 15 décembre. Je lirai votre message à mon retour."
QUESTION = (
    "Bonjour,\n\nJ'habite à Lyon : le programme Pro'pulse est-il ouvert aux personnes qui ne sont pas à "
    "Paris ? Les séances ont-elles lieu à distance ?\n\nMerci d'avance,\nPaul Lefèvre\n"
)


def mail(
    body: str,
    *,
    n: int,
    name: str,
    address: str,
    subject: str,
    headers: dict[str, str] | None = None,
    attachments: tuple[tuple[str, str, bytes], ...] = (),
    html: bool = False,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = formataddr((name, address))
    msg["To"] = "Pro'pulse <propulse@animafac.net>"
    msg["Subject"] = subject
    msg["Date"] = "Tue, 24 Nov 2026 10:42:00 +0100"
    msg["Message-ID"] = f"<messages-page.{n}@example.org>"
    for key, value in (headers or {}).items():
        msg[key] = value
    if html:
        msg.set_content(f"<html><body><p>{body}</p><script>alert(1)</script></body></html>", subtype="html")
    else:
        msg.set_content(body)
    for filename, ctype, payload in attachments:
        maintype, _, subtype = ctype.partition("/")
        msg.add_attachment(payload, maintype=maintype, subtype=subtype, filename=filename)
    return msg.as_bytes()


PDF = make_pdf(["Plaquette employeur", "Chargé de mission ESS"])


def seed_inbox(store: Store) -> dict[str, int]:
    raws = {
        "absence": mail(
            OUT_OF_OFFICE,
            n=1,
            name="Camille Roux",
            address="camille.roux@example.org",
            subject="Réponse automatique : absente",
            headers={"Auto-Submitted": "auto-replied"},
        ),
        "question": mail(
            QUESTION, n=2, name="Paul Lefèvre", address="paul.lefevre@example.org", subject="Question"
        ),
        "pdf": mail(
            "Bonjour, voici notre offre de poste pour vos participants. Cordialement, Asso Verte",
            n=3,
            name="Asso Verte",
            address="contact@asso-verte.example.org",
            subject="Offre d'emploi",
            attachments=(("../../offre d'emploi été.pdf", "application/pdf", PDF),),
        ),
    }
    return {key: ingest(store, raw, source="test").message_pk for key, raw in raws.items()}


@pytest.fixture
def web(store: Store, tmp_path: Path) -> Iterator[LiveWeb]:
    with serve_web(web_settings(tmp_path / "data"), store) as live:
        yield live


@pytest.fixture
def page() -> Iterator[Page]:
    path = require_chromium()
    with sync_playwright() as p:
        browser: Browser = p.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        context = browser.new_context(locale="fr-FR", accept_downloads=True)
        yield context.new_page()
        context.close()
        browser.close()


def log_in(page: Page, web: LiveWeb, path: str) -> None:
    page.goto(web.url + path)
    page.get_by_label("Identifiant").fill(USERNAME)
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="Se connecter").click()


def test_an_out_of_office_and_a_question_are_listed_to_handle_one_becomes_an_application_and_a_pdf_downloads(
    web: LiveWeb, page: Page, tmp_path: Path
) -> None:
    pks = seed_inbox(web.store)
    log_in(page, web, "/")
    page.get_by_role("link", name="Messages").click()
    table = page.locator("#messages tbody")
    expect(table.locator("tr")).to_have_count(3)
    expect(table).to_contain_text("Réponse automatique : absente")
    expect(table).to_contain_text("Question")

    page.get_by_role("link", name="À traiter (3)").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Messages à traiter (3)")
    expect(table).to_contain_text("Camille Roux")
    expect(table).to_contain_text("Paul Lefèvre")

    page.get_by_label("Rechercher (nom, adresse, dossier)").fill("lefevre")
    page.get_by_role("button", name="Filtrer").click()
    expect(table.locator("tr")).to_have_count(1)
    table.get_by_role("link", name="Question").click()
    expect(page.locator("#texte")).to_contain_text("le programme Pro'pulse est-il ouvert")
    expect(page.locator("#entetes")).to_contain_text("paul.lefevre@example.org")
    page.get_by_role("button", name="Transformer en candidature").click()
    expect(page.get_by_role("status")).to_contain_text("Message transformé en candidature : dossier PP-")
    expect(page.locator("#etat-message")).to_have_text("traité à la main")

    with web.store.session() as s:
        question = s.get(Message, pks["question"])
        assert question is not None and question.kind == "application"
        draft = s.scalar(
            select(OutgoingMessage).where(
                OutgoingMessage.application_id == question.application_id, OutgoingMessage.status == "draft"
            )
        )
        assert draft is not None and draft.to_addr == "paul.lefevre@example.org"
    page.goto(web.url + "/")
    expect(page.locator("#file tbody")).to_contain_text("paul.lefevre@example.org")

    page.goto(f"{web.url}/messages/{pks['pdf']}")
    expect(page.locator("#texte")).to_contain_text("voici notre offre de poste")
    with page.expect_download() as info:
        page.locator("#pieces").get_by_role("link").click()
    download = info.value
    saved = tmp_path / "got.pdf"
    download.save_as(saved)
    assert saved.read_bytes() == PDF
    assert "/" not in download.suggested_filename and ".." not in download.suggested_filename
    assert download.suggested_filename.endswith(".pdf")


def test_an_attachment_is_served_as_a_download_with_its_type_and_a_safe_name(web: LiveWeb) -> None:
    pks = seed_inbox(web.store)
    with web.store.session() as s:
        [attachment] = s.get(Message, pks["pdf"]).attachments  # type: ignore[union-attr]
        attachment_id = attachment.id
    with logged_in_client(web) as client:
        answer = client.get(f"/messages/{pks['pdf']}/pieces/{attachment_id}")
        elsewhere = client.get(f"/messages/{pks['question']}/pieces/{attachment_id}")
    assert answer.status_code == 200 and answer.content == PDF
    assert answer.headers["content-type"] == "application/pdf"
    disposition = answer.headers["content-disposition"]
    assert disposition.startswith('attachment; filename="offre_d_emploi_ete.pdf"')
    assert "filename*=UTF-8''" in disposition and "%2F" not in disposition
    assert elsewhere.status_code == 404


def test_html_mail_is_shown_as_text_and_never_rendered(web: LiveWeb) -> None:
    raw = mail(
        "Bonjour, <b>une question</b> sur le programme",
        n=9,
        name="Zoé",
        address="zoe@example.org",
        subject="Info",
        html=True,
    )
    pk = ingest(web.store, raw, source="test").message_pk
    with logged_in_client(web) as client:
        page_html = client.get(f"/messages/{pk}").text
    assert "<script>alert(1)</script>" not in page_html and "<b>" not in page_html
    assert "une question" in page_html


def test_marking_a_message_handled_takes_it_off_the_to_do_and_is_audited(store: Store) -> None:
    pks = seed_inbox(store)
    with store.session() as s:
        with pytest.raises(messages.MessageActionError, match="indiquez"):
            messages.mark_handled(s, pks["absence"], "  ", actor="coordination")
        messages.mark_handled(s, pks["absence"], "Noté : absente jusqu'au 15", actor="coordination")
    with store.session() as s:
        to_handle = {row.id for row in messages.list_messages(s, to_handle=True)}
        handled = messages.list_messages(s, state=messages.HANDLED)
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "message_handled"))
    assert pks["absence"] not in to_handle and pks["question"] in to_handle
    assert [row.id for row in handled] == [pks["absence"]]
    assert entry is not None and entry.entity_id == pks["absence"]
    assert entry.details["note"] == "Noté : absente jusqu'au 15"


def test_a_message_attached_to_a_case_appears_under_that_case(store: Store) -> None:
    pks = seed_inbox(store)
    with store.session() as s:
        application = messages.turn_into_application(s, pks["question"], _settings(), actor="coordination")
        token = application.case_token
    with store.session() as s:
        with pytest.raises(messages.MessageActionError, match="introuvable"):
            messages.attach_to_case(s, pks["pdf"], "PP-999999", actor="coordination")
        messages.attach_to_case(s, pks["pdf"], token.lower(), actor="coordination")
    with store.session() as s:
        [row] = messages.list_messages(s, search=token, kind="other")
    assert row.id == pks["pdf"] and row.case_token == token and row.state == messages.HANDLED


def test_the_messages_command_filters_by_kind_state_and_search(tmp_path: Path) -> None:
    from conftest import run_cli, write_config

    from intake.config import load_settings
    from intake.store.db import open_store

    config = str(write_config(tmp_path))
    assert run_cli("--config", config, "init").returncode == 0
    store = open_store(load_settings(Path(config)).database_url)
    seed_inbox(store)
    store.dispose()
    by_kind = run_cli("--config", config, "messages", "--kind", "auto_reply")
    to_handle = run_cli("--config", config, "messages", "--state", "a-traiter", "--search", "paul")
    wrong = run_cli("--config", config, "messages", "--state", "n-importe")
    assert by_kind.returncode == 0, by_kind.stderr
    assert "Camille Roux" in by_kind.stdout and "Paul" not in by_kind.stdout
    assert "Paul Lefèvre" in to_handle.stdout and "Camille" not in to_handle.stdout
    assert "heure de Paris" in by_kind.stdout
    assert wrong.returncode == 2 and "--state" in wrong.stderr


def _settings():  # type: ignore[no-untyped-def]
    from intake.config import Settings

    return Settings()


def test_a_reply_the_booking_could_not_read_is_listed_to_handle(store: Store) -> None:
    from scheduling_helpers import make_application, settings_with, utc

    from intake.scheduling.booking import handle_scheduling_reply
    from intake.scheduling.holds import propose_slots
    from intake.store.db import put_blob

    now = utc(2026, 11, 26, 8, 0)
    with store.session() as s:
        application = make_application(s)
        propose_slots(s, application, settings_with(), now=now)
        handle_scheduling_reply(s, application, "le 1", settings_with(), now=now)
        raw = b"Subject: Re: Entretien\r\n\r\nFaut-il apporter mes diplomes ?\r\n"
        reply = Message(
            dedupe_key="mid:<unclear@example.org>",
            raw_sha256=put_blob(s, raw),
            source="test",
            status="processed",
            kind="reply",
            subject="Re: Entretien",
            application_id=application.id,
        )
        s.add(reply)
        s.flush()
        outcome = handle_scheduling_reply(
            s, application, "Faut-il apporter mes diplômes ?", settings_with(), now=now, reply_to=reply
        )
        assert outcome.kind == "flagged"
        reply_id = reply.id
    with store.session() as s:
        [row] = messages.list_messages(s, to_handle=True)
    assert row.id == reply_id and row.state == messages.TO_HANDLE
