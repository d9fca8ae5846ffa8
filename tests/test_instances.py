"""Several instances on one store and one inbox: each message recorded once, each email and reminder sent
once, each periodic job run by one leader that another instance replaces when it dies; SQLite refuses a
second `propulse run`."""

from __future__ import annotations

import mailbox
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest
from conftest import REPO, run_cli, write_config
from postgres import Databases
from smtp_server import SmtpServer, running_smtp
from sqlalchemy import func, select
from test_reminders import seed as seed_coaching_day

from intake.approval import approve_draft
from intake.config import Settings
from intake.reminders import send_participant_reminders
from intake.store.db import Store, open_store
from intake.store.locks import Leadership
from intake.store.models import Message, OutgoingMessage, ReminderSent

MESSAGES = 200


def application(n: int) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Candidate {n} <candidate.{n}@example.org>"
    msg["To"] = "Pro'pulse <propulse@animafac.net>"
    msg["Subject"] = f"Candidature Pro'pulse n°{n}"
    msg["Date"] = "Tue, 24 Nov 2026 10:00:00 +0100"
    msg["Message-ID"] = f"<instances-{n}@example.org>"
    msg.set_content(
        f"Bonjour,\n\nJ'ai obtenu ma licence professionnelle en juin 2026 (promotion {n}). Je cherche un "
        "premier emploi dans l'économie sociale et solidaire.\n\nCordialement,\nCandidate\n"
    )
    return msg.as_bytes()


def start_instance(config: Path, *command: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "intake.cli", "--config", str(config), *command],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def stop(*processes: subprocess.Popen[str]) -> None:
    for process in processes:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
    for process in processes:
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def wait_for(predicate, timeout: float, *watched: subprocess.Popen[str]) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not predicate():
        for process in watched:
            if process.poll() is not None:
                pytest.fail(f"an instance ended early: {process.stderr.read() if process.stderr else ''}")
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.2)


@pytest.fixture
def postgres_url(postgres_databases: Databases) -> Iterator[str]:
    url = postgres_databases.create()
    yield url
    postgres_databases.drop(url)


