"""What the program has decided for everyone (its settings and its staff roster), as this laptop last
had it from the office server; read-only here. Until the first sync brings them, the published
defaults (domain/program.py) and an empty roster."""

from __future__ import annotations

from leaddesk.desk.base import UseCases
from leaddesk.domain.program import ProgramSettings, StaffMember


class Program(UseCases):
    def settings(self) -> ProgramSettings:
        """The settings the last sync brought (the defaults before the first)."""
        return self._store.repos.program.settings()

    def roster(self) -> list[StaffMember]:
        """The staff this laptop's user works with, by display name (empty before the first sync)."""
        return self._store.repos.program.roster()

    def display_name(self, username: str) -> str:
        """How screens name a user a record stores by username (a participant's case manager): their
        display name from the roster, or the username itself for someone not on it."""
        if not username:
            return ""
        found = next((m for m in self._store.repos.program.roster() if m.username == username), None)
        return found.display_name if found is not None else username
