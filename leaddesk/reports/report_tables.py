"""A program report as the tables the PCG report prints and the CSV export writes: aggregate figures
only, never a participant's name or id, each table with the method of its measure (the measure
function's docstring) and what suppression needs to know (tables.py)."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Sequence
from datetime import date
from decimal import Decimal

from leaddesk.domain.assignment import CaseloadLevel
from leaddesk.reports import activity, caseload, cost, disparity, evaluation, funders, housing, outcomes
from leaddesk.reports import referrals as referral_measures
from leaddesk.reports.program_report import ProgramReport
from leaddesk.reports.referrals import MonthlyBreakdown
from leaddesk.reports.tables import Cell, Table
from leaddesk.reports.words import NEED_DOMAIN, NOT_RECORDED, RACE_ETHNICITY

LEVEL = {
    CaseloadLevel.WITHIN: "Within standard",
    CaseloadLevel.ABOVE_STANDARD: "Above standard",
    CaseloadLevel.ABOVE_MAXIMUM: "Above maximum",
}
HOUSING_GROUP = {
    housing.HousingGroup.HOMELESS: "Homeless",
    housing.HousingGroup.INSTITUTIONAL: "Institutional",
    housing.HousingGroup.TEMPORARY: "Temporary",
    housing.HousingGroup.PERMANENT: "Permanent",
    housing.HousingGroup.UNKNOWN: "Other or unknown",
    housing.HousingGroup.NOT_RECORDED: NOT_RECORDED,
}
SPAN = {6: "6 months", 24: "2 years"}


def method(measure: Callable[..., object]) -> str:
    """A measure's docstring as one paragraph: the method text a report prints."""
    return " ".join((inspect.getdoc(measure) or "").split())


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
        *_housing(report),
        *_outcomes(report),
        _funders(report),
        *_evaluation(report),
        *_cost(report),
        _disparity(report),
    ]


def _with_total(rows: Sequence[Sequence[Cell]], label: str = "Total") -> tuple[tuple[Cell, ...], ...]:
    """The rows and a last row summing each column of counts or money (other columns left empty)."""
    if not rows:
        return ()
    totals: list[Cell] = [label]
    for j in range(1, len(rows[0])):
        values = [r[j] for r in rows]
        if all(isinstance(v, int) for v in values):
            totals.append(sum(v for v in values if isinstance(v, int)))
        elif all(isinstance(v, Decimal) for v in values):
            totals.append(sum((v for v in values if isinstance(v, Decimal)), Decimal("0.00")))
        else:
            totals.append(None)
    return (*(tuple(r) for r in rows), tuple(totals))


def _caseload(report: ProgramReport) -> Table:
    rows = [(r.name, r.open_at_end, r.served) for r in report.caseload.rows]
    return Table(
        key="caseload",
        title=f"Caseload per case manager on {report.period.end:%d %B %Y} (standard "
        f"{report.caseload.standard}, maximum {report.caseload.maximum})",
        columns=("Case manager", "In caseload at the end", "Served in the period"),
        rows=_with_total(rows),
        counts=frozenset({1, 2}),
        total_row=True,
        method=method(caseload.caseload),
    )


def _not_seen(report: ProgramReport) -> Table:
    counts = report.not_seen.by_case_manager()
    names = {r.case_manager: r.name for r in report.caseload.rows}
    rows = [(names.get(cm, cm) or "No case manager", n) for cm, n in sorted(counts.items())]
    return Table(
        key="not_seen",
        title=f"Not seen in {report.not_seen.overdue_days} days, of {report.not_seen.expected} expected",
        columns=("Case manager", "Participants not seen"),
        rows=_with_total(rows),
        counts=frozenset({1}),
        total_row=True,
        method=method(caseload.not_seen),
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
        rows=_with_total(rows),
        counts=frozenset(range(1, months + 2)),
        parts=tuple(range(1, months + 1)),
        total=months + 1,
        total_row=True,
        method=method(referral_measures.referrals),
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
                    _round(e.mean_days),
                ),
            ),
            counts=frozenset(range(6)),
            parts=(2, 3, 4, 5),
            total=1,
            derived={6: (1,), 7: (1,)},
            method=method(referral_measures.engagement_clock),
        ),
        Table(
            key="warm_handoff",
            title="Warm hand-offs",
            columns=("Referrals", "Handed off", "Within 30 minutes", "Median minutes"),
            rows=((h.referrals, h.handed_off, h.within_target, h.median_minutes),),
            counts=frozenset({0, 1, 2}),
            derived={3: (1,)},
            method=method(referral_measures.handoff_clock),
        ),
        Table(
            key="intake_deadline",
            title="Intake deadlines",
            columns=("With a deadline", "Met", "Missed", "Pending"),
            rows=((i.with_deadline, i.met, i.missed, i.pending),),
            counts=frozenset({0, 1, 2, 3}),
            parts=(1, 2, 3),
            total=0,
            method=method(referral_measures.intake_clock),
        ),
    ]


