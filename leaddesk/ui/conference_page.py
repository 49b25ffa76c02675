"""The case conference (Operational Work Group meeting), offline: on the left the participants the agenda
suggests (each with why) and who attends, from which partner agency; on the right the agenda as the
attendees may see it (the gate's intersection over their agencies), and for the participant selected,
what the meeting decides. Printing the agenda and finishing the meeting each record the disclosure of
what the attendees were handed (desk.disclosures / desk.conference.finish)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from leaddesk.desk.conference import Agenda, Attendee, ConferenceRefused, Suggested
from leaddesk.desk.disclosure import Delivery, DisclosureRefused
from leaddesk.domain.clock import local_today
from leaddesk.domain.conference import AgendaReason, Suggestion
from leaddesk.ui.conference_agenda import agenda_html, entry_title
from leaddesk.ui.conference_decisions import DecisionPanel
from leaddesk.ui.display import day, plural
from leaddesk.ui.labels import enum_label
from leaddesk.ui.look import set_role
from leaddesk.ui.participant.disclosure_preview import refusal_text
from leaddesk.ui.participant.packet_pdf import write_pdf
from leaddesk.ui.participant_choices import ParticipantChoices
from leaddesk.ui.session import Session
from leaddesk.ui.text import fill

ID_ROLE = Qt.ItemDataRole.UserRole


class ConferencePage(QWidget):
    participant_requested = Signal(str)  # the workspace's pages all offer it; the agenda opens no file

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.agenda: Agenda | None = None
        self.printed: set[str] = set()
        self._suggested: dict[str, Suggestion] = {}
        self._build_preparation()
        self._build_attendance()
        self._build_agenda()
        self._build_layout()
        self.refresh()

    def _build_preparation(self) -> None:
        self.title = QLabel()
        set_role(self.title, "page-title")
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Problem"))
        set_role(self.problem, "error")
        self.problem.hide()
        self.suggestions = QListWidget()
        self.suggestions.setAccessibleName(self.tr("Suggested participants"))
        self.suggestions.setWordWrap(True)
        self._build_someone_else()

    def _build_someone_else(self) -> None:
        """A name typed here puts someone nobody suggested on the agenda (the team knows why)."""
        self.choices = ParticipantChoices(self.session.desk.caseload.matching)
        self.someone_else = QLineEdit()
        self.someone_else.setAccessibleName(self.tr("Add someone not suggested"))
        self.someone_else.setPlaceholderText(self.tr("Add someone not suggested: type part of a name"))
        self.completer = QCompleter(self.choices, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setWidget(self.someone_else)  # the model does its own matching
        self.someone_else.textEdited.connect(self._typed_name)
        self.completer.activated[QModelIndex].connect(self._chosen)  # type: ignore[index]

    def _typed_name(self, text: str) -> None:
        self.choices.set_text(text)
        if self.choices.rowCount():
            self.completer.complete()

    def _chosen(self, index: QModelIndex) -> None:
        row = self.choices.row(index.row())
        if row.id not in self._suggested:
            self.add_participant(row.id, row.name)
        self.someone_else.clear()

    def _build_attendance(self) -> None:
        self.attendee_name = QLineEdit()
        self.attendee_name.setAccessibleName(self.tr("Attendee's name"))
        self.attendee_name.setPlaceholderText(self.tr("Name"))
        self.agency = QComboBox()
        self.agency.setAccessibleName(self.tr("Agency"))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self._add_attendee)
        self.attendee_name.returnPressed.connect(self._add_attendee)
        self.attendees = QListWidget()
        self.attendees.setAccessibleName(self.tr("Attendees"))
        self.remove_attendee = QPushButton(self.tr("Remove"))
        self.remove_attendee.clicked.connect(lambda: self.attendees.takeItem(self.attendees.currentRow()))
        self.build = QPushButton(self.tr("Build the agenda"))
        self.build.setDefault(True)
        self.build.clicked.connect(self.build_agenda)

    def _build_agenda(self) -> None:
        self.entries = QListWidget()
        self.entries.setAccessibleName(self.tr("Agenda"))
        self.entries.currentItemChanged.connect(lambda item, _old: self._select(item))
        self.left_out = QLabel()
        set_role(self.left_out, "quiet")
        self.decisions = DecisionPanel(self.session.desk.program.roster())
        self.print_button = QPushButton(self.tr("Print the agenda…"))
        self.print_button.clicked.connect(self.print_agenda)
        self.finish_button = QPushButton(self.tr("Finish the meeting"))
        self.finish_button.clicked.connect(self.finish)

    def _build_layout(self) -> None:
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(_heading(self.tr("Suggested participants (tick who to discuss)")))
        column.addWidget(self.suggestions, 3)
        column.addWidget(self.someone_else)
        column.addWidget(_heading(self.tr("Attending")))
        row = QHBoxLayout()
        for widget, stretch in ((self.attendee_name, 2), (self.agency, 2), (self.add_button, 0)):
            row.addWidget(widget, stretch)
        column.addLayout(row)
        column.addWidget(self.attendees, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_attendee)
        buttons.addStretch(1)
        buttons.addWidget(self.build)
        column.addLayout(buttons)
        right = QWidget()
        agenda = QVBoxLayout(right)
        agenda.setContentsMargins(0, 0, 0, 0)
        agenda.addWidget(_heading(self.tr("Agenda, as the attendees see it")))
        agenda.addWidget(self.entries, 2)
        agenda.addWidget(self.left_out)
        agenda.addWidget(self.decisions, 3)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.print_button)
        actions.addWidget(self.finish_button)
        agenda.addLayout(actions)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([420, 780])
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.problem)
        layout.addWidget(splitter, 1)

    # -- preparing ---------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the suggestions again (off the GUI thread) and the program's partner agencies."""
        if not self.session.desk.is_open:
            return
        today = local_today()
        self.title.setText(fill(self.tr("Case conference — %1"), day(today)))
        self.agency.clear()
        self.agency.addItem(self.tr("Program staff"), "")
        for entry in self.session.desk.program.settings().partner_agencies:
            if not entry.retired:
                self.agency.addItem(entry.label, entry.code)
        days = self.session.desk.caseload.overdue_days()
        self.session.runner.query(
            lambda desk: desk.conference.suggestions(overdue_days=days),
            done=self.show_suggestions,
            key="conference-suggestions",
        )

    def show_suggestions(self, found: list[Suggested]) -> None:
        self.suggestions.clear()
        self._suggested = {s.suggestion.participant_id: s.suggestion for s in found}
        for s in found:
            why = "; ".join(enum_label(r) for r in s.suggestion.reasons)
            item = QListWidgetItem(f"{s.name} — {why}")
            item.setData(ID_ROLE, s.suggestion.participant_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.suggestions.addItem(item)

    def add_participant(self, participant_id: str, name: str) -> None:
        """Put someone nobody suggested on the agenda (ticked, "added by the team")."""
        self._suggested.setdefault(participant_id, Suggestion(participant_id, (AgendaReason.ADDED,)))
        item = QListWidgetItem(f"{name} — {enum_label(AgendaReason.ADDED)}")
        item.setData(ID_ROLE, participant_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)
        self.suggestions.addItem(item)

    def add_attendee(self, name: str, agency_code: str) -> None:
        attendee = Attendee(name=name, agency_code=agency_code)
        label = next(
            (
                self.agency.itemText(i)
                for i in range(self.agency.count())
                if self.agency.itemData(i) == agency_code
            ),
            agency_code,
        )
        item = QListWidgetItem(f"{name} — {label}")
        item.setData(ID_ROLE, attendee)
        self.attendees.addItem(item)

    def _add_attendee(self) -> None:
        name = self.attendee_name.text().strip()
        if name:
            self.add_attendee(name, self.agency.currentData())
            self.attendee_name.clear()

    # -- the meeting -------------------------------------------------------------------------------

    def build_agenda(self) -> None:
        chosen = [
            self._suggested[str(self.suggestions.item(n).data(ID_ROLE))]
            for n in range(self.suggestions.count())
            if self.suggestions.item(n).checkState() is Qt.CheckState.Checked
        ]
        room = [self.attendees.item(n).data(ID_ROLE) for n in range(self.attendees.count())]
        self.problem.hide()
        self.session.runner.query(
            lambda desk: desk.conference.agenda(chosen, attendees=room),
            done=self.show_agenda,
            failed=self._show_problem,
        )

    def show_agenda(self, agenda: Agenda) -> None:
        self.agenda, self.printed = agenda, set()
        self.decisions.decisions.clear()
        self.entries.clear()
        for entry in agenda.entries:
            item = QListWidgetItem(entry_title(entry))
            item.setData(ID_ROLE, entry.participant_id)
            self.entries.addItem(item)
        left = agenda.left_out
        text = plural(
            self.tr("%n participant(s) left off: no consent covers every agency attending.", "", left), left
        )
        self.left_out.setText(text if left else "")
        self.entries.setCurrentRow(0)
        self._select(self.entries.currentItem())

    def _select(self, item: QListWidgetItem | None) -> None:
        entry = self.agenda.entry(str(item.data(ID_ROLE))) if item and self.agenda else None
        self.decisions.show_entry(entry, title=item.text() if item else "")

    def print_agenda(self) -> None:
        if self.agenda is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Print the agenda"), "agenda.pdf", "PDF (*.pdf)"
        )
        if path:
            self.write_agenda(Path(path))

    def write_agenda(self, path: Path) -> None:
        """Record the agenda's disclosures (one per identified participant and agency), then write it."""
        agenda = self.agenda
        assert agenda is not None
        reviews = agenda.reviews
        if reviews:
            description = fill(self.tr("Case conference agenda, %1"), agenda.meeting_date.isoformat())
            self.session.apply(
                self.session.desk.disclosures.record_many(
                    reviews, delivery=Delivery.PRINTED, description=description
                )
            )
            self.printed |= {r.participant.id for r in reviews}
        program = self.session.desk.program.settings().program_name
        write_pdf(path, agenda_html(agenda, program=program))

    def finish(self) -> None:
        if self.agenda is None:
            return
        agenda, decided, printed = self.agenda, dict(self.decisions.decisions), set(self.printed)
        self.session.runner.op(
            lambda desk: desk.conference.finish(agenda, decisions=decided, printed=printed),
            done=lambda _made: self._finished(),
            failed=self._show_problem,
        )

    def _finished(self) -> None:
        self.agenda = None
        self.entries.clear()
        self.decisions.show_entry(None)
        self.left_out.setText(self.tr("The meeting is recorded: its decisions, tasks and disclosures."))

    def _show_problem(self, error: Exception) -> None:
        # The desk's refusals are sentences for the user; anything else is named, not shown raw.
        if isinstance(error, DisclosureRefused):
            text = refusal_text(error)
        elif isinstance(error, ConferenceRefused):
            text = str(error)
        else:
            text = fill(self.tr("The meeting could not be saved (%1)."), type(error).__name__)
        self.problem.setText(text)
        self.problem.show()


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    set_role(label, "heading")
    return label
