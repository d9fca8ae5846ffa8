"""End to end, every part real: Dovecot inbox → poll → draft in the web queue → approved in Chromium →
one threaded email at the SMTP server → a copy in the IMAP Sent folder.
"""

from __future__ import annotations

import dataclasses
import email
from collections.abc import Iterator
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

import pytest
from conftest import run_cli, write_config
from dovecot import Dovecot
from live import CHROMIUM_ARGS, PASSWORD, USERNAME, require_chromium, serve_web, smtp_server
from playwright.sync_api import Browser, expect, sync_playwright

from intake.config import WebSettings, load_settings
from intake.store.db import open_store
from intake.web.auth import hash_password

pytestmark = pytest.mark.dovecot

APPLICATION_ID = "<candidature-e2e@example.org>"


def application() -> bytes:
    msg = EmailMessage()
    msg["From"] = "Léa Martin <lea.martin@example.org>"
    msg["To"] = "Pro'pulse <propulse@animafac.net>"
    msg["Subject"] = "Candidature Pro'pulse"
    msg["Message-ID"] = APPLICATION_ID
    msg.set_content(
        "Bonjour,\n\nJ'ai obtenu mon master Économie sociale et solidaire en juin 2026 à l'université de "
        "Lille. Je recherche activement un premier emploi dans l'ESS, dans une coopérative.\n\n"
        "Bien cordialement,\nLéa Martin\n06 12 34 56 78\n"
    )
    return msg.as_bytes()


@pytest.fixture
def browser() -> Iterator[Browser]:
    path = require_chromium()
    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


def test_an_application_in_the_inbox_is_approved_in_the_browser_and_reaches_the_applicant_once_threaded(
    dovecot: Dovecot, tmp_path: Path, imap_env: dict[str, str], browser: Browser
) -> None:
    with dovecot.client() as client:
        client.append("INBOX", application())
    with smtp_server() as (smtp, port):
        config = write_config(
            tmp_path,
            dovecot.toml(),
            '[outbox]\ntransport = "smtp"\nsent_folder = "Sent"\n',
            f'[smtp]\nhost = "127.0.0.1"\nport = {port}\nsecurity = "plain"\n',
        )
        assert run_cli("--config", str(config), "init", env=imap_env).returncode == 0
        polled = run_cli("--config", str(config), "poll", "--once", env=imap_env)
        assert "1 nouveau(x)" in polled.stdout, polled.stderr

        settings = load_settings(config)
        settings = dataclasses.replace(
            settings,
            web=WebSettings(username=USERNAME, password_hash=hash_password(PASSWORD), session_secret="e2e"),
        )
        store = open_store(settings.database_url)
        with serve_web(settings, store) as web:
            page = browser.new_page(locale="fr-FR")
            page.goto(web.url + "/")
            page.get_by_label("Identifiant").fill(USERNAME)
            page.get_by_label("Mot de passe").fill(PASSWORD)
            page.get_by_role("button", name="Se connecter").click()
            rows = page.locator("#file tbody tr")
            expect(rows).to_have_count(1)
            expect(rows.nth(0)).to_contain_text("Léa Martin")
            rows.nth(0).get_by_role("link", name="Léa Martin").click()
            expect(page.get_by_label("Texte")).to_contain_text("Léa")
            page.get_by_role("button", name="Enregistrer et approuver l'envoi").click()
            expect(page.get_by_role("status")).to_contain_text("approuvé")
            page.close()
        store.dispose()

        sent = run_cli("--config", str(config), "send", "--once", env=imap_env)
        assert sent.returncode == 0, sent.stderr
        received = smtp.wait_for(1)
        again = run_cli("--config", str(config), "send", "--once", env=imap_env)
        assert again.returncode == 0, again.stderr
    assert len(received) == 1, "exactly one email"
    [message] = received
    assert message["To"] == "lea.martin@example.org"
    assert message["In-Reply-To"] == APPLICATION_ID
    assert APPLICATION_ID in message["References"]
    assert message["Reply-To"] == "propulse@animafac.net"
    with dovecot.client() as client:
        client.select_folder("Sent", readonly=True)
        uids = client.search(["HEADER", "Message-ID", message["Message-ID"]])
        assert len(uids) == 1, "a copy in the Sent folder"
        copy = email.message_from_bytes(
            client.fetch(uids, ["BODY.PEEK[]"])[uids[0]][b"BODY[]"], policy=default
        )
    assert copy["In-Reply-To"] == APPLICATION_ID
