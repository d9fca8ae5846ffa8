"""Intake from a real Dovecot: new mail, \\Seen mail, repeats, UIDVALIDITY, quarantine, outages, crashes."""

from __future__ import annotations

import itertools
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from datetime import date
from email.message import EmailMessage
from pathlib import Path

import pytest
from authres import authenticated, trust_test_mx
from conftest import REPO, run_cli, write_config
from dovecot import Dovecot
from sqlalchemy import func, select

from intake.config import load_settings
from intake.errors import QuarantineError
from intake.pipeline import RECORD_STEPS, STEPS, Ingest, poll
from intake.sources.base import Incoming
from intake.sources.imap import ImapSource
from intake.store.db import Store
from intake.store.models import Application, AuditEntry, MailboxState, Message, OutgoingMessage

pytestmark = [pytest.mark.dovecot, pytest.mark.both_stores]


def application(number: int, *, padding: int = 0) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Candidate {number} <candidate{number}@example.org>"
    msg["To"] = "propulse@animafac.net"
    msg["Subject"] = f"Candidature n°{number}"
    msg["Message-ID"] = f"<application-{number}@example.org>"
    msg.set_content(f"Bonjour, je candidate au programme Pro'pulse (n°{number}).\n")
    if padding:
        # Bulk that the IMAP transfer carries but understanding skips (a small picture is a signature logo).
        msg.add_attachment(os.urandom(padding), maintype="image", subtype="jpeg", filename="photo.jpg")
    return msg.as_bytes()


def imap_source(server: Dovecot, folder: str = "INBOX") -> ImapSource:
    settings = _settings(server, folder)
    return ImapSource(settings.inbox.imap, settings.imap_password())


def _settings(server: Dovecot, folder: str = "INBOX"):  # type: ignore[no-untyped-def]
    path = Path(server.root) / "propulse.toml"
    path.write_text(server.toml(folder=folder))
    return load_settings(path)


def count(store: Store) -> int:
    with store.session() as session:
        return session.scalar(select(func.count(Message.id))) or 0


def folder_size(server: Dovecot, folder: str) -> int:
    with server.client() as client:
        return int(client.folder_status(folder, ["MESSAGES"])[b"MESSAGES"])


def test_new_mail_is_ingested_and_moved_to_the_processed_folder(
    dovecot: Dovecot, store: Store, imap_env: dict[str, str]
) -> None:
    with dovecot.client() as client:
        for n in range(3):
            client.append("INBOX", application(n))
    source = imap_source(dovecot)
    summary = poll(source, store, steps=RECORD_STEPS)
    source.close()
    assert (summary.new, summary.duplicate, summary.quarantined) == (3, 0, 0)
    with store.session() as session:
        subjects = sorted(session.scalars(select(Message.subject)))
    assert subjects == ["Candidature n°0", "Candidature n°1", "Candidature n°2"]
    assert folder_size(dovecot, "INBOX") == 0
    assert folder_size(dovecot, "Propulse.Traités") == 3


def test_a_message_left_in_both_folders_by_a_half_done_move_is_filed_once(
    dovecot: Dovecot, store: Store, imap_env: dict[str, str]
) -> None:
    # A server killed mid-MOVE (Maildir: link into the target, then unlink from the inbox) leaves the
    # message in both folders; the next poll must not file a second copy.
    with dovecot.client() as client:
        client.append("INBOX", application(1))
        client.append("INBOX", application(2))
    source = imap_source(dovecot)
    poll(source, store, steps=RECORD_STEPS)
    with dovecot.client() as client:
        client.append("INBOX", application(1))  # the copy the half-done move left behind
        client.append("INBOX", application(3))
    summary = poll(source, store, steps=RECORD_STEPS)
    source.close()
    assert (summary.new, summary.duplicate) == (1, 1)
    assert count(store) == 3
    assert folder_size(dovecot, "INBOX") == 0
    assert folder_size(dovecot, "Propulse.Traités") == 3


def test_a_message_already_seen_in_webmail_is_still_ingested(
    dovecot: Dovecot, store: Store, imap_env: dict[str, str]
) -> None:
    with dovecot.client() as client:
        client.append("INBOX", application(1), flags=[b"\\Seen"])
        client.append("INBOX", application(2))
    source = imap_source(dovecot)
    assert poll(source, store, steps=RECORD_STEPS).new == 2
    source.close()


def test_a_second_poll_ingests_nothing(dovecot: Dovecot, store: Store, imap_env: dict[str, str]) -> None:
    with dovecot.client() as client:
        client.append("INBOX", application(1))
    first = imap_source(dovecot)
    assert poll(first, store, steps=RECORD_STEPS).new == 1
    first.close()
    second = imap_source(dovecot)
    summary = poll(second, store, steps=RECORD_STEPS)
    second.close()
    assert summary.total == 0
    assert count(store) == 1


