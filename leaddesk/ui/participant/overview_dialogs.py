"""The small dialogs of the overview: a need, a plan goal, a progress entry. Each saves through a
callable it is given; an error the user can fix is shown inside the dialog, which then stays open."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import Enum
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from leaddesk.domain import Need, PlanGoal
from leaddesk.domain.base import MEDIUM_MAX, SHORT_MAX
from leaddesk.domain.clock import local_today
from leaddesk.domain.enums import GoalStatus, NeedDomain, NeedStatus, Urgency
from leaddesk.storage.errors import StorageError
from leaddesk.ui.display import entry_day_format, to_qdate
from leaddesk.ui.form_dialog import FormDialog
from leaddesk.ui.participant.formatting import enum_label, error_text

Save = Callable[[dict[str, Any]], object]


def enum_combo(values: type[Enum], current: Enum, name: str) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    for value in values:
        combo.addItem(enum_label(value), value)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(value: date, name: str) -> QDateEdit:
    edit = QDateEdit(to_qdate(value))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(entry_day_format())
    edit.setAccessibleName(name)
    return edit


class _SavingDialog(FormDialog):
    """Save writes at once; on an error the message appears above the buttons and nothing is lost."""

    def __init__(self, title: str, save: Save, parent: QWidget | None) -> None:
        super().__init__(title, parent, minimum_width=460)
        self._save = save

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self._save(self.values())
        # pydantic's ValidationError and DomainError are ValueErrors; a storage failure is said plainly.
        except (ValueError, StorageError) as exc:
            self.show_error(error_text(exc))
            return
        super().accept()


class NeedDialog(_SavingDialog):
    def __init__(self, save: Save, *, need: Need | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit need") if need else self.tr("Add a need"), save, parent)
        self.domain = enum_combo(NeedDomain, need.domain if need else NeedDomain.HOUSING, self.tr("Domain"))
        self.description = QLineEdit(need.description if need else "")
        self.description.setMaxLength(MEDIUM_MAX)
        self.description.setAccessibleName(self.tr("Description"))
        self.description.setPlaceholderText(self.tr("What is needed, as they put it"))
        self.urgency = enum_combo(Urgency, need.urgency if need else Urgency.MEDIUM, self.tr("Urgency"))
        self.status = enum_combo(NeedStatus, need.status if need else NeedStatus.OPEN, self.tr("Status"))
        self.form.addRow(self.tr("&Domain"), self.domain)
        self.form.addRow(self.tr("D&escription"), self.description)
        self.form.addRow(self.tr("&Urgency"), self.urgency)
        self.form.addRow(self.tr("&Status"), self.status)
        self.description.setFocus()

    def values(self) -> dict[str, Any]:
        return {
            "domain": self.domain.currentData(),
            "description": self.description.text(),
            "urgency": self.urgency.currentData(),
            "status": self.status.currentData(),
        }


class GoalDialog(_SavingDialog):
    def __init__(self, save: Save, *, goal: PlanGoal | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit plan goal") if goal else self.tr("Add a plan goal"), save, parent)
        self.goal = QPlainTextEdit(goal.goal if goal else "")
        self.goal.setTabChangesFocus(True)
        self.goal.setAccessibleName(self.tr("Goal in the participant's own words"))
        self.goal.setPlaceholderText(self.tr("In their own words"))
        self.goal.setFixedHeight(64)
        self.domain = enum_combo(NeedDomain, goal.domain if goal else NeedDomain.OTHER, self.tr("Domain"))
        self.has_target = QCheckBox(self.tr("Target date"))
        self.has_target.setAccessibleName(self.tr("Has a target date"))
        self.has_target.setChecked(bool(goal and goal.target_date))
        self.target = date_edit((goal.target_date if goal else None) or local_today(), self.tr("Target date"))
        self.target.setEnabled(self.has_target.isChecked())
        self.has_target.toggled.connect(self.target.setEnabled)
        target_row = QHBoxLayout()
        target_row.addWidget(self.has_target)
        target_row.addWidget(self.target, 1)
        self.status = enum_combo(GoalStatus, goal.status if goal else GoalStatus.ACTIVE, self.tr("Status"))
        self.steps = QPlainTextEdit("\n".join(goal.steps) if goal else "")
        self.steps.setTabChangesFocus(True)
        self.steps.setAccessibleName(self.tr("Steps, one per line"))
        self.steps.setPlaceholderText(self.tr("One step per line"))
        self.steps.setFixedHeight(90)
        self.form.addRow(self.tr("&Goal"), self.goal)
        self.form.addRow(self.tr("&Domain"), self.domain)
        self.form.addRow(self.tr("Target"), target_row)
        self.form.addRow(self.tr("&Status"), self.status)
        self.form.addRow(self.tr("S&teps"), self.steps)
        self.goal.setFocus()

    def values(self) -> dict[str, Any]:
        steps = [line.strip() for line in self.steps.toPlainText().splitlines() if line.strip()]
        return {
            "goal": self.goal.toPlainText(),
            "domain": self.domain.currentData(),
            "target_date": from_qdate(self.target.date()) if self.has_target.isChecked() else None,
            "status": self.status.currentData(),
            "steps": [step[:SHORT_MAX] for step in steps],
        }


class ProgressDialog(_SavingDialog):
    def __init__(self, save: Save, *, goal: PlanGoal, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add progress"), save, parent)
        heading = QLabel(goal.goal)
        heading.setWordWrap(True)
        self.on = date_edit(local_today(), self.tr("Date"))
        self.on.setMaximumDate(to_qdate(local_today()))
        self.text = QLineEdit()
        self.text.setMaxLength(MEDIUM_MAX)
        self.text.setAccessibleName(self.tr("What happened"))
        self.text.setPlaceholderText(self.tr("A step taken, however small"))
        self.form.addRow(self.tr("Goal"), heading)
        self.form.addRow(self.tr("&Date"), self.on)
        self.form.addRow(self.tr("&Progress"), self.text)
        self.text.setFocus()

    def values(self) -> dict[str, Any]:
        return {"on": from_qdate(self.on.date()), "text": self.text.text()}
