"""The participant's episodes on the overview, newest first: every time they came into the program,
with its project, dates, and where they went and why when it ended. An exit and a return are two rows;
the old one stays (LEAD participants cannot fail out, and coming back is normal)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leaddesk.desk import Changes
from leaddesk.domain import Enrollment
from leaddesk.ui.look import set_role
from leaddesk.ui.participant.episode_dialog import EpisodeDialog
from leaddesk.ui.participant.formatting import day, enum_label
from leaddesk.ui.session import Session

COL_STATUS, COL_PROJECT, COL_REFERRED, COL_ENTERED, COL_ENGAGED, COL_EXITED, COL_DESTINATION, COL_REASON = (
    range(8)
)
# Rows shown before the table scrolls: most participants have one or two episodes.
VISIBLE_ROWS = 3


def cells(episode: Enrollment) -> list[str]:
    reason = enum_label(episode.exit_reason)
    if episode.exit_reason_detail:
        reason = f"{reason} — {episode.exit_reason_detail}" if reason else episode.exit_reason_detail
    return [
        enum_label(episode.status),
        enum_label(episode.project),
        day(episode.referral_date),
        day(episode.entry_date),
        day(episode.engagement_date),
        day(episode.exit_date),
        enum_label(episode.destination),
        reason,
    ]


class EpisodeHistory(QWidget):
    def __init__(self, session: Session, participant_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.participant_id = participant_id
        self.episodes: list[Enrollment] = []
        self.table = QTableWidget(0, 8)
        self.table.setAccessibleName(self.tr("Episodes, newest first"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Status"),
                self.tr("Project"),
                self.tr("Referred"),
                self.tr("Entered"),
                self.tr("Engaged"),
                self.tr("Exited"),
                self.tr("Destination"),
                self.tr("Exit reason"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves it, as every control; arrows move within
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_DESTINATION, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("No episode recorded yet: change their status to start one."))
        self.empty.setWordWrap(True)
        self.correct_button = QPushButton(self.tr("Correct episode…"))
        self.correct_button.setAccessibleName(self.tr("Correct the chosen episode's dates or exit"))
        set_role(self.correct_button, "link")
        self.correct_button.clicked.connect(self.correct)
        self.table.doubleClicked.connect(lambda _index: self.correct())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addWidget(self.correct_button, 0, Qt.AlignmentFlag.AlignLeft)
        session.changed.connect(self._on_changed)
        self.show_episodes([])

    def dialog(self) -> EpisodeDialog | None:
        """The correction dialog for the chosen episode (the newest when none is chosen)."""
        if not self.episodes:
            return None
        row = self.table.currentRow()
        return EpisodeDialog(self.session, self.episodes[row if row >= 0 else 0], self)

    def correct(self) -> None:
        dialog = self.dialog()
        if dialog is not None:
            dialog.open()

    def show_episodes(self, episodes: list[Enrollment]) -> None:
        """`episodes` newest first, as the desk gives them."""
        self.episodes = list(episodes)
        self.table.setRowCount(len(episodes))
        for row, episode in enumerate(episodes):
            for column, text in enumerate(cells(episode)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        shown = max(1, min(len(episodes), VISIBLE_ROWS))
        height = self.table.horizontalHeader().sizeHint().height() + 4
        self.table.setFixedHeight(height + shown * self.table.verticalHeader().defaultSectionSize())
        self.table.setVisible(bool(episodes))
        self.empty.setVisible(not episodes)
        self.correct_button.setVisible(bool(episodes))

    def text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def _on_changed(self, change: Changes) -> None:
        if change.concerns(("enrollment",), self.participant_id):
            self.show_episodes(self.session.desk.record.episodes(self.participant_id))
