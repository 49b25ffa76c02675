"""Records rebuilt from values this program validated before, without validating them again: what a
bulk read for a report uses (the laptop's store, storage/row_decoding.py; the server's database,
server/report_data.py). Every stored record was validated when it was written, and running pydantic's
validation again (25 to 85 µs a record, most of it the value rule walking every text) checks what was
already checked, hundreds of thousands of times in a program report.

The types whose stored form is known exactly (texts, numbers, times, days, codes, money, lists of texts
or codes) are converted directly and the record is built as `model_construct` builds it; any other
field (nested models) still goes through pydantic, field by field. What is skipped are the rules, not
the conversions: the result equals the validated record (tests/storage/test_report_rows.py and
tests/server/test_report_data.py compare them for every entity).

Only a value in the exact form this program writes takes the quick way: a text without the spaces
validation would trim, a number of its own type, a day of ten characters, a time with its zone. The
server keeps what a device pushed as it was sent, and another client may send "5" for 5 or a padded
code, which validation accepts and changes; such a value raises TypeError or ValueError here (as does
one that cannot be converted at all), and the reader validates that record the long way.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Callable, Sequence
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, TypeVar

from pydantic import TypeAdapter

from leaddesk.domain.base import SyncedRecord
from leaddesk.domain.ids import to_utc

R = TypeVar("R", bound=SyncedRecord)
Convert = Callable[[Any], Any]


class NotAsWritten(TypeError):
    """A stored value not in the form this program writes it: validate the record instead."""


_last_time: tuple[str, datetime] = ("", datetime.min)


def _utc(text: str) -> datetime:
    # A record's times are often one time thrice (made, changed, happened): the last one read is kept.
    global _last_time
    last_text, last = _last_time
    if text == last_text:
        return last
    # Stored as "…Z" (ids.iso), which fromisoformat reads as UTC itself since Python 3.11.
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise NotAsWritten("a time without its zone")
    if not text.endswith("Z"):
        moment = to_utc(moment)
    _last_time = (text, moment)
    return moment


def _day(text: str) -> date:
    if len(text) != 10:  # fromisoformat also reads "20250131"
        raise NotAsWritten("a day not in YYYY-MM-DD")
    return date.fromisoformat(text)


def _decimal(value: Any) -> Decimal:
    # Money is stored as text ("12.50"); pydantic reads a number by its text too.
    if type(value) not in (str, int, float):
        raise NotAsWritten("money neither text nor a number")
    return Decimal(value if isinstance(value, str) else str(value))


def _text(value: Any) -> str:
    if type(value) is not str or value != value.strip():
        raise NotAsWritten("not a text as validation leaves it")
    return value


def _integer(value: Any) -> int:
    if type(value) is not int:
        raise NotAsWritten("not an integer")
    return value


def _number(value: Any) -> float:
    if type(value) is not float and type(value) is not int:
        raise NotAsWritten("not a number")
    return float(value)


def _truth(value: Any) -> bool:
    if type(value) is not bool and type(value) is not int:  # the store keeps a flag as 0 or 1
        raise NotAsWritten("not a flag")
    return bool(value)


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


def value_converter(model: type[SyncedRecord], name: str, *, checked: bool = True) -> Convert | None:
    """How field `name`'s stored value (a column's value, or the value JSON parsing gives) becomes the
    field's value; None where it is the value as it is (a text or a number, when not `checked`: read
    back from a store that wrote only validated records)."""
    declared: Any = model.model_fields[name].annotation
    annotation, optional = _unwrap(declared)
    convert: Convert
    if not checked and annotation in (str, int, float):
        return None
    if annotation is str:
        convert = _text
    elif annotation is int:
        convert = _integer
    elif annotation is float:
        convert = _number
    elif annotation is bool:
        convert = _truth
    elif annotation is datetime:
        convert = _utc
    elif isinstance(annotation, type) and issubclass(annotation, Enum):
        convert = _enum_member(annotation)
    elif annotation is date:
        convert = _day
    elif annotation is Decimal:
        convert = _decimal
    elif (listed := _list_converter(annotation)) is not None:
        convert = listed
    else:  # anything else is left to pydantic, so an unusual field is still read right
        adapter: TypeAdapter[Any] = TypeAdapter(declared)
        return adapter.validate_python
    if optional:
        return lambda value: None if value is None else convert(value)
    return convert


def _list_converter(annotation: Any) -> Convert | None:
    """A list of texts or of codes item by item; any other list is pydantic's."""
    if typing.get_origin(annotation) is not list:
        return None
    (item,) = typing.get_args(annotation)
    item, optional = _unwrap(item)
    if optional:
        return None
    if item is str:
        return lambda values: [_text(v) for v in _listed(values)]
    if isinstance(item, type) and issubclass(item, Enum):
        member = _enum_member(item)
        return lambda values: [member(v) for v in _listed(values)]
    return None


