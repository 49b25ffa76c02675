"""A device's token is confirmed by its first use: until then the answers to repeats of its enrolment
request (a duplicate on the network, a retry after a lost answer) each hold a spare token that works as
well, and the first one used retires the others. Devices already heard from count as confirmed.

Revision ID: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("device") as batch:
        batch.add_column(sa.Column("confirmed_at", sa.DateTime(timezone=True), nullable=True))
    op.execute(
        "UPDATE device SET confirmed_at = last_seen WHERE last_seen IS NOT NULL AND last_seen <> enrolled_at"
    )
    op.create_table(
        "spare_token",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column("device_id", sa.String(36), sa.ForeignKey("device.id"), nullable=False, index=True),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("spare_token")
    with op.batch_alter_table("device") as batch:
        batch.drop_column("confirmed_at")
