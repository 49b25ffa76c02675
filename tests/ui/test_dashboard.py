"""The dashboard page offscreen on a real encrypted store seeded with the synthetic caseload: its charts
and its list show what `reports.compute` gives over every record the laptop holds (compared series by
series, not with numbers written here), a new period or team is worked out again, a case manager sees
their own participants, a row opens its participant, and the charts follow the light and dark look."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCharts import QAbstractBarSeries, QBarCategoryAxis, QChart
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QFileDialog

from leaddesk.demo.bundle import usernames
from leaddesk.demo.program import DEMO_PROGRAM
from leaddesk.demo.seed import seed_store
from leaddesk.desk import Desk
from leaddesk.desk.report_calendar import LaptopZone, Preset
from leaddesk.desk.reports import NotSeen
from leaddesk.domain import Participant
from leaddesk.domain.enums import AuditAction
from leaddesk.domain.program import StaffMember
from leaddesk.reports import ProgramData, ProgramReport, compute
from leaddesk.storage.profile import create_profile
from leaddesk.storage.store import Store
from leaddesk.storage.sync_state import EnrolledUser, Enrolment, SyncState
from leaddesk.ui.dashboard_cards import CASELOAD, CONTACTS, HOUSING, NEEDS, REFERRALS
from leaddesk.ui.dashboard_model import NotSeenModel
from leaddesk.ui.dashboard_page import DashboardPage
from leaddesk.ui.look import Scheme, apply, variant
from leaddesk.ui.models import ParticipantIdRole
from leaddesk.ui.session import Session
from tests.kdf import FAST_FOR_TESTS

NAMES = ["Avery Lindqvist", "Jules Okafor", "Noor Baptiste", "Sol Marchetti", "Tam Ferrow"]
STAFF = [
    StaffMember(username=login, display_name=name, role="case_manager", teams=[("north", "south")[i % 2]])
    for i, (name, login) in enumerate(zip(NAMES, usernames(NAMES), strict=True))
]


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """40 participants up to today, of five case managers in two teams, with the demo program."""
    home: Path = tmp_path_factory.mktemp("dashboard-page")
    store = create_profile("Lee Park", "a passphrase for tests", home=home, kdf=FAST_FOR_TESTS).store
    seed_store(store, seed=3, participants=40, notes_per_participant=1, case_managers=NAMES)
    store.repos.program.replace(version="d" * 32, settings=DEMO_PROGRAM, roster=STAFF)
    yield store
    store.close(audit=False)


def enrol(
    store: Store, *, role: str, username: str = "lee.park", teams: tuple[str, ...] = ("north", "south")
) -> None:
    user = EnrolledUser(username=username, display_name="Someone", role=role, teams=teams)
    SyncState(store).save_enrolment(
        Enrolment("https://office.test", "d-1", token="t", ca_bundle=None, user=user)
    )


@pytest.fixture
def page(qtbot, seeded: Store) -> Iterator[DashboardPage]:
    enrol(seeded, role="supervisor")
    session = Session(Desk(seeded))
    shown = DashboardPage(session)
    qtbot.addWidget(shown)
    shown.resize(1216, 900)
    shown.show()
    yield shown
    session.runner.stop()


def compute_now(page: DashboardPage, qtbot, *, period: Preset | None = None, team: str | None = None) -> None:
    """Choose (or, what is chosen already, refresh), and wait until the page shows what it worked out
    off the GUI thread."""
    combo, wanted = (page.period, period.value) if period is not None else (page.team, team)
    with qtbot.waitSignal(page.computed, timeout=10_000):
        if (period is None and team is None) or combo.currentData() == wanted:
            page.refresh()
        else:
            combo.setCurrentIndex(combo.findData(wanted))


def reference(store: Store, page: DashboardPage) -> ProgramReport:
    """compute() over every record, read and validated one kind at a time, for the page's choices."""
    repos = store.repos
    data = ProgramData(
        participants=repos.participants.find(), enrollments=repos.enrollments.find(),
        referrals=repos.referrals.find(), legal_events=repos.legal_events.find(),
        services=repos.services.find(), contacts=repos.contacts.find(), needs=repos.needs.find(),
        housing=repos.housing.find(), outcomes=repos.outcomes.find(), settings=repos.program.settings(),
        roster=repos.program.roster(), tz=LaptopZone(),
    )  # fmt: skip
    start, end = page.chosen_period()
    return compute(data, period_start=start, period_end=end, team=page.chosen_team())


