"""Rows back into records for bulk reads, without validating them again: the counterpart of
row_encoding.py for reads that touch tens of thousands of rows (a program report).

Every row in the store was validated when it was written here or taken from a pull, so reading it back
through pydantic's validation (about 25 µs a row, most of it the value rule walking every text) checks
what was already checked. Here the types whose stored form is known exactly (texts, numbers, times,
days, codes, money, lists of texts or codes) are converted directly and the record is built as
`model_construct` builds it; any other column (nested models) still goes through pydantic, column by
column. The result equals what `Table.from_row` gives (tests/storage/test_report_rows.py compares them
for every entity); what is skipped are the rules, not the conversions.
"""

from __future__ import annotations

import json
import types
import typing
from collections.abc import Callable, Sequence
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, TypeVar

from pydantic import TypeAdapter

from leaddesk.domain import SyncedRecord
from leaddesk.domain.ids import to_utc
from leaddesk.storage.codec import Table

R = TypeVar("R", bound=SyncedRecord)
Convert = Callable[[Any], Any]


def _utc(text: str) -> datetime:
    # Stored as "…Z" (ids.iso), which fromisoformat reads as UTC itself since Python 3.11.
    moment = datetime.fromisoformat(text)
    return moment if text.endswith("Z") else to_utc(moment)


def _unwrap(annotation: Any) -> tuple[Any, bool]:
    """The type inside `X | None` (and whether None is allowed), and inside Annotated[...]."""
    optional = False
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        optional = len(args) < len(typing.get_args(annotation))
        if len(args) != 1:
            return annotation, optional
        annotation = args[0]
    if typing.get_origin(annotation) is typing.Annotated:
        annotation = typing.get_args(annotation)[0]
    return annotation, optional


def column_decoder(model: type[SyncedRecord], name: str, *, is_json: bool) -> Convert:
    """How one stored column becomes the field's value."""
    declared: Any = model.model_fields[name].annotation
    annotation, optional = _unwrap(declared)
    if is_json:
        return _json_decoder(declared, annotation)
    convert: Convert
    if annotation in (str, int, float):
        return _same
    if annotation is bool:
        convert = bool
    elif annotation is datetime:
        convert = _utc
    elif isinstance(annotation, type) and issubclass(annotation, Enum):
        convert = _enum_member(annotation)
    elif annotation is date:
        convert = date.fromisoformat
    elif annotation is Decimal:
        convert = Decimal
    else:  # anything else is left to pydantic, so an unusual column is still read right
        adapter: TypeAdapter[Any] = TypeAdapter(declared)
        return adapter.validate_python
    if optional:
        return lambda value: None if value is None else convert(value)
    return convert


def _json_decoder(declared: Any, annotation: Any) -> Convert:
    """A JSON column: a list of texts or of codes is taken as it parses; anything else (nested
    models) goes through pydantic."""
    if typing.get_origin(annotation) is list:
        (item,) = typing.get_args(annotation)
        item, _ = _unwrap(item)
        if item is str:
            return json.loads
        if isinstance(item, type) and issubclass(item, Enum):
            member = _enum_member(item)
            return lambda value: [member(v) for v in json.loads(value)]
    adapter: TypeAdapter[Any] = TypeAdapter(declared)
    return lambda value: adapter.validate_python(json.loads(value))


def _enum_member(enum: type[Enum]) -> Convert:
    """The member for a stored value, by a dict: calling the enum costs 50 times more."""
    return {member.value: member for member in enum}.__getitem__


def _same(value: Any) -> Any:
    return value


def row_decoder(table: Table[R]) -> Callable[[Sequence[Any]], R]:
    """A row (its columns in `table.columns` order; anything after them is ignored) as its record,
    built without re-validating it."""
    plan = [
        (c, column_decoder(table.model, c, is_json=c in table.json_columns)) for c in table.columns
    ]
    build = _builder(table.model, frozenset(table.columns))

    def decode(row: Sequence[Any]) -> R:
        return build({c: convert(v) for (c, convert), v in zip(plan, row, strict=False)})

    return decode


def _builder(model: type[R], columns: frozenset[str]) -> Callable[[dict[str, Any]], R]:
    """A record from its complete field values. What `model_construct` does for a model with every
    field given, no extras, no private attributes and no post-init (the synced records), at a fifth
    of its cost, which at 16 µs a row was most of a bulk read; any other model goes through it."""
    plain = (
        set(model.model_fields) == columns
        and not model.__private_attributes__
        and not model.__pydantic_post_init__
        and model.model_config.get("extra") != "allow"
    )
    if not plain:
        return lambda values: model.model_construct(**values)  # type: ignore[return-value]
    new, set_attribute = model.__new__, object.__setattr__

    def build(values: dict[str, Any]) -> R:
        record = new(model)
        set_attribute(record, "__dict__", values)
        set_attribute(record, "__pydantic_fields_set__", set(columns))
        set_attribute(record, "__pydantic_extra__", None)
        set_attribute(record, "__pydantic_private__", None)
        return record

    return build
