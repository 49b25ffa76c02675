"""The replica over a real encrypted profile: pulled pages merge field by field without touching the
outbox or the audit log, removals spare unsent work, the cursor moves only with its page, and the
sync state, the batch in flight and refused changes survive a restart."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from leaddesk.domain import CaseNote, Need, Participant, SyncConflict, Task
from leaddesk.domain.clock import Stamp
from leaddesk.domain.enums import NeedDomain
from leaddesk.storage.conflicts import open_conflicts, resolve_conflict
from leaddesk.storage.errors import RecordNotFound, UnsentWorkHere
from leaddesk.storage.profile import open_profile
from leaddesk.storage.replica import Replica, wipe_profile
from leaddesk.storage.store import Store
from leaddesk.storage.sync_state import EnrolledUser, Enrolment
from leaddesk.sync.protocol import Removal
from tests.kdf import FAST_FOR_TESTS

PASSPHRASE = "correct horse battery staple"  # the `store` fixture's profile (tests/conftest.py)


def counts(store: Store) -> tuple[int, int]:
    outbox = store.conn.execute("SELECT count(*) FROM sync_outbox").fetchone()[0]
    audit = store.conn.execute("SELECT count(*) FROM audit_event").fetchone()[0]
    return outbox, audit


def test_a_remote_field_older_than_a_local_edit_does_not_overwrite_it(store: Store, wire: Any) -> None:
    mine = store.repos.participants.create(
        Participant(first_name="Jordan", last_name="Quill", team_id="north")
    )
    created = Stamp.decode(store.repos.participants.field_clocks(mine.id)["first_name"])
    store.repos.participants.update(mine.id, {"first_name": "Jo"})
    edited = Stamp.decode(store.repos.participants.field_clocks(mine.id)["first_name"])
    before = counts(store)

    # Another device changed first_name before my edit (concurrently, older) and phone after it.
    older, newer = wire.remote_stamp(base=created, offset_ms=0), wire.remote_stamp(base=edited, offset_ms=5)
    remote = mine.with_changes(first_name="Jordy", phone="555-0100")
    state = wire.state_of(remote, seq=1, stamp=created, overrides={"first_name": older, "phone": newer})
    result = Replica(store).apply_page([state], [], 1)

    now = store.repos.participants.get(mine.id)
    assert (now.first_name, now.phone) == ("Jo", "555-0100")
    clocks = store.repos.participants.field_clocks(mine.id)
    assert clocks["first_name"] == edited.encode()
    assert clocks["phone"] == newer.encode()
    assert result.applied == 1
    assert counts(store) == before
    assert store.repos.outbox.pending()[-1].fields["first_name"] == "Jo"  # still waiting to go up


def test_new_records_are_inserted_searchable_and_the_clock_moves_past_them(store: Store, wire: Any) -> None:
    stamp = wire.remote_stamp(offset_ms=60_000)  # a minute ahead of this laptop
    person = Participant(first_name="Remy", last_name="Stone", aliases=["Rocky"], team_id="north")
    note = CaseNote(participant_id=person.id, data="Met at the library; wants ID documents.")
    task = Task(participant_id=person.id, title="Birth certificate request")
    states = [wire.state_of(r, seq=i + 1, stamp=stamp) for i, r in enumerate((person, note, task))]
    before = counts(store)

    result = Replica(store).apply_page(states, [], 3)

    assert result.applied == 3
    assert Replica(store).cursor == 3
    assert store.repos.notes.get(note.id).data == note.data
    assert store.repos.tasks.get(task.id).title == "Birth certificate request"
    assert {h.participant_id for h in store.repos.search.search("library")} == {person.id}
    assert {h.participant_id for h in store.repos.search.search("Rocky")} == {person.id}
    assert counts(store) == before
    store.repos.participants.update(person.id, {"phone": "555"})
    local = Stamp.decode(store.repos.participants.field_clocks(person.id)["phone"])
    assert local > stamp  # a later local edit wins over everything pulled


def test_applying_the_same_page_twice_changes_nothing(store: Store, wire: Any) -> None:
    person = Participant(first_name="Remy", last_name="Stone", team_id="north")
    state = wire.state_of(person, seq=4, stamp=wire.remote_stamp())
    assert Replica(store).apply_page([state], [], 4).applied == 1
    again = Replica(store).apply_page([state], [], 4)
    assert (again.applied, again.unchanged) == (0, 1)


def test_a_removal_takes_the_participant_and_all_their_records(store: Store, wire: Any) -> None:
    replica = Replica(store)
    stamp = wire.remote_stamp()
    pulled = Participant(first_name="Remy", last_name="Stone", team_id="north")
    note = CaseNote(participant_id=pulled.id, data="pulled note")
    replica.apply_page([wire.state_of(r, seq=i, stamp=stamp) for i, r in enumerate((pulled, note), 1)], [], 2)

    result = replica.apply_page([], [Removal(seq=3, participant_id=pulled.id)], 3)

    assert result.removed == [pulled.id]
    with pytest.raises(RecordNotFound):
        store.repos.notes.get(note.id, include_deleted=True)
    assert store.repos.participants.count(include_deleted=True) == 0
    assert replica.cursor == 3


def test_a_page_that_would_remove_unsent_work_is_refused_whole(store: Store, wire: Any) -> None:
    """The engine sends a leaving participant's unsent work before it applies their removal; should any
    still be here, nothing of the page is applied (a removal kept back instead let the cursor pass it,
    after which the server refuses that work)."""
    replica = Replica(store)
    pulled = Participant(first_name="Remy", last_name="Stone", team_id="north")
    replica.apply_page([wire.state_of(pulled, seq=1, stamp=wire.remote_stamp())], [], 1)
    mine = store.repos.participants.create(
        Participant(first_name="Jordan", last_name="Quill", team_id="north")
    )
    need = store.repos.needs.create(Need(participant_id=mine.id, domain=NeedDomain.HOUSING))

    with pytest.raises(UnsentWorkHere):
        replica.apply_page(
            [], [Removal(seq=3, participant_id=pulled.id), Removal(seq=4, participant_id=mine.id)], 4
        )

    assert store.repos.participants.count() == 2
    assert store.repos.needs.get(need.id).participant_id == mine.id
    assert replica.cursor == 1
    assert replica.deferred_removals() == set()


def test_a_removal_takes_the_participants_drafts_too(store: Store, wire: Any) -> None:
    """Unsaved text about a participant who left this laptop's teams goes with them (DESIGN §4.6: a
    device holds exactly its teams' participants); a draft of someone still here stays. Found by the
    Jepsen test (tests/e2e/test_jepsen.py), where moves between teams left drafts behind."""
    replica = Replica(store)
    pulled = Participant(first_name="Remy", last_name="Stone", team_id="north")
    replica.apply_page([wire.state_of(pulled, seq=1, stamp=wire.remote_stamp())], [], 1)
    mine = store.repos.participants.create(
        Participant(first_name="Jordan", last_name="Quill", team_id="north")
    )
    staying = store.repos.participants.create(
        Participant(first_name="Ash", last_name="Reed", team_id="north")
    )
    store.repos.outbox.acknowledge([e.change_id for e in store.repos.outbox.pending()])  # all sent
    for person in (pulled, mine, staying):
        store.repos.drafts.save(
            f"note:{person.id}", kind="note", body={"data": "met"}, participant_id=person.id
        )

    replica.apply_page(
        [], [Removal(seq=2, participant_id=pulled.id), Removal(seq=3, participant_id=mine.id)], 3
    )
    assert store.repos.drafts.get(f"note:{pulled.id}") is None
    assert store.repos.drafts.get(f"note:{mine.id}") is None
    assert store.repos.drafts.get(f"note:{staying.id}") is not None


def test_a_participant_removed_and_back_in_scope_within_one_page_stays(store: Store, wire: Any) -> None:
    person = Participant(first_name="Remy", last_name="Stone", team_id="north")
    replica = Replica(store)
    replica.apply_page([wire.state_of(person, seq=1, stamp=wire.remote_stamp())], [], 1)
    back = wire.state_of(person.with_changes(team_id="north"), seq=9, stamp=wire.remote_stamp(offset_ms=5))
    replica.apply_page([back], [Removal(seq=5, participant_id=person.id)], 9)
    assert store.repos.participants.get(person.id).last_name == "Stone"


def test_the_cursor_is_stored_only_with_its_page(
    store: Store, wire: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    replica = Replica(store)
    replica.apply_page([], [], 7)
    good = Participant(first_name="Remy", last_name="Stone", team_id="north")
    states = [
        wire.state_of(good, seq=8, stamp=wire.remote_stamp()),
        wire.state_of(Task(participant_id=good.id, title="x"), seq=10, stamp=wire.remote_stamp()),
    ]

    def disk_full(*_: Any) -> bool:
        raise OSError("database or disk is full")

    # The page's second run (after the removal at seq 9) fails: the first run goes back with it.
    monkeypatch.setattr("leaddesk.storage.replica._delete_participant", disk_full)
    with pytest.raises(OSError, match="disk is full"):
        replica.apply_page(states, [Removal(seq=9, participant_id=good.id)], 10)
    assert replica.cursor == 7
    assert store.repos.participants.count(include_deleted=True) == 0


def test_records_this_version_cannot_use_are_skipped_not_fatal(store: Store, wire: Any) -> None:
    person = Participant(first_name="Remy", last_name="Stone", team_id="north")
    good = wire.state_of(person, seq=1, stamp=wire.remote_stamp())
    unknown = good.model_copy(update={"entity": "spaceship", "seq": 2})
    invalid = good.model_copy(
        update={
            "seq": 3,
            "record_id": Participant(first_name="a", last_name="b", team_id="n").id,
            "fields": {**good.fields, "first_name": ""},
        }
    )
    result = Replica(store).apply_page([good, unknown, invalid], [], 3)
    assert result.applied == 1
    assert [s[0] for s in result.skipped] == ["spaceship", "participant"]


def test_sync_state_and_the_batch_in_flight_survive_a_restart(store: Store, home: Path) -> None:
    replica = Replica(store)
    user = EnrolledUser(username="casey", display_name="Casey", role="case_manager", teams=("north",))
    replica.save_enrolment(
        Enrolment(
            "https://sync.example",
            "0191e0c8-0000-7000-8000-000000000001",
            token="t0k3n",
            ca_bundle="/ca.pem",
            user=user,
        )
    )
    assert "t0k3n" not in repr(replica.enrolment)
    replica.record_sync({"pushed": 3}, at=datetime(2024, 6, 1, tzinfo=UTC))
    store.repos.participants.create(Participant(first_name="Jordan", last_name="Quill", team_id="north"))
    batch = store.repos.outbox.start_batch(store.repos.outbox.pending())
    name = store.db_path.parent.name
    store.close()

    reopened = open_profile(name, PASSPHRASE, home=home, kdf=FAST_FOR_TESTS)
    try:
        again = Replica(reopened)
        assert again.enrolment is not None
        assert again.enrolment.token == "t0k3n"
        assert again.enrolment.user == user
        assert again.last_sync_at == datetime(2024, 6, 1, tzinfo=UTC)
        assert again.last_sync_summary == {"pushed": 3}
        assert reopened.repos.outbox.in_flight() == batch
        reopened.repos.outbox.settle_batch(
            confirmed=[], rejected={batch.change_ids[0]: "team_id: no such team"}
        )
        assert reopened.repos.outbox.in_flight() is None
        assert reopened.repos.outbox.count() == 0
        [refused] = reopened.repos.outbox.rejected()
        assert refused.reason == "team_id: no such team"
        assert refused.entry.fields["first_name"] == "Jordan"
    finally:
        reopened.close()
    # The token lives only inside the encrypted database.
    assert all(b"t0k3n" not in f.read_bytes() for f in (home / "profiles" / name).rglob("*") if f.is_file())


def test_resolving_a_conflict_sets_the_field_and_closes_the_conflict_in_one_go(
    store: Store, wire: Any
) -> None:
    person = store.repos.participants.create(
        Participant(first_name="Jordan", last_name="Quill", phone="111", team_id="north")
    )
    mine = Stamp.decode(store.repos.participants.field_clocks(person.id)["phone"])
    theirs = wire.remote_stamp(base=mine, offset_ms=-1)
    conflict = SyncConflict(
        participant_id=person.id,
        record_entity="participant",
        record_id=person.id,
        field="phone",
        kept_value="111",
        kept_stamp=mine.encode(),
        other_value="222",
        other_stamp=theirs.encode(),
        detected_at=datetime.now(UTC),
    )
    Replica(store).apply_page([wire.state_of(conflict, seq=1, stamp=mine)], [], 1)
    assert [c.id for c in open_conflicts(store)] == [conflict.id]

    resolved = resolve_conflict(store, conflict.id, choice="theirs")
    assert resolved.resolution == "theirs"
    assert resolved.resolved_by == store.user
    assert store.repos.participants.get(person.id).phone == "222"
    assert open_conflicts(store) == []
    entities = [e.entity for e in store.repos.outbox.pending()[-2:]]
    assert entities == ["participant", "conflict"]  # both edits sync, so the team sees the choice


def test_a_refused_resolution_writes_nothing(store: Store, wire: Any) -> None:
    person = store.repos.participants.create(
        Participant(first_name="Jordan", last_name="Quill", team_id="north")
    )
    stamp = Stamp.decode(store.repos.participants.field_clocks(person.id)["first_name"])
    conflict = SyncConflict(
        participant_id=person.id,
        record_entity="participant",
        record_id=person.id,
        field="first_name",
        kept_value="Jordan",
        kept_stamp=stamp.encode(),
        other_value="J",
        other_stamp=wire.remote_stamp(base=stamp, offset_ms=-1).encode(),
        detected_at=datetime.now(UTC),
    )
    Replica(store).apply_page([wire.state_of(conflict, seq=1, stamp=stamp)], [], 1)
    before = counts(store)
    with pytest.raises(ValueError, match="first_name"):
        resolve_conflict(store, conflict.id, choice="edited", value="")
    assert counts(store) == before
    assert open_conflicts(store)[0].id == conflict.id


def test_wiping_a_profile_deletes_every_file_and_refuses_other_folders(store: Store, tmp_path: Path) -> None:
    folder = store.db_path.parent
    store.close()
    wipe_profile(folder)
    assert not folder.exists()
    stranger = tmp_path / "documents"
    stranger.mkdir()
    (stranger / "letter.txt").write_text("keep me")
    with pytest.raises(ValueError, match="refusing"):
        wipe_profile(stranger)
    assert (stranger / "letter.txt").exists()