def bars(chart: QChart) -> dict[str, list[float]]:
    """Each bar set's values by its name, as the chart holds them."""
    found: dict[str, list[float]] = {}
    for series in chart.series():
        if isinstance(series, QAbstractBarSeries):
            for bar_set in series.barSets():
                found[bar_set.label()] = [bar_set.at(i) for i in range(bar_set.count())]
    return found


def categories(chart: QChart) -> list[str]:
    axis = next(a for a in chart.axes() if isinstance(a, QBarCategoryAxis))
    return axis.categories()


def test_the_charts_show_what_compute_gives(qtbot, seeded: Store, page: DashboardPage) -> None:
    assert page.body.currentWidget() is page.placeholder  # nothing worked out until the page is asked
    compute_now(page, qtbot, period=Preset.LAST_12_MONTHS)
    full = reference(seeded, page)
    cards = page.cards
    caseload = cards.chart(CASELOAD)
    assert categories(caseload) == [r.name for r in reversed(full.caseload.rows)]  # the first on top
    assert bars(caseload)["Open participants"] == [r.open_at_end for r in reversed(full.caseload.rows)]
    doors = bars(cards.chart(REFERRALS))
    assert sorted(doors.values()) == sorted(
        list(map(float, r.per_month)) for r in full.referrals.by_door.rows
    )
    assert len(categories(cards.chart(REFERRALS))) == len(full.referrals.by_door.months) == 12
    contacts = bars(cards.chart(CONTACTS))["Contacts per participant"]
    assert contacts == pytest.approx([round(m.per_participant or 0, 1) for m in full.contacts.months])
    housing = [r for r in full.housing.rows if r.at_entry or r.latest]
    assert bars(cards.chart(HOUSING))["At entry"] == [r.at_entry for r in reversed(housing)]
    needs = [r for r in full.needs.rows if r.opened or r.met or r.still_open]
    assert bars(cards.chart(NEEDS))["Met"] == [r.met for r in needs]
    model = cards.not_seen_model
    assert [model.data(model.index(i, 0), ParticipantIdRole) for i in range(model.rowCount())] == [
        r.participant_id for r in full.not_seen.rows
    ]
    assert sum(sum(v) for v in doors.values()) > 0  # the comparisons above compared something


def test_another_period_or_team_is_worked_out_again(qtbot, seeded: Store, page: DashboardPage) -> None:
    compute_now(page, qtbot, period=Preset.LAST_12_MONTHS)
    everyone = len(categories(page.cards.chart(CASELOAD)))
    compute_now(page, qtbot, team="north")
    north = reference(seeded, page)
    assert page.dashboard is not None
    assert page.dashboard.team == "north"
    assert categories(page.cards.chart(CASELOAD)) == [r.name for r in reversed(north.caseload.rows)]
    assert len(north.caseload.rows) < everyone
    compute_now(page, qtbot, period=Preset.LAST_30_DAYS)
    assert page.dashboard.period.days == 30
    assert bars(page.cards.chart(CASELOAD))["Open participants"] == [
        r.open_at_end for r in reversed(reference(seeded, page).caseload.rows)
    ]
    assert len(categories(page.cards.chart(REFERRALS))) in (1, 2)  # a month and the part of another


