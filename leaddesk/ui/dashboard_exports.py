"""The dashboard's exports, for supervisors and admins: the PCG report for the period and team chosen,
as a PDF or as its tables in CSV files, written off the GUI thread by the desk (which audits each save).
Counts only, every count under 11 suppressed, nobody named: nothing identified leaves from here (that
needs the disclosure gate)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QWidget

from leaddesk.desk import Desk
from leaddesk.domain.clock import local_today
from leaddesk.ui.display import describe_error
from leaddesk.ui.look import set_role
from leaddesk.ui.participant.answers import for_widget
from leaddesk.ui.session import Session
from leaddesk.ui.text import fill

Choices = Callable[[], tuple[date, date, str | None]]  # the period's first and last day, and the team


class PcgExports(QObject):
    """The two buttons and the line that says how a save went; `choices` gives what is chosen now."""

    exported = Signal(list)  # the files a save wrote; empty when it failed

    def __init__(self, session: Session, *, choices: Choices, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._choices = choices
        self.save_report = QPushButton(self.tr("Save PCG report…"))
        self.save_report.setToolTip(
            self.tr("The report to the Policy Coordinating Group for this period and team, as a PDF")
        )
        self.save_report.clicked.connect(self.choose_pdf)
        self.save_tables = QPushButton(self.tr("Save tables as CSV…"))
        self.save_tables.setToolTip(
            self.tr("Every table of the PCG report, each as a CSV file, in a new folder")
        )
        self.save_tables.clicked.connect(self.choose_tables)
        self.notice = QLabel()
        self.notice.setAccessibleName(self.tr("Export"))
        self.notice.setWordWrap(True)
        self.notice.hide()

    def _file_stem(self) -> str:
        start, end, team = self._choices()
        name = fill(self.tr("PCG report %1 to %2"), start.isoformat(), end.isoformat())
        return f"{name} {team}" if team else name

    def _window(self) -> QWidget:
        return self.save_report.window()

    def choose_pdf(self) -> None:
        suggested = str(Path.home() / f"{self._file_stem()}.pdf")
        path, _filter = QFileDialog.getSaveFileName(
            self._window(), self.tr("Save the PCG report"), suggested, self.tr("PDF documents (*.pdf)")
        )
        if path:
            self.save_pdf(Path(path) if path.lower().endswith(".pdf") else Path(f"{path}.pdf"))

    def choose_tables(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self._window(), self.tr("Save the tables in a new folder inside…")
        )
        if folder:
            self.save_csv(Path(folder) / fill(self.tr("%1 tables"), self._file_stem()))

    def save_pdf(self, path: Path) -> None:
        """Write the PCG report for the chosen period and team to `path`, off the GUI thread."""
        self._export(pdf=path, csv_folder=None)

    def save_csv(self, folder: Path) -> None:
        """Write every table of the PCG report into `folder` (made if missing), off the GUI thread."""
        self._export(pdf=None, csv_folder=folder)

    def _export(self, *, pdf: Path | None, csv_folder: Path | None) -> None:
        start, end, team = self._choices()
        made_on = local_today()
        self._say(self.tr("Saving the PCG report…"), role="quiet")

        def work(desk: Desk) -> list[Path]:
            return desk.reports.save_pcg(
                start=start, end=end, team=team, pdf=pdf, csv_folder=csv_folder, made_on=made_on
            )

        self.session.runner.query(
            work, done=for_widget(self.notice, self._exported), failed=for_widget(self.notice, self._failed)
        )

    def _exported(self, written: list[Path]) -> None:
        where = str(written[0] if written[0].suffix == ".pdf" else written[0].parent)
        text = self.tr(
            "Saved to %1: counts only, every count under 11 shown as <11, and nobody named. The export is "
            "recorded in the audit log."
        )
        self._say(fill(text, where), role="info")
        self.exported.emit(written)

    def _failed(self, error: Exception) -> None:
        self._say(fill(self.tr("The PCG report was not saved: %1"), describe_error(error)), role="error")
        self.exported.emit([])

    def _say(self, text: str, *, role: str) -> None:
        self.notice.setText(text)
        set_role(self.notice, role)
        self.notice.show()
