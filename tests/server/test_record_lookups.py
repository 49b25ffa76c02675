"""The server's record lookups stay index lookups: a push batch reads its records by primary key, never
by scanning the table, which for a county's caseload would cost a second per batch."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import event

from leaddesk.server import records
from leaddesk.server.db import make_engine
from leaddesk.server.migrate import upgrade


def test_loading_a_batchs_records_uses_the_primary_key(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'server.db'}")
    upgrade(engine)
    statements: list[tuple[str, object]] = []

    @event.listens_for(engine, "before_cursor_execute")
    def _seen(_conn, _cursor, statement, parameters, _context, _executemany) -> None:
        statements.append((statement, parameters))

    keys = [("note", f"0190e030-0000-7000-8000-{i:012x}") for i in range(600)]
    keys += [("participant", "0190e030-0000-7000-8000-00000000beef")]
    with engine.connect() as conn:
        assert records.load_many(conn, keys=keys) == {}
        event.remove(engine, "before_cursor_execute", _seen)
        plans = [
            " ".join(str(step[-1]) for step in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params))
            for sql, params in statements
            if "FROM record" in sql
        ]
    engine.dispose()
    assert len(plans) == 3  # notes in two chunks, participants in one
    assert all("USING INDEX sqlite_autoindex_record_1" in plan for plan in plans), plans
    assert not any("SCAN record" in plan for plan in plans), plans
