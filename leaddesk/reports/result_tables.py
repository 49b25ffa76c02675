"""The tables of what the program's work came to (housing and outcomes, funder counts, before and after
engagement, cost, disparity), as the PCG report prints them and the CSV export writes them."""

from __future__ import annotations

from leaddesk.reports import cost, disparity, evaluation, funders, housing, outcomes
from leaddesk.reports.program_report import ProgramReport
from leaddesk.reports.tables import Cell, Table, method_of, rounded, with_total
from leaddesk.reports.words import NOT_RECORDED, RACE_ETHNICITY

HOUSING_GROUP = {
    housing.HousingGroup.HOMELESS: "Homeless",
    housing.HousingGroup.INSTITUTIONAL: "Institutional",
    housing.HousingGroup.TEMPORARY: "Temporary",
    housing.HousingGroup.PERMANENT: "Permanent",
    housing.HousingGroup.UNKNOWN: "Other or unknown",
    housing.HousingGroup.NOT_RECORDED: NOT_RECORDED,
}
SPAN = {6: "6 months", 24: "2 years"}


def result_tables(report: ProgramReport) -> list[Table]:
    return [
        *_housing(report),
        *_outcomes(report),
        _funders(report),
        *_evaluation(report),
        *_cost(report),
        _disparity(report),
    ]


def _housing(report: ProgramReport) -> list[Table]:
    found = report.housing
    rows = [(HOUSING_GROUP[r.group], r.at_entry, r.latest) for r in found.rows]
    return [
        Table(
            key="housing",
            title="Housing at entry and latest",
            columns=("Living situation", "At entry", "Latest"),
            rows=with_total(rows, "All participants served"),
            counts=frozenset({1, 2}),
            total_row=True,
            method=method_of(housing.housing),
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
            method=method_of(outcomes.outcomes),
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
        method=method_of(funders.funder_counts),
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
            method=method_of(evaluation.evaluation),
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
            rows=(
                *((r.label, r.services, r.participants, r.amount) for r in rows),
                # A participant can have services of several kinds: the total is of people, not rows.
                ("Total", sum(r.services for r in rows), found.participants, found.spent),
            ),
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
            method=method_of(cost.cost),
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
            rounded(r.referral_rate, 2),
            rounded(r.referral_ratio, 2),
            rounded(r.enrolment_rate, 2),
            rounded(r.enrolment_ratio, 2),
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
        method=method_of(disparity.disparity),
    )
