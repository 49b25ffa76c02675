"""Cost: the jail days and bookings avoided, priced at the program's unit costs, beside what the
program spent as recorded on services."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from leaddesk.domain import Service
from leaddesk.domain.enums import ServiceKind
from leaddesk.reports.data import Scope
from leaddesk.reports.evaluation import EvaluationReport

CENT = Decimal("0.01")


@dataclass(frozen=True)
class AvoidedCost:
    months: int
    participants: int  # the followed-up participants the figure rests on
    bookings_avoided: int  # bookings before minus after (negative: more after)
    jail_days_avoided: int
    booking_cost: Decimal  # the program's unit costs
    jail_day_cost: Decimal

    @property
    def value(self) -> Decimal:
        total = self.bookings_avoided * self.booking_cost + self.jail_days_avoided * self.jail_day_cost
        return Decimal(total).quantize(CENT)


@dataclass(frozen=True)
class SpendingRow:
    key: str  # a service kind, or a funding source's code ("" when none was recorded)
    label: str
    services: int
    participants: int
    amount: Decimal


@dataclass(frozen=True)
class CostReport:
    avoided: tuple[AvoidedCost, ...]  # one per evaluation window
    by_kind: tuple[SpendingRow, ...]
    by_funding: tuple[SpendingRow, ...]
    participants: int  # distinct participants with a service that cost something (not the rows' sum)

    @property
    def spent(self) -> Decimal:
        return sum((r.amount for r in self.by_kind), Decimal("0.00"))


def cost(scope: Scope, evaluation: EvaluationReport, *, kind_labels: dict[ServiceKind, str]) -> CostReport:
    """Cost avoided and money spent. Avoided: for the participants followed up in the evaluation (6
    months, and 2 years), the bookings and the jail days in the span before engagement minus those in
    the span after, times the program's unit cost of a booking and of a jail day (a negative figure
    is cost added). It is a before-and-after difference for the same people, not a comparison with
    people outside LEAD, and it leaves out what the program's own unit costs do not price. Spent: the
    amounts recorded on services dated in the period, by kind of service and by the funding they name
    (the program's service catalogue label, or the source as typed); services recorded without an
    amount cost nothing here."""
    units = scope.data.settings.unit_costs
    avoided = tuple(
        AvoidedCost(
            months=w.months,
            participants=w.followed_up,
            bookings_avoided=w.before.bookings - w.after.bookings,
            jail_days_avoided=w.before.jail_days - w.after.jail_days,
            booking_cost=units.booking,
            jail_day_cost=units.jail_day,
        )
        for w in evaluation.cohort
    )
    paid = [s for s in scope.records(Service) if s.delivered_on in scope.period and s.amount is not None]
    catalogue = {e.code: e.label for e in scope.data.settings.service_catalogue}
    by_kind = _rows(paid, lambda s: s.kind.value, lambda k: kind_labels[ServiceKind(k)])
    by_funding = _rows(paid, lambda s: s.funding_source, lambda k: catalogue.get(k, k) or "Not recorded")
    participants = len({s.participant_id for s in paid})
    return CostReport(avoided=avoided, by_kind=by_kind, by_funding=by_funding, participants=participants)


def _rows(
    services: list[Service], key: Callable[[Service], str], label: Callable[[str], str]
) -> tuple[SpendingRow, ...]:
    grouped: dict[str, list[Service]] = defaultdict(list)
    for s in services:
        grouped[key(s)].append(s)
    rows = [
        SpendingRow(
            key=k,
            label=label(k),
            services=len(group),
            participants=len({s.participant_id for s in group}),
            amount=sum((s.amount or Decimal(0) for s in group), Decimal("0.00")),
        )
        for k, group in grouped.items()
    ]
    return tuple(sorted(rows, key=lambda r: (-r.amount, r.label.casefold())))
