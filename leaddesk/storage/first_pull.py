"""How a new laptop's first pull writes hundreds of thousands of records into an empty store faster than
everyday writes would (storage/replica.py uses these): the write-ahead log folded into the database less
often while its pages are written, and the search index built in one pass at its end, in a few large
segments. Everyday settings are back after each."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from leaddesk.storage.database import Connection
from leaddesk.storage.store import Store

# Pages of write-ahead log between folds into the database: SQLite's default, and while a first pull
# writes. A page of the B-trees that every commit touches is then copied once per fold, not once per
# commit. Applying the full caseload's pages alone: 11.4 s against 13.1-13.8 s, with at most 80 MiB of
# log on disk, folded in and removed when the profile is locked.
CHECKPOINT_PAGES = 1_000
BULK_CHECKPOINT_PAGES = 20_000

# FTS5's settings while the search index is built in one pass, and its own defaults restored after it
# (fts5_config.c): no merging on the way (automerge 0, and no forced "crisis" merge of a level with 16
# segments, which the full caseload's notes reached and which took a quarter of the build), and 32 MiB
# of terms held before a segment is written (1 MiB by default), so the index is left in a few large
# segments that search as fast as merged ones. Measured on the full caseload's 250,000 notes: 2.4 s
# against 3.1-3.3 s with automerge 0 alone, ten searches the same.
FTS_BUILD = {"automerge": 0, "crisismerge": 1_000, "hashsize": 32 * 2**20}
FTS_DEFAULTS = {"automerge": 4, "crisismerge": 16, "hashsize": 2**20}


@contextmanager
def folding_less_often(store: Store) -> Iterator[None]:
    """The log folded every BULK_CHECKPOINT_PAGES pages on `store`'s connection, SQLite's setting back
    after it however it ends."""
    store.conn.execute(f"PRAGMA wal_autocheckpoint = {BULK_CHECKPOINT_PAGES}")
    try:
        yield
    finally:
        if store.is_open:  # a lost laptop's profile is gone by now
            store.conn.execute(f"PRAGMA wal_autocheckpoint = {CHECKPOINT_PAGES}")


def build_search_index(conn: Connection, indexes: Iterable[str]) -> None:
    """Each FTS5 index built whole from its table (FTS_BUILD), FTS5's defaults back after; later writes
    merge its segments as they come, as FTS5 does by default."""
    for index in indexes:
        _set(conn, index, FTS_BUILD)
        conn.execute(f"INSERT INTO {index} ({index}) VALUES ('rebuild')")
        _set(conn, index, FTS_DEFAULTS)


def _set(conn: Connection, index: str, settings: dict[str, int]) -> None:
    for key, value in settings.items():
        conn.execute(f"INSERT INTO {index} ({index}, rank) VALUES (?, ?)", (key, value))
