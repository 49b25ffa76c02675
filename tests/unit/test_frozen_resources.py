"""In the PyInstaller bundle the app's resources and the reports' font are files under sys._MEIPASS
(the folder its bootloader names), not an installed package: both finders look there when it is set.
The smoke test (tests/packaging/) runs the real bundle; this checks the rule on a folder laid out
as the spec lays it out."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from leaddesk.reports.fonts import REGULAR, FontMissing, font
from leaddesk.ui.resources import MissingResource, resource, resources_folder


@pytest.fixture
def bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    inside = tmp_path / "leaddesk" / "resources"
    (inside / "icons").mkdir(parents=True)
    (inside / "fonts").mkdir()
    (inside / "icons" / "app.svg").write_text("<svg/>")
    (inside / "fonts" / REGULAR).write_bytes(b"font")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    return inside


def test_a_frozen_app_finds_its_resources_inside_the_bundle(bundle: Path) -> None:
    assert resources_folder() == bundle
    assert resource("icons", "app.svg") == bundle / "icons" / "app.svg"
    assert font(REGULAR) == bundle / "fonts" / REGULAR


def test_a_file_missing_from_the_bundle_is_a_clear_error(bundle: Path) -> None:
    with pytest.raises(MissingResource, match=r"styles/leaddesk.qss is missing from .*Reinstall"):
        resource("styles", "leaddesk.qss")
    with pytest.raises(FontMissing, match="Reinstall LEAD Desk"):
        font("DejaVuSans-Bold.ttf")
