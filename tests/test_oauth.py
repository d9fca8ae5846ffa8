"""OAuth2 on real parts: Dovecot with an oauth2 passdb, aiosmtpd checking tokens, and a local OAuth2 server
that msal and google-auth talk to (tests/oauth_server.py). No network: the libraries only reach 127.0.0.1.
"""

from __future__ import annotations

import json
import logging
import os
import stat
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import httpx
import pytest
from case_factory import approved_email
from conftest import run_cli, write_config
from dovecot import Dovecot, dovecot_available
from oauth_server import CLIENT_ID, CLIENT_SECRET, OAuthServer
from smtp_server import SmtpServer, TokenCheckingHandler
from sqlalchemy import select
from test_imap_intake import application, folder_size

from intake.cli_context import open_inbox
from intake.config import Settings, load_settings
from intake.oauth import CACHE_NAME, OAuthError, OAuthRevoked, token_cache, token_source
from intake.outbox import send_approved
from intake.pipeline import RECORD_STEPS, poll
from intake.store.db import Store
from intake.store.models import OutgoingMessage
from scheduler.health import Health
from scheduler.intake_worker import ImapIdleWatcher, IntakeWorker

pytestmark = pytest.mark.dovecot
NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)


@pytest.fixture
def oauth(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[OAuthServer]:
    (tmp_path / "oauth").mkdir()
    server = OAuthServer(tmp_path / "oauth")
    server.start()
    # msal and google-auth use requests, which trusts this bundle: the server's self-signed certificate.
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(server.certificate))
    yield server
    server.stop()


@pytest.fixture
def oauth_dovecot(oauth: OAuthServer) -> Iterator[Dovecot]:
    if not dovecot_available():
        pytest.fail("Dovecot is required (apt-get install dovecot-imapd)")
    server = Dovecot(oauth2_introspection_url=oauth.introspection_url)
    server.start()
    yield server
    server.close()


def oauth_config(tmp_path: Path, dovecot: Dovecot, oauth: OAuthServer, *, flow: str, extra: str = "") -> Path:
    provider = "google" if flow in ("service_account", "refresh_token") else "microsoft"
    return write_config(
        tmp_path,
        dovecot.toml().replace('password_env = "PROPULSE_TEST_IMAP_PASSWORD"\n', 'auth = "oauth2"\n'),
        f'[oauth]\nprovider = "{provider}"\nflow = "{flow}"\nclient_id = "{CLIENT_ID}"\n'
        f'client_secret = "{CLIENT_SECRET}"\nauthority = "{oauth.authority}"\n'
        f'token_uri = "{oauth.token_uri}"\n',
        extra,
    )


def settings_for(
    tmp_path: Path, dovecot: Dovecot, oauth: OAuthServer, flow: str, extra: str = ""
) -> Settings:
    return load_settings(oauth_config(tmp_path, dovecot, oauth, flow=flow, extra=extra))


def poll_once(settings: Settings, store: Store) -> int:
    source = open_inbox(settings)
    try:
        return poll(source, store, steps=RECORD_STEPS).new
    finally:
        source.close()


def deliver(dovecot: Dovecot, *numbers: int) -> None:
    with dovecot.client() as client:
        for n in numbers:
            client.append("INBOX", application(n))


def test_the_inbox_is_polled_with_xoauth2_and_a_microsoft_client_credentials_token(
    tmp_path: Path, oauth_dovecot: Dovecot, oauth: OAuthServer, store: Store, caplog: pytest.LogCaptureFixture
) -> None:
    deliver(oauth_dovecot, 1, 2)
    settings = settings_for(tmp_path, oauth_dovecot, oauth, "client_credentials")
    with caplog.at_level(logging.INFO):  # what `propulse --verbose` shows
        assert poll_once(settings, store) == 2
    assert caplog.records, "the poll was logged"
    assert not any(token in caplog.text for token in oauth.state.access), "no token in the log"
    assert folder_size(oauth_dovecot, "Propulse.Traités") == 2
    assert "method=XOAUTH2" in oauth_dovecot.log()
    assert oauth.state.grants == ["client_credentials"], "one token, reused by every connection"
    cache = settings.store.data_dir / CACHE_NAME
    assert stat.S_IMODE(cache.stat().st_mode) == 0o600


