"""What funders count (BJA COSSUP and similar): referrals to SUD treatment, MAT starts, naloxone and
recovery support, from the services recorded."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from leaddesk.domain import Service
from leaddesk.domain.enums import ServiceKind
from leaddesk.reports.data import Scope


@dataclass(frozen=True)
class FunderRow:
    measure: str  # "sud_treatment_referrals", "mat_starts", "naloxone", "recovery_support"
    label: str
    participants: int  # distinct participants
    services: int  # service records in the period
    units: int  # the services' units (kits, sessions); a service recording none counts as one


@dataclass(frozen=True)
class FunderCounts:
    rows: tuple[FunderRow, ...]

    def row(self, measure: str) -> FunderRow:
        return next(r for r in self.rows if r.measure == measure)


def funder_counts(scope: Scope) -> FunderCounts:
    """Funder counts from the services delivered or referrals made in the period (by the service's
    date). Referrals to SUD treatment: SUD treatment services recorded as a referral made. MAT starts:
    participants whose first MAT service ever falls in the period (its services line counts every MAT
    service in the period). Naloxone: naloxone services, units being the kits or doses recorded.
    Recovery support: recovery support services and referrals. Participants are counted once per line;
    a service that records no units counts as one unit."""
    services = scope.records(Service)
    in_period = [s for s in services if s.delivered_on in scope.period]
    first_mat: dict[str, Service] = {}
    for s in sorted(services, key=lambda s: s.delivered_on):
        if s.kind is ServiceKind.MAT:
            first_mat.setdefault(s.participant_id, s)
    lines: tuple[tuple[str, str, Callable[[Service], bool]], ...] = (
        ("sud_treatment_referrals", "Referrals to SUD treatment",
         lambda s: s.kind is ServiceKind.SUD_TREATMENT and s.is_referral),
        ("mat_starts", "MAT starts", lambda s: s.kind is ServiceKind.MAT),
        ("naloxone", "Naloxone", lambda s: s.kind is ServiceKind.NALOXONE),
        ("recovery_support", "Recovery support", lambda s: s.kind is ServiceKind.RECOVERY_SUPPORT),
    )  # fmt: skip
    rows = []
    for measure, label, test in lines:
        chosen = [s for s in in_period if test(s)]
        people = {s.participant_id for s in chosen}
        if measure == "mat_starts":
            people = {pid for pid, s in first_mat.items() if s.delivered_on in scope.period}
        units = sum(s.units or 1 for s in chosen)
        rows.append(FunderRow(measure, label, len(people), len(chosen), units))
    return FunderCounts(rows=tuple(rows))
