"""The whole program's records as the reports read them (`reports.ProgramData`), from the server's
database: the synced records of the entities the measures use, streamed one entity at a time (case
notes, attachments and the like are never read), with the program's settings, its imported arrest
counts and its roster.

A record is stored as its wire fields without its id (server/records.py), validated when it was
pushed; it becomes its domain model again without being validated twice (domain/trusted.py). Parsing
is most of a report's time, so what no measure of the period can use is passed over as text first:
tombstones, and services outside the period (but every MAT service, for MAT starts). Contacts, the
most numerous, are not parsed at all: who and when is all their measures read, and the record table
keeps a live contact's time in a column of its own, indexed.
Stored times and dates have one fixed-width text form (DESIGN.md §2), so they compare as text."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import TypeVar

from pydantic import ValidationError
from pydantic_core import from_json
from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from leaddesk.domain import (
    Contact,
    ContactTime,
    Enrollment,
    HousingStatus,
    LegalEvent,
    Need,
    OutcomeSnapshot,
    Participant,
    Referral,
    Service,
    SyncedRecord,
)
from leaddesk.domain.ids import iso
from leaddesk.domain.program import ArrestCount
from leaddesk.domain.trusted import record_builder
from leaddesk.reports import ProgramData
from leaddesk.server import program
from leaddesk.server.db import arrest_count, bulk_rows, record
from leaddesk.server.errors import ServerError
from leaddesk.server.roster import whole_roster

M = TypeVar("M", bound=SyncedRecord)
ROWS_PER_FETCH = 5_000
_TOMBSTONE = '"deleted":true'  # as records.dumps writes it (compact, keys sorted)
Keep = Callable[[str, str], bool]  # (record id, stored fields) -> parse it?


class RecordUnreadable(ServerError):
    """A stored record no longer reads as its model (a database edited by hand, or from a newer
    version); the report stops rather than leave it out silently."""

    status = 500
    error = "record_unreadable"


@contextmanager
def many_objects() -> Iterator[None]:
    """Run a report's reading and computing without the cycle collector: they make and keep hundreds of
    thousands of small objects (a third of a 5,000-participant report's time went to the collector
    walking them again and again), and validated records hold no reference cycles for it to find."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def read_records(
    conn: Connection, model: type[M], *, team: str | None, keep: Keep | None = None
) -> Iterator[M]:
    """Every live record of `model`'s entity (of `team`'s participants, if given) that `keep` (if
    given) accepts from its stored text, before anything is parsed."""
    query = select(record.c.record_id, record.c.fields).where(record.c.entity == model.entity)
    if team is not None:
        query = query.where(record.c.team == team)
    for record_id, fields in bulk_rows(conn, query, per_fetch=ROWS_PER_FETCH):
        if _TOMBSTONE in fields or (keep is not None and not keep(record_id, fields)):
            continue
        yield stored_record(model, record_id, fields)


def stored_record(model: type[M], record_id: str, fields: str, *, making: str = "report") -> M:
    """The record from its stored text. It was validated when it was pushed, so it is rebuilt without
    validating it again (domain/trusted.py: a contact in a third of the time); a record that does not
    hold exactly its model's fields (written before a field was added) or holds a value not in the
    form this program writes is validated the long way, and one that reads as neither stops what is
    `making` (a report, an export) with RecordUnreadable."""
    try:
        values = from_json(fields, cache_strings="keys")  # Rust: a third of json.loads's time
        values["id"] = record_id
        return _rebuilt(model)(values)
    except (ValueError, TypeError, KeyError, AttributeError):
        pass
    try:
        return model.model_validate_json(f'{{"id":"{record_id}",{fields[1:]}')
    except ValidationError as exc:
        where = ".".join(map(str, exc.errors()[0]["loc"]))
        raise RecordUnreadable(
            f"The {model.entity} record {record_id} cannot be read ({exc.error_count()} problem(s), first at "
            f"{where}); no {making} was made."
        ) from None


