"""The pieces a record form is built from: a field spec per field (date, date and time, choice, text,
multiline text, yes/no, number, short list) and the editor widget each kind gets."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from leaddesk.domain.clock import local_today
from leaddesk.ui.display import entry_day_format, entry_day_time_format, to_qdate
from leaddesk.ui.participant.records_model import enum_text

_SEPARATOR = object()

DATE, DATETIME, CHOICE, TEXT, MULTILINE, BOOL, INT, LIST = (
    "date",
    "datetime",
    "choice",
    "text",
    "multiline",
    "bool",
    "int",
    "list",
)


@dataclass(frozen=True)
class FieldSpec:
    """One field of a form. `default` is a value or a zero-argument callable (for "now")."""

    name: str
    label: str
    kind: str
    options: Sequence[tuple[Any, str] | None] = ()  # CHOICE: (value, label); None draws a separator
    default: Any = None
    optional: bool = False  # DATE/DATETIME may be left unset (behind a checkbox)
    toggle: str = ""  # the checkbox text of an optional date
    placeholder: str = ""
    hint: str = ""  # a tooltip on the editor
    minimum: int = 0
    maximum: int = 999
    suffix: str = ""
    read_only_on_edit: bool = False
    enabled_when: Callable[[Mapping[str, Any]], bool] | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def enum_options(
    enum: type[Enum], labels: Mapping[Any, str], *, separators: Sequence[Enum] = ()
) -> list[tuple[Any, str] | None]:
    """(member, readable label) pairs in the enum's order; a separator before each of `separators`."""
    options: list[tuple[Any, str] | None] = []
    for member in enum:
        if member in separators:
            options.append(None)
        options.append((member, enum_text(member, labels)))
    return options


# -- editors ---------------------------------------------------------------------------------------


class Editor:
    """A field's widget and how to read and set its value."""

    def __init__(self, spec: FieldSpec, widget: QWidget, focus: QWidget | None = None) -> None:
        self.spec = spec
        self.widget = widget
        self.focus = focus or widget
        self.focus.setAccessibleName(spec.label.replace("&", ""))
        if spec.hint:
            self.focus.setToolTip(spec.hint)

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def on_change(self, callback: Callable[[], None]) -> None:
        raise NotImplementedError


class _DateEditor(Editor):
    def __init__(self, spec: FieldSpec) -> None:
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(entry_day_format())
        self.edit.setDate(to_qdate(local_today()))
        self.toggle: QCheckBox | None = None
        if spec.optional:
            box = QWidget()
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            self.toggle = QCheckBox(spec.toggle or QCoreApplication.translate("RecordForm", "Set"))
            self.toggle.setAccessibleName(f"{spec.label.replace('&', '')}: {self.toggle.text()}")
            self.toggle.toggled.connect(self.edit.setEnabled)
            self.edit.setEnabled(False)
            row.addWidget(self.toggle)
            row.addWidget(self.edit, 1)
            super().__init__(spec, box, self.edit)
        else:
            super().__init__(spec, self.edit)

    def value(self) -> date | None:
        if self.toggle is not None and not self.toggle.isChecked():
            return None
        picked: date = self.edit.date().toPython()
        return picked

    def set_value(self, value: date | None) -> None:
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))
        if self.toggle is not None:
            self.toggle.setChecked(value is not None)

    def on_change(self, callback: Callable[[], None]) -> None:
        self.edit.dateChanged.connect(lambda _d: callback())
        if self.toggle is not None:
            self.toggle.toggled.connect(lambda _c: callback())


class _DateTimeEditor(Editor):
    """Local wall-clock time to the minute; an unchanged value keeps its stored seconds."""

    def __init__(self, spec: FieldSpec) -> None:
        self.edit = QDateTimeEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(entry_day_time_format())
        self.edit.setDateTime(QDateTime.currentDateTime())
        self._original: datetime | None = None
        self.toggle: QCheckBox | None = None
        if spec.optional:
            box = QWidget()
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            self.toggle = QCheckBox(spec.toggle or QCoreApplication.translate("RecordForm", "Set"))
            self.toggle.setAccessibleName(f"{spec.label.replace('&', '')}: {self.toggle.text()}")
            self.toggle.toggled.connect(self.edit.setEnabled)
            self.edit.setEnabled(False)
            row.addWidget(self.toggle)
            row.addWidget(self.edit, 1)
            super().__init__(spec, box, self.edit)
        else:
            super().__init__(spec, self.edit)

    def value(self) -> datetime | None:
        if self.toggle is not None and not self.toggle.isChecked():
            return None
        shown = self.edit.dateTime()
        naive = datetime.combine(shown.date().toPython(), time(shown.time().hour(), shown.time().minute()))
        picked = naive.astimezone()  # a naive time is read as local, which is what the user typed
        if self._original is not None and self._original.replace(second=0, microsecond=0) == picked:
            return self._original
        return picked

    def set_value(self, value: datetime | None) -> None:
        if value is not None:
            local = value.astimezone()
            self._original = local
            self.edit.setDateTime(
                QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
            )
        if self.toggle is not None:
            self.toggle.setChecked(value is not None)

    def on_change(self, callback: Callable[[], None]) -> None:
        self.edit.dateTimeChanged.connect(lambda _d: callback())
        if self.toggle is not None:
            self.toggle.toggled.connect(lambda _c: callback())


