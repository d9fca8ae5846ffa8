"""The outbox against real servers: aiosmtpd for SMTP, Dovecot for the Sent folder, a Maildir on disk.

Exactly once as the applicant sees it, no approved email ever lost, failures told to the coordinator.
"""

from __future__ import annotations

import dataclasses
import os
import signal
import ssl
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import default
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.smtp import AuthResult, LoginPassword
from case_factory import approved_email
from conftest import write_config
from dovecot import Dovecot
from smtp_server import ScriptedHandler, SmtpServer, free_port, make_certificate, running_smtp
from sqlalchemy import select

from intake.config import OutboxSettings, Settings, SmtpSettings, load_settings
from intake.outbox import (
    ImapSentFolder,
    MaildirTransport,
    SmtpTransport,
    TransportRefused,
    build_email,
    send_approved,
)
from intake.outbox.message import InvalidRecipient
from intake.outbox.sender import _single_sender
from intake.replies.render import HeaderInjection
from intake.scheduling.invitation import attach_to_outgoing
from intake.store.db import Store, open_store
from intake.store.models import AuditEntry, OutgoingMessage

pytestmark = pytest.mark.both_stores

NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)
HOSTILE_NAME = "{{ config }} <script>alert(1)</script>"
# The CLI as the lead will wire it: intake.cli's app plus this module's commands.
CLI = (
    "import sys; from intake.cli import app; from intake.commands.outbox_cli import register; "
    "register(app); app(prog_name='propulse')"
)


def smtp_settings(server: SmtpServer | None = None, port: int | None = None, **outbox: object) -> Settings:
    smtp = SmtpSettings(
        host="127.0.0.1", port=port or (server.port if server else 25), security="plain", timeout_seconds=5
    )
    return Settings(smtp=smtp, outbox=dataclasses.replace(OutboxSettings(transport="smtp"), **outbox))


def make_approved(store: Store, settings: Settings, **case: object) -> OutgoingMessage:
    with store.session() as s:
        return approved_email(s, settings, now=NOW, **case)


def row(store: Store, outgoing_id: int) -> OutgoingMessage:
    with store.session() as s:
        found = s.get(OutgoingMessage, outgoing_id)
        assert found is not None
        return found


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    with running_smtp() as server:
        yield server


# --- the email itself ---------------------------------------------------------------------------------


def test_the_email_carries_our_headers_and_both_alternatives(store: Store) -> None:
    settings = Settings()
    outgoing = make_approved(store, settings)
    email = build_email(outgoing, settings, now=NOW)
    assert email["From"] == "Pro'pulse <propulse@animafac.net>"
    assert email["Reply-To"] == "propulse@animafac.net"
    assert email["To"] == "lea.martin@example.org"
    assert email["Message-ID"] == outgoing.message_id
    assert email["In-Reply-To"] == "<cand-1@example.org>"
    assert email["References"] == "<cand-1@example.org>"
    assert email["Subject"] == outgoing.subject
    assert email["Date"] == "Thu, 26 Nov 2026 10:00:00 +0000"
    assert email["Auto-Submitted"] is None
    assert email.get_content_type() == "multipart/alternative"
    parts = [p.get_content_type() for p in email.iter_parts()]
    assert parts == ["text/plain", "text/html"]
    reparsed = message_from_bytes(email.as_bytes(), policy=default)
    assert isinstance(reparsed, EmailMessage)
    text = reparsed.get_body(("plain",))
    assert text is not None and "Bonjour Léa," in text.get_content()


def test_automatic_mail_says_auto_generated_as_it_answers_nothing(store: Store) -> None:
    settings = Settings()
    outgoing = make_approved(store, settings)
    outgoing.automatic = True
    assert build_email(outgoing, settings, now=NOW)["Auto-Submitted"] == "auto-generated"


def test_a_line_break_in_any_header_is_refused(store: Store) -> None:
    settings = Settings()
    outgoing = make_approved(store, settings)
    for column in ("subject", "in_reply_to", "references", "message_id"):
        columns = OutgoingMessage.__table__.columns
        copy = OutgoingMessage(**{c.name: getattr(outgoing, c.name) for c in columns})
        setattr(copy, column, getattr(outgoing, column) + "\r\nBcc: x@y")
        with pytest.raises(HeaderInjection, match="saut de ligne"):
            build_email(copy, settings, now=NOW)


