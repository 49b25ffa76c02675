"""The words of a case conference's agenda, on screen and on paper: each participant as the attendees
may see them (a de-identified one as "Participant 3 (J. Q.)", nothing more), why they are on it, and a
line for each item the gate let every attending agency see. Only what an `Agenda` holds is written."""

from __future__ import annotations

import html

from leaddesk.desk.conference import Agenda, AgendaEntry
from leaddesk.domain import LegalEvent, Need, PlanGoal, Referral, SyncedRecord
from leaddesk.ui.display import day, day_time
from leaddesk.ui.labels import entity_label, enum_label, table_label
from leaddesk.ui.participant.legal_tab import COORDINATION_LABELS, LEGAL_KIND_LABELS
from leaddesk.ui.participant.referral_panel import DOOR_LABELS
from leaddesk.ui.text import fill, translate


def entry_title(entry: AgendaEntry) -> str:
    if not entry.identified:
        return fill(
            translate("ConferenceAgenda", "%1. Participant %1 (%2) — without identifying details"),
            entry.number,
            entry.initials,
        )
    if entry.date_of_birth is not None:
        return fill(
            translate("ConferenceAgenda", "%1. %2 — born %3"),
            entry.number,
            entry.name,
            day(entry.date_of_birth),
        )
    return fill(translate("ConferenceAgenda", "%1. %2"), entry.number, entry.name)


def reasons_text(entry: AgendaEntry) -> str:
    return "; ".join(enum_label(r) for r in entry.reasons)


def item_line(record: SyncedRecord) -> str:
    """One line for an item on the agenda (the participant's own record is the entry's title)."""
    match record:
        case LegalEvent():
            when = day_time(record.occurred_at)
            parts = [
                table_label("RecordTabs", LEGAL_KIND_LABELS, record.kind),
                when,
                record.court,
                record.case_number,
            ]
            coordination = table_label("RecordTabs", COORDINATION_LABELS, record.prosecutor_coordination)
            parts.append(fill(translate("ConferenceAgenda", "prosecutor: %1"), coordination))
            return " · ".join(p for p in parts if p)
        case Referral():
            door = table_label("RecordTabs", DOOR_LABELS, record.door)
            return " · ".join(
                (
                    door,
                    fill(translate("ConferenceAgenda", "referred %1"), day(record.referred_at)),
                )
            )
        case Need():
            return " · ".join(p for p in (enum_label(record.domain), record.description) if p)
        case PlanGoal():
            return record.goal
        case _:
            return ""


def item_lines(entry: AgendaEntry) -> list[str]:
    return [
        f"{entity_label(record.entity)}: {line}" for _, record in entry.shown if (line := item_line(record))
    ]


def agenda_html(agenda: Agenda, *, program: str) -> str:
    """The agenda as handed to the attendees."""
    head = fill(
        translate("ConferenceAgenda", "Case conference — %1 — %2"), program, day(agenda.meeting_date)
    )
    people = ", ".join(
        a.name
        + (f" ({a.agency_code})" if a.is_partner else " " + translate("ConferenceAgenda", "(program staff)"))
        for a in agenda.attendees
    )
    attending = translate("ConferenceAgenda", "Attending")
    parts = [f"<h1>{html.escape(head)}</h1><p><b>{html.escape(attending)}:</b> {html.escape(people)}</p>"]
    for entry in agenda.entries:
        parts.append(f"<h3>{html.escape(entry_title(entry))}</h3>")
        parts.append(f"<p><i>{html.escape(reasons_text(entry))}</i></p>")
        lines = "".join(f"<li>{html.escape(line)}</li>" for line in item_lines(entry))
        parts.append(f"<ul>{lines}</ul>" if lines else "")
    return "".join(parts)