def _listed(values: Any) -> list[Any]:
    if type(values) is not list:  # a text would be taken letter by letter
        raise NotAsWritten("not a list")
    return values


def _enum_member(enum: type[Enum]) -> Convert:
    """The member for a stored value, by a dict: calling the enum costs 50 times more."""
    return {member.value: member for member in enum}.__getitem__


def builder(model: type[R], names: frozenset[str]) -> Callable[[dict[str, Any]], R]:
    """A record from its complete field values (`names`). What `model_construct` does for a model with
    every field given, no extras, no private attributes and no post-init (the synced records), at a
    fifth of its cost, which at 16 µs a record was most of a bulk read; any other model goes through
    it."""
    plain = (
        set(model.model_fields) == names
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
        set_attribute(record, "__pydantic_fields_set__", set(names))
        set_attribute(record, "__pydantic_extra__", None)
        set_attribute(record, "__pydantic_private__", None)
        return record

    return build


def record_builder(model: type[R]) -> Callable[[dict[str, Any]], R]:
    """A record from a dict holding exactly its fields' stored values (as JSON parsing gives them); a
    dict with a field missing or one too many raises KeyError (the reader validates such a record the
    long way: written before a field was added, it takes the field's default)."""
    names = list(model.model_fields)
    converters = [value_converter(model, name) for name in names]
    head = [
        "def rebuilt(values):",
        f"    if len(values) != {len(names)}:",
        "        raise KeyError('not the record\\'s fields')",
    ]
    return _written_out(model, head, [f"values[{name!r}]" for name in names], converters)


def row_builder(
    model: type[R], columns: Sequence[str], converters: Sequence[Convert | None]
) -> Callable[[Sequence[Any]], R]:
    """A record from a row holding its fields' stored values in `columns` order (anything after them
    is ignored), each through its converter (None: as it is)."""
    return _written_out(
        model, ["def rebuilt(row):"], [f"row[{i}]" for i in range(len(columns))], converters, names=columns
    )


def _written_out(
    model: type[R],
    head: list[str],
    sources: list[str],
    converters: Sequence[Convert | None],
    *,
    names: Sequence[str] | None = None,
) -> Callable[[Any], R]:
    """The function that builds a record, written out for the model field by field: each text checked
    in place (a text validation would have trimmed is not taken), each other value through its
    converter, the record built from a dict display. A call per field was half the time of a contact."""
    names = list(names if names is not None else model.model_fields)
    scope: dict[str, Any] = {"build": builder(model, frozenset(names)), "NotAsWritten": NotAsWritten}
    lines, items = list(head), []
    for i, (name, source, convert) in enumerate(zip(names, sources, converters, strict=True)):
        if not name.isidentifier():
            raise ValueError(f"{name!r} is not a field name")
        if convert is _text:
            lines += [
                f"    v{i} = {source}",
                f"    if type(v{i}) is not str or v{i} != v{i}.strip():",
                "        raise NotAsWritten('not a text as validation leaves it')",
            ]
            items.append(f"{name!r}: v{i}")
        elif convert is None:
            items.append(f"{name!r}: {source}")
        else:
            scope[f"convert_{i}"] = convert
            items.append(f"{name!r}: convert_{i}({source})")
    lines.append("    return build({" + ", ".join(items) + "})")
    exec("\n".join(lines) + "\n", scope)  # noqa: S102 - our own text, from the model's field names
    return scope["rebuilt"]  # type: ignore[no-any-return]
