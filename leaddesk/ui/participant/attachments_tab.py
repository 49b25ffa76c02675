"""Attachments: files kept encrypted with the record (ID scans, court letters, benefit forms). Images and
PDFs are shown inside the app from memory — the bytes never touch the disk in the clear. Saving a copy
out of the app is a disclosure: it names a recipient and a purpose, goes through the gate (refused, with
the reason, unless a consent covers attached files for them) and is recorded as a disclosure.

A file may be 50 MiB: adding one (reading, hashing, encrypting), reading one to show it and saving a copy
all run through the runner, off the GUI thread, and answer by signal."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeDatabase, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from leaddesk.desk import Desk, Done
from leaddesk.desk.disclosure import (
    Disclosure,
    DisclosurePurpose,
    DisclosureRefused,
    Recipient,
    RecordedButNotSaved,
)
from leaddesk.domain import Attachment
from leaddesk.domain.records import MAX_ATTACHMENT_BYTES
from leaddesk.storage.errors import RecordNotFound, StorageError
from leaddesk.ui.display import file_size
from leaddesk.ui.participant.answers import for_widget
from leaddesk.ui.participant.attachment_viewer import AttachmentViewer
from leaddesk.ui.participant.disclosure_preview import refusal_text
from leaddesk.ui.participant.form_fields import TEXT, FieldSpec
from leaddesk.ui.participant.records_model import Column, count_text, local_time, one_line
from leaddesk.ui.participant.records_tab import RecordsTab
from leaddesk.ui.participant.share_dialog import ShareDialog
from leaddesk.ui.runner import Job
from leaddesk.ui.text import fill

_MIME = QMimeDatabase()


def size_text(size: int) -> str:
    return file_size(size)


def type_text(media_type: str) -> str:
    """Qt's own (translated) description of a media type, e.g. "PNG image", "PDF document"."""
    mime = _MIME.mimeTypeForName(media_type)
    return mime.comment() if mime.isValid() and mime.comment() else media_type


SNIFF_BYTES = 16 * 1024  # what Qt itself reads of a file to tell its type (QMimeDatabase peeks 16 KiB)


def media_type_of(name: str, data: bytes) -> str:
    """The file's type from its name and its first bytes (Qt's database is safe to use on any thread;
    only the start is handed over, so a 50 MiB file is not copied while holding the interpreter)."""
    return _MIME.mimeTypeForFileNameAndData(name, data[:SNIFF_BYTES]).name()


