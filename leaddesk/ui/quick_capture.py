"""Quick capture (Ctrl+K): the fastest way to write down a contact in the field. One small dialog —
who, what kind, where, how long, when, what happened — saved in one step as a Contact and its linked
CaseNote, in one transaction so a failure leaves neither. What is typed is kept as an encrypted draft
until it is saved, so a lock or a crash loses nothing."""

from __future__ import annotations

from datetime import datetime, timedelta
from itertools import pairwise

from pydantic import ValidationError
from PySide6.QtCore import QDateTime, QModelIndex, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from leaddesk.desk.capture import DEFAULT_MINUTES, CaptureDraft
from leaddesk.domain import Participant
from leaddesk.domain.enums import ContactKind
from leaddesk.domain.errors import DomainError
from leaddesk.storage.errors import StorageError
from leaddesk.ui.display import describe_error, entry_day_time_format, plural
from leaddesk.ui.labels import SAVED_CONTACT, enum_label, table_label
from leaddesk.ui.look import set_role
from leaddesk.ui.participant_choices import ParticipantChoices, ParticipantIdRole
from leaddesk.ui.session import Session
from leaddesk.ui.sizing import at_least_wide
from leaddesk.ui.text import fill

DRAFT_DELAY_MS = 600
FUTURE_SLACK = timedelta(minutes=10)  # a clock a little ahead is fine; tomorrow is a typo


