"""The dashboard's figures through the desk, on a real encrypted store seeded with the synthetic caseload:
they are exactly what `reports.compute` gives over every record the laptop holds (the desk reads only
what the shown measures can count), for several periods, both teams and the laptop's own time zone; a
supervisor sees the teams, a case manager their own participants; bad choices are refused."""

from __future__ import annotations

import gc
import os
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from leaddesk.demo.bundle import usernames
from leaddesk.demo.program import DEMO_PROGRAM
from leaddesk.demo.seed import seed_store
from leaddesk.desk import Desk
from leaddesk.desk.report_calendar import LaptopZone, Preset, preset_period
from leaddesk.desk.report_calendar import laptop_zone as report_zone
from leaddesk.desk.reports import Dashboard, ReportNotSaved, ReportRefused, collector_paused
from leaddesk.domain import AuditEvent
from leaddesk.domain.enums import AuditAction
from leaddesk.domain.program import StaffMember
from leaddesk.reports import ProgramData, ProgramReport, compute
from leaddesk.storage.profile import create_profile
from leaddesk.storage.store import Store
from leaddesk.storage.sync_state import EnrolledUser, Enrolment, SyncState
from tests.kdf import FAST_FOR_TESTS
from tests.laptop_zone import PACIFIC_ZONE, laptop_zone
from tests.reports.pdf_tools import pdf_text

TODAY = date(2026, 3, 16)
NAMES = ["Avery Lindqvist", "Jules Okafor", "Noor Baptiste", "Sol Marchetti", "Tam Ferrow"]
STAFF = [
    StaffMember(username=login, display_name=name, role="case_manager", teams=[("north", "south")[i % 2]])
    for i, (name, login) in enumerate(zip(NAMES, usernames(NAMES), strict=True))
]
SUPERVISOR = StaffMember(
    username="lee.park", display_name="Lee Park", role="supervisor", teams=["north", "south"]
)
SHOWN = ("caseload", "not_seen", "referrals", "clocks", "contacts", "needs", "housing", "participants")
PERIODS = [
    preset_period(Preset.LAST_30_DAYS, today=TODAY),
    preset_period(Preset.THIS_QUARTER, today=TODAY),
    preset_period(Preset.LAST_12_MONTHS, today=TODAY),
    (date(2025, 6, 1), date(2025, 8, 31)),  # long past: exits before it, records after it
]


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """40 participants of five case managers in two teams, with the demo program and its roster."""
    home: Path = tmp_path_factory.mktemp("dashboard")
    store = create_profile("Lee Park", "a passphrase for tests", home=home, kdf=FAST_FOR_TESTS).store
    seed_store(store, seed=11, participants=40, notes_per_participant=1, case_managers=NAMES, today=TODAY)
    store.repos.program.replace(version="b" * 32, settings=DEMO_PROGRAM, roster=[*STAFF, SUPERVISOR])
    yield store
    store.close(audit=False)


def enrol(
    store: Store, *, role: str, username: str = "lee.park", teams: tuple[str, ...] = ("north", "south")
) -> Desk:
    user = EnrolledUser(username=username, display_name="Someone", role=role, teams=teams)
    SyncState(store).save_enrolment(
        Enrolment("https://office.test", "d-1", token="t", ca_bundle=None, user=user)
    )
    return Desk(store)


def everything(store: Store, *, zone: LaptopZone) -> ProgramData:
    """Every record the laptop holds, read and validated one kind at a time: the reference."""
    repos = store.repos
    return ProgramData(
        participants=repos.participants.find(),
        enrollments=repos.enrollments.find(),
        referrals=repos.referrals.find(),
        legal_events=repos.legal_events.find(),
        services=repos.services.find(),
        contacts=repos.contacts.find(),
        needs=repos.needs.find(),
        housing=repos.housing.find(),
        outcomes=repos.outcomes.find(),
        settings=repos.program.settings(),
        roster=repos.program.roster(),
        tz=zone,
    )


