"""Reading the outbox: the changes made here that the server has not acknowledged yet, the batch
being sent (persisted, so a crash between send and answer resends the same batch id), and the changes
the server refused (kept whole, with the reason)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from leaddesk.domain.ids import iso, new_id, utcnow
from leaddesk.storage.codec import dumps

if TYPE_CHECKING:
    from leaddesk.storage.store import Store

_COLUMNS = (
    "seq, change_id, entity, record_id, participant_id, op, fields, clocks, base, created_at, resolves, seen"
)
IN_FLIGHT_KEY = "push_in_flight"
_IDS_PER_QUERY = 500  # bound parameters per IN (...), well inside SQLite's limit


@dataclass(frozen=True)
class OutboxEntry:
    seq: int
    change_id: str
    entity: str
    record_id: str
    participant_id: str | None
    op: str
    fields: dict[str, Any]
    clocks: dict[str, str]
    base: dict[str, str | None]
    created_at: str
    resolves: str | None = None  # the conflict this write settles (storage/conflicts.py)
    seen: str | None = None  # the record's version it was written on (merge.version_of)


class Outbox:
    def __init__(self, store: Store) -> None:
        self._store = store

    def pending(self, *, after_seq: int = 0, limit: int = 1000) -> list[OutboxEntry]:
        rows = self._store.conn.execute(
            f"SELECT {_COLUMNS} FROM sync_outbox WHERE seq > ? ORDER BY seq LIMIT ?", (after_seq, limit)
        )
        return [_entry(r) for r in rows]

    def entries(self, change_ids: Iterable[str]) -> list[OutboxEntry]:
        """The entries among `change_ids` still in the outbox, oldest first."""
        found: list[OutboxEntry] = []
        for chunk in _chunks(list(change_ids)):
            rows = self._store.conn.execute(
                f"SELECT {_COLUMNS} FROM sync_outbox WHERE change_id IN ({', '.join('?' * len(chunk))})",
                chunk,
            )
            found += [_entry(r) for r in rows]
        return sorted(found, key=lambda e: e.seq)

    def for_records(self, entity: str, record_ids: Iterable[str]) -> dict[str, list[OutboxEntry]]:
        """The unsent changes of these records of one entity, each record's oldest first."""
        found: dict[str, list[OutboxEntry]] = {}
        for chunk in _chunks(list(record_ids)):
            rows = self._store.conn.execute(
                f"SELECT {_COLUMNS} FROM sync_outbox WHERE entity = ?"
                f" AND record_id IN ({', '.join('?' * len(chunk))}) ORDER BY seq",
                [entity, *chunk],
            )
            for row in rows:
                entry = _entry(row)
                found.setdefault(entry.record_id, []).append(entry)
        return found

    def is_empty(self) -> bool:
        return self._store.conn.execute("SELECT 1 FROM sync_outbox LIMIT 1").fetchone() is None

    def participants_with_pending(self, participant_ids: Iterable[str]) -> set[str]:
        """Which of these participants have unsent changes here (work a sync must never delete)."""
        found: set[str] = set()
        for chunk in _chunks(list(participant_ids)):
            rows = self._store.conn.execute(
                "SELECT DISTINCT participant_id FROM sync_outbox"
                f" WHERE participant_id IN ({', '.join('?' * len(chunk))})",
                chunk,
            )
            found.update(r[0] for r in rows)
        return found

    def count(self) -> int:
        return int(self._store.conn.execute("SELECT count(*) FROM sync_outbox").fetchone()[0])

    def acknowledge(self, change_ids: list[str]) -> None:
        """Drop entries the server has stored; only ever called with ids the server confirmed."""
        with self._store.write() as conn:
            conn.executemany("DELETE FROM sync_outbox WHERE change_id = ?", [(c,) for c in change_ids])

    # -- the batch being sent ----------------------------------------------------------------------

    def in_flight(self) -> InFlightBatch | None:
        """The batch sent (or about to be) whose answer has not been settled; None if there is none."""
        row = self._store.conn.execute(
            "SELECT value FROM sync_state WHERE key = ?", (IN_FLIGHT_KEY,)
        ).fetchone()
        if row is None:
            return None
        data = json.loads(row[0])
        return InFlightBatch(batch_id=data["batch_id"], change_ids=tuple(data["change_ids"]))

    def start_batch(self, entries: Sequence[OutboxEntry]) -> InFlightBatch:
        """Remember a batch before sending it: after a crash it goes again under the same id, and the
        server answers a repeat with its first answer instead of applying it twice."""
        batch = InFlightBatch(batch_id=new_id(), change_ids=tuple(e.change_id for e in entries))
        with self._store.write() as conn:
            conn.execute(
                "INSERT INTO sync_state (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (
                    IN_FLIGHT_KEY,
                    json.dumps({"batch_id": batch.batch_id, "change_ids": list(batch.change_ids)}),
                ),
            )
        return batch

    def abandon_batch(self) -> None:
        """Forget the batch in flight without settling it: only for a batch the server never stored
        (it refused the whole request), so its entries can be sent again in another batch."""
        with self._store.write() as conn:
            conn.execute("DELETE FROM sync_state WHERE key = ?", (IN_FLIGHT_KEY,))

    def settle_batch(self, *, confirmed: Iterable[str], rejected: Mapping[str, str]) -> None:
        """The server's answer, in one transaction: confirmed entries leave the outbox, refused ones move
        to `sync_rejected` with their reason, and the batch is no longer in flight. Entries the answer
        does not mention stay in the outbox for the next batch."""
        refused = self.entries(rejected)
        now = iso(utcnow())
        with self._store.write() as conn:
            self.acknowledge(list(confirmed))
            conn.executemany(
                "INSERT OR REPLACE INTO sync_rejected (change_id, entity, record_id, participant_id, op,"
                " fields, clocks, base, created_at, reason, rejected_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(*_row(e), rejected[e.change_id], now) for e in refused],
            )
            self.acknowledge([e.change_id for e in refused])
            conn.execute("DELETE FROM sync_state WHERE key = ?", (IN_FLIGHT_KEY,))

    # -- refused changes ---------------------------------------------------------------------------

    def rejected(self, *, participant_id: str | None = None) -> list[RejectedChange]:
        """Changes the server refused, newest first, for a person to look at (and re-enter if need be)."""
        # sync_rejected has no seq: the entry is rebuilt with seq 0.
        sql = (
            "SELECT change_id, entity, record_id, participant_id, op, fields, clocks, base, created_at,"
            " reason, rejected_at FROM sync_rejected"
        )
        params: list[Any] = []
        if participant_id is not None:
            sql += " WHERE participant_id = ?"
            params.append(participant_id)
        rows = self._store.conn.execute(sql + " ORDER BY rejected_at DESC, change_id", params)
        return [RejectedChange(entry=_entry((0, *r[:9])), reason=r[9], rejected_at=r[10]) for r in rows]

    def dismiss_rejected(self, change_ids: Iterable[str]) -> None:
        """A person has seen these refusals and dealt with them."""
        with self._store.write() as conn:
            conn.executemany("DELETE FROM sync_rejected WHERE change_id = ?", [(c,) for c in change_ids])


