"""The app's figures for the hand-built program of tests/reports (program_dataset.py), stored in a real
encrypted profile as a pull leaves it: the dashboard and the PCG report a supervisor makes on the
laptop give exactly the figures worked out by hand (expected.py) — the same `reports.compute` the
server runs (tests/server/test_report_pcg.py), over what the laptop reads in bulk. The laptop holds no
arrest counts (they stay on the office server), so its disparity table is empty."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from leaddesk.demo.seed import ENTITY_ORDER
from leaddesk.desk import Desk
from leaddesk.domain import SyncedRecord
from leaddesk.reports import ProgramReport, compute
from leaddesk.storage.profile import create_profile
from leaddesk.storage.store import Store
from leaddesk.storage.sync_state import EnrolledUser, Enrolment, SyncState
from tests.kdf import FAST_FOR_TESTS
from tests.laptop_zone import laptop_zone
from tests.reports import expected as want
from tests.reports.program_dataset import PERIOD, PROGRAM_TZ_NAME, ROSTER, SETTINGS, people, records
from tests.reports.program_dataset import program_data as memory_data

START, END = PERIOD


@pytest.fixture(scope="module")
def program(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Desk, dict[str, Any]]]:
    """The hand-built program on a supervisor's laptop (teams north and south)."""
    home: Path = tmp_path_factory.mktemp("figures")
    store: Store = create_profile("Pat Quinn", "a passphrase for tests", home=home, kdf=FAST_FOR_TESTS).store
    made = people()
    by_entity: dict[str, list[SyncedRecord]] = {entity: [] for entity in ENTITY_ORDER}
    for record in records(made):
        by_entity[record.entity].append(record)
    with store.write():
        for entity, held in by_entity.items():
            if held:
                store.repos.for_entity(entity).import_records(held)
    store.repos.program.replace(version="f" * 32, settings=SETTINGS, roster=ROSTER)
    user = EnrolledUser(username="pat", display_name="Pat Quinn", role="supervisor", teams=("north", "south"))
    SyncState(store).save_enrolment(
        Enrolment("https://office.test", "d-1", token="t", ca_bundle=None, user=user)
    )
    yield Desk(store), made
    store.close(audit=False)


def _reference(made: dict[str, Any], *, team: str | None) -> ProgramReport:
    """compute over every value of the dataset, without the arrest counts the laptop does not hold."""
    data = replace(memory_data(made), arrest_counts=[])
    return compute(data, period_start=START, period_end=END, team=team)


@pytest.mark.parametrize("team", ["north", None])
def test_the_laptops_pcg_report_is_the_one_worked_out_from_every_value(
    program: tuple[Desk, dict[str, Any]], team: str | None
) -> None:
    desk, made = program
    with laptop_zone(PROGRAM_TZ_NAME):  # the program's days are the laptop's
        report = desk.reports.program_report(start=START, end=END, team=team)
    assert report == _reference(made, team=team)


def test_the_laptop_gives_the_figures_worked_out_by_hand(program: tuple[Desk, dict[str, Any]]) -> None:
    desk, made = program
    with laptop_zone(PROGRAM_TZ_NAME):
        report = desk.reports.program_report(start=START, end=END, team="north")
    rows = [(r.case_manager, r.name, r.open_at_end, r.served, r.standard, r.maximum, r.level.value)
            for r in report.caseload.rows]  # fmt: skip
    assert rows == want.CASELOAD
    assert (report.referrals.referrals, report.referrals.participants) == (
        want.REFERRALS,
        want.REFERRED_PARTICIPANTS,
    )
    assert [(m.participants, m.contacts, m.seen) for m in report.contacts.months] == want.CONTACTS
    names = {p.participant.id: name for name, p in made.items()}
    not_seen = [
        (names[r.participant_id], r.last_contact and r.last_contact.isoformat(), r.days)
        for r in report.not_seen.rows
    ]
    assert (not_seen, report.not_seen.expected) == (want.NOT_SEEN, want.NOT_SEEN_EXPECTED)
    assert (report.housing.participants, report.cost.spent) == (want.HOUSING_PARTICIPANTS, want.SPENT)
    # Disparity counts referrals against the arrests imported for the same periods and precincts,
    # which stay on the office server: none here.
    assert (report.disparity.arrests, report.disparity.referrals) == (0, 0)
    six = report.evaluation.cohort[0]
    assert (six.engaged, six.followed_up, six.after.jail_days, six.after.open_stays) == (8, 7, 44, 1)


def test_the_dashboard_shows_the_reports_figures(program: tuple[Desk, dict[str, Any]]) -> None:
    desk, made = program
    with laptop_zone(PROGRAM_TZ_NAME):
        shown = desk.reports.dashboard(start=START, end=END, team="north")
    full = _reference(made, team="north")
    for family in ("caseload", "not_seen", "referrals", "clocks", "contacts", "needs", "housing"):
        assert getattr(shown, family) == getattr(full, family), family
    assert shown.participants == full.participants