def assert_same(shown: Dashboard, full: ProgramReport) -> None:
    for family in SHOWN:
        assert getattr(shown, family) == getattr(full, family), family


@pytest.mark.parametrize(("start", "end"), PERIODS)
def test_the_dashboard_shows_what_compute_gives_over_everything(
    seeded: Store, start: date, end: date
) -> None:
    desk = enrol(seeded, role="supervisor")
    with laptop_zone(PACIFIC_ZONE):  # a day is the laptop's: eight hours behind UTC here
        data = everything(seeded, zone=LaptopZone())
        for team in (None, "north"):
            shown = desk.reports.dashboard(start=start, end=end, team=team)
            assert_same(shown, compute(data, period_start=start, period_end=end, team=team))
            assert (shown.team, shown.mine_only) == (team, False)


def test_the_figures_are_not_empty(seeded: Store) -> None:
    """The comparison above means something only if the seeded periods hold what the charts show."""
    desk = enrol(seeded, role="supervisor")
    start, end = preset_period(Preset.LAST_12_MONTHS, today=TODAY)
    shown = desk.reports.dashboard(start=start, end=end)
    assert shown.referrals.referrals > 0
    assert sum(m.contacts for m in shown.contacts.months) > 0
    assert shown.not_seen.rows
    assert shown.caseload.open_at_end > 0
    assert sum(r.opened for r in shown.needs.rows) > 0
    assert shown.housing.participants > 0
    assert {r.case_manager for r in shown.caseload.rows} == {m.username for m in STAFF}
    assert shown.staff_name(STAFF[0].username) == STAFF[0].display_name
    one = desk.reports.dashboard(start=start, end=end, team="north")
    assert 0 < one.participants < shown.participants


def test_a_supervisor_chooses_among_their_teams_and_may_export(seeded: Store) -> None:
    view = enrol(seeded, role="supervisor", teams=("north",)).reports.view()
    assert (view.mine_only, view.teams, view.may_export) == (False, ("north",), True)
    admin = enrol(seeded, role="admin", teams=()).reports.view()
    assert admin.teams == ("north", "south")  # an admin: every team whose records are here


def test_a_case_manager_sees_their_own_participants_only(seeded: Store) -> None:
    casey = STAFF[0]
    desk = enrol(seeded, role="case_manager", username=casey.username, teams=("north",))
    view = desk.reports.view()
    assert (view.mine_only, view.teams, view.may_export) == (True, (), False)
    start, end = preset_period(Preset.LAST_12_MONTHS, today=TODAY)
    shown = desk.reports.dashboard(start=start, end=end, team="south")  # a team asked for is not theirs
    mine = seeded.repos.participants.count(where={"case_manager": casey.username})
    assert shown.mine_only
    assert shown.participants == mine
    assert [r.case_manager for r in shown.caseload.rows] == [casey.username]  # no colleagues listed
    assert {r.case_manager for r in shown.not_seen.rows} <= {casey.username}


def test_before_enrolment_the_dashboard_is_the_users_own(store: Store) -> None:
    view = Desk(store).reports.view()
    assert view.mine_only
    shown = Desk(store).reports.dashboard(start=TODAY - timedelta(days=29), end=TODAY)
    assert (shown.participants, shown.caseload.rows) == (0, ())


def test_a_team_not_theirs_or_a_reversed_period_is_refused(seeded: Store) -> None:
    desk = enrol(seeded, role="supervisor", teams=("north",))
    with pytest.raises(ReportRefused, match="choose one of them"):
        desk.reports.dashboard(start=TODAY - timedelta(days=29), end=TODAY, team="south")
    with pytest.raises(ReportRefused, match="before it starts"):
        desk.reports.dashboard(start=TODAY, end=TODAY - timedelta(days=1))