def test_the_choices_are_kept_for_next_time(qtbot, seeded: Store, page: DashboardPage) -> None:
    compute_now(page, qtbot, period=Preset.THIS_QUARTER)
    compute_now(page, qtbot, team="south")
    again = DashboardPage(page.session)
    qtbot.addWidget(again)
    assert (again.period.currentData(), again.chosen_team()) == (Preset.THIS_QUARTER.value, "south")


def test_a_case_manager_sees_their_own_participants(qtbot, seeded: Store) -> None:
    enrol(seeded, role="case_manager", username=STAFF[1].username, teams=("south",))
    session = Session(Desk(seeded))
    page = DashboardPage(session)
    qtbot.addWidget(page)
    page.show()
    try:
        assert page.team.isHidden()
        assert not page.scope_note.isHidden()
        compute_now(page, qtbot, period=Preset.LAST_12_MONTHS)
        assert categories(page.cards.chart(CASELOAD)) == [STAFF[1].display_name]
        mine = seeded.repos.participants.count(where={"case_manager": STAFF[1].username})
        assert page.dashboard is not None
        assert page.dashboard.participants == mine
        assert page.cards.not_seen.isColumnHidden(NotSeenModel.COL_CASE_MANAGER)
    finally:
        session.runner.stop()


def test_a_row_not_seen_opens_the_participant(qtbot, page: DashboardPage) -> None:
    compute_now(page, qtbot, period=Preset.LAST_12_MONTHS)
    table = page.cards.not_seen
    assert table.select_first()
    wanted = table.currentIndex().data(ParticipantIdRole)
    with qtbot.waitSignal(page.participant_requested, timeout=1000) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == [wanted]


def test_a_team_that_is_no_longer_theirs_is_said_plainly(qtbot, seeded: Store, page: DashboardPage) -> None:
    compute_now(page, qtbot, team="north")
    enrol(seeded, role="supervisor", teams=("south",))  # moved to another team by IT since
    with qtbot.waitSignal(page.session.runner.idle, timeout=10_000):
        page.refresh()
    assert "choose one of them" in page.status.text()
    assert page.dashboard is not None
    assert page.dashboard.team == "north"


def test_the_charts_follow_the_look(qtbot, restored: QApplication, page: DashboardPage) -> None:
    apply(restored, Scheme.LIGHT)
    compute_now(page, qtbot, period=Preset.LAST_12_MONTHS)

    def colours() -> tuple[QColor, QColor]:
        chart = page.cards.chart(CASELOAD)
        first = next(s for s in chart.series() if isinstance(s, QAbstractBarSeries)).barSets()[0]
        return chart.backgroundBrush().color(), first.color()

    assert colours() == (
        restored.palette().color(QPalette.ColorRole.Base),
        QColor(variant(Scheme.LIGHT).charts["series-1"]),
    )
    apply(restored, Scheme.DARK)  # as the system switching to dark does (ui/look.py)
    qtbot.waitUntil(lambda: colours()[1] == QColor(variant(Scheme.DARK).charts["series-1"]), timeout=2000)
    assert colours()[0] == variant(Scheme.DARK).palette.color(QPalette.ColorRole.Base)


def test_the_not_seen_model_reads_a_plain_list(qapp) -> None:
    rows = [
        NotSeen("p-1", "Quill, Ada", "avery.lindqvist", None, None),
        NotSeen("p-2", "Tallis, Bo", "", date(2026, 3, 1), 15),
    ]
    model = NotSeenModel()
    model.show(rows, staff_name={"avery.lindqvist": "Avery Lindqvist"}.get)

    def cells(column: int) -> list[object]:
        return [model.data(model.index(r, column)) for r in range(model.rowCount())]

    assert cells(NotSeenModel.COL_NAME) == ["Quill, Ada", "Tallis, Bo"]
    assert cells(NotSeenModel.COL_DAYS) == ["—", "15"]
    assert cells(NotSeenModel.COL_LAST_CONTACT) == ["never", "Mar 1, 2026"]
    assert cells(NotSeenModel.COL_CASE_MANAGER) == ["Avery Lindqvist", "No case manager"]
    assert model.data(model.index(1, 0), ParticipantIdRole) == "p-2"


