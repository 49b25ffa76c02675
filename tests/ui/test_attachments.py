"""Attachments through the real tab: files stored encrypted, images and PDFs shown inside the app from
memory, other types explained, oversize files refused plainly, and an audited "save a copy"."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QColor, QImage, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QMessageBox

from leaddesk.desk import Desk
from leaddesk.desk.disclosure import DisclosurePurpose, Recipient
from leaddesk.domain import Attachment, Consent, Participant
from leaddesk.domain.clock import local_today
from leaddesk.domain.disclosure_codes import InformationCategory
from leaddesk.domain.enums import AuditAction
from leaddesk.domain.records import MAX_ATTACHMENT_BYTES
from leaddesk.storage.store import Store
from leaddesk.ui.participant.attachments_tab import AttachmentsTab
from leaddesk.ui.session import Session


@pytest.fixture
def session(qapp, store: Store) -> Session:
    return Session(Desk(store))


@pytest.fixture
def tab(qtbot, session: Session, participant: Participant) -> AttachmentsTab:
    widget = AttachmentsTab(session, participant.id)
    qtbot.addWidget(widget)
    widget.resize(1200, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def add(qtbot, tab: AttachmentsTab, path: Path) -> Attachment:
    """Add through the tab (the file is stored off the GUI thread) and wait until the viewer shows it."""
    with qtbot.waitSignal(tab.added, timeout=10_000) as added, qtbot.waitSignal(tab.shown, timeout=10_000):
        assert tab.add_file(path) is not None
    stored: Attachment = added.args[0]
    return stored


def png_file(folder: Path) -> Path:
    image = QImage(64, 40, QImage.Format.Format_RGB32)
    image.fill(QColor(40, 120, 200))
    path = folder / "id-card.png"
    assert image.save(str(path), "PNG")
    return path


def pdf_file(folder: Path) -> Path:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A6))
    painter = QPainter(writer)
    painter.drawText(100, 100, "Notice to appear")
    painter.end()
    path = folder / "court-notice.pdf"
    path.write_bytes(bytes(buffer.data()))
    return path


def test_an_image_is_stored_and_shown_inside_the_app(
    qtbot, tab: AttachmentsTab, session: Session, participant: Participant, tmp_path: Path
) -> None:
    path = png_file(tmp_path)
    stored = add(qtbot, tab, path)
    assert stored is not None
    assert (stored.file_name, stored.media_type, stored.size) == (
        "id-card.png",
        "image/png",
        path.stat().st_size,
    )
    assert session.desk._store.repos.attachments.read_bytes(stored.id) == path.read_bytes()
    model = tab.view.model()
    assert model.rowCount() == 1
    assert model.data(model.index(0, 0)) == "id-card.png"
    assert model.data(model.index(0, 1)) == "PNG image"
    assert tab.selected().id == stored.id  # the new file is selected and shown
    assert tab.viewer.showing == "image"
    assert not tab.viewer.image.pixmap.isNull()
    assert tab.viewer.image.label.pixmap().width() <= 64
    assert tab.viewer.save_button.isEnabled()


def test_a_pdf_is_shown_with_qt_pdf(qtbot, tab: AttachmentsTab, tmp_path: Path) -> None:
    stored = add(qtbot, tab, pdf_file(tmp_path))
    assert stored is not None
    assert stored.media_type == "application/pdf"
    assert tab.viewer.showing == "pdf"
    assert tab.viewer.document.pageCount() == 1
    tab.view.clearSelection()
    assert tab.viewer.showing == "message"
    assert tab.viewer.document.pageCount() == 0  # the bytes are let go when nothing is shown


def test_other_types_are_explained(qtbot, tab: AttachmentsTab, tmp_path: Path) -> None:
    path = tmp_path / "benefits.txt"
    path.write_text("SNAP recertification due in March")
    stored = add(qtbot, tab, path)
    assert stored is not None
    assert stored.media_type == "text/plain"
    assert tab.viewer.showing == "message"
    assert "cannot be shown here" in tab.viewer.message.text()


def test_a_file_over_the_limit_is_refused_plainly(
    tab: AttachmentsTab, session: Session, tmp_path: Path
) -> None:
    path = tmp_path / "bodycam.mp4"
    with path.open("wb") as out:  # sparse: the size without writing 50 MB
        out.truncate(MAX_ATTACHMENT_BYTES + 1)
    before = session.desk._store.repos.outbox.count()
    assert tab.add_file(path) is None
    assert tab.notice.text() == "“bodycam.mp4” is 50.0 MB; a file can be at most 50.0 MB."
    assert not tab.notice.isHidden()
    assert session.desk._store.repos.outbox.count() == before
    assert session.desk._store.repos.attachments.count() == 0


def test_a_missing_file_is_reported(tab: AttachmentsTab, tmp_path: Path) -> None:
    assert tab.add_file(tmp_path / "gone.pdf") is None
    assert "could not be read" in tab.notice.text()


def test_save_a_copy_goes_through_the_gate_and_is_a_recorded_disclosure(
    qtbot, tab: AttachmentsTab, session: Session, participant: Participant, tmp_path: Path
) -> None:
    source = png_file(tmp_path)
    stored = add(qtbot, tab, source)
    assert stored is not None
    store = session.desk._store
    exports_before = len(store.repos.audit.events(action=AuditAction.EXPORT))
    target = tmp_path / "out" / "copy.png"
    target.parent.mkdir()
    clinic = Recipient(code="", name="Harbor Clinic")
    coordination = DisclosurePurpose.TREATMENT_COORDINATION
    with qtbot.waitSignal(tab.copy_saved, timeout=10_000) as refused:
        tab.save_copy(stored.id, target, recipient=clinic, purpose=coordination)
    assert refused.args == [False]
    assert not target.exists()
    assert tab.notice.text() == "No copy was saved: No consent names Harbor Clinic as a recipient."
    store.repos.consents.create(
        Consent(
            participant_id=participant.id,
            discloser="LEAD",
            information="ID documents",
            recipient=clinic.name,
            purpose="Intake",
            signed_by="Jordan Quill",
            signed_on=local_today(),
            expiry_event="Exit",
            purposes=[coordination],
            categories=[InformationCategory.ATTACHMENTS],
        )
    )
    with qtbot.waitSignal(tab.copy_saved, timeout=10_000) as saved:
        tab.save_copy(stored.id, target, recipient=clinic, purpose=coordination)
    assert saved.args == [True]
    assert target.read_bytes() == source.read_bytes()
    assert stat.S_IMODE(target.stat().st_mode) == 0o600  # readable by the user only
    exports = store.repos.audit.events(action=AuditAction.EXPORT)
    assert len(exports) == exports_before + 1
    assert (exports[0].entity_id, exports[0].participant_id) == (stored.id, participant.id)
    assert [d.items for d in session.desk.disclosures.of(participant.id)] == [{"attachment": [stored.id]}]
    assert "Saved a copy" in tab.notice.text()


def test_rename_and_delete(qtbot, tab: AttachmentsTab, session: Session, tmp_path: Path, monkeypatch) -> None:
    stored = add(qtbot, tab, png_file(tmp_path))
    form = tab.edit_form(tab.selected())
    form.editors["description"].line.setText("State ID, front")
    form.accept()
    assert session.desk._store.repos.attachments.get(stored.id).description == "State ID, front"
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    tab.select(stored.id)
    tab.delete_selected()
    assert tab.view.model().rowCount() == 0
    assert tab.viewer.showing == "message"
