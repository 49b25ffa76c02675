"""Devices remember the id their own clock puts in field stamps (sent at enrolment), so a conflict can
name who wrote each of its two values. Devices enrolled before keep NULL and are named by server id.

Revision ID: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("device") as batch:  # batch: SQLite cannot add an indexed column in place
        batch.add_column(sa.Column("clock_id", sa.String(36), nullable=True))
        batch.create_index("ix_device_clock_id", ["clock_id"])


def downgrade() -> None:
    with op.batch_alter_table("device") as batch:
        batch.drop_index("ix_device_clock_id")
        batch.drop_column("clock_id")
