"""The DAP note form's widgets and layout: Data, Assessment and Plan, the linked contact, the 42 CFR Part 2
flag, the buttons, and the addenda beneath. What they do is NoteEditor's (note_editor.py)."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from leaddesk.ui.look import set_role
from leaddesk.ui.participant.addenda_panel import AddendaPanel
from leaddesk.ui.session import Session


class DapForm(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_state_lines()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.notice)
        layout.addWidget(self.error)
        self._build_sections(layout)
        self._build_contact(layout)
        self._build_actions(layout)
        self.addenda = AddendaPanel(session)
        layout.addWidget(self.addenda)
        self.addenda.hide()
        self._set_tab_order()

    # -- layout ------------------------------------------------------------------------------------

    def _build_state_lines(self) -> None:
        """The note's state in bold, then a notice and a problem line, each hidden until needed."""
        self.title = QLabel()
        self.title.setAccessibleName(self.tr("Note state"))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.notice = QLabel()
        self.notice.setAccessibleName(self.tr("Notice"))
        self.notice.setWordWrap(True)
        set_role(self.notice, "notice")
        self.notice.hide()
        self.error = QLabel()
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.setWordWrap(True)
        set_role(self.error, "error")
        self.error.hide()

    def _build_sections(self, layout: QVBoxLayout) -> None:
        self.data_edit = self._section(layout, self.tr("Da&ta — what was seen and said"), self.tr("Data"))
        self.assessment_edit = self._section(
            layout, self.tr("&Assessment — what it means"), self.tr("Assessment")
        )
        self.plan_edit = self._section(layout, self.tr("&Plan — what happens next"), self.tr("Plan"))

    def _build_contact(self, layout: QVBoxLayout) -> None:
        """The contact this note is about, on its own row under the sections."""
        self.contact_combo = QComboBox()
        self.contact_combo.setAccessibleName(self.tr("Linked contact"))
        self.contact_combo.setMinimumContentsLength(24)
        self.contact_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        contact_label = QLabel(self.tr("&Linked contact:"))
        contact_label.setBuddy(self.contact_combo)
        linked = QHBoxLayout()
        linked.addWidget(contact_label)
        linked.addWidget(self.contact_combo, 1)
        layout.addLayout(linked)

    def _build_actions(self, layout: QVBoxLayout) -> None:
        """The Part 2 flag on the left; Discard, Save and Sign on the right."""
        self.sensitive_box = QCheckBox(self.tr("Sensitive SUD information (42 CFR Part 2)"))
        self.sensitive_box.setAccessibleName(self.tr("Sensitive SUD information (42 CFR Part 2)"))
        self.sensitive_box.setToolTip(self.tr("Disclosed only under a valid Part 2 consent"))
        self.discard_button = QPushButton(self.tr("Discard…"))
        self.discard_button.setAccessibleName(self.tr("Discard unsaved changes"))
        self.discard_button.setToolTip(self.tr("Throw away what has not been saved"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setAccessibleName(self.tr("Save note"))
        self.save_button.setToolTip(self.tr("Save without signing (Ctrl+S)"))
        self.sign_button = QPushButton(self.tr("Sign…"))
        self.sign_button.setAccessibleName(self.tr("Sign note"))
        self.sign_button.setToolTip(self.tr("Sign the note; it cannot be changed afterwards (Ctrl+Shift+S)"))
        self.buttons = QWidget()
        buttons = QHBoxLayout(self.buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.discard_button)
        buttons.addSpacing(8)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.sign_button)
        actions = QHBoxLayout()
        actions.addWidget(self.sensitive_box)
        actions.addStretch(1)
        actions.addWidget(self.buttons)
        layout.addLayout(actions)

    def _set_tab_order(self) -> None:
        # Tab follows what the eye sees: the three sections, the contact, the flag, then the buttons.
        chain: list[QWidget] = [
            self.data_edit,
            self.assessment_edit,
            self.plan_edit,
            self.contact_combo,
            self.sensitive_box,
            self.discard_button,
            self.save_button,
            self.sign_button,
            self.addenda.add_button,
            self.addenda.edit,
            self.addenda.cancel_button,
            self.addenda.save_button,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _section(self, layout: QVBoxLayout, label_text: str, name: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setAccessibleName(name)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(56)
        label = QLabel(label_text)
        label.setBuddy(edit)
        layout.addWidget(label)
        layout.addWidget(edit, 1)
        return edit
