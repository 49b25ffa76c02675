"""Bulk import (import_records): rows encoded without pydantic's JSON dump and inserted many to a
statement must be exactly what the one-record path stores, findable, and all or nothing."""

from __future__ import annotations

import typing
from datetime import UTC, date, datetime, timedelta, timezone
from enum import Enum
from typing import Annotated, Any

import pytest
import sqlcipher3
from pydantic import TypeAdapter, ValidationError

from leaddesk.demo.synthetic import generate
from leaddesk.domain import SYNCED_MODELS, CaseNote, Participant, SyncConflict, SyncedRecord
from leaddesk.domain.ids import new_id
from leaddesk.storage.codec import dumps, table_for
from leaddesk.storage.row_encoding import json_column_encoder, row_encoder
from leaddesk.storage.store import Store


def typed(values: list[Any]) -> list[tuple[type, Any]]:
    # A StrEnum equals its value and True equals 1: compare types too, as SQLite would store them.
    return [(type(v), v) for v in values]


def synthetic_records() -> list[SyncedRecord]:
    return [r for b in generate(seed=3, participants=40, notes_per_participant=8) for r in b.records()]


def test_the_fast_encoder_stores_exactly_what_to_row_stores() -> None:
    records = synthetic_records()
    assert {type(r) for r in records} >= set(SYNCED_MODELS) - {SyncConflict, *_not_generated()}
    for record in records:
        table = table_for(type(record))
        assert typed(row_encoder(table)(record)) == typed(list(table.to_row(record).values()))


def _not_generated() -> set[type[SyncedRecord]]:
    from leaddesk.domain import Attachment, ConferenceDiscussion, Disclosure

    return {Attachment, Disclosure, ConferenceDiscussion}


@pytest.mark.parametrize(
    "record",
    [
        CaseNote(participant_id=Participant(first_name="A", last_name="B", team_id="t").id),
        CaseNote(
            participant_id=Participant(first_name="A", last_name="B", team_id="t").id,
            data="Zoë — “quoted”",
            signed_by="casey",
            # A zone other than UTC is turned into UTC by the model; the stored text must agree.
            signed_at=datetime(2024, 3, 1, 9, 30, tzinfo=timezone(timedelta(hours=-8))),
        ),
        Participant(
            first_name="Ana",
            last_name="Ruiz",
            aliases=["Nena", "A.R."],
            team_id="north",
            date_of_birth=date(1980, 2, 29),
            engaged_on=date(2024, 1, 2),
        ),
        SyncConflict(
            participant_id=Participant(first_name="A", last_name="B", team_id="t").id,
            record_entity="note",
            record_id=Participant(first_name="A", last_name="B", team_id="t").id,
            field="data",
            kept_value={"nested": [1, 2.5, None, "x"]},
            kept_stamp="s",
            kept_by="a",
            other_value=None,
            other_stamp="t",
            other_by="b",
            detected_at=datetime.now(UTC),
        ),
    ],
)
def test_edge_values_encode_alike(record: SyncedRecord) -> None:
    table = table_for(type(record))
    assert typed(row_encoder(table)(record)) == typed(list(table.to_row(record).values()))


def _list_columns_encoded_directly() -> list[tuple[type[SyncedRecord], str]]:
    return [
        (model, column)
        for model in SYNCED_MODELS
        for column in sorted(table_for(model).json_columns)
        if json_column_encoder(model, column) is not None
    ]


def _sample_lists(item: Any) -> list[list[Any]]:
    if typing.get_origin(item) is Annotated:
        item = typing.get_args(item)[0]
    if isinstance(item, type) and issubclass(item, Enum):
        members = list(item)
        return [[], members, members[::-1][:2]]
    return [[], ['Zoë — “quoted” \\ "x"', "a\nb", " padded "], [new_id(), new_id()]]


def test_lists_encoded_without_pydantic_store_what_its_dump_stores() -> None:
    columns = _list_columns_encoded_directly()
    # The lists the app has of plain values: a contact's staff present, a consent's purposes, and so on.
    assert {(m.entity, c) for m, c in columns} >= {
        ("contact", "staff_present"),
        ("consent", "purposes"),
        ("participant", "race_ethnicity"),
        ("outcome_snapshot", "benefits"),
    }
    checked = 0
    for model, column in columns:
        field = model.model_fields[column]
        adapter: TypeAdapter[Any] = TypeAdapter(Annotated[field.annotation, *field.metadata])
        (item,) = typing.get_args(field.annotation)
        for values in _sample_lists(item):
            try:
                value = adapter.validate_python(values)
            except ValidationError:
                continue  # a sample this column's items refuse (texts in a list of ids)
            expected = dumps(adapter.dump_python(value, mode="json"))
            assert json_column_encoder(model, column)(value) == expected, (model.entity, column)
            checked += bool(value)
    assert checked >= len(columns)  # every column met a list with something in it


def test_an_import_larger_than_one_statement_stores_every_row(store: Store, participant: Participant) -> None:
    notes = [
        CaseNote(
            participant_id=participant.id, data=f"Note {i} about the shelter bed", sensitive_sud=i % 7 == 0
        )
        for i in range(2_500)  # more rows than one multi-row INSERT carries (30,000 parameters)
    ]
    assert store.repos.notes.import_records(notes) == len(notes)
    assert store.repos.notes.count(participant_id=participant.id) == len(notes)
    for original in (notes[0], notes[1_999], notes[-1]):
        assert store.repos.notes.get(original.id) == original
    hits = store.repos.search.search("shelter", limit=10_000)
    assert len(hits) == len(notes)
    # Imported rows are not local changes: nothing for the server, nothing in the audit log.
    assert store.repos.outbox.count() == 1  # the participant fixture's own create


def test_a_failed_import_leaves_nothing(store: Store, participant: Participant) -> None:
    notes = [CaseNote(participant_id=participant.id, data=f"Note {i}") for i in range(3_000)]
    with pytest.raises(sqlcipher3.IntegrityError):
        store.repos.notes.import_records([*notes, notes[10]])  # a duplicate id in the last statement
    assert store.repos.notes.count() == 0
    assert store.repos.search.search("note") == []
