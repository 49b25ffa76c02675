"""The participant page's header: who this is, where they are in the program and since when, when they
were last seen, and the flags a case manager must not miss (justice-system consent, Part 2 notes, court
soon); with the two ways to change the record itself: Edit details… (Ctrl+Shift+D) and Change status…
(Ctrl+Shift+T). The facts come from the desk (desk/participants.py), which decides "overdue" as every
screen does."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from leaddesk.desk.participants import HeaderFacts
from leaddesk.domain import Participant
from leaddesk.ui.display import number
from leaddesk.ui.look import restyle, set_role
from leaddesk.ui.participant.flow_layout import FlowLayout
from leaddesk.ui.participant.formatting import day, enum_label, local_day, local_time
from leaddesk.ui.text import fill

# Longer text is cut with "…" and shown whole in the tooltip, so the header keeps to two lines.
NAME_CHARS, FACT_CHARS, UNTIL_CHARS = 70, 48, 30


def elide(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def full_name(participant: Participant) -> str:
    """`Jordan "JJ" Quill`: the name they go by, in quotes, when it differs from the legal one."""
    preferred = participant.preferred_name
    if preferred and preferred != participant.first_name:
        return f'{participant.first_name} "{preferred}" {participant.last_name}'
    return f"{participant.first_name} {participant.last_name}"


def chip(name: str, *, alert: bool = False) -> QLabel:
    """A rounded flag; an alert one (a court date soon) stands out in the caseload's warning colour."""
    label = QLabel()
    label.setAccessibleName(name)
    set_role(label, "alert-chip" if alert else "chip")
    return label


def action_button(text: str, name: str, keys: str) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.setShortcut(QKeySequence(keys))
    shown = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
    button.setToolTip(f"{name} ({shown})")
    button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
    return button


