"""The audit trail becomes verifiable: the server's own events form a hash chain (position, prev_hash,
hash; their detail becomes unbounded text, for a pull's participant ids), each device's audit events are
kept as the device chained them (device_audit), and each chain's newest link and checkpoint are kept
apart (audit_chain).

Events written before this revision are chained here, oldest first, so the whole trail verifies.

Revision ID: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from leaddesk.domain.audit_chain import SERVER_CHAIN, ChainLink, genesis_hash, link_hash
from leaddesk.server.db import UtcDateTime

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit") as batch:
        batch.alter_column("detail", type_=sa.Text, existing_type=sa.String(500), existing_nullable=False)
        batch.add_column(sa.Column("position", sa.BigInteger, nullable=True))
        batch.add_column(sa.Column("prev_hash", sa.String(64), nullable=True))
        batch.add_column(sa.Column("hash", sa.String(64), nullable=True))
    op.create_table(
        "audit_chain",
        sa.Column("chain", sa.String(64), primary_key=True),
        sa.Column("position", sa.BigInteger, nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.Column("start_position", sa.BigInteger, nullable=False),
        sa.Column("start_hash", sa.String(64), nullable=False),
        sa.Column("refused_seq", sa.BigInteger, nullable=True),
    )
    _chain_existing_events()
    with op.batch_alter_table("audit") as batch:
        batch.alter_column("position", existing_type=sa.BigInteger, nullable=False)
        batch.alter_column("prev_hash", existing_type=sa.String(64), nullable=False)
        batch.alter_column("hash", existing_type=sa.String(64), nullable=False)
        batch.create_unique_constraint("uq_audit_position", ["position"])
    op.create_table(
        "device_audit",
        sa.Column("chain", sa.String(36), primary_key=True),
        sa.Column("seq", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("device_id", sa.String(36), nullable=False, index=True),
        sa.Column("event_id", sa.String(64), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False, index=True),
        sa.Column("user", sa.String(200), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("entity", sa.String(100), nullable=False),
        sa.Column("entity_id", sa.String(100), nullable=False),
        sa.Column("participant_id", sa.String(100), nullable=False, index=True),
        sa.Column("detail", sa.String(500), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
    )


def _chain_existing_events() -> None:
    bind = op.get_bind()
    table = sa.table(
        "audit",
        sa.column("id", sa.Integer),
        sa.column("at", UtcDateTime()),
        *(sa.column(name, sa.Text) for name in ("actor", "device", "action", "entity", "entity_id")),
        *(sa.column(name, sa.Text) for name in ("participant_id", "detail", "prev_hash", "hash")),
        sa.column("position", sa.BigInteger),
    )
    prev = genesis_hash(SERVER_CHAIN)
    position = 0
    for row in bind.execute(sa.select(table).order_by(table.c.id)).all():
        position += 1
        link = ChainLink(
            position=position,
            event_id="",
            at=row.at,
            user=row.actor,
            device=row.device,
            action=row.action,
            entity=row.entity,
            entity_id=row.entity_id,
            participant_id=row.participant_id,
            detail=row.detail,
        )
        own = link_hash(link, prev_hash=prev)
        bind.execute(
            sa.update(table).where(table.c.id == row.id).values(position=position, prev_hash=prev, hash=own)
        )
        prev = own
    bind.execute(
        sa.insert(
            sa.table(
                "audit_chain",
                *(sa.column(n) for n in ("chain", "position", "hash")),
                sa.column("start_position"),
                sa.column("start_hash"),
            )
        ).values(
            chain=SERVER_CHAIN,
            position=position,
            hash=prev,
            start_position=0,
            start_hash=genesis_hash(SERVER_CHAIN),
        )
    )


def downgrade() -> None:
    op.drop_table("device_audit")
    op.drop_table("audit_chain")
    with op.batch_alter_table("audit") as batch:
        batch.drop_constraint("uq_audit_position", type_="unique")
        batch.drop_column("hash")
        batch.drop_column("prev_hash")
        batch.drop_column("position")
        batch.alter_column("detail", type_=sa.String(500), existing_type=sa.Text, existing_nullable=False)
