"""What was disclosed about a participant (42 CFR 2.25): each disclosure with its date, recipient,
purpose, how it was delivered, who made it and how many items went; Disclose… to make a packet, and
the accounting of disclosures as a PDF for the participant who asks for it. A disclosure is never
edited or deleted here: it is the record of something that already left."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from leaddesk.desk import Desk, Done
from leaddesk.desk.disclosure import Disclosure, RecordedButNotSaved
from leaddesk.ui.display import number
from leaddesk.ui.labels import enum_label
from leaddesk.ui.participant.answers import for_widget
from leaddesk.ui.participant.disclosure_dialog import DisclosureDialog
from leaddesk.ui.participant.packet_pdf import accounting_html, write_pdf
from leaddesk.ui.participant.records_model import Column, count_text, local_time, one_line
from leaddesk.ui.participant.records_tab import RecordsTab
from leaddesk.ui.runner import Job
from leaddesk.ui.session import Session
from leaddesk.ui.text import fill


def item_count(disclosure: Disclosure) -> int:
    return sum(len(ids) for ids in disclosure.items.values())


class DisclosuresTab(RecordsTab):
    entity = Disclosure.entity
    order = ("disclosed_at",)
    descending = True
    allow_delete = False

    def __init__(self, session: Session, participant_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, participant_id, parent)
        self.edit_button.hide()  # append-only: nothing to edit

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Date"), lambda d: local_time(d.disclosed_at), sort=("disclosed_at",)),
            Column(self.tr("Recipient"), lambda d: one_line(d.recipient, 45), sort=("recipient",)),
            Column(self.tr("Purpose"), lambda d: enum_label(d.purpose), sort=("purpose",)),
            Column(self.tr("How delivered"), lambda d: enum_label(d.delivery), sort=("delivery",)),
            Column(self.tr("By"), lambda d: self.session.desk.program.display_name(d.disclosed_by)),
            Column(self.tr("Items"), lambda d: number(item_count(d)), key=item_count, align_right=True),
            Column(
                self.tr("What"),
                lambda d: one_line(d.description, 60),
                sort=("description",),
                tooltip=lambda d: d.description,
                stretch=True,
            ),
        ]

    def extra_buttons(self) -> list[QPushButton]:
        self.accounting_button = self._button(
            self.tr("&Print accounting of disclosures…"),
            self.choose_accounting_file,
            self.tr("A PDF listing every disclosure, for the participant (42 CFR 2.25)"),
        )
        return [self.accounting_button]

    def rows_changed(self, rows: list[Any]) -> None:
        self.accounting_button.setEnabled(bool(rows))

    def open_edit(self) -> None:
        """A disclosure is not edited (Enter and double-click do nothing)."""

    # -- disclosing --------------------------------------------------------------------------------

    def disclosure_form(self) -> DisclosureDialog:
        dialog = DisclosureDialog(self.session, self.participant_id, parent=self)
        dialog.written.connect(self._disclosed)
        return dialog

    def open_add(self) -> None:
        self.disclosure_form().exec()

    def _disclosed(self, made: Disclosure, path: Path) -> None:
        self.say(fill(self.tr("Disclosed to %1; the packet is at %2."), made.recipient, str(path)))
        self.select(made.id)

    # -- the accounting ----------------------------------------------------------------------------

    def choose_accounting_file(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Print accounting of disclosures"), "accounting-of-disclosures.pdf",
            self.tr("PDF documents (*.pdf)"),
        )  # fmt: skip
        if path:
            self.write_accounting(Path(path))

    def write_accounting(self, path: Path) -> Job[Done[list[Disclosure]]]:
        """Write the accounting of disclosures to `path`, off the GUI thread."""
        participant_id = self.participant_id
        program = self.session.desk.program.settings().program_name

        def work(desk: Desk) -> Done[list[Disclosure]]:  # on the writer lane
            person = desk.participants.get(participant_id)
            name = f"{person.first_name} {person.last_name}"
            return desk.disclosures.write_accounting(
                participant_id,
                path,
                render=lambda part, rows: write_pdf(
                    part, accounting_html(rows, participant=name, program=program)
                ),
            )

        self.accounting_button.setEnabled(False)
        return self.session.runner.op(
            work,
            done=for_widget(self, lambda rows: self._accounting_written(rows, path)),
            failed=for_widget(self, lambda error: self._accounting_failed(error, path)),
        )

    def _accounting_written(self, rows: list[Disclosure], path: Path) -> None:
        self.accounting_button.setEnabled(True)
        listed = count_text(len(rows), self.tr("%1 disclosure"), self.tr("%1 disclosures"))
        self.say(fill(self.tr("The accounting of disclosures (%1) is at %2."), listed, str(path)))

    def _accounting_failed(self, error: Exception, path: Path) -> None:
        self.accounting_button.setEnabled(True)
        if isinstance(error, RecordedButNotSaved):
            reason = error.reason.strerror or str(error.reason)
        else:
            reason = error.strerror or str(error) if isinstance(error, OSError) else str(error)
        self.say(fill(self.tr("The accounting could not be written at %1: %2"), str(path), reason))

    # -- text --------------------------------------------------------------------------------------

    def add_text(self) -> str:
        return self.tr("D&isclose…")

    def list_name(self) -> str:
        return self.tr("Disclosures")

    def empty_text(self) -> str:
        return self.tr(
            "Nothing has been disclosed. Disclose… makes a packet of what the participant's consents allow."
        )

    def summary_text(self, rows: list[Any]) -> str:
        if not rows:
            return ""
        made = count_text(len(rows), self.tr("%1 disclosure"), self.tr("%1 disclosures"))
        latest = max(d.disclosed_at for d in rows)
        return fill(self.tr("%1 · the latest on %2"), made, local_time(latest)[:10])