def test_a_second_run_on_a_sqlite_store_is_refused_in_one_line(tmp_path: Path) -> None:
    config = write_config(tmp_path, '[inbox.maildir]\npath = "inbox"\n')
    assert run_cli("--config", str(config), "init").returncode == 0
    first = start_instance(config, "run", "--no-web")
    try:
        wait_for(lambda: (tmp_path / "data" / "propulse.sqlite3.run.lock").exists(), 60, first)
        time.sleep(1)  # the lock file exists just before the lock is taken
        second = subprocess.run(
            [sys.executable, "-m", "intake.cli", "--config", str(config), "run", "--no-web"],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert second.returncode == 1
        assert second.stderr.strip().splitlines() == [
            "propulse: une autre instance de « propulse run » utilise déjà cette base SQLite "
            "(une seule à la fois ; PostgreSQL en accepte plusieurs)"
        ]
        assert first.poll() is None, "the first instance keeps running"
    finally:
        stop(first)


LEADER = """
import sys, time
from intake.store.db import open_store
from intake.store.locks import Leadership
from pathlib import Path
leadership = Leadership(open_store(sys.argv[1]), "periodic-jobs", Path("."))
assert leadership.is_leader()
print("leader", flush=True)
time.sleep(600)
"""


def test_the_leader_of_periodic_jobs_is_replaced_when_it_dies(postgres_url: str, tmp_path: Path) -> None:
    leader = subprocess.Popen(
        [sys.executable, "-c", LEADER, postgres_url], stdout=subprocess.PIPE, text=True, cwd=REPO
    )
    store = open_store(postgres_url)
    follower = Leadership(store, "periodic-jobs", tmp_path)
    try:
        assert leader.stdout is not None and leader.stdout.readline().strip() == "leader"
        assert not follower.is_leader()
        assert not follower.is_leader(), "asking again does not steal it"
        os.kill(leader.pid, signal.SIGKILL)
        leader.wait(timeout=10)
        wait_for(follower.is_leader, 30)
        assert follower.is_leader(), "and keeps it"
    finally:
        follower.release()
        store.dispose()
        if leader.poll() is None:
            leader.kill()
            leader.wait()


def test_two_reminder_runs_at_the_same_moment_queue_each_reminder_once(postgres_url: str) -> None:
    stores = [open_store(postgres_url) for _ in range(2)]
    seed_coaching_day(stores[0], participants=20)
    evening = datetime(2026, 11, 30, 17, 0, tzinfo=UTC)
    start = threading.Barrier(2)
    queued: list[int] = []

    def remind(store: Store) -> None:
        start.wait()
        queued.append(send_participant_reminders(store, Settings(), now=evening))

    threads = [threading.Thread(target=remind, args=(s,)) for s in stores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    try:
        assert sum(queued) == 20
        with stores[0].session() as session:
            mails = list(
                session.scalars(
                    select(OutgoingMessage.to_addr).where(OutgoingMessage.template == "coaching_eve")
                )
            )
            assert len(mails) == len(set(mails)) == 20
            assert session.scalar(select(func.count()).select_from(ReminderSent)) == 20
    finally:
        for store in stores:
            store.dispose()


@pytest.mark.slow
def test_two_instances_over_one_maildir_record_each_message_once_and_send_each_email_once(
    postgres_url: str, tmp_path: Path
) -> None:
    inbox = mailbox.Maildir(tmp_path / "inbox", create=True)
    for n in range(MESSAGES):
        inbox.add(application(n))
    with running_smtp() as smtp:
        config = write_config(
            tmp_path,
            '[inbox]\npoll_seconds = 1\n[inbox.maildir]\npath = "inbox"\n',
            smtp.toml(),
            '[outbox]\ntransport = "smtp"\nsend_every_seconds = 1\n',
            store_url=postgres_url,
        )
        store = open_store(postgres_url)
        instances = [start_instance(config, "run", "--no-web"), start_instance(config, "run", "--no-web")]
        try:
            wait_for(lambda: processed(store) == MESSAGES, 600, *instances)
            with store.session() as session:
                assert session.scalar(select(func.count()).select_from(Message)) == MESSAGES
                drafts = Counter(
                    session.scalars(
                        select(OutgoingMessage.application_id).where(OutgoingMessage.status == "draft")
                    )
                )
                # With slots running out, approving a proposal may redo it instead (a new draft, nothing
                # approved): count what was approved, that is what must leave, once each.
                approved = 0
                for draft_id in list(
                    session.scalars(select(OutgoingMessage.id).where(OutgoingMessage.status == "draft"))
                ):
                    approved += approve_draft(session, draft_id, actor="test").status == "approved"
            assert len(drafts) == MESSAGES and max(drafts.values()) == 1
            assert approved > 0
            wait_for(lambda: sent(smtp) >= approved, 300, *instances)
            time.sleep(3)  # a second sender would have sent its duplicates by now
        finally:
            stop(*instances)
            store.dispose()
        ids = Counter(r.message["Message-ID"] for r in smtp.received)
        assert len(ids) == approved and max(ids.values()) == 1
        assert len(os.listdir(tmp_path / "inbox" / "new")) + len(os.listdir(tmp_path / "inbox" / "cur")) == 0
        processed_folder = mailbox.Maildir(tmp_path / "inbox" / ".processed", create=False)
        assert len(processed_folder) == MESSAGES, "each message filed once"


def processed(store: Store) -> int:
    with store.session() as session:
        return (
            session.scalar(select(func.count()).select_from(Message).where(Message.status == "processed"))
            or 0
        )


def sent(smtp: SmtpServer) -> int:
    return len(smtp.received)


def test_a_message_claimed_by_another_instance_waits_for_its_commit_and_is_then_a_duplicate(
    postgres_url: str,
) -> None:
    from intake.pipeline import RECORD_STEPS, Outcome, carry, ingest

    stores = [open_store(postgres_url) for _ in range(2)]
    raw = application(1)
    outcomes: list[Outcome] = []
    second = threading.Thread(
        target=lambda: outcomes.append(ingest(stores[1], raw, source="b", steps=RECORD_STEPS))
    )
    try:
        with stores[0].session() as session:
            first = carry(session, raw, source="a", steps=RECORD_STEPS)
            second.start()
            time.sleep(1.0)
            assert second.is_alive() and outcomes == []  # held by the claim, not racing to its own record
        second.join(timeout=30)
        assert first.status == "new" and [o.status for o in outcomes] == ["duplicate"]
        assert outcomes[0].message_pk == first.message_pk
        with stores[0].session() as session:
            assert session.scalar(select(func.count()).select_from(Message)) == 1
    finally:
        for store in stores:
            store.dispose()
