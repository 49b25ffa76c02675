"""Export.csv and the program's own files: Organization, Project, Funder, ProjectCoC and
HMISParticipation. The identifiers and names are the program's settings (`hmis`, `hmis_export`); what
HUD asks that the program does not record is fixed here, each with its reason:

- Export: SourceType 2 (an agency-specific application), ExportPeriodType 3 (a reporting period),
  ExportDirective 2 (a full refresh of the period), HashStatus 1 (unhashed).
- Organization: not a victim service provider (0).
- Project: a continuum project (1), its type the episodes' (4 street outreach, 6 services only; a
  services-only project is not residentially affiliated, 0), no target population (4), operating since
  the program's first referral.
- Funder: 46, local or other funding, named as the program; the grant is `hmis_export.grant_id`, else the
  project's id. No federal funder is claimed, so no federal partner report counts these projects.
- HMISParticipation: participating in HMIS (1) since the project started."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from leaddesk.domain.enums import ProjectType
from leaddesk.domain.program import ProgramSettings
from leaddesk.reports.hmis.columns import CSV_VERSION
from leaddesk.reports.hmis.context import ExportContext, Row

AGENCY_APPLICATION, REPORTING_PERIOD, FULL_REFRESH, UNHASHED = 2, 3, 2, 1
NO, YES = 0, 1
TARGET_NOT_APPLICABLE = 4
LOCAL_FUNDING = 46
HMIS_PARTICIPATING = 1
SOFTWARE = "LEAD Desk"


@dataclass(frozen=True)
class HmisProject:
    project_id: str
    name: str
    project_type: ProjectType


def export_row(ctx: ExportContext, settings: ProgramSettings, *, software_version: str) -> Row:
    hmis = settings.hmis
    return {
        "ExportID": ctx.export_id, "SourceType": AGENCY_APPLICATION, "SourceID": hmis.organization_id,
        "SourceName": hmis.organization_name[:50], "ExportDate": ctx.local(ctx.exported_at),
        "ExportStartDate": ctx.start, "ExportEndDate": ctx.end, "SoftwareName": SOFTWARE,
        "SoftwareVersion": software_version[:50] or None, "CSVVersion": CSV_VERSION,
        "ExportPeriodType": REPORTING_PERIOD, "ExportDirective": FULL_REFRESH, "HashStatus": UNHASHED,
        "ImplementationID": f"leaddesk:{hmis.organization_id}",
    }  # fmt: skip


def organization_row(ctx: ExportContext, settings: ProgramSettings) -> Row:
    hmis = settings.hmis
    return {
        "OrganizationID": hmis.organization_id, "OrganizationName": hmis.organization_name,
        "VictimServiceProvider": NO,
    } | ctx.made_now()  # fmt: skip


def project_rows(
    ctx: ExportContext, settings: ProgramSettings, *, projects: list[HmisProject], operating_since: date
) -> dict[str, list[Row]]:
    """Project, Funder, ProjectCoC and HMISParticipation rows for each project the export uses."""
    made: dict[str, list[Row]] = {"Project": [], "Funder": [], "ProjectCoC": [], "HMISParticipation": []}
    hmis, export = settings.hmis, settings.hmis_export
    for project in projects:
        pid = project.project_id
        services_only = project.project_type is ProjectType.SERVICES_ONLY
        made["Project"].append({
            "ProjectID": pid, "OrganizationID": hmis.organization_id, "ProjectName": project.name,
            "OperatingStartDate": operating_since, "ContinuumProject": YES,
            "ProjectType": int(project.project_type.value),
            "ResidentialAffiliation": NO if services_only else None,
            "TargetPopulation": TARGET_NOT_APPLICABLE,
        } | ctx.made_now())  # fmt: skip
        made["Funder"].append({
            "FunderID": pid, "ProjectID": pid, "Funder": LOCAL_FUNDING,
            "OtherFunder": settings.program_name[:50],
            "GrantID": (export.grant_id or pid)[:100], "StartDate": operating_since,
        } | ctx.made_now())  # fmt: skip
        made["ProjectCoC"].append({
            "ProjectCoCID": pid, "ProjectID": pid, "CoCCode": hmis.coc_code, "Geocode": export.geocode,
        } | ctx.made_now())  # fmt: skip
        made["HMISParticipation"].append({
            "HMISParticipationID": pid, "ProjectID": pid, "HMISParticipationType": HMIS_PARTICIPATING,
            "HMISParticipationStatusStartDate": operating_since,
        } | ctx.made_now())  # fmt: skip
    return made
