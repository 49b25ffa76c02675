"""Arrest counts by race and ethnicity per period and precinct, imported from a CSV for disparity
reporting: the baseline the program's referrals are compared against.

The file (UTF-8, comma-separated) starts with exactly this header:

    period_start,period_end,precinct,race_ethnicity,arrests

then one row per count: dates as YYYY-MM-DD, the precinct's code from the program's precinct list (empty
for the whole jurisdiction), race_ethnicity as one of the HMIS 3.04 codes LEAD Desk uses
(`RaceEthnicity`, e.g. black_african_american_african), and a whole number of arrests. An import is all
or nothing: the first bad row is named by its line number and nothing is stored. A row for a period,
precinct and race/ethnicity already imported replaces that count (a corrected file is simply imported
again).
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from datetime import date

from pydantic import ValidationError
from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from leaddesk.domain.enums import RaceEthnicity
from leaddesk.domain.ids import utcnow
from leaddesk.domain.program import ArrestCount
from leaddesk.server import program
from leaddesk.server.audit import record_event
from leaddesk.server.db import arrest_count, upsert_statement
from leaddesk.server.errors import InvalidRequest

HEADER = ("period_start", "period_end", "precinct", "race_ethnicity", "arrests")
MAX_ROWS = 100_000


def _row(values: list[str], *, line: int, precincts: set[str]) -> ArrestCount:
    if len(values) != len(HEADER):
        raise InvalidRequest(
            f"Line {line} has {len(values)} values, not {len(HEADER)}. Nothing was imported."
        )
    data = dict(zip(HEADER, (v.strip() for v in values), strict=True))
    if data["race_ethnicity"] not in {r.value for r in RaceEthnicity}:
        known = ", ".join(r.value for r in RaceEthnicity)
        raise InvalidRequest(
            f"Line {line}: race_ethnicity {data['race_ethnicity']!r} is not one of {known}. "
            "Nothing was imported."
        )
    if data["precinct"] and data["precinct"] not in precincts:
        raise InvalidRequest(
            f"Line {line}: precinct {data['precinct']!r} is not a code of the program's precinct list "
            "(`leaddesk-server program add precincts CODE LABEL` adds one). Nothing was imported."
        )
    try:
        return ArrestCount.model_validate(data)
    except ValidationError as exc:
        problem = exc.errors()[0]
        where = "".join(f"{p}: " for p in problem["loc"])
        what = problem["msg"].removeprefix("Value error, ")
        raise InvalidRequest(f"Line {line}: {where}{what}. Nothing was imported.") from None


def read_counts(text: str, *, precincts: set[str]) -> list[ArrestCount]:
    """Every row of the file, checked; InvalidRequest names the first bad line."""
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff")))  # a spreadsheet's byte-order mark
    try:
        header = next(reader, None)
        if header is None or tuple(h.strip() for h in header) != HEADER:
            raise InvalidRequest(f"Line 1 must be the header {','.join(HEADER)}. Nothing was imported.")
        counts = [_row(values, line=reader.line_num, precincts=precincts) for values in reader if any(values)]
    except csv.Error as exc:
        raise InvalidRequest(
            f"Line {reader.line_num} is not valid CSV ({exc}). Nothing was imported."
        ) from None
    if not counts:
        raise InvalidRequest("The file has no rows after its header. Nothing was imported.")
    if len(counts) > MAX_ROWS:
        raise InvalidRequest(f"A file holds at most {MAX_ROWS} rows; split it. Nothing was imported.")
    keys = Counter((c.period_start, c.period_end, c.precinct, c.race_ethnicity) for c in counts)
    twice = next((k for k, n in keys.items() if n > 1), None)
    if twice is not None:
        raise InvalidRequest(
            f"The file counts {twice[3].value} in precinct {twice[2]!r} for {twice[0]} to {twice[1]} more "
            "than once. Nothing was imported."
        )
    return counts


def import_counts(conn: Connection, *, text: str, actor: str, source: str = "") -> int:
    """Store every count of the file, or none (call inside one transaction). Returns how many."""
    precincts = {p.code for p in program.current(conn).precincts}
    counts = read_counts(text, precincts=precincts)
    now = utcnow()
    for count in counts:
        stmt = upsert_statement(conn, arrest_count).values(
            period_start=count.period_start,
            period_end=count.period_end,
            precinct=count.precinct,
            race_ethnicity=count.race_ethnicity.value,
            arrests=count.arrests,
            imported_at=now,
        )
        conn.execute(
            stmt.on_conflict_do_update(
                index_elements=["period_start", "period_end", "precinct", "race_ethnicity"],
                set_={"arrests": stmt.excluded.arrests, "imported_at": stmt.excluded.imported_at},
            )
        )
    detail = f"{len(counts)} rows {source}".strip()
    record_event(conn, actor=actor, action="arrests_import", entity="arrest_count", detail=detail)
    return len(counts)


def periods(conn: Connection) -> list[tuple[date, date, int, int]]:
    """Each imported period: start, end, rows and total arrests (for `program show`)."""
    rows = conn.execute(
        select(
            arrest_count.c.period_start,
            arrest_count.c.period_end,
            func.count(),
            func.sum(arrest_count.c.arrests),
        )
        .group_by(arrest_count.c.period_start, arrest_count.c.period_end)
        .order_by(arrest_count.c.period_start, arrest_count.c.period_end)
    )
    return [(r[0], r[1], int(r[2]), int(r[3] or 0)) for r in rows]
