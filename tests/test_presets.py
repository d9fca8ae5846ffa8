"""Provider presets: `inbox.provider` fills the host's settings, a key written in the file wins, and the
preset's Sent folder is the one the server flags \\Sent (RFC 6154)."""

from __future__ import annotations

import typing
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from case_factory import approved_email
from conftest import write_config
from dovecot import Dovecot, dovecot_available

from intake.config import InboxSettings, load_settings
from intake.outbox import send_approved
from intake.presets import PRESETS, SPECIAL_USE_SENT
from intake.store.db import Store


def test_every_provider_choice_has_a_preset_and_every_preset_is_a_choice() -> None:
    choices = typing.get_args(typing.get_type_hints(InboxSettings)["provider"])
    assert set(choices) == set(PRESETS)


def test_the_google_preset_fills_servers_security_sent_folder_and_oauth2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = load_settings(write_config(tmp_path, '[inbox]\nprovider = "google"\n'))
    imap, smtp = settings.inbox.imap, settings.smtp
    assert settings.inbox.source == "imap" and settings.outbox.transport == "smtp"
    assert (imap.host, imap.port, imap.security, imap.auth) == ("imap.gmail.com", 993, "tls", "oauth2")
    assert (smtp.host, smtp.port, smtp.security, smtp.auth) == ("smtp.gmail.com", 465, "ssl", "oauth2")
    assert settings.outbox.sent_folder == SPECIAL_USE_SENT
    assert (settings.oauth.provider, settings.oauth.flow) == ("google", "refresh_token")


def test_the_microsoft_preset_sends_through_starttls_on_587(tmp_path: Path) -> None:
    settings = load_settings(write_config(tmp_path, '[inbox]\nprovider = "microsoft"\n'))
    assert settings.inbox.imap.host == "outlook.office365.com"
    assert (settings.smtp.host, settings.smtp.port, settings.smtp.security) == (
        "smtp.office365.com",
        587,
        "starttls",
    )
    assert settings.oauth.provider == "microsoft"


def test_a_key_written_in_the_file_wins_over_the_preset(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PROPULSE_IMAP_PASSWORD", "x")
    monkeypatch.setenv("PROPULSE_SMTP_PASSWORD", "x")
    path = write_config(
        tmp_path,
        '[inbox]\nprovider = "ovh"\n[inbox.imap]\nport = 1993\n[outbox]\nsent_folder = "Envoyés"\n',
    )
    settings = load_settings(path)
    assert (settings.inbox.imap.host, settings.inbox.imap.port) == ("ssl0.ovh.net", 1993)
    assert settings.outbox.sent_folder == "Envoyés"
    assert settings.inbox.imap.auth == "password"


def test_a_password_preset_still_asks_for_its_password(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from intake.config import ConfigError

    monkeypatch.delenv("PROPULSE_IMAP_PASSWORD", raising=False)
    with pytest.raises(ConfigError, match="PROPULSE_IMAP_PASSWORD"):
        load_settings(write_config(tmp_path, '[inbox]\nprovider = "gandi"\n'))


@pytest.fixture
def dovecot_with_sent() -> Iterator[Dovecot]:
    if not dovecot_available():
        pytest.fail("Dovecot is required (apt-get install dovecot-imapd)")
    server = Dovecot(sent_special_use="Messages envoyés")
    server.start()
    yield server
    server.close()


@pytest.mark.dovecot
def test_the_sent_copy_goes_to_the_folder_the_server_flags_sent(
    tmp_path: Path, dovecot_with_sent: Dovecot, store: Store, imap_env: dict[str, str]
) -> None:
    path = write_config(tmp_path, dovecot_with_sent.toml(), f'[outbox]\nsent_folder = "{SPECIAL_USE_SENT}"\n')
    path.write_text(path.read_text().replace('sent_folder = "\\Sent"', 'sent_folder = "\\\\Sent"'))
    settings = load_settings(path)
    assert settings.outbox.sent_folder == SPECIAL_USE_SENT
    with store.session() as session:
        approved_email(session, settings, now=datetime(2026, 11, 26, 10, 0, tzinfo=UTC))
    assert send_approved(store, settings).sent == 1
    with dovecot_with_sent.client() as client:
        assert client.folder_status("Messages envoyés", ["MESSAGES"])[b"MESSAGES"] == 1
        assert not client.folder_exists("Sent"), "no folder is invented beside the server's own"
