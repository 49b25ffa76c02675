"""The laptop keeps the rule for synced values (domain/values.py): it refuses to save a value that breaks
it, and a pulled record that breaks it is skipped on its own, with the reason, while the rest of its page
is stored and the page (a real one, read from its JSON) does not fail."""

from __future__ import annotations

import json
from typing import Any

import pytest
from pydantic import ValidationError

from leaddesk.domain import CaseNote, Participant, SyncConflict, Task
from leaddesk.domain.ids import utcnow
from leaddesk.storage.replica import Replica
from leaddesk.storage.store import Store
from leaddesk.sync.protocol import PullResponse, RecordState


def _written(store: Store) -> tuple[int, int]:
    return store.repos.outbox.count(), store.repos.audit.count()


@pytest.mark.parametrize("text", ["Pasted from a PDF\x0cpage two", "null\x00byte", "half \udc80 a character"])
def test_the_laptop_refuses_to_save_such_a_value_and_writes_nothing(
    store: Store, participant: Participant, text: str
) -> None:
    before = _written(store)

    with pytest.raises(ValidationError, match="data: holds"):
        store.repos.notes.create(CaseNote(participant_id=participant.id, data=text))
    with pytest.raises(ValidationError, match="usual_locations: holds"):
        store.repos.participants.update(participant.id, {"usual_locations": text})

    assert _written(store) == before
    assert store.repos.participants.get(participant.id) == participant
    assert store.repos.notes.count(include_deleted=True) == 0


def _page(*states: RecordState) -> PullResponse:
    """A page as the laptop reads it: from its JSON text, as the server sent it."""
    body = {
        "records": [s.model_dump(mode="json") for s in states],
        "removals": [],
        "cursor": max(s.seq for s in states),
        "has_more": False,
    }
    return PullResponse.model_validate_json(json.dumps(body))


def _deep(levels: int) -> Any:
    value: Any = "bottom"
    for _ in range(levels):
        value = [value]
    return value


def test_a_pulled_record_that_breaks_the_rule_is_skipped_and_the_rest_of_its_page_stored(
    store: Store, wire: Any
) -> None:
    stamp = wire.remote_stamp()
    person = Participant(first_name="Remy", last_name="Stone", team_id="north")
    good_task = Task(participant_id=person.id, title="Call the clinic")
    other = Participant(first_name="Ana", last_name="Ruiz", team_id="north")
    broken_name = wire.state_of(other, seq=2, stamp=stamp)
    broken_name = RecordState.model_validate(
        {**broken_name.model_dump(), "fields": {**broken_name.fields, "first_name": "A\x00na"}}
    )
    conflict = SyncConflict(
        participant_id=person.id,
        record_entity="participant",
        record_id=person.id,
        field="phone",
        kept_value="555-0101",
        kept_stamp=stamp.encode(),
        other_value="555-0102",
        other_stamp=stamp.encode(),
        detected_at=utcnow(),
    )
    # Deep enough to break the rule, not so deep that the page itself cannot be read.
    too_deep = wire.state_of(conflict, seq=3, stamp=stamp)
    too_deep = RecordState.model_validate(
        {**too_deep.model_dump(), "fields": {**too_deep.fields, "kept_value": _deep(40)}}
    )
    page = _page(
        wire.state_of(person, seq=1, stamp=stamp),
        broken_name,
        too_deep,
        wire.state_of(good_task, seq=4, stamp=stamp),
    )

    result = Replica(store).apply_page(page.records, page.removals, page.cursor)

    assert result.applied == 2
    assert [(entity, why.split(":")[1].strip()) for entity, _, why in result.skipped] == [
        ("participant", "first_name"),
        ("conflict", "kept_value"),
    ]
    assert "control character U+0000" in result.skipped[0][2]
    assert "levels deep" in result.skipped[1][2]
    assert store.repos.participants.get(person.id).first_name == "Remy"
    assert store.repos.tasks.get(good_task.id).title == "Call the clinic"
    assert store.repos.participants.count(include_deleted=True) == 1


def test_a_pulled_change_to_a_record_here_that_breaks_the_rule_leaves_it_as_it_was(
    store: Store, participant: Participant, wire: Any
) -> None:
    state = wire.state_of(participant, seq=1, stamp=wire.remote_stamp(offset_ms=60_000))
    fields = {**state.fields, "phone": "555\x1b[2J"}  # a terminal's escape sequence, pasted
    spoilt = RecordState.model_validate({**state.model_dump(), "fields": fields})

    result = Replica(store).apply_page([spoilt], [], 1)

    assert result.applied == 0
    assert result.skipped == [("participant", participant.id, result.skipped[0][2])]
    assert "phone: holds the control character U+001B" in result.skipped[0][2]
    assert store.repos.participants.get(participant.id) == participant
