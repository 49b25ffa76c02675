"""The laptop's copy of the program's settings and roster (client migration 0008): a database of before
upgrades keeping its records and reads as the defaults; a copy is replaced whole, never goes into the
outbox, and one this version cannot read falls back to the defaults rather than stopping the screens."""

from __future__ import annotations

import os
from pathlib import Path

from leaddesk.domain import Participant
from leaddesk.domain.program import DEFAULT_PROGRAM, StaffMember
from leaddesk.storage.database import DB_FILE, KEY_BYTES, connect
from leaddesk.storage.schema import bundled_migrations, migrate
from leaddesk.storage.store import Store

CASEY = StaffMember(username="casey", display_name="Casey Morgan", role="case_manager", teams=["north"])
SAM = StaffMember(username="sam", display_name="Sam Ortiz", role="case_manager", teams=["south"])


def test_a_database_of_before_upgrades_with_an_empty_copy(tmp_path: Path) -> None:
    path = tmp_path / "profile" / DB_FILE
    conn = connect(path, os.urandom(KEY_BYTES))
    try:
        migrate(conn, db_path=path, migrations=[m for m in bundled_migrations() if m.version <= 7])
        conn.execute("INSERT INTO settings (key, value) VALUES ('overdue_days', '9')")
        conn.commit()

        migrate(conn, db_path=path)

        assert conn.execute("SELECT count(*) FROM program_settings").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM staff").fetchone()[0] == 0
        assert conn.execute("SELECT value FROM settings").fetchall() == [("9",)]
    finally:
        conn.close()


def test_a_copy_is_replaced_whole_and_never_sent(store: Store, participant: Participant) -> None:
    copy = store.repos.program
    assert (copy.version, copy.settings(), copy.roster()) == (None, DEFAULT_PROGRAM, [])
    waiting = store.repos.outbox.count()
    copy.replace(
        version="a" * 32, settings=DEFAULT_PROGRAM.with_changes(caseload_standard=12), roster=[SAM, CASEY]
    )

    copy.replace(version="b" * 32, settings=DEFAULT_PROGRAM, roster=[SAM])

    assert (copy.version, copy.settings(), copy.roster()) == ("b" * 32, DEFAULT_PROGRAM, [SAM])
    assert store.repos.outbox.count() == waiting


def test_a_copy_this_version_cannot_read_gives_the_defaults(store: Store) -> None:
    store.repos.program.replace(version="a" * 32, settings=DEFAULT_PROGRAM, roster=[CASEY])
    with store.write() as conn:  # as a newer version might have left it: a standard above its maximum
        conn.execute("UPDATE program_settings SET document = json_set(document, '$.caseload_standard', 90)")

    assert store.repos.program.settings() == DEFAULT_PROGRAM