@pytest.mark.parametrize(
    "to_addr", ["a@example.org, x@y.org", "Someone <a@example.org>", "a@example.org\nBcc: x@y"]
)
def test_a_recipient_that_is_not_one_plain_address_is_refused(store: Store, to_addr: str) -> None:
    settings = Settings()
    outgoing = make_approved(store, settings)
    outgoing.to_addr = to_addr
    with pytest.raises((InvalidRecipient, HeaderInjection)):
        build_email(outgoing, settings, now=NOW)


def test_a_hostile_name_and_subject_arrive_literal_and_harmless(store: Store, smtp: SmtpServer) -> None:
    settings = smtp_settings(smtp)
    outgoing = make_approved(store, settings, first_name=HOSTILE_NAME, subject="Candidature\r\nBcc: x@y")
    summary = send_approved(store, settings, now=NOW)
    assert summary.sent == 1
    [received] = smtp.received
    assert received.rcpt_tos == ["lea.martin@example.org"]
    message = received.message
    assert message["Bcc"] is None
    assert message["Subject"] == f"Re: Candidature Bcc: x@y [PP-{outgoing.application_id:06d}]"
    header_block = received.data.split(b"\r\n\r\n", 1)[0]
    assert b"\r\nBcc:" not in header_block and b"\nBcc:" not in header_block
    assert isinstance(message, EmailMessage)
    text, html = message.get_body(("plain",)), message.get_body(("html",))
    assert text is not None and html is not None
    assert "Bonjour {{ config }} <script>alert(1)</script>," in text.get_content()
    assert "<script>" not in html.get_content()
    assert "Bonjour {{ config }} &lt;script&gt;alert(1)&lt;/script&gt;," in html.get_content()


def test_an_email_with_a_referrer_in_cc_is_delivered_to_both_with_a_cc_header(
    store: Store, smtp: SmtpServer
) -> None:
    settings = smtp_settings(smtp)
    outgoing = make_approved(store, settings)
    with store.session() as s:
        found = s.get(OutgoingMessage, outgoing.id)
        assert found is not None
        found.cc = "julie.roux@example.org"
    assert send_approved(store, settings, now=NOW).sent == 1
    [received] = smtp.received
    assert received.rcpt_tos == ["lea.martin@example.org", "julie.roux@example.org"]
    assert received.message["Cc"] == "julie.roux@example.org"
    assert received.message["To"] == "lea.martin@example.org"


def test_a_cc_that_is_not_plain_addresses_is_refused(store: Store) -> None:
    settings = Settings()
    outgoing = make_approved(store, settings)
    outgoing.cc = "Julie <julie@example.org>, x@y\r\nBcc: z@example.org"
    with pytest.raises((InvalidRecipient, HeaderInjection)):
        build_email(outgoing, settings, now=NOW)


# --- SMTP outcomes ------------------------------------------------------------------------------------


def test_an_approved_email_is_sent_once_and_marked_sent(store: Store, smtp: SmtpServer) -> None:
    settings = smtp_settings(smtp)
    outgoing = make_approved(store, settings)
    with store.session() as s:
        draft = approved_email(s, settings, now=NOW, email="other@example.org", message_id="<o@example.org>")
        draft.status = "draft"
    assert send_approved(store, settings, now=NOW).sent == 1
    assert send_approved(store, settings, now=NOW + timedelta(minutes=1)).sent == 0
    assert len(smtp.received) == 1
    assert smtp.received[0].mail_from == "propulse@animafac.net"
    sent = row(store, outgoing.id)
    assert sent.status == "sent" and sent.attempts == 1 and sent.last_error is None
    assert sent.sent_at is not None and sent.sent_at.replace(tzinfo=UTC) == NOW
    assert row(store, draft.id).status == "draft"
    with store.session() as s:
        assert s.scalar(select(AuditEntry).where(AuditEntry.action == "email_sent")) is not None


