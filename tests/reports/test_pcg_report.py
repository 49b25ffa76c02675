"""The PCG report of the hand-built program, read back as a person would: the PDF by its text
(pdftotext) and a page drawn as a picture (pdftoppm), and the CSV tables by their content."""

from __future__ import annotations

import csv
import re
from datetime import date
from pathlib import Path

import pytest

from leaddesk.reports import compute
from leaddesk.reports.csv_tables import ExportFailed, write_tables
from leaddesk.reports.pcg import SECTIONS, pcg_tables, write_pcg
from leaddesk.reports.pdf import Document
from tests.reports.pdf_tools import page_count, page_png, pdf_text
from tests.reports.program_dataset import PERIOD, people, program_data

MADE_ON = date(2025, 7, 2)


@pytest.fixture(scope="module")
def made():
    return people()


@pytest.fixture(scope="module")
def written(made, tmp_path_factory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("pcg")
    report = compute(program_data(made), period_start=PERIOD[0], period_end=PERIOD[1], team="north")
    write_pcg(report, pdf=folder / "pcg.pdf", csv_folder=folder / "csv", made_on=MADE_ON)
    return folder / "pcg.pdf", folder / "csv"


def test_the_pdf_has_its_title_page_sections_tables_and_methods(written) -> None:
    text = pdf_text(written[0])
    flat = " ".join(text.split())
    title_page = (
        "Harbor County LEAD",
        "Report to the Policy Coordinating Group",
        "1 July 2024 to 30 June 2025",
    )
    for line in (*title_page, "Team north", "Made on 2 July 2025"):
        assert line in flat
    for title, _keys in SECTIONS:
        assert re.search(rf"^\f?{re.escape(title)}$", text, re.MULTILINE), title  # a heading of its own
    assert "Caseload per case manager on 30 June 2025 (standard 2, maximum 3)" in flat
    assert "How it is counted: Caseload per case manager. A participant is in a case manager's" in flat
    assert "How it is counted: Disparity." in flat
    assert "Casey Morgan" in flat  # staff are named: they are not the people the report protects
    # Team north's caseload: 5 (hidden), 3 (hidden), Sam 0, no case manager 1 (hidden); served total 11.
    assert re.search(r"Sam Ortiz\s+0\s+0", text)
    assert re.search(r"Total\s+<11\s+11", text)


def test_no_participant_is_named_or_numbered(written, made) -> None:
    text = pdf_text(written[0])
    for person in made.values():
        assert person.participant.display_name not in text
        assert person.id not in text
    csv_text = "".join(p.read_text() for p in written[1].glob("*.csv"))
    for person in made.values():
        assert person.participant.display_name not in csv_text
        assert person.id not in csv_text


def test_every_page_carries_the_footer_and_its_number(written) -> None:
    pdf = written[0]
    pages = page_count(pdf)
    assert pages >= 9  # the title page and a page or more per section
    for page in range(1, pages + 1):
        text = " ".join(pdf_text(pdf, page=page).split())
        assert (
            "Harbor County LEAD · PCG report, 1 July 2024 to 30 June 2025 · cells of 1 to 10 shown as <11"
            in text
        )
        assert f"Page {page} of {pages}" in text


def test_a_page_draws_as_a_picture(written, tmp_path) -> None:
    png = page_png(written[0], page=2, out=tmp_path / "caseloads")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert png.stat().st_size > 5_000  # a chart and a table, not a blank page


NOTICE = (
    "This information has been disclosed to you from records protected by federal confidentiality rules "
    "(42 CFR part 2). The federal rules prohibit you from making any further disclosure of information in "
    "this record that identifies a patient as having or having had a substance use disorder unless the "
    "further disclosure is expressly permitted by the written consent of the individual whose information "
    "is being disclosed or as otherwise permitted by 42 CFR part 2."
)


def test_a_long_table_repeats_its_header_and_a_long_footer_stays_clear_of_it(tmp_path) -> None:
    """What the disclosure packet needs of the writer: a notice of several lines at the foot of every
    page, which a table running over pages never writes over; and names in Latin scripts as written."""
    document = Document(title="Test", footer=lambda _page: NOTICE)
    document.heading("Names in Latin scripts")
    document.paragraph("José Núñez, Łukasz Wróbel, Zoë Ørsted, Dvořák Ţepeş, Nguyễn Thị Minh")
    rows = [[f"row {i}", str(i), str(i * 2)] for i in range(1, 151)]
    document.table(["Row name", "Number", "Twice"], rows, numeric=[False, True, True])
    document.save(tmp_path / "long.pdf")
    pages = page_count(tmp_path / "long.pdf")
    assert pages >= 3
    first = pdf_text(tmp_path / "long.pdf", page=1)
    assert "José Núñez, Łukasz Wróbel, Zoë Ørsted, Dvořák Ţepeş, Nguyễn Thị Minh" in first
    seen = 0
    for page in range(1, pages + 1):
        text = pdf_text(tmp_path / "long.pdf", page=page)
        assert re.search(r"Row name\s+Number\s+Twice", text), page
        flat = " ".join(text.split())
        assert NOTICE in flat.replace(f" Page {page} of {pages}", ""), page
        notice_at = text.index("This information has been disclosed")
        rows_here = [int(n) for n in re.findall(r"row (\d+)", text)]
        assert rows_here == list(range(seen + 1, seen + 1 + len(rows_here))), page  # none lost, none twice
        assert text.rindex(f"row {rows_here[-1]}") < notice_at, page  # above the notice, not under it
        seen += len(rows_here)
    assert seen == 150


def test_each_table_is_a_csv_file_of_its_own(written) -> None:
    folder = written[1]
    # Referrals by door (expected.py BY_DOOR): every count is under 11, so every non-zero one shows <11.
    assert (folder / "referrals_by_door.csv").read_text().splitlines() == [
        "Door,Jul 2024,Aug 2024,Sep 2024,Oct 2024,Nov 2024,Dec 2024,Jan 2025,Feb 2025,Mar 2025,Apr 2025,"
        "May 2025,Jun 2025,Total",
        "Arrest diversion,0,<11,<11,<11,0,<11,0,0,0,0,0,0,<11",
        "Social contact,<11,0,0,0,0,0,0,0,<11,0,0,<11,<11",
        "Community,<11,0,0,<11,0,0,0,0,0,0,<11,0,<11",
        "Total,<11,<11,<11,<11,0,<11,0,0,<11,0,<11,<11,<11",
    ]
    with (folder / "index.csv").open(newline="") as handle:
        index = list(csv.DictReader(handle))
    assert [row["file"] for row in index] == [f"{t.key}.csv" for t in pcg_tables(_report())]
    assert all(row["suppressed"] == "yes" for row in index)
    assert {p.name for p in folder.iterdir()} == {row["file"] for row in index} | {"index.csv"}


def _report():
    return compute(program_data(), period_start=PERIOD[0], period_end=PERIOD[1], team="north")


def test_a_folder_that_cannot_be_made_is_a_clear_error(tmp_path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(ExportFailed, match=r"could not be written to .*not-a-folder/tables"):
        write_tables(pcg_tables(_report()), blocker / "tables")
