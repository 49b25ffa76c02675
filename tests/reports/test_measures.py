"""Every measure of the program report on the hand-built program (program_dataset.py) equals the figure
worked out by hand in expected.py."""

from __future__ import annotations

from datetime import date

import pytest

from leaddesk.domain import LegalEvent
from leaddesk.domain.casework import jail_days
from leaddesk.domain.enums import LegalEventKind
from leaddesk.reports import ProgramReport, ReportRefused, compute
from leaddesk.reports.report_tables import program_tables
from tests.reports import expected as want
from tests.reports.program_dataset import LONG, PERIOD, PROGRAM_TZ, local, people, program_data


@pytest.fixture(scope="module")
def made():
    return people()


@pytest.fixture(scope="module")
def report(made) -> ProgramReport:
    return compute(program_data(made), period_start=PERIOD[0], period_end=PERIOD[1], team="north")


def names(made) -> dict[str, str]:
    return {p.id: first for first, p in made.items()}


def test_caseload_per_case_manager_against_the_standard_and_maximum(report) -> None:
    rows = [
        (r.case_manager, r.name, r.open_at_end, r.served, r.standard, r.maximum, r.level.value)
        for r in report.caseload.rows
    ]
    assert rows == want.CASELOAD
    assert (report.caseload.open_at_end, report.caseload.served) == (9, 11)
    assert [r.case_manager for r in report.caseload.above_maximum] == ["casey"]
    assert report.participants == 12  # team north's live participants


def test_not_seen_in_14_days(report, made) -> None:
    who = names(made)
    rows = [
        (who[r.participant_id], r.last_contact and r.last_contact.isoformat(), r.days)
        for r in report.not_seen.rows
    ]
    assert rows == want.NOT_SEEN
    assert report.not_seen.expected == want.NOT_SEEN_EXPECTED
    assert report.not_seen.by_case_manager() == want.NOT_SEEN_BY_CASE_MANAGER


def test_referrals_by_door_agency_precinct_and_offence_per_month(report) -> None:
    found = report.referrals
    assert (found.referrals, found.participants) == (want.REFERRALS, want.REFERRED_PARTICIPANTS)
    assert found.by_door.months == tuple(date(2024 + (m > 5), (m + 6) % 12 + 1, 1) for m in range(12))
    assert {r.label: list(r.per_month) for r in found.by_door.rows} == want.BY_DOOR
    assert [r.label for r in found.by_agency.rows] == list(want.BY_AGENCY)  # list order, as typed, none
    assert {r.label: list(r.per_month) for r in found.by_agency.rows} == want.BY_AGENCY
    assert {r.label: r.total for r in found.by_precinct.rows} == want.BY_PRECINCT_TOTALS
    assert {r.label: r.total for r in found.by_offence.rows} == want.BY_OFFENCE_TOTALS
    assert sum(found.by_door.month_totals()) == want.REFERRALS


def test_referral_clocks(report) -> None:
    clocks = report.clocks
    assert vars(clocks.engagement) == pytest.approx(want.ENGAGEMENT)
    assert vars(clocks.handoff) == want.HANDOFF
    assert vars(clocks.intake) == want.INTAKE


def test_contacts_per_participant_per_month(report) -> None:
    months = report.contacts.months
    assert [(m.participants, m.contacts, m.seen) for m in months] == want.CONTACTS
    assert months[-1].per_participant == pytest.approx(7 / 10)
    assert months[0].month == date(2024, 7, 1)


def test_needs_opened_and_met_by_domain(report) -> None:
    got = {r.domain.value: (r.opened, r.met, r.still_open) for r in report.needs.rows}
    assert {k: v for k, v in got.items() if v != (0, 0, 0)} == want.NEEDS
    assert len(got) == 15  # every domain is listed


def test_housing_at_entry_against_latest(report) -> None:
    housing = report.housing
    assert housing.participants == want.HOUSING_PARTICIPANTS
    assert {r.group.value: (r.at_entry, r.latest) for r in housing.rows} == want.HOUSING
    assert housing.housed_since_entry == want.HOUSED_SINCE_ENTRY


def test_outcomes_at_entry_against_latest(report) -> None:
    found = report.outcomes
    assert (found.compared, found.entry_only) == (want.OUTCOMES_COMPARED, want.OUTCOMES_ENTRY_ONLY)
    assert {r.measure: (r.at_entry, r.latest) for r in found.rows} == want.OUTCOMES
    assert (found.mean_income_at_entry, found.mean_income_latest) == want.MEAN_INCOME


def test_funder_counts(report) -> None:
    got = {r.measure: (r.participants, r.services, r.units) for r in report.funders.rows}
    assert got == want.FUNDERS


def cohort(window) -> dict[str, object]:
    def counts(c):
        return (c.arrests, c.bookings, c.jail_days, c.open_stays)

    return dict(
        engaged=window.engaged,
        followed_up=window.followed_up,
        before=counts(window.before),
        after=counts(window.after),
        arrested_before=window.arrested_before,
        arrested_after=window.arrested_after,
        booked_before=window.booked_before,
        booked_after=window.booked_after,
    )


