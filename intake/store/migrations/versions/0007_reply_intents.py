"""reply intents: a draft's pending effect on its case, and why a case was withdrawn

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 11:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("outgoing_messages") as batch:
        batch.add_column(sa.Column("effect", sa.JSON(), nullable=True))
    with op.batch_alter_table("applications") as batch:
        batch.add_column(sa.Column("withdrawal_reason", sa.String(length=32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("applications") as batch:
        batch.drop_column("withdrawal_reason")
    with op.batch_alter_table("outgoing_messages") as batch:
        batch.drop_column("effect")
