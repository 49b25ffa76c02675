"""The team's work month by month: contacts per participant per month, and needs opened and met by
domain."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from leaddesk.domain import Need
from leaddesk.domain.enums import NeedDomain, NeedStatus
from leaddesk.reports.data import Scope


@dataclass(frozen=True)
class ContactMonth:
    month: date  # its first day
    participants: int  # in the caseload on at least one of its days in the period
    contacts: int  # contacts with them on those days
    seen: int  # of the participants, how many had at least one contact

    @property
    def per_participant(self) -> float | None:
        return self.contacts / self.participants if self.participants else None


@dataclass(frozen=True)
class ContactReport:
    months: tuple[ContactMonth, ...]


def contacts_per_month(scope: Scope) -> ContactReport:
    """Contacts per participant per month (the UW evaluations' measure of engagement): for each calendar
    month the period touches (only its days inside the period), the participants in the caseload on at
    least one of those days, the contacts recorded with them on those days, and contacts divided by
    participants. A contact belongs to the program's calendar day it happened on."""
    months = scope.period.months()
    served: dict[date, set[str]] = {}
    for month in months:
        part = scope.period.month_part(month)
        served[month] = {pid for pid, eps in scope.episodes.items() if any(e.served_in(part) for e in eps)}
    contacts: Counter[date] = Counter()
    seen: dict[date, set[str]] = {month: set() for month in months}
    # Each month's part of the period begins at an instant of the program's calendar, and the period
    # ends at one: a contact belongs to the month whose span holds its time (one comparison in C per
    # contact, rather than turning each of a year's hundred thousand times into a local day).
    begins = [scope.start_of(scope.period.month_part(m).start) for m in months]
    begins.append(scope.start_of(scope.period.end + timedelta(days=1)))
    for contact in scope.contacts():
        at = bisect_right(begins, contact.occurred_at) - 1
        if 0 <= at < len(months) and contact.participant_id in served[months[at]]:
            contacts[months[at]] += 1
            seen[months[at]].add(contact.participant_id)
    return ContactReport(
        months=tuple(
            ContactMonth(month=m, participants=len(served[m]), contacts=contacts[m], seen=len(seen[m]))
            for m in months
        )
    )


@dataclass(frozen=True)
class NeedRow:
    domain: NeedDomain
    opened: int  # recorded in the period
    met: int  # marked met, last changed in the period
    still_open: int  # open or in progress as recorded now, recorded by the period's end


@dataclass(frozen=True)
class NeedsReport:
    rows: tuple[NeedRow, ...]  # every domain, in the list's order


def needs(scope: Scope) -> NeedsReport:
    """Needs by domain: opened counts the needs recorded in the period; met counts those now marked met
    whose record last changed in the period (a need keeps no date of its own for being met, so the day
    it was last changed stands in for it); still open counts needs recorded by the period's end that
    are open or in progress as recorded now."""
    period = scope.period
    opened: Counter[NeedDomain] = Counter()
    met: Counter[NeedDomain] = Counter()
    still_open: Counter[NeedDomain] = Counter()
    for need in scope.records(Need):
        recorded = scope.day(need.created_at)
        if recorded in period:
            opened[need.domain] += 1
        if need.status is NeedStatus.MET and scope.day(need.updated_at) in period:
            met[need.domain] += 1
        if need.status.is_open and recorded <= period.end:
            still_open[need.domain] += 1
    return NeedsReport(
        rows=tuple(NeedRow(d, opened[d], met[d], still_open[d]) for d in NeedDomain),
    )
