"""Attachments: files kept encrypted with the record (ID scans, court letters, benefit forms). Images and
PDFs are shown inside the app from memory — the bytes never touch the disk in the clear. Saving a copy
out of the app is a separate, explicit action that is recorded in the audit log."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeDatabase, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain import Attachment
from leaddesk.domain.records import MAX_ATTACHMENT_BYTES
from leaddesk.storage.errors import StorageError
from leaddesk.ui.participant.attachment_viewer import AttachmentViewer
from leaddesk.ui.participant.form_fields import TEXT, FieldSpec
from leaddesk.ui.participant.records_model import Column, count_text, local_time, one_line
from leaddesk.ui.participant.records_tab import RecordsTab
from leaddesk.ui.text import fill

_MIME = QMimeDatabase()


def size_text(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / (1024 * 1024):.1f} MB"


def type_text(media_type: str) -> str:
    """Qt's own (translated) description of a media type, e.g. "PNG image", "PDF document"."""
    mime = _MIME.mimeTypeForName(media_type)
    return mime.comment() if mime.isValid() and mime.comment() else media_type


class AttachmentsTab(RecordsTab):
    entity = Attachment.entity
    order = ("created_at",)
    descending = True

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
        try:
            data = self.session.store.repos.attachments.read_bytes(record.id)
        except StorageError:
            self.viewer.show_missing(record)
            return
        self.viewer.show_file(record, data)

    # -- adding ------------------------------------------------------------------------------------

    def open_add(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Add a file to this record"))
        if path:
            self.add_file(Path(path))

    def add_file(self, path: Path, *, description: str = "") -> Attachment | None:
        """Store the file at `path` encrypted with the record; returns it, or None with the reason shown."""
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
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            data = path.read_bytes()
            media_type = _MIME.mimeTypeForFileNameAndData(path.name, data).name()
            stored = self._store(
                file_name=path.name, media_type=media_type, data=data, description=description
            )
        except OSError as exc:
            self.say(fill(self.tr("“%1” could not be read: %2"), path.name, exc.strerror or ""))
            return None
        except (StorageError, ValueError) as exc:
            self.say(str(exc).removeprefix("data: "))
            return None
        finally:
            QApplication.restoreOverrideCursor()
        self.say("")
        self.select(stored.id)
        return stored

    def _store(self, *, file_name: str, media_type: str, data: bytes, description: str) -> Attachment:
        return self.session.add_attachment(
            participant_id=self.participant_id,
            file_name=file_name,
            media_type=media_type,
            data=data,
            description=description,
        )

    # -- saving a copy out of the app --------------------------------------------------------------

    def open_save_copy(self) -> None:
        record = self.selected()
        if record is None:
            return
        answer = QMessageBox.warning(
            self,
            self.tr("Save a copy outside LEAD Desk"),
            fill(
                self.tr(
                    "The copy will be an ordinary, unencrypted file: anyone who can open that folder can "
                    "read it. Saving it is recorded in the audit log.\n\nSave a copy of “%1”?"
                ),
                record.file_name,
            ),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Save:
            return
        path, _filter = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), record.file_name)
        if path:
            self.save_copy(record.id, Path(path))

    def save_copy(self, attachment_id: str, path: Path) -> bool:
        """Write the file's bytes to `path` (an audited export), readable by the user only."""
        try:
            data = self.session.store.repos.attachments.export_bytes(attachment_id)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as out:
                out.write(data)
        except StorageError as exc:
            self.say(str(exc))
            return False
        except OSError as exc:
            self.say(fill(self.tr("The copy could not be written: %1"), exc.strerror or str(exc)))
            return False
        self.say(fill(self.tr("Saved a copy to %1."), str(path)))
        return True

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