def test_a_message_put_back_in_the_inbox_is_recognised_not_recorded_twice(
    dovecot: Dovecot, store: Store, imap_env: dict[str, str]
) -> None:
    with dovecot.client() as client:
        client.append("INBOX", application(1))
    source = imap_source(dovecot)
    poll(source, store, steps=RECORD_STEPS)
    with dovecot.client() as client:
        client.append("INBOX", application(1))
    summary = poll(source, store, steps=RECORD_STEPS)
    source.close()
    assert (summary.new, summary.duplicate) == (0, 1)
    assert count(store) == 1
    assert folder_size(dovecot, "INBOX") == 0


def test_a_uidvalidity_change_gives_neither_duplicates_nor_misses(
    dovecot: Dovecot, store: Store, imap_env: dict[str, str]
) -> None:
    with dovecot.client() as client:
        client.create_folder("Candidatures")
        for n in range(3):
            client.append("Candidatures", application(n))
    source = imap_source(dovecot, "Candidatures")
    assert poll(source, store, steps=RECORD_STEPS).new == 3
    source.close()
    with store.session() as session:
        before = session.scalar(select(MailboxState.uidvalidity))
    # Recreating the folder is how a server announces a new UIDVALIDITY: old UIDs mean nothing now.
    with dovecot.client() as client:
        client.delete_folder("Candidatures")
        client.create_folder("Candidatures")
        client.append("Candidatures", application(2))  # already recorded, restored from a backup
        client.append("Candidatures", application(3))
        client.append("Candidatures", application(4))
    source = imap_source(dovecot, "Candidatures")
    summary = poll(source, store, steps=RECORD_STEPS)
    source.close()
    with store.session() as session:
        after = session.scalar(select(MailboxState.uidvalidity))
    assert before != after
    assert (summary.new, summary.duplicate) == (2, 1)
    assert count(store) == 5
    assert folder_size(dovecot, "Candidatures") == 0


def test_the_remembered_uid_is_the_last_committed_one_when_a_poll_stops_midway(
    dovecot: Dovecot, store: Store, imap_env: dict[str, str]
) -> None:
    with dovecot.client() as client:
        client.create_folder("Rafale")
        for n in range(5):
            client.append("Rafale", application(n))
        client.select_folder("Rafale")
        uids = sorted(client.search("ALL"))
    asked = itertools.count(1)
    source = imap_source(dovecot, "Rafale")
    # Written once per batch now, not per message: it must still cover exactly the committed messages.
    # A shutdown asked before the fourth message (on PostgreSQL, in the middle of a batch).
    summary = poll(source, store, steps=RECORD_STEPS, should_stop=lambda: next(asked) == 4)
    source.close()
    with store.session() as session:
        last_uid = session.scalar(select(MailboxState.last_uid))
    assert summary.new == 3
    assert last_uid == uids[2]


def explode_on_marker(ctx: Ingest) -> None:
    if ctx.parsed is not None and "n°13" in ctx.parsed.subject:
        raise QuarantineError("étape de test : message piégé")


def test_a_message_that_makes_a_step_raise_is_quarantined_while_the_next_is_processed(
    dovecot: Dovecot, store: Store, imap_env: dict[str, str]
) -> None:
    with dovecot.client() as client:
        for n in (12, 13, 14):
            client.append("INBOX", application(n))
    steps = (*RECORD_STEPS[:3], explode_on_marker, *RECORD_STEPS[3:])
    source = imap_source(dovecot)
    summary = poll(source, store, steps=steps)
    source.close()
    assert (summary.new, summary.quarantined) == (2, 1)
    with store.session() as session:
        rows = {m.subject: (m.status, m.error) for m in session.scalars(select(Message))}
    assert rows["Candidature n°13"] == ("quarantined", "étape de test : message piégé")
    assert rows["Candidature n°14"] == ("processed", None)
    assert folder_size(dovecot, "Propulse.Quarantaine") == 1
    assert folder_size(dovecot, "Propulse.Traités") == 2


def test_reprocess_retries_a_quarantined_message_once_the_cause_is_gone(
    dovecot: Dovecot, store: Store, imap_env: dict[str, str]
) -> None:
    from intake.pipeline import reprocess_quarantined

    with dovecot.client() as client:
        client.append("INBOX", application(13))
    source = imap_source(dovecot)
    poll(source, store, steps=(*RECORD_STEPS[:3], explode_on_marker, *RECORD_STEPS[3:]))
    source.close()
    summary = reprocess_quarantined(store, steps=RECORD_STEPS)
    assert (summary.new, summary.quarantined) == (1, 0)
    with store.session() as session:
        message = session.scalars(select(Message)).one()
    assert (message.status, message.error, message.attempts) == ("processed", None, 2)


