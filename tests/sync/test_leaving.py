"""A participant leaving this laptop (moved to another team, or its user left theirs), on a real encrypted
profile: while a sync is taking them off, and after, nothing about them can be saved here; the removal
takes everything local about them, which a look through every table of the database confirms."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest

from leaddesk.domain import Addendum, CaseNote, Participant, SyncConflict
from leaddesk.domain.ids import utcnow
from leaddesk.storage.errors import ParticipantLeaving
from leaddesk.storage.replica import Replica
from leaddesk.storage.store import Store
from leaddesk.sync.protocol import Removal
from tests.local_traces import traces

# Words, and file bytes, that only the leaving participant's records hold.
THEIRS = ("zyxwvut", "plughorn", "quixotry", "wobblefrost", "snorkelgate", "hushmoor")
FILE = b"%PDF only theirs: lease agreement 7731"
SHARED = b"\x89PNG the same flyer, attached to both"


@pytest.fixture
def two_people(store: Store, wire: Any) -> dict[str, Any]:
    """Two pulled participants: Zyxwvut, who will leave, with a note, a signed one with an addendum, a
    conflict, attachments, a draft and a refused change; and Ash, who stays and shares one file."""
    stamp = wire.remote_stamp()
    leaving = Participant(first_name="Zyxwvut", last_name="Hushmoor", team_id="north")
    staying = Participant(first_name="Ash", last_name="Reed", team_id="north")
    note = CaseNote(participant_id=leaving.id, data="Met at the plughorn steps.")
    signed = CaseNote(
        participant_id=leaving.id,
        data="Signed one.",
        signed_by="casey",
        signed_at=utcnow(),
    )
    addendum = Addendum(
        participant_id=leaving.id,
        note_id=signed.id,
        text="A quixotry correction.",
        signed_by="casey",
        signed_at=utcnow(),
    )
    conflict = SyncConflict(
        participant_id=leaving.id,
        record_entity="note",
        record_id=note.id,
        field="data",
        kept_value="Met at the plughorn steps.",
        kept_stamp=stamp.encode(),
        other_value="Met by the wobblefrost bench.",
        other_stamp=stamp.encode(),
        detected_at=utcnow(),
    )
    states = [
        wire.state_of(r, seq=i, stamp=stamp)
        for i, r in enumerate((leaving, staying, note, signed, addendum, conflict), 1)
    ]
    replica = Replica(store)
    replica.apply_page(states, [], len(states))
    repos = store.repos
    own = repos.attachments.add(
        participant_id=leaving.id, file_name="lease.pdf", media_type="application/pdf", data=FILE
    )
    for person in (leaving, staying):
        repos.attachments.add(
            participant_id=person.id, file_name="flyer.png", media_type="image/png", data=SHARED
        )
    repos.drafts.save(
        f"note:{leaving.id}",
        kind="note",
        body={"data": "Unsaved snorkelgate text."},
        participant_id=leaving.id,
    )
    repos.participants.update(leaving.id, {"preferred_name": "Snorkelgate"})
    refused = repos.outbox.pending()
    # The server has answered everything made here: the new name refused, the attachments stored.
    repos.outbox.settle_batch(
        confirmed=[e.change_id for e in refused if e.entity == "attachment"],
        rejected={e.change_id: "refused" for e in refused if e.entity == "participant"},
    )
    assert repos.outbox.count() == 0
    assert len(repos.outbox.rejected(participant_id=leaving.id)) == 1
    return {"leaving": leaving, "staying": staying, "note": note, "attachment": own, "replica": replica}


def test_a_removal_takes_everything_local_about_the_participant(store: Store, two_people: Any) -> None:
    leaving, staying, replica = two_people["leaving"], two_people["staying"], two_people["replica"]
    ids = [leaving.id, two_people["note"].id, two_people["attachment"].id]
    before = traces(store, [*THEIRS, *ids], (FILE, SHARED))
    assert {"participant", "note", "addendum", "conflict", "draft", "sync_rejected"} <= before.keys()
    assert any(t.startswith("note_fts") for t in before)
    assert "attachment_blob" in before
    replica.mark_leaving({leaving.id: 9})

    result = replica.apply_page([], [Removal(seq=9, participant_id=leaving.id)], 9)
    replica.purge_removed_text()  # as the engine does once its pull is done

    assert result.removed == [leaving.id]
    left = traces(store, [*THEIRS, *ids], (FILE,))
    assert left == {}, f"still about them after the removal: {left}"
    # The one who stays keeps everything, the shared file included.
    assert [a.file_name for a in store.repos.attachments.find(participant_id=staying.id)] == ["flyer.png"]
    [shared] = store.repos.attachments.find(participant_id=staying.id)
    assert store.repos.attachments.read_bytes(shared.id) == SHARED
    assert {h.participant_id for h in store.repos.search.search("Ash")} == {staying.id}


def test_nothing_about_a_leaving_participant_can_be_saved_while_they_leave(
    store: Store, two_people: Any
) -> None:
    leaving, staying, replica = two_people["leaving"], two_people["staying"], two_people["replica"]
    repos = store.repos
    outbox, audit = repos.outbox.count(), repos.audit.count()

    assert replica.mark_leaving({leaving.id: 9, staying.id: 10}) == set()  # nothing unsent: none to wait for

    attempts = [
        lambda: repos.notes.create(CaseNote(participant_id=leaving.id, data="A new note.")),
        lambda: repos.notes.update(two_people["note"].id, {"data": "Edited."}),
        lambda: repos.participants.update(leaving.id, {"phone": "555-0100"}),
        lambda: repos.attachments.add(
            participant_id=leaving.id, file_name="x.png", media_type="image/png", data=b"new"
        ),
        lambda: repos.drafts.save(f"note:{leaving.id}", kind="note", body={}, participant_id=leaving.id),
    ]
    for attempt in attempts:
        with pytest.raises(ParticipantLeaving) as refused:
            attempt()
        assert str(refused.value) == (
            "This participant has moved out of your team's caseload; this change could not be saved."
        )
    assert (repos.outbox.count(), repos.audit.count()) == (outbox, audit)
    assert repos.notes.get(two_people["note"].id).data == "Met at the plughorn steps."
    assert not repos.attachments.has_bytes(hashlib.sha256(b"new").hexdigest())
    assert replica.leaving() == {leaving.id, staying.id}

    # A whole pull that removed only one of them: the other may be written to again.
    replica.apply_page([], [Removal(seq=9, participant_id=leaving.id)], 10)
    replica.forget_leaving()
    assert replica.leaving() == set()
    repos.participants.update(staying.id, {"phone": "555-0101"})
    # And once removed, a save about them (a screen still open on them) is refused, never orphaned.
    with pytest.raises(ParticipantLeaving):
        repos.notes.create(CaseNote(participant_id=leaving.id, data="Written after the removal."))
    assert repos.notes.count(participant_id=leaving.id, include_deleted=True) == 0


def test_marking_a_participant_says_which_have_unsent_work(store: Store, two_people: Any) -> None:
    leaving, staying, replica = two_people["leaving"], two_people["staying"], two_people["replica"]
    store.repos.participants.update(staying.id, {"phone": "555-0102"})

    assert replica.mark_leaving({leaving.id: 9, staying.id: 10}) == {staying.id}


def test_the_search_index_is_rebuilt_only_after_someone_was_removed(store: Store, wire: Any) -> None:
    replica = Replica(store)
    replica.apply_page(
        [], [Removal(seq=1, participant_id=Participant(first_name="A", last_name="B", team_id="n").id)], 1
    )
    assert replica.state("search_purge_due") is None  # nobody here was removed: nothing to rebuild

    person = Participant(first_name="Wobblefrost", last_name="Quill", team_id="north")
    replica.apply_page([wire.state_of(person, seq=2, stamp=wire.remote_stamp())], [], 2)
    replica.apply_page([], [Removal(seq=3, participant_id=person.id)], 3)
    assert replica.state("search_purge_due") == "1"
    replica.purge_removed_text()
    assert replica.state("search_purge_due") is None
    assert traces(store, ["wobblefrost"]) == {}