class ParticipantHeader(QWidget):
    back_requested = Signal()
    edit_requested = Signal()
    status_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_identity()
        self._build_facts()
        self._build_flags()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 6)
        layout.setSpacing(6)
        layout.addLayout(self._top_line())
        layout.addLayout(self._detail_lines())

    def _build_identity(self) -> None:
        """Back, the name and the status: who this is."""
        self.back_button = QPushButton(self.tr("← Back"))
        self.back_button.setAccessibleName(self.tr("Back to the list"))
        self.back_button.setShortcut(QKeySequence("Alt+Left"))
        self.back_button.setToolTip(self.tr("Back to the list (Alt+Left)"))
        self.back_button.clicked.connect(self.back_requested)
        self.name_label = QLabel()
        self.name_label.setAccessibleName(self.tr("Participant name"))
        font = self.name_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setWeight(QFont.Weight.Bold)
        self.name_label.setFont(font)
        self.status_label = chip(self.tr("Status"))
        self.edit_button = action_button(self.tr("Edit details…"), self.tr("Edit details"), "Ctrl+Shift+D")
        self.edit_button.clicked.connect(self.edit_requested)
        self.status_button = action_button(
            self.tr("Change status…"), self.tr("Change status"), "Ctrl+Shift+T"
        )
        self.status_button.clicked.connect(self.status_requested)

    def _build_facts(self) -> None:
        self.aliases_label = QLabel()
        self.aliases_label.setAccessibleName(self.tr("Aliases"))
        self.aliases_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.phone_label = QLabel()
        self.phone_label.setAccessibleName(self.tr("Phone"))
        self.phone_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.team_label = QLabel()
        self.team_label.setAccessibleName(self.tr("Team"))
        self.manager_label = QLabel()
        self.manager_label.setAccessibleName(self.tr("Case manager"))
        self.last_contact_label = QLabel()
        self.last_contact_label.setAccessibleName(self.tr("Last contact"))
        set_role(self.last_contact_label, "last-contact")

    def _build_flags(self) -> None:
        """What must not be missed: a justice-system consent, Part 2 notes, a court date soon."""
        self.cj_flag = chip(self.tr("Criminal-justice consent"))
        self.sud_flag = chip(self.tr("Sensitive SUD notes"))
        self.sud_flag.setText(self.tr("Sensitive SUD notes"))
        self.sud_flag.setToolTip(
            self.tr("Some notes hold 42 CFR Part 2 information: disclose only under consent")
        )
        self.court_flag = chip(self.tr("Upcoming court date"), alert=True)

    def _top_line(self) -> QHBoxLayout:
        for widget in (self.back_button, self.status_label):
            widget.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addSpacing(8)
        top.addWidget(self.name_label)
        top.addSpacing(4)
        top.addWidget(self.status_label)
        top.addStretch(1)
        top.addWidget(self.edit_button)
        top.addWidget(self.status_button)
        return top

    def _detail_lines(self) -> FlowLayout:
        # Facts and flags wrap onto a second line rather than widen the window.
        details = FlowLayout(spacing=16)
        for widget in (
            self.aliases_label,
            self.phone_label,
            self.team_label,
            self.manager_label,
            self.last_contact_label,
            self.cj_flag,
            self.sud_flag,
            self.court_flag,
        ):
            details.addWidget(widget)
        return details

    def show_facts(self, facts: HeaderFacts) -> None:
        p = facts.participant
        self.name_label.setText(elide(full_name(p), NAME_CHARS))
        self.name_label.setToolTip(full_name(p))
        self._show_standing(facts)
        aliases = fill(self.tr("also known as %1"), ", ".join(p.aliases))
        self.aliases_label.setText(elide(aliases, FACT_CHARS))
        self.aliases_label.setToolTip(aliases)
        self.aliases_label.setVisible(bool(p.aliases))
        self.phone_label.setText(fill(self.tr("Phone: %1"), elide(p.phone, FACT_CHARS)))
        self.phone_label.setVisible(bool(p.phone))
        self.team_label.setText(fill(self.tr("Team: %1"), p.team_id))
        self.manager_label.setText(
            fill(self.tr("Case manager: %1"), facts.case_manager or self.tr("not assigned"))
        )
        self._show_last_contact(facts)

        if facts.cj_consent_until:
            until = facts.cj_consent_until
            until = day(until) if isinstance(until, date) else until
            self.cj_flag.setText(fill(self.tr("CJ consent active until %1"), elide(until, UNTIL_CHARS)))
            self.cj_flag.setToolTip(
                fill(self.tr("A criminal-justice consent (42 CFR 2.35) is in force until %1"), until)
            )
        self.cj_flag.setVisible(facts.cj_consent_until is not None)
        self.sud_flag.setVisible(facts.sensitive_sud)
        if facts.next_court_date is not None:
            self.court_flag.setText(fill(self.tr("Court date %1"), local_time(facts.next_court_date)))
        self.court_flag.setVisible(facts.next_court_date is not None)

    def _show_standing(self, facts: HeaderFacts) -> None:
        """ "Engaged since 2026-03-02": the current episode's status and the day it began."""
        standing = facts.standing
        status = enum_label(standing.status)
        if standing.since is not None:
            status = fill(self.tr("%1 since %2"), status, day(standing.since))
        self.status_label.setText(status)
        episode = standing.episode
        project = enum_label(episode.project) if episode is not None else ""
        self.status_label.setToolTip(fill(self.tr("Current episode: %1"), project) if project else status)

    def _show_last_contact(self, facts: HeaderFacts) -> None:
        if facts.last_contact is None or facts.days_since_contact is None:
            text = self.tr("Last contact: none yet")
        else:
            days = facts.days_since_contact
            if days <= 0:
                ago = self.tr("today")
            elif days == 1:
                ago = self.tr("yesterday")
            else:
                ago = fill(self.tr("%1 days ago"), number(days))
            text = fill(self.tr("Last contact: %1 (%2)"), day(local_day(facts.last_contact)), ago)
        self.last_contact_label.setText(text)
        # Overdue contact stands out in the warning colour the caseload flags it with (leaddesk.qss).
        self.last_contact_label.setProperty("overdue", facts.overdue)
        restyle(self.last_contact_label)
        self.last_contact_label.setToolTip(
            self.tr("No contact for too long") if facts.overdue else self.tr("Seen recently")
        )
