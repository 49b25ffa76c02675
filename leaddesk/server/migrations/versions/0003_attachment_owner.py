"""Attachment bytes belong to participants: `attachment_owner` records which participant a file was uploaded
for and by which device, so a device can fetch only files uploaded for participants it may see, and a
quota can be kept per device. `attachment_blob.stored_at` is indexed for garbage collection.

Files already stored are given to the participants whose live attachment records name them (device ""):
what the server held before cannot say who uploaded what, and a download that worked before keeps working.

Revision ID: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "attachment_owner",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("participant_id", sa.String(36), primary_key=True),
        sa.Column("device_id", sa.String(36), primary_key=True),
        sa.Column("size", sa.BigInteger, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_attachment_owner_device_id", "attachment_owner", ["device_id"])
    op.create_index("ix_attachment_blob_stored_at", "attachment_blob", ["stored_at"])
    op.execute(
        "INSERT INTO attachment_owner (sha256, participant_id, device_id, size, at)"
        " SELECT DISTINCT r.attachment_sha256, r.participant_id, '', b.size, b.stored_at"
        " FROM record r JOIN attachment_blob b ON b.sha256 = r.attachment_sha256"
        " WHERE r.attachment_sha256 IS NOT NULL AND r.participant_id IS NOT NULL"
    )


def downgrade() -> None:
    op.drop_index("ix_attachment_blob_stored_at", table_name="attachment_blob")
    op.drop_index("ix_attachment_owner_device_id", table_name="attachment_owner")
    op.drop_table("attachment_owner")
