"""Engine, sessions and migrations of the records store."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar, cast

from alembic import command
from alembic.config import Config as AlembicConfig
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, Subquery, Table, create_engine, event, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DisconnectionError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from intake.store.locks import on_postgresql, on_sqlite
from intake.store.models import Application, Blob, Message

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class StoreNotReady(RuntimeError):
    """The database exists but is not at the current schema: `propulse init` migrates it."""


class Store:
    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = _make_engine(url)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        # What `note_created` remembers holds for one unit of work only.
        event.listen(self.sessions, "after_commit", forget_created)
        event.listen(self.sessions, "after_rollback", forget_created)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends normally, rolled back otherwise."""
        with self.sessions() as session, session.begin():
            yield session

    def migrate(self) -> None:
        command.upgrade(_alembic_config(self.engine), "head")

    def check_schema(self) -> None:
        head = ScriptDirectory.from_config(_alembic_config(self.engine)).get_current_head()
        with self.engine.connect() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
        if current != head:
            raise StoreNotReady(
                "la base de données n'est pas à jour : lancez « propulse init » (database not initialised)"
            )

    def dispose(self) -> None:
        self.engine.dispose()


def open_store(url: str, *, migrate: bool = False) -> Store:
    store = Store(url)
    if migrate:
        store.migrate()
    else:
        store.check_schema()
    return store


def put_blob(session: Session, content: bytes) -> str:
    """Store bytes once, by content; return their SHA-256 (see `put_blobs`)."""
    return put_blobs(session, [content])[0]


def put_blobs(session: Session, contents: Sequence[bytes]) -> list[str]:
    """Store each of these bytes once, by content; return their SHA-256s, in order.

    One `INSERT … ON CONFLICT DO NOTHING` for all of them where the database has it: no read of a blob
    already there (a CV sent twice), no flush of the unit of work, and two processes storing the same bytes
    both succeed. Bytes this transaction has already written are not sent again.
    """
    digests = [hashlib.sha256(content).hexdigest() for content in contents]
    written = _written_in_transaction(session)
    rows = {
        d: {"sha256": d, "size": len(c), "content": c}
        for d, c in zip(digests, contents, strict=True)
        if d not in written
    }
    if rows and (on_sqlite(session) or on_postgresql(session)):
        make = sqlite.insert if on_sqlite(session) else postgresql.insert
        # Bytes depend on no pending row: the rows waiting to be written go out with the next flush.
        with session.no_autoflush:
            session.execute(
                make(cast(Table, Blob.__table__)).values(list(rows.values())).on_conflict_do_nothing()
            )
    elif rows:
        for digest, values in rows.items():
            if session.get(Blob, digest) is None:
                session.add(Blob(**values))
        session.flush()
    written.update(rows)
    return digests


def _written_in_transaction(session: Session) -> set[str]:
    """The blobs this session's current transaction has written: a rolled-back one's count for nothing."""
    session.connection()  # begins the transaction if none has begun yet
    transaction = session.get_transaction()
    kept = session.info.get(_BLOBS)
    if kept is None or kept[0] is not transaction:
        kept = session.info[_BLOBS] = (transaction, set())
    return cast(set[str], kept[1])


_BLOBS = "blobs_written"


def note_created(session: Session, entity: Any) -> None:
    """Remember that this row was created in the session's unit of work (`created_here`)."""
    session.info.setdefault(_CREATED, set()).add((type(entity).__name__, entity.id))


def created_here(session: Session, entity: Any) -> bool:
    """Was this row created in this unit of work? Then nothing committed before can refer to it (no earlier
    message, draft, proposal or override): the queries that look for such things can be skipped."""
    return (type(entity).__name__, entity.id) in session.info.get(_CREATED, ())


def forget_created(session: Session) -> None:
    """End what `created_here` answers for: a transaction that carries several messages (pipeline.poll on
    PostgreSQL) calls it between them, since what one created is not new to the next."""
    session.info.pop(_CREATED, None)


_CREATED = "created_here"


def get_blob(session: Session, digest: str) -> bytes:
    content = session.scalar(select(Blob.content).where(Blob.sha256 == digest))
    if content is None:
        raise KeyError(digest)
    return content


def last_heard_from() -> Subquery:
    """When each applicant last wrote to us (`applicant_id`, `at`), over all their cases."""
    return (
        select(Application.applicant_id, func.max(Message.received_at).label("at"))
        .join(Message, Message.application_id == Application.id)
        .group_by(Application.applicant_id)
        .subquery()
    )


def _make_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        engine = create_engine(url, hide_parameters=True)
        _ping_when_rested(engine)
        return engine
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    # hide_parameters: a database error must not carry a letter's text or an address into the logs.
    engine = create_engine(url, connect_args={"timeout": 30}, hide_parameters=True)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn: Any, _record: Any) -> None:
        # WAL lets the web UI read while the poller writes; NORMAL is durable enough with WAL.
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    return engine


# A pooled connection that came back less than this ago is still alive: a burst of messages (one
# transaction each) thus pays no ping round trip per message. One that rested longer (between polls, after
# a database restart) is pinged before use, and replaced if the server no longer answers.
PING_AFTER_REST_S = 1.0
_CHECKED_IN = "checked_in_at"


def _ping_when_rested(engine: Engine) -> None:
    @event.listens_for(engine, "checkin")
    def _note_rest(_dbapi_conn: Any, record: Any) -> None:
        record.info[_CHECKED_IN] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _ping(dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        if time.monotonic() - record.info.get(_CHECKED_IN, float("-inf")) < PING_AFTER_REST_S:
            return
        try:
            engine.dialect.do_ping(dbapi_conn)
        except engine.dialect.loaded_dbapi.Error as exc:
            # The pool replaces the connection; if no new one can be made, the caller gets that error.
            raise DisconnectionError("la connexion à la base ne répond plus") from exc


def _alembic_config(engine: Engine) -> AlembicConfig:
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


T = TypeVar("T")


def record_each_once(store: Store, items: Iterable[T], record: Callable[[Session, T], int]) -> int:
    """Run `record` on each item in a transaction of its own and sum what it returns. An item whose unique
    key another process committed first is skipped: it was done once, by them."""
    done = 0
    for item in items:
        try:
            with store.session() as session:
                done += record(session, item)
        except IntegrityError:
            continue
    return done
