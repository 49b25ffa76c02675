"""Quick capture through the desk over a real encrypted profile: one write for the contact, its note
and the draft's end; a refused value writes nothing; drafts and recent places."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from pydantic import ValidationError

from leaddesk.desk import Desk
from leaddesk.desk.capture import DRAFT_KEY, PLACES_KEY, RECENT_PLACES, CaptureDraft
from leaddesk.domain import Participant
from leaddesk.domain.enums import ContactKind
from leaddesk.storage.store import Store

NOW = datetime.now(UTC) - timedelta(minutes=5)


def draft(note: str = "Half a thought", place: str = "") -> CaptureDraft:
    return CaptureDraft(
        participant_id=None,
        participant_text="Qui",
        kind=ContactKind.PHONE,
        place=place,
        minutes=10,
        when=NOW,
        note=note,
    )


def counts(store: Store) -> tuple[int, int, int]:
    return store.repos.contacts.count(), store.repos.notes.count(), store.repos.outbox.count()


def test_a_capture_is_one_write_of_the_contact_its_note_and_the_drafts_end(
    desk: Desk, store: Store, participant: Participant
) -> None:
    desk.capture.keep_draft(draft())
    done = desk.capture.save(
        participant_id=participant.id,
        kind=ContactKind.STREET,
        occurred_at=NOW,
        minutes=15,
        place="Library steps",
        text="Checked in; wants a bus pass.",
    )
    contact, note = done.value.contact, done.value.note
    assert note.contact_id == contact.id
    assert note.data == "Checked in; wants a bus pass."
    assert (contact.kind, contact.minutes, contact.place) == (ContactKind.STREET, 15, "Library steps")
    assert done.changes.record_ids == {contact.id, note.id}
    assert done.changes.entities >= {"contact", "note", "draft"}
    assert done.changes.participant_ids == {participant.id}
    assert store.repos.drafts.get(DRAFT_KEY) is None


def test_a_refused_value_writes_nothing(desk: Desk, store: Store, participant: Participant) -> None:
    desk.capture.keep_draft(draft())
    before = counts(store)
    with pytest.raises(ValidationError):
        desk.capture.save(
            participant_id=participant.id,
            kind=ContactKind.STREET,
            occurred_at=NOW,
            minutes=-5,
            place="",
            text="Checked in.",
        )
    assert counts(store) == before
    assert desk.capture.draft() == draft()  # the draft stays until a capture is saved


def test_a_draft_is_kept_only_when_worth_keeping(desk: Desk) -> None:
    assert desk.capture.draft() is None
    desk.capture.keep_draft(draft())
    assert desk.capture.draft() == draft()
    desk.capture.keep_draft(draft(note="  "))  # nothing worth keeping: the old one goes too
    assert desk.capture.draft() is None


def test_a_damaged_draft_still_opens() -> None:
    damaged = CaptureDraft.from_body({"kind": "teleport", "when": "not a time", "minutes": "x", "note": 5})
    assert damaged.kind is ContactKind.STREET
    assert damaged.when is None
    assert damaged.minutes == 15
    assert damaged.note == "5"
    assert damaged.worth_keeping


def test_recent_places_put_the_latest_first_once_whatever_its_case(desk: Desk) -> None:
    desk.settings.set(PLACES_KEY, ["Library steps", "Union Gospel Mission", 7])
    assert desk.capture.recent_places() == ["Library steps", "Union Gospel Mission"]
    done = desk.capture.remember_place("library steps")
    assert done.value == ["library steps", "Union Gospel Mission"]
    assert desk.capture.remember_place("").changes.is_empty
    for n in range(RECENT_PLACES + 2):
        desk.capture.remember_place(f"Corner {n}")
    assert len(desk.capture.recent_places()) == RECENT_PLACES
