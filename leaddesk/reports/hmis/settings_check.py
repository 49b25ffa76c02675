"""What an export needs before it starts: a period the right way round and the program's HMIS settings
an HMIS import cannot do without. Everything missing is named at once, with the command that sets it."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

from leaddesk.domain.enums import ProjectType
from leaddesk.domain.program import ProgramSettings
from leaddesk.reports.hmis.project_rows import HmisProject


class HmisRefused(ValueError):
    """The export cannot be made as asked; the message says what to change."""


def check_settings(
    settings: ProgramSettings, *, start: date, end: date, project_types: Collection[ProjectType]
) -> dict[ProjectType, HmisProject]:
    """The HMIS projects the export uses (street outreach always; services only if an episode is one),
    or HmisRefused naming every setting still to set."""
    if end < start:
        raise HmisRefused(
            f"The export's period ends ({end.isoformat()}) before it starts ({start.isoformat()}); give the "
            "earlier date first."
        )
    hmis, export = settings.hmis, settings.hmis_export
    needed = {
        "hmis.organization_id": hmis.organization_id, "hmis.organization_name": hmis.organization_name,
        "hmis.project_id": hmis.project_id, "hmis.project_name": hmis.project_name,
        "hmis.coc_code": hmis.coc_code, "hmis_export.geocode": export.geocode,
        "hmis_export.recipient_code": export.recipient_code,
    }  # fmt: skip
    if ProjectType.SERVICES_ONLY in project_types:
        needed["hmis_export.services_only_project_id"] = export.services_only_project_id
    missing = [key for key, value in needed.items() if not value]
    if missing:
        raise HmisRefused(
            f"The program's HMIS settings are not complete: set {', '.join(missing)} "
            "(leaddesk-server program set KEY VALUE)."
        )
    if export.recipient_code not in {e.code for e in settings.partner_agencies}:
        raise HmisRefused(
            f"hmis_export.recipient_code {export.recipient_code!r} is not one of the program's partner "
            "agencies; add the CoC's HMIS lead with `leaddesk-server program add partner_agencies CODE "
            "LABEL`, and name it in the consents that cover HMIS reporting."
        )
    projects = {ProjectType.STREET_OUTREACH: HmisProject(hmis.project_id, hmis.project_name,
                                                         ProjectType.STREET_OUTREACH)}  # fmt: skip
    if ProjectType.SERVICES_ONLY in project_types:
        name = f"{hmis.project_name} (services only)"[:200]
        projects[ProjectType.SERVICES_ONLY] = HmisProject(
            export.services_only_project_id, name, ProjectType.SERVICES_ONLY
        )
    return projects
