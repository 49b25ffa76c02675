"""A LEAD participant: who they are, where they are found, and where they are in the program."""

from __future__ import annotations

from datetime import date
from typing import Annotated, ClassVar, Self

from pydantic import Field, StringConstraints, field_validator, model_validator

from leaddesk.domain.base import (
    LIST_MAX,
    MediumText,
    Name,
    PastDate,
    ShortText,
    SyncedRecord,
)
from leaddesk.domain.enums import DobDataQuality, NoYesReason, ParticipantStatus, RaceEthnicity, Sex
from leaddesk.domain.hmis import ADDITIONAL_RACE_ETHNICITY_MAX

EARLIEST_BIRTH = date(1900, 1, 1)
RaceEthnicityDetail = Annotated[
    str, StringConstraints(strip_whitespace=True, max_length=ADDITIONAL_RACE_ETHNICITY_MAX)
]


class Participant(SyncedRecord):
    entity: ClassVar[str] = "participant"
    immutable_fields: ClassVar[frozenset[str]] = frozenset({"id", "created_at", "created_by"})

    first_name: Name
    last_name: Name
    preferred_name: ShortText = ""
    aliases: list[ShortText] = Field(default_factory=list, max_length=LIST_MAX)
    date_of_birth: PastDate | None = None
    # HMIS 3.03.2; None until someone records it (every record made before it existed).
    dob_data_quality: DobDataQuality | None = None
    sex: Sex | None = None  # HMIS FY2026 4.21
    gender: ShortText = ""  # the program's own record: HMIS FY2026 no longer collects gender
    race_ethnicity: list[RaceEthnicity] = Field(default_factory=list, max_length=len(RaceEthnicity))
    additional_race_ethnicity: RaceEthnicityDetail = ""  # HMIS 3.04.A, in the participant's words
    veteran_status: NoYesReason = NoYesReason.NOT_COLLECTED  # HMIS 3.07
    disabling_condition: NoYesReason = NoYesReason.NOT_COLLECTED  # HMIS 3.08
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
    def _birth_date_matches_its_quality(self) -> Self:
        quality = self.dob_data_quality
        if quality is None:
            return self
        if quality.has_date and self.date_of_birth is None:
            raise ValueError("dob_data_quality: a full or approximate date of birth needs the date itself")
        if not quality.has_date and self.date_of_birth is not None:
            raise ValueError(
                "dob_data_quality: with a date of birth recorded, say whether it is full or approximate"
            )
        return self

    @model_validator(mode="after")
    def _exit_is_consistent(self) -> Self:
        if self.status is ParticipantStatus.EXITED and self.exited_on is None:
            raise ValueError("exited_on: an exited participant needs an exit date")
        if self.exited_on and self.engaged_on and self.exited_on < self.engaged_on:
            raise ValueError("exited_on: the exit date cannot be before the engagement date")
        # Their episode's copy (domain/episodes.py): so a status merged from one laptop over another's
        # exit is a rule conflict for a person, as it is on the episode, never a quiet disagreement.
        if self.status is not ParticipantStatus.EXITED and self.exited_on is not None:
            raise ValueError("exited_on: only an exited participant has an exit date")
        return self

    @property
    def display_name(self) -> str:
        first = self.preferred_name or self.first_name
        return f"{first} {self.last_name}"
