"""A new laptop's first sync indexes notes and addenda for search once, at its end (Replica.
defer_search_index, migration 16): while it pulls, the index is left alone; once the last page is in,
every note, addendum and note written meanwhile is found, and from then on the triggers keep the index
(an edit, a delete). A pull cut short leaves the index deferred, never half built, and the next sync
that ends builds it. A laptop that already holds notes is never deferred."""

from __future__ import annotations

import threading
from typing import Any

from leaddesk.domain import Addendum, CaseNote, Participant, SyncedRecord
from leaddesk.domain.ids import utcnow
from leaddesk.storage.first_pull import BULK_CHECKPOINT_PAGES, CHECKPOINT_PAGES, FTS_DEFAULTS
from leaddesk.storage.replica import Replica
from leaddesk.storage.store import Store
from leaddesk.sync.engine import SyncEngine


def folds_every(store: Store) -> int:
    """Pages of write-ahead log between folds into the database, on the store's connection."""
    return int(store.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0])


def found(store: Store, word: str) -> set[str]:
    return {hit.record_id for hit in store.repos.search.search(word, limit=500)}


def pages_of_notes(wire: Any, people: int, notes_each: int) -> tuple[list[Any], list[SyncedRecord]]:
    """Server pages of 7 records of participants with their notes, the first note signed and with an
    addendum; returns the pages and the notes and addendum, each holding the word "kestrel"."""
    stamp = wire.remote_stamp()
    states, notes, seq = [], [], 0
    for p in range(people):
        person = Participant(first_name=f"Ola{p}", last_name="Brand", team_id="north")
        seq += 1
        states.append(wire.state_of(person, seq=seq, stamp=stamp))
        for n in range(notes_each):
            note = CaseNote(participant_id=person.id, data=f"Kestrel shelter visit {p}.{n}")
            if not notes:
                note = note.with_changes(signed_by="Casey", signed_at=utcnow())
            seq += 1
            states.append(wire.state_of(note, seq=seq, stamp=stamp))
            notes.append(note)
            if len(notes) == 1:
                addendum = Addendum(note_id=note.id, participant_id=person.id, text="Kestrel, to add",
                                    signed_by="Casey", signed_at=utcnow())  # fmt: skip
                seq += 1
                states.append(wire.state_of(addendum, seq=seq, stamp=stamp))
                notes.append(addendum)
    size = 7
    chunks = [states[i : i + size] for i in range(0, len(states), size)]
    pages = [wire.page(*chunk, has_more=i < len(chunks) - 1) for i, chunk in enumerate(chunks)]
    return pages, notes


def test_a_first_sync_indexes_every_note_once_at_its_end(store: Store, fake_server: Any, wire: Any) -> None:
    fake_server.pages, notes = pages_of_notes(wire, people=4, notes_each=5)
    seen_while_pulling: list[tuple[bool, set[str], int]] = []

    def watch(progress: Any) -> None:
        if progress.phase.name == "PULL":
            seen_while_pulling.append(
                (Replica(store).search_index_deferred(), found(store, "kestrel"), folds_every(store))
            )

    report = SyncEngine(store, fake_server.client(), progress=watch).sync()

    assert report.pulled == 25
    assert seen_while_pulling
    assert all(deferred and not hits for deferred, hits, _ in seen_while_pulling)
    # The log folded less often while the pages went in, SQLite's default back after.
    assert {folds for _, _, folds in seen_while_pulling} == {BULK_CHECKPOINT_PAGES}
    assert folds_every(store) == CHECKPOINT_PAGES
    assert not Replica(store).search_index_deferred()
    assert found(store, "kestrel") == {n.id for n in notes}
    assert found(store, "ola2") == {notes[11].participant_id}  # names were indexed as they came
    for index in ("note_fts", "addendum_fts"):
        # Built whole (FTS5 checks its index against the table), merging as FTS5 does by default after.
        store.conn.execute(f"INSERT INTO {index} ({index}, rank) VALUES ('integrity-check', 1)")
        settings = dict(store.conn.execute(f"SELECT k, v FROM {index}_config WHERE k != 'version'"))
        assert settings == FTS_DEFAULTS

    # From here on the triggers keep the index, as before.
    first = notes[2]
    store.repos.notes.update(first.id, {"data": "Heron bridge"})
    assert first.id not in found(store, "kestrel")
    assert found(store, "heron") == {first.id}


def test_a_pull_cut_short_leaves_the_index_deferred_and_the_next_sync_builds_it(
    store: Store, fake_server: Any, wire: Any
) -> None:
    fake_server.pages, notes = pages_of_notes(wire, people=3, notes_each=4)
    stop = threading.Event()
    pages_in = 0

    def cut_after_two_pages(progress: Any) -> None:
        nonlocal pages_in
        if progress.phase.name == "PULL":
            pages_in += 1
            if pages_in == 2:
                stop.set()  # as a lock or a lost connection ends a sync part way

    assert SyncEngine(store, fake_server.client(), progress=cut_after_two_pages).sync(cancel=stop).cancelled
    assert folds_every(store) == CHECKPOINT_PAGES  # back however the pull ended
    replica = Replica(store)
    assert replica.cursor > 0
    assert replica.search_index_deferred()
    assert found(store, "kestrel") == set()  # none yet, rather than some: never half an index

    # Written here meanwhile: found once the index is built, with everything pulled.
    mine = store.repos.notes.create(CaseNote(participant_id=notes[0].participant_id, data="Kestrel again"))

    report = SyncEngine(store, fake_server.client()).sync()
    assert not report.cancelled
    assert not replica.search_index_deferred()
    assert found(store, "kestrel") == {n.id for n in notes} | {mine.id}


def test_a_laptop_holding_notes_keeps_indexing_them_as_they_come(
    store: Store, participant: Participant, fake_server: Any, wire: Any
) -> None:
    store.repos.notes.create(CaseNote(participant_id=participant.id, data="Written offline first"))
    assert Replica(store).defer_search_index() is False
    fake_server.pages, notes = pages_of_notes(wire, people=1, notes_each=3)
    folds: set[int] = set()
    SyncEngine(store, fake_server.client(), progress=lambda _: folds.add(folds_every(store))).sync()
    assert folds == {CHECKPOINT_PAGES}  # no first pull: everyday writes
    assert not Replica(store).search_index_deferred()
    assert found(store, "kestrel") == {n.id for n in notes}
    assert found(store, "offline")
