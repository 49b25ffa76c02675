"""The program's settings (one JSON document, the domain's ProgramSettings), the arrest counts imported
for disparity reporting, and each user's caseload capacity (none: the program's standard).

Existing users keep everything and start with no capacity of their own; the program starts with no
settings row, which reads as the published defaults (domain/program.py DEFAULT_PROGRAM).

Revision ID: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("user_account") as batch:
        batch.add_column(sa.Column("caseload_capacity", sa.Integer, nullable=True))
    op.create_table(
        "program_settings",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("document", sa.Text, nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "arrest_count",
        sa.Column("period_start", sa.Date, primary_key=True),
        sa.Column("period_end", sa.Date, primary_key=True),
        sa.Column("precinct", sa.String(200), primary_key=True),
        sa.Column("race_ethnicity", sa.String(60), primary_key=True),
        sa.Column("arrests", sa.Integer, nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("arrest_count")
    op.drop_table("program_settings")
    with op.batch_alter_table("user_account") as batch:
        batch.drop_column("caseload_capacity")
