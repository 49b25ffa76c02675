"""Participant data leaves the program only through the disclosure gate (issue 14): every screen that
asks where to save a file, or writes one, or prints, also calls the gate (`disclosures.` of the desk);
in the desk only the gate's own module writes files. A few screens write files that hold no participant
data; each is listed with why."""

from __future__ import annotations

import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "leaddesk"
# What writes something out of the app: a save dialog, a printer or PDF writer, a file opened to write.
WAY_OUT = re.compile(
    r"getSaveFileName|getExistingDirectory|QPdfWriter|QPrinter|QPrintDialog|os\.open\(|write_bytes\(|"
    r"write_text\(|open\([^)]*[\"'][wax]b?[\"']|\bQFile\("
)
THE_GATE = re.compile(r"\bdisclosures\.")
# Renderers: they write only what they are handed, and every module that uses one calls the gate.
RENDERERS = {"ui/participant/packet_pdf.py": "leaddesk.ui.participant.packet_pdf"}
NO_PARTICIPANT_DATA = {
    "ui/translations.py": "writes the translation catalogue, made from the source code",
    "ui/icons.py": "renders the app's icons",
    # The PCG report: counts only, each under 11 shown as "<11", no participant named or numbered
    # (reports/tables.py suppress; tests/ui/test_dashboard.py reads the PDF for names); audited as an export.
    "ui/dashboard_exports.py": "saves the program's aggregated, suppressed report",
}


def ways_out(folder: str) -> dict[str, str]:
    """Modules of `folder` that write out, with the first line that does."""
    found = {}
    for path in sorted((PACKAGE / folder).rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        match = WAY_OUT.search(source)
        if match is not None:
            found[str(path.relative_to(PACKAGE))] = source
    return found


def test_every_screen_that_writes_out_goes_through_the_gate() -> None:
    ungated = [
        name
        for name, source in ways_out("ui").items()
        if name not in NO_PARTICIPANT_DATA and name not in RENDERERS and not THE_GATE.search(source)
    ]
    assert ungated == []
    for module in RENDERERS.values():
        users = [
            path for path in (PACKAGE / "ui").rglob("*.py") if module in path.read_text(encoding="utf-8")
        ]
        assert all(THE_GATE.search(path.read_text(encoding="utf-8")) for path in users)


def test_in_the_desk_only_the_gate_writes_files() -> None:
    assert sorted(ways_out("desk")) == ["desk/disclosure.py"]


def test_the_check_finds_a_screen_that_saves_around_the_gate() -> None:
    sneaky = 'path, _ = QFileDialog.getSaveFileName(self, "Save")\nPath(path).write_bytes(data)\n'
    assert WAY_OUT.search(sneaky) is not None
    assert THE_GATE.search(sneaky) is None
    assert WAY_OUT.search('with open(path, "wb") as out:') is not None
    assert WAY_OUT.search("fd = os.open(path, flags, 0o600)") is not None
    assert WAY_OUT.search("data = path.read_bytes()") is None
