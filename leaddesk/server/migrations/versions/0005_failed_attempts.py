"""Failed enrolment and token attempts, counted per client address, enrolment code and device in a
fixed window, so that every server process on one database refuses the same callers (attempts.py).

Revision ID: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "failed_attempt",
        sa.Column("key", sa.String(120), primary_key=True),
        sa.Column("window_start", sa.DateTime(timezone=True), nullable=False, index=True),
        sa.Column("failures", sa.Integer, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("failed_attempt")