def test_evaluation_before_and_after_engagement(report, made) -> None:
    six, two_years = report.evaluation.cohort
    assert (six.months, two_years.months) == (6, 24)
    assert cohort(six) == want.EVALUATION_6
    assert cohort(two_years) == want.EVALUATION_24
    who = names(made)
    per = {who[p.participant_id]: p for p in report.evaluation.participants}
    assert len(per) == want.EVALUATION_6["engaged"]  # once each: Ivy's two engagements are one row
    for name, (engaged, before, after, followed) in want.PER_PARTICIPANT_6.items():
        window = per[name].windows[0]
        got = (
            per[name].engaged_on.isoformat(),
            (
                window.before.arrests,
                window.before.bookings,
                window.before.jail_days,
                window.before.open_stays,
            ),
            (window.after.arrests, window.after.bookings, window.after.jail_days, window.after.open_stays),
            window.followed_up,
        )
        assert got == (engaged, before, after, followed), name


def test_the_two_year_evaluation_over_a_longer_period() -> None:
    long = compute(program_data(), period_start=LONG[0], period_end=LONG[1], team="north")
    assert cohort(long.evaluation.cohort[1]) == want.LONG_EVALUATION_24


def test_cost_avoided_beside_spending(report) -> None:
    six, two_years = report.cost.avoided
    assert (six.participants, six.bookings_avoided, six.jail_days_avoided, six.value) == want.COST_6
    got_24 = (
        two_years.participants,
        two_years.bookings_avoided,
        two_years.jail_days_avoided,
        two_years.value,
    )
    assert got_24 == want.COST_24
    assert (report.cost.spent, report.cost.participants) == (want.SPENT, want.SPENT_PARTICIPANTS)
    assert [(r.label, r.services, r.participants, r.amount) for r in report.cost.by_kind] == want.BY_KIND
    assert [
        (r.label, r.services, r.participants, r.amount) for r in report.cost.by_funding
    ] == want.BY_FUNDING
    spending = next(t for t in program_tables(report) if t.key == "spending_by_kind")
    assert spending.rows[-1] == ("Total", 4, want.SPENT_PARTICIPANTS, want.SPENT)  # people, not the rows' sum


def test_disparity_against_the_imported_arrests(report) -> None:
    found = report.disparity
    assert (found.arrests, found.referrals, found.enrolments) == (
        want.DISPARITY_ARRESTS,
        want.DISPARITY_REFERRALS,
        want.DISPARITY_ENROLMENTS,
    )
    assert [(p.start.isoformat(), p.end.isoformat()) for p in found.periods] == [("2024-07-01", "2025-06-30")]
    assert found.precincts == ("N1", "N2")
    rows = {r.race_ethnicity.value if r.race_ethnicity else None: r for r in found.rows}
    for key, (arrests, referrals, enrolments, rate, ratio) in want.DISPARITY.items():
        row = rows[key]
        assert (row.arrests, row.referrals, row.enrolments) == (arrests, referrals, enrolments), key
        assert row.referral_rate == pytest.approx(rate), key
        assert row.referral_ratio == pytest.approx(ratio), key
        assert (row.enrolment_rate, row.enrolment_ratio) == (None, None), key


def test_every_team_adds_team_south(made) -> None:
    """Kim (team south) joins the counts without a team; Lou, deleted, never does."""
    everyone = compute(program_data(made), period_start=PERIOD[0], period_end=PERIOD[1])
    assert everyone.participants == 13
    assert everyone.referrals.referrals == want.REFERRALS + 1
    dana = next(r for r in everyone.caseload.rows if r.case_manager == "dana")
    assert (dana.name, dana.open_at_end) == ("Dana Fox", 1)
    assert everyone.disparity.referrals == want.DISPARITY_REFERRALS  # precinct S1 has no arrest counts


def test_the_program_calendar_decides_the_day(made) -> None:
    """Ana's contact at 22:00 on 31 January (local) is January's; on UTC's calendar it is February's."""
    from dataclasses import replace
    from datetime import UTC

    utc = compute(
        replace(program_data(made), tz=UTC), period_start=PERIOD[0], period_end=PERIOD[1], team="north"
    )
    january, february = utc.contacts.months[6], utc.contacts.months[7]
    assert (january.contacts, february.contacts) == (0, 1)


def test_jail_days_agree_with_the_domain_rule() -> None:
    """A stay wholly inside a span counts the days domain/casework.py `jail_days` gives it."""
    booking = LegalEvent(
        participant_id="01900000-0000-7000-8000-000000000001",
        kind=LegalEventKind.BOOKING,
        occurred_at=local(2024, 4, 1, 23, 30),
        released_at=local(2024, 4, 2, 0, 30),
    )
    assert jail_days(booking, tz=PROGRAM_TZ) == 2 == want.PER_PARTICIPANT_6["Ana"][1][2]


def test_a_period_that_ends_before_it_starts_is_refused() -> None:
    with pytest.raises(ReportRefused, match=r"ends .* before it starts"):
        compute(program_data(), period_start=date(2025, 6, 30), period_end=date(2025, 1, 1))