class _ChoiceEditor(Editor):
    """A closed list. The values stay on the Python side, index for index: Qt would turn an enum
    member stored as item data into a plain string."""

    def __init__(self, spec: FieldSpec) -> None:
        self.combo = QComboBox()
        self.values: list[Any] = []
        for option in spec.options:
            if option is None:
                self.combo.insertSeparator(self.combo.count())
                self.values.append(_SEPARATOR)
            else:
                self.combo.addItem(option[1])
                self.values.append(option[0])
        if spec.placeholder:
            self.combo.setPlaceholderText(spec.placeholder)
            self.combo.setCurrentIndex(-1)
        super().__init__(spec, self.combo)

    def value(self) -> Any:
        index = self.combo.currentIndex()
        return self.values[index] if 0 <= index < len(self.values) else None

    def set_value(self, value: Any) -> None:
        self.combo.setCurrentIndex(self.index_of(value))

    def index_of(self, value: Any) -> int:
        return next(
            (
                i
                for i, v in enumerate(self.values)
                if value is not None and v is not _SEPARATOR and v == value
            ),
            -1,
        )

    def on_change(self, callback: Callable[[], None]) -> None:
        self.combo.currentIndexChanged.connect(lambda _i: callback())


class _TextEditor(Editor):
    def __init__(self, spec: FieldSpec) -> None:
        self.line = QLineEdit()
        self.line.setPlaceholderText(spec.placeholder)
        self.line.setClearButtonEnabled(True)
        super().__init__(spec, self.line)

    def value(self) -> str:
        return self.line.text().strip()

    def set_value(self, value: Any) -> None:
        self.line.setText(str(value or ""))

    def on_change(self, callback: Callable[[], None]) -> None:
        self.line.textChanged.connect(lambda _t: callback())


class _ListEditor(_TextEditor):
    """A short list (names of staff present) typed on one line, separated by commas."""

    def value(self) -> list[str]:  # type: ignore[override]
        return [part.strip() for part in self.line.text().split(",") if part.strip()]

    def set_value(self, value: Any) -> None:
        self.line.setText(", ".join(value or []))


class _MultilineEditor(Editor):
    def __init__(self, spec: FieldSpec) -> None:
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(spec.placeholder)
        self.text.setTabChangesFocus(True)  # Tab moves on, as in every other field
        lines = int(spec.extra.get("lines", 3))
        height = self.text.fontMetrics().lineSpacing() * lines + 14
        self.text.setFixedHeight(height)
        super().__init__(spec, self.text)

    def value(self) -> str:
        return self.text.toPlainText().strip()

    def set_value(self, value: Any) -> None:
        self.text.setPlainText(str(value or ""))

    def on_change(self, callback: Callable[[], None]) -> None:
        self.text.textChanged.connect(callback)


class _BoolEditor(Editor):
    def __init__(self, spec: FieldSpec) -> None:
        self.box = QCheckBox(spec.placeholder)
        super().__init__(spec, self.box)

    def value(self) -> bool:
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        self.box.setChecked(bool(value))

    def on_change(self, callback: Callable[[], None]) -> None:
        self.box.toggled.connect(lambda _c: callback())


class _IntEditor(Editor):
    def __init__(self, spec: FieldSpec) -> None:
        self.spin = QSpinBox()
        self.spin.setRange(spec.minimum, spec.maximum)
        self.spin.setSuffix(spec.suffix)
        super().__init__(spec, self.spin)

    def value(self) -> int:
        return int(self.spin.value())

    def set_value(self, value: Any) -> None:
        self.spin.setValue(int(value or 0))

    def on_change(self, callback: Callable[[], None]) -> None:
        self.spin.valueChanged.connect(lambda _v: callback())


def make_editor(spec: FieldSpec) -> Editor:
    """The editor of `spec`'s kind, or the one the screen brings for a field of its own
    (`extra["editor"]`: money, a program list, a list of answers)."""
    own: Callable[[FieldSpec], Editor] | None = spec.extra.get("editor")
    return own(spec) if own is not None else EDITORS[spec.kind](spec)


EDITORS: dict[str, Callable[[FieldSpec], Editor]] = {
    DATE: _DateEditor,
    DATETIME: _DateTimeEditor,
    CHOICE: _ChoiceEditor,
    TEXT: _TextEditor,
    MULTILINE: _MultilineEditor,
    BOOL: _BoolEditor,
    INT: _IntEditor,
    LIST: _ListEditor,
}