_REBUILDERS: dict[type[SyncedRecord], Callable[[dict[str, object]], SyncedRecord]] = {}


def _rebuilt(model: type[M]) -> Callable[[dict[str, object]], M]:
    if model not in _REBUILDERS:
        _REBUILDERS[model] = record_builder(model)
    return _REBUILDERS[model]  # type: ignore[return-value]


def stored_text(fields: str, name: str, length: int) -> str | None:
    """The text of field `name` in a record's stored JSON when it is a string of exactly `length`
    characters (a date: 10; a time in its stored form, "2025-01-31T22:00:00.000000Z": 27)."""
    at = fields.find(f'"{name}":"')
    if at < 0:
        return None
    start = at + len(name) + 4
    return fields[start : start + length] if fields[start + length : start + length + 1] == '"' else None


@dataclass(frozen=True)
class Window:
    """A period as stored-text bounds, a day wider on each side than any time zone moves a day."""

    first_day: str  # YYYY-MM-DD
    last_day: str
    from_time: str  # a UTC time in its stored form
    until_time: str

    @classmethod
    def of(cls, start: date, end: date) -> Window:
        def at(day: date) -> str:
            return iso(datetime.combine(day, time.min, tzinfo=UTC))

        return cls(
            start.isoformat(), end.isoformat(), at(start - timedelta(days=1)), at(end + timedelta(days=2))
        )


def read_contacts(conn: Connection, *, team: str | None, window: Window) -> list[ContactTime]:
    """Who and when of every live contact in the period's window, and of each participant's latest before
    it (how long since someone not seen in the period was last seen): what the contact measures read,
    from the index of contacts by time (record.occurred_at, which the record writer sets in its stored
    form, and leaves empty on a deleted contact); no contact is parsed."""
    when, participant = record.c.occurred_at, record.c.participant_id
    contacts = [record.c.entity == Contact.entity] + ([record.c.team == team] if team is not None else [])
    in_window = select(participant, when).where(*contacts, when >= window.from_time, when < window.until_time)
    # A deleted contact's empty time is never less than anything.
    latest = (
        select(participant, func.max(when)).where(*contacts, when < window.from_time).group_by(participant)
    )
    return [
        ContactTime(participant_id, datetime.fromisoformat(at))
        for query in (in_window, latest)
        for participant_id, at in bulk_rows(conn, query, per_fetch=ROWS_PER_FETCH)
    ]


def read_services(conn: Connection, *, team: str | None, window: Window) -> list[Service]:
    """The services dated in the period, and every MAT service (a MAT start is a first one ever)."""

    def keep(_record_id: str, fields: str) -> bool:
        day = stored_text(fields, "delivered_on", 10)
        return day is None or window.first_day <= day <= window.last_day or '"kind":"mat"' in fields

    return list(read_records(conn, Service, team=team, keep=keep))


def program_data(
    conn: Connection, *, team: str | None, tz: tzinfo | None, start: date, end: date
) -> ProgramData:
    """What a report of the days from `start` to `end` reads: the program's records (one team's, if
    given), settings, arrest counts and roster."""

    def read(model: type[M]) -> list[M]:
        return list(read_records(conn, model, team=team))

    window = Window.of(start, end)
    return ProgramData(
        participants=read(Participant),
        enrollments=read(Enrollment),
        referrals=read(Referral),
        legal_events=read(LegalEvent),
        services=read_services(conn, team=team, window=window),
        contacts=read_contacts(conn, team=team, window=window),
        needs=read(Need),
        housing=read(HousingStatus),
        outcomes=read(OutcomeSnapshot),
        settings=program.current(conn),
        arrest_counts=[
            ArrestCount(
                period_start=row.period_start,
                period_end=row.period_end,
                precinct=row.precinct,
                race_ethnicity=row.race_ethnicity,
                arrests=row.arrests,
            )
            for row in conn.execute(select(arrest_count))
        ],
        roster=whole_roster(conn),
        tz=tz,
    )
