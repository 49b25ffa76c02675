"""The server's reports rebuild stored records without validating them again (domain/trusted.py via
report_data.stored_record). The property: whatever text a record is stored as, the report reads the
record validation would give, or refuses it with RecordUnreadable — never a record validation would
not give. Checked on every entity of a synthetic caseload as pushes store it (the wire fields as
sent, without the id), and on values another client could push that validation accepts but changes."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from leaddesk.demo.synthetic import generate
from leaddesk.domain import MODEL_BY_ENTITY, Contact, Participant, Service, SyncedRecord
from leaddesk.server.report_data import RecordUnreadable, stored_record

TODAY = date(2026, 3, 16)


def _stored_text(record: SyncedRecord) -> str:
    """A record's fields as the server keeps them (server/records.dumps of the pushed values)."""
    fields = record.model_dump(mode="json", exclude={"id"})
    return json.dumps(fields, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


@pytest.fixture(scope="module")
def caseload() -> list[SyncedRecord]:
    made: list[SyncedRecord] = []
    for bundle in generate(seed=11, participants=12, notes_per_participant=2, today=TODAY):
        made.extend(bundle.records())
    return made


def test_every_entity_of_the_caseload_is_there_to_compare(caseload: list[SyncedRecord]) -> None:
    held = {type(r).entity for r in caseload}
    assert {"participant", "contact", "service", "outcome_snapshot", "enrollment", "need"} <= held


@pytest.mark.parametrize("entity", sorted(MODEL_BY_ENTITY))
def test_a_stored_record_reads_back_as_the_validated_record(
    caseload: list[SyncedRecord], entity: str
) -> None:
    model = MODEL_BY_ENTITY[entity]
    for record in (r for r in caseload if type(r) is model):
        text = _stored_text(record)
        got = stored_record(model, record.id, text)
        assert got == model.model_validate_json(f'{{"id":"{record.id}",{text[1:]}')
        assert got.model_dump() == record.model_dump()


def _changed(record: SyncedRecord, **values: Any) -> str:
    fields = json.loads(_stored_text(record))
    fields.update(values)
    return json.dumps(fields)


@pytest.mark.parametrize(
    "values",
    [
        {"first_name": "  Padded  "},  # validation trims it
        {"aliases": ["  Sunny "]},
        {"date_of_birth": "19800131"},  # fromisoformat reads this, validation does not
        {"created_at": "2025-01-31T10:00:00+02:00"},  # a time in another zone
        {"updated_at": "2025-01-31T10:00:00"},  # a time without one
        {"deleted": 0},
        {"first_name": 7},
    ],
)
def test_a_value_not_in_the_written_form_reads_as_validation_reads_it_or_not_at_all(
    caseload: list[SyncedRecord], values: dict[str, Any]
) -> None:
    person = next(r for r in caseload if isinstance(r, Participant))
    text = _changed(person, **values)
    try:
        want: Participant | None = Participant.model_validate_json(f'{{"id":"{person.id}",{text[1:]}')
    except ValueError:
        want = None
    if want is None:
        with pytest.raises(RecordUnreadable, match=f"The participant record {person.id} cannot be read"):
            stored_record(Participant, person.id, text)
    else:
        assert stored_record(Participant, person.id, text) == want


def test_numbers_pushed_as_text_and_money_as_a_number_read_as_validation_reads_them(
    caseload: list[SyncedRecord],
) -> None:
    service = next(r for r in caseload if isinstance(r, Service) and r.amount is not None)
    text = _changed(service, amount=float(service.amount or 0))
    assert stored_record(Service, service.id, text).amount == service.amount
    counted = next(r for r in caseload if isinstance(r, Service) and r.units is not None)
    got = stored_record(Service, counted.id, _changed(counted, units=str(counted.units)))
    assert (got.units, type(got.units)) == (counted.units, int)


def test_a_record_with_an_unknown_code_or_a_missing_required_field_stops_the_report(
    caseload: list[SyncedRecord],
) -> None:
    contact = next(r for r in caseload if isinstance(r, Contact))
    with pytest.raises(RecordUnreadable, match="cannot be read"):
        stored_record(Contact, contact.id, _changed(contact, kind="teleportation"))
    fields = json.loads(_stored_text(contact))
    del fields["occurred_at"]
    with pytest.raises(RecordUnreadable, match="first at occurred_at"):
        stored_record(Contact, contact.id, json.dumps(fields))
    with pytest.raises(RecordUnreadable):
        stored_record(Contact, contact.id, "not json")


def test_a_record_written_before_a_field_existed_takes_the_field_default(
    caseload: list[SyncedRecord],
) -> None:
    service = next(r for r in caseload if isinstance(r, Service))
    fields = json.loads(_stored_text(service))
    optional = next(  # a field with a plain default (a made-up time would differ from call to call)
        name
        for name, info in Service.model_fields.items()
        if not info.is_required() and info.default_factory is None and name in fields
    )
    del fields[optional]
    got = stored_record(Service, service.id, json.dumps(fields))
    assert getattr(got, optional) == Service.model_fields[optional].default
