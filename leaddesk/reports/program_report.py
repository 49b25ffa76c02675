"""The whole program report for a period and, optionally, one team: every measure family computed once
from the same scope. The app's dashboard, the PCG report and its CSV tables all read one of these."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from leaddesk.reports.activity import ContactReport, NeedsReport, contacts_per_month, needs
from leaddesk.reports.caseload import CaseloadReport, NotSeenReport, caseload, not_seen
from leaddesk.reports.cost import CostReport, cost
from leaddesk.reports.data import Period, ProgramData, scope_of
from leaddesk.reports.disparity import DisparityReport, disparity
from leaddesk.reports.evaluation import EvaluationReport, evaluation
from leaddesk.reports.funders import FunderCounts, funder_counts
from leaddesk.reports.housing import HousingReport, housing
from leaddesk.reports.outcomes import OutcomesReport, outcomes
from leaddesk.reports.referrals import ReferralClocks, ReferralReport, referral_clocks, referrals
from leaddesk.reports.words import SERVICE_KIND


@dataclass(frozen=True)
class ProgramReport:
    program_name: str
    period: Period
    team: str | None  # None: every team in the data
    participants: int  # in scope (the team's, or everyone's), whatever their episodes
    caseload: CaseloadReport
    not_seen: NotSeenReport
    referrals: ReferralReport
    clocks: ReferralClocks
    contacts: ContactReport
    needs: NeedsReport
    housing: HousingReport
    evaluation: EvaluationReport
    outcomes: OutcomesReport
    funders: FunderCounts
    disparity: DisparityReport
    cost: CostReport


def compute(
    data: ProgramData, *, period_start: date, period_end: date, team: str | None = None
) -> ProgramReport:
    """Every measure for the days from `period_start` to `period_end` (both included), for `team` or for
    every team in `data`. ReportRefused when the period ends before it starts."""
    period = Period(period_start, period_end)
    scope = scope_of(data, period=period, team=team)
    evaluated = evaluation(scope)
    return ProgramReport(
        program_name=data.settings.program_name,
        period=period,
        team=team,
        participants=len(scope.participants),
        caseload=caseload(scope),
        not_seen=not_seen(scope),
        referrals=referrals(scope),
        clocks=referral_clocks(scope),
        contacts=contacts_per_month(scope),
        needs=needs(scope),
        housing=housing(scope),
        evaluation=evaluated,
        outcomes=outcomes(scope),
        funders=funder_counts(scope),
        disparity=disparity(scope),
        cost=cost(scope, evaluated, kind_labels=SERVICE_KIND),
    )
