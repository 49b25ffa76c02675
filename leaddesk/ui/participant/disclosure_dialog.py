"""Disclose…: a disclosure packet for one participant. Choose a recipient named in their consents, a
purpose and how it will be delivered; the preview shows what the gate includes and what it withholds,
and why; "Write PDF…" writes the packet (the 42 CFR 2.32 notice on every page, a copy of each consent
relied on) and records the disclosure, off the GUI thread.

The file is in place only once the disclosure is recorded (desk.disclosures.write_out); cancelling the
file choice records nothing. The packet is made from the gate's answer at the moment of writing, for
exactly the items previewed: if a consent changed in between (an edit, a sync), nothing is written and
the preview is read again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from leaddesk.desk import Changes, Desk, Done
from leaddesk.desk.disclosure import (
    Delivery,
    Disclosure,
    DisclosurePurpose,
    DisclosureRefused,
    Recipient,
    RecordedButNotSaved,
    Review,
)
from leaddesk.domain.clock import local_today
from leaddesk.ui.labels import enum_label
from leaddesk.ui.look import set_role
from leaddesk.ui.participant.answers import for_widget
from leaddesk.ui.participant.disclosure_preview import PreviewModel, refusal_text
from leaddesk.ui.participant.packet_pdf import packet_html, write_pdf
from leaddesk.ui.participant.records_model import count_text
from leaddesk.ui.participant.share_dialog import fill_purposes, fill_recipients
from leaddesk.ui.rule_texts import rule_text
from leaddesk.ui.runner import Job
from leaddesk.ui.session import Session
from leaddesk.ui.text import fill

WHAT_WIDTH = 260  # pixels: a withheld record's words, beside the (longer) reason
KIND_WIDTH = 220  # pixels at most for what kind of record it is
# What the preview shows depends on these records of the participant.
REVIEWED = frozenset({
    "consent", "note", "addendum", "need", "plan_goal", "contact", "service", "referral", "legal_event",
    "housing_status", "attachment", "outcome_snapshot", "participant",
})  # fmt: skip


class PreviewChanged(DisclosureRefused):
    """What the consents allow changed between the preview and the writing."""


class DisclosureDialog(QDialog):
    """`written(disclosure, path)` once the packet is recorded and in place."""

    written = Signal(object, object)

    def __init__(
        self, session: Session, participant_id: str, *, recipient: Recipient | None = None,
        purpose: DisclosurePurpose | None = None, parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.session = session
        self.participant_id = participant_id
        self.review: Review | None = None
        self.changed_note = ""  # why the preview was read again, shown until the next choice
        self.setWindowTitle(self.tr("Disclose under a consent"))
        self.setMinimumSize(860, 560)
        self._build_choices(recipient, purpose)
        self._build_preview()
        self._build_buttons()
        self._lay_out()
        session.changed.connect(self._on_changed)
        self.preview()

    def _build_choices(self, recipient: Recipient | None, purpose: DisclosurePurpose | None) -> None:
        recipients = self.session.desk.disclosures.recipients(self.participant_id)
        self.recipients = QComboBox()
        self.recipients.setAccessibleName(self.tr("Recipient"))
        fill_recipients(self.recipients, recipients)
        if recipient is not None and recipient in recipients:
            self.recipients.setCurrentIndex(recipients.index(recipient))
        self.purposes = QComboBox()
        self.purposes.setAccessibleName(self.tr("Purpose"))
        fill_purposes(self.purposes)
        if purpose is not None:
            self.purposes.setCurrentIndex(list(DisclosurePurpose).index(purpose))
        self.delivery = QComboBox()
        self.delivery.setAccessibleName(self.tr("How it will be delivered"))
        for way in Delivery:
            self.delivery.addItem(enum_label(way), way)
        self.delivery.setCurrentIndex(list(Delivery).index(Delivery.FILE))
        self.description = QLineEdit(self.tr("Disclosure packet"))
        self.description.setAccessibleName(self.tr("What it is"))
        self.description.setPlaceholderText(self.tr("e.g. Packet for the review hearing"))
        self.recipients.currentIndexChanged.connect(lambda _i: self._choice_changed())
        self.purposes.currentIndexChanged.connect(lambda _i: self._choice_changed())

    def _build_preview(self) -> None:
        self.included_model = PreviewModel(withheld=False)
        self.withheld_model = PreviewModel(withheld=True)
        self.included_view = _preview_table(self.included_model, self.tr("Included"))
        self.withheld_view = _preview_table(self.withheld_model, self.tr("Withheld"))
        self.included_title, self.withheld_title = QLabel(), QLabel()
        for title in (self.included_title, self.withheld_title):
            set_role(title, "heading")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        set_role(self.message, "form-error")
        self.message.hide()

    def _build_buttons(self) -> None:
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.write_button = QPushButton(self.tr("&Write PDF…"))
        self.write_button.setAccessibleName(self.tr("Write PDF"))
        self.write_button.setToolTip(
            self.tr("Write the packet as a PDF and record the disclosure in the accounting of disclosures")
        )
        self.buttons.addButton(self.write_button, QDialogButtonBox.ButtonRole.ActionRole)
        # Default only once in the box: added as the default, Qt (6.11) makes it the box's focus proxy,
        # and Tab then went from the tables straight to it, never reaching Close.
        self.write_button.setDefault(True)
        self.write_button.clicked.connect(lambda _c=False: self.choose_file())
        self.buttons.rejected.connect(self.reject)

    def _lay_out(self) -> None:
        intro = QLabel(
            self.tr(
                "The packet holds only what the participant's consents allow this recipient for this "
                "purpose today. The 42 CFR 2.32 notice is printed on every page and a copy of each consent "
                "relied on is attached. Writing it records the disclosure in the accounting of disclosures."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Recipient"), self.recipients)
        form.addRow(self.tr("&Purpose"), self.purposes)
        form.addRow(self.tr("&Delivered as"), self.delivery)
        form.addRow(self.tr("W&hat it is"), self.description)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        parts = ((self.included_title, self.included_view), (self.withheld_title, self.withheld_view))
        for title, view in parts:
            part = QWidget()
            column = QVBoxLayout(part)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(title)
            column.addWidget(view, 1)
            splitter.addWidget(part)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    # -- the preview -----------------------------------------------------------------------------------

    def recipient(self) -> Recipient | None:
        chosen: Recipient | None = self.recipients.currentData()
        return chosen

    def preview(self) -> Job[Review] | None:
        """Ask the gate again (off the GUI thread) for the recipient and purpose chosen now."""
        recipient, purpose = self.recipient(), DisclosurePurpose(self.purposes.currentData())
        if recipient is None:
            self._show_review(None)
            return None
        participant_id = self.participant_id
        self.write_button.setEnabled(False)
        return self.session.runner.query(
            lambda desk: desk.disclosures.review(participant_id, recipient=recipient, purpose=purpose),
            done=for_widget(self, self._show_review),
            failed=for_widget(self, lambda error: self.say(str(error))),
            key=f"disclosure-review:{participant_id}",
        )

    def _show_review(self, review: Review | None) -> None:
        self.review = review
        self.included_model.show(review)
        self.withheld_model.show(review)
        included = len(review.decision.included) if review else 0
        withheld = len(review.decision.withheld) if review else 0
        self.included_title.setText(
            count_text(included, self.tr("Included: %1 item"), self.tr("Included: %1 items"))
        )
        self.withheld_title.setText(
            count_text(
                withheld, self.tr("Withheld: %1 item, and why"), self.tr("Withheld: %1 items, and why")
            )
        )
        self.write_button.setEnabled(included > 0)
        if review is None:
            status = self.tr("No consent of this participant names a recipient: nothing may be disclosed.")
        elif not included:
            status = self.tr("Nothing may be disclosed to this recipient for this purpose; see why below.")
        else:
            status = ""
        self.say(" ".join(text for text in (self.changed_note, status) if text))
        for view in (self.included_view, self.withheld_view):
            view.resizeColumnToContents(PreviewModel.COL_KIND)
            # A part's long name ("Note — substance use disorder answers") must leave the reason room.
            kind_width = min(view.columnWidth(PreviewModel.COL_KIND), KIND_WIDTH)
            view.setColumnWidth(PreviewModel.COL_KIND, kind_width)
        self.withheld_view.setColumnWidth(PreviewModel.COL_WHAT, WHAT_WIDTH)

    def _choice_changed(self) -> None:
        self.changed_note = ""
        self.preview()

    def _on_changed(self, change: Changes) -> None:
        if change.concerns(REVIEWED, self.participant_id):
            self.preview()

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- writing ---------------------------------------------------------------------------------------

    def choose_file(self) -> None:
        recipient = self.recipient()
        if self.review is None or recipient is None:
            return
        suggested = f"disclosure-{recipient.key}-{local_today().isoformat()}.pdf".replace(" ", "-")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Write the disclosure packet"), suggested, self.tr("PDF documents (*.pdf)")
        )
        if path:  # cancelled: nothing written, nothing recorded
            self.write(Path(path))

    def write(self, path: Path) -> Job[Done[Disclosure]] | None:
        """Write the packet previewed to `path` and record it, off the GUI thread."""
        review = self.review
        if review is None or not review.decision.included:
            return None
        participant_id = self.participant_id
        recipient, purpose = review.decision.recipient, review.decision.purpose
        keys = [d.item.key for d in review.decision.included]
        delivery = Delivery(self.delivery.currentData())  # Qt hands an enum back as its text
        description = self.description.text().strip() or self.tr("Disclosure packet")
        program = self.session.desk.program.settings().program_name
        by = self.session.desk.program.display_name(self.session.user)
        changed = self.tr(
            "What the consents allow changed since the preview (a consent was edited, or came with a "
            "sync). Nothing was written; look at the preview again."
        )

        def work(desk: Desk) -> Done[Disclosure]:  # on the writer lane
            fresh = desk.disclosures.review(participant_id, recipient=recipient, purpose=purpose, keys=keys)
            if [d.item.key for d in fresh.decision.included] != keys:
                raise PreviewChanged(changed)
            body = packet_html(fresh, program=program, disclosed_by=by)
            return desk.disclosures.write_out(
                fresh, path, render=lambda part: write_pdf(part, body), delivery=delivery,
                description=description,
            )  # fmt: skip

        self.write_button.setEnabled(False)
        self.say(self.tr("Writing the packet…"))
        return self.session.runner.op(
            work,
            done=for_widget(self, lambda made: self._written(made, path)),
            failed=for_widget(self, lambda error: self._write_failed(error, path)),
        )

    def _written(self, made: Disclosure, path: Path) -> None:
        self.say("")
        self.written.emit(made, path)
        self.accept()

    def _write_failed(self, error: Exception, path: Path) -> None:
        self.write_button.setEnabled(bool(self.review and self.review.decision.included))
        if isinstance(error, RecordedButNotSaved):
            self.session.announce(error.done.changes)
            self.say(
                fill(
                    self.tr(
                        "The disclosure was recorded, but the PDF could not be put at %1: %2. Write it "
                        "again somewhere else; that is recorded as another disclosure."
                    ),
                    str(path), error.reason.strerror or str(error.reason),
                )
            )  # fmt: skip
        elif isinstance(error, PreviewChanged):
            self.changed_note = str(error)
            self.say(str(error))
            self.preview()
        elif isinstance(error, DisclosureRefused):
            self.say(fill(self.tr("Nothing was written: %1"), refusal_text(error)))
        elif isinstance(error, OSError):
            self.say(
                fill(
                    self.tr("The PDF could not be written at %1: %2. Nothing was recorded."),
                    str(path), error.strerror or rule_text(str(error)).rstrip("."),
                )
            )  # fmt: skip
        else:
            self.say(str(error))


def _preview_table(model: PreviewModel, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)  # Tab leaves it, as every control; arrows move within
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view
