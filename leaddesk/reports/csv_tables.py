"""Every table of a report as a CSV file of its own (UTF-8, comma-separated, a header row), named by the
table's key, and an index.csv listing each file with its title, whether it is suppressed for an outside
audience, and its method."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from leaddesk.reports.tables import Cell, Table

INDEX = "index.csv"


class ExportFailed(OSError):
    """The tables could not be written where asked; the message says where and why."""


def cell_text(cell: Cell) -> str:
    """A cell as a CSV (and the PDF) shows it: money to the cent, other figures as computed, empty for
    none."""
    if cell is None:
        return ""
    if isinstance(cell, Decimal):
        return f"{cell:.2f}"
    if isinstance(cell, float):
        return f"{cell:.2f}".rstrip("0").rstrip(".") if cell != int(cell) else f"{cell:.0f}"
    return str(cell)


def table_csv(table: Table) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(table.columns)
    writer.writerows([cell_text(c) for c in row] for row in table.rows)
    return out.getvalue()


def write_tables(tables: Sequence[Table], folder: Path) -> list[Path]:
    """Write each table to `folder` (made if missing) as KEY.csv, then index.csv; the paths written.
    ExportFailed, with the reason, when the folder cannot be made or a file written."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        written = []
        for table in tables:
            path = folder / f"{table.key}.csv"
            path.write_text(table_csv(table), encoding="utf-8")
            written.append(path)
        index = io.StringIO()
        writer = csv.writer(index, lineterminator="\n")
        writer.writerow(("file", "title", "suppressed", "method"))
        writer.writerows((f"{t.key}.csv", t.title, "yes" if t.suppressed else "no", t.method) for t in tables)
        (folder / INDEX).write_text(index.getvalue(), encoding="utf-8")
    except OSError as exc:
        raise ExportFailed(
            f"The report's tables could not be written to {folder} ({exc.strerror or exc}); check the "
            "folder's name and that you may write there."
        ) from exc
    return [*written, folder / INDEX]
