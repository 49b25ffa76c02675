"""Render one screen of the app offscreen to a PNG at 1366x768, for docs and visual checks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from leaddesk.desk import Desk
from leaddesk.desk.caseload import CaseloadFilter, CaseloadSort
from leaddesk.desk.disclosure import DisclosurePurpose, Recipient
from leaddesk.desk.report_calendar import Preset
from leaddesk.domain.enums import ParticipantStatus
from leaddesk.ui.main_window import MainWindow
from leaddesk.ui.participant.disclosure_dialog import DisclosureDialog
from leaddesk.ui.screenshots_conference import stage_meeting
from leaddesk.ui.sync.page import CONFLICTS, HISTORY
from leaddesk.ui.workspace import CASELOAD, DASHBOARD, SEARCH, SYNC, TODAY

WIDTH, HEIGHT = 1366, 768
SAMPLE_QUERY = "housing"
RETURN_SEARCH = 40  # the busiest active participants looked through for one who came back
DISCLOSURE_SEARCH = 60  # participants looked through for a consent under which something goes


def settle() -> None:
    for _ in range(5):
        QCoreApplication.processEvents()


def render(window: MainWindow, *, screen: str, path: Path) -> bool:
    """Show `screen` in `window`, grab it, write `path`; the window's store is locked afterwards."""
    window.resize(WIDTH, HEIGHT)
    window.show()
    settle()
    workspace = window.workspace
    if workspace is None:
        raise RuntimeError("the window has no open profile to show")
    if screen == "participant":
        workspace.open_participant(participant_to_show(window))
        window.session.runner.wait()  # the participant's file is read off the GUI thread
    elif screen == "disclosure":
        return render_disclosure(window, path=path)
    elif screen == "search":
        workspace.show_page(SEARCH)
        workspace.search.run_query(SAMPLE_QUERY)
        workspace.session.runner.wait()  # the search runs off the GUI thread
    elif screen == "today":
        workspace.show_page(TODAY)
    elif screen == "conference":
        stage_meeting(workspace)
    elif screen == "dashboard":
        workspace.show_page(DASHBOARD)
        page = workspace.dashboard  # a year shows the months; the page opens on the last 30 days
        page.period.setCurrentIndex(page.period.findData(Preset.LAST_12_MONTHS.value))
        workspace.session.runner.wait()  # the figures are worked out off the GUI thread
    elif screen in ("sync", "conflict"):
        workspace.show_page(SYNC)
        workspace.sync.tabs.setCurrentIndex(CONFLICTS if screen == "conflict" else HISTORY)
    elif screen == "unlock":
        window.lock()
    else:
        workspace.show_page(CASELOAD)
    settle()
    ok = window.grab().save(str(path))
    window.lock()
    window.close()
    QApplication.processEvents()
    return bool(ok)


def render_disclosure(window: MainWindow, *, path: Path) -> bool:
    """The disclosure packet's preview for a participant whose consent lets something go and holds
    something back, in its own window at the screenshot's size."""
    session = window.session
    assert session is not None
    assert window.workspace is not None
    participant_id, recipient, purpose = disclosure_to_show(session.desk)
    window.workspace.open_participant(participant_id)
    session.runner.wait()
    dialog = DisclosureDialog(session, participant_id, recipient=recipient, purpose=purpose, parent=window)
    dialog.resize(WIDTH, HEIGHT)
    dialog.show()
    session.runner.wait()  # the gate's answer is read off the GUI thread
    settle()
    ok = dialog.grab().save(str(path))
    dialog.close()
    window.lock()
    window.close()
    QApplication.processEvents()
    return bool(ok)


def disclosure_to_show(desk: Desk) -> tuple[str, Recipient, DisclosurePurpose]:
    """The first participant, recipient and purpose a consent allows where the gate both includes and
    withholds something (LookupError if the caseload has none)."""
    rows = desk.caseload.pages(CaseloadFilter(), sort=CaseloadSort.OPEN_NEEDS, descending=True)
    for row in rows.page(offset=0, limit=DISCLOSURE_SEARCH):
        for consent in desk.disclosures.consents(row.id):
            for purpose in consent.purposes:
                recipient = Recipient.of(consent)
                review = desk.disclosures.review(row.id, recipient=recipient, purpose=purpose)
                if review.decision.included and review.decision.withheld:
                    return row.id, recipient, purpose
    raise LookupError("no participant of the demo has a consent that lets something go")


def participant_to_show(window: MainWindow) -> str:
    """An active participant with the most open needs shows the participant page at its fullest; among
    the busiest, one who has exited and come back, so the episode history shows both episodes."""
    assert window.session is not None
    desk = window.session.desk
    active = CaseloadFilter(statuses=frozenset({ParticipantStatus.ACTIVE}))
    pages = desk.caseload.pages(active, sort=CaseloadSort.OPEN_NEEDS, descending=True)
    rows = pages.page(offset=0, limit=RETURN_SEARCH)
    returned = [row.id for row in rows if len(desk.record.episodes(row.id)) > 1]
    if returned or rows:
        return (returned or [rows[0].id])[0]
    return window.workspace.caseload.model.participant_id(0)  # type: ignore[union-attr]