class QuickCaptureDialog(QDialog):
    saved = Signal(object, object)  # Contact, CaseNote

    def __init__(
        self, session: Session, *, participant_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.participant_id: str | None = None
        self.message = ""
        self.setWindowTitle(self.tr("Quick capture"))

        self._build_who()
        self._build_fields()
        self._build_buttons()
        self._layout()
        at_least_wide(self, 520)
        self._connect()
        # A lock flushes this dialog's draft and closes it (MainWindow.lock); the desk is kept here
        # because the session object is deleted by then.
        self._desk = session.desk

        if not self._restore_draft() and participant_id:
            self.set_participant(participant_id)
        (self.kind if self.participant_id else self.participant).setFocus()

    def _build_who(self) -> None:
        self.choices = ParticipantChoices(self.session.desk.caseload.matching)
        self.participant = QLineEdit()
        self.participant.setAccessibleName(self.tr("Participant"))
        self.participant.setPlaceholderText(self.tr("Type part of a name or alias"))
        self.completer = QCompleter(self.choices, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setWidget(self.participant)  # not setCompleter: the model does its own matching
        popup = self.completer.popup()
        assert popup is not None  # QCompleter always makes one
        self.popup = popup
        self.popup.setAccessibleName(self.tr("Matching participants"))
        self.who = QLabel()
        self.who.setAccessibleName(self.tr("Chosen participant"))
        set_role(self.who, "quiet")

    def _build_fields(self) -> None:
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Contact kind"))
        self.kind.setToolTip(self.tr("Type the first letter to choose"))
        for kind in ContactKind:
            self.kind.addItem(enum_label(kind), kind)
        self.place = QLineEdit()
        self.place.setAccessibleName(self.tr("Place"))
        self.place.setPlaceholderText(self.tr("where you met"))
        self._places = QStringListModel(self.session.desk.capture.recent_places(), self)
        places = QCompleter(self._places, self)
        places.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        places.setFilterMode(Qt.MatchFlag.MatchContains)
        self.place.setCompleter(places)
        self.minutes = QSpinBox()
        self.minutes.setAccessibleName(self.tr("Minutes"))
        self.minutes.setRange(0, 24 * 60)
        self.minutes.setSingleStep(5)
        self.minutes.setValue(DEFAULT_MINUTES)
        self.minutes.setSuffix(self.tr(" min"))
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setAccessibleName(self.tr("When"))
        self.when.setDisplayFormat(entry_day_time_format())
        self.when.setCalendarPopup(True)
        self.note = QPlainTextEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("What happened, in a few words (saved as the note's Data)"))
        self.note.setTabChangesFocus(True)
        self.note.setMinimumHeight(120)

    def _build_buttons(self) -> None:
        self.error = QLabel()
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.setWordWrap(True)
        set_role(self.error, "error")
        self.error.hide()
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setAccessibleName(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save the contact and its note (Ctrl+Enter)"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Close without saving (Esc)"))
        for button in (self.save_button, self.cancel_button):
            button.setAutoDefault(False)  # Enter in a field must not save half a capture

    def _connect(self) -> None:
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.flush_drafts)
        self.participant.textEdited.connect(self._typed_name)
        self.participant.returnPressed.connect(self._choose_first)
        self.completer.activated[QModelIndex].connect(self._chosen)  # type: ignore[index]
        for signal in (self.place.textEdited, self.note.textChanged, self.kind.currentIndexChanged):
            signal.connect(self._draft_timer.start)
        self.minutes.valueChanged.connect(self._draft_timer.start)
        self.when.dateTimeChanged.connect(self._draft_timer.start)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save)

    def _layout(self) -> None:
        form = QFormLayout()
        who = QVBoxLayout()
        who.setSpacing(2)
        who.addWidget(self.participant)
        who.addWidget(self.who)
        form.addRow(self._label(self.tr("&Participant"), self.participant), who)
        form.addRow(self._label(self.tr("&Kind"), self.kind), self.kind)
        form.addRow(self._label(self.tr("P&lace"), self.place), self.place)
        timing = QHBoxLayout()
        timing.addWidget(self.minutes)
        timing.addSpacing(16)
        timing.addWidget(self._label(self.tr("&When"), self.when))
        timing.addWidget(self.when)
        timing.addStretch(1)
        form.addRow(self._label(self.tr("&Minutes"), self.minutes), timing)
        form.addRow(self._label(self.tr("&Note"), self.note), self.note)
        hint = QLabel(self.tr("Ctrl+Enter saves · Esc cancels"))
        set_role(hint, "quiet")
        buttons = QHBoxLayout()
        buttons.addWidget(hint)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        # The order the field asks for; "when" defaults to now, so it comes after Save (or Alt+W).
        chain = [self.participant, self.kind, self.place, self.minutes, self.note, self.save_button]
        chain += [self.cancel_button, self.when]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    # -- choosing the participant ------------------------------------------------------------------

    def set_participant(self, participant_id: str) -> None:
        record = self.session.desk.records.get("participant", participant_id)
        assert isinstance(record, Participant)
        self.participant_id = record.id
        name = f"{record.last_name}, {record.preferred_name or record.first_name}"
        self.participant.setText(name)
        details = [", ".join(record.aliases)] if record.aliases else []
        self.who.setText(" · ".join([*details, enum_label(record.status), record.team_id]))

    def _typed_name(self, text: str) -> None:
        self.participant_id = None
        self.who.clear()
        self.choices.set_text(text)
        if self.choices.rowCount():
            self.completer.complete()
            self.popup.setCurrentIndex(self.completer.completionModel().index(0, 0))
        else:
            self.popup.hide()
            if text.strip():
                self.who.setText(fill(self.tr("No participant matches “%1”"), text.strip()))
        self._draft_timer.start()

    def _chosen(self, index: QModelIndex) -> None:
        participant_id = index.data(ParticipantIdRole)
        if participant_id:
            self.set_participant(str(participant_id))
            self._draft_timer.start()
            self.kind.setFocus()  # chosen: on to the next question

    def _choose_first(self) -> None:
        """Enter in the name field takes the highlighted match (the top one unless moved), so "qui⏎"
        is enough."""
        if self.participant_id is not None or not self.choices.rowCount():
            return
        current = self.popup.currentIndex() if self.popup.isVisible() else QModelIndex()
        self.popup.hide()
        if current.isValid():
            self._chosen(current)
        else:
            self._chosen(self.choices.index(0, 0))

    # -- saving ------------------------------------------------------------------------------------

    def occurred_at(self) -> datetime:
        """The "when" field as an aware time (the computer's zone); storage keeps it in UTC."""
        value = self.when.dateTime().toPython()
        assert isinstance(value, datetime)
        return value.astimezone()

    def _problem(self, text: str, field: QWidget | None = None) -> None:
        set_role(self.error, "error")
        self.error.setText(text)
        self.error.show()
        if field is not None:
            field.setFocus()

    def save(self) -> bool:
        """Create the contact and its note together; on any problem nothing is written and the
        dialog stays open with a message."""
        if self.participant_id is None:
            self._problem(
                self.tr("Choose who this was with: type part of a name and pick from the list."),
                self.participant,
            )
            return False
        text = self.note.toPlainText().strip()
        if not text:
            self._problem(self.tr("Write a few words about the contact."), self.note)
            return False
        when = self.occurred_at()
        if when > datetime.now().astimezone() + FUTURE_SLACK:
            self._problem(self.tr("When: the contact cannot be in the future."), self.when)
            return False
        self._draft_timer.stop()
        try:
            # Both records, their outbox entries and audit events, and the draft's end, or none.
            captured = self.session.apply(
                self.session.desk.capture.save(
                    participant_id=self.participant_id,
                    kind=ContactKind(self.kind.currentData()),
                    occurred_at=when,
                    minutes=self.minutes.value(),
                    place=self.place.text(),
                    text=text,
                )
            )
        except (ValidationError, DomainError, StorageError, ValueError) as exc:
            self._problem(describe_error(exc))
            return False
        places = self.session.desk.capture.remember_place(self.place.text().strip())
        self._places.setStringList(self.session.apply(places))
        contact = captured.contact
        minutes = self.minutes.value()
        self.message = fill(
            plural(self.tr("Saved: %1 with %2, %n minute(s), and its note.", "", minutes), minutes),
            table_label("QuickCaptureDialog", SAVED_CONTACT, contact.kind),
            self.participant.text(),
        )
        parent = self.parentWidget()
        if isinstance(parent, QMainWindow):
            parent.statusBar().showMessage(self.message, 6000)
        self.saved.emit(captured.contact, captured.note)
        super().accept()
        return True

    def accept(self) -> None:
        self.save()

    def reject(self) -> None:
        """Esc or Cancel: ask first only when a note has been typed."""
        if self.note.toPlainText().strip():
            answer = QMessageBox.question(
                self,
                self.tr("Quick capture"),
                self.tr("Discard what you wrote?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        self._draft_timer.stop()
        self._discard_draft()
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # The buttons are not "default" (Enter in a field must not save), but Enter on Save does.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.focusWidget() is self.save_button:
            self.save()
            return
        super().keyPressEvent(event)

    # -- drafts ----------------------------------------------------------------------------------

    def _draft(self) -> CaptureDraft:
        return CaptureDraft(
            participant_id=self.participant_id,
            participant_text=self.participant.text(),
            kind=ContactKind(self.kind.currentData()),
            place=self.place.text(),
            minutes=self.minutes.value(),
            when=self.occurred_at(),
            note=self.note.toPlainText(),
        )

    def flush_drafts(self) -> None:
        """Keep what has been typed in the encrypted draft now (a lock calls this before closing)."""
        self._draft_timer.stop()
        if not self._desk.is_open:
            return
        try:
            # Not announced: no screen shows this draft, and at a lock the session is gone already.
            self._desk.capture.keep_draft(self._draft())
        except (StorageError, ValueError) as exc:
            self._problem(describe_error(exc))

    def _discard_draft(self) -> None:
        if self._desk.is_open:
            self._desk.capture.discard_draft()

    def _restore_draft(self) -> bool:
        draft = self._desk.capture.draft()
        if draft is None:
            return False
        if draft.participant_id:
            try:
                self.set_participant(draft.participant_id)
            except StorageError:
                self.participant_id = None  # deleted since: keep the typed name, choose again
        if self.participant_id is None:
            self.participant.setText(draft.participant_text)
        self.kind.setCurrentIndex(max(0, self.kind.findData(draft.kind)))
        self.place.setText(draft.place)
        self.minutes.setValue(draft.minutes)
        if draft.when is not None:
            self.when.setDateTime(QDateTime.fromMSecsSinceEpoch(round(draft.when.timestamp() * 1000)))
        self.note.setPlainText(draft.note)
        set_role(self.error, "info")  # the same place as a problem, but it is none
        self.error.setText(self.tr("Restored what you were writing before."))
        self.error.show()
        return True
