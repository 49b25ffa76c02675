"""What the program decides for everyone, owned by the office server and read-only on laptops: the
program settings (DESIGN.md §2, `program_settings`) and the staff roster (`staff`).

A laptop that has not yet synced them works with `DEFAULT_PROGRAM`: the LEAD Support Bureau's published
standards (caseloads of 12-15, never over 25; a 30-day intake deadline) and empty program lists.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Self

from pydantic import ConfigDict, Field, StringConstraints, model_validator

from leaddesk.domain.base import LIST_MAX, DomainModel, MediumText, Name, RequiredShortText, ShortText
from leaddesk.domain.conference import ConferenceWithoutConsent
from leaddesk.domain.enums import RaceEthnicity

CATALOGUE_MAX = 500  # entries in one program list (offence categories, precincts, agencies, services)
HmisId = Annotated[str, StringConstraints(strip_whitespace=True, max_length=32)]  # HMIS CSV: S32
CocCode = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^([A-Z]{2}-\d{3})?$")]
Geocode = Annotated[str, StringConstraints(strip_whitespace=True, pattern=r"^(\d{6})?$")]  # HUD 2.03.2


class CatalogueEntry(DomainModel):
    """One entry of a program list: a stable code (what records store) and what the screens show."""

    code: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=64)]
    label: RequiredShortText
    retired: bool = False  # kept so old records still read; no longer offered for new ones


class UnitCosts(DomainModel):
    """What the program's evaluators price a system contact at, in the program's currency."""

    jail_day: Decimal = Field(default=Decimal(0), ge=0, max_digits=12, decimal_places=2)
    booking: Decimal = Field(default=Decimal(0), ge=0, max_digits=12, decimal_places=2)
    emergency_department_visit: Decimal = Field(default=Decimal(0), ge=0, max_digits=12, decimal_places=2)


class HmisIdentifiers(DomainModel):
    """The program's identifiers in its Continuum of Care's HMIS (HMIS CSV FY2026: Organization.csv
    OrganizationID, Project.csv ProjectID, ProjectCoC.csv CoCCode)."""

    organization_id: HmisId = ""
    organization_name: ShortText = ""
    project_id: HmisId = ""
    project_name: ShortText = ""
    coc_code: CocCode = ""


class HmisWithoutConsent(StrEnum):
    """What an HMIS export does with a participant no consent lets the program report to the HMIS."""

    LEAVE_OUT = "leave_out"  # nothing of theirs goes
    DEIDENTIFY = "deidentify"  # their episodes and services go, with no name, date of birth or free text


class HmisExportSettings(DomainModel):
    """How the server's HMIS CSV export (`leaddesk-server export hmis`, docs/hmis.md) reports to the
    Continuum of Care. Its own group beside `hmis`, not inside it: a laptop older than its server ignores
    a setting it does not know at the top level, but would refuse one inside a group it knows.

    `recipient_code` names the partner agency that receives the export (the CoC's HMIS lead): the
    consents that cover HMIS reporting name it, for payment and HMIS reporting. HUD's Project and
    ProjectCoC need what the program's `hmis` identifiers do not hold: the geocode of where it works and
    a project of its own for services-only episodes (HMIS 2.02.6 type 6)."""

    recipient_code: ShortText = ""
    without_consent: HmisWithoutConsent = HmisWithoutConsent.LEAVE_OUT
    geocode: Geocode = ""
    services_only_project_id: HmisId = ""
    grant_id: ShortText = ""  # Funder.csv GrantID; the project's id when empty


class OnCall(DomainModel):
    """Which team takes the officers' referrals from a precinct (issue 19): a code of the program's
    precincts and a team's id."""

    precinct: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=64)]
    team: RequiredShortText


class ProgramSettings(DomainModel):
    """The program-wide settings every laptop of the program works with. A laptop older than its server
    reads what it knows of a newer server's settings and leaves the rest (extra fields are ignored)."""

    model_config = ConfigDict(extra="ignore", validate_assignment=True)

    program_name: ShortText = "LEAD program"
    eligibility_criteria: MediumText = ""
    intake_deadline_days: int = Field(default=30, ge=1, le=365)
    caseload_standard: int = Field(default=15, ge=1, le=200)  # the top of the standard band (12-15)
    caseload_maximum: int = Field(default=25, ge=1, le=200)  # never over this without a supervisor
    offence_categories: list[CatalogueEntry] = Field(default_factory=list, max_length=CATALOGUE_MAX)
    precincts: list[CatalogueEntry] = Field(default_factory=list, max_length=CATALOGUE_MAX)
    referring_agencies: list[CatalogueEntry] = Field(default_factory=list, max_length=CATALOGUE_MAX)
    service_catalogue: list[CatalogueEntry] = Field(default_factory=list, max_length=CATALOGUE_MAX)
    # The agencies a consent may name as its recipient (issue 14): the disclosure gate matches by code.
    partner_agencies: list[CatalogueEntry] = Field(default_factory=list, max_length=CATALOGUE_MAX)
    # A case conference's participant no consent lets every attending agency hear about: discussed
    # without identifying details, or left off the agenda (issue 14).
    conference_without_consent: ConferenceWithoutConsent = ConferenceWithoutConsent.DEIDENTIFY
    unit_costs: UnitCosts = Field(default_factory=UnitCosts)
    hmis: HmisIdentifiers = Field(default_factory=HmisIdentifiers)
    hmis_export: HmisExportSettings = Field(default_factory=HmisExportSettings)
    # Where an officer's referral goes (issue 19): the team on call for its precinct, else this one.
    on_call: list[OnCall] = Field(default_factory=list, max_length=CATALOGUE_MAX)
    on_call_default_team: ShortText = ""

    def on_call_team(self, precinct: str) -> str | None:
        """The team that takes a referral from `precinct`; None when the program has named none."""
        for entry in self.on_call:
            if entry.precinct == precinct:
                return entry.team
        return self.on_call_default_team or None

    @model_validator(mode="after")
    def _one_team_per_precinct(self) -> Self:
        precincts = [entry.precinct for entry in self.on_call]
        if len(set(precincts)) != len(precincts):
            raise ValueError("on_call: each precinct has one team on call")
        return self

    @model_validator(mode="after")
    def _standard_within_maximum(self) -> Self:
        if self.caseload_standard > self.caseload_maximum:
            raise ValueError(
                f"the caseload standard ({self.caseload_standard}) is above the maximum "
                f"({self.caseload_maximum})"
            )
        return self


DEFAULT_PROGRAM = ProgramSettings()


class ArrestCount(DomainModel):
    """Arrests the program imported for a period and precinct, by race and ethnicity: the baseline its
    referrals are compared against in disparity reports."""

    period_start: date
    period_end: date
    precinct: ShortText = ""  # a precinct's code; empty for the whole jurisdiction
    race_ethnicity: RaceEthnicity
    arrests: int = Field(ge=0, le=10_000_000)

    @model_validator(mode="after")
    def _period_in_order(self) -> Self:
        if self.period_end < self.period_start:
            raise ValueError("the period ends before it starts")
        return self


class StaffMember(DomainModel):
    """A user of the program as laptops see them: whom a participant can be assigned to."""

    username: Name
    display_name: RequiredShortText
    role: Name  # the server's role name (case_manager, supervisor, program_manager, admin, ...)
    teams: list[Name] = Field(default_factory=list, max_length=LIST_MAX)
    caseload_capacity: int | None = Field(default=None, ge=0, le=200)  # None: the program's standard
    active: bool = True  # a disabled user stays on the roster so old records still name them
