"""The caseload: everyone a case manager works with, filtered as they type, with overdue contact
visible at a glance. Filtering and sorting run in the model's SQL; the page only says what to show."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from leaddesk.desk.caseload import TEAMS_KEY, CaseloadFilter, overdue
from leaddesk.domain.enums import ParticipantStatus
from leaddesk.ui.caseload_model import COL_DAYS, COL_NAME, SORT_BY_COLUMN, CaseloadModel
from leaddesk.ui.display import plural
from leaddesk.ui.keeping_up import KeptUp
from leaddesk.ui.labels import enum_label
from leaddesk.ui.models import ParticipantIdRole
from leaddesk.ui.new_participant import NewParticipantDialog
from leaddesk.ui.session import Session
from leaddesk.ui.table_view import RecordTable

__all__ = ["ALL", "DEBOUNCE_MS", "MINE", "TEAM", "TEAMS_KEY", "CaseloadPage"]

MINE, TEAM, ALL = "mine", "team", "all"
SCOPE_KEY = "caseload.scope"
SORT_KEY = "caseload.sort"
DEBOUNCE_MS = 150
# What a change to these can move in the caseload's columns.
_CASELOAD_ENTITIES = frozenset({"participant", "contact", "need", "task"})


class _DaysDelegate(QStyledItemDelegate):
    """The overdue mark just right of the number, with the same space kept on rows without one so
    every number lines up."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        option.decorationPosition = QStyleOptionViewItem.Position.Right
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasDecoration


