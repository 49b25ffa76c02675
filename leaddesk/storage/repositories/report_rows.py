"""Bulk reads for program reports (desk/reports.py): the participants a report covers and their records
of one kind, all at once — one query per kind however many participants there are — optionally only
those dated within a window, and each participant's latest record of a kind. A report reads tens of
thousands of rows, so they are decoded without validating them again (storage/row_decoding.py)."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import TYPE_CHECKING, TypeVar

from leaddesk.domain import Participant, ParticipantRecord
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
    ) -> list[R]:
        """Every live record of `model` of the participants `among` picks, within every window given
        and with a code among those `where` lists for each of its fields."""
        table = table_for(model)
        ids, params = self._store.repos.participants.id_query(among)
        sql = (
            f"SELECT {', '.join(table.columns)} FROM {table.name} "
            f"WHERE participant_id IN ({ids}) AND deleted = 0"
        )
        for each in [window] if isinstance(window, Window) else window:
            column = self._column(model, each.column)
            for bound, op in ((each.since, ">="), (each.before, "<")):
                if bound is not None:
                    sql += f" AND {column} {op} ?"
                    params.append(_stored(bound))
        for name, codes in (where or {}).items():
            sql += f" AND {self._column(model, name)} IN ({', '.join('?' * len(codes)) or 'NULL'})"
            params += sorted(code.value for code in codes)
        decode = row_decoder(table)
        return [decode(row) for row in self._store.conn.execute(sql, params)]

    def latest(
        self, model: type[R], among: CaseloadFilter, *, column: str, before: date | datetime
    ) -> list[R]:
        """Each participant's live record of `model` with the greatest `column` before `before` (one
        per participant who has any; two at that very same value, both)."""
        table = table_for(model)
        column = self._column(model, column)
        ids, params = self._store.repos.participants.id_query(among)
        # max() per participant is one seek in the (participant_id, …, column) index, where a GROUP BY
        # over the table would read every row of it.
        last = (
            f"SELECT p.id AS pid, (SELECT max(x.{column}) FROM {table.name} x WHERE x.participant_id = p.id"
            f" AND x.deleted = 0 AND x.{column} < ?) AS last FROM participant p WHERE p.id IN ({ids})"
        )
        columns = ", ".join(f"r.{c}" for c in table.columns)
        sql = (
            f"SELECT {columns} FROM ({last}) AS m JOIN {table.name} r"
            f" ON r.participant_id = m.pid AND r.deleted = 0 AND r.{column} = m.last"
        )
        decode = row_decoder(table)
        return [decode(row) for row in self._store.conn.execute(sql, [_stored(before), *params])]

    @staticmethod
    def _column(model: type[ParticipantRecord], name: str) -> str:
        if name not in table_for(model).columns:
            raise UnknownField(model.entity, name)
        return name
