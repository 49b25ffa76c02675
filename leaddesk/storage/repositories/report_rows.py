"""Bulk reads for program reports (desk/reports.py): the participants a report covers and their records
of one kind, all at once — one query per kind however many participants there are — optionally only
those dated within a window; of contacts, who and when only, with each participant's latest before the
window. A report reads tens of thousands of rows, so they are decoded without validating them again
(storage/row_decoding.py)."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from typing import TYPE_CHECKING, TypeVar

from leaddesk.domain import ContactTime, Participant, ParticipantRecord
from leaddesk.storage.codec import table_for
from leaddesk.storage.repositories.participants import CaseloadFilter
from leaddesk.storage.repositories.records import UnknownField
from leaddesk.storage.row_decoding import row_decoder
from leaddesk.storage.row_encoding import utc_text

if TYPE_CHECKING:
    from leaddesk.storage.store import Store

R = TypeVar("R", bound=ParticipantRecord)


@dataclass(frozen=True)
class Window:
    """Records whose `column` (a date or time field) lies from `since` (included) to `before`
    (excluded); either end may stay open."""

    column: str
    since: date | datetime | None = None
    before: date | datetime | None = None


@dataclass(frozen=True)
class Match:
    """Records within every one of `windows` and with a code among those `codes` lists for each of its
    fields (one of several a read may accept: `records(any_of=...)`)."""

    windows: tuple[Window, ...] = ()
    codes: Mapping[str, Collection[Enum]] = field(default_factory=dict)


def _stored(value: date | datetime) -> str:
    """A bound as the column stores it (times in UTC, "…Z"; days ISO), so text comparison is exact."""
    if isinstance(value, datetime):
        return str(utc_text(value))
    return value.isoformat()


class ReportRows:
    def __init__(self, store: Store) -> None:
        self._store = store

    def participants(self, among: CaseloadFilter) -> list[Participant]:
        """The live participants `among` picks (its team and case-manager criteria)."""
        table = table_for(Participant)
        ids, params = self._store.repos.participants.id_query(among)
        sql = f"SELECT {', '.join(table.columns)} FROM participant WHERE id IN ({ids})"
        decode = row_decoder(table)
        return [decode(row) for row in self._store.conn.execute(sql, params)]

    def records(
        self,
        model: type[R],
        among: CaseloadFilter,
        *,
        window: Window | Sequence[Window] = (),
        where: Mapping[str, Collection[Enum]] | None = None,
        any_of: Sequence[Match] = (),
    ) -> list[R]:
        """Every live record of `model` of the participants `among` picks, within every window given,
        with a code among those `where` lists for each of its fields, and matching at least one of
        `any_of` when it names any."""
        table = table_for(model)
        ids, params = self._store.repos.participants.id_query(among)
        sql = (
            f"SELECT {', '.join(table.columns)} FROM {table.name} "
            f"WHERE participant_id IN ({ids}) AND deleted = 0"
        )
        windows = [window] if isinstance(window, Window) else list(window)
        clause, values = self._match(model, Match(tuple(windows), dict(where or {})))
        if clause:
            sql += f" AND {clause}"
            params += values
        if any_of:
            matches = [self._match(model, m) for m in any_of]
            sql += " AND (" + " OR ".join(f"({c or '1'})" for c, _ in matches) + ")"
            params += [v for _, vs in matches for v in vs]
        decode = row_decoder(table)
        return [decode(row) for row in self._store.conn.execute(sql, params)]

    def contact_times(self, among: CaseloadFilter, *, since: datetime, before: datetime) -> list[ContactTime]:
        """Who and when of every live contact of the participants `among` picks from `since` (included)
        to `before` (excluded), and of each one's latest contact before `since`: all a contact measure
        reads. Both come from the (participant_id, deleted, occurred_at) index alone; building whole
        contacts was a fifth of opening the dashboard."""
        ids, params = self._store.repos.participants.id_query(among)
        in_window = (
            f"SELECT participant_id, occurred_at FROM contact WHERE participant_id IN ({ids}) AND deleted = 0"
            " AND occurred_at >= ? AND occurred_at < ?"
        )
        latest = (
            "SELECT p.id, (SELECT x.occurred_at FROM contact x WHERE x.participant_id = p.id"
            " AND x.deleted = 0 AND x.occurred_at < ? ORDER BY x.occurred_at DESC LIMIT 1) AS at"
            f" FROM participant p WHERE p.id IN ({ids})"
        )
        sql = f"{in_window} UNION ALL SELECT * FROM ({latest}) WHERE at IS NOT NULL"
        first, after = _stored(since), _stored(before)
        found = self._store.conn.execute(sql, [*params, first, after, first, *params])
        # Stored as "…Z" (row_encoding.utc_text), which reads back as the UTC time validation gives.
        return [ContactTime(participant_id, datetime.fromisoformat(at)) for participant_id, at in found]

    def _match(self, model: type[ParticipantRecord], match: Match) -> tuple[str, list[str]]:
        """`match` as SQL conditions joined by AND (empty when it asks nothing), and their values."""
        clauses: list[str] = []
        params: list[str] = []
        for each in match.windows:
            column = self._column(model, each.column)
            for bound, op in ((each.since, ">="), (each.before, "<")):
                if bound is not None:
                    clauses.append(f"{column} {op} ?")
                    params.append(_stored(bound))
        for name, codes in match.codes.items():
            clauses.append(f"{self._column(model, name)} IN ({', '.join('?' * len(codes)) or 'NULL'})")
            params += sorted(code.value for code in codes)
        return " AND ".join(clauses), params

    @staticmethod
    def _column(model: type[ParticipantRecord], name: str) -> str:
        if name not in table_for(model).columns:
            raise UnknownField(model.entity, name)
        return name
