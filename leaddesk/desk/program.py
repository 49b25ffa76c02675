"""What the program has decided for everyone (its settings and its staff roster), as this laptop last
had it from the office server; read-only here. Until the first sync brings them, the published
defaults (domain/program.py) and an empty roster."""

from __future__ import annotations

from leaddesk.desk.base import UseCases
from leaddesk.domain.program import DEFAULT_PROGRAM, ProgramSettings, StaffMember


class Program(UseCases):
    def settings(self) -> ProgramSettings:
        # Issue 13: replaced by the settings the last sync brought (stored locally, read-only).
        return DEFAULT_PROGRAM

    def roster(self) -> list[StaffMember]:
        # Issue 13: replaced by the staff the last sync brought.
        return []