def test_a_temporary_refusal_is_retried_with_backoff_then_sent(store: Store) -> None:
    handler = ScriptedHandler(replies=["451 4.3.0 Veuillez réessayer plus tard", "451 4.3.0 Encore occupé"])
    with running_smtp(handler) as server:
        settings = smtp_settings(server, retry_base_seconds=60)
        outgoing = make_approved(store, settings)

        first = send_approved(store, settings, now=NOW)
        assert first.retrying == 1 and first.sent == 0
        after_first = row(store, outgoing.id)
        assert after_first.status == "retry" and after_first.attempts == 1
        assert after_first.next_attempt_at is not None
        assert after_first.next_attempt_at.replace(tzinfo=UTC) == NOW + timedelta(seconds=60)
        assert after_first.last_error is not None and "451" in after_first.last_error

        assert send_approved(store, settings, now=NOW + timedelta(seconds=30)).retrying == 0
        assert handler.refused == 1

        second = send_approved(store, settings, now=NOW + timedelta(seconds=61))
        assert second.retrying == 1
        after_second = row(store, outgoing.id)
        assert after_second.next_attempt_at is not None
        # The wait doubles: 60 s after the first failure, 120 s after the second.
        assert after_second.next_attempt_at.replace(tzinfo=UTC) == NOW + timedelta(seconds=61 + 120)

        third = send_approved(store, settings, now=NOW + timedelta(seconds=200))
        assert third.sent == 1
        assert len(server.received) == 1 and handler.refused == 2
        done = row(store, outgoing.id)
        assert done.status == "sent" and done.attempts == 3 and done.last_error is None


def test_a_permanent_refusal_fails_with_the_reason_for_the_coordinator(store: Store) -> None:
    handler = ScriptedHandler(replies=["550 5.1.1 Mailbox lea.martin@example.org unavailable"])
    with running_smtp(handler) as server:
        settings = smtp_settings(server)
        outgoing = make_approved(store, settings)
        summary = send_approved(store, settings, now=NOW)
        assert summary.failed == 1
        failed = row(store, outgoing.id)
        assert failed.status == "failed"
        assert failed.last_error is not None
        assert failed.last_error.startswith("refus définitif du serveur SMTP (550)")
        assert "lea.martin@" not in failed.last_error  # the address is masked even there
        assert send_approved(store, settings, now=NOW + timedelta(days=1)).sent == 0
        assert server.received == []


def test_a_refused_connection_is_retried_and_the_email_is_not_lost(store: Store) -> None:
    port = free_port()
    settings = smtp_settings(port=port, retry_base_seconds=60)
    outgoing = make_approved(store, settings)
    summary = send_approved(store, settings, now=NOW)
    assert summary.retrying == 1
    waiting = row(store, outgoing.id)
    assert waiting.status == "retry"
    assert waiting.last_error is not None and "injoignable" in waiting.last_error
    with running_smtp(port=port) as server:
        assert send_approved(store, settings, now=NOW + timedelta(minutes=2)).sent == 1
        assert len(server.received) == 1
    assert row(store, outgoing.id).status == "sent"


def test_after_max_attempts_the_email_fails_with_the_last_reason(store: Store) -> None:
    settings = smtp_settings(port=free_port(), max_attempts=2, retry_base_seconds=1)
    outgoing = make_approved(store, settings)
    send_approved(store, settings, now=NOW)
    summary = send_approved(store, settings, now=NOW + timedelta(seconds=5))
    assert summary.failed == 1
    given_up = row(store, outgoing.id)
    assert given_up.status == "failed"
    assert given_up.last_error is not None and given_up.last_error.startswith("abandonné après 2 tentatives")


def test_plain_smtp_is_refused_off_loopback() -> None:
    with pytest.raises(TransportRefused, match="boucle locale"):
        SmtpTransport(SmtpSettings(host="smtp.example.org", security="plain"), "")


# --- Maildir (demo) -----------------------------------------------------------------------------------


