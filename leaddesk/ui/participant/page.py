"""A participant's record: the header (who, where in the program, last seen, flags) above the tabs —
overview and notes here, the record tabs (contacts, services, legal, housing, screening, consents,
attachments, tasks) from `tabs.record_tabs` when that module is present."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QTabWidget, QVBoxLayout, QWidget

from leaddesk.domain import Participant
from leaddesk.domain.ids import today_utc
from leaddesk.storage.errors import RecordNotFound
from leaddesk.ui.participant.header import (
    DEFAULT_OVERDUE_DAYS,
    OVERDUE_SETTING,
    ParticipantHeader,
    header_facts,
)
from leaddesk.ui.participant.notes_tab import NotesTab
from leaddesk.ui.participant.overview import OverviewTab
from leaddesk.ui.session import Change, Session

OVERVIEW, NOTES = "overview", "notes"
# What the header shows depends on these; a change to anything else leaves it as it is.
HEADER_ENTITIES = frozenset({"participant", "contact", "consent", "legal_event", "note"})
RecordTabs = Callable[[Session, str], list[tuple[str, str, QWidget]]]


def _record_tabs() -> RecordTabs | None:
    try:  # the record tabs are built separately; without them the page shows overview and notes
        from leaddesk.ui.participant.tabs import record_tabs
    except ImportError:
        return None
    return record_tabs


class ParticipantPage(QWidget):
    back_requested = Signal()

    def __init__(self, session: Session, participant_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.participant_id = participant_id
        participant = session.store.repos.participants.open(participant_id)  # the one audited view

        self.header = ParticipantHeader()
        self.header.back_requested.connect(self.back_requested)
        self.overview = OverviewTab(session, participant_id)
        self.notes = NotesTab(session, participant_id)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Participant record sections"))
        self.tabs.setDocumentMode(True)
        self._keys: list[str] = []
        self._record_widgets: dict[str, QWidget] = {}
        self._add_tab(OVERVIEW, self.tr("Overview"), self.overview)
        self._add_tab(NOTES, self.tr("Notes"), self.notes)
        build = _record_tabs()
        for key, title, widget in build(session, participant_id) if build else []:
            self._add_tab(key, title, widget)
            self._record_widgets[key] = widget
        self.tabs.currentChanged.connect(self._tab_changed)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(line)
        layout.addWidget(self.tabs, 1)
        session.changed.connect(self._on_changed)
        self._show_header(participant)

    def _add_tab(self, key: str, title: str, widget: QWidget) -> None:
        self._keys.append(key)
        self.tabs.addTab(widget, title.replace("&", "&&"))  # titles are plain text, not mnemonics

    # -- the public interface the workspace and main window use ------------------------------------

    def tab_keys(self) -> list[str]:
        return list(self._keys)

    def current_tab(self) -> str:
        index = self.tabs.currentIndex()
        return self._keys[index] if 0 <= index < len(self._keys) else ""

    def set_current_tab(self, key: str) -> None:
        """Show the tab called `key` (an internal key such as "notes"); an unknown key changes nothing."""
        if key not in self._keys:
            return
        self.tabs.setCurrentIndex(self._keys.index(key))
        if key == NOTES:
            self.notes.activate()  # also when it already was the current tab

    def start_new_note(self) -> None:
        """Open the note editor for a new note (its unsaved draft, if any) with the cursor in Data."""
        self.notes.start_new_note()
        self.set_current_tab(NOTES)
        self.notes.editor.focus_data()

    def flush_drafts(self) -> None:
        """Save any unsaved text as an encrypted draft now (before a lock, a quit, or leaving)."""
        self.notes.flush_drafts()
        for widget in self._record_widgets.values():
            flush = getattr(widget, "flush_drafts", None)
            if callable(flush):
                flush()

    # -- keeping up with changes -------------------------------------------------------------------

    def _show_header(self, participant: Participant) -> None:
        days = self.session.setting(OVERDUE_SETTING, DEFAULT_OVERDUE_DAYS)
        facts = header_facts(
            self.session.store,
            participant,
            today=today_utc(),
            overdue_days=int(days) if isinstance(days, int | float | str) else DEFAULT_OVERDUE_DAYS,
        )
        self.header.show_facts(facts)

    def refresh_header(self) -> None:
        try:  # read without auditing: only opening the page counts as viewing the record
            participant = self.session.store.repos.participants.get(self.participant_id)
        except RecordNotFound:
            return
        self._show_header(participant)

    def _tab_changed(self, index: int) -> None:
        if 0 <= index < len(self._keys) and self._keys[index] == NOTES:
            self.notes.activate()

    def _on_changed(self, change: Change) -> None:
        # The tabs keep themselves up to date from the same signal; the header is the page's own.
        if change.concerns(HEADER_ENTITIES, self.participant_id):
            self.refresh_header()
