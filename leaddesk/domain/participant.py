"""A LEAD participant: who they are, where they are found, and where they are in the program."""

from __future__ import annotations

from datetime import date
from typing import ClassVar, Self

from pydantic import Field, field_validator, model_validator

from leaddesk.domain.base import (
    LIST_MAX,
    MediumText,
    Name,
    PastDate,
    ShortText,
    SyncedRecord,
)
from leaddesk.domain.enums import ParticipantStatus, RaceEthnicity, Sex

EARLIEST_BIRTH = date(1900, 1, 1)


class Participant(SyncedRecord):
    entity: ClassVar[str] = "participant"
    immutable_fields: ClassVar[frozenset[str]] = frozenset({"id", "created_at", "created_by"})

    first_name: Name
    last_name: Name
    preferred_name: ShortText = ""
    aliases: list[ShortText] = Field(default_factory=list, max_length=LIST_MAX)
    date_of_birth: PastDate | None = None
    sex: Sex | None = None
    gender: ShortText = ""
    race_ethnicity: list[RaceEthnicity] = Field(default_factory=list, max_length=len(RaceEthnicity))
    phone: ShortText = ""
    usual_locations: MediumText = ""
    team_id: Name
    case_manager: ShortText = ""
    status: ParticipantStatus = ParticipantStatus.REFERRED
    engaged_on: date | None = None
    exited_on: date | None = None
    exit_reason: ShortText = ""

    @field_validator("aliases")
    @classmethod
    def _drop_blank_aliases(cls, aliases: list[str]) -> list[str]:
        seen: dict[str, None] = {}
        for alias in aliases:
            if alias:
                seen.setdefault(alias, None)
        return list(seen)

    @field_validator("race_ethnicity")
    @classmethod
    def _unique_races(cls, values: list[RaceEthnicity]) -> list[RaceEthnicity]:
        return list(dict.fromkeys(values))

    @field_validator("date_of_birth")
    @classmethod
    def _plausible_birth(cls, value: date | None) -> date | None:
        if value is not None and value < EARLIEST_BIRTH:
            raise ValueError(f"cannot be before {EARLIEST_BIRTH.isoformat()}")
        return value

    @model_validator(mode="after")
    def _exit_is_consistent(self) -> Self:
        if self.status is ParticipantStatus.EXITED and self.exited_on is None:
            raise ValueError("exited_on: an exited participant needs an exit date")
        if self.exited_on and self.engaged_on and self.exited_on < self.engaged_on:
            raise ValueError("exited_on: the exit date cannot be before the engagement date")
        return self

    @property
    def display_name(self) -> str:
        first = self.preferred_name or self.first_name
        return f"{first} {self.last_name}"