def test_the_maildir_transport_writes_one_file_per_approved_email(store: Store, tmp_path: Path) -> None:
    sent_dir = tmp_path / "sent"
    settings = Settings(outbox=OutboxSettings(transport="maildir", maildir_path=sent_dir))
    first = make_approved(store, settings)
    second = make_approved(store, settings, email="sam@example.org", message_id="<sam-1@example.org>")
    with store.session() as s:
        draft = approved_email(s, settings, email="x@example.org", message_id="<x@example.org>")
        draft.status = "draft"
    assert send_approved(store, settings, now=NOW).sent == 2
    files = sorted((sent_dir / "new").iterdir())
    assert len(files) == 2
    ids = {message_from_bytes(f.read_bytes(), policy=default)["Message-ID"] for f in files}
    assert ids == {first.message_id, second.message_id}
    assert send_approved(store, settings, now=NOW).sent == 0
    assert len(list((sent_dir / "new").iterdir())) == 2


def test_the_maildir_transport_never_writes_the_same_email_twice(tmp_path: Path) -> None:
    transport = MaildirTransport(tmp_path / "sent")
    for _ in range(2):
        raw = b"Message-ID: <a@b>\r\n\r\nx\r\n"
        transport.send(raw, sender="p@a", recipients=["l@e"], message_id="<a@b>")
    [written] = list((tmp_path / "sent" / "new").iterdir())
    assert written.read_bytes() == b"Message-ID: <a@b>\n\nx\n"
    assert transport.contains("<a@b>") and not transport.contains("<c@d>")


def test_a_second_sender_does_nothing_while_the_first_holds_the_lock(store: Store, tmp_path: Path) -> None:
    settings = Settings(outbox=OutboxSettings(transport="maildir", maildir_path=tmp_path / "sent"))
    make_approved(store, settings)
    with _single_sender(store, settings) as acquired:
        assert acquired
        summary = send_approved(store, settings, now=NOW)
        assert summary.busy and summary.sent == 0
    assert send_approved(store, settings, now=NOW).sent == 1


# --- the Sent folder and crash recovery (real Dovecot) ------------------------------------------------


def sent_copies(dovecot: Dovecot, message_id: str) -> int:
    with dovecot.client() as client:
        if not client.folder_exists("Sent"):
            return 0
        client.select_folder("Sent", readonly=True)
        return len(client.search(["HEADER", "Message-ID", message_id]))


@pytest.mark.dovecot
def test_a_copy_of_each_sent_email_lands_in_the_sent_folder(
    store: Store, smtp: SmtpServer, dovecot: Dovecot, tmp_path: Path, imap_env: dict[str, str]
) -> None:
    config = write_config(tmp_path, dovecot.toml(), smtp.toml(), '[outbox]\ntransport = "smtp"\n')
    settings = load_settings(config)
    outgoing = make_approved(store, settings)
    assert send_approved(store, settings, now=NOW).sent == 1
    assert sent_copies(dovecot, outgoing.message_id) == 1
    with dovecot.client() as client:
        client.select_folder("Sent", readonly=True)
        [uid] = client.search("ALL")
        flags = client.get_flags([uid])[uid]
    assert b"\\Seen" in flags


@pytest.mark.dovecot
def test_a_sending_row_found_in_sent_is_marked_sent_without_sending_again(
    store: Store, smtp: SmtpServer, dovecot: Dovecot, tmp_path: Path, imap_env: dict[str, str]
) -> None:
    config = write_config(tmp_path, dovecot.toml(), smtp.toml(), '[outbox]\ntransport = "smtp"\n')
    settings = load_settings(config)
    found = make_approved(store, settings)
    lost = make_approved(store, settings, email="sam@example.org", message_id="<sam-1@example.org>")
    folder = ImapSentFolder(settings.inbox.imap, settings.imap_password(), folder="Sent")
    try:
        folder.append(build_email(found, settings, now=NOW).as_bytes())
        assert folder.contains(found.message_id) and not folder.contains(lost.message_id)
    finally:
        folder.close()
    with store.session() as s:
        for outgoing_id in (found.id, lost.id):
            stuck = s.get(OutgoingMessage, outgoing_id)
            assert stuck is not None
            stuck.status = "sending"
    summary = send_approved(store, settings, now=NOW)
    assert summary.recovered == 1 and summary.sent == 1
    assert [r.message["Message-ID"] for r in smtp.received] == [lost.message_id]
    assert row(store, found.id).status == "sent" and row(store, lost.id).status == "sent"


