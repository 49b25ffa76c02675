"""What every row of one HMIS export shares: its ExportID, the program's calendar, when it was made,
and the users its rows name (User.csv lists exactly those)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from typing import Any

from leaddesk.domain import Enrollment, Participant, SyncedRecord
from leaddesk.reports.hmis.ids import hmis_id, user_id

Row = dict[str, Any]  # column -> None, str, int, Decimal, date or datetime (the writer formats them)


@dataclass
class ExportContext:
    export_id: str
    exported_at: datetime  # UTC
    tz: tzinfo | None  # the program's calendar: times become its local dates and times
    start: date
    end: date
    users: dict[str, str] = field(default_factory=dict)  # HMIS UserID -> the name the records use

    def local(self, moment: datetime) -> datetime:
        """A time in the program's calendar, without its zone (HMIS datetimes carry none)."""
        return moment.astimezone(self.tz).replace(tzinfo=None, microsecond=0)

    def day(self, moment: datetime) -> date:
        return moment.astimezone(self.tz).date()

    def user(self, name: str) -> str:
        made = user_id(name)
        self.users.setdefault(made, name)
        return made

    def trailer(self, record: SyncedRecord, *, owner: Participant | None = None) -> Row:
        """DateCreated, DateUpdated, UserID, DateDeleted and ExportID of a record's row. A record of a
        deleted participant is deleted with them in the HMIS too."""
        deleted_at = record.updated_at if record.deleted else None
        if deleted_at is None and owner is not None and owner.deleted:
            deleted_at = owner.updated_at
        return {
            "DateCreated": self.local(record.created_at),
            "DateUpdated": self.local(max(record.updated_at, record.created_at)),
            "UserID": self.user(record.created_by),
            "DateDeleted": self.local(deleted_at) if deleted_at else None,
            "ExportID": self.export_id,
        }

    def made_now(self) -> Row:
        """The trailer of a row the export makes itself (the program's project rows)."""
        now = self.local(self.exported_at)
        return {
            "DateCreated": now,
            "DateUpdated": now,
            "UserID": self.user(""),
            "DateDeleted": None,
            "ExportID": self.export_id,
        }


@dataclass(frozen=True)
class Enrolled:
    """What an enrollment-level row belongs to: a participant, their episode, and the export."""

    person: Participant
    episode: Enrollment
    ctx: ExportContext

    def keys(self) -> Row:
        return {"EnrollmentID": hmis_id(self.episode.id), "PersonalID": hmis_id(self.person.id)}

    def trailer(self, record: SyncedRecord) -> Row:
        return self.ctx.trailer(record, owner=self.person)