def test_the_named_periods() -> None:
    assert preset_period(Preset.LAST_30_DAYS, today=date(2026, 3, 16)) == (
        date(2026, 2, 15),
        date(2026, 3, 16),
    )
    assert preset_period(Preset.THIS_QUARTER, today=date(2026, 3, 16)) == (
        date(2026, 1, 1),
        date(2026, 3, 16),
    )
    assert preset_period(Preset.THIS_QUARTER, today=date(2026, 12, 3)) == (
        date(2026, 10, 1),
        date(2026, 12, 3),
    )
    assert preset_period(Preset.LAST_12_MONTHS, today=date(2026, 3, 16)) == (
        date(2025, 4, 1),
        date(2026, 3, 16),
    )
    assert preset_period(Preset.LAST_12_MONTHS, today=date(2026, 12, 3)) == (
        date(2026, 1, 1),
        date(2026, 12, 3),
    )
    with pytest.raises(ValueError, match="custom period"):
        preset_period(Preset.CUSTOM, today=TODAY)


def test_the_laptop_zone_follows_daylight_saving_time() -> None:
    """A fixed offset (what astimezone() gives) would put one of these two on the wrong day."""
    with laptop_zone("EST+5EDT,M3.2.0,M11.1.0"):  # a POSIX rule: no time zone database needed
        zone = LaptopZone()
        summer = datetime(2026, 7, 2, 3, 30, tzinfo=UTC)  # 23:30 on 1 July, EDT (UTC-4)
        winter = datetime(2026, 1, 2, 4, 30, tzinfo=UTC)  # 23:30 on 1 January, EST (UTC-5)
        assert summer.astimezone(zone).date() == date(2026, 7, 1)
        assert winter.astimezone(zone).date() == date(2026, 1, 1)
        assert datetime(2026, 1, 2, 4, 29, tzinfo=UTC).astimezone(zone).hour == 23
        midnight = datetime(2026, 7, 1, tzinfo=zone)
        assert midnight.astimezone(UTC) == datetime(2026, 7, 1, 4, tzinfo=UTC)
        assert datetime(2026, 1, 1, tzinfo=zone).astimezone(UTC) == datetime(2026, 1, 1, 5, tzinfo=UTC)


def test_the_collector_runs_again_after_overlapping_reports() -> None:
    assert gc.isenabled()
    with collector_paused():
        with collector_paused():  # a report on the other reader lane at the same time
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("a report that failed")
    assert gc.isenabled()


def test_the_laptop_zone_is_read_when_made() -> None:
    """The zone's offsets are remembered per report: one made after the zone changed sees the change."""
    with laptop_zone("UTC0"):
        before = LaptopZone()
        moment = datetime(2026, 1, 2, 3, tzinfo=UTC)
        assert moment.astimezone(before).date() == date(2026, 1, 2)
    with laptop_zone(PACIFIC_ZONE):
        assert moment.astimezone(LaptopZone()).date() == date(2026, 1, 1)
    assert os.environ.get("TZ") != PACIFIC_ZONE
    time.tzset()


@pytest.mark.parametrize("name", ["America/New_York", ":America/New_York"])
def test_a_zone_the_system_names_is_the_tz_databases_and_gives_the_laptops_days(name: str) -> None:
    """TZ naming a zone (with or without glibc's leading colon): the tz database's zone, which gives
    the same days as asking the system does (LaptopZone) across both clock changes of a year."""
    with laptop_zone(name):
        zone, system = report_zone(), LaptopZone()
        assert isinstance(zone, ZoneInfo)
        for hour in range(0, 365 * 24, 5):
            moment = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(hours=hour, minutes=hour % 60)
            assert moment.astimezone(zone).date() == moment.astimezone(system).date(), moment


