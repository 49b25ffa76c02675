"""What the program has decided for everyone (its settings and its staff roster), as this laptop last
had it from the office server; read-only here. Until the first sync brings them, the published
defaults (domain/program.py) and an empty roster."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from leaddesk.desk.base import UseCases
from leaddesk.domain.program import ProgramSettings, StaffMember
from leaddesk.storage.repositories.participants import CaseloadRow
from leaddesk.storage.sync_state import SyncState


class Program(UseCases):
    def settings(self) -> ProgramSettings:
        """The settings the last sync brought (the defaults before the first)."""
        return self._store.repos.program.settings()

    def roster(self) -> list[StaffMember]:
        """The staff this laptop's user works with, by display name (empty before the first sync)."""
        return self._store.repos.program.roster()

    def my_names(self) -> frozenset[str]:
        """What a record's case manager field holds when it is this laptop's user: their username from
        the enrolment, and (records written before case managers were named by username) their display
        name and the profile's name."""
        enrolment = SyncState(self._store).enrolment
        names = {self._store.user}
        if enrolment is not None:
            names |= {enrolment.user.username, enrolment.user.display_name}
        return frozenset(n for n in names if n)

    def me(self) -> str:
        """The username this laptop's user has on the roster (the profile's name before enrolment)."""
        enrolment = SyncState(self._store).enrolment
        return enrolment.user.username if enrolment is not None else self._store.user

    def display_names(self) -> Callable[[str], str]:
        """`display_name` for many records at once (one roster read)."""
        names = {m.username: m.display_name for m in self.roster()}
        return lambda username: names.get(username, username)

    def named(self, rows: Iterable[CaseloadRow]) -> list[CaseloadRow]:
        """Caseload rows with the case manager shown by name, as every screen shows them."""
        show = self.display_names()
        return [replace(r, case_manager=show(r.case_manager)) for r in rows]

    def display_name(self, username: str) -> str:
        """How screens name a user a record stores by username (a participant's case manager): their
        display name from the roster, or the username itself for someone not on it."""
        if not username:
            return ""
        found = next((m for m in self.roster() if m.username == username), None)
        return found.display_name if found is not None else username
