"""The global change sequence that pull cursors count on, handed out so no cursor can skip a change.

Why it is serialised (DESIGN.md §4 point 5). A device stores "I have everything up to N" and next asks for
seq > N. If push A took seq 7 and push B took seq 8, and B committed first, a pull in between would see 8,
store cursor 8, and never ask for 7 once A commits. A database sequence (nextval) behaves exactly like
that. So every transaction that hands out seqs first locks the one counter row (`SELECT … FOR UPDATE` on
PostgreSQL) and keeps the lock until it commits: the next writer cannot take a seq until the previous one
has committed, so commits happen in seq order and every seq a reader can see has all smaller ones
committed before it. SQLite has a single writer anyway; the push transaction starts with BEGIN IMMEDIATE
(see `db.transaction`), which takes that write lock before the first read.

A pull reads the counter first and then serves only seq <= that value, so even under READ COMMITTED
(where each statement sees a fresh snapshot) it never serves a seq beyond what it knows to be complete.

The price is that pushes run one at a time. A LEAD program has tens of laptops, not thousands, and a
batch of a few thousand changes takes well under a second, so that is the right trade.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import select, update
from sqlalchemy.engine import Connection

from leaddesk.server.db import SEQ_COUNTER, counter, transaction


class Sequence:
    """The next seqs of one push; built inside a transaction that holds the counter lock."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        # FOR UPDATE renders as nothing on SQLite, where BEGIN IMMEDIATE already holds the lock.
        self.value: int = conn.execute(
            select(counter.c.value).where(counter.c.name == SEQ_COUNTER).with_for_update()
        ).scalar_one()
        self._start = self.value

    def next(self) -> int:
        self.value += 1
        return self.value

    def save(self) -> None:
        if self.value != self._start:
            self._conn.execute(update(counter).where(counter.c.name == SEQ_COUNTER).values(value=self.value))


@contextmanager
def sequenced(conn: Connection) -> Iterator[Sequence]:
    """A write transaction holding the sequence lock until it commits; seqs are saved on the way out."""
    with transaction(conn, write=True):
        seq = Sequence(conn)
        yield seq
        seq.save()


def latest_seq(conn: Connection) -> int:
    """The highest seq committed; every smaller one is committed too (see the module's docstring)."""
    return int(conn.execute(select(counter.c.value).where(counter.c.name == SEQ_COUNTER)).scalar_one())