def _round(value: float | None, places: int = 1) -> float | None:
    return None if value is None else round(value, places)


def _contacts(report: ProgramReport) -> Table:
    rows = tuple(
        (month_label(m.month), m.participants, m.contacts, m.seen, _round(m.per_participant, 2))
        for m in report.contacts.months
    )
    return Table(
        key="contacts_per_month",
        title="Contacts per participant per month",
        columns=("Month", "Participants", "Contacts", "Participants seen", "Contacts per participant"),
        rows=rows,
        counts=frozenset({1, 2, 3}),
        derived={4: (1, 2)},
        method=method(activity.contacts_per_month),
    )


def _needs(report: ProgramReport) -> Table:
    rows = [(NEED_DOMAIN[r.domain], r.opened, r.met, r.still_open) for r in report.needs.rows]
    return Table(
        key="needs_by_domain",
        title="Needs opened and met, by domain",
        columns=("Domain", "Opened", "Met", "Still open"),
        rows=_with_total(rows),
        counts=frozenset({1, 2, 3}),
        total_row=True,
        method=method(activity.needs),
    )


def _housing(report: ProgramReport) -> list[Table]:
    found = report.housing
    rows = [(HOUSING_GROUP[r.group], r.at_entry, r.latest) for r in found.rows]
    return [
        Table(
            key="housing",
            title="Housing at entry and latest",
            columns=("Living situation", "At entry", "Latest"),
            rows=_with_total(rows, "All participants served"),
            counts=frozenset({1, 2}),
            total_row=True,
            method=method(housing.housing),
        ),
        Table(
            key="housing_change",
            title="Permanently housed since entry",
            columns=("Participants served", "Housed since entry"),
            rows=((found.participants, found.housed_since_entry),),
            counts=frozenset({0, 1}),
        ),
    ]


def _outcomes(report: ProgramReport) -> list[Table]:
    found = report.outcomes
    return [
        Table(
            key="outcomes",
            title=f"Outcomes at entry and latest ({found.compared} participants compared)",
            columns=("Answered yes", "At entry", "Latest"),
            rows=tuple((r.label, r.at_entry, r.latest) for r in found.rows),
            counts=frozenset({1, 2}),
            method=method(outcomes.outcomes),
        ),
        Table(
            key="income",
            title="Monthly income",
            columns=("Participants compared", "Entry snapshot only", "Mean at entry", "Mean latest"),
            rows=((found.compared, found.entry_only, found.mean_income_at_entry, found.mean_income_latest),),
            counts=frozenset({0, 1}),
            derived={2: (0,), 3: (0,)},
        ),
    ]


def _funders(report: ProgramReport) -> Table:
    return Table(
        key="funder_counts",
        title="Funder counts",
        columns=("Measure", "Participants", "Services", "Units"),
        rows=tuple((r.label, r.participants, r.services, r.units) for r in report.funders.rows),
        counts=frozenset({1, 2, 3}),
        method=method(funders.funder_counts),
    )


