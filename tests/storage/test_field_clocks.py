"""A row's field clocks stored compactly (storage/field_clocks.py): every stamp reads back exactly as it was
written, whatever mix of stamps a record has; the field list a row names is the one its stamps cover;
rows of earlier versions read as before and migration 15 compacts them without changing one stamp."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from leaddesk.domain import MODEL_BY_ENTITY, Participant, Task
from leaddesk.storage import field_clocks
from leaddesk.storage.codec import dumps, table_for
from leaddesk.storage.database import DB_FILE, KEY_BYTES, connect
from leaddesk.storage.field_clocks import FIELD_LISTS, UnknownFieldList
from leaddesk.storage.schema import bundled_migrations, migrate
from leaddesk.storage.store import Store

STAMPS = st.sampled_from(
    ["0000019b2f3c4d5e-dev-a", "0000019b2f3c4d5f-dev-a", "0000019b2f3c4e00-dev-b", '0000019c00000000-dev-é"q']
)


def test_each_entity_s_last_field_list_is_exactly_its_synced_fields() -> None:
    """A new column needs a new list: a row written then names the list with it (never edit a list)."""
    assert FIELD_LISTS.keys() == MODEL_BY_ENTITY.keys()
    for entity, model in MODEL_BY_ENTITY.items():
        columns = {c for c in table_for(model).columns if c != "id"}
        assert set(FIELD_LISTS[entity][-1]) == columns, (
            f"{entity}: its columns changed; add a field list to FIELD_LISTS rather than editing one"
        )
        assert all(len(set(fields)) == len(fields) for fields in FIELD_LISTS[entity])


@st.composite
def clocks_of_a_record(draw: st.DrawFn) -> tuple[str, dict[str, str]]:
    entity = draw(st.sampled_from(sorted(FIELD_LISTS)))
    fields = FIELD_LISTS[entity][-1]
    return entity, {f: draw(STAMPS) for f in draw(st.permutations(fields))}


@given(clocks_of_a_record())
def test_every_stamp_reads_back_as_written(case: tuple[str, dict[str, str]]) -> None:
    entity, clocks = case
    text = field_clocks.encode(entity, clocks)
    assert field_clocks.decode(entity, text) == clocks
    assert text.startswith("[1,")
    assert text == field_clocks.encode(entity, dict(reversed(clocks.items())))  # one text per set of clocks
    assert len(text) <= len(dumps(clocks))


@given(clocks_of_a_record(), st.data())
def test_stamps_covering_fields_no_list_names_are_kept_field_by_field(
    case: tuple[str, dict[str, str]], data: st.DataObject
) -> None:
    """A row written before a column came, or one holding a field a later version added: its stamps are
    kept as they are, and a field it has no stamp for still has none."""
    entity, clocks = case
    dropped = data.draw(st.sampled_from(sorted(clocks)))
    fewer = {f: s for f, s in clocks.items() if f != dropped}
    text = field_clocks.encode(entity, fewer)
    assert json.loads(text) == fewer
    assert field_clocks.decode(entity, text) == fewer
    more = {**clocks, "a_later_field": "0000019c00000000-dev-c"}
    assert field_clocks.decode(entity, field_clocks.encode(entity, more)) == more


def test_a_record_made_in_one_go_stores_one_stamp_instead_of_one_per_field() -> None:
    stamp = "0000019b2f3c4d5e-0f8fad5b-d9cb-469f-a165-70867728950e"
    clocks = dict.fromkeys(FIELD_LISTS["participant"][-1], stamp)
    assert field_clocks.encode("participant", clocks) == f'[1,"{stamp}"]'
    assert len(dumps(clocks)) > 10 * len(field_clocks.encode("participant", clocks))


@pytest.mark.parametrize("text", ['[0,"s"]', '[99,"s"]', '["1","s"]'])
def test_a_row_naming_a_list_this_version_lacks_is_refused_with_a_sentence(text: str) -> None:
    with pytest.raises(UnknownFieldList, match="a later version"):
        field_clocks.decode("task", text)


def test_stored_rows_are_compact_and_an_edit_keeps_the_others_stamps(store: Store) -> None:
    person = store.repos.participants.create(Participant(first_name="Rue", last_name="Vale", team_id="north"))
    created = store.repos.participants.field_clocks(person.id)
    assert len(set(created.values())) == 1
    store.repos.participants.update(person.id, {"phone": "555-0100"})
    edited = store.repos.participants.field_clocks(person.id)
    assert edited["phone"] == edited["updated_at"] != created["phone"]
    assert {f: s for f, s in edited.items() if f not in ("phone", "updated_at")} == {
        f: s for f, s in created.items() if f not in ("phone", "updated_at")
    }
    [text] = store.conn.execute("SELECT field_clocks FROM participant WHERE id = ?", (person.id,)).fetchone()
    assert json.loads(text) == [
        1,
        created["phone"],
        {"phone": edited["phone"], "updated_at": edited["phone"]},
    ]


def test_migration_15_compacts_earlier_rows_without_changing_a_stamp(tmp_path: Path) -> None:
    path = tmp_path / "profile" / DB_FILE
    conn = connect(path, os.urandom(KEY_BYTES))
    try:
        migrate(conn, db_path=path, migrations=[m for m in bundled_migrations() if m.version <= 14])
        one, other = "0000019b2f3c4d5e-dev-a", "0000019b2f3c4e00-dev-b"
        tasks = [Task(participant_id=Participant(first_name="A", last_name="B", team_id="n").id, title=t)
                 for t in ("one stamp", "edited", "from before a column", "stamped with its id")]  # fmt: skip
        fields = FIELD_LISTS["task"][0]
        before = [
            dict.fromkeys(fields, one),
            {**dict.fromkeys(fields, one), "title": other, "updated_at": other},
            dict.fromkeys(fields[1:], one),
            dict.fromkeys(("id", *fields), one),
        ]
        table = table_for(Task)
        for task, clocks in zip(tasks, before, strict=True):
            row = {**table.to_row(task), "field_clocks": dumps(clocks)}
            conn.execute(
                f"INSERT INTO task ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", [*row.values()]
            )
        conn.commit()

        migrate(conn, db_path=path)

        stored = dict(conn.execute("SELECT id, field_clocks FROM task").fetchall())
        for task, clocks in zip(tasks, before, strict=True):
            assert field_clocks.decode("task", stored[task.id]) == clocks
            assert stored[task.id] == field_clocks.encode("task", clocks)  # as this version writes them
        assert json.loads(stored[tasks[0].id]) == [1, one]
        assert json.loads(stored[tasks[1].id]) == [1, one, {"title": other, "updated_at": other}]
        assert json.loads(stored[tasks[2].id]) == dict.fromkeys(fields[1:], one)
    finally:
        conn.close()
