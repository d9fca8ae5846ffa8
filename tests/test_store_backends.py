"""The store on each supported backend: SQLite and a real PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from postgres import Databases
from sqlalchemy import func, inspect, select, text

from intake.store import db
from intake.store.db import Store, StoreNotReady, open_store
from intake.store.models import Base, JobState

pytestmark = pytest.mark.both_stores


@pytest.fixture
def empty_url(store_backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[str]:
    if store_backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.sqlite3'}"
        return
    databases: Databases = request.getfixturevalue("postgres_databases")
    url = databases.create(empty=True)
    yield url
    databases.drop(url)


def test_the_migrations_build_exactly_the_schema_of_the_models(empty_url: str) -> None:
    with pytest.raises(StoreNotReady):
        open_store(empty_url).dispose()
    store = open_store(empty_url, migrate=True)
    try:
        with store.engine.connect() as conn:
            differences = compare_metadata(MigrationContext.configure(conn), Base.metadata)
            tables = set(inspect(conn).get_table_names())
        assert tables >= {t.name for t in Base.metadata.sorted_tables}
        assert differences == []
        store.migrate()  # a second `propulse init` is a no-op
        store.check_schema()
    finally:
        store.dispose()


def test_a_stored_moment_comes_back_as_the_same_aware_utc_instant(store: Store) -> None:
    paris = datetime(2026, 3, 29, 10, 30, tzinfo=ZoneInfo("Europe/Paris"))  # summer time: 08:30 UTC
    with store.session() as session:
        session.add(JobState(name="probe", last_run_at=paris, last_ok_at=datetime(2026, 1, 5, 9, 0)))
    with store.session() as session:
        row = session.get(JobState, "probe")
        assert row is not None and row.last_run_at is not None and row.last_ok_at is not None
        assert row.last_run_at.tzinfo is UTC and row.last_run_at == datetime(2026, 3, 29, 8, 30, tzinfo=UTC)
        assert row.last_ok_at == datetime(2026, 1, 5, 9, 0, tzinfo=UTC)  # a naive moment is taken as UTC
        after = datetime(2026, 3, 29, 10, 0, tzinfo=ZoneInfo("Europe/Paris"))  # 08:00 UTC
        assert session.scalars(select(JobState.name).where(JobState.last_run_at > after)).all() == ["probe"]


def test_sqlite_keeps_storing_moments_as_utc_wall_time(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 'format.sqlite3'}", migrate=True)
    try:
        with store.session() as session:
            at = datetime(2026, 3, 29, 10, 30, tzinfo=ZoneInfo("Europe/Paris"))
            session.add(JobState(name="probe", last_run_at=at))
        with store.engine.connect() as conn:
            raw = conn.execute(text("SELECT last_run_at FROM job_states")).scalar_one()
        assert raw == "2026-03-29 08:30:00.000000"  # the format older rows have: no migration needed
    finally:
        store.dispose()


def test_a_pooled_connection_killed_while_resting_is_replaced_before_use(
    postgres_databases: Databases, monkeypatch: pytest.MonkeyPatch
) -> None:
    # PostgreSQL only: SQLite has no server connection to lose.
    url = postgres_databases.create()
    store = open_store(url, migrate=True)
    try:
        with store.session() as session:
            pid = session.scalar(text("SELECT pg_backend_pid()"))
        killer = Store(store.url)
        try:
            with killer.engine.connect() as conn:
                assert conn.scalar(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid}) is True
        finally:
            killer.dispose()
        monkeypatch.setattr(db, "PING_AFTER_REST_S", 0.0)  # as if it had rested between two polls
        with store.session() as session:
            assert session.scalar(text("SELECT pg_backend_pid()")) != pid
    finally:
        store.dispose()
        postgres_databases.drop(url)


def test_bytes_written_in_a_rolled_back_transaction_are_written_again_by_the_next_one(store: Store) -> None:
    from intake.store.db import get_blob, put_blobs
    from intake.store.models import Blob

    session = store.sessions()
    try:
        with session.begin():
            assert len(put_blobs(session, [b"cv", b"lettre", b"cv"])) == 3
            session.rollback()
        with session.begin():
            first, second = put_blobs(session, [b"cv", b"lettre"])
            put_blobs(session, [b"cv"])  # already written by this transaction: not sent again
        assert get_blob(session, first) == b"cv" and get_blob(session, second) == b"lettre"
        assert session.scalar(select(func.count()).select_from(Blob)) == 2
    finally:
        session.close()
