"""The first schema: teams, users, devices, enrolment codes, records with their sequence, scope events,
push batches, the audit trail and attachment bytes.

Written out column by column rather than from `db.metadata`, so this version stays what it was when
later versions change the tables.

Revision ID: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _at(name: str, *, nullable: bool = False) -> sa.Column[object]:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table("team", sa.Column("name", sa.String(100), primary_key=True), _at("created_at"))
    op.create_table(
        "user_account",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("username", sa.String(100), nullable=False, unique=True),
        sa.Column("display_name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        _at("created_at"),
    )
    op.create_table(
        "membership",
        sa.Column("user_id", sa.Integer, sa.ForeignKey("user_account.id"), primary_key=True),
        sa.Column("team", sa.String(100), sa.ForeignKey("team.name"), primary_key=True),
    )
    op.create_table(
        "device",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("user_account.id"), nullable=False, index=True),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False),
        _at("enrolled_at"),
        _at("last_seen", nullable=True),
        sa.Column("pending", sa.Integer, nullable=False),
        sa.Column("app_version", sa.String(200), nullable=False),
        _at("revoked_at", nullable=True),
        sa.Column("revoke_mode", sa.String(20), nullable=True),
    )
    op.create_table(
        "enrolment_code",
        sa.Column("code_hash", sa.String(64), primary_key=True),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("user_account.id"), nullable=False),
        sa.Column("device_name", sa.String(100), nullable=False),
        _at("created_at"),
        _at("expires_at"),
        _at("used_at", nullable=True),
        sa.Column("device_id", sa.String(36), nullable=True),
    )
    op.create_table(
        "record",
        sa.Column("entity", sa.String(40), primary_key=True),
        sa.Column("record_id", sa.String(36), primary_key=True),
        sa.Column("participant_id", sa.String(36), nullable=True, index=True),
        sa.Column("team", sa.String(100), nullable=False),
        sa.Column("fields", sa.Text, nullable=False),
        sa.Column("clocks", sa.Text, nullable=False),
        sa.Column("seq", sa.BigInteger, nullable=False, unique=True),
        _at("updated_at"),
        sa.Column("attachment_sha256", sa.String(64), nullable=True, index=True),
    )
    op.create_index("record_team_seq", "record", ["team", "seq"])
    op.create_table(
        "scope_event",
        sa.Column("seq", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("participant_id", sa.String(36), nullable=False),
        sa.Column("old_team", sa.String(100), nullable=False),
        sa.Column("new_team", sa.String(100), nullable=False),
        _at("at"),
    )
    op.create_table(
        "push_batch",
        sa.Column("batch_id", sa.String(36), primary_key=True),
        sa.Column("device_id", sa.String(36), nullable=False),
        sa.Column("response", sa.Text, nullable=False),
        _at("received_at"),
    )
    counter = op.create_table(
        "counter",
        sa.Column("name", sa.String(40), primary_key=True),
        sa.Column("value", sa.BigInteger, nullable=False),
    )
    op.bulk_insert(counter, [{"name": "seq", "value": 0}])
    op.create_table(
        "audit",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        _at("at"),
        sa.Column("actor", sa.String(100), nullable=False),
        sa.Column("device", sa.String(36), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("entity", sa.String(40), nullable=False),
        sa.Column("entity_id", sa.String(100), nullable=False),
        sa.Column("participant_id", sa.String(36), nullable=False),
        sa.Column("detail", sa.String(500), nullable=False),
    )
    op.create_index("ix_audit_at", "audit", ["at"])
    op.create_table(
        "attachment_blob",
        sa.Column("sha256", sa.String(64), primary_key=True),
        sa.Column("content", sa.LargeBinary, nullable=False),
        sa.Column("size", sa.BigInteger, nullable=False),
        _at("stored_at"),
    )


def downgrade() -> None:
    for name in (
        "attachment_blob",
        "audit",
        "counter",
        "push_batch",
        "scope_event",
        "record",
        "enrolment_code",
        "device",
        "membership",
        "user_account",
        "team",
    ):
        op.drop_table(name)
