"""The caseload: everyone a case manager works with, filtered and sorted in SQL and read a page at a
time, and who is due a contact. "Due a contact" is the one rule of domain/contact_due.py (days counted
on the laptop's calendar, only people expected to be seen), the same for the caseload's flag, its
"not seen" filter and count, Today and the participant's header."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from leaddesk.desk.base import UseCases
from leaddesk.desk.program import Program
from leaddesk.domain.contact_due import DEFAULT_OVERDUE_DAYS, EXPECTED_CONTACT, is_overdue
from leaddesk.storage.repositories.participants import CaseloadFilter, CaseloadRow, CaseloadSort
from leaddesk.storage.store import Store

__all__ = [
    "OVERDUE_DAYS_KEY",
    "TEAMS_KEY",
    "Caseload",
    "CaseloadFilter",
    "CaseloadPages",
    "CaseloadRow",
    "CaseloadSort",
    "overdue",
    "row_is_overdue",
]

OVERDUE_DAYS_KEY = "caseload.overdue_days"
TEAMS_KEY = "user.teams"  # optional list of team ids; otherwise the teams of the user's own participants


def overdue(criteria: CaseloadFilter, days: int) -> CaseloadFilter:
    """`criteria` narrowed to the participants due a contact after `days` days."""
    return replace(criteria, not_seen_for_days=days)


def row_is_overdue(row: CaseloadRow, *, overdue_days: int) -> bool:
    """The rule as a caseload row reads it (the same as the query's `not_seen_for_days`)."""
    return is_overdue(row.status, row.days_since_contact, overdue_days=overdue_days)


class CaseloadPages:
    """One filtered, sorted caseload, read a page at a time (a PageSource of ui/models.py). Uses the
    connection of the desk that made it: read it on that desk's thread."""

    def __init__(
        self, store: Store, criteria: CaseloadFilter, *, sort: CaseloadSort, descending: bool
    ) -> None:
        self._store = store
        self.criteria = criteria
        self.sort = sort
        self.descending = descending

    def count(self) -> int:
        return self._store.repos.participants.caseload_count(self.criteria)

    def page(self, *, offset: int, limit: int) -> Sequence[CaseloadRow]:
        return Program(self._store).named(
            self._store.repos.participants.caseload(
                self.criteria, sort=self.sort, descending=self.descending, limit=limit, offset=offset
            )
        )


class Caseload(UseCases):
    def pages(
        self,
        criteria: CaseloadFilter | None = None,
        *,
        sort: CaseloadSort = CaseloadSort.NAME,
        descending: bool = False,
    ) -> CaseloadPages:
        return CaseloadPages(self._store, criteria or CaseloadFilter(), sort=sort, descending=descending)

    def count(self, criteria: CaseloadFilter | None = None) -> int:
        return self._store.repos.participants.caseload_count(criteria)

    def overdue_count(self, criteria: CaseloadFilter, *, overdue_days: int) -> int:
        """How many of the participants `criteria` selects are due a contact."""
        if criteria.statuses and criteria.statuses.isdisjoint(EXPECTED_CONTACT):
            return 0  # nobody of these statuses is expected to be seen: no query needed
        return self.count(overdue(criteria, overdue_days))

    def overdue_days(self) -> int:
        """After how many days without contact someone is overdue (a per-profile setting)."""
        stored = self._store.repos.settings.get(OVERDUE_DAYS_KEY, DEFAULT_OVERDUE_DAYS)
        try:
            return max(1, int(stored))
        except (TypeError, ValueError):
            return DEFAULT_OVERDUE_DAYS  # a setting written by hand that is not a number

    def own_count(self) -> int:
        """How many participants the user is case manager of."""
        return self.count(CaseloadFilter(case_managers=self.mine()))

    def mine(self) -> frozenset[str]:
        """The "mine" scope's case manager names (CaseloadFilter.case_managers)."""
        return Program(self._store).my_names()

    def teams(self) -> frozenset[str]:
        """The "team" scope: the `user.teams` setting when set, else the teams of the user's own
        participants."""
        configured = self._store.repos.settings.get(TEAMS_KEY)
        if isinstance(configured, list) and any(isinstance(t, str) and t for t in configured):
            return frozenset(t for t in configured if isinstance(t, str) and t)
        return frozenset(self._store.repos.agenda.teams_of(self.mine()))

    def matching(self, text: str, *, limit: int) -> list[CaseloadRow]:
        """Participants whose name or alias starts with what was typed (type-ahead pickers)."""
        words = text.strip()
        if not words:
            return []
        return self._store.repos.participants.caseload(CaseloadFilter(text=words), limit=limit)
