"""`propulse doctor` as the coordinator runs it: the demo config, a good IMAP setup on a real Dovecot (TLS)
with aiosmtpd, and each usual breakage — wrong password, closed port, self-signed certificate."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import run_cli, write_config
from dovecot import PASSWORD, Dovecot, dovecot_available
from smtp_server import SmtpServer, free_port, running_smtp

from intake.web.auth import hash_password

pytestmark = pytest.mark.dovecot
WEB_HASH = hash_password("mot-de-passe-de-test")


@pytest.fixture
def tls_dovecot() -> Iterator[Dovecot]:
    if not dovecot_available():
        pytest.fail("Dovecot is required (apt-get install dovecot-imapd)")
    server = Dovecot(tls=True)
    server.start()
    yield server
    server.close()


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    with running_smtp() as server:
        yield server


def environment(*, password: str = PASSWORD, trust: Path | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("SSL_CERT_FILE", "PROPULSE_CONFIG")}
    env["PROPULSE_TEST_IMAP_PASSWORD"] = password
    env["PROPULSE_WEB_PASSWORD_HASH"] = WEB_HASH
    if trust is not None:
        env["SSL_CERT_FILE"] = str(trust)  # OpenSSL's default trust store, as a system CA would be
    return env


def imap_config(tmp_path: Path, dovecot: Dovecot, smtp: SmtpServer, *, port: int | None = None) -> Path:
    inbox = dovecot.toml().replace(f"port = {dovecot.port}", f"port = {port or dovecot.tls_port}")
    inbox = inbox.replace('security = "plain"', 'security = "tls"')
    path = write_config(
        tmp_path,
        inbox,
        smtp.toml(),
        '[outbox]\ntransport = "smtp"\nsent_folder = "Sent"\n[programme]\naddress = "propulse@example.org"\n',
    )
    init = run_cli("--config", str(path), "init", env=environment())
    assert init.returncode == 0, init.stderr
    return path


def line(output: str, name: str) -> str:
    found = [text for text in output.splitlines() if text[2:].startswith(f"{name} :")]
    assert len(found) == 1, output
    return found[0]


def test_on_the_demo_config_the_missing_store_and_web_password_are_the_red_lines(tmp_path: Path) -> None:
    env = {k: v for k, v in environment().items() if k != "PROPULSE_WEB_PASSWORD_HASH"}
    first = run_cli("doctor", cwd=tmp_path, env=env)
    assert first.returncode == 1
    assert line(first.stdout, "Base de données").startswith("✗") and "propulse init" in first.stdout
    assert line(first.stdout, "Mot de passe de l'interface web").startswith("✗")
    assert "propulse web hash-password" in first.stdout
    assert line(first.stdout, "Connexion IMAP").startswith("– ") and "Maildir" in first.stdout
    assert line(first.stdout, "Dossiers").startswith("✓")
    assert "2 point(s) à corriger." in first.stdout

    assert run_cli("init", cwd=tmp_path, env=env).returncode == 0
    second = run_cli("doctor", cwd=tmp_path, env=environment())
    assert second.returncode == 0, second.stdout
    assert "✗" not in second.stdout and second.stdout.strip().endswith("Tout est en ordre.")


def test_a_good_imap_setup_is_all_green(tmp_path: Path, tls_dovecot: Dovecot, smtp: SmtpServer) -> None:
    path = imap_config(tmp_path, tls_dovecot, smtp)
    assert tls_dovecot.certificate is not None
    result = run_cli("--config", str(path), "doctor", env=environment(trust=tls_dovecot.certificate))
    assert result.returncode == 0, result.stdout + result.stderr
    for name in (
        "Configuration",
        "Base de données",
        "DNS",
        "Connexion TCP",
        "Certificat TLS",
        "Connexion IMAP",
        "Dossiers",
        "IDLE et MOVE",
        "Connexion SMTP",
        "Dossier des envoyés",
        "Mot de passe de l'interface web",
        "Horloge",
    ):
        assert line(result.stdout, name).startswith("✓"), name
    assert "expire le" in line(result.stdout, "Certificat TLS")
    assert line(result.stdout, "Envoi de test").startswith("– ")
    assert smtp.received == [], "nothing is sent without --send-test"
    with tls_dovecot.client() as client:
        assert client.folder_exists("Propulse.Traités"), "the target folders were created"
        assert client.folder_status("Sent", ["MESSAGES"])[b"MESSAGES"] == 0, "the test copy was removed"
        assert client.folder_status("Propulse.Traités", ["MESSAGES"])[b"MESSAGES"] == 0


def test_send_test_sends_one_message_to_the_programme_address_only(
    tmp_path: Path, tls_dovecot: Dovecot, smtp: SmtpServer
) -> None:
    path = imap_config(tmp_path, tls_dovecot, smtp)
    assert tls_dovecot.certificate is not None
    env = environment(trust=tls_dovecot.certificate)
    result = run_cli("--config", str(path), "doctor", "--send-test", env=env)
    assert result.returncode == 0, result.stdout
    assert line(result.stdout, "Envoi de test").startswith("✓")
    assert [(m.mail_from, m.rcpt_tos) for m in smtp.received] == [
        ("propulse@example.org", ["propulse@example.org"])
    ]


def test_a_wrong_password_is_the_imap_login_red_line(
    tmp_path: Path, tls_dovecot: Dovecot, smtp: SmtpServer
) -> None:
    path = imap_config(tmp_path, tls_dovecot, smtp)
    assert tls_dovecot.certificate is not None
    env = environment(password="pas-le-bon", trust=tls_dovecot.certificate)
    result = run_cli("--config", str(path), "doctor", env=env)
    assert result.returncode == 1
    login = line(result.stdout, "Connexion IMAP")
    assert login.startswith("✗") and "identifiants refusés" in login
    assert "PROPULSE_TEST_IMAP_PASSWORD" in login, "the hint names where the password comes from"
    assert line(result.stdout, "Certificat TLS").startswith("✓")
    assert "non vérifié (Connexion IMAP en échec)" in line(result.stdout, "Dossiers")
    assert "pas-le-bon" not in result.stdout


def test_a_closed_port_is_the_tcp_red_line(tmp_path: Path, tls_dovecot: Dovecot, smtp: SmtpServer) -> None:
    closed = free_port()
    path = imap_config(tmp_path, tls_dovecot, smtp, port=closed)
    result = run_cli("--config", str(path), "doctor", env=environment())
    assert result.returncode == 1
    tcp = line(result.stdout, "Connexion TCP")
    assert tcp.startswith("✗") and f"127.0.0.1:{closed} ne répond pas" in tcp
    assert line(result.stdout, "DNS").startswith("✓")
    assert "non vérifié" in line(result.stdout, "Connexion IMAP")


def test_a_self_signed_certificate_is_the_tls_red_line(
    tmp_path: Path, tls_dovecot: Dovecot, smtp: SmtpServer
) -> None:
    path = imap_config(tmp_path, tls_dovecot, smtp)
    result = run_cli("--config", str(path), "doctor", env=environment())  # the certificate is not trusted
    assert result.returncode == 1
    tls = line(result.stdout, "Certificat TLS")
    assert tls.startswith("✗") and "certificat de 127.0.0.1 refusé" in tls and "self-signed" in tls
    assert "non vérifié (Certificat TLS en échec)" in line(result.stdout, "Connexion IMAP")
