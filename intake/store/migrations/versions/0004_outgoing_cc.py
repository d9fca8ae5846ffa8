"""outgoing messages carry a Cc (the referrer of a presented applicant)

Revision ID: 0004
Revises: 0003
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('outgoing_messages') as batch:
        batch.add_column(sa.Column('cc', sa.String(length=1000), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('outgoing_messages') as batch:
        batch.drop_column('cc')
