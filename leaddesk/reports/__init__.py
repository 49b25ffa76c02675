"""Pure computations of program measures over domain values, for the app (the user's scope) and the
server (the whole program) alike, and their writers. Imports `domain` only (DESIGN.md §1): the caller
hands it the values. A new report or measure goes here; its screen goes in `ui`, its query in `desk`.

`compute(ProgramData(...), period_start=..., period_end=..., team=...)` gives a `ProgramReport` holding
one frozen result per measure family; each family's function docstring is its method, as the PDF
prints it. `suppress(table)` makes a table fit for an outside audience (cells under 11)."""

from __future__ import annotations

from leaddesk.reports.activity import ContactMonth, ContactReport, NeedRow, NeedsReport
from leaddesk.reports.caseload import CaseloadReport, CaseloadRow, NotSeen, NotSeenReport
from leaddesk.reports.cost import AvoidedCost, CostReport, SpendingRow
from leaddesk.reports.data import Period, ProgramData, ReportRefused
from leaddesk.reports.disparity import DisparityReport, DisparityRow
from leaddesk.reports.evaluation import (
    WINDOWS,
    CohortWindow,
    Counts,
    EvaluationReport,
    ParticipantEvaluation,
    Window,
)
from leaddesk.reports.funders import FunderCounts, FunderRow
from leaddesk.reports.housing import HousingGroup, HousingReport, HousingRow
from leaddesk.reports.outcomes import OutcomeRow, OutcomesReport
from leaddesk.reports.program_report import ProgramReport, compute
from leaddesk.reports.referrals import (
    BreakdownRow,
    EngagementClock,
    HandoffClock,
    IntakeClock,
    MonthlyBreakdown,
    ReferralClocks,
    ReferralReport,
)
from leaddesk.reports.tables import SUPPRESSED, Table, suppress

__all__ = [
    "SUPPRESSED",
    "WINDOWS",
    "AvoidedCost",
    "BreakdownRow",
    "CaseloadReport",
    "CaseloadRow",
    "CohortWindow",
    "ContactMonth",
    "ContactReport",
    "CostReport",
    "Counts",
    "DisparityReport",
    "DisparityRow",
    "EngagementClock",
    "EvaluationReport",
    "FunderCounts",
    "FunderRow",
    "HandoffClock",
    "HousingGroup",
    "HousingReport",
    "HousingRow",
    "IntakeClock",
    "MonthlyBreakdown",
    "NeedRow",
    "NeedsReport",
    "NotSeen",
    "NotSeenReport",
    "OutcomeRow",
    "OutcomesReport",
    "ParticipantEvaluation",
    "Period",
    "ProgramData",
    "ProgramReport",
    "ReferralClocks",
    "ReferralReport",
    "ReportRefused",
    "SpendingRow",
    "Table",
    "Window",
    "compute",
    "suppress",
]
