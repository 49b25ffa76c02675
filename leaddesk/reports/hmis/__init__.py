"""HUD's HMIS CSV FY2026 export (docs/hmis.md): the format's files and columns (columns.py), LEAD Desk's
records mapped to its rows (client_rows, enrollment_rows, assessment_rows, project_rows), the disclosure
gate's use (gate.py), and the writer (writer.py). Pure: the server hands in domain values."""

from __future__ import annotations

from leaddesk.reports.hmis.columns import CSV_VERSION, FILES
from leaddesk.reports.hmis.export import HmisCounts, HmisData, HmisExport, HmisRequest, build_export
from leaddesk.reports.hmis.settings_check import HmisRefused
from leaddesk.reports.hmis.writer import ExportNotWritten, write_export

__all__ = [
    "CSV_VERSION",
    "FILES",
    "ExportNotWritten",
    "HmisCounts",
    "HmisData",
    "HmisExport",
    "HmisRefused",
    "HmisRequest",
    "build_export",
    "write_export",
]
