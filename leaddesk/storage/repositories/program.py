"""The program's settings and staff roster as the office server last sent them, kept in the encrypted
database (`program_settings`, `staff`: local only, never synced back). A sync replaces both whole when
the server's version differs; nothing here edits them otherwise."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING

from pydantic import ValidationError

from leaddesk.domain.ids import iso, utcnow
from leaddesk.domain.program import DEFAULT_PROGRAM, ProgramSettings, StaffMember

if TYPE_CHECKING:
    from leaddesk.storage.store import Store


class ProgramCopy:
    """This laptop's read-only copy of what the program decided for everyone."""

    def __init__(self, store: Store) -> None:
        self._store = store

    @property
    def version(self) -> str | None:
        """The server's version of what is held, or None before the first sync brought any."""
        row = self._store.conn.execute("SELECT version FROM program_settings WHERE id = 1").fetchone()
        return None if row is None else str(row[0])

    def settings(self) -> ProgramSettings:
        row = self._store.conn.execute("SELECT document FROM program_settings WHERE id = 1").fetchone()
        if row is None:
            return DEFAULT_PROGRAM
        try:
            return ProgramSettings.model_validate_json(row[0])
        except ValidationError:  # written by a newer version under rules this one cannot keep
            return DEFAULT_PROGRAM

    def roster(self) -> list[StaffMember]:
        rows = self._store.conn.execute(
            "SELECT username, display_name, role, teams, caseload_capacity, active FROM staff"
            " ORDER BY display_name COLLATE NOCASE, username"
        )
        return [
            StaffMember(
                username=r[0],
                display_name=r[1],
                role=r[2],
                teams=json.loads(r[3]),
                caseload_capacity=r[4],
                active=bool(r[5]),
            )
            for r in rows
        ]

    def replace(self, *, version: str, settings: ProgramSettings, roster: Sequence[StaffMember]) -> None:
        """Put the server's settings and roster in place of what was held, in one transaction."""
        with self._store.write() as conn:
            conn.execute(
                "INSERT INTO program_settings (id, version, document, received_at) VALUES (1, ?, ?, ?)"
                " ON CONFLICT (id) DO UPDATE SET version = excluded.version,"
                " document = excluded.document, received_at = excluded.received_at",
                (version, settings.model_dump_json(), iso(utcnow())),
            )
            conn.execute("DELETE FROM staff")
            conn.executemany(
                "INSERT INTO staff (username, display_name, role, teams, caseload_capacity, active)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (
                        m.username,
                        m.display_name,
                        m.role,
                        json.dumps(m.teams),
                        m.caseload_capacity,
                        int(m.active),
                    )
                    for m in roster
                ],
            )
