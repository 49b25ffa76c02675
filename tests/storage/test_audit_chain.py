"""The device's audit chain: every event is written chained to the one before it (the first to a genesis
that names the device), a change or a removal in the local table shows in the check, and a profile from
before the chain gets its old events chained, in order, at its first write after the upgrade."""

from __future__ import annotations

import itertools
import os
from pathlib import Path

from leaddesk.domain import Participant
from leaddesk.domain.audit_chain import check_chain, genesis_hash
from leaddesk.domain.enums import AuditAction
from leaddesk.storage.audit_chain import NewEvent, append_chained, unshipped
from leaddesk.storage.database import DB_FILE, KEY_BYTES, connect
from leaddesk.storage.schema import bundled_migrations, migrate
from leaddesk.storage.store import Store


def test_events_chain_from_the_devices_genesis_and_a_change_breaks_the_chain(store: Store) -> None:
    store.repos.participants.create(Participant(first_name="Ada", last_name="Vell", team_id="north"))
    store.audit_event(AuditAction.VIEW, entity="participant", detail="opened")
    rows = store.conn.execute("SELECT seq, prev_hash, hash FROM audit_event ORDER BY seq").fetchall()

    assert len(rows) >= 2
    assert rows[0][1] == genesis_hash(store.device_id)
    assert all(later[1] == earlier[2] for earlier, later in itertools.pairwise(rows))
    assert store.repos.audit.check_chain().breaks == ()

    store.conn.execute("UPDATE audit_event SET detail = 'edited' WHERE seq = ?", (rows[1][0],))

    [found] = store.repos.audit.check_chain().breaks
    assert found.position == rows[1][0]
    assert "changed" in found.problem


def test_removing_an_event_names_the_place(store: Store) -> None:
    for n in range(4):
        store.audit_event(AuditAction.VIEW, detail=str(n))
    seqs = [r[0] for r in store.conn.execute("SELECT seq FROM audit_event ORDER BY seq")]

    store.conn.execute("DELETE FROM audit_event WHERE seq = ?", (seqs[2],))

    [found] = store.repos.audit.check_chain().breaks
    assert found.position == seqs[3]
    assert "removed" in found.problem


def test_events_from_before_the_chain_are_chained_in_order_at_the_first_write(tmp_path: Path) -> None:
    path = tmp_path / "profile" / DB_FILE
    conn = connect(path, os.urandom(KEY_BYTES))
    device = "0b5e1c2d-0000-4000-8000-0000000000aa"
    try:
        migrate(conn, db_path=path, migrations=[m for m in bundled_migrations() if m.version <= 10])
        for n in range(3):
            conn.execute(
                "INSERT INTO audit_event (id, at, user, device, action, entity, entity_id, participant_id,"
                " detail) VALUES (?, '2025-02-03T18:05:00.000000Z', 'casey', ?, 'view', '', '', '', ?)",
                (f"old-{n}", device, f"old {n}"),
            )
        migrate(conn, db_path=path)
        assert [r[0] for r in conn.execute("SELECT hash FROM audit_event")] == ["", "", ""]

        conn.execute("BEGIN IMMEDIATE")
        seq = append_chained(
            conn,
            NewEvent(
                event_id="new-1",
                at="2026-03-01T09:00:00.000000Z",
                user="casey",
                device=device,
                action="unlock",
                entity="",
                entity_id="",
                participant_id="",
                detail="passphrase",
            ),
        )
        conn.execute("COMMIT")

        events = unshipped(conn, limit=10)
        assert seq == 4
        assert [e.link.event_id for e in events] == ["old-0", "old-1", "old-2", "new-1"]
        assert events[0].prev_hash == genesis_hash(device)
        assert all(b.prev_hash == a.hash for a, b in itertools.pairwise(events))
        assert check_chain(device, events, start_hash=genesis_hash(device)).breaks == ()
    finally:
        conn.close()
