"""A backlog understood ahead in the worker pool: the same records, in the same order, as one at a time."""

from __future__ import annotations

import mailbox
import os
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from conftest import MESSAGES, REPO
from sqlalchemy import select
from test_instances import application

from intake.extract import understand
from intake.pipeline import ingest, poll
from intake.prepare import LazyPool, Prepared
from intake.sources.maildir import MaildirSource
from intake.store.db import Store, open_store
from intake.store.models import Message, OutgoingMessage

pytestmark = pytest.mark.both_stores

TODAY = date(2026, 11, 26)


def fill(path: Path) -> MaildirSource:
    box = mailbox.Maildir(path, create=True)
    for n in range(20):
        box.add(application(n))
        if n == 5:
            box.add((MESSAGES / "bounce_dsn.eml").read_bytes())
        if n == 9:
            box.add(b"")  # unreadable: quarantined, in its place
    return MaildirSource(path, processed_folder="processed", quarantine_folder="quarantine")


def records(store: Store) -> list[tuple[str, str, str | None, int]]:
    with store.session() as session:
        rows = session.execute(
            select(Message.dedupe_key, Message.status, Message.kind, Message.id).order_by(Message.id)
        )
        drafts = {
            app_id for app_id in session.scalars(select(OutgoingMessage.application_id)) if app_id is not None
        }
        return [(key, status, kind, len(drafts)) for key, status, kind, _id in rows]


@pytest.mark.slow
def test_a_backlog_understood_in_the_pool_is_recorded_as_one_at_a_time_in_arrival_order(
    store: Store, tmp_path: Path
) -> None:
    alone = open_store(f"sqlite:///{tmp_path / 'alone.sqlite3'}", migrate=True)
    try:
        one_at_a_time = poll(fill(tmp_path / "a"), alone, today=TODAY)
        with LazyPool(2) as pool:
            pooled = poll(fill(tmp_path / "b"), store, today=TODAY, pool=pool)
            assert pool._pool is not None, "a backlog starts the workers"
        assert (pooled.new, pooled.quarantined) == (one_at_a_time.new, one_at_a_time.quarantined) == (21, 1)
        assert records(store) == records(alone)
        assert len(mailbox.Maildir(tmp_path / "b", create=False)) == 0
    finally:
        alone.dispose()


def test_a_prepared_understanding_whose_thread_answer_changed_is_redone_in_the_transaction(
    store: Store,
) -> None:
    raw = application(1)
    # Prepared as if it answered one of our emails: the store says otherwise, so it is understood again.
    wrong = Prepared(understand(application(2), today=TODAY), our_thread=True)
    outcome = ingest(store, raw, source="test", today=TODAY, prepared=wrong)
    assert outcome.status == "new"
    with store.session() as session:
        message = session.get(Message, outcome.message_pk)
        assert message is not None and message.kind == "application"
        assert message.application is not None
        assert message.application.applicant.email == "candidate.1@example.org"


POOL_OWNER = """
import sys, time
from intake.prepare import LazyPool
pool = LazyPool(2)()
list(pool.map(abs, range(8)))
print(" ".join(str(p) for p in pool._processes), flush=True)
time.sleep(600)
"""


def test_the_workers_of_a_killed_poll_end_with_it() -> None:
    owner = subprocess.Popen([sys.executable, "-c", POOL_OWNER], stdout=subprocess.PIPE, text=True, cwd=REPO)
    try:
        assert owner.stdout is not None
        workers = [int(p) for p in owner.stdout.readline().split()]
        assert len(workers) == 2 and all(alive(p) for p in workers)
        os.kill(owner.pid, signal.SIGKILL)
        owner.wait(timeout=10)
        deadline = time.monotonic() + 20
        while any(alive(p) for p in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(alive(p) for p in workers), "orphaned workers would keep the model in memory"
    finally:
        if owner.poll() is None:
            owner.kill()
            owner.wait()


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False
