"""Who may see what, over time: users can be disabled; each device remembers the highest cursor it has
pulled from (so the server knows which removals have reached it); a retired device's final push has an
end; and a user leaving a team leaves a removal row per participant of that team.

Devices enrolled before start with pulled_through 0: until their next pull, a change of theirs on a
participant who has left their scope is taken as written before the move (it may well have been).

Revision ID: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("user_account") as batch:
        batch.add_column(sa.Column("disabled_at", sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table("device") as batch:
        batch.add_column(sa.Column("pulled_through", sa.BigInteger, nullable=False, server_default="0"))
        batch.add_column(sa.Column("final_push_by", sa.DateTime(timezone=True), nullable=True))
    op.create_index("scope_event_participant", "scope_event", ["participant_id", "seq"])
    op.create_table(
        "scope_removal",
        sa.Column("seq", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("user_account.id"), nullable=False),
        sa.Column("participant_id", sa.String(36), nullable=False),
        sa.Column("team", sa.String(100), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("scope_removal_user_seq", "scope_removal", ["user_id", "seq"])
    op.create_index("scope_removal_user_participant", "scope_removal", ["user_id", "participant_id"])


def downgrade() -> None:
    op.drop_table("scope_removal")
    op.drop_index("scope_event_participant", table_name="scope_event")
    with op.batch_alter_table("device") as batch:
        batch.drop_column("final_push_by")
        batch.drop_column("pulled_through")
    with op.batch_alter_table("user_account") as batch:
        batch.drop_column("disabled_at")