def test_a_posix_rule_or_no_zone_file_falls_back_to_asking_the_system(tmp_path: Path) -> None:
    with laptop_zone("EST+5EDT,M3.2.0,M11.1.0"):
        assert isinstance(report_zone(), LaptopZone)
    before = os.environ.pop("TZ", None)
    try:
        assert isinstance(report_zone(tmp_path / "no-such-file"), LaptopZone)
        (tmp_path / "garbage").write_bytes(b"not a zone file")
        assert isinstance(report_zone(tmp_path / "garbage"), LaptopZone)
    finally:
        if before is not None:
            os.environ["TZ"] = before


# -- the PCG report ------------------------------------------------------------------------------


def exports(store: Store) -> list[AuditEvent]:
    return store.repos.audit.events(action=AuditAction.EXPORT)


def test_a_supervisor_saves_the_pcg_report_and_its_tables(seeded: Store, tmp_path: Path) -> None:
    desk = enrol(seeded, role="supervisor")
    start, end = preset_period(Preset.LAST_12_MONTHS, today=TODAY)
    before = len(exports(seeded))
    pdf, tables = tmp_path / "pcg.pdf", tmp_path / "tables"
    written = desk.reports.save_pcg(start=start, end=end, pdf=pdf, csv_folder=tables, made_on=TODAY)
    assert pdf in written
    assert (tables / "index.csv") in written
    text = pdf_text(pdf)
    assert "Bellmoor LEAD (demo)" in text
    assert "<11" in text  # small counts suppressed for an outside audience
    names = {p.last_name for p in seeded.repos.participants.find()} | {
        p.first_name for p in seeded.repos.participants.find()
    }
    assert not [n for n in names if n in text]  # nobody is named
    [event] = exports(seeded)[: len(exports(seeded)) - before]
    assert (event.entity, event.user) == ("report", seeded.user)
    assert event.detail.startswith(
        f"pcg {start.isoformat()}..{end.isoformat()} team=all files={len(written)}"
    )


def test_the_report_saved_is_what_compute_gives_over_everything(seeded: Store) -> None:
    """Every measure of the laptop's PCG report (contacts read only where the contact measures count
    them) equals the same report computed from every record the laptop holds."""
    desk = enrol(seeded, role="supervisor")
    with laptop_zone(PACIFIC_ZONE):
        for start, end in PERIODS:
            for team in (None, "south"):
                made = desk.reports.program_report(start=start, end=end, team=team)
                data = everything(seeded, zone=LaptopZone())
                assert made == compute(data, period_start=start, period_end=end, team=team)
                assert made.evaluation.participants or start > TODAY - timedelta(days=40)


def test_a_case_manager_saves_no_pcg_report(seeded: Store, tmp_path: Path) -> None:
    desk = enrol(seeded, role="case_manager", username=STAFF[0].username, teams=("north",))
    before = len(exports(seeded))
    with pytest.raises(ReportRefused, match="supervisor or an admin"):
        desk.reports.save_pcg(
            start=TODAY - timedelta(days=29), end=TODAY, pdf=tmp_path / "x.pdf", made_on=TODAY
        )
    assert list(tmp_path.iterdir()) == []
    assert len(exports(seeded)) == before


def test_a_report_that_cannot_be_written_says_so_and_is_not_audited(seeded: Store, tmp_path: Path) -> None:
    desk = enrol(seeded, role="supervisor")
    before = len(exports(seeded))
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("")
    with pytest.raises(ReportNotSaved, match="could not be written"):
        desk.reports.save_pcg(start=TODAY - timedelta(days=29), end=TODAY, csv_folder=blocked, made_on=TODAY)
    with pytest.raises(ReportNotSaved, match="could not be written"):
        desk.reports.save_pcg(
            start=TODAY - timedelta(days=29), end=TODAY, pdf=blocked / "pcg.pdf", made_on=TODAY
        )
    with pytest.raises(ReportRefused, match="Say where the report goes"):
        desk.reports.save_pcg(start=TODAY - timedelta(days=29), end=TODAY, made_on=TODAY)
    assert len(exports(seeded)) == before