def test_oauthbearer_is_used_when_configured(
    tmp_path: Path, oauth_dovecot: Dovecot, oauth: OAuthServer, store: Store
) -> None:
    deliver(oauth_dovecot, 1)
    path = oauth_config(tmp_path, oauth_dovecot, oauth, flow="client_credentials")
    path.write_text(path.read_text().replace("[oauth]\n", '[oauth]\nmechanism = "oauthbearer"\n'))
    settings = load_settings(path)
    assert poll_once(settings, store) == 1
    assert "method=OAUTHBEARER" in oauth_dovecot.log()


def test_a_token_the_server_expired_mid_session_is_refreshed_and_the_poll_continues(
    tmp_path: Path, oauth_dovecot: Dovecot, oauth: OAuthServer, store: Store
) -> None:
    settings = settings_for(tmp_path, oauth_dovecot, oauth, "client_credentials")
    deliver(oauth_dovecot, 1)
    assert poll_once(settings, store) == 1
    oauth.expire_access_tokens()  # our cache still believes the token valid for an hour
    deliver(oauth_dovecot, 2, 3)
    assert poll_once(settings, store) == 2
    assert oauth.state.grants == ["client_credentials", "client_credentials"]
    assert folder_size(oauth_dovecot, "INBOX") == 0


def test_a_token_close_to_its_expiry_is_renewed_before_it_is_used(
    tmp_path: Path, oauth_dovecot: Dovecot, oauth: OAuthServer, store: Store
) -> None:
    oauth.state.lifetime = 120  # less than the renewal margin: never used as it is
    settings = settings_for(tmp_path, oauth_dovecot, oauth, "client_credentials")
    tokens = token_source(settings)
    first = tokens.access_token()
    second = tokens.access_token()
    assert first != second
    assert oauth.state.grants == ["client_credentials", "client_credentials"]
    oauth.state.lifetime = 3600
    third = tokens.access_token()
    assert tokens.access_token() == third, "a token with an hour left is reused"


def test_a_delegated_microsoft_refresh_token_is_used_and_its_rotation_kept(
    tmp_path: Path, oauth_dovecot: Dovecot, oauth: OAuthServer, store: Store
) -> None:
    settings = settings_for(tmp_path, oauth_dovecot, oauth, "delegated")
    stored = oauth.state.new_refresh_token()
    token_cache(settings).store_refresh_token(stored)
    deliver(oauth_dovecot, 1)
    assert poll_once(settings, store) == 1
    assert oauth.state.grants == ["refresh_token"]
    cached = json.loads((settings.store.data_dir / CACHE_NAME).read_text())
    assert cached["refresh_token"] not in ("", stored), "the rotated refresh token replaces the used one"
    oauth.expire_access_tokens()
    deliver(oauth_dovecot, 2)
    assert poll_once(settings, store) == 1, "the rotated refresh token works in turn"


def test_a_google_installed_app_refresh_token_logs_in(
    tmp_path: Path, oauth_dovecot: Dovecot, oauth: OAuthServer, store: Store
) -> None:
    settings = settings_for(tmp_path, oauth_dovecot, oauth, "refresh_token")
    token_cache(settings).store_refresh_token(oauth.state.new_refresh_token())
    deliver(oauth_dovecot, 1)
    assert poll_once(settings, store) == 1
    assert oauth.state.grants == ["refresh_token"]


def test_a_google_service_account_with_domain_wide_delegation_logs_in_as_the_mailbox(
    tmp_path: Path, oauth_dovecot: Dovecot, oauth: OAuthServer, store: Store
) -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    key_file = tmp_path / "service-account.json"
    key_file.write_text(
        json.dumps(
            {
                "type": "service_account",
                "client_email": "propulse@projet.iam.gserviceaccount.com",
                "private_key_id": "1",
                "private_key": pem,
                "token_uri": "https://oauth2.googleapis.com/token",  # overridden by oauth.token_uri
            }
        )
    )
    path = oauth_config(tmp_path, oauth_dovecot, oauth, flow="service_account")
    path.write_text(path.read_text().replace("[oauth]\n", f'[oauth]\nservice_account_file = "{key_file}"\n'))
    settings = load_settings(path)
    deliver(oauth_dovecot, 1)
    assert poll_once(settings, store) == 1
    assert oauth.state.grants == ["urn:ietf:params:oauth:grant-type:jwt-bearer"]


