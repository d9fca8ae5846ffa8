"""Inserts arbitrated by a unique constraint, without aborting the caller's transaction.

Two processes may try to create the same slot or book the same one at the same moment; the database's
unique constraint decides. `INSERT … ON CONFLICT DO NOTHING` lets the loser find out without an error that
would roll back everything else done in the same unit of work (the message being recorded, say).
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Table, insert
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from intake.store.locks import on_postgresql, on_sqlite
from intake.store.models import Base


def insert_unless_taken(session: Session, table: Table, values: dict[str, Any]) -> int | None:
    """Insert one row; return its primary key, or None when a unique constraint already holds the place."""
    pk = next(iter(table.primary_key.columns))
    if on_sqlite(session) or on_postgresql(session):
        make = sqlite.insert if on_sqlite(session) else postgresql.insert
        statement = make(table).values(**values).on_conflict_do_nothing().returning(pk)
        found = session.execute(statement).scalar_one_or_none()
        return None if found is None else int(found)
    try:  # other databases: a savepoint keeps the outer transaction usable
        with session.begin_nested():
            return int(session.execute(insert(table).values(**values).returning(pk)).scalar_one())
    except IntegrityError:
        return None


def table_of(model: type[Base]) -> Table:
    return cast(Table, model.__table__)
