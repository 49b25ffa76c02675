"""Pulled pages written in bulk (storage/pulled.py) store exactly what one record at a time would: the
same columns and field clocks, a record named twice in one page ends as its last version, skips are
reported in seq order, pages larger than one INSERT go in whole, and a page's commit is not fsynced
while every other write still is."""

from __future__ import annotations

from typing import Any

from leaddesk.demo.synthetic import generate
from leaddesk.domain import Participant, Task
from leaddesk.storage import field_clocks
from leaddesk.storage.codec import table_for
from leaddesk.storage.replica import Replica
from leaddesk.storage.store import Store


def test_a_page_of_new_records_stores_what_to_row_stores_and_its_clocks(store: Store, wire: Any) -> None:
    records = [r for b in generate(seed=5, participants=6, notes_per_participant=6) for r in b.records()]
    stamp = wire.remote_stamp()
    edited = wire.remote_stamp(offset_ms=9)
    states = [
        wire.state_of(r, seq=i + 1, stamp=stamp, overrides={"updated_at": edited} if i % 3 == 0 else None)
        for i, r in enumerate(records)
    ]

    result = Replica(store).apply_page(states, [], len(states))

    assert (result.applied, result.skipped) == (len(records), [])
    for record, state in zip(records, states, strict=True):
        table = table_for(type(record))
        row = store.conn.execute(
            f"SELECT {', '.join(table.columns)}, field_clocks FROM {table.name} WHERE id = ?", (record.id,)
        ).fetchone()
        assert list(row[:-1]) == list(table.to_row(record).values())
        # The very text this version writes for those clocks, so every laptop holds the same bytes.
        assert row[-1] == field_clocks.encode(table.name, state.clocks)
        assert field_clocks.decode(table.name, row[-1]) == state.clocks


def test_a_record_twice_in_one_page_ends_as_its_later_version(store: Store, wire: Any) -> None:
    person = wire.state_of(
        Participant(first_name="Remy", last_name="Stone", team_id="north"), seq=1, stamp=wire.remote_stamp()
    )
    task = Task(participant_id=person.record_id, title="First title")
    first = wire.state_of(task, seq=2, stamp=wire.remote_stamp())
    later = wire.state_of(task.with_changes(title="Later title"), seq=3, stamp=wire.remote_stamp(offset_ms=5))

    result = Replica(store).apply_page([person, first, later], [], 3)

    assert store.repos.tasks.get(task.id).title == "Later title"
    assert store.repos.tasks.count(include_deleted=True) == 1
    assert result.applied == 3


def test_a_record_twice_in_a_page_sent_out_of_order_still_ends_as_its_later_version(
    store: Store, wire: Any
) -> None:
    """Records are written in seq order whatever order the page lists them in, with or without a removal
    among them (storage/pulled.py, runs)."""
    person = wire.state_of(
        Participant(first_name="Remy", last_name="Stone", team_id="north"), seq=1, stamp=wire.remote_stamp()
    )
    task = Task(participant_id=person.record_id, title="First title")
    first = wire.state_of(task, seq=2, stamp=wire.remote_stamp())
    later = wire.state_of(task.with_changes(title="Later title"), seq=3, stamp=wire.remote_stamp(offset_ms=5))

    Replica(store).apply_page([later, person, first], [], 3)

    assert store.repos.tasks.get(task.id).title == "Later title"


def test_skips_are_reported_in_seq_order_across_tables(store: Store, wire: Any) -> None:
    person = Participant(first_name="Remy", last_name="Stone", team_id="north")
    good = wire.state_of(person, seq=1, stamp=wire.remote_stamp())
    bad_task = wire.state_of(Task(participant_id=person.id, title="x"), seq=2, stamp=wire.remote_stamp())
    bad_task = bad_task.model_copy(update={"fields": {**bad_task.fields, "title": ""}})
    unknown = good.model_copy(update={"entity": "spaceship", "seq": 3})
    bad_person = good.model_copy(
        update={
            "seq": 4,
            "record_id": Participant(first_name="a", last_name="b", team_id="n").id,
            "fields": {**good.fields, "first_name": ""},
        }
    )

    result = Replica(store).apply_page([good, bad_task, unknown, bad_person], [], 4)

    assert [s[0] for s in result.skipped] == ["task", "spaceship", "participant"]
    assert result.applied == 1


