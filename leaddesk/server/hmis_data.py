"""What an HMIS export reads from the server's database (`reports.hmis.HmisData`): every stored record of
the entities the export maps, tombstones included (a deleted record goes to the HMIS with DateDeleted,
so the HMIS removes what an earlier export sent), each read back as its domain model as the report's
reader does (report_data.stored_record), with the program's settings and roster. report_data.py reads
for the program report and passes tombstones over; this reader keeps them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.engine import Connection

from leaddesk.domain import (
    Consent,
    Contact,
    Enrollment,
    HousingStatus,
    OutcomeSnapshot,
    Participant,
    Service,
    SyncedRecord,
)
from leaddesk.reports.hmis import HmisData
from leaddesk.server import program
from leaddesk.server.db import record
from leaddesk.server.report_data import ROWS_PER_FETCH, stored_record
from leaddesk.server.roster import whole_roster

M = TypeVar("M", bound=SyncedRecord)


def stored_records(conn: Connection, model: type[M]) -> Iterator[M]:
    """Every stored record of `model`'s entity, live or deleted. RecordUnreadable (nothing exported) for
    one that no longer reads as its model."""
    query = select(record.c.record_id, record.c.fields).where(record.c.entity == model.entity)
    rows = conn.execute(query.execution_options(stream_results=True, yield_per=ROWS_PER_FETCH))
    for record_id, fields in rows:
        yield stored_record(model, record_id, fields, making="HMIS export")


def hmis_data(conn: Connection) -> HmisData:
    def read(model: type[M]) -> list[M]:
        return list(stored_records(conn, model))

    return HmisData(
        participants=read(Participant),
        enrollments=read(Enrollment),
        contacts=read(Contact),
        services=read(Service),
        outcomes=read(OutcomeSnapshot),
        housing=read(HousingStatus),
        consents=read(Consent),
        settings=program.current(conn),
        roster=whole_roster(conn),
    )
