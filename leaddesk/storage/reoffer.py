"""What this laptop gives back to an office server restored from a backup older than its last sync.

Such a server has lost what every laptop pushed after the backup, and its sequence starts again below
the cursors laptops hold, so it refuses their pulls (`server_behind`). The laptop then pulls everything
again from 0 in a re-offer pass, and while it does, it gives back what it wrote that the server no longer
holds, rather than let the server's older state replace it here:

- a field of a record the server sends whose value here is this laptop's own write, with a stamp the
  server does not hold: queued for the server again. Its base is the server's stamp where ours is the
  later one (it was written over that value, which the server applies without a conflict); otherwise the
  two are concurrent and the server keeps one and returns the other as a conflict for a person to settle.
- a record the server never sends, holding a field this laptop wrote: queued again as a create.

Fields that still have an unsent change here are left to it (it is the newer write). Writes of other
laptops are not re-offered from here: each laptop gives back its own when it meets the restored server.

An enrolment of a laptop that already holds records starts such a pass too (SyncState.save_enrolment):
a laptop enrolled after the backup is unknown to the restored server, and is enrolled again.

The pass keeps the records the server sent (`sync_reoffer_seen`) and its mark (sync_state's `REOFFER`)
in the database, so a pass cut short by a crash or a cancel resumes from the saved cursor at the next
sync.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from leaddesk.domain import MODEL_BY_ENTITY
from leaddesk.domain.merge import version_of
from leaddesk.storage import field_clocks
from leaddesk.storage.changes import append_outbox
from leaddesk.storage.codec import Table, table_for
from leaddesk.storage.database import Connection
from leaddesk.storage.repositories.outbox import OutboxEntry
from leaddesk.storage.row_decoding import row_decoder

_DEVICE_AT = 17  # an encoded stamp's device id follows its 16 hex digits and "-" (Stamp.encode)


def own_writes_missing(
    here: Mapping[str, str], server: Mapping[str, str], *, device: str, unsent: Iterable[str] = ()
) -> dict[str, str | None]:
    """The fields whose stamp here is `device`'s own write and not the server's, each with the base to
    offer it on: the server's stamp where ours is later (encoded stamps sort as stamps do), else None."""
    left_to_unsent = set(unsent)
    missing: dict[str, str | None] = {}
    for name, stamp in here.items():
        theirs = server.get(name)
        if stamp == theirs or stamp[_DEVICE_AT:] != device or name in left_to_unsent:
            continue
        if theirs is not None and theirs[_DEVICE_AT:] == device and theirs > stamp:
            continue  # the server holds a later write of ours: nothing lost
        missing[name] = theirs if theirs is None or stamp > theirs else None
    return missing


class ReofferPass:
    """One pulled page's share of a re-offer pass, inside the page's transaction."""

    def __init__(self, conn: Connection, *, device: str) -> None:
        self.conn = conn
        self.device = device
        self.offered = 0  # changes queued by this page

    def seen(self, records: Sequence[Any]) -> None:
        """The page's records: the server holds them (the final pass leaves them alone)."""
        self.conn.executemany(
            "INSERT OR IGNORE INTO sync_reoffer_seen (entity, record_id) VALUES (?, ?)",
            [(r.entity, r.record_id) for r in records],
        )

    def offer(
        self,
        table: Table[Any],
        row: Sequence[Any],
        server: Mapping[str, str],
        *,
        participant_id: str | None,
        unsent: Sequence[OutboxEntry],
    ) -> OutboxEntry | None:
        """Queue what this laptop wrote of the local `row` that the server's record (its `server` clocks)
        lacks; the queued change, to merge over the server's record as any unsent change is."""
        here = field_clocks.decode(table.name, row[-1])
        missing = own_writes_missing(
            here, server, device=self.device, unsent={f for e in unsent for f in e.fields}
        )
        if not missing:
            return None
        values = row_decoder(table)(row).model_dump(mode="json", include=set(missing))
        self.offered += 1
        return _queue(
            self.conn,
            entity=table.name,
            record_id=str(row[table.columns.index("id")]),
            participant_id=participant_id,
            op="update",
            fields=values,
            clocks={f: here[f] for f in missing},
            base=missing,
            seen=version_of(server),
        )


def _queue(conn: Connection, **change: Any) -> OutboxEntry:
    """An outbox entry queued in `conn`'s transaction, as the outbox will give it back."""
    return OutboxEntry(seq=0, change_id=append_outbox(conn, **change), created_at="", **change)


def finish_pass(conn: Connection, *, device: str) -> int:
    """The end of a re-offer pass: every record here that the server did not send and that holds a field
    this laptop wrote goes up again as a create (all its fields, as they are here). Clears the pass.
    Returns the number of changes queued."""
    offered = 0
    for entity, model in MODEL_BY_ENTITY.items():
        table = table_for(model)
        decode = row_decoder(table)
        rows = conn.execute(
            f"SELECT {', '.join(table.columns)}, field_clocks FROM {table.name}"
            " WHERE id NOT IN (SELECT record_id FROM sync_reoffer_seen WHERE entity = ?)"
            " AND id NOT IN (SELECT record_id FROM sync_outbox WHERE entity = ?)",  # its create is unsent
            (entity, entity),
        ).fetchall()
        for row in rows:
            clocks = field_clocks.decode(table.name, row[-1])
            if not own_writes_missing(clocks, {}, device=device):
                continue
            fields = decode(row).model_dump(mode="json", include=set(clocks))
            _queue(
                conn,
                entity=entity,
                record_id=str(row[table.columns.index("id")]),
                participant_id=row[table.columns.index(table.owner_column)],
                op="create",
                fields=fields,
                clocks=clocks,
                base=dict.fromkeys(clocks),
            )
            offered += 1
    conn.execute("DELETE FROM sync_reoffer_seen")
    return offered
