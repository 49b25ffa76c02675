"""Form editors issue 13's casework fields need beyond the common kinds: an amount of money, an
optional count, a code from one of the program's lists (typed text where the program has no list),
a set of ticked answers, and income sources with their monthly amounts. Each is brought along by its
field spec (`extra["editor"]`); the model validates what they return, as for every other field."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

from pydantic import ValidationError
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLineEdit, QWidget

from leaddesk.domain.program import CatalogueEntry
from leaddesk.ui.participant.form_fields import TEXT, Editor, FieldSpec
from leaddesk.ui.text import fill, translate

AMOUNT_WIDTH = 130  # pixels: "12,345.67" and room to spare, so the sources' names keep theirs



def read_money(typed: str) -> Decimal | str | None:
    """An amount as typed ("12.5", "$1,200.00"); None for nothing; the text itself if it is no
    amount, for the model to refuse in words."""
    text = typed.strip().replace("$", "").replace(",", "")
    if not text:
        return None
    try:
        return Decimal(text)
    except InvalidOperation:
        return text


class MoneyEditor(Editor):
    """Dollars and cents typed as text ("12.50", "$1,200"); empty is no amount. Text that is no amount
    goes to the model as it is, which refuses it with a sentence saying what to type."""

    def __init__(self, spec: FieldSpec) -> None:
        self.line = QLineEdit()
        self.line.setPlaceholderText(spec.placeholder or "0.00")
        super().__init__(spec, self.line)

    def value(self) -> Decimal | str | None:
        return read_money(self.line.text())

    def set_value(self, value: Any) -> None:
        self.line.setText("" if value is None else f"{Decimal(value):.2f}")

    def on_change(self, callback: Callable[[], None]) -> None:
        self.line.textChanged.connect(lambda _t: callback())


class CountEditor(Editor):
    """A whole number that may be left empty (units of a service)."""

    def __init__(self, spec: FieldSpec) -> None:
        self.line = QLineEdit()
        self.line.setValidator(QIntValidator(spec.minimum, spec.maximum))
        self.line.setPlaceholderText(spec.placeholder)
        super().__init__(spec, self.line)

    def value(self) -> int | None:
        text = self.line.text().strip()
        return int(text) if text else None

    def set_value(self, value: Any) -> None:
        self.line.setText("" if value is None else str(value))

    def on_change(self, callback: Callable[[], None]) -> None:
        self.line.textChanged.connect(lambda _t: callback())


class CatalogueEditor(Editor):
    """One of the program's list entries (shown by label, stored by code), or text typed freely: what
    a program without that list yet, or an old record, holds. A retired entry is not offered, but a
    record that has one still shows its label."""

    def __init__(self, spec: FieldSpec) -> None:
        self.entries: list[CatalogueEntry] = list(spec.extra.get("entries", ()))
        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for entry in self.entries:
            if not entry.retired:
                self.combo.addItem(entry.label)
        line = self.combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(spec.placeholder or translate("RecordForm", "Type it in"))
        self.combo.setCurrentIndex(-1)
        super().__init__(spec, self.combo)

    def value(self) -> str:
        text = self.combo.currentText().strip()
        return next((e.code for e in self.entries if e.label == text), text)

    def set_value(self, value: Any) -> None:
        code = str(value or "")
        self.combo.setEditText(next((e.label for e in self.entries if e.code == code), code))

    def on_change(self, callback: Callable[[], None]) -> None:
        self.combo.editTextChanged.connect(lambda _t: callback())


class ChecklistEditor(Editor):
    """Any number of a closed list's answers, one box each, in two columns; the value keeps the list's
    order, whatever order they were ticked in."""

    def __init__(self, spec: FieldSpec) -> None:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.boxes: list[tuple[Any, QCheckBox]] = []
        for n, option in enumerate(o for o in spec.options if o is not None):
            check = QCheckBox(option[1])
            check.setAccessibleName(f"{spec.label.replace('&', '')}: {option[1]}")
            grid.addWidget(check, n // 2, n % 2)
            self.boxes.append((option[0], check))
        self._given: list[Any] = []
        super().__init__(spec, box, self.boxes[0][1] if self.boxes else box)

    def value(self) -> list[Any]:
        ticked = [value for value, check in self.boxes if check.isChecked()]
        # The record's own order while the same answers are ticked: an untouched field is no change.
        return self._given if set(ticked) == set(self._given) else ticked

    def set_value(self, value: Any) -> None:
        self._given = list(value or [])
        for option, check in self.boxes:
            check.setChecked(option in self._given)

    def on_change(self, callback: Callable[[], None]) -> None:
        for _value, check in self.boxes:
            check.toggled.connect(lambda _c: callback())


class AmountsEditor(Editor):
    """Sources each with a monthly amount (HMIS 4.02): tick a source, type its amount; "other" also
    says what it is. The value is the list of ticked sources as the model reads them."""

    def __init__(self, spec: FieldSpec) -> None:
        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.rows: list[tuple[Any, QCheckBox, QLineEdit]] = []
        for n, option in enumerate(o for o in spec.options if o is not None):
            check, amount = QCheckBox(option[1]), QLineEdit()
            amount.setPlaceholderText(translate("RecordForm", "a month, e.g. 943.00"))
            amount.setAccessibleName(fill(translate("RecordForm", "%1: monthly amount"), option[1]))
            amount.setEnabled(False)
            amount.setMaximumWidth(AMOUNT_WIDTH)
            check.toggled.connect(amount.setEnabled)
            grid.addWidget(check, n, 0)
            grid.addWidget(amount, n, 1)
            self.rows.append((option[0], check, amount))
        self.detail = QLineEdit()
        self.detail.setPlaceholderText(translate("RecordForm", "For another source: what it is"))
        self.detail.setAccessibleName(translate("RecordForm", "Other source: what it is"))
        grid.addWidget(self.detail, len(self.rows), 0, 1, 2)
        self.other = spec.extra.get("other")
        self._given: list[Any] = []
        super().__init__(spec, box, self.rows[0][1] if self.rows else box)

    def value(self) -> list[Any]:
        """The ticked sources as the model's items (`extra["item"]`), so an untouched list equals the
        record's and is no change; as plain values while one is wrong, for the model to say what."""
        chosen = []
        for source, check, amount in self.rows:
            if check.isChecked():
                money = read_money(amount.text())
                detail = self.detail.text().strip() if source == self.other else ""
                chosen.append({"source": source, "monthly_amount": money, "detail": detail})
        item = self.spec.extra.get("item")
        try:
            built = chosen if item is None else [item.model_validate(c) for c in chosen]
        except ValidationError:
            return chosen
        same = len(built) == len(self._given) and all(b in self._given for b in built)
        return list(self._given) if same else built  # the record's order while nothing changed

    def set_value(self, value: Any) -> None:
        self._given = list(value or [])
        given = {_get(item, "source"): item for item in self._given}
        for source, check, amount in self.rows:
            item = given.get(source)
            check.setChecked(item is not None)
            amount.setText("" if item is None else f"{Decimal(_get(item, 'monthly_amount')):.2f}")
            if item is not None and source == self.other:
                self.detail.setText(str(_get(item, "detail") or ""))

    def on_change(self, callback: Callable[[], None]) -> None:
        for _source, check, amount in self.rows:
            check.toggled.connect(lambda _c: callback())
            amount.textChanged.connect(lambda _t: callback())
        self.detail.textChanged.connect(lambda _t: callback())


def _get(item: Any, name: str) -> Any:
    return item[name] if isinstance(item, dict) else getattr(item, name)


def catalogue_field(
    name: str, label: str, *, entries: Sequence[CatalogueEntry], placeholder: str = "", hint: str = ""
) -> FieldSpec:
    """A field over one of the program's lists, free text where the list is empty."""
    return FieldSpec(
        name, label, TEXT, placeholder=placeholder, hint=hint,
        extra={"editor": CatalogueEditor, "entries": list(entries)},
    )  # fmt: skip


def catalogue_text(code: str, entries: Sequence[CatalogueEntry]) -> str:
    """A stored code as its label in the program's list; text typed freely as it is."""
    return next((e.label for e in entries if e.code == code), code)
