"""Between domain models and table rows: which columns an entity has and how values are stored."""

from __future__ import annotations

import json
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any, Generic, TypeVar

from pydantic import BaseModel

from leaddesk.domain import MODEL_BY_ENTITY, SyncedRecord
from leaddesk.domain.merge import stored_json

R = TypeVar("R", bound=SyncedRecord)

# Synced columns every entity has that the device, not a person, keeps.
META_FIELDS = frozenset({"id", "participant_id", "created_at", "created_by", "updated_at", "deleted"})


def _is_json(annotation: Any) -> bool:
    """Lists, dicts, nested models and free values (Any) are stored as JSON text."""
    if annotation is Any:
        return True
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _is_json(typing.get_args(annotation)[0])
    if origin in (list, dict, tuple, set):
        return True
    if origin in (typing.Union, types.UnionType):
        return any(_is_json(a) for a in typing.get_args(annotation) if a is not type(None))
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


dumps = stored_json  # every JSON column's text (domain/merge.py)


@dataclass(frozen=True)
class Table(Generic[R]):
    """One synced entity's table; its column names come from the model, never from input."""

    model: type[R]
    name: str
    columns: tuple[str, ...]
    json_columns: frozenset[str]

    def to_row(self, record: R) -> dict[str, Any]:
        """Column values as stored: JSON mode (ISO times, enum values), lists as JSON text."""
        data = record.model_dump(mode="json")
        return {c: dumps(data[c]) if c in self.json_columns else data[c] for c in self.columns}

    def wire_values(self, record: R, fields: typing.Iterable[str]) -> dict[str, Any]:
        """Field values as they travel in the outbox and on the wire."""
        data = record.model_dump(mode="json", include=set(fields))
        return {f: data[f] for f in fields}

    def from_row(self, row: Mapping[str, Any]) -> R:
        data = {c: row[c] for c in self.columns}
        for column in self.json_columns:
            data[column] = json.loads(data[column])
        return self.model.model_validate(data)

    @property
    def owner_column(self) -> str:
        """The column naming the participant a row belongs to (a participant's own row: its id)."""
        return "participant_id" if "participant_id" in self.columns else "id"

    @property
    def editable(self) -> frozenset[str]:
        return frozenset(self.columns) - self.model.immutable_fields - {"updated_at", "deleted"}


@cache
def table_for(model: type[R]) -> Table[R]:
    fields = model.model_fields
    return Table(
        model=model,
        name=model.entity,
        columns=tuple(fields),
        json_columns=frozenset(n for n, f in fields.items() if _is_json(f.annotation)),
    )


def table_named(entity: str) -> Table[Any]:
    try:
        return table_for(MODEL_BY_ENTITY[entity])
    except KeyError:
        raise ValueError(f"unknown entity {entity!r}") from None