class CaseloadPage(QWidget):
    participant_requested = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        overdue_days = session.desk.caseload.overdue_days()
        self.model = CaseloadModel(session.desk.caseload.pages, overdue_days=overdue_days, load=False)
        self._build_bar(overdue_days)
        self._build_table()
        self._build_layout()
        self._build_timers()
        self._restore_choices()
        self._connect()
        self._update_count()
        self.table.fit_columns()

    def _build_bar(self, overdue_days: int) -> None:
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Find by name or alias"))
        self.filter_edit.setAccessibleName(self.tr("Find by name or alias"))
        self.filter_edit.setToolTip(self.tr("Type part of a name or alias; Enter opens the first match"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.installEventFilter(self)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        self.status.addItem(self.tr("All statuses"), None)
        for status in ParticipantStatus:
            self.status.addItem(enum_label(status), status)
        self.scope = QComboBox()
        self.scope.setAccessibleName(self.tr("Whose participants"))
        self.scope.addItem(self.tr("Mine"), MINE)
        self.scope.addItem(self.tr("My team"), TEAM)
        self.scope.addItem(self.tr("Everyone"), ALL)
        self.overdue = QCheckBox(plural(self.tr("Not seen in %n day(s)", "", overdue_days), overdue_days))
        self.overdue.setAccessibleName(self.tr("Overdue contact only"))
        self.overdue.setToolTip(self.tr("Show only participants with no contact in that many days"))
        self.new_button = QPushButton(self.tr("New participant…"))
        self.new_button.setAccessibleName(self.tr("New participant"))

    def _build_table(self) -> None:
        self.table = RecordTable()
        self.table.setAccessibleName(self.tr("Caseload"))
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(COL_DAYS, _DaysDelegate(self.table))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Caseload count"))

    def _build_layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.filter_edit, 2)
        bar.addWidget(self.status)
        bar.addWidget(self.scope)
        bar.addWidget(self.overdue)
        bar.addStretch(1)
        bar.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        for first, second in (
            (self.filter_edit, self.status),
            (self.status, self.scope),
            (self.scope, self.overdue),
            (self.overdue, self.new_button),
            (self.new_button, self.table),
        ):
            QWidget.setTabOrder(first, second)

    def _build_timers(self) -> None:
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filter)
        # Several changes in one step (quick capture) refresh once.
        self._kept_up = KeptUp(self, self.session, entities=_CASELOAD_ENTITIES, on_change=self.refresh)

    def _connect(self) -> None:
        self.filter_edit.textEdited.connect(lambda _text: self._debounce.start())
        self.filter_edit.returnPressed.connect(self._open_first)
        self.status.currentIndexChanged.connect(self.apply_filter)
        self.scope.currentIndexChanged.connect(self._scope_chosen)
        self.overdue.toggled.connect(self.apply_filter)
        self.new_button.clicked.connect(self.new_participant)
        self.table.open_requested.connect(self._open)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._remember_sort)

    # -- choices -----------------------------------------------------------------------------------

    def _restore_choices(self) -> None:
        teams = self.teams()
        item = self.scope.model()
        if isinstance(item, QStandardItemModel) and not teams:
            team_item = item.item(self.scope.findData(TEAM))
            team_item.setEnabled(False)
            team_item.setToolTip(self.tr("You have no participants yet, so no team is known"))
        mine = self.session.desk.caseload.own_count()
        scope = self.session.setting(SCOPE_KEY, MINE if mine else ALL)
        if scope == TEAM and not teams:
            scope = ALL
        self.scope.setCurrentIndex(max(0, self.scope.findData(scope)))
        column, descending = COL_NAME, False
        saved: Any = self.session.setting(SORT_KEY)
        if isinstance(saved, list) and len(saved) == 2 and saved[0] in SORT_BY_COLUMN:
            column, descending = int(saved[0]), bool(saved[1])
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.table.horizontalHeader().setSortIndicator(column, order)
        self.model.set_filter(self.current_filter(), load=False)
        self.table.setSortingEnabled(True)  # sorts, and so loads, the model once: filter and order set

    def teams(self) -> frozenset[str]:
        """The "team" scope: the `user.teams` setting when set, else the teams of the user's participants."""
        return self.session.desk.caseload.teams()

    def current_filter(self) -> CaseloadFilter:
        status = self.status.currentData()
        scope = self.scope.currentData()
        criteria = CaseloadFilter(
            text=self.filter_edit.text(),
            # Qt hands enum item data back as plain strings.
            statuses=frozenset({ParticipantStatus(status)}) if status else frozenset(),
            case_managers=self.session.desk.caseload.mine() if scope == MINE else None,
            team_ids=self.teams() if scope == TEAM else frozenset(),
        )
        return overdue(criteria, self.model.overdue_days) if self.overdue.isChecked() else criteria

    def apply_filter(self) -> None:
        self._debounce.stop()
        if not self.session.desk.is_open:
            return  # a timer that fired after a lock: the page is about to go
        self._reload(lambda: self.model.set_filter(self.current_filter()))

    def _scope_chosen(self) -> None:
        self.session.set_setting(SCOPE_KEY, self.scope.currentData())
        self.apply_filter()

    def _remember_sort(self, column: int, order: Qt.SortOrder) -> None:
        self.session.set_setting(SORT_KEY, [column, order == Qt.SortOrder.DescendingOrder])

    # -- loading -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the caseload (the overdue threshold too), keeping the selected participant."""
        self._kept_up.fresh()
        if not self.session.desk.is_open:
            return  # a timer that fired after a lock: the page is about to go
        days = self.session.desk.caseload.overdue_days()
        if days != self.model.overdue_days:
            self.model.overdue_days = days
            self.overdue.setText(
                plural(self.tr("Not seen in %n day(s)", "", self.model.overdue_days), self.model.overdue_days)
            )
        self._reload(lambda: self.model.set_filter(self.current_filter()))

    def _reload(self, load: Any) -> None:
        current = self.table.currentIndex()
        keep = current.data(ParticipantIdRole) if current.isValid() else None
        load()
        if keep is not None and (row := self.model.row_of(keep)) >= 0:
            self.table.setCurrentIndex(self.model.index(row, current.column()))
            self.table.scrollTo(self.table.currentIndex())
        self._update_count()

    def _update_count(self) -> None:
        total = self.model.total
        days = self.model.overdue_days
        unseen_for = plural(self.tr("not seen in %n day(s)", "", days), days)
        shown = plural(self.tr("%n participant(s)", "", total), total)
        if self.overdue.isChecked():
            text = f"{shown} {unseen_for}"
        else:
            due = self.session.desk.caseload.overdue_count(self.model.filter, overdue_days=days)
            text = f"{shown} · {due} {unseen_for}"
        self.count_label.setText(text)

    # -- opening -----------------------------------------------------------------------------------

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.participant_requested.emit(str(index.data(ParticipantIdRole)))

    def _open_first(self) -> None:
        """Enter in the filter box: filter now, then open the selected (or the first) match."""
        if self._debounce.isActive():
            self.apply_filter()
        current = self.table.currentIndex()
        if current.isValid() or self.table.select_first():
            self._open(self.table.currentIndex())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Down from the filter box goes to the list, so the keyboard never needs the mouse.
        if watched is self.filter_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down:
                if self._debounce.isActive():
                    self.apply_filter()
                if self.table.currentIndex().isValid() or self.table.select_first():
                    self.table.setFocus()
                return True
        return super().eventFilter(watched, event)

    def new_participant(self) -> None:
        teams = sorted(self.teams())
        dialog = NewParticipantDialog(self.session, team=teams[0] if teams else "", parent=self)
        if dialog.exec() and dialog.created is not None:
            self.participant_requested.emit(dialog.created.id)

    def focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()
