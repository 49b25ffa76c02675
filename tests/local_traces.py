"""What a laptop still holds about someone: every row of every table of its database (full-text index
pages and attachment bytes included) searched for words, ids and file contents. Used after a removal,
by tests/sync and tests/e2e."""

from __future__ import annotations

from leaddesk.storage.store import Store

BOOKKEEPING = frozenset({"audit_event", "sync_log", "sync_state"})


def traces(store: Store, needles: list[str], blobs: tuple[bytes, ...] = ()) -> dict[str, set[str]]:
    """Which of `needles` (text, case-insensitive) and `blobs` any row of any table holds, by table.
    The device's own bookkeeping is left out: the audit trail, the sync log and the last sync's summary
    name records by id only (what was removed, when, by whom), never their contents, and stay by design."""
    found: dict[str, set[str]] = {}
    tables = [
        r[0]
        for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        if r[0] not in BOOKKEEPING
    ]
    for table in tables:
        for row in store.conn.execute(f'SELECT * FROM "{table}"'):
            for value in row:
                if isinstance(value, bytes | memoryview):
                    data = bytes(value)
                    hits = {n for n in needles if n.lower().encode() in data.lower()}
                    hits |= {repr(b[:12]) for b in blobs if b in data}
                elif isinstance(value, str):
                    hits = {n for n in needles if n.lower() in value.lower()}
                else:
                    continue
                if hits:
                    found.setdefault(table, set()).update(hits)
    return found
