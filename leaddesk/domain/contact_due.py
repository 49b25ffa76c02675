"""When a participant is due a contact: the one rule the caseload, the participant's header and Today
all follow, so the same person reads the same everywhere. Days are counted on the calendar of the laptop
the case manager holds (a contact late on Friday evening was "yesterday" on Saturday, whatever UTC says)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo

from leaddesk.domain.enums import ParticipantStatus

DEFAULT_OVERDUE_DAYS = 14
# Whom a case manager is expected to keep seeing: contact with someone exited or inactive is not overdue.
EXPECTED_CONTACT = frozenset(
    {
        ParticipantStatus.REFERRED,
        ParticipantStatus.ENGAGED,
        ParticipantStatus.ACTIVE,
        ParticipantStatus.IN_THE_WIND,
    }
)


def days_since(last_contact: datetime | None, *, today: date, tz: tzinfo | None = None) -> int | None:
    """Whole calendar days from the day of the last contact to `today`, in time zone `tz` (the
    computer's own when None); None if there has been no contact."""
    if last_contact is None:
        return None
    if tz is None:
        # The computer's own calendar day, as astimezone() gives it (summer time included) but in a
        # third of the time: a caseload page counts this for each of its 200 rows.
        return (today - date.fromtimestamp(last_contact.timestamp())).days
    return (today - last_contact.astimezone(tz).date()).days


def is_overdue(status: ParticipantStatus, days: int | None, *, overdue_days: int) -> bool:
    """Due a contact: expected to be seen, and not seen for `overdue_days` days or more (or never)."""
    return status in EXPECTED_CONTACT and (days is None or days >= overdue_days)


def seen_since(*, today: date, overdue_days: int, tz: tzinfo | None = None) -> datetime:
    """The instant (UTC) from which a contact keeps someone from being overdue: the start of the day
    `overdue_days - 1` days before `today`, in `tz`. A contact before it leaves `days_since` at
    `overdue_days` or more; a query filters on it."""
    day = today - timedelta(days=overdue_days - 1)
    start = datetime.combine(day, time.min)
    local = start.replace(tzinfo=tz) if tz is not None else start.astimezone()
    return local.astimezone(UTC)
