"""The device's physical floor for a first sync: the rows a new laptop ends up holding, already encoded,
inserted into an empty encrypted store the way pulled pages are (multi-row INSERTs, a transaction of a
page's 5,000 rows, not fsynced, the full-text triggers firing). Nothing is fetched, parsed, validated or
encoded: what is left is the table, its indexes, FTS5 and SQLCipher's encrypting and writing pages.
`sync_initial` is reported as a ratio to it (at most 1.5x) and in records per second.

The rows are read from the store the first sync filled, a page at a time, outside the time taken; each
table's rows go together, in the order they were stored (a pulled page mixes tables: this is the
floor's kinder case)."""

from __future__ import annotations

import time
from pathlib import Path

from leaddesk.domain import SYNCED_MODELS
from leaddesk.storage.codec import table_for
from leaddesk.storage.kdf import KdfParams
from leaddesk.storage.profile import create_profile
from leaddesk.storage.row_encoding import MAX_PARAMS
from leaddesk.storage.store import Store
from leaddesk.sync.protocol import MAX_PAGE

PASSPHRASE = "benchmark floor passphrase"


def insert_floor(source: Store, folder: Path) -> tuple[float, int]:
    """(seconds, rows): every synced row of `source` inserted into a new encrypted profile in `folder`."""
    cheap = KdfParams(memory_cost=8, iterations=1, lanes=1)  # never reopened: the KDF is not measured
    target = create_profile("Floor Device", PASSPHRASE, home=folder, kdf=cheap).store
    seconds, rows = 0.0, 0
    try:
        for model in SYNCED_MODELS:
            table = table_for(model)
            columns = [*table.columns, "field_clocks"]
            per_insert = max(1, MAX_PARAMS // len(columns))
            one = "(" + ", ".join("?" * len(columns)) + ")"
            head = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES "
            found = source.conn.execute(f"SELECT {', '.join(columns)} FROM {table.name} ORDER BY rid")
            while page := found.fetchmany(MAX_PAGE):
                start = time.perf_counter()
                with target.write(durable=False) as conn:
                    for at in range(0, len(page), per_insert):
                        chunk = page[at : at + per_insert]
                        conn.execute(head + ", ".join([one] * len(chunk)), [v for row in chunk for v in row])
                seconds += time.perf_counter() - start
                rows += len(page)
    finally:
        target.close(audit=False)
    return seconds, rows
