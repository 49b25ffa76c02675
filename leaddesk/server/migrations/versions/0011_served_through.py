"""Each device's highest page end the server has handed it (`device.served_through`): a laptop asking
from a cursor beyond it holds a cursor this database never gave it, which happens when the database has
been restored from a backup taken before the laptop's last sync. The pull refuses it (`server_behind`)
and the laptop fetches everything again, rather than skip what is written after the restore under seqs
it believes it has seen.

Devices enrolled before this revision start without it (NULL): their next pull sets it.

Revision ID: 0011
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("device") as batch:
        batch.add_column(sa.Column("served_through", sa.BigInteger, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("device") as batch:
        batch.drop_column("served_through")
