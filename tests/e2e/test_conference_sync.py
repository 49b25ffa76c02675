"""A case conference from agenda to decisions through the real server (SQLite and PostgreSQL): the
meeting is held on one laptop of the team, the case manager's laptop syncs and has the tasks and the
legal-event update, and the server holds every participant's discussion and the agenda's disclosure.
The discussion merges field by field like every record; another team's laptop gets none of it."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

from leaddesk.desk import Desk
from leaddesk.desk.conference import AgendaReason, Attendee, Decision, LegalUpdate, TaskDecision
from leaddesk.domain import Consent, LegalEvent, Participant
from leaddesk.domain.clock import local_today
from leaddesk.domain.conference import Suggestion
from leaddesk.domain.disclosure_codes import DisclosurePurpose, InformationCategory
from leaddesk.domain.enums import LegalEventKind, ProsecutorCoordination
from leaddesk.server import program
from tests.e2e.conftest import converged

Cat = InformationCategory


def test_a_meeting_on_one_laptop_reaches_the_case_manager_and_the_server(office: Any) -> None:
    with office.engine.begin() as conn:
        program.edit_list(
            conn, catalogue="partner_agencies", edit="add", code="PAO", label="Prosecutor", actor="t"
        )
    office.user("casey", "north")
    office.user("robin", "north")
    office.user("sam", "south")
    casey, robin, sam = office.laptop("casey"), office.laptop("robin"), office.laptop("sam")
    # Casey's participants: one with a consent to the prosecutor, one without.
    jordan = casey.repos.participants.create(
        Participant(first_name="Jordan", last_name="Quill", team_id="north", case_manager="casey")
    )
    riley = casey.repos.participants.create(
        Participant(first_name="Riley", last_name="Marsh", team_id="north", case_manager="casey")
    )
    consent = casey.repos.consents.create(
        Consent(
            participant_id=jordan.id, discloser="LEAD", information="Name and legal events",
            recipient="Prosecutor", recipient_code="PAO", purpose="Coordinating the diverted case",
            signed_by="Jordan Quill",
            signed_on=local_today() - timedelta(days=5), expires_on=local_today() + timedelta(days=200),
            purposes=[DisclosurePurpose.CRIMINAL_JUSTICE],
            categories=[Cat.DEMOGRAPHICS_CONTACT, Cat.LEGAL_EVENTS],
        )
    )  # fmt: skip
    event = casey.repos.legal_events.create(
        LegalEvent(
            participant_id=jordan.id, kind=LegalEventKind.CHARGE_FILED,
            occurred_at=datetime.now(UTC) - timedelta(days=20),
            prosecutor_coordination=ProsecutorCoordination.TO_COORDINATE,
        )
    )  # fmt: skip
    casey.sync()
    robin.sync()  # Robin holds the meeting, on the program settings and the records the sync brought

    desk = Desk(robin.store)
    suggested = {s.suggestion.participant_id: s.suggestion for s in desk.conference.suggestions()}
    assert suggested[jordan.id].reasons[0] is AgendaReason.COORDINATE
    chosen = [suggested[jordan.id], Suggestion(riley.id, (AgendaReason.ADDED,))]
    room = [Attendee(name="Dana Reyes", agency_code="PAO"), Attendee(name="Robin")]
    agenda = desk.conference.agenda(chosen, attendees=room)
    assert [e.identified for e in agenda.entries] == [True, False]
    decided = {
        jordan.id: Decision(
            text="Prosecutor holds the filing decision over",
            tasks=(TaskDecision("Send the plan to the prosecutor", assignee="casey", due_on=local_today()),),
            legal_updates=(LegalUpdate(event.id, ProsecutorCoordination.COORDINATED),),
        ),
        riley.id: Decision(tasks=(TaskDecision("Look for Riley at the library", assignee="casey"),)),
    }
    discussions = desk.conference.finish(agenda, decisions=decided).value
    robin.sync()
    casey.sync()
    sam.sync()

    converged(robin, casey)
    due = {t.title for t in Desk(casey.store).today.tasks_due().rows}
    assert "Send the plan to the prosecutor" in due
    assert casey.repos.tasks.count() == 2
    assert (
        casey.repos.legal_events.get(event.id).prosecutor_coordination is ProsecutorCoordination.COORDINATED
    )
    assert sam.repos.discussions.count(include_deleted=True) == 0

    held = office.server_records()
    for made in discussions:
        fields = json.loads(held[("conference_discussion", made.id)][0])
        assert fields["conference_id"] == agenda.conference_id
    (disclosure,) = [json.loads(f) for (entity, _), (f, _, _) in held.items() if entity == "disclosure"]
    assert (disclosure["participant_id"], disclosure["recipient_code"]) == (jordan.id, "PAO")
    assert disclosure["consent_ids"] == [consent.id]

    # Field by field: Casey corrects the decisions while Robin adds what the tasks became; both stay.
    casey_desk, (first, *_) = Desk(casey.store), discussions
    casey_desk.records.update("conference_discussion", first.id, {"decisions": "Held over for 60 days"})
    desk.records.update("conference_discussion", first.id, {"legal_event_ids": []})
    casey.sync()
    robin.sync()
    casey.sync()
    converged(robin, casey)
    merged = robin.repos.discussions.get(first.id)
    assert (merged.decisions, merged.legal_event_ids) == ("Held over for 60 days", [])
