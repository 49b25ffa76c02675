"""The main window: the caseload, searchable as you type, with the sync state always in view."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain.enums import ParticipantStatus
from leaddesk.storage.repositories.participants import CaseloadFilter
from leaddesk.storage.store import Store
from leaddesk.ui.caseload_model import CaseloadModel


class MainWindow(QMainWindow):
    def __init__(self, store: Store, *, banner: str = "") -> None:
        super().__init__()
        self._store = store
        self.setWindowTitle(self.tr("LEAD Desk — %1").replace("%1", store.user))
        self.model = CaseloadModel(store)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a participant by name or alias"))
        self.search.setAccessibleName(self.tr("Find a participant"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_filter)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Status filter"))
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in ParticipantStatus:
            self.status_filter.addItem(status.value.replace("_", " ").capitalize(), status)
        self.status_filter.currentIndexChanged.connect(self._apply_filter)

        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Caseload"))
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.status_filter)
        body = QVBoxLayout()
        if banner:
            label = QLabel(banner)
            label.setAccessibleName(self.tr("Notice"))
            label.setStyleSheet(
                "padding: 4px; background: palette(highlight); color: palette(highlighted-text);"
            )
            body.addWidget(label)
        body.addLayout(top)
        body.addWidget(self.table)
        central = QWidget()
        central.setLayout(body)
        self.setCentralWidget(central)

        self.sync_state = QLabel()
        self.sync_state.setAccessibleName(self.tr("Sync state"))
        self.statusBar().addPermanentWidget(self.sync_state)
        self._update_status()
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)
        self.resize(1200, 720)

    def _apply_filter(self) -> None:
        status = self.status_filter.currentData()
        self.model.set_filter(
            CaseloadFilter(text=self.search.text(), statuses=frozenset({status}) if status else frozenset())
        )
        self._update_status()

    def _update_status(self) -> None:
        waiting = self._store.repos.outbox.count()
        self.statusBar().showMessage(self.tr("%n participant(s)", "", self.model.total))
        self.sync_state.setText(
            self.tr("Offline — not connected to a server · %n change(s) waiting to sync", "", waiting)
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self._store.close()
        super().closeEvent(event)
