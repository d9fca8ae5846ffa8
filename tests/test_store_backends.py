"""The store on each supported backend: SQLite and a real PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from postgres import Databases
from sqlalchemy import inspect

from intake.store.db import StoreNotReady, open_store
from intake.store.models import Base

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
