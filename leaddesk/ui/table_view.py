"""A read-only table of records that opens the current row on Enter or double-click, the same way on
every platform (QAbstractItemView.activated follows the style: on some desktops a single click)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

_OPEN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class RecordTable(QTableView):
    open_requested = Signal(QModelIndex)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)  # Tab leaves the table, as it does every other control
        self.verticalHeader().hide()
        # Compact rows: more people on a laptop screen, still an easy target for a click.
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(40)  # sizing to content looks at a screenful, not every row
        self.doubleClicked.connect(self.open_requested)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _OPEN_KEYS and self.currentIndex().isValid():
            self.open_requested.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)

    def select_first(self) -> bool:
        """Make the first row current (for the keyboard); False when the table is empty."""
        model = self.model()
        if model is None or model.rowCount() == 0:
            return False
        self.setCurrentIndex(model.index(0, 0))
        return True

    def fit_columns(self, *, stretch: int | None = None, minimum: int = 40) -> None:
        """Columns as wide as their header and the loaded rows; `stretch` takes the space left."""
        header = self.horizontalHeader()
        self.resizeColumnsToContents()
        for column in range(header.count()):
            width = max(minimum, header.sectionSize(column), header.sectionSizeHint(column))
            header.resizeSection(column, width + 12)
        if stretch is not None:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