@pytest.mark.dovecot
@pytest.mark.slow
def test_a_sender_killed_after_the_servers_acceptance_does_not_send_twice(
    smtp: SmtpServer, dovecot: Dovecot, tmp_path: Path, imap_env: dict[str, str]
) -> None:
    config = write_config(tmp_path, dovecot.toml(), smtp.toml(), '[outbox]\ntransport = "smtp"\n')
    settings = load_settings(config)
    database = settings.store.data_dir / "propulse.sqlite3"
    store = open_store(settings.database_url, migrate=True)
    try:
        outgoing = make_approved(store, settings)
    finally:
        store.dispose()
    # The server accepts DATA holding the store's write lock: the sender is stuck before recording "sent".
    smtp.handler.lock_database = database
    args = [sys.executable, "-c", CLI, "--config", str(config), "send", "--once"]
    sender = subprocess.Popen(args, env=imap_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while sent_copies(dovecot, outgoing.message_id) == 0:
            if sender.poll() is not None:
                error = sender.stderr.read().decode() if sender.stderr else ""
                pytest.fail(f"the sender ended early: {error}")
            assert time.monotonic() < deadline, "the copy never reached the Sent folder"
            time.sleep(0.05)
        assert sender.poll() is None, "the sender should still be waiting for the database"
        os.kill(sender.pid, signal.SIGKILL)
        sender.wait(timeout=10)
    finally:
        if sender.poll() is None:
            sender.kill()
            sender.wait()
        smtp.handler.release_lock()

    store = open_store(settings.database_url)
    try:
        assert row(store, outgoing.id).status == "sending"
        again = subprocess.run(args, env=imap_env, capture_output=True, text=True, timeout=60)
        assert again.returncode == 0, again.stderr
        assert "1 déjà parti(s)" in again.stdout
        assert len(smtp.received) == 1
        assert smtp.received[0].message["Message-ID"] == outgoing.message_id
        done = row(store, outgoing.id)
        assert done.status == "sent"
        assert sent_copies(dovecot, outgoing.message_id) == 1
    finally:
        store.dispose()


# --- the commands -------------------------------------------------------------------------------------


def run_propulse(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", CLI, "--config", str(config), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_send_once_delivers_the_approved_emails_into_the_demo_maildir(tmp_path: Path, store_url: str) -> None:
    config = write_config(tmp_path, store_url=store_url)
    settings = load_settings(config)
    store = open_store(settings.database_url, migrate=True)
    try:
        make_approved(store, settings)
    finally:
        store.dispose()
    result = run_propulse(config, "send", "--once")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Envoi : 1 envoyé(s), 0 déjà parti(s)")
    assert len(list((settings.outbox.maildir_path / "new").iterdir())) == 1


def test_the_outbox_command_shows_a_failed_email_with_its_reason(tmp_path: Path, store_url: str) -> None:
    handler = ScriptedHandler(replies=["550 5.7.1 Message refusé"])
    with running_smtp(handler) as server:
        config = write_config(tmp_path, server.toml(), '[outbox]\ntransport = "smtp"\n', store_url=store_url)
        settings = load_settings(config)
        store = open_store(settings.database_url, migrate=True)
        try:
            make_approved(store, settings)
        finally:
            store.dispose()
        sent = run_propulse(config, "send", "--once")
    assert sent.returncode == 1
    assert "1 en échec" in sent.stdout and "refus définitif du serveur SMTP (550)" in sent.stdout
    listing = run_propulse(config, "outbox")
    assert listing.returncode == 0, listing.stderr
    assert "échec" in listing.stdout
    assert "↳ refus définitif du serveur SMTP (550) : 5.7.1 Message refusé" in listing.stdout
    assert "lea.martin@" not in listing.stdout and "l***@example.org" in listing.stdout


def test_plain_smtp_to_a_remote_host_stops_send_with_a_configuration_error(tmp_path: Path) -> None:
    config = write_config(
        tmp_path, '[smtp]\nhost = "smtp.example.org"\nsecurity = "plain"\n', '[outbox]\ntransport = "smtp"\n'
    )
    settings = load_settings(config)
    store = open_store(settings.database_url, migrate=True)
    try:
        make_approved(store, settings)
    finally:
        store.dispose()
    result = run_propulse(config, "send", "--once")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "propulse: SMTP sans chiffrement refusé pour smtp.example.org : "
        "« plain » est réservé à la boucle locale"
    ]


# --- encrypted SMTP -----------------------------------------------------------------------------------


@pytest.fixture
def certificate(tmp_path: Path) -> tuple[Path, Path]:
    return make_certificate(tmp_path)


def server_context(certificate: tuple[Path, Path]) -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*map(str, certificate))
    return context