@dataclass(frozen=True)
class InFlightBatch:
    batch_id: str
    change_ids: tuple[str, ...]


@dataclass(frozen=True)
class RejectedChange:
    entry: OutboxEntry
    reason: str
    rejected_at: str


def _entry(r: Sequence[Any]) -> OutboxEntry:
    return OutboxEntry(
        seq=r[0],
        change_id=r[1],
        entity=r[2],
        record_id=r[3],
        participant_id=r[4],
        op=r[5],
        fields=json.loads(r[6]),
        clocks=json.loads(r[7]),
        base=json.loads(r[8]),
        created_at=r[9],
        resolves=r[10] if len(r) > 10 else None,
        seen=r[11] if len(r) > 11 else None,
    )


def _row(e: OutboxEntry) -> tuple[Any, ...]:
    """An entry as the columns sync_rejected shares with the outbox (all but seq, resolves and seen)."""
    return (
        e.change_id,
        e.entity,
        e.record_id,
        e.participant_id,
        e.op,
        dumps(e.fields),
        dumps(e.clocks),
        dumps(e.base),
        e.created_at,
    )


def _chunks(items: list[str]) -> list[list[str]]:
    return [items[i : i + _IDS_PER_QUERY] for i in range(0, len(items), _IDS_PER_QUERY)]
