"""Income, benefits, health insurance and employment at entry against the latest outcome snapshot, for the
participants served in the period."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from leaddesk.domain import OutcomeSnapshot
from leaddesk.domain.enums import NoYesReason
from leaddesk.domain.outcome_codes import DataCollectionStage, IncomeSource
from leaddesk.reports.data import Scope
from leaddesk.reports.housing import last_served_episode

_YES = NoYesReason.YES


@dataclass(frozen=True)
class OutcomeRow:
    measure: str  # "income", "earned_income", "benefits", "insurance", "employed"
    label: str
    at_entry: int  # participants answering yes at entry
    latest: int  # and at the latest snapshot


@dataclass(frozen=True)
class OutcomesReport:
    compared: int  # participants with an entry snapshot and a later one
    entry_only: int  # participants with an entry snapshot and none after it yet
    rows: tuple[OutcomeRow, ...]
    mean_income_at_entry: Decimal | None  # mean total monthly income of the compared, to the cent
    mean_income_latest: Decimal | None


MEASURES: tuple[tuple[str, str, Callable[[OutcomeSnapshot], bool]], ...] = (
    ("income", "Income from any source", lambda s: s.income_from_any_source is _YES),
    ("earned_income", "Earned income (employment)",
     lambda s: any(i.source is IncomeSource.EARNED for i in s.incomes)),
    ("benefits", "Non-cash benefits", lambda s: s.benefits_from_any_source is _YES),
    ("insurance", "Health insurance", lambda s: s.insurance_from_any_source is _YES),
    ("employed", "Employed", lambda s: s.employed is _YES),
)  # fmt: skip


def outcomes(scope: Scope) -> OutcomesReport:
    """Outcomes at entry against the latest, once per participant served in the period, on their latest
    episode in it: the entry snapshot is that episode's (stage "entry", dated on or after its referral),
    the latest is the last snapshot dated after it and by the period's end (a review or the exit). A
    snapshot belongs to the episode when dated on or after its referral (a later episode would begin
    after the period). Only participants with both are compared; those with an entry snapshot alone are
    counted apart. Each line counts the compared participants answering yes (income: any source;
    earned income: employment income among the sources); the mean monthly income is the HMIS total
    of the sources' amounts."""
    end = scope.period.end
    pairs: list[tuple[OutcomeSnapshot, OutcomeSnapshot]] = []
    entry_only = 0
    for pid in scope.participants:
        episode = last_served_episode(scope, pid)
        if episode is None:
            continue
        mine = sorted(
            (s for s in scope.of(OutcomeSnapshot, pid) if episode.referral_date <= s.information_date <= end),
            key=lambda s: (s.information_date, s.created_at),
        )
        entries = [s for s in mine if s.stage is DataCollectionStage.ENTRY]
        if not entries:
            continue
        entry = entries[0]
        later = [s for s in mine if s.information_date > entry.information_date]
        if later:
            pairs.append((entry, later[-1]))
        else:
            entry_only += 1
    rows = tuple(
        OutcomeRow(key, label, sum(1 for a, _ in pairs if test(a)), sum(1 for _, b in pairs if test(b)))
        for key, label, test in MEASURES
    )
    return OutcomesReport(
        compared=len(pairs),
        entry_only=entry_only,
        rows=rows,
        mean_income_at_entry=_mean([a.total_monthly_income for a, _ in pairs]),
        mean_income_latest=_mean([b.total_monthly_income for _, b in pairs]),
    )


def _mean(amounts: list[Decimal]) -> Decimal | None:
    if not amounts:
        return None
    return (sum(amounts, Decimal(0)) / len(amounts)).quantize(Decimal("0.01"))