def _poll_subprocess(config: Path, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "intake.cli", "--config", str(config), "poll", "--once"],
        env=env,
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _db_count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=5) as conn:
            return int(conn.execute("select count(*) from messages").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def _describe(db: Path) -> str:
    """The records that are not plain processed messages, to explain a wrong count."""
    with sqlite3.connect(db, timeout=5) as conn:
        rows = conn.execute(
            "select dedupe_key, status, error from messages where status != 'processed' "
            "or dedupe_key not like 'mid:%'"
        ).fetchall()
    return repr(rows)


def _wait_for_records(db: Path, at_least: int, process: subprocess.Popen[str], timeout: float = 60) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        n = _db_count(db)
        if n >= at_least or process.poll() is not None:
            return n
        time.sleep(0.005)
    raise AssertionError("the poller recorded nothing in time")


@pytest.fixture
def fifty_in_dovecot(dovecot: Dovecot) -> Dovecot:
    with dovecot.client() as client:
        for n in range(50):
            # Some bulk per message, so that a poll lasts long enough to be interrupted.
            client.append("INBOX", application(n, padding=60_000), flags=[b"\\Seen"] if n % 5 == 0 else [])
    return dovecot


def test_fifty_messages_ten_of_them_seen_are_all_recorded_then_none_on_the_next_run(
    fifty_in_dovecot: Dovecot, tmp_path: Path, imap_env: dict[str, str]
) -> None:
    config = write_config(tmp_path, fifty_in_dovecot.toml())
    assert run_cli("--config", str(config), "init", env=imap_env).returncode == 0
    first = run_cli("--config", str(config), "poll", "--once", env=imap_env)
    assert first.returncode == 0, first.stderr
    assert "50 nouveau(x)" in first.stdout
    second = run_cli("--config", str(config), "poll", "--once", env=imap_env)
    assert "0 nouveau(x), 0 déjà connu(s)" in second.stdout
    assert _db_count(tmp_path / "data" / "propulse.sqlite3") == 50
    assert folder_size(fifty_in_dovecot, "Propulse.Traités") == 50


def test_a_poller_killed_mid_poll_loses_and_duplicates_nothing_when_run_again(
    fifty_in_dovecot: Dovecot, tmp_path: Path, imap_env: dict[str, str]
) -> None:
    config = write_config(tmp_path, fifty_in_dovecot.toml())
    db = tmp_path / "data" / "propulse.sqlite3"
    assert run_cli("--config", str(config), "init", env=imap_env).returncode == 0
    process = _poll_subprocess(config, imap_env)
    at_kill = _wait_for_records(db, 3, process)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert 0 < at_kill < 50, "the kill must land in the middle of the poll"
    assert folder_size(fifty_in_dovecot, "INBOX") > 0
    again = run_cli("--config", str(config), "poll", "--once", env=imap_env)
    assert again.returncode == 0, again.stderr
    assert _db_count(db) == 50
    assert folder_size(fifty_in_dovecot, "INBOX") == 0
    assert folder_size(fifty_in_dovecot, "Propulse.Traités") == 50


def test_dovecot_going_down_mid_poll_then_restarted_loses_nothing(
    fifty_in_dovecot: Dovecot, tmp_path: Path, imap_env: dict[str, str]
) -> None:
    config = write_config(tmp_path, fifty_in_dovecot.toml())
    db = tmp_path / "data" / "propulse.sqlite3"
    assert run_cli("--config", str(config), "init", env=imap_env).returncode == 0
    process = _poll_subprocess(config, imap_env)
    _wait_for_records(db, 1, process)
    fifty_in_dovecot.crash()
    _out, err = process.communicate(timeout=60)
    assert process.returncode == 1
    assert "IMAP" in err and "Traceback" not in err
    fifty_in_dovecot.start()
    # A Dovecot back from a power cut may still be recovering its indexes; the service retries with backoff,
    # and so does this test (a few times): what matters is that nothing is lost or doubled once it answers.
    for _attempt in range(4):
        again = run_cli("--config", str(config), "poll", "--once", env=imap_env)
        if again.returncode == 0:
            break
        assert "timed out" in again.stderr and "Traceback" not in again.stderr, again.stderr
    assert again.returncode == 0, again.stderr
    assert _db_count(db) == 50, _describe(db)
    assert folder_size(fifty_in_dovecot, "Propulse.Traités") == 50
    assert folder_size(fifty_in_dovecot, "INBOX") == 0


class CrashBeforeMove(ImapSource):
    """A poller that dies once its records are committed but before any message leaves the inbox."""

    def acknowledge(self, item: Incoming, *, seen_before: bool = False) -> None:
        pass

    def quarantine(self, item: Incoming, reason: str) -> None:
        pass

    def close(self) -> None:
        self._filed = []
        super().close()


def test_a_message_committed_but_not_moved_is_moved_on_the_next_poll_without_a_second_record(
    dovecot: Dovecot, store: Store, imap_env: dict[str, str]
) -> None:
    with dovecot.client() as client:
        for n in range(3):
            client.append("INBOX", application(n))
    settings = _settings(dovecot)
    crashed = CrashBeforeMove(settings.inbox.imap, settings.imap_password())
    assert poll(crashed, store, steps=RECORD_STEPS).new == 3
    crashed.close()
    assert folder_size(dovecot, "INBOX") == 3, "committed, not moved"
    source = imap_source(dovecot)
    summary = poll(source, store, steps=RECORD_STEPS)
    source.close()
    assert (summary.new, summary.duplicate) == (0, 3)
    assert count(store) == 3
    assert folder_size(dovecot, "INBOX") == 0
    assert folder_size(dovecot, "Propulse.Traités") == 3


def test_a_failing_message_in_a_batch_is_quarantined_and_the_others_are_recorded(
    dovecot: Dovecot, store: Store, imap_env: dict[str, str]
) -> None:
    # On PostgreSQL these five are one batch, one transaction: n°13 fails after its case and draft were
    # written, the batch is rolled back and recorded again message by message.
    with dovecot.client() as client:
        for n in (11, 12, 13, 14, 15):
            client.append("INBOX", application(n))
    source = imap_source(dovecot)
    summary = poll(source, store, steps=(*STEPS, explode_on_marker), today=date(2026, 11, 26))
    source.close()
    assert (summary.new, summary.quarantined) == (4, 1)
    assert summary.reasons == ["étape de test : message piégé"]
    with store.session() as session:
        rows = {m.subject: (m.status, m.application_id is None) for m in session.scalars(select(Message))}
        cases = session.scalar(select(func.count(Application.id)))
        created = session.scalar(
            select(func.count(AuditEntry.id)).where(AuditEntry.action == "application_created")
        )
        drafts = Counter(session.scalars(select(OutgoingMessage.application_id)))
    assert rows.pop("Candidature n°13") == ("quarantined", True)
    assert set(rows.values()) == {("processed", False)}
    assert cases == created == 4
    assert len(drafts) == 4 and set(drafts.values()) == {1}, "one draft per case, none for n°13"
    assert folder_size(dovecot, "Propulse.Quarantaine") == 1
    assert folder_size(dovecot, "Propulse.Traités") == 4


def test_two_messages_of_one_applicant_in_one_batch_leave_one_pending_draft_for_their_case(
    dovecot: Dovecot, store: Store, imap_env: dict[str, str]
) -> None:
    # On PostgreSQL both are in one transaction: the case the first opened is not new to the second (a
    # verified sender, so nothing is held), whose draft replaces the first one's.
    first = authenticated(application(21))
    second = first.replace(b"<application-21@", b"<application-21-bis@")
    with dovecot.client() as client:
        client.append("INBOX", first)
        client.append("INBOX", second)
    source = imap_source(dovecot)
    summary = poll(source, store, today=date(2026, 11, 26), settings=trust_test_mx(_settings(dovecot)))
    source.close()
    assert summary.new == 2
    with store.session() as session:
        cases = session.scalar(select(func.count(Application.id)))
        drafts = Counter(session.scalars(select(OutgoingMessage.status)))
    assert cases == 1
    assert drafts == {"draft": 1, "discarded": 1}


def test_a_copy_too_large_of_a_message_of_the_same_batch_is_set_aside_without_waiting_for_the_batch(
    dovecot: Dovecot, store: Store, imap_env: dict[str, str]
) -> None:
    # On PostgreSQL the first copy's record is uncommitted while the batch is open: the large copy's record,
    # in a transaction of its own, would wait for it for ever if it were written before the batch's commit.
    with dovecot.client() as client:
        client.append("INBOX", application(7))
        client.append("INBOX", application(7, padding=2 * 1024 * 1024))
        client.append("INBOX", application(8))
    path = Path(dovecot.root) / "propulse.toml"
    path.write_text(dovecot.toml() + "[extraction]\nmax_message_mb = 1.0\n")
    settings = load_settings(path)
    source = ImapSource(settings.inbox.imap, settings.imap_password(), max_message_bytes=1024 * 1024)
    summaries = []
    worker = threading.Thread(
        target=lambda: summaries.append(poll(source, store, steps=RECORD_STEPS, settings=settings)),
        daemon=True,
    )
    worker.start()
    worker.join(timeout=120)
    assert not worker.is_alive(), "the poll waits for itself"
    source.close()
    assert (summaries[0].total, summaries[0].quarantined) == (3, 1)
    assert count(store) == 2
    assert folder_size(dovecot, "INBOX") == 0
    assert folder_size(dovecot, "Propulse.Quarantaine") == 1
