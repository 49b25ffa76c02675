"""The participant's record through the real window (issue 13's acceptance): the main window on a real
encrypted profile, a participant opened from it, the phone edited in Edit details…, and the status moved
through Change status… — Engaged refused without its date and accepted with it, an exit refused without
a destination, a return opening a new episode while the old one stays listed. Each step is checked on
the screen and in what is stored."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from leaddesk.desk import Desk
from leaddesk.desk.program import Program
from leaddesk.desk.record import StatusChange, StatusChangeRefused
from leaddesk.domain import Need, Participant
from leaddesk.domain.clock import local_today
from leaddesk.domain.enums import Destination, ExitReason, ParticipantStatus, RaceEthnicity, Sex
from leaddesk.domain.outcome_codes import DataCollectionStage
from leaddesk.domain.program import StaffMember
from leaddesk.storage.store import Store
from leaddesk.storage.sync_state import EnrolledUser, Enrolment, SyncState
from leaddesk.ui.display import day
from leaddesk.ui.labels import enum_label
from leaddesk.ui.main_window import MainWindow
from leaddesk.ui.new_participant import NewParticipantDialog
from leaddesk.ui.participant.details_dialog import DetailsDialog
from leaddesk.ui.participant.episodes_view import COL_DESTINATION, COL_REASON, COL_STATUS
from leaddesk.ui.participant.formatting import error_text
from leaddesk.ui.participant.outcomes_tab import OutcomesTab
from leaddesk.ui.participant.page import ParticipantPage
from leaddesk.ui.participant.status_dialog import StatusDialog
from leaddesk.ui.screenshots import participant_to_show
from leaddesk.ui.session import Session
from tests.kdf import FAST_FOR_TESTS

S = ParticipantStatus
TODAY = local_today()
REFERRED_ON = TODAY - timedelta(days=40)


@pytest.fixture
def window(qtbot: Any, home: Path, store: Store) -> Iterator[MainWindow]:
    made = MainWindow(home=home, desk=Desk(store), kdf=FAST_FOR_TESTS)
    qtbot.addWidget(made)
    made.show()
    yield made
    made.close()


@pytest.fixture
def jordan(window: MainWindow) -> Participant:
    desk = window.session.desk
    made = desk.participants.create(
        Participant(first_name="Jordan", last_name="Quill", team_id="north"), referral_date=REFERRED_ON
    )
    return window.session.apply(made)


def open_page(qtbot: Any, window: MainWindow, participant: Participant) -> ParticipantPage:
    window.workspace.open_participant(participant.id)
    page = window.workspace.participant
    assert page is not None
    qtbot.waitUntil(lambda: page.is_open, timeout=5_000)
    return page


def click(qtbot: Any, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def save_and_wait(qtbot: Any, page: ParticipantPage) -> None:
    """Save the open dialog and wait for its write to come back from the runner."""
    dialog = page.dialog
    assert dialog is not None
    click(qtbot, dialog.save_button)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not dialog.saving, timeout=5_000)  # type: ignore[attr-defined]


def status_dialog(qtbot: Any, page: ParticipantPage, to: ParticipantStatus) -> StatusDialog:
    click(qtbot, page.header.status_button)
    dialog = page.dialog
    assert isinstance(dialog, StatusDialog)
    dialog.to.setCurrentIndex(dialog.to.findData(to))
    return dialog


def offered(dialog: StatusDialog) -> list[ParticipantStatus]:
    return [dialog.to.itemData(n) for n in range(dialog.to.count())]


def test_the_phone_is_edited_from_the_participants_page(
    qtbot, window: MainWindow, store: Store, jordan
) -> None:
    page = open_page(qtbot, window, jordan)
    assert page.header.phone_label.isHidden()
    with qtbot.waitActive(window):
        window.activateWindow()
    # The shortcut, pressed wherever the keyboard is, as a person would.
    keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_D, keys)
    qtbot.waitUntil(lambda: page.dialog is not None, timeout=2_000)  # a button's shortcut animates a click
    dialog = page.dialog
    assert isinstance(dialog, DetailsDialog)
    dialog.phone.clear()
    qtbot.keyClicks(dialog.phone, "555-0142")
    dialog.sex.setCurrentIndex(dialog.sex.findData(Sex.FEMALE))
    dialog.races[RaceEthnicity.WHITE].setChecked(True)
    save_and_wait(qtbot, page)
    assert page.dialog is None
    assert page.header.phone_label.text() == "Phone: 555-0142"
    saved = store.repos.participants.get(jordan.id)
    assert (saved.phone, saved.sex, saved.race_ethnicity) == ("555-0142", Sex.FEMALE, [RaceEthnicity.WHITE])
    # Only what was changed was written: the fields left alone keep their clocks.
    clocks = store.repos.participants.field_clocks(jordan.id)
    assert clocks["phone"] > clocks["first_name"]
    assert clocks["usual_locations"] == clocks["first_name"]


def test_an_edit_the_record_refuses_keeps_the_dialog_open_and_writes_nothing(
    qtbot, window: MainWindow, store: Store, jordan
) -> None:
    page = open_page(qtbot, window, jordan)
    click(qtbot, page.header.edit_button)
    dialog = page.dialog
    assert isinstance(dialog, DetailsDialog)
    dialog.first_name.clear()
    save_and_wait(qtbot, page)
    assert page.dialog is dialog
    assert dialog.error.text() == "First name: is required"
    assert store.repos.participants.get(jordan.id) == jordan


def test_status_engaged_exit_and_return_through_the_window(
    qtbot, window: MainWindow, store: Store, jordan
) -> None:
    page = open_page(qtbot, window, jordan)
    assert page.header.status_label.text() == f"Referred since {day(REFERRED_ON)}"
    with qtbot.waitActive(window):
        window.activateWindow()
    keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_T, keys)  # Change status… by its shortcut
    qtbot.waitUntil(lambda: isinstance(page.dialog, StatusDialog), timeout=2_000)
    page.dialog.reject()
    qtbot.waitUntil(lambda: page.dialog is None, timeout=2_000)

    dialog = status_dialog(qtbot, page, S.ENGAGED)
    assert offered(dialog) == [S.ENGAGED, S.EXITED]  # only the machine's steps from referred
    assert dialog.engagement_date.isVisibleTo(dialog)
    assert not dialog.destination.isVisibleTo(dialog)
    save_and_wait(qtbot, page)  # no date given
    assert dialog.error.text() == "Becoming engaged needs the date of engagement."
    assert store.repos.participants.get(jordan.id).status is S.REFERRED
    dialog.engagement_date.given.setChecked(True)
    save_and_wait(qtbot, page)
    assert page.dialog is None
    assert page.header.status_label.text() == f"Engaged since {day(TODAY)}"
    assert store.repos.participants.get(jordan.id).engaged_on == TODAY

    dialog = status_dialog(qtbot, page, S.EXITED)
    assert offered(dialog) == [S.ACTIVE, S.INACTIVE, S.IN_THE_WIND, S.EXITED]
    dialog.exit_date.given.setChecked(True)
    dialog.exit_reason.setCurrentIndex(dialog.exit_reason.findData(ExitReason.IN_TREATMENT))
    save_and_wait(qtbot, page)  # no destination chosen
    assert dialog.error.text() == "An exit needs the exit date and where the participant is going."
    assert store.repos.participants.get(jordan.id).status is S.ENGAGED
    dialog.destination.setCurrentIndex(dialog.destination.findData(Destination.SUD_TREATMENT_FACILITY))
    save_and_wait(qtbot, page)
    assert page.header.status_label.text() == f"Exited since {day(TODAY)}"

    dialog = status_dialog(qtbot, page, S.REFERRED)
    assert offered(dialog) == [S.REFERRED]  # an exited participant can only return
    dialog.referral_date.given.setChecked(True)
    save_and_wait(qtbot, page)
    assert page.header.status_label.text() == f"Referred since {day(TODAY)}"

    history = page.overview.episodes
    assert history.table.rowCount() == 2
    assert [history.text(row, COL_STATUS) for row in (0, 1)] == ["Referred", "Exited"]
    assert history.text(1, COL_DESTINATION) == "Substance use treatment facility or detox"
    assert history.text(1, COL_REASON) == "In residential treatment"
    stored = store.repos.enrollments.for_participant(jordan.id)
    assert [(e.status, e.referral_date) for e in stored] == [(S.EXITED, REFERRED_ON), (S.REFERRED, TODAY)]
    assert store.repos.participants.get(jordan.id).status is S.REFERRED


def test_a_new_participant_is_put_in_one_of_the_users_enrolled_teams_and_referred(
    qtbot, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    user = EnrolledUser(
        username="casey", display_name=store.user, role="case_manager", teams=("south", "north")
    )
    SyncState(store).save_enrolment(
        Enrolment("https://office.example", "dev-1", token="t", ca_bundle=None, user=user)
    )
    roster = [
        StaffMember(username="robin", display_name="Robin Hale", role="case_manager", teams=["north"]),
        StaffMember(username="casey", display_name=store.user, role="case_manager", teams=["north", "south"]),
    ]
    # The roster as a sync brings it (tests/e2e/test_reassign_e2e.py syncs a real one).
    monkeypatch.setattr(Program, "roster", lambda _self: roster)
    session = Session(Desk(store))
    dialog = NewParticipantDialog(session, team="east")
    qtbot.addWidget(dialog)
    assert not dialog.team.isEditable()
    assert [dialog.team.itemText(n) for n in range(dialog.team.count())] == ["north", "south"]
    assert [dialog.case_manager.itemText(n) for n in range(dialog.case_manager.count())] == [
        store.user,
        "Robin Hale",
    ]
    dialog.case_manager.setCurrentIndex(dialog.case_manager.findText("Robin Hale"))
    dialog.team.setCurrentIndex(dialog.team.findText("south"))  # Robin is not in south
    assert dialog.case_manager.count() == 1
    assert dialog.case_manager.currentText() == store.user
    qtbot.keyClicks(dialog.first_name, "River")
    qtbot.keyClicks(dialog.last_name, "Oakes")
    dialog.referral_date.set_value(REFERRED_ON)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.created is not None
    saved = store.repos.participants.get(dialog.created.id)
    # stored by username, shown by name
    assert (saved.team_id, saved.case_manager, saved.status) == ("south", "casey", S.REFERRED)
    assert Desk(store).participants.header(saved.id).case_manager == store.user
    (episode,) = store.repos.enrollments.for_participant(saved.id)
    assert (episode.status, episode.referral_date) == (S.REFERRED, REFERRED_ON)
    session.close()


def test_with_no_team_to_choose_a_new_participant_waits_for_the_office(qtbot, store: Store) -> None:
    session = Session(Desk(store))
    dialog = NewParticipantDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.team.count() == 0
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert "Connect to the office first" in dialog.error.text()
    session.close()


def test_not_knowing_a_race_stands_alone_in_the_details(qtbot, window: MainWindow, jordan) -> None:
    dialog = DetailsDialog(window.session, jordan)
    qtbot.addWidget(dialog)
    races = dialog.races
    races[RaceEthnicity.WHITE].setChecked(True)
    races[RaceEthnicity.ASIAN_ASIAN_AMERICAN].setChecked(True)
    races[RaceEthnicity.DOESNT_KNOW].setChecked(True)
    assert dialog.values()["race_ethnicity"] == [RaceEthnicity.DOESNT_KNOW]
    races[RaceEthnicity.WHITE].setChecked(True)
    assert dialog.values()["race_ethnicity"] == [RaceEthnicity.WHITE]


def test_the_participant_screenshot_shows_someone_who_came_back(
    qtbot, window: MainWindow, store: Store, jordan
) -> None:
    desk = window.session.desk
    remy = desk.participants.create(Participant(first_name="Remy", last_name="Ash", team_id="north")).value
    for need in ("housing", "benefits"):  # the busier one, who never left
        store.repos.needs.create(Need(participant_id=remy.id, domain=need, description="Open", rank=1))
    exit_ = StatusChange(to=S.EXITED, exit_date=REFERRED_ON, destination=Destination.DOESNT_KNOW)
    for who, changes in (
        (remy, [StatusChange(to=S.ENGAGED, engagement_date=TODAY), StatusChange(to=S.ACTIVE)]),
        (
            jordan,
            [
                exit_,
                StatusChange(to=S.REFERRED, referral_date=TODAY),
                StatusChange(to=S.ENGAGED, engagement_date=TODAY),
                StatusChange(to=S.ACTIVE),
            ],
        ),
    ):
        for change in changes:
            desk.record.change_status(who.id, change)
    assert participant_to_show(window) == jordan.id


def test_an_old_episode_is_corrected_from_the_history_and_a_bad_date_is_refused(
    qtbot, window: MainWindow, store: Store, jordan
) -> None:
    record = window.session.desk.record
    engaged, exited = REFERRED_ON + timedelta(days=2), REFERRED_ON + timedelta(days=20)
    for change in (
        StatusChange(to=S.ENGAGED, engagement_date=engaged),
        StatusChange(to=S.EXITED, exit_date=exited, destination=Destination.FAMILY_TEMPORARY),
        StatusChange(to=S.REFERRED, referral_date=TODAY),
    ):
        window.session.apply(record.change_status(jordan.id, change))
    page = open_page(qtbot, window, jordan)
    history = page.overview.episodes
    assert history.correct_button.isVisible()
    history.table.selectRow(1)  # the old, exited episode
    dialog = history.dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert (dialog.episode.status, dialog.exit_date.value()) == (S.EXITED, exited)
    assert dialog.destination.isVisibleTo(dialog)

    dialog.exit_date.set_value(engaged - timedelta(days=1))  # before the engagement: refused
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.saving, timeout=5_000)
    assert "cannot be before" in dialog.error.text()
    old = next(e for e in store.repos.enrollments.for_participant(jordan.id) if e.status is S.EXITED)
    assert old.exit_date == exited  # nothing written

    dialog.exit_date.set_value(exited)
    dialog.destination.setCurrentIndex(dialog.destination.findData(Destination.RENTAL_NO_SUBSIDY))
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.saving, timeout=5_000)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert store.repos.enrollments.get(old.id).destination is Destination.RENTAL_NO_SUBSIDY
    qtbot.waitUntil(lambda: history.text(1, COL_DESTINATION) == enum_label(Destination.RENTAL_NO_SUBSIDY))
    # correcting an old episode leaves their current status as it is
    assert store.repos.participants.get(jordan.id).status is S.REFERRED


def test_a_bad_date_in_a_corrected_episode_is_refused_in_spanish_and_a_refused_status_names_them(
    qtbot, in_spanish: None, window: MainWindow, jordan
) -> None:
    record = window.session.desk.record
    engaged = REFERRED_ON + timedelta(days=2)
    window.session.apply(record.change_status(jordan.id, StatusChange(to=S.ENGAGED, engagement_date=engaged)))
    page = open_page(qtbot, window, jordan)
    dialog = page.overview.episodes.dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.engagement_date.set_value(REFERRED_ON - timedelta(days=1))  # before the entry: refused
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.saving, timeout=5_000)
    assert dialog.error.text() == (
        "Fecha de vinculación: la fecha de vinculación no puede ser anterior a la fecha de ingreso"
    )
    with pytest.raises(StatusChangeRefused) as refused:
        record.change_status(jordan.id, StatusChange(to=S.ENGAGED, engagement_date=engaged))
    assert error_text(refused.value) == "Jordan Quill ya está vinculado."


def test_correcting_the_current_episode_moves_the_participants_copy_with_it(store: Store, jordan) -> None:
    desk = Desk(store)
    engaged = REFERRED_ON + timedelta(days=3)
    desk.record.change_status(jordan.id, StatusChange(to=S.ENGAGED, engagement_date=engaged))
    [episode] = desk.record.episodes(jordan.id)
    desk.record.correct_episode(episode.id, {"engagement_date": engaged + timedelta(days=1)})
    assert store.repos.participants.get(jordan.id).engaged_on == engaged + timedelta(days=1)
    with pytest.raises(StatusChangeRefused, match="Change status"):
        desk.record.correct_episode(episode.id, {"status": S.ACTIVE})
    assert store.repos.enrollments.get(episode.id).status is S.ENGAGED


def test_an_exit_brings_up_the_outcomes_tab_asking_for_the_exit_snapshot(
    qtbot, window: MainWindow, store: Store, jordan
) -> None:
    window.session.apply(
        window.session.desk.record.change_status(jordan.id, StatusChange(to=S.ENGAGED, engagement_date=TODAY))
    )
    page = open_page(qtbot, window, jordan)
    dialog = status_dialog(qtbot, page, S.EXITED)
    dialog.exit_date.given.setChecked(True)
    dialog.destination.setCurrentIndex(dialog.destination.findData(Destination.FAMILY_PERMANENT))
    save_and_wait(qtbot, page)

    assert page.tabs.currentWidget() is page.record_tab("outcomes").parentWidget()
    tab = page.record_tab("outcomes")
    assert isinstance(tab, OutcomesTab)
    qtbot.waitUntil(lambda: tab.notice.isVisibleTo(tab))
    assert tab.notice.text().startswith(f"They exited on {day(TODAY)}: take their exit snapshot")
    form = tab.add_form()
    qtbot.addWidget(form)
    assert form.editors["stage"].value() is DataCollectionStage.EXIT
    assert form.editors["information_date"].value() == TODAY
    form.accept()
    assert form.error.text() == ""
    qtbot.waitUntil(lambda: not tab.notice.isVisibleTo(tab))  # taken: the prompt goes