def test_starttls_with_a_login_delivers_the_email(store: Store, certificate: tuple[Path, Path]) -> None:
    logins: list[tuple[bytes, bytes]] = []

    def authenticator(server: Any, session: Any, envelope: Any, mechanism: str, auth: Any) -> AuthResult:
        assert isinstance(auth, LoginPassword)
        logins.append((auth.login, auth.password))
        # handled=False: the server itself answers 535 to a wrong password.
        return AuthResult(success=auth.password == b"s3cret", handled=False)

    options: dict[str, Any] = {
        "tls_context": server_context(certificate),
        "require_starttls": True,
        "authenticator": authenticator,
        "auth_required": True,
    }
    with running_smtp(**options) as server:
        smtp = SmtpSettings(
            host="127.0.0.1", port=server.port, security="starttls", username="propulse", timeout_seconds=5
        )
        settings = Settings(smtp=smtp, outbox=OutboxSettings(transport="smtp"))
        outgoing = make_approved(store, settings)
        client_context = ssl.create_default_context(cafile=str(certificate[0]))
        wrong = SmtpTransport(smtp, "wrong", context=client_context)
        summary = send_approved(store, settings, transport=wrong, now=NOW)
        assert summary.retrying == 1
        assert "identifiants SMTP refusés" in (row(store, outgoing.id).last_error or "")
        right = SmtpTransport(smtp, "s3cret", context=client_context)
        assert send_approved(store, settings, transport=right, now=NOW + timedelta(hours=1)).sent == 1
        assert len(server.received) == 1
        # smtplib tries each mechanism (PLAIN, then LOGIN) before giving up on a wrong password.
        assert set(logins[:-1]) == {(b"propulse", b"wrong")} and logins[-1] == (b"propulse", b"s3cret")


def test_implicit_tls_delivers_and_an_untrusted_certificate_is_refused(
    store: Store, certificate: tuple[Path, Path]
) -> None:
    with running_smtp(ssl_context=server_context(certificate)) as server:
        smtp = SmtpSettings(host="127.0.0.1", port=server.port, security="ssl", timeout_seconds=5)
        settings = Settings(smtp=smtp, outbox=OutboxSettings(transport="smtp"))
        outgoing = make_approved(store, settings)
        untrusting = SmtpTransport(smtp, "")  # the system's CAs do not know our self-signed certificate
        assert send_approved(store, settings, transport=untrusting, now=NOW).retrying == 1
        assert "CERTIFICATE_VERIFY_FAILED" in (row(store, outgoing.id).last_error or "")
        trusting = SmtpTransport(smtp, "", context=ssl.create_default_context(cafile=str(certificate[0])))
        assert send_approved(store, settings, transport=trusting, now=NOW + timedelta(hours=1)).sent == 1
        assert len(server.received) == 1


def test_a_file_kept_with_the_email_leaves_attached_to_it(store: Store, smtp: SmtpServer) -> None:
    settings = smtp_settings(smtp)
    ics = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n"
    with store.session() as s:
        outgoing = approved_email(s, settings, now=NOW)
        attach_to_outgoing(s, outgoing, ics)
    assert send_approved(store, settings, now=NOW).sent == 1
    message = smtp.received[0].message
    assert isinstance(message, EmailMessage)
    assert message.get_content_type() == "multipart/mixed"
    [calendar] = list(message.iter_attachments())
    assert calendar.get_content_type() == "text/calendar"
    assert calendar.get_filename() == "entretien-propulse.ics"
    assert calendar.get_param("method") == "REQUEST"
    assert calendar.get_content().replace("\r\n", "\n") == ics.decode().replace("\r\n", "\n")
    body = message.get_body(("plain",))
    assert body is not None and "Bonjour Léa," in body.get_content()
