"""A program report as the tables the PCG report prints and the CSV export writes: aggregate figures
only, never a participant's name or id, each table with the method of its measure (the measure
function's docstring) and what suppression needs to know (tables.py)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from leaddesk.reports import activity, caseload
from leaddesk.reports import referrals as referral_measures
from leaddesk.reports.program_report import ProgramReport
from leaddesk.reports.referrals import MonthlyBreakdown
from leaddesk.reports.result_tables import result_tables
from leaddesk.reports.tables import Cell, Table, method_of, rounded, with_total
from leaddesk.reports.words import NEED_DOMAIN


def month_label(month: date) -> str:
    return month.strftime("%b %Y")


def program_tables(report: ProgramReport) -> list[Table]:
    """Every table of the report, in the order the PCG report prints them."""
    return [
        _caseload(report),
        _not_seen(report),
        *(_monthly(report, b) for b in _breakdowns(report)),
        *_clocks(report),
        _contacts(report),
        _needs(report),
        *result_tables(report),
    ]


def _caseload(report: ProgramReport) -> Table:
    rows = [(r.name, r.open_at_end, r.served) for r in report.caseload.rows]
    return Table(
        key="caseload",
        title=f"Caseload per case manager on {report.period.end:%d %B %Y} (standard "
        f"{report.caseload.standard}, maximum {report.caseload.maximum})",
        columns=("Case manager", "In caseload at the end", "Served in the period"),
        rows=with_total(rows),
        counts=frozenset({1, 2}),
        total_row=True,
        method=method_of(caseload.caseload),
    )


def _not_seen(report: ProgramReport) -> Table:
    counts = report.not_seen.by_case_manager()
    names = {r.case_manager: r.name for r in report.caseload.rows}
    rows = [(names.get(cm, cm) or "No case manager", n) for cm, n in sorted(counts.items())]
    return Table(
        key="not_seen",
        title=f"Not seen in {report.not_seen.overdue_days} days, of {report.not_seen.expected} expected",
        columns=("Case manager", "Participants not seen"),
        rows=with_total(rows),
        counts=frozenset({1}),
        total_row=True,
        method=method_of(caseload.not_seen),
    )


def _breakdowns(report: ProgramReport) -> Sequence[tuple[MonthlyBreakdown, str, str]]:
    found = report.referrals
    return (
        (found.by_door, "Referrals by door", "Door"),
        (found.by_agency, "Referrals by referring agency", "Agency"),
        (found.by_precinct, "Referrals by precinct", "Precinct"),
        (found.by_offence, "Referrals by offence category", "Offence category"),
    )


def _monthly(report: ProgramReport, item: tuple[MonthlyBreakdown, str, str]) -> Table:
    breakdown, title, first = item
    months = len(breakdown.months)
    rows: list[tuple[Cell, ...]] = [(r.label, *r.per_month, r.total) for r in breakdown.rows]
    return Table(
        key=f"referrals_by_{breakdown.dimension}",
        title=title,
        columns=(first, *map(month_label, breakdown.months), "Total"),
        rows=with_total(rows),
        counts=frozenset(range(1, months + 2)),
        parts=tuple(range(1, months + 1)),
        total=months + 1,
        total_row=True,
        method=method_of(referral_measures.referrals),
    )


def _clocks(report: ProgramReport) -> list[Table]:
    e, h, i = report.clocks.engagement, report.clocks.handoff, report.clocks.intake
    return [
        Table(
            key="referral_to_engagement",
            title="Days from referral to engagement",
            columns=(
                "Episodes referred",
                "Engaged",
                "Same day",
                "1-7 days",
                "8-30 days",
                "Over 30 days",
                "Median days",
                "Mean days",
            ),
            rows=(
                (
                    e.episodes,
                    e.engaged,
                    e.same_day,
                    e.within_7,
                    e.within_30,
                    e.longer,
                    e.median_days,
                    rounded(e.mean_days),
                ),
            ),
            counts=frozenset(range(6)),
            parts=(2, 3, 4, 5),
            total=1,
            derived={6: (1,), 7: (1,)},
            method=method_of(referral_measures.engagement_clock),
        ),
        Table(
            key="warm_handoff",
            title="Warm hand-offs",
            columns=(
                "Referrals",
                "Handed off",
                "Within 30 minutes",
                "Median minutes",
                "From officers",
                "Met",
                "Could not locate",
                "Declined",
                "Waiting",
            ),
            rows=(
                (
                    h.referrals,
                    h.handed_off,
                    h.within_target,
                    h.median_minutes,
                    h.from_officers,
                    h.met,
                    h.not_located,
                    h.declined,
                    h.waiting,
                ),
            ),
            counts=frozenset({0, 1, 2, 4, 5, 6, 7, 8}),
            parts=(5, 6, 7, 8),
            total=4,
            derived={3: (1,)},
            method=method_of(referral_measures.handoff_clock),
        ),
        Table(
            key="intake_deadline",
            title="Intake deadlines",
            columns=("With a deadline", "Met", "Missed", "Pending"),
            rows=((i.with_deadline, i.met, i.missed, i.pending),),
            counts=frozenset({0, 1, 2, 3}),
            parts=(1, 2, 3),
            total=0,
            method=method_of(referral_measures.intake_clock),
        ),
    ]


def _contacts(report: ProgramReport) -> Table:
    rows = tuple(
        (month_label(m.month), m.participants, m.contacts, m.seen, rounded(m.per_participant, 2))
        for m in report.contacts.months
    )
    return Table(
        key="contacts_per_month",
        title="Contacts per participant per month",
        columns=("Month", "Participants", "Contacts", "Participants seen", "Contacts per participant"),
        rows=rows,
        counts=frozenset({1, 2, 3}),
        derived={4: (1, 2)},
        method=method_of(activity.contacts_per_month),
    )


def _needs(report: ProgramReport) -> Table:
    rows = [(NEED_DOMAIN[r.domain], r.opened, r.met, r.still_open) for r in report.needs.rows]
    return Table(
        key="needs_by_domain",
        title="Needs opened and met, by domain",
        columns=("Domain", "Opened", "Met", "Still open"),
        rows=with_total(rows),
        counts=frozenset({1, 2, 3}),
        total_row=True,
        method=method_of(activity.needs),
    )
