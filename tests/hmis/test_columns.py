"""The code's FY2026 file and column lists against the ones kept as test data, with their sources
(data/README.md): the FY2024 list from HUD's Data Lab with the FY2026 changes applied."""

from __future__ import annotations

from leaddesk.reports.hmis import CSV_VERSION, FILES
from tests.hmis.hmis_checks import expected_columns


def test_every_file_and_column_is_fy2026s_in_hud_order_with_hud_types() -> None:
    expected = expected_columns()
    assert list(FILES) == list(expected)
    for name, columns in FILES.items():
        kinds = [(c.name, c.kind + (str(c.length) if c.length else "")) for c in columns]
        assert kinds == expected[name], name


def test_fy2026s_changes_are_in_the_lists() -> None:
    client = [c.name for c in FILES["Client"]]
    assert client[client.index("DOBDataQuality") + 1] == "Sex"
    assert "HispanicLatinao" in client
    assert "Woman" not in client
    assert "GenderNone" not in client
    enrollment = [c.name for c in FILES["Enrollment"]]
    assert enrollment[enrollment.index("ThresholdScore") + 1] == "MentalHealthConsultation"
    assert not {"SexualOrientation", "TranslationNeeded", "PreferredLanguage"} & set(enrollment)
    assert CSV_VERSION == "2026 v1.0"
