"""Referral and eligibility: the referral beside the eligibility screening against the site's criteria
(set by its Policy Coordinating Group), each answered yes / no / not known with notes; the decision is
computed as the answers change and recorded with who decided and when."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from leaddesk.desk import Changes
from leaddesk.domain import Criterion, CriterionAnswer, CriterionKind, EligibilityScreening
from leaddesk.domain.eligibility import DEFAULT_CRITERIA, decide, record_decision
from leaddesk.domain.enums import EligibilityDecision
from leaddesk.domain.errors import DomainError
from leaddesk.domain.ids import utcnow
from leaddesk.storage.errors import StorageError
from leaddesk.ui.participant.record_forms import plain_problems
from leaddesk.ui.participant.records_model import enum_text, local_time
from leaddesk.ui.participant.referral_panel import ReferralPanel
from leaddesk.ui.rule_words import question_text
from leaddesk.ui.session import Session
from leaddesk.ui.text import fill

CRITERIA_KEY = "eligibility.criteria"
DECISION_LABELS = {
    EligibilityDecision.PENDING: QT_TRANSLATE_NOOP("RecordTabs", "Pending — some answers are not known yet"),
    EligibilityDecision.ELIGIBLE: QT_TRANSLATE_NOOP("RecordTabs", "Eligible"),
    EligibilityDecision.NOT_ELIGIBLE: QT_TRANSLATE_NOOP("RecordTabs", "Not eligible"),
}
YES, NO, UNKNOWN = 1, 0, 2  # button ids


def site_criteria(session: Session) -> tuple[list[Criterion], bool]:
    """The site's criteria from the `eligibility.criteria` setting, else the defaults; the flag says a
    setting was present but could not be read."""
    raw = session.setting(CRITERIA_KEY, None)
    if not raw:
        return list(DEFAULT_CRITERIA), False
    try:
        return [Criterion.model_validate(item) for item in raw], False
    except (ValidationError, TypeError):
        return list(DEFAULT_CRITERIA), True


class EligibilityPanel(QGroupBox):
    def __init__(self, session: Session, participant_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Eligibility screening"))
        self.session = session
        self.participant_id = participant_id
        self.screening: EligibilityScreening | None = None
        self.criteria, unreadable = site_criteria(session)
        self.groups: dict[str, QButtonGroup] = {}
        self.notes_edits: dict[str, QLineEdit] = {}

        intro = self._build_intro(unreadable=unreadable)
        grid = self._build_grid()
        self._build_decision()
        buttons = self._build_buttons()
        self._lay_out(intro=intro, grid=grid, buttons=buttons)
        self._dirty = False
        self.refresh()

    def _build_intro(self, *, unreadable: bool) -> QLabel:
        """What makes a person eligible, and a warning when the site's own criteria could not be read."""
        intro = QLabel(
            self.tr(
                "The site's criteria: eligible when every requirement is answered yes and no exclusion is."
            )
            + (
                self.tr(" (The site's criteria setting could not be read; these are the defaults.)")
                if unreadable
                else ""
            )
        )
        intro.setWordWrap(True)
        return intro

    def _build_grid(self) -> QGridLayout:
        """The questions: a header row, then one row per criterion with its answers and notes."""
        grid = QGridLayout()
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(5, 2)
        for column, title in enumerate(
            (
                self.tr("Question"),
                self.tr("Kind"),
                self.tr("Yes"),
                self.tr("No"),
                self.tr("Not known"),
                self.tr("Notes"),
            )
        ):
            header = QLabel(f"<b>{title}</b>")
            grid.addWidget(header, 0, column)
        for row, criterion in enumerate(self.criteria, start=1):
            self._add_criterion_row(grid, row=row, criterion=criterion)
        return grid

    def _add_criterion_row(self, grid: QGridLayout, *, row: int, criterion: Criterion) -> None:
        asked = question_text(criterion)
        question = QLabel(asked)
        question.setWordWrap(True)
        kind = QLabel(
            self.tr("Required") if criterion.kind is CriterionKind.REQUIRED else self.tr("Excludes")
        )
        kind.setToolTip(
            self.tr("Must be yes to be eligible")
            if criterion.kind is CriterionKind.REQUIRED
            else self.tr("A yes makes the person not eligible")
        )
        group = QButtonGroup(self)
        grid.addWidget(question, row, 0)
        grid.addWidget(kind, row, 1)
        for column, (answer_id, text) in enumerate(
            ((YES, self.tr("Yes")), (NO, self.tr("No")), (UNKNOWN, self.tr("Not known"))), start=2
        ):
            button = QRadioButton()
            button.setAccessibleName(f"{asked} {text}")
            group.addButton(button, answer_id)
            grid.addWidget(button, row, column, Qt.AlignmentFlag.AlignCenter)
        notes = QLineEdit()
        notes.setAccessibleName(fill(self.tr("Notes: %1"), asked))
        notes.textEdited.connect(lambda _t: self._edited())
        grid.addWidget(notes, row, 5)
        group.idClicked.connect(lambda _id: self._edited())
        self.groups[criterion.key] = group
        self.notes_edits[criterion.key] = notes

    def _build_decision(self) -> None:
        """The decision the answers give, the one recorded, and the screening's own notes."""
        self.decision = QLabel()
        self.decision.setAccessibleName(self.tr("Decision from these answers"))
        self.recorded = QLabel()
        self.recorded.setWordWrap(True)
        self.recorded.setAccessibleName(self.tr("Recorded decision"))
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(self.tr("Screening notes"))
        self.notes.setPlaceholderText(self.tr("Screening notes (who was consulted, what was checked)"))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 2 + 14)
        self.notes.textChanged.connect(self._edited)

    def _build_buttons(self) -> QHBoxLayout:
        """The message on the left; Save answers and Record decision on the right."""
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        self.save_button = QPushButton(self.tr("&Save answers"))
        self.save_button.setAccessibleName(self.tr("Save answers"))
        self.save_button.setToolTip(self.tr("Keep the answers without recording a decision (Alt+S)"))
        self.save_button.clicked.connect(lambda _c=False: self.save())
        self.decide_button = QPushButton(self.tr("Record &decision"))
        self.decide_button.setAccessibleName(self.tr("Record decision"))
        self.decide_button.clicked.connect(lambda _c=False: self.save(record=True))
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.decide_button)
        return buttons

    def _lay_out(self, *, intro: QLabel, grid: QGridLayout, buttons: QHBoxLayout) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addSpacing(8)
        layout.addWidget(self.decision)
        layout.addWidget(self.recorded)
        layout.addSpacing(8)
        notes_label = QLabel(self.tr("Screening &notes"))
        notes_label.setBuddy(self.notes)
        layout.addWidget(notes_label)
        layout.addWidget(self.notes)
        layout.addStretch(1)
        layout.addLayout(buttons)

    # -- reading and setting the answers -----------------------------------------------------------

    def answers(self) -> list[CriterionAnswer]:
        """The answers shown, plus any kept from criteria the site no longer asks (never dropped)."""
        shown = {c.key for c in self.criteria}
        kept = [a for a in (self.screening.answers if self.screening else []) if a.key not in shown]
        answers = [
            CriterionAnswer(
                key=c.key,
                answer={YES: True, NO: False}.get(self.groups[c.key].checkedId()),
                notes=self.notes_edits[c.key].text(),
            )
            for c in self.criteria
        ]
        return answers + kept

    def set_answer(self, key: str, answer: bool | None) -> None:
        self.groups[key].button({True: YES, False: NO, None: UNKNOWN}[answer]).click()

    def computed(self) -> EligibilityDecision:
        return decide(self.criteria, self.answers())

    # -- saving ------------------------------------------------------------------------------------

    def save(self, *, record: bool = False) -> bool:
        """Store the answers (and, with `record`, the decision: by the session's user, now)."""
        screening = self.screening or EligibilityScreening(participant_id=self.participant_id)
        try:
            updated = screening.with_changes(answers=self.answers(), notes=self.notes.toPlainText().strip())
            if record:
                updated = record_decision(updated, criteria=self.criteria, by=self.session.user, at=utcnow())
            if self.screening is None:
                self.session.create(updated)
            else:
                fields = ["answers", "notes"] + (["decision", "decided_by", "decided_at"] if record else [])
                changes = {f: getattr(updated, f) for f in fields}
                self.session.update(updated.entity, screening.id, changes)
        except (ValidationError, DomainError, StorageError, ValueError) as exc:
            self.message.setText(" ".join(t for _n, t in plain_problems(exc, {})))
            return False
        self._dirty = False
        self.refresh()
        self.message.setText(self.tr("Decision recorded.") if record else self.tr("Answers saved."))
        return True

    def refresh(self) -> None:
        if self._dirty:
            return  # never throw away answers being typed; they are saved by the user
        found: list[Any] = self.session.desk.records.find(
            EligibilityScreening.entity,
            participant_id=self.participant_id,
            order_by=("created_at",),
            descending=True,
            limit=1,
        )
        self.screening = found[0] if found else None
        by_key = {a.key: a for a in self.screening.answers} if self.screening else {}
        for criterion in self.criteria:
            answer = by_key.get(criterion.key)
            value = answer.answer if answer else None
            self.groups[criterion.key].button({True: YES, False: NO, None: UNKNOWN}[value]).setChecked(True)
            self.notes_edits[criterion.key].setText(answer.notes if answer else "")
        self.notes.blockSignals(True)
        self.notes.setPlainText(self.screening.notes if self.screening else "")
        self.notes.blockSignals(False)
        self.message.clear()
        self._update_decision()

    def _edited(self) -> None:
        self._dirty = True
        self.message.setText(self.tr("Unsaved changes"))
        self._update_decision()

    def _update_decision(self) -> None:
        computed = self.computed()
        self.decision.setText(
            fill(self.tr("Decision from these answers: <b>%1</b>"), enum_text(computed, DECISION_LABELS))
        )
        self.decide_button.setEnabled(computed is not EligibilityDecision.PENDING)
        self.decide_button.setToolTip(
            self.tr("Record this decision as yours, now (Alt+D)")
            if computed is not EligibilityDecision.PENDING
            else self.tr("Answer every question before recording a decision")
        )
        screening = self.screening
        if (
            screening is None
            or screening.decision is EligibilityDecision.PENDING
            or screening.decided_at is None
        ):
            self.recorded.setText(self.tr("No decision recorded yet."))
            return
        text = fill(
            self.tr("Recorded: %1 — by %2 on %3"),
            enum_text(screening.decision, DECISION_LABELS),
            screening.decided_by,
            local_time(screening.decided_at),
        )
        if computed is not screening.decision:
            text += self.tr(" · the answers no longer give this decision; record it again")
        self.recorded.setText(text)


class ScreeningTab(QScrollArea):
    """The referral on the left, the eligibility screening on the right."""

    def __init__(self, session: Session, participant_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.participant_id = participant_id
        self.referral = ReferralPanel(session, participant_id)
        self.eligibility = EligibilityPanel(session, participant_id)
        inner = QWidget()
        row = QHBoxLayout(inner)
        row.addWidget(self.referral, 2)
        row.addWidget(self.eligibility, 3)
        self.setWidget(inner)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        # Not a stop of its own: Tab goes through the panels' fields, and the area scrolls to each.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        session.changed.connect(self._on_changed)

    def refresh(self) -> None:
        self.referral.refresh()
        self.eligibility.refresh()

    def _on_changed(self, change: Changes) -> None:
        if change.concerns(("referral", "participant"), self.participant_id):
            self.referral.refresh()
        if change.concerns((EligibilityScreening.entity,), self.participant_id):
            self.eligibility.refresh()
