"""The report a LEAD program takes to its Policy Coordinating Group: a PDF of short headed sections, each
with its charts, its tables and the method of each measure, and every table as CSV. The PCG is an
outside audience (police, prosecutors, the county, the community), so every table and every chart is
drawn from the suppressed tables (cells of 1 to 10 shown as "<11"; tables.py) and no participant is
named or numbered anywhere in it."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

from leaddesk.reports.csv_tables import cell_text, write_tables
from leaddesk.reports.pdf import Chart, Document, Series
from leaddesk.reports.program_report import ProgramReport
from leaddesk.reports.report_tables import program_tables
from leaddesk.reports.tables import OUTSIDE_MINIMUM, Cell, Table, suppress

MONTHS_PER_TABLE = 12  # a wider monthly table is printed in parts of a year each (the CSV keeps it whole)
SUPPRESSION_NOTE = (
    "Counts of 1 to 10 are shown as <11, and where a total would let a hidden count be worked out, "
    "the next smallest count is hidden too; a figure worked out from a hidden count (a rate, a mean, "
    "a sum of days or money) shows —. No participant is named or numbered in this report."
)
SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Caseloads", ("caseload", "not_seen")),
    ("Referrals", ("referrals_by_door", "referrals_by_agency", "referrals_by_precinct",
                   "referrals_by_offence", "referral_to_engagement", "warm_handoff", "intake_deadline")),
    ("Contacts and needs", ("contacts_per_month", "needs_by_domain")),
    ("Housing and outcomes", ("housing", "housing_change", "outcomes", "income")),
    ("Funder counts", ("funder_counts",)),
    ("Before and after engagement", ("evaluation_cohort", "evaluation")),
    ("Cost", ("cost_avoided", "spending_by_kind", "spending_by_funding")),
    ("Disparity", ("disparity",)),
)  # fmt: skip


def pcg_tables(report: ProgramReport) -> list[Table]:
    """Every table of the report, suppressed for an outside audience."""
    return [suppress(t) for t in program_tables(report)]


def day_text(day: date) -> str:
    return f"{day.day} {day:%B %Y}"


def period_text(report: ProgramReport) -> str:
    return f"{day_text(report.period.start)} to {day_text(report.period.end)}"


def write_pcg(
    report: ProgramReport, *, pdf: Path | None, csv_folder: Path | None, made_on: date
) -> list[Path]:
    """Write the PDF to `pdf` and the CSV tables into `csv_folder` (either may be None); the files
    written. ExportFailed (csv_tables.py) or OSError when a file cannot be written."""
    tables = pcg_tables(report)
    written: list[Path] = []
    if pdf is not None:
        document = pcg_document(report, tables, made_on=made_on)
        document.save(pdf)
        written.append(pdf)
    if csv_folder is not None:
        written += write_tables(tables, csv_folder)
    return written


def pcg_document(report: ProgramReport, tables: Sequence[Table], *, made_on: date) -> Document:
    by_key = {t.key: t for t in tables}
    footer = f"{report.program_name} · PCG report, {period_text(report)} · cells of 1 to 10 shown as <11"
    document = Document(title=f"{report.program_name}: report to the PCG", footer=lambda _page: footer)
    document.title_page(
        report.program_name,
        [
            "Report to the Policy Coordinating Group",
            period_text(report),
            f"Team {report.team}" if report.team else "Every team",
            f"Made on {day_text(made_on)} by LEAD Desk from the program's records.",
            "",
            SUPPRESSION_NOTE,
        ],
    )
    for title, keys in SECTIONS:
        document.new_page()
        document.heading(title)
        for chart in _charts(title, by_key, report):
            document.chart(chart)
        said = ""
        for key in keys:
            said = _print_table(document, by_key[key], said=said)
    return document


def _print_table(document: Document, table: Table, *, said: str) -> str:
    """Print the table and its method, unless the table before it had the same; the method printed."""
    document.heading(table.title, level=2)
    for part in _parts(table):
        rows = [[cell_text(c) for c in row] for row in part.rows]
        document.table(part.columns, rows, numeric=_numeric(part))
    if table.method and table.method != said:
        document.paragraph(f"How it is counted: {table.method}", small=True)
    return table.method or said


def _parts(table: Table) -> Iterator[Table]:
    """A monthly table in parts of at most a year of months, the total column with the last part."""
    months = len(table.parts) if table.total is not None and table.key.startswith("referrals_by") else 0
    if months <= MONTHS_PER_TABLE:
        yield table
        return
    for start in range(0, months, MONTHS_PER_TABLE):
        stop = min(start + MONTHS_PER_TABLE, months)
        keep = [0, *range(1 + start, 1 + stop)] + ([months + 1] if stop == months else [])
        yield replace(
            table,
            columns=tuple(table.columns[j] for j in keep),
            rows=tuple(tuple(r[j] for j in keep) for r in table.rows),
        )


def _numeric(table: Table) -> list[bool]:
    def is_number(cell: Cell) -> bool:
        return cell is None or isinstance(cell, int | float | Decimal) or cell in ("<11", "—")

    return [all(is_number(r[j]) for r in table.rows) for j in range(len(table.columns))]


def _value(cell: Cell) -> float | None:
    return float(cell) if isinstance(cell, int | float | Decimal) else None


def _column(table: Table, j: int, *, skip_total: bool) -> tuple[float | None, ...]:
    rows = table.rows[:-1] if skip_total and table.total_row else table.rows
    return tuple(_value(r[j]) for r in rows)


def _labels(table: Table, *, skip_total: bool = True) -> tuple[str, ...]:
    rows = table.rows[:-1] if skip_total and table.total_row else table.rows
    return tuple(str(r[0]) for r in rows)


def _charts(section: str, by_key: dict[str, Table], report: ProgramReport) -> list[Chart]:
    makers: dict[str, Callable[[dict[str, Table], ProgramReport], Chart]] = {
        "Caseloads": _caseload_chart,
        "Referrals": _referral_chart,
        "Contacts and needs": _contact_chart,
        "Housing and outcomes": _housing_chart,
        "Before and after engagement": _evaluation_chart,
        "Disparity": _disparity_chart,
    }
    make = makers.get(section)
    return [make(by_key, report)] if make else []


def _caseload_chart(by_key: dict[str, Table], report: ProgramReport) -> Chart:
    """How many case managers carry each caseload size at the period's end, coloured by the band it
    falls in; drawn from the suppressed table, so every caseload under 11 is one bar."""
    table = by_key["caseload"]
    standard, maximum = report.caseload.standard, report.caseload.maximum
    sizes = [r[1] for r in table.rows[:-1] if r[0] != "No case manager"]
    known = [v for v in sizes if isinstance(v, int) and v >= OUTSIDE_MINIMUM]
    top = max([maximum + 1, *known])
    buckets = ["<11", *(str(n) for n in range(OUTSIDE_MINIMUM, top + 1))]
    counts = dict.fromkeys(buckets, 0)
    for v in sizes:
        counts[str(v) if isinstance(v, int) and v >= OUTSIDE_MINIMUM else "<11"] += 1

    def band(bucket: str) -> str:
        if bucket == "<11":
            return "Under 11"
        size = int(bucket)
        return (
            "Within standard"
            if size <= standard
            else "Above standard"
            if size <= maximum
            else "Above maximum"
        )

    names = ("Under 11", "Within standard", "Above standard", "Above maximum")
    return Chart(
        title=f"Case managers by participants in their caseload at the end (standard {standard}, "
        f"maximum {maximum})",
        labels=tuple(buckets),
        series=tuple(
            Series(name, tuple(float(counts[b]) if band(b) == name else 0.0 for b in buckets))
            for name in names
        ),
        stacked=True,
    )


def _referral_chart(by_key: dict[str, Table], _report: ProgramReport) -> Chart:
    table = by_key["referrals_by_door"]
    total = table.rows[-1]
    return Chart(
        title="Referrals each month",
        labels=tuple(table.columns[1:-1]),
        series=(Series("Referrals", tuple(_value(c) for c in total[1:-1])),),
    )


def _contact_chart(by_key: dict[str, Table], _report: ProgramReport) -> Chart:
    table = by_key["contacts_per_month"]
    return Chart(
        title="Contacts per participant, each month",
        labels=_labels(table),
        series=(Series("Contacts per participant", _column(table, 4, skip_total=False)),),
        kind="line",
        hidden_note="—",
    )


def _housing_chart(by_key: dict[str, Table], _report: ProgramReport) -> Chart:
    table = by_key["housing"]
    return Chart(
        title="Living situation at entry and latest (participants served)",
        labels=_labels(table),
        series=(
            Series("At entry", _column(table, 1, skip_total=True)),
            Series("Latest", _column(table, 2, skip_total=True)),
        ),
    )


def _evaluation_chart(by_key: dict[str, Table], _report: ProgramReport) -> Chart:
    table = by_key["evaluation"]
    rows = [r for r in table.rows if str(r[0]).startswith("6 months:")][:3]
    return Chart(
        title="Six months before and after engagement (participants followed up)",
        labels=tuple(str(r[0]).removeprefix("6 months: ") for r in rows),
        series=(
            Series("Before", tuple(_value(r[1]) for r in rows)),
            Series("After", tuple(_value(r[2]) for r in rows)),
        ),
    )


def _disparity_chart(by_key: dict[str, Table], _report: ProgramReport) -> Chart:
    table = by_key["disparity"]
    rows = [r for r in table.rows[:-1] if isinstance(r[1], int | str) and r[1] not in (0, None)]
    return Chart(
        title="Police referrals per 100 arrests, by race and ethnicity",
        labels=tuple(str(r[0]) for r in rows),
        series=(Series("Referrals per 100 arrests", tuple(_value(r[4]) for r in rows)),),
        hidden_note="—",
    )
