"""Alembic environment: migrations run on the engine the service already built."""

from __future__ import annotations

from alembic import context

from intake.store.models import Base

engine = context.config.attributes["engine"]
with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite can only alter tables by copying them
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