def test_a_supervisor_saves_the_pcg_report_and_its_tables(
    qtbot, monkeypatch, seeded: Store, page: DashboardPage, tmp_path: Path
) -> None:
    compute_now(page, qtbot, period=Preset.LAST_12_MONTHS)
    assert page.exports.save_report.isVisible()
    assert page.exports.save_tables.isVisible()
    before = len(seeded.repos.audit.events(action=AuditAction.EXPORT))
    # The save dialog is the system's: it answers with a name typed without its ending.
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(tmp_path / "for the PCG"), ""))
    with qtbot.waitSignal(page.exports.exported, timeout=20_000) as saved:
        page.exports.save_report.click()
    assert saved.args == [[tmp_path / "for the PCG.pdf"]]
    assert (tmp_path / "for the PCG.pdf").read_bytes().startswith(b"%PDF")
    assert "Saved to" in page.exports.notice.text()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(tmp_path))
    with qtbot.waitSignal(page.exports.exported, timeout=20_000) as saved:
        page.exports.save_tables.click()
    folder = saved.args[0][0].parent
    assert folder.parent == tmp_path
    assert folder.name.startswith("PCG report ")
    assert (folder / "index.csv").is_file()
    events = seeded.repos.audit.events(action=AuditAction.EXPORT)
    assert len(events) == before + 2
    assert {e.entity for e in events[:2]} == {"report"}


def test_a_report_that_cannot_be_saved_is_said_plainly(qtbot, page: DashboardPage, tmp_path: Path) -> None:
    blocked = tmp_path / "a file"
    blocked.write_text("")
    with qtbot.waitSignal(page.exports.exported, timeout=20_000) as saved:
        page.exports.save_csv(blocked)
    assert saved.args == [[]]
    assert "was not saved" in page.exports.notice.text()
    assert "could not be written" in page.exports.notice.text()


def test_a_case_manager_is_offered_no_export(qtbot, seeded: Store) -> None:
    enrol(seeded, role="case_manager", username=STAFF[0].username, teams=("north",))
    session = Session(Desk(seeded))
    page = DashboardPage(session)
    qtbot.addWidget(page)
    page.show()
    try:
        assert page.exports.save_report.isHidden()
        assert page.exports.save_tables.isHidden()
    finally:
        session.runner.stop()


def test_anyone_above_the_maximum_is_flagged_in_red_and_by_name(qtbot, store: Store) -> None:
    program = DEMO_PROGRAM.with_changes(caseload_standard=4, caseload_maximum=5)
    roster = [
        *STAFF[:2],
        StaffMember(username="casey", display_name="Casey Morgan", role="case_manager", teams=["north"]),
    ]
    store.repos.program.replace(version="e" * 32, settings=program, roster=roster)
    for n in range(7):
        store.repos.participants.create(
            Participant(first_name=f"P{n}", last_name="Quill", team_id="north", case_manager="casey")
        )
    store.repos.participants.create(
        Participant(first_name="Q", last_name="Quill", team_id="north", case_manager=STAFF[0].username)
    )
    enrol(store, role="supervisor", teams=("north",))
    session = Session(Desk(store))
    page = DashboardPage(session)
    qtbot.addWidget(page)
    page.show()
    try:
        compute_now(page, qtbot, period=Preset.LAST_30_DAYS)
        chart = page.cards.chart(CASELOAD)
        names = categories(chart)
        series = next(s for s in chart.series() if isinstance(s, QAbstractBarSeries)).barSets()[0]
        flagged = [names[i] for i in range(len(names)) if series.isBarSelected(i)]
        assert flagged == ["Casey Morgan"]
        assert series.selectedColor() == QColor(variant(Scheme.LIGHT).charts["maximum"])
        assert "Above the maximum of 5: Casey Morgan (7)." in page.cards.cards[CASELOAD].note.text()
    finally:
        session.runner.stop()
