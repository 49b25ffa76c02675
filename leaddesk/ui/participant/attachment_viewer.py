"""Shows an attachment inside the app, from memory: images in a scroll area fitted to its width, PDFs in
Qt's own PDF view fed from a QBuffer (no temporary file: the bytes are sensitive)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain import Attachment


class ImageView(QScrollArea):
    """An image scaled down to the width available (never up), scrolling vertically."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setWidget(self.label)
        self.setWidgetResizable(True)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.pixmap = QPixmap()

    def set_pixmap(self, pixmap: QPixmap) -> None:
        self.pixmap = pixmap
        self._fit()

    def clear(self) -> None:
        self.pixmap = QPixmap()
        self.label.clear()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self.pixmap.isNull():
            return
        width = max(1, self.viewport().width() - 2)
        shown = (
            self.pixmap
            if self.pixmap.width() <= width
            else self.pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        )
        self.label.setPixmap(shown)


class AttachmentViewer(QWidget):
    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setAccessibleName(self.tr("File shown"))
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.save_button = QPushButton(self.tr("&Save a copy…"))
        self.save_button.setAccessibleName(self.tr("Save a copy outside the app"))
        self.save_button.setToolTip(
            self.tr("Export an unencrypted copy of this file; recorded in the audit log (Alt+S)")
        )
        self.save_button.clicked.connect(self.save_requested)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setAccessibleName(self.tr("Viewer message"))
        self.image = ImageView()
        self.image.setAccessibleName(self.tr("Image"))
        self.document = QPdfDocument(self)
        self.pdf = QPdfView()
        self.pdf.setAccessibleName(self.tr("PDF document"))
        self.pdf.setDocument(self.document)
        self.pdf.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._buffer: QBuffer | None = None
        self.stack = QStackedWidget()
        for page in (self.message, self.image, self.pdf):
            self.stack.addWidget(page)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        self.clear()

    @property
    def showing(self) -> str:
        """ "image", "pdf" or "message" — what the viewer shows now."""
        return {self.image: "image", self.pdf: "pdf"}.get(self.stack.currentWidget(), "message")

    def clear(self) -> None:
        self._release()
        self.title.setText(self.tr("No file selected"))
        self.save_button.setEnabled(False)
        self._say(self.tr("Select a file in the list to see it here."))

    def show_file(self, attachment: Attachment, data: bytes) -> None:
        self._release()
        self.title.setText(attachment.file_name)
        self.save_button.setEnabled(True)
        if attachment.media_type.startswith("image/"):
            pixmap = QPixmap()
            if pixmap.loadFromData(data):
                self.image.set_pixmap(pixmap)
                self.stack.setCurrentWidget(self.image)
                return
        elif attachment.media_type == "application/pdf":
            self._buffer = QBuffer(self)
            self._buffer.setData(QByteArray(data))
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.document.load(self._buffer)
            if self.document.status() == QPdfDocument.Status.Ready and self.document.pageCount() > 0:
                self.stack.setCurrentWidget(self.pdf)
                return
        else:
            self._say(
                self.tr(
                    "This file type cannot be shown here. “Save a copy…” exports it, if you need to open it."
                )
            )
            return
        self._say(self.tr("This file could not be read; it may be damaged."))

    def show_opening(self, attachment: Attachment) -> None:
        """The file is being read (off the GUI thread): its name, and a word that it is coming."""
        self._release()
        self.title.setText(attachment.file_name)
        self.save_button.setEnabled(False)
        self._say(self.tr("Opening the file…"))

    def show_missing(self, attachment: Attachment) -> None:
        self._release()
        self.title.setText(attachment.file_name)
        self.save_button.setEnabled(False)
        self._say(
            self.tr("The contents of this file have not reached this device yet; they come with a sync.")
        )

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    def _release(self) -> None:
        """Drop the previous file's bytes from the views."""
        self.image.clear()
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
