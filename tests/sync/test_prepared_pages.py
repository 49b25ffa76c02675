"""A page prepared by a helper process (storage/pulled.prepare_new, sync/page_worker.py) stores exactly
what the page applied here stores: the same rows, field clocks, skips and their reasons, cursor and clock;
and where that cannot be known without the tables (a record here already, one twice in a page, a removal
deferred here), nothing is written and the page is applied here instead."""

from __future__ import annotations

import marshal
import os
import signal
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from leaddesk.demo.synthetic import generate
from leaddesk.domain import SYNCED_MODELS, Participant, Task
from leaddesk.domain.clock import Stamp
from leaddesk.domain.values import texts_clean_in
from leaddesk.packaging import entry
from leaddesk.storage.codec import table_for
from leaddesk.storage.pulled import prepare_new
from leaddesk.storage.replica import Replica
from leaddesk.storage.store import Store
from leaddesk.sync import pages as pages_module
from leaddesk.sync.page_worker import HELPER_ARGUMENT, prepare_page
from leaddesk.sync.pages import Helpers
from leaddesk.sync.protocol import PullResponse, RecordState


def every_table(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    tables = {table_for(m).name for m in SYNCED_MODELS}
    return {t: store.conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in sorted(tables)}


def awkward_page(wire: Any) -> list[RecordState]:
    """Records of every kind the demo makes, one edited after it was made, and one of each way a pulled
    record is skipped: a damaged stamp, a value that breaks the rule for synced values, one that breaks
    its model's rule, an entity this version does not know; and one with a field of a later version."""
    records = [r for b in generate(seed=11, participants=4, notes_per_participant=3) for r in b.records()]
    # A minute ahead of this computer's clock, so that a laptop's clock shows it has seen them.
    stamp, edited = wire.remote_stamp(offset_ms=60_000), wire.remote_stamp(offset_ms=60_040)
    states = [
        wire.state_of(r, seq=i + 1, stamp=stamp, overrides={"updated_at": edited} if i == 3 else None)
        for i, r in enumerate(records)
    ]
    person = Participant(first_name="Remy", last_name="Stone", team_id="north")
    good = wire.state_of(person, seq=len(states) + 1, stamp=stamp)
    task = wire.state_of(Task(participant_id=person.id, title="Call back"), seq=0, stamp=stamp)
    n = len(states) + 2

    def variant(state: RecordState, **changes: Any) -> RecordState:
        nonlocal n
        n += 1
        fresh = Task(participant_id=person.id, title="x").id
        return state.model_copy(update={"seq": n, "record_id": fresh, **changes})

    return [
        *states,
        good,
        variant(task, clocks={**task.clocks, "title": "damaged, not a stamp at all"}),
        variant(task, fields={**task.fields, "title": "bell \x07 here"}),
        variant(task, fields={**task.fields, "title": ""}),
        variant(task, entity="spaceship"),
        variant(
            task,
            fields={**task.fields, "colour": "blue"},
            clocks={**task.clocks, "colour": task.clocks["title"]},
        ),
    ]


def test_a_prepared_page_stores_what_the_page_applied_here_stores(
    store: Store, other_store: Store, wire: Any
) -> None:
    states = awkward_page(wire)
    cursor = states[-1].seq

    here = Replica(store).apply_page(states, [], cursor)
    # As a helper sends it: through marshal, plain values only.
    prepared = marshal.loads(marshal.dumps(prepare_new(states)))
    helped = Replica(other_store).apply_prepared(prepared, cursor)

    assert helped is not None
    assert (helped.applied, helped.skipped) == (here.applied, here.skipped)
    assert [s[0] for s in here.skipped] == ["task", "task", "task", "spaceship"]
    assert every_table(other_store) == every_table(store)
    assert Replica(other_store).cursor == Replica(store).cursor == cursor
    # Later local edits are stamped after the newest stamp seen, on both.
    newest = max(Stamp.decode(c) for s in states[:-5] for c in s.clocks.values())
    assert other_store.clock.now() > newest
    assert store.clock.now() > newest


def test_the_helpers_answer_is_the_page_read_and_prepared(wire: Any) -> None:
    states = awkward_page(wire)
    page = PullResponse(records=list(reversed(states)), removals=[], cursor=900, has_more=True)

    answer = marshal.loads(marshal.dumps(prepare_page(page.model_dump_json().encode())))

    assert answer[:5] == ("page", 900, True, [], len(states))
    assert answer[5] == marshal.loads(marshal.dumps(prepare_new(states)))  # in seq order
    assert prepare_page(b'{"records": "no"}') == ("unread",)


@pytest.mark.parametrize("why", ["here already", "twice in the page", "removal deferred"])
def test_a_page_that_needs_the_tables_is_left_to_be_applied_here(store: Store, wire: Any, why: str) -> None:
    person = Participant(first_name="Remy", last_name="Stone", team_id="north")
    tasks = [Task(participant_id=person.id, title=f"Call back #{i}") for i in range(3)]
    stamp = wire.remote_stamp()
    states = [wire.state_of(r, seq=i + 1, stamp=stamp) for i, r in enumerate([person, *tasks])]
    replica = Replica(store)
    if why == "here already":
        store.repos.participants.create(person)  # made on this laptop, and synced since
    elif why == "twice in the page":
        states.append(wire.state_of(tasks[0].with_changes(title="Later"), seq=9, stamp=stamp))
    else:
        with store.write() as conn:
            conn.execute(
                "INSERT INTO sync_removal_deferred (participant_id, seq, noted_at) VALUES (?, 1, '')",
                (Participant(first_name="Ada", last_name="Vale", team_id="north").id,),
            )
    before = every_table(store)

    assert replica.apply_prepared(prepare_new(states), 9) is None
    assert every_table(store) == before
    assert replica.cursor == 0


def test_helper_processes_prepare_pages_and_a_dead_one_is_not_asked_again(wire: Any) -> None:
    states = awkward_page(wire)
    body = PullResponse(records=states, removals=[], cursor=77, has_more=False).model_dump_json().encode()
    helpers = Helpers(2)
    try:
        assert helpers.prepare(body) == marshal.loads(marshal.dumps(prepare_page(body)))
        assert helpers.prepare(b"not json") == ("unread",)
        for proc in list(helpers._all):
            os.kill(proc.pid, signal.SIGKILL)
        assert helpers.prepare(body) is None
        assert helpers.prepare(body) is None  # none left: answered at once, not waited for
        assert helpers._all == []
    finally:
        helpers.close()


def test_a_clean_pages_records_are_still_held_to_the_rest_of_the_value_rule(wire: Any) -> None:
    """A page with no escape that could spell a refused character has its texts checked once, as a
    whole (domain/values.texts_clean_in); its records still keep the rest of the rule for synced values."""
    person = Participant(first_name="Remy «R» 🙂", last_name="Stöne", team_id="north")
    stamp = wire.remote_stamp()
    good = wire.state_of(person, seq=1, stamp=stamp)
    task = wire.state_of(Task(participant_id=person.id, title="Call back"), seq=2, stamp=stamp)
    huge = task.model_copy(update={"seq": 3, "fields": {**task.fields, "title": 2**70}})
    deep = task.model_copy(
        update={"seq": 4, "fields": {**task.fields, "title": [[[[[[[[[[[[[[[[["x"]]]]]]]]]]]]]]]]]}}
    )
    states = [good, task, huge, deep]
    body = PullResponse(records=states, removals=[], cursor=4, has_more=False).model_dump_json().encode()
    assert texts_clean_in(body)

    answer = marshal.loads(marshal.dumps(prepare_page(body)))

    assert answer[5] == marshal.loads(marshal.dumps(prepare_new(states)))
    skipped = [(r[1], r[3]) for _, records in answer[5] for r in records if r[2] is None]
    assert skipped == [
        (huge.record_id, "not a valid task: title: is a number beyond the 64-bit range"),
        (deep.record_id, "not a valid task: title: nests lists and objects more than 16 levels deep"),
    ]


def test_a_helper_that_hangs_is_ended_and_not_asked_again(wire: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pages_module, "WORKER", ["-c", "import time; time.sleep(600)"])
    monkeypatch.setattr(pages_module, "ANSWER_SECONDS", 0.5)
    body = PullResponse(records=[], removals=[], cursor=1, has_more=False).model_dump_json().encode()
    helpers = Helpers(1)
    try:
        started = time.monotonic()
        assert helpers.prepare(body) is None
        assert time.monotonic() - started < 10
        assert helpers._all == []
        assert helpers.prepare(body) is None  # none left
    finally:
        helpers.close()


def test_in_the_packaged_bundle_the_apps_own_executable_is_the_helper(
    wire: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A frozen app has no Python to run the worker's module with: it starts its own executable with the
    helper's argument, and the bundle's entry (packaging/entry.py, its script) turns that start into a
    helper. Here the entry script is run by this Python, as the bundle's executable would run it."""
    executable = tmp_path / "leaddesk"
    executable.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{entry.__file__}" "$@"\n')
    executable.chmod(0o755)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(executable))
    assert pages_module.helpers_available()
    assert pages_module.helper_command() == [str(executable), HELPER_ARGUMENT]

    body = PullResponse(records=awkward_page(wire), removals=[], cursor=5, has_more=False).model_dump_json()
    helpers = Helpers(1)
    try:
        assert helpers.prepare(body.encode()) == marshal.loads(marshal.dumps(prepare_page(body.encode())))
    finally:
        helpers.close()
