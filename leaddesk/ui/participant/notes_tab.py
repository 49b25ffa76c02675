"""The notes tab: the timeline of a participant's notes (newest first) beside the DAP editor, which shows
the selected note in full or the note being written."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from leaddesk.desk import Changes
from leaddesk.desk.notes import Draft, TimelineNote
from leaddesk.storage.errors import RecordNotFound
from leaddesk.ui.participant.note_editor import Mode, NoteEditor, new_note_key
from leaddesk.ui.participant.notes_model import COL_WHEN, NotesModel
from leaddesk.ui.participant.notes_timeline import NotesTimeline
from leaddesk.ui.session import Session
from leaddesk.ui.text import fill


class NotesTab(QWidget):
    def __init__(self, session: Session, participant_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.participant_id = participant_id
        self.model = NotesModel()
        self.loaded = False  # the first page arrives with the participant's file (show_first)
        self._activate_when_loaded = False
        self._syncing = False  # selecting a row in code, not by the user

        shortcut = QKeySequence(QKeySequence.StandardKey.New).toString(QKeySequence.SequenceFormat.NativeText)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_timeline(shortcut))
        splitter.addWidget(self._build_editor(shortcut))
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 6)
        splitter.setSizes([560, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)
        session.changed.connect(self._on_changed)

    def _build_timeline(self, shortcut: str) -> QWidget:
        """Left: New note, how many notes, and the timeline."""
        self.new_button = QPushButton(self.tr("New note"))
        self.new_button.setAccessibleName(self.tr("New note"))
        self.new_button.setToolTip(fill(self.tr("Start a new DAP note (%1)"), shortcut))
        self.new_button.clicked.connect(self.start_new_note)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Number of notes"))
        self.timeline = NotesTimeline(self.model)
        self.timeline.setAccessibleName(self.tr("Notes, newest first"))
        self.timeline.selectionModel().currentRowChanged.connect(self._row_chosen)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 4, 0)
        top = QHBoxLayout()
        top.addWidget(self.new_button)
        top.addStretch(1)
        top.addWidget(self.count_label)
        left_layout.addLayout(top)
        left_layout.addWidget(self.timeline, 1)
        return left

    def _build_editor(self, shortcut: str) -> QWidget:
        """Right: the note being read or written, or a word on what to do when there is none."""
        self.editor = NoteEditor(self.session, self.participant_id)
        self.editor.saved.connect(self._note_written)
        self.editor.signed.connect(self._note_written)
        self.placeholder = QLabel(
            fill(self.tr("Select a note to read it, or start a new one (%1)."), shortcut)
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.editor)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 0, 0, 0)
        right_layout.addWidget(self.stack)
        return right

    # -- what the page asks ------------------------------------------------------------------------

    def show_first(self, notes: list[TimelineNote], *, total: int) -> None:
        """The first page of the timeline, read with the participant's file; later pages come from the
        desk as the list scrolls."""
        self.model.show_first(self.session.desk.notes.timeline(self.participant_id), rows=notes, total=total)
        self.loaded = True
        self._show_count()
        if self._activate_when_loaded:
            self._activate_when_loaded = False
            self.activate()

    def activate(self) -> None:
        """The tab came into view: bring back unsaved text if there is any, else show the newest note."""
        if not self.loaded:
            self._activate_when_loaded = True  # done when the first page arrives
            return
        if self.editor.mode is not Mode.NONE:
            return
        draft = self.latest_draft()
        if draft is not None and self._open_draft(draft):
            return
        if self.model.rowCount():
            self.select_row(0)
        else:
            self.start_new_note()

    def start_new_note(self) -> None:
        self._select_nothing()
        self.editor.show_new()
        self.stack.setCurrentWidget(self.editor)
        self.editor.focus_data()

    def open_note(self, note_id: str) -> bool:
        """Show one note, fetching older pages of the timeline until it is there."""
        row = self.model.row_of(note_id)
        while row < 0 and self.model.canFetchMore():
            self.model.fetchMore()
            row = self.model.row_of(note_id)
        if row >= 0:
            self.select_row(row)
            return True
        return False

    def flush_drafts(self) -> None:
        self.editor.flush_draft()

    def refresh(self) -> None:
        if self.loaded:
            self._refresh_timeline()

    def latest_draft(self) -> Draft | None:
        prefix = new_note_key(self.participant_id)
        mine = [d for d in self.session.desk.notes.drafts_of(self.participant_id) if d.key.startswith(prefix)]
        return mine[0] if mine else None  # newest first

    # -- the timeline ------------------------------------------------------------------------------

    def select_row(self, row: int) -> None:
        self.timeline.selectionModel().setCurrentIndex(
            self.model.index(row, COL_WHEN),
            QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.timeline.scrollTo(self.model.index(row, COL_WHEN), QAbstractItemView.ScrollHint.PositionAtCenter)

    def _select_nothing(self) -> None:
        self._syncing = True
        try:
            self.timeline.selectionModel().clear()
        finally:
            self._syncing = False

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing or not current.isValid():
            return
        note = self.model.note(current.row())
        if note.id != self.editor.note_id or self.editor.mode is Mode.NEW:
            self.editor.show_note(note)
        self.stack.setCurrentWidget(self.editor)

    def _open_draft(self, draft: Draft) -> bool:
        if draft.key == new_note_key(self.participant_id):
            self.start_new_note()
            return True
        note_id = str(draft.body.get("note_id") or draft.key.rsplit(":", 1)[-1])
        if self.open_note(note_id):
            return True
        try:  # not in the timeline's loaded pages: show it on its own
            self.editor.show_note(self.session.desk.notes.get(note_id))
        except RecordNotFound:
            return False
        self.stack.setCurrentWidget(self.editor)
        return True

    def _refresh_timeline(self) -> None:
        """Reload the list and keep the editor's note selected, without reopening it."""
        self.model.refresh()
        self._show_count()
        note_id = self.editor.note_id
        row = self.model.row_of(note_id) if note_id and self.editor.mode is not Mode.NEW else -1
        self._syncing = True
        try:
            if row >= 0:
                self.select_row(row)
        finally:
            self._syncing = False

    def _note_written(self, _note_id: str) -> None:
        self._refresh_timeline()

    def _show_count(self) -> None:
        self.count_label.setText(self.tr("%n note(s)", "", self.model.total))

    def _on_changed(self, change: Changes) -> None:
        if not self.loaded or not change.concerns(("note", "addendum"), self.participant_id):
            return
        if self.editor.writing:
            return  # the editor refreshes the list itself when it is done
        self._refresh_timeline()
        note = self.editor.note
        if change.concerns(("addendum",)):
            self.editor.addenda.reload()
        shown_changed = change.concerns(("note",)) and note is not None and change.is_record(note.id)
        if shown_changed and note is not None and not self.editor.is_changed():
            # Changed elsewhere (another screen, or signed by sync) while shown here unedited.
            self.editor.show_note(self.session.desk.notes.get(note.id))
