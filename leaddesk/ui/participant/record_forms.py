"""The add/edit dialog every record tab uses, built from field specs: one editor per field, defaults a
case manager expects, and the model's validation messages shown in plain words beside the form. The
dialog saves through the session on OK and stays open, having written nothing, when the record is
refused."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain import ParticipantRecord, SyncedRecord
from leaddesk.domain.errors import DomainError
from leaddesk.storage.errors import StorageError
from leaddesk.ui.labels import field_label
from leaddesk.ui.look import set_role
from leaddesk.ui.participant.form_fields import DATE, DATETIME, Editor, FieldSpec, make_editor
from leaddesk.ui.rule_texts import rule_text
from leaddesk.ui.session import Session
from leaddesk.ui.sizing import at_least_wide
from leaddesk.ui.text import fill

_FIELD_PREFIX = re.compile(r"^([a-z_]+): (.+)$", re.DOTALL)


# -- messages --------------------------------------------------------------------------------------


def plain_problems(exc: Exception, labels: Mapping[str, str]) -> list[tuple[str | None, str]]:
    """(field name or None, "Label: what is wrong") for each problem, in words a case manager reads."""
    if not isinstance(exc, ValidationError):
        text = str(exc) or QCoreApplication.translate("RecordForm", "That could not be saved.")
        match = _FIELD_PREFIX.match(text)
        if match and match.group(1) in labels:
            return [(match.group(1), f"{labels[match.group(1)]}: {rule_text(match.group(2))}")]
        return [(None, rule_text(text))]
    problems: list[tuple[str | None, str]] = []
    for error in exc.errors():
        loc = error.get("loc", ())
        name = str(loc[0]) if loc and isinstance(loc[0], str) else None
        message = _plain_message(error)
        match = _FIELD_PREFIX.match(message)
        if match:  # a rule's message names its field: "expires_on: a consent needs…"
            name, message = match.group(1), match.group(2)
        message = rule_text(message)
        label = labels.get(name, field_label(name)) if name else ""
        problems.append((name, f"{label}: {message}" if label else message))
    return problems


def _plain_message(error: Mapping[str, Any]) -> str:
    kind = str(error.get("type", ""))
    ctx: Mapping[str, Any] = error.get("ctx") or {}
    message = str(error.get("msg", "")).removeprefix("Value error, ")
    if kind == "missing" or (kind == "string_too_short" and ctx.get("min_length") == 1):
        return QCoreApplication.translate("RecordForm", "this is required")
    if kind in ("string_too_long", "too_long"):
        return fill(
            QCoreApplication.translate("RecordForm", "too long (at most %1)"), str(ctx.get("max_length", ""))
        )
    if kind == "greater_than_equal":
        return fill(QCoreApplication.translate("RecordForm", "must be at least %1"), str(ctx.get("ge", "")))
    if kind == "less_than_equal":
        return fill(QCoreApplication.translate("RecordForm", "must be at most %1"), str(ctx.get("le", "")))
    if kind.startswith("decimal_"):
        return QCoreApplication.translate("RecordForm", "an amount in dollars and cents, such as 12.50")
    if kind in ("int_parsing", "int_type"):
        return QCoreApplication.translate("RecordForm", "a whole number, such as 3")
    if kind in ("enum", "bool_type", "date_type", "datetime_type", "none_required"):
        return QCoreApplication.translate("RecordForm", "choose one")
    return message


# -- the dialog ------------------------------------------------------------------------------------


class RecordForm(QDialog):
    """Add (record=None) or edit one record. `adjust(values, record)` lets a tab derive fields the
    user does not type (a task's completion time)."""

    def __init__(
        self,
        session: Session,
        *,
        model: type[ParticipantRecord],
        participant_id: str,
        fields: Sequence[FieldSpec],
        title: str,
        record: ParticipantRecord | None = None,
        values: Mapping[str, Any] | None = None,
        intro: str = "",
        save_text: str = "",
        adjust: Callable[[dict[str, Any], Any], dict[str, Any]] | None = None,
        width: int = 520,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.model_class = model
        self.participant_id = participant_id
        self.record = record
        self.saved: SyncedRecord | None = None
        self._adjust = adjust
        self._tried = False
        self.setWindowTitle(title)
        self.labels = {spec.name: spec.label.replace("&", "") for spec in fields}

        self.editors: dict[str, Editor] = {}
        form = self._build_fields(fields)
        self._fill_in(fields, values)
        self._build_error()
        self._build_buttons(save_text)
        self._lay_out(form, intro=intro)
        at_least_wide(self, width)
        self._update_enabled()

    def _build_fields(self, fields: Sequence[FieldSpec]) -> QFormLayout:
        """One labelled editor per field, the label its buddy (so its & shortcut reaches the editor)."""
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        for spec in fields:
            editor = make_editor(spec)
            self.editors[spec.name] = editor
            label = QLabel(spec.label)
            label.setBuddy(editor.focus)
            form.addRow(label, editor.widget)
            if self.record is not None and spec.read_only_on_edit:
                editor.widget.setEnabled(False)
        return form

    def _fill_in(self, fields: Sequence[FieldSpec], values: Mapping[str, Any] | None) -> None:
        """Start from the defaults, then the values given, then the record being edited."""
        start = {spec.name: spec.default() if callable(spec.default) else spec.default for spec in fields}
        start.update(values or {})
        if self.record is not None:
            start.update({name: getattr(self.record, name) for name in self.editors})
        for name, editor in self.editors.items():
            if start.get(name) is not None or editor.spec.kind in (DATE, DATETIME):
                editor.set_value(start.get(name))
            editor.on_change(self._changed)

    def _build_error(self) -> None:
        """The problems with the form, under its fields, hidden until a save is refused."""
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problems with this form"))
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        set_role(self.error, "form-error")
        self.error.hide()

    def _build_buttons(self, save_text: str) -> None:
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(save_text or self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save (Enter; Ctrl+Enter from a text box)"))
        self.save_button.setAccessibleName(self.save_button.text().replace("&", ""))
        self.save_button.setDefault(True)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setToolTip(self.tr("Close without saving (Esc)"))
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self.accept)

    def _lay_out(self, form: QFormLayout, *, intro: str) -> None:
        """The intro sentence (if any) above the fields, the problems and buttons below."""
        layout = QVBoxLayout(self)
        if intro:
            note = QLabel(intro)
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    # -- reading the form --------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """What the form says, only the fields the user may set (read-only ones are left out)."""
        values: dict[str, Any] = {}
        for name, editor in self.editors.items():
            if self.record is not None and editor.spec.read_only_on_edit:
                continue
            if not editor.widget.isEnabled() and editor.spec.enabled_when is not None:
                values[name] = None  # a field that does not apply (irrevocable period of a general consent)
                continue
            values[name] = editor.value()
        return self._adjust(values, self.record) if self._adjust else values

    def candidate(self, values: Mapping[str, Any] | None = None) -> ParticipantRecord:
        """The record the form describes, validated; raises ValidationError naming the fields."""
        values = self.values() if values is None else values
        if self.record is None:
            return self.model_class.model_validate({"participant_id": self.participant_id, **values})
        return self.record.with_changes(**values)

    # -- saving ------------------------------------------------------------------------------------

    def accept(self) -> None:
        if self.save():
            super().accept()

    def save(self) -> bool:
        """Write the record through the session; on refusal show why and write nothing."""
        self._tried = True
        try:
            values = self.values()
            candidate = self.candidate(values)
            if self.record is None:
                self.saved = self.session.create(candidate)
            else:
                # Only what changed goes to the repository: fewer fields to conflict on in a sync.
                changes = {k: v for k, v in values.items() if v != getattr(self.record, k)}
                self.saved = (
                    self.session.update(self.model_class.entity, self.record.id, changes)
                    if changes
                    else self.record
                )
        except (ValidationError, DomainError, StorageError, ValueError) as exc:
            self.show_problems(plain_problems(exc, self.labels))
            return False
        self.show_problems([])
        return True

    def show_problems(self, problems: list[tuple[str | None, str]]) -> None:
        self.error.setText("\n".join(text for _name, text in problems))
        self.error.setVisible(bool(problems))
        first = next((name for name, _text in problems if name in self.editors), None)
        if first is not None and not self.editors[first].focus.hasFocus():
            self.editors[first].focus.setFocus()

    def _changed(self) -> None:
        self._update_enabled()
        if self._tried:  # once a save was refused, say as soon as the problem is fixed
            try:
                self.candidate()
            except (ValidationError, ValueError) as exc:
                problems = plain_problems(exc, self.labels)
                self.error.setText("\n".join(text for _n, text in problems))
                self.error.setVisible(True)
            else:
                self.error.hide()

    def _update_enabled(self) -> None:
        current = {name: editor.value() for name, editor in self.editors.items()}
        for editor in self.editors.values():
            if editor.spec.enabled_when is not None:
                editor.widget.setEnabled(editor.spec.enabled_when(current))