class AttachmentsTab(RecordsTab):
    entity = Attachment.entity
    order = ("created_at",)
    descending = True
    added = Signal(object)  # the Attachment stored
    add_failed = Signal(str)  # what went wrong, in words for the user
    shown = Signal(str)  # an attachment's id: the viewer shows it (or says why it cannot)
    copy_saved = Signal(bool)  # a "save a copy" finished: written or not

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("File name"), lambda a: one_line(a.file_name, 48), sort=("file_name",)),
            Column(self.tr("Type"), lambda a: type_text(a.media_type), sort=("media_type",)),
            Column(self.tr("Size"), lambda a: size_text(a.size), sort=("size",), align_right=True),
            Column(self.tr("Added"), lambda a: local_time(a.created_at), sort=("created_at",)),
            Column(
                self.tr("Description"),
                lambda a: one_line(a.description, 60),
                sort=("description",),
                tooltip=lambda a: a.description,
                stretch=True,
            ),
        ]

    def fields(self, record: Any = None) -> list[FieldSpec]:
        return [
            FieldSpec("file_name", self.tr("&File name"), TEXT),
            FieldSpec("description", self.tr("&Description"), TEXT, placeholder=self.tr("What this file is")),
        ]

    def lay_out(self, list_area: QWidget) -> None:
        self.viewer = AttachmentViewer()
        self.viewer.save_requested.connect(self.open_save_copy)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(list_area)
        splitter.addWidget(self.viewer)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def rows_changed(self, rows: list[Any]) -> None:
        self.viewer.setVisible(bool(rows))  # with no files, one calm message rather than two

    def selection_changed(self, record: Any) -> None:
        if record is None:
            self.viewer.clear()
            return
        self.viewer.show_opening(record)
        self.session.runner.query(
            lambda desk: desk.attachments.read(record.id),
            done=for_widget(self, lambda data: self._show(record, data)),
            failed=for_widget(self, lambda error: self._show_failed(record, error)),
            key=f"attachment-view:{self.participant_id}",  # a newer selection supersedes this one
        )

    def _show(self, record: Attachment, data: bytes) -> None:
        if self._still_selected(record):
            self.viewer.show_file(record, data)
            self.shown.emit(record.id)

    def _show_failed(self, record: Attachment, error: Exception) -> None:
        if not self._still_selected(record):
            return
        if isinstance(error, StorageError):
            self.viewer.show_missing(record)
        else:
            self.viewer.clear()
            self.say(fill(self.tr("“%1” could not be shown: %2"), record.file_name, str(error)))
        self.shown.emit(record.id)

    def _still_selected(self, record: Attachment) -> bool:
        selected = self.selected()
        return selected is not None and selected.id == record.id

    # -- adding ------------------------------------------------------------------------------------

    def open_add(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Add a file to this record"))
        if path:
            self.add_file(Path(path))

    def add_file(self, path: Path, *, description: str = "") -> Job[Done[Attachment]] | None:
        """Store the file at `path` encrypted with the record, off the GUI thread: `added` says when it
        is stored, `add_failed` why not. None if it is refused at once (too big, not there)."""
        try:
            size = path.stat().st_size
        except OSError as exc:
            self.say(fill(self.tr("“%1” could not be read: %2"), path.name, exc.strerror or ""))
            return None
        if size > MAX_ATTACHMENT_BYTES:
            self.say(
                fill(
                    self.tr("“%1” is %2; a file can be at most %3."),
                    path.name,
                    size_text(size),
                    size_text(MAX_ATTACHMENT_BYTES),
                )
            )
            return None
        participant_id = self.participant_id

        def store(desk: Desk) -> Done[Attachment]:  # on the writer lane
            data = path.read_bytes()
            return desk.attachments.add(
                participant_id=participant_id,
                file_name=path.name,
                media_type=media_type_of(path.name, data),
                data=data,
                description=description,
            )

        self.say(fill(self.tr("Adding “%1”…"), path.name))
        self.add_button.setEnabled(False)
        return self.session.runner.op(
            store,
            done=for_widget(self, self._added),
            failed=for_widget(self, lambda error: self._add_failed(path, error)),
        )

    def _added(self, stored: Attachment) -> None:
        self.add_button.setEnabled(True)
        self.say("")
        self.select(stored.id)
        self.added.emit(stored)

    def _add_failed(self, path: Path, error: Exception) -> None:
        self.add_button.setEnabled(True)
        if isinstance(error, OSError):
            message = fill(self.tr("“%1” could not be read: %2"), path.name, error.strerror or "")
        else:
            message = str(error).removeprefix("data: ")
        self.say(message)
        self.add_failed.emit(message)

    # -- saving a copy out of the app --------------------------------------------------------------

    def open_save_copy(self) -> None:
        record = self.selected()
        if record is None:
            return
        dialog = ShareDialog(
            intro=fill(
                self.tr(
                    "A copy of “%1” leaves LEAD Desk as an ordinary, unencrypted file: it is a disclosure. "
                    "Choose whom it is for and why; it is saved only if one of the participant's consents "
                    "allows attached files to go to them for that purpose, and it is recorded."
                ),
                record.file_name,
            ),
            recipients=self.session.desk.disclosures.recipients(self.participant_id),
            parent=self,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), record.file_name)
        if path:
            self.save_copy(record.id, Path(path), recipient=dialog.recipient(), purpose=dialog.purpose())

    def save_copy(
        self, attachment_id: str, path: Path, *, recipient: Recipient, purpose: DisclosurePurpose
    ) -> Job[Done[Disclosure]]:
        """Write the file's bytes to `path` for `recipient` through the gate, readable by the user only,
        off the GUI thread; `copy_saved` says whether it was written (refused: the notice says why)."""
        return self.session.runner.op(
            lambda desk: desk.disclosures.save_attachment_copy(
                attachment_id, path, recipient=recipient, purpose=purpose
            ),
            done=for_widget(self, lambda _made: self._copy_saved(path)),
            failed=for_widget(self, self._copy_failed),
        )

    def _copy_saved(self, path: Path) -> None:
        self.say(fill(self.tr("Saved a copy to %1."), str(path)))
        self.copy_saved.emit(True)

    def _copy_failed(self, error: Exception) -> None:
        if isinstance(error, DisclosureRefused):
            self.say(fill(self.tr("No copy was saved: %1"), refusal_text(error)))
        elif isinstance(error, RecordedButNotSaved):
            self.session.announce(error.done.changes)
            self.say(
                fill(
                    self.tr("The disclosure was recorded, but the copy could not be put there: %1"),
                    error.reason.strerror or str(error.reason),
                )
            )
        elif isinstance(error, OSError):
            self.say(fill(self.tr("The copy could not be written: %1"), error.strerror or str(error)))
        elif isinstance(error, RecordNotFound):
            self.say(
                self.tr("The contents of this file have not reached this device yet; they come with a sync.")
            )
        else:
            self.say(str(error))
        self.copy_saved.emit(False)

    # -- text --------------------------------------------------------------------------------------

    def extra_buttons(self) -> list[QPushButton]:
        return []

    def add_text(self) -> str:
        return self.tr("&Add file…")

    def edit_text(self) -> str:
        return self.tr("&Rename…")

    def list_name(self) -> str:
        return self.tr("Attachments")

    def form_title(self, record: Any) -> str:
        return self.tr("Rename or describe the file")

    def empty_text(self) -> str:
        return self.tr(
            "No files attached. Add an ID scan, a court letter or a form with “Add file…” (Alt+A)."
        )

    def delete_question(self, record: Any) -> str:
        return fill(
            self.tr("Delete “%1” from this record? It disappears on every device after the next sync."),
            record.file_name,
        )

    def summary_text(self, rows: list[Any]) -> str:
        if not rows:
            return ""
        files = count_text(len(rows), self.tr("%1 file"), self.tr("%1 files"))
        return f"{files} · {size_text(sum(a.size for a in rows))} · " + self.tr("kept encrypted")