def test_a_revoked_refresh_token_gives_one_clear_error_in_status_without_asking_again(
    tmp_path: Path, oauth_dovecot: Dovecot, oauth: OAuthServer, store: Store
) -> None:
    path = oauth_config(tmp_path, oauth_dovecot, oauth, flow="delegated")
    settings = load_settings(path)
    token_cache(settings).store_refresh_token(oauth.state.new_refresh_token())
    deliver(oauth_dovecot, 1)
    assert poll_once(settings, store) == 1
    oauth.revoke_refresh_tokens()
    oauth.expire_access_tokens()
    worker_store = _cli_store(settings)
    worker = IntakeWorker(settings, worker_store, Health(worker_store), open_inbox, threading.Event())
    for _ in range(3):
        worker.poll_once()
    assert worker.failures == 3
    assert oauth.state.grants.count("refresh_token") == 2, "asked once after the revocation, not at each try"
    with pytest.raises(OAuthRevoked):
        token_source(settings).access_token()
    result = run_cli("--config", str(path), "status")
    errors = [line for line in result.stdout.splitlines() if "propulse auth microsoft" in line]
    assert len(errors) == 1, result.stdout
    assert "révoquée" in errors[0] and "Tâche intake : en erreur" in result.stdout
    assert "at-" not in result.stdout and "rt-" not in result.stdout, "no token is ever shown"
    # Consent given again: the next poll works.
    token_cache(settings).store_refresh_token(oauth.state.new_refresh_token())
    deliver(oauth_dovecot, 2)
    worker.poll_once()
    assert worker.failures == 0


def test_without_a_stored_refresh_token_the_error_says_which_command_to_run(
    tmp_path: Path, oauth_dovecot: Dovecot, oauth: OAuthServer
) -> None:
    settings = settings_for(tmp_path, oauth_dovecot, oauth, "refresh_token")
    with pytest.raises(OAuthError, match="propulse auth google"):
        token_source(settings).access_token()


def test_an_approved_email_is_sent_with_xoauth2_and_copied_to_sent_after_a_refresh(
    tmp_path: Path, oauth_dovecot: Dovecot, oauth: OAuthServer, store: Store
) -> None:
    handler = TokenCheckingHandler(is_valid=oauth.is_valid)
    smtp = SmtpServer(handler, auth_require_tls=False, auth_required=True)
    smtp.start()
    try:
        extra = smtp.toml() + 'auth = "oauth2"\n[outbox]\ntransport = "smtp"\nsent_folder = "Sent"\n'
        settings = settings_for(tmp_path, oauth_dovecot, oauth, "client_credentials", extra=extra)
        with store.session() as session:
            first = approved_email(session, settings, now=NOW).id
        assert send_approved(store, settings, now=NOW).sent == 1
        oauth.expire_access_tokens()
        with store.session() as session:
            second = approved_email(
                session, settings, now=NOW, email="autre@example.org", message_id="<cand-2@example.org>"
            ).id
        assert send_approved(store, settings, now=NOW).sent == 1
    finally:
        smtp.stop()
    assert handler.logins == ["propulse", "propulse"]
    assert handler.refusals == 1, "the expired token was refused once, then renewed"
    assert len(handler.received) == 2
    with store.session() as session:
        statuses = list(
            session.scalars(select(OutgoingMessage.status).where(OutgoingMessage.id.in_([first, second])))
        )
    assert statuses == ["sent", "sent"]
    assert folder_size(oauth_dovecot, "Sent") == 2


def test_idle_with_xoauth2_wakes_the_intake_when_mail_arrives(
    tmp_path: Path, oauth_dovecot: Dovecot, oauth: OAuthServer
) -> None:
    settings = settings_for(tmp_path, oauth_dovecot, oauth, "client_credentials")

    class Woken:
        def __init__(self) -> None:
            self.event = threading.Event()
            self.count = 0

        def wake(self) -> None:
            self.count += 1
            self.event.set()

    woken, stop = Woken(), threading.Event()
    watcher = ImapIdleWatcher(settings, woken, stop)  # type: ignore[arg-type]
    thread = threading.Thread(target=watcher.run, daemon=True)
    thread.start()
    try:
        assert woken.event.wait(10), "woken once connected (catch-up)"
        woken.event.clear()
        deliver(oauth_dovecot, 1)
        assert woken.event.wait(10), "woken by IDLE when the message arrived"
    finally:
        stop.set()
        thread.join(timeout=10)
    assert "method=XOAUTH2" in oauth_dovecot.log()


def _cli_store(settings: Settings) -> Store:
    from intake.store.db import open_store

    return open_store(settings.database_url, migrate=True)


