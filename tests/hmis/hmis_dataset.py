"""The hand-built program of tests/reports (program_dataset.py) as an HMIS export reads it: the program's
HMIS settings, the CoC's HMIS lead as a partner agency, and consents for HMIS reporting."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from leaddesk.domain import (
    Consent,
    Contact,
    Enrollment,
    HousingStatus,
    OutcomeSnapshot,
    Service,
)
from leaddesk.domain.disclosure_codes import DisclosurePurpose, InformationCategory
from leaddesk.domain.program import CatalogueEntry, HmisExportSettings, HmisIdentifiers, ProgramSettings
from leaddesk.reports.hmis import HmisData, HmisRequest
from tests.reports.program_dataset import PERIOD, PROGRAM_TZ, ROSTER, SETTINGS, Person

HMIS_LEAD = "coc-hmis"
EVERYTHING = list(InformationCategory)
WITHOUT_SUD = [c for c in InformationCategory if c is not InformationCategory.SUD_INFORMATION]
EXPORTED_AT = datetime(2025, 7, 15, 17, 30, tzinfo=UTC)
HMIS_SETTINGS = ProgramSettings.model_validate(
    SETTINGS.model_dump()
    | {
        "partner_agencies": [CatalogueEntry(code=HMIS_LEAD, label="Harbor CoC HMIS lead").model_dump()],
        "hmis": HmisIdentifiers(
            organization_id="HCL", organization_name="Harbor County LEAD", project_id="HCL-SO",
            project_name="LEAD street outreach", coc_code="XX-500",
        ).model_dump(),
        "hmis_export": HmisExportSettings(
            recipient_code=HMIS_LEAD, geocode="999999", services_only_project_id="HCL-SSO"
        ).model_dump(),
    }
)  # fmt: skip


def consent(person: Person, categories: list[InformationCategory], **changes: Any) -> Consent:
    fields: dict[str, Any] = {
        "participant_id": person.id, "discloser": "Harbor County LEAD",
        "information": "My episodes, contacts and services with LEAD", "recipient": "Harbor CoC HMIS lead",
        "purpose": "Reporting to the Continuum of Care", "signed_by": person.participant.display_name,
        "signed_on": date(2024, 1, 1), "expires_on": date(2027, 1, 1), "recipient_code": HMIS_LEAD,
        "purposes": [DisclosurePurpose.PAYMENT_REPORTING], "categories": categories,
    }  # fmt: skip
    return Consent.model_validate(fields | changes)


def hmis_data(
    made: dict[str, Person], consents: list[Consent], settings: ProgramSettings = HMIS_SETTINGS
) -> HmisData:
    records = [r for p in made.values() for r in p.records]

    def of(kind: type) -> list[Any]:
        return [r for r in records if isinstance(r, kind)]

    return HmisData(
        participants=[p.participant for p in made.values()], enrollments=of(Enrollment),
        contacts=of(Contact), services=of(Service), outcomes=of(OutcomeSnapshot), housing=of(HousingStatus),
        consents=consents, settings=settings, roster=ROSTER,
    )  # fmt: skip


def request(**changes: Any) -> HmisRequest:
    fields: dict[str, Any] = {
        "start": PERIOD[0], "end": PERIOD[1], "export_id": "e" * 32, "exported_at": EXPORTED_AT,
        "tz": PROGRAM_TZ, "software_version": "test",
    }  # fmt: skip
    return HmisRequest(**(fields | changes))
