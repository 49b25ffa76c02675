"""A dialog that is a form: a title, the form's rows, the problem with it above the buttons (hidden until
there is one), Save and Cancel, Enter saving. How it saves is its subclass's: at once on the GUI thread
(a small local write, overview_dialogs.py) or through the session's runner (participant/op_dialog.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from leaddesk.ui.look import set_role
from leaddesk.ui.sizing import at_least_wide


class FormDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None, *, minimum_width: int = 480) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.setWordWrap(True)
        set_role(self.error, "error")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(self.tr("Save"))
        self.save_button.setDefault(True)  # Enter saves
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        at_least_wide(self, minimum_width)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