def test_a_revoked_authorisation_is_at_the_top_of_the_monday_digest(
    tmp_path: Path, oauth_dovecot: Dovecot, oauth: OAuthServer, store: Store
) -> None:
    from intake.digest import queue_weekly_digest

    settings = settings_for(tmp_path, oauth_dovecot, oauth, "delegated")
    token_cache(settings).store_refresh_token("rt-révoqué-depuis")  # unknown to the server: refused
    worker = IntakeWorker(settings, store, Health(store), open_inbox, threading.Event())
    worker.poll_once()
    assert queue_weekly_digest(store, settings, now=NOW) is True
    with store.session() as session:
        digest = session.scalars(select(OutgoingMessage).where(OutgoingMessage.template == "digest")).one()
    assert "À régler en priorité :" in digest.text_body
    assert "relancez « propulse auth microsoft » pour la renouveler" in digest.text_body
    assert "propulse auth microsoft" in (digest.html_body or "")


def test_propulse_auth_microsoft_walks_through_the_device_code_and_stores_the_refresh_token(
    tmp_path: Path, oauth_dovecot: Dovecot, oauth: OAuthServer, store: Store
) -> None:
    path = oauth_config(tmp_path, oauth_dovecot, oauth, flow="delegated")
    env = {**os.environ, "REQUESTS_CA_BUNDLE": str(oauth.certificate)}
    result = run_cli("--config", str(path), "auth", "microsoft", env=env, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "saisissez le code ABCD-EFGH" in result.stdout, "the provider's instructions are shown"
    assert "Autorisation Microsoft 365 enregistrée" in result.stdout
    assert "rt-" not in result.stdout, "the refresh token is never shown"
    settings = load_settings(path)
    cache = settings.store.data_dir / CACHE_NAME
    assert stat.S_IMODE(cache.stat().st_mode) == 0o600
    deliver(oauth_dovecot, 1)
    assert poll_once(settings, store) == 1
    assert oauth.state.grants[-1] == "refresh_token"


def test_propulse_auth_google_takes_the_code_from_the_loopback_redirect(
    tmp_path: Path, oauth_dovecot: Dovecot, oauth: OAuthServer, store: Store
) -> None:
    path = oauth_config(tmp_path, oauth_dovecot, oauth, flow="refresh_token")
    path.write_text(path.read_text().replace("[oauth]\n", f'[oauth]\nauth_uri = "{oauth.base}/auth"\n'))
    env = {**os.environ, "REQUESTS_CA_BUNDLE": str(oauth.certificate)}
    process = subprocess.Popen(
        [sys.executable, "-m", "intake.cli", "--config", str(path), "auth", "google"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert process.stdout is not None
        url = ""
        while not url.startswith(oauth.base):
            url = process.stdout.readline().strip()
            assert url or process.poll() is None, process.stderr.read() if process.stderr else ""
        query = {k: v[0] for k, v in parse_qs(urlparse(url).query).items()}
        assert query["scope"] == "https://mail.google.com/" and query["code_challenge_method"] == "S256"
        with oauth.state.lock:
            oauth.state.codes["code-de-test"] = "propulse"
        # The browser, after consent, comes back to the loopback address with the code.
        back = httpx.get(query["redirect_uri"], params={"code": "code-de-test", "state": query["state"]})
        assert back.status_code == 200 and "fermer cette page" in back.text
        out, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 0, out + err
    assert "Autorisation Google Workspace enregistrée" in out
    deliver(oauth_dovecot, 1)
    assert poll_once(load_settings(path), store) == 1


def test_doctor_logs_in_with_oauth2_and_names_the_auth_command_when_consent_is_missing(
    tmp_path: Path, oauth_dovecot: Dovecot, oauth: OAuthServer
) -> None:
    path = oauth_config(tmp_path, oauth_dovecot, oauth, flow="delegated")
    env = {**os.environ, "REQUESTS_CA_BUNDLE": str(oauth.certificate), "PROPULSE_WEB_PASSWORD_HASH": "x"}
    assert run_cli("--config", str(path), "init", env=env).returncode == 0
    missing = run_cli("--config", str(path), "doctor", env=env)
    assert missing.returncode == 1
    login = next(text for text in missing.stdout.splitlines() if "Connexion IMAP :" in text)
    assert login.startswith("✗") and "propulse auth microsoft" in login
    token_cache(load_settings(path)).store_refresh_token(oauth.state.new_refresh_token())
    good = run_cli("--config", str(path), "doctor", env=env)
    assert good.returncode == 0, good.stdout
    assert "✓ Connexion IMAP : propulse@127.0.0.1 connecté (OAuth2)" in good.stdout
