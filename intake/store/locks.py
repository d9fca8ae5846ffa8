"""Locks shared by every instance of the service on one store, so that several can run side by side.

On PostgreSQL they are advisory locks, held by a database session: the server releases them when the
session ends, however the process ends (a crash, a kill, a lost machine), so a survivor takes over. On
SQLite, which serves one machine, they are `flock`s on files next to the database, released by the kernel
when the process dies.

- `claim_in_transaction`: one message is processed by one instance at a time (until the commit);
- `held_lock`: one holder for a run of work (the outbox's sender);
- `Leadership`: one instance runs the periodic jobs, and another takes over when it dies.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import logging
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Protocol

from sqlalchemy import Connection, Engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session


class Store(Protocol):
    """What a lock needs of a store (intake.store.db.Store): its engine and URL. A protocol, not an import,
    because db.py asks this module which database it runs on."""

    @property
    def engine(self) -> Engine: ...

    @property
    def url(self) -> str: ...


log = logging.getLogger(__name__)


def lock_key(name: str) -> int:
    """A stable signed 64-bit key for a lock name (PostgreSQL advisory locks are keyed by bigint)."""
    return int.from_bytes(hashlib.sha256(name.encode("utf-8")).digest()[:8], "big", signed=True)


def is_postgresql(store: Store) -> bool:
    return store.engine.dialect.name == "postgresql"


def on_postgresql(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def is_sqlite(store: Store) -> bool:
    return store.engine.dialect.name == "sqlite"


def on_sqlite(session: Session) -> bool:
    return session.get_bind().dialect.name == "sqlite"


def lock_file(store: Store, name: str, fallback_dir: Path) -> Path:
    """Where a file lock lives: next to the SQLite database, else in the data directory."""
    url = make_url(store.url)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return Path(f"{url.database}.{name}.lock")
    return fallback_dir / f"{name}.lock"


def claim_in_transaction(session: Session, name: str) -> None:
    """Wait until no other transaction holds `name`, then hold it until this one ends.

    On SQLite this is a no-op: its writers are already one at a time.
    """
    if on_postgresql(session):
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": lock_key(name)})


@contextlib.contextmanager
def held_lock(store: Store, name: str, fallback_dir: Path) -> Iterator[bool]:
    """Hold `name` for the block if no one else does; yields whether it was acquired (never waits)."""
    if is_postgresql(store):
        with store.engine.connect() as conn:
            acquired = _try_advisory(conn, name)
            try:
                yield acquired
            finally:
                if acquired:
                    conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": lock_key(name)})
                    conn.commit()
        return
    path = lock_file(store, name, fallback_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a") as fh:
        if not _try_flock(fh):
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(fh.fileno(), fcntl.LOCK_UN)


class Leadership:
    """Held for as long as this instance lives; `is_leader()` takes it when free (the leader died)."""

    def __init__(self, store: Store, name: str, fallback_dir: Path) -> None:
        self.store = store
        self.name = name
        self.fallback_dir = fallback_dir
        self._conn: Connection | None = None
        self._file: IO[str] | None = None
        self._guard = threading.Lock()  # the scheduler asks from several threads

    def is_leader(self) -> bool:
        with self._guard:
            return self._is_leader()

    def _is_leader(self) -> bool:
        if is_postgresql(self.store):
            return self._lead_postgresql()
        if self._file is None:
            path = lock_file(self.store, self.name, self.fallback_dir)
            path.parent.mkdir(parents=True, exist_ok=True)
            fh = path.open("a")
            if not _try_flock(fh):
                fh.close()
                return False
            self._file = fh
            log.info("cette instance mène « %s »", self.name)
        return True

    def release(self) -> None:
        with self._guard:
            self._release()

    def _release(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(Exception):
                # Closed for real, not returned to the pool: ending the session releases its advisory lock.
                self._conn.invalidate()
                self._conn.close()
            self._conn = None
        if self._file is not None:
            self._file.close()  # closing the file releases the flock
            self._file = None

    def _lead_postgresql(self) -> bool:
        if self._conn is not None:
            try:
                self._conn.execute(text("SELECT 1"))
                self._conn.commit()
                return True
            except Exception:  # the session is gone, and the lock with it: try to take it again
                log.warning("connexion de l'instance meneuse perdue (« %s »)", self.name)
                self._release()
        conn = self.store.engine.connect()
        try:
            if _try_advisory(conn, self.name):
                self._conn = conn
                log.info("cette instance mène « %s »", self.name)
                return True
        except Exception:
            conn.close()
            raise
        conn.close()
        return False


def _try_advisory(conn: Connection, name: str) -> bool:
    acquired = bool(conn.execute(text("SELECT pg_try_advisory_lock(:key)"), {"key": lock_key(name)}).scalar())
    conn.commit()  # session-level: the lock outlives the transaction; leave no transaction open
    return acquired


def _try_flock(fh: IO[str]) -> bool:
    try:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True
