"""A backlog understood ahead in the worker pool: the same records, in the same order, as one at a time."""

from __future__ import annotations

import mailbox
from datetime import date
from pathlib import Path

import pytest
from conftest import MESSAGES
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
