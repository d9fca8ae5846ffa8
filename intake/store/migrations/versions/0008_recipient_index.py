"""an index for the per-address draft count (drafts.may_draft): lower(to_addr), created_at

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 17:40:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_outgoing_messages_recipient", "outgoing_messages", [sa.text("lower(to_addr)"), "created_at"]
    )


def downgrade() -> None:
    op.drop_index("ix_outgoing_messages_recipient", table_name="outgoing_messages")
