"""What every synced record carries, and the bounded text and time types the models share."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any, ClassVar, Self

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    PlainSerializer,
    StringConstraints,
    ValidationInfo,
    model_validator,
)

from leaddesk.domain.ids import UUID_PATTERN, iso, new_id, to_utc, utcnow
from leaddesk.domain.values import first_problem

# Generous but bounded: a field worker can say what happened; nobody can paste a book into a field.
NAME_MAX = 100
SHORT_MAX = 200
MEDIUM_MAX = 2_000
LONG_MAX = 20_000
LIST_MAX = 50

RecordId = Annotated[str, StringConstraints(pattern=UUID_PATTERN)]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=NAME_MAX)]
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=SHORT_MAX)]
RequiredShortText = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=SHORT_MAX)
]
MediumText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=MEDIUM_MAX)]
RequiredMediumText = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MEDIUM_MAX)
]
LongText = Annotated[str, StringConstraints(max_length=LONG_MAX)]
# One fixed-width text form (microseconds, "Z") on disk and on the wire, so times compare and sort as text.
UtcDateTime = Annotated[
    datetime, AfterValidator(to_utc), PlainSerializer(iso, return_type=str, when_used="json")
]


def not_in_future(value: date | None) -> date | None:
    if value is not None and value > utcnow().date():
        raise ValueError("cannot be in the future")
    return value


PastDate = Annotated[date, AfterValidator(not_in_future)]


def _to_cents(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.01"))


# An amount of money, never negative, kept to the cent in one written form ("12.50", never "12.5"), so the
# same amount is the same value on every laptop and the server, and a merge never sees a false change.
Money = Annotated[
    Decimal, Field(ge=0, max_digits=12, decimal_places=2, allow_inf_nan=False), AfterValidator(_to_cents)
]


# Validation context for values already held to the rule for synced values on their way in (a pulled
# page's records: the wire model checks every field, domain/values.py, and skips a record that breaks
# it), so the rule is not walked a second time: it was a fifth of applying a page. Every other rule runs.
VALUES_CHECKED: dict[str, Any] = {"values_checked": True}


class DomainModel(BaseModel):
    """Strict models: unknown fields are refused, assignments are validated, whitespace is trimmed, and
    every value keeps the rule for synced values (domain/values.py) before its field's own type looks
    at it, so a record the laptop saves, pulls or pushes, or the server merges, holds nothing that
    another side could not store or read back."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True, use_enum_values=False)

    @model_validator(mode="before")
    @classmethod
    def _keep_the_value_rule(cls, data: Any, info: ValidationInfo) -> Any:
        if info.context is VALUES_CHECKED:
            return data
        if isinstance(data, dict) and (problem := first_problem(data, json_only=False)) is not None:
            raise ValueError(problem)
        return data

    def with_changes(self, **changes: Any) -> Self:
        """A validated copy with `changes` applied (model_copy(update=...) would skip validation)."""
        return self.model_validate({**self.model_dump(), **changes})


class SyncedRecord(DomainModel):
    """Every synced row: made on a device with a UUIDv7, stamped, and deleted only as a tombstone."""

    # The entity's name in storage and on the wire; each subclass sets its own.
    entity: ClassVar[str] = ""
    # Fields a repository never lets an update touch.
    immutable_fields: ClassVar[frozenset[str]] = frozenset(
        {"id", "participant_id", "created_at", "created_by"}
    )
    # A signature, for records that take one: the field that is set when signing, then who signed. Once
    # it is set, `signed_fields` and the signature itself change no more, on any device (domain/merge.py).
    signature: ClassVar[tuple[str, ...]] = ()
    signed_fields: ClassVar[frozenset[str]] = frozenset()
    # Fields that can hold substance use disorder information (42 CFR Part 2; DESIGN.md "sensitive-SUD"):
    # what a disclosure must hold back unless a consent covers it. A case note marks itself instead
    # (its `sensitive_sud` flag), as only its writer knows what its text says.
    sud_fields: ClassVar[frozenset[str]] = frozenset()

    id: RecordId = Field(default_factory=new_id)
    created_at: UtcDateTime = Field(default_factory=utcnow)
    created_by: ShortText = ""
    updated_at: UtcDateTime = Field(default_factory=utcnow)
    deleted: bool = False


class ParticipantRecord(SyncedRecord):
    """A record that belongs to one participant (everything but the participant itself)."""

    participant_id: RecordId
