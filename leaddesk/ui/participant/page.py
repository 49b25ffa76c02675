"""A participant's record: the header (who, where in the program, last seen, flags) above the tabs —
overview and notes, then the record tabs (contacts, services, legal, housing, screening, consents,
attachments, tasks).

The page frame shows at once; the participant's file (the one audited view: header, needs, goals, the
first page of notes) is read off the GUI thread through the runner and fills the page when it arrives,
so a participant with years of notes never freezes the window. A record tab is built, and reads its
rows, when it is first shown."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from leaddesk.desk import Changes, Desk
from leaddesk.desk.participants import ParticipantFile
from leaddesk.domain.enums import ParticipantStatus
from leaddesk.storage.errors import RecordNotFound
from leaddesk.ui.keys import ADD_NEED_KEYS
from leaddesk.ui.participant.answers import for_widget
from leaddesk.ui.participant.details_dialog import DetailsDialog
from leaddesk.ui.participant.disclosure_dialog import DisclosureDialog
from leaddesk.ui.participant.formatting import error_text
from leaddesk.ui.participant.header import ParticipantHeader
from leaddesk.ui.participant.notes_tab import NotesTab
from leaddesk.ui.participant.overview import OverviewTab
from leaddesk.ui.participant.reassign import ReassignAction
from leaddesk.ui.participant.status_dialog import StatusDialog
from leaddesk.ui.participant.tabs import RecordTab, record_tabs
from leaddesk.ui.session import Session

OVERVIEW, NOTES = "overview", "notes"
OUTCOMES = "outcomes"  # a record tab's key (tabs.py)
# What the header shows depends on these; a change to anything else leaves it as it is.
HEADER_ENTITIES = frozenset({"participant", "enrollment", "contact", "consent", "legal_event", "note"})


class ParticipantPage(QWidget):
    back_requested = Signal()
    opened = Signal()  # the participant's file arrived and the page shows it

    def __init__(self, session: Session, participant_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.participant_id = participant_id
        self.file: ParticipantFile | None = None
        self._keys: list[str] = []
        self._record_widgets: dict[str, QWidget] = {}
        self._record_builders: dict[str, tuple[QWidget, RecordTab]] = {}

        self.header = ParticipantHeader()
        self.header.back_requested.connect(self.back_requested)
        self.header.edit_requested.connect(self.edit_details)
        self.header.status_requested.connect(self.change_status)
        self.dialog: QDialog | None = None  # the details or status dialog while it is open
        self.reassign = ReassignAction(session, participant_id, parent=self)
        self.disclose_button = QPushButton(self.tr("Disclose…"))
        self.disclose_button.setAccessibleName(self.tr("Disclose under a consent"))
        self.disclose_button.setToolTip(
            self.tr("A disclosure packet of what the participant's consents allow")
        )
        self.disclose_button.clicked.connect(lambda _c=False: self.disclose())
        # Add need… from any tab: the page's own key, where the button lives on the overview alone.
        self.add_need_action = QAction(self.tr("Add need…"), self)
        self.add_need_action.setShortcut(QKeySequence(ADD_NEED_KEYS))
        self.add_need_action.triggered.connect(self.add_need)
        self.addAction(self.add_need_action)
        self._build_tabs()
        self._build_body()
        session.changed.connect(self._on_changed)
        self._job = session.runner.query(
            self._open, done=for_widget(self, self._show_file), failed=for_widget(self, self._open_failed)
        )

    def _build_tabs(self) -> None:
        self.overview = OverviewTab(self.session, self.participant_id, load=False)
        self.notes = NotesTab(self.session, self.participant_id)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Participant record sections"))
        self.tabs.setDocumentMode(True)
        self._add_tab(OVERVIEW, self.tr("Overview"), self.overview)
        self._add_tab(NOTES, self.tr("Notes"), self.notes)
        for key, title, build in record_tabs():
            holder = QWidget()  # the tab's place, filled when it is first shown
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self._record_builders[key] = (holder, build)
            self._add_tab(key, title, holder)
        self.tabs.currentChanged.connect(self._tab_changed)

    def _build_body(self) -> None:
        """The tabs, behind a placeholder until the file has been read."""
        self.placeholder = QLabel(self.tr("Opening the record…"))
        self.placeholder.setAccessibleName(self.tr("Opening the record"))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.body = QStackedWidget()
        self.body.addWidget(self.placeholder)
        self.body.addWidget(self.tabs)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        side = QVBoxLayout()  # the page's actions, level with the header's first line
        side.setContentsMargins(0, 8, 8, 0)
        side.addWidget(self.reassign.button)
        side.addWidget(self.disclose_button)
        side.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addLayout(side)
        layout.addLayout(top)
        layout.addWidget(line)
        layout.addWidget(self.body, 1)

    def _add_tab(self, key: str, title: str, widget: QWidget) -> None:
        self._keys.append(key)
        self.tabs.addTab(widget, title.replace("&", "&&"))  # titles are plain text, not mnemonics

    # -- opening -----------------------------------------------------------------------------------

    def _open(self, desk: Desk) -> ParticipantFile:  # on a reader lane
        return desk.participants.open_file(self.participant_id)

    def _show_file(self, opened: ParticipantFile) -> None:
        self.file = opened
        self.header.show_facts(opened.header)
        self.overview.show_file(needs=opened.needs, goals=opened.goals, episodes=opened.episodes)
        self.notes.show_first(opened.notes, total=opened.note_count)
        self.body.setCurrentWidget(self.tabs)
        self.opened.emit()

    def _open_failed(self, error: Exception) -> None:
        if isinstance(error, RecordNotFound):
            # Gone from this laptop (moved to another team by a sync): back to the list.
            self.placeholder.setText(self.tr("This participant is not on this laptop."))
            self.back_requested.emit()
            return
        self.placeholder.setText(fill_error(self.tr("The record could not be opened."), error_text(error)))

    @property
    def is_open(self) -> bool:
        """Whether the file has arrived and is shown."""
        return self.file is not None

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

    def record_tab(self, key: str) -> QWidget:
        """The record tab called `key`, built now if it has not been shown yet."""
        built = self._record_widgets.get(key)
        if built is None:
            holder, build = self._record_builders[key]
            built = build(self.session, self.participant_id)
            layout = holder.layout()
            assert layout is not None
            layout.addWidget(built)
            self._record_widgets[key] = built
        return built

    def start_new_note(self) -> None:
        """Open the note editor for a new note (its unsaved draft, if any) with the cursor in Data."""
        self.notes.start_new_note()
        self.set_current_tab(NOTES)
        self.notes.editor.focus_data()

    def add_need(self) -> None:
        """Add need…, on the overview, where the new need shows among the others."""
        if self.file is None or self.dialog is not None:
            return
        self.set_current_tab(OVERVIEW)
        self.overview.add_need()

    def edit_details(self) -> None:
        """Open Edit details… on the participant as they are now (not before the file has come)."""
        if self.file is None or self.dialog is not None:
            return
        self._open_dialog(
            DetailsDialog(self.session, self.session.desk.participants.get(self.participant_id))
        )

    def change_status(self) -> None:
        """Open Change status…, offering the steps the status machine allows from where they are now."""
        if self.file is None or self.dialog is not None:
            return
        participant = self.session.desk.participants.get(self.participant_id)
        facts = self.session.desk.record.status(self.participant_id)
        dialog = StatusDialog(self.session, participant, facts)
        dialog.accepted.connect(lambda: self._status_changed(dialog))
        self._open_dialog(dialog)

    def _status_changed(self, dialog: StatusDialog) -> None:
        """After an exit, the Outcomes tab, which asks for the exit snapshot HMIS wants."""
        if dialog.chosen() is ParticipantStatus.EXITED:
            self.set_current_tab(OUTCOMES)

    def disclose(self) -> None:
        """Open Disclose… (a packet); once written, show the participant's disclosures."""
        if self.file is None or self.dialog is not None:
            return
        dialog = DisclosureDialog(self.session, self.participant_id)
        dialog.written.connect(lambda _made, _path: self.set_current_tab("disclosures"))
        self._open_dialog(dialog)

    def _open_dialog(self, dialog: QDialog) -> None:
        dialog.setParent(self, dialog.windowFlags())
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.dialog = dialog
        dialog.open()  # window-modal, and the page keeps running (the write goes through the runner)

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def flush_drafts(self) -> None:
        """Save any unsaved text as an encrypted draft now (before a lock, a quit, or leaving)."""
        self.notes.flush_drafts()
        for widget in self._record_widgets.values():
            flush = getattr(widget, "flush_drafts", None)
            if callable(flush):
                flush()

    # -- keeping up with changes -------------------------------------------------------------------

    def refresh_header(self) -> None:
        """Read the header's facts again (not a new view of the record: only opening is audited)."""
        if self.file is None:
            return  # the file on its way holds the newest facts
        try:
            facts = self.session.desk.participants.header(self.participant_id)
        except RecordNotFound:
            return
        self.header.show_facts(facts)

    def _tab_changed(self, index: int) -> None:
        key = self._keys[index] if 0 <= index < len(self._keys) else ""
        if key == NOTES:
            self.notes.activate()
        elif key in self._record_builders:
            self.record_tab(key)

    def _on_changed(self, change: Changes) -> None:
        # The tabs keep themselves up to date from the same signal; the header is the page's own.
        if change.concerns(HEADER_ENTITIES, self.participant_id):
            self.refresh_header()


def fill_error(sentence: str, reason: str) -> str:
    return f"{sentence}\n{reason}" if reason else sentence
