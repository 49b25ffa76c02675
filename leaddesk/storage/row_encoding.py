"""How a record's fields become the values of its row, fast: the types whose stored form is known exactly
are encoded directly, and only the rest go through pydantic's JSON dump. Shared by local writes
(repositories/records.py) and pages from the server (pulled.py, pulled_row_encoder)."""

from __future__ import annotations

import json
import re
import types
import typing
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any, TypeVar

from pydantic import PlainSerializer

from leaddesk.domain import SyncedRecord
from leaddesk.domain.ids import iso
from leaddesk.storage.codec import Table, dumps

R = TypeVar("R", bound=SyncedRecord)
# Bound parameters in one statement: under SQLite's default cap of 32,766 whatever the build.
MAX_PARAMS = 30_000


def utc_text(value: datetime | None) -> str | None:
    """iso() for a value already in UTC (as UtcDateTime's validator leaves it), without re-converting."""
    if value is None:
        return None
    if value.tzinfo is UTC:
        return value.isoformat(timespec="microseconds")[:-6] + "Z"
    return iso(value)


def _enum_value(value: Any) -> Any:
    return value.value if isinstance(value, Enum) else value


def _date_text(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _unwrapped(annotation: Any, metadata: list[Any]) -> tuple[Any, list[Any]] | None:
    """The type under Optional and Annotated, with every constraint and serializer found on the way;
    None for a union of several types."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) != 1:
            return None
        annotation = args[0]
    if typing.get_origin(annotation) is typing.Annotated:
        annotation, *extra = typing.get_args(annotation)
        metadata = [*metadata, *extra]
    return annotation, metadata


def _has_serializer(metadata: list[Any]) -> bool:
    return any(type(m).__name__.endswith("Serializer") for m in metadata)


def _value_encoder(annotation: Any, metadata: list[Any]) -> Callable[[Any], Any] | None:
    """For a type already unwrapped (_unwrapped)."""
    serializers = [m for m in metadata if isinstance(m, PlainSerializer)]
    if serializers or _has_serializer(metadata):
        utc = annotation is datetime and all(m.func is iso for m in serializers) and len(serializers) == 1
        return utc_text if utc else None
    if not isinstance(annotation, type) or annotation is datetime:
        return None
    if issubclass(annotation, Enum):
        return _enum_value
    if issubclass(annotation, date):
        return _date_text
    if annotation in (str, int, float, bool):
        return _same
    return None


def column_encoder(model: type[SyncedRecord], name: str) -> Callable[[Any], Any] | None:
    """How one column's value is stored, for the types whose JSON form is known exactly; None means
    "ask pydantic" (JSON columns, custom serializers, anything else)."""
    if name in model.__pydantic_decorators__.field_serializers:
        return None
    field = model.model_fields[name]
    found = _unwrapped(field.annotation, list(field.metadata))
    return None if found is None else _value_encoder(*found)


def json_column_encoder(model: type[SyncedRecord], name: str) -> Callable[[Any], str] | None:
    """The stored text of a JSON column that holds a list of plain values (texts, numbers, enums, dates:
    a note's staff present, a consent's purposes) as pydantic's JSON dump would give it; None means
    "ask pydantic" (lists of models, free values, anything else). Asking pydantic for one column was
    half of encoding a contact's row."""
    if name in model.__pydantic_decorators__.field_serializers:
        return None
    field = model.model_fields[name]
    found = _unwrapped(field.annotation, list(field.metadata))
    if found is None or typing.get_origin(found[0]) is not list or _has_serializer(found[1]):
        return None
    (item,) = typing.get_args(found[0])
    inner = _unwrapped(item, [])
    # Times in lists are rare; floats in lists would need pydantic's rule for inf and nan.
    each = None if inner is None or inner[0] is float else _value_encoder(*inner)
    if inner is None or each is None or each is utc_text:
        return None
    if each is _same:
        return _text_list if inner[0] is str else dumps
    return lambda value: dumps(None if value is None else [each(v) for v in value])


_quote = json.encoder.encode_basestring  # how stored_json writes a text (every character as itself)


def _text_list(value: Any) -> str:
    """dumps() of a list of texts, three times as fast (a contact's staff present)."""
    if value.__class__ is not list:
        return dumps(value)
    return "[" + ",".join([_quote(v) for v in value]) + "]"


def column_encoders(table: Table[Any]) -> dict[str, Callable[[Any], Any] | None]:
    """Each column's encoder, from a field's value to what its row stores (a JSON column's text); None
    for the columns only pydantic's JSON dump can encode."""
    return {
        c: json_column_encoder(table.model, c) if c in table.json_columns else column_encoder(table.model, c)
        for c in table.columns
    }


def _same(value: Any) -> Any:
    return value


def row_encoder(table: Table[R]) -> Callable[[R], list[Any]]:
    """A record's column values exactly as Table.to_row stores them, several times faster: pydantic's
    JSON dump (and iso() through it) is only used for the columns that need it."""
    encoders = column_encoders(table)
    slow = {c for c, f in encoders.items() if f is None}
    plan = [(c, encoders[c], c in table.json_columns) for c in table.columns]

    def encode(record: R) -> list[Any]:
        dumped = record.model_dump(mode="json", include=slow) if slow else {}
        values = record.__dict__
        return [
            (dumps(dumped[c]) if is_json else dumped[c]) if f is None else f(values[c])
            for c, f, is_json in plan
        ]

    return encode


# A time as Table.to_row stores it (ids.iso): what a record's times look like on the wire, mostly.
_UTC_TEXT = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z")


def pulled_row_encoder(table: Table[Any]) -> Callable[[Any, Mapping[str, Any]], list[Any]]:
    """row_encoder (repositories/records.py) for a pulled record, given the wire fields it was validated
    from: a time already in the stored form is taken as it came rather than formatted again (it would
    come out the same, as no model rule changes a time; formatting was a tenth of writing a page)."""
    encoders = column_encoders(table)
    slow = {c for c, f in encoders.items() if f is None}
    steps = [(c, f, c in table.json_columns, f is utc_text) for c, f in encoders.items()]
    canonical = _UTC_TEXT.fullmatch

    def encode(record: Any, wire: Mapping[str, Any]) -> list[Any]:
        dumped = record.model_dump(mode="json", include=slow) if slow else {}
        values = record.__dict__
        return [
            (dumps(dumped[c]) if is_json else dumped[c])
            if f is None
            else w
            if time and (w := wire.get(c)).__class__ is str and canonical(w)
            else f(values[c])
            for c, f, is_json, time in steps
        ]

    return encode
