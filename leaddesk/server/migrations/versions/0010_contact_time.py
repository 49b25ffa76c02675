"""Each live contact's time in a column of its own (record.occurred_at, in the stored form), indexed with
the entity and participant, so a report reads a period's contacts from the index alone rather than
parsing every contact the program ever recorded.

Contacts stored before this revision get theirs here, from their fields, as the record writer now
sets it.

Revision ID: 0010
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

from leaddesk.server.records import CONTACT, contact_time

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_BATCH = 5_000


def upgrade() -> None:
    op.add_column("record", sa.Column("occurred_at", sa.String(27), nullable=True))
    _fill_existing_contacts()
    only_contacts = sa.text("occurred_at IS NOT NULL")  # no entry for any other record
    op.create_index(
        "record_occurred",
        "record",
        ["entity", "occurred_at", "participant_id"],
        sqlite_where=only_contacts,
        postgresql_where=only_contacts,
    )


def _fill_existing_contacts() -> None:
    bind = op.get_bind()
    record = sa.table(
        "record", sa.column("entity"), sa.column("record_id"), sa.column("fields"), sa.column("occurred_at")
    )
    after = ""
    while True:
        rows = bind.execute(
            sa.select(record.c.record_id, record.c.fields)
            .where(record.c.entity == CONTACT, record.c.record_id > after)
            .order_by(record.c.record_id)
            .limit(_BATCH)
        ).all()
        if not rows:
            return
        times = []
        for record_id, text in rows:
            fields = json.loads(text)
            at = None if fields.get("deleted") else contact_time(fields.get("occurred_at"))
            if at is not None:
                times.append({"r": record_id, "t": at})
        if times:
            bind.execute(
                record.update()
                .where(record.c.entity == CONTACT, record.c.record_id == sa.bindparam("r"))
                .values(occurred_at=sa.bindparam("t")),
                times,
            )
        after = rows[-1][0]


def downgrade() -> None:
    op.drop_index("record_occurred", table_name="record")
    with op.batch_alter_table("record") as batch:
        batch.drop_column("occurred_at")
