"""Rows back into records for bulk reads, without validating them again: the counterpart of
row_encoding.py for reads that touch tens of thousands of rows (a program report).

Every row in the store was validated when it was written here or taken from a pull; the conversions
from stored values to field values, and the building of the record without its rules, are
domain/trusted.py's (the server's reports read its own database the same way). A column holding JSON
is parsed first. The result equals what `Table.from_row` gives (tests/storage/test_report_rows.py
compares them for every entity).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from pydantic_core import from_json

from leaddesk.domain import SyncedRecord
from leaddesk.domain.trusted import Convert, row_builder, value_converter
from leaddesk.storage.codec import Table

R = TypeVar("R", bound=SyncedRecord)


def column_decoder(model: type[SyncedRecord], name: str, *, is_json: bool) -> Convert | None:
    """How one stored column becomes the field's value (None: as it is). Texts and numbers are taken
    as they are: this store wrote only validated records."""
    convert = value_converter(model, name, checked=False)
    if not is_json:
        return convert
    if convert is None:
        return from_json  # pydantic-core's parser: a third of json.loads's time
    return lambda value: convert(from_json(value))


def row_decoder(table: Table[R]) -> Callable[[Sequence[Any]], R]:
    """A row (its columns in `table.columns` order; anything after them is ignored) as its record,
    built without re-validating it."""
    converters = [column_decoder(table.model, c, is_json=c in table.json_columns) for c in table.columns]
    return row_builder(table.model, table.columns, converters)
