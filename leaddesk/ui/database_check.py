"""The database checked on demand (DESIGN.md §3; after a crash it is checked as the profile opens): every
page's HMAC and SQLite's own check, read on a worker, the answer in a message box that says what to do."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from leaddesk.ui.display import describe_error
from leaddesk.ui.session import Session
from leaddesk.ui.text import fill, translate

SHOWN_LINES = 40  # of the check's findings, under "Show Details…"


def check_database(window: QWidget, session: Session) -> None:
    """Start the check; its answer is shown over `window` when it comes."""
    session.runner.query(
        lambda desk: desk.profile.damage(),
        done=lambda problems: _checked(window, problems),
        failed=lambda exc: QMessageBox.warning(
            window,
            translate("DatabaseCheck", "Check the database"),
            fill(translate("DatabaseCheck", "The database could not be checked: %1"), describe_error(exc)),
        ),
    )


def _checked(window: QWidget, problems: list[str]) -> None:
    title = translate("DatabaseCheck", "Check the database")
    if not problems:
        QMessageBox.information(
            window,
            title,
            translate(
                "DatabaseCheck", "No damage found: every page of this laptop's database passed its check."
            ),
        )
        return
    box = QMessageBox(QMessageBox.Icon.Warning, title, "", QMessageBox.StandardButton.Close, window)
    box.setText(
        translate(
            "DatabaseCheck",
            "The database on this laptop is damaged. Nothing has been changed. What has synced is safe on "
            "the office server; tell your IT administrator before you go on working here.",
        )
    )
    box.setDetailedText("\n".join("\n".join(problems).splitlines()[:SHOWN_LINES]))
    box.exec()
    box.deleteLater()
