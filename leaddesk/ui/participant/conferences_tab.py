"""Case conferences: each meeting this participant was discussed at, newest first — who was in the room
(and for which agency), whether they were discussed by name or without identifying details, why they
were on the agenda, and what was decided. Meetings are held on the Conference page; here only the
decisions may be corrected (what the meeting was stays as written)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from leaddesk.domain.conference import ConferenceDiscussion
from leaddesk.ui.labels import enum_label
from leaddesk.ui.participant.form_fields import MULTILINE, FieldSpec
from leaddesk.ui.participant.records_model import Column, day, one_line
from leaddesk.ui.participant.records_tab import RecordsTab
from leaddesk.ui.session import Session


class ConferencesTab(RecordsTab):
    entity = ConferenceDiscussion.entity
    order = ("meeting_date", "created_at")
    descending = True
    allow_delete = False  # the record of a meeting that happened

    def __init__(self, session: Session, participant_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, participant_id, parent)
        self.add_button.hide()  # a meeting is held on the Conference page, for the whole agenda

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Meeting"), lambda c: day(c.meeting_date), sort=self.order),
            Column(self.tr("In the room"), self.attendees_text, tooltip=self.attendees_text),
            Column(self.tr("Discussed"), self.identified_text),
            Column(self.tr("Why on the agenda"), lambda c: "; ".join(enum_label(r) for r in c.reasons)),
            Column(self.tr("Tasks"), lambda c: str(len(c.task_ids)), key=lambda c: len(c.task_ids),
                   align_right=True),
            Column(self.tr("Decisions"), lambda c: one_line(c.decisions, 80), tooltip=lambda c: c.decisions,
                   stretch=True),
        ]  # fmt: skip

    def fields(self, record: Any = None) -> list[FieldSpec]:
        return [FieldSpec("decisions", self.tr("&Decisions"), MULTILINE)]

    def edit_text(self) -> str:
        return self.tr("&Correct the decisions…")

    def attendees_text(self, discussion: ConferenceDiscussion) -> str:
        agencies = {e.code: e.label for e in self.session.desk.program.settings().partner_agencies}
        return ", ".join(
            f"{a.name} ({agencies.get(a.agency_code, a.agency_code)})" if a.agency_code else a.name
            for a in discussion.attendees
        )

    def identified_text(self, discussion: ConferenceDiscussion) -> str:
        return self.tr("By name") if discussion.identified else self.tr("Without identifying details")
