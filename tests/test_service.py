"""`propulse run` as a process: IDLE intake, outages of Dovecot, SIGTERM, status."""

from __future__ import annotations

import os
import pwd
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import REPO, run_cli, write_config
from dovecot import Dovecot
from test_imap_intake import _db_count, application, folder_size

pytestmark = pytest.mark.dovecot


def start_service(config: Path, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "intake.cli", "--config", str(config), "run", "--no-web"],
        env=env,
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def wait_for(predicate, timeout: float = 60.0) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return False


def deliver_while_down(server: Dovecot, raw: bytes, name: str) -> None:
    """What the MTA does while IMAP is down: a file in the user's Maildir."""
    new = server.root / "mail" / "propulse" / "new"
    new.mkdir(parents=True, exist_ok=True)
    path = new / f"{time.time_ns()}.{name}.localhost"
    path.write_bytes(raw)
    entry = pwd.getpwnam("dovecot")
    for p in (path, new, new.parent):
        os.chown(p, entry.pw_uid, entry.pw_gid)


def stop(process: subprocess.Popen[str]) -> tuple[int, str]:
    process.send_signal(signal.SIGTERM)
    _out, err = process.communicate(timeout=20)
    return process.returncode, err


def test_the_service_reconnects_after_an_imap_outage_and_ingests_what_arrived_meanwhile(
    dovecot: Dovecot, tmp_path: Path, imap_env: dict[str, str]
) -> None:
    config = write_config(tmp_path, dovecot.toml().replace("[inbox]\n", "[inbox]\npoll_seconds = 2.0\n"))
    db = tmp_path / "data" / "propulse.sqlite3"
    assert run_cli("--config", str(config), "init", env=imap_env).returncode == 0
    service = start_service(config, imap_env)
    try:
        with dovecot.client() as client:
            for n in range(2):
                client.append("INBOX", application(n))
        assert wait_for(lambda: _db_count(db) == 2), "the first messages are ingested"
        dovecot.crash()
        time.sleep(3)  # the service notices and backs off
        for n in range(2, 5):
            deliver_while_down(dovecot, application(n), f"m{n}")
        dovecot.start()
        assert wait_for(lambda: _db_count(db) == 5, timeout=90), "what arrived meanwhile is ingested"
        time.sleep(2)
        assert _db_count(db) == 5, "and only once"
        assert folder_size(dovecot, "INBOX") == 0
        status = run_cli("--config", str(config), "status", env=imap_env)
        assert "Tâche intake : en bonne santé" in status.stdout
    finally:
        code, err = stop(service)
    assert code == 0, err
    assert "Traceback" not in err


def test_sigterm_during_a_poll_stops_within_ten_seconds_and_the_next_start_finishes_the_work(
    dovecot: Dovecot, tmp_path: Path, imap_env: dict[str, str]
) -> None:
    with dovecot.client() as client:
        for n in range(50):
            client.append("INBOX", application(n, padding=20_000))
    config = write_config(tmp_path, dovecot.toml())
    db = tmp_path / "data" / "propulse.sqlite3"
    assert run_cli("--config", str(config), "init", env=imap_env).returncode == 0
    service = start_service(config, imap_env)
    assert wait_for(lambda: _db_count(db) >= 1, timeout=90)
    started = time.monotonic()
    code, err = stop(service)
    elapsed = time.monotonic() - started
    assert elapsed < 10, f"stopped in {elapsed:.1f} s"
    assert code == 0, err
    assert _db_count(db) < 50, "the stop came in the middle of the work"
    again = run_cli("--config", str(config), "poll", "--once", env=imap_env)
    assert again.returncode == 0, again.stderr
    assert _db_count(db) == 50
    assert folder_size(dovecot, "INBOX") == 0


def test_the_service_sends_an_approved_email_once_the_smtp_server_is_back(tmp_path: Path) -> None:
    import mailbox
    import sqlite3

    from smtp_server import SmtpServer, free_port
    from test_cases import NO_DATE, mail

    port = free_port()
    config = write_config(
        tmp_path,
        '[inbox]\npoll_seconds = 2.0\n[inbox.maildir]\npath = "inbox"\n',
        '[outbox]\ntransport = "smtp"\nretry_base_seconds = 1.0\nsend_every_seconds = 1.0\n',
        f'[smtp]\nhost = "127.0.0.1"\nport = {port}\nsecurity = "plain"\ntimeout_seconds = 5\n',
    )
    db = tmp_path / "data" / "propulse.sqlite3"
    env = dict(os.environ)
    assert run_cli("--config", str(config), "init", env=env).returncode == 0
    service = start_service(config, env)
    smtp = SmtpServer(port=port)
    started = False
    try:
        mailbox.Maildir(tmp_path / "inbox", create=True).add(
            mail(
                "Jeanne Moulin <jeanne.moulin@example.org>",
                "Candidature",
                NO_DATE,
                message_id="<s1@example.org>",
            )
        )

        def draft_id() -> int | None:
            with sqlite3.connect(db, timeout=5) as conn:
                row = conn.execute("select id from outgoing_messages where status = 'draft'").fetchone()
            return int(row[0]) if row else None

        assert wait_for(lambda: draft_id() is not None, timeout=90), "the application became a draft"
        approved = run_cli("--config", str(config), "drafts", "approve", str(draft_id()), env=env)
        assert approved.returncode == 0, approved.stderr

        def status_of_outgoing() -> str:
            with sqlite3.connect(db, timeout=5) as conn:
                return str(
                    conn.execute("select status from outgoing_messages order by id desc").fetchone()[0]
                )

        assert wait_for(lambda: status_of_outgoing() == "retry", timeout=30), "SMTP down: kept for a retry"
        smtp.start()
        started = True
        assert wait_for(lambda: status_of_outgoing() == "sent", timeout=60), "sent once the server is back"
        time.sleep(3)
        assert len(smtp.received) == 1
        assert smtp.received[0].rcpt_tos == ["jeanne.moulin@example.org"]
        assert smtp.received[0].message["In-Reply-To"] == "<s1@example.org>"
        status = run_cli("--config", str(config), "status", env=env)
        assert "Tâche send : en bonne santé" in status.stdout
    finally:
        code, err = stop(service)
        if started:
            smtp.stop()
    assert code == 0, err