def _evaluation(report: ProgramReport) -> list[Table]:
    cohort = report.evaluation.cohort
    rows: list[tuple[Cell, ...]] = []
    for w in cohort:
        span = SPAN.get(w.months, f"{w.months} months")
        rows += [
            (f"{span}: arrests", w.before.arrests, w.after.arrests),
            (f"{span}: bookings", w.before.bookings, w.after.bookings),
            (f"{span}: jail days", w.before.jail_days, w.after.jail_days),
            (f"{span}: people arrested", w.arrested_before, w.arrested_after),
            (f"{span}: people booked", w.booked_before, w.booked_after),
            (f"{span}: stays with no release", w.before.open_stays, w.after.open_stays),
        ]
    return [
        Table(
            key="evaluation_cohort",
            title="Participants engaged in the period, and followed up",
            columns=("Span", "Engaged in the period", "Followed up"),
            rows=tuple((SPAN.get(w.months, f"{w.months} months"), w.engaged, w.followed_up) for w in cohort),
            counts=frozenset({1, 2}),
            method=method(evaluation.evaluation),
        ),
        Table(
            key="evaluation",
            title="Arrests, bookings and jail days before and after engagement (followed-up participants)",
            columns=("Measure", "Before", "After"),
            rows=tuple(rows),
            counts=frozenset({1, 2}),
        ),
    ]


def _cost(report: ProgramReport) -> list[Table]:
    found = report.cost
    avoided = tuple(
        (
            SPAN.get(a.months, f"{a.months} months"),
            a.participants,
            a.bookings_avoided,
            a.jail_days_avoided,
            a.booking_cost,
            a.jail_day_cost,
            a.value,
        )
        for a in found.avoided
    )
    spending = [
        Table(
            key=f"spending_by_{key}",
            title=title,
            columns=(first, "Services", "Participants", "Amount"),
            rows=_with_total([(r.label, r.services, r.participants, r.amount) for r in rows]),
            counts=frozenset({1, 2}),
            total_row=True,
            derived={3: (1, 2)},
        )
        for key, title, first, rows in (
            ("kind", "Spending recorded on services, by kind", "Kind of service", found.by_kind),
            ("funding", "Spending recorded on services, by funding", "Funding", found.by_funding),
        )
    ]
    return [
        Table(
            key="cost_avoided",
            title="Cost avoided: bookings and jail days before minus after engagement, at unit cost",
            columns=(
                "Span",
                "Participants",
                "Bookings avoided",
                "Jail days avoided",
                "Cost of a booking",
                "Cost of a jail day",
                "Value",
            ),
            rows=avoided,
            counts=frozenset({1}),
            derived={2: (1,), 3: (1,), 6: (1,)},
            method=method(cost.cost),
        ),
        *spending,
    ]


def _disparity(report: ProgramReport) -> Table:
    found = report.disparity
    rows: list[tuple[Cell, ...]] = [
        (
            RACE_ETHNICITY[r.race_ethnicity] if r.race_ethnicity else NOT_RECORDED,
            r.arrests,
            r.referrals,
            r.enrolments,
            _round(r.referral_rate, 2),
            _round(r.referral_ratio, 2),
            _round(r.enrolment_rate, 2),
            _round(r.enrolment_ratio, 2),
        )
        for r in found.rows
    ]
    rows.append(("All", found.arrests, found.referrals, found.enrolments, None, None, None, None))
    where = ", ".join(found.precincts) or "the whole jurisdiction"
    spans = "; ".join(f"{p.start.day} {p.start:%b %Y} to {p.end.day} {p.end:%b %Y}" for p in found.periods)
    return Table(
        key="disparity",
        title=f"Referrals and enrolments by race and ethnicity against arrests ({where}; "
        f"{spans or 'no arrest counts imported for the period'})",
        columns=(
            "Race and ethnicity",
            "Arrests",
            "Police referrals",
            "Enrolled",
            "Per 100 arrests",
            "Ratio to White",
            "Per 100 referrals",
            "Ratio to White",
        ),
        rows=tuple(rows),
        counts=frozenset({1, 2, 3}),
        total_row=True,
        derived={4: (1, 2), 5: (1, 2), 6: (2, 3), 7: (2, 3)},
        reference_row=next(i for i, r in enumerate(found.rows) if r.race_ethnicity is found.reference),
        relative=frozenset({5, 7}),
        method=method(disparity.disparity),
    )