def test_a_page_larger_than_one_insert_statement_goes_in_whole(store: Store, wire: Any) -> None:
    person = Participant(first_name="Remy", last_name="Stone", team_id="north")
    tasks = [Task(participant_id=person.id, title=f"Call back #{i}") for i in range(4500)]
    stamp = wire.remote_stamp()
    states = [wire.state_of(r, seq=i + 1, stamp=stamp) for i, r in enumerate([person, *tasks])]

    assert Replica(store).apply_page(states, [], len(states)).applied == len(states)
    assert store.repos.tasks.count() == len(tasks)
    again = Replica(store).apply_page(states, [], len(states))  # all known now: nothing changes
    assert (again.applied, again.unchanged) == (0, len(states))


def test_a_pulled_page_commits_without_fsync_and_everything_else_with(store: Store, wire: Any) -> None:
    seen: list[int] = []
    full = store.conn.execute("PRAGMA synchronous").fetchone()[0]
    with store.write(durable=False) as conn:
        seen.append(conn.execute("PRAGMA synchronous").fetchone()[0])
    person = Participant(first_name="Remy", last_name="Stone", team_id="north")
    Replica(store).apply_page([wire.state_of(person, seq=1, stamp=wire.remote_stamp())], [], 1)

    assert (full, seen) == (2, [1])  # FULL, and NORMAL inside the pulled page's transaction
    assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # back to FULL after it
    with store.write(durable=False), store.write() as conn:  # a durable write inside wins
        conn.execute("UPDATE participant SET phone = '555' WHERE id = ?", (person.id,))
    assert store.repos.participants.get(person.id).phone == "555"


def test_a_record_with_a_shared_stamp_is_stored_with_every_fields_stamp(store: Store, wire: Any) -> None:
    person = Participant(first_name="Remy", last_name="Stone", team_id="north")
    common, later = wire.remote_stamp(), wire.remote_stamp(offset_ms=7)
    full = wire.state_of(person, seq=1, stamp=common, overrides={"phone": later})
    shared = full.model_copy(update={"clocks": {"phone": later.encode()}, "stamp": common.encode()})
    task = Task(participant_id=person.id, title="Bus pass")
    task_shared = wire.state_of(task, seq=2, stamp=common).model_copy(
        update={"clocks": {}, "stamp": common.encode()}
    )

    assert Replica(store).apply_page([shared, task_shared], [], 2).applied == 2

    assert store.repos.participants.field_clocks(person.id) == full.clocks
    assert set(store.repos.tasks.field_clocks(task.id).values()) == {common.encode()}
    assert store.repos.tasks.field_clocks(task.id).keys() == task_shared.fields.keys()


def test_times_not_in_the_stored_form_are_stored_in_it(store: Store, wire: Any) -> None:
    person = Participant(first_name="Remy", last_name="Stone", team_id="north")
    task = Task(participant_id=person.id, title="Bus pass")
    state = wire.state_of(task, seq=1, stamp=wire.remote_stamp())
    odd = {"created_at": "2026-01-02T03:04:05+02:00", "updated_at": "2026-01-02T01:04:05.5Z"}
    state = state.model_copy(update={"fields": {**state.fields, **odd}})

    assert Replica(store).apply_page([state], [], 1).applied == 1

    row = store.conn.execute("SELECT created_at, updated_at FROM task WHERE id = ?", (task.id,)).fetchone()
    assert tuple(row) == ("2026-01-02T01:04:05.000000Z", "2026-01-02T01:04:05.500000Z")
    assert store.repos.tasks.get(task.id).created_at.hour == 1
