"""The caseload, the participant's header and Today say the same about whether someone is due a
contact, on a participant last seen late on Friday evening and looked at on Saturday (the laptop's
calendar says yesterday; UTC says today)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from leaddesk.desk import Desk
from leaddesk.desk.caseload import OVERDUE_DAYS_KEY, CaseloadFilter, row_is_overdue
from leaddesk.domain import Contact, Participant
from leaddesk.domain.enums import ContactKind, ParticipantStatus
from leaddesk.storage.store import Store

PACIFIC = timezone(timedelta(hours=-8))  # the zone of the `pacific` fixture
SATURDAY = date(2026, 3, 7)
FRIDAY_EVENING = datetime(2026, 3, 6, 21, 30, tzinfo=PACIFIC)  # Saturday 05:30 in UTC


@pytest.mark.parametrize(("overdue_days", "due"), [(1, True), (2, False)])
def test_caseload_header_and_today_agree_on_a_late_evening_contact(
    desk: Desk, store: Store, pacific: None, overdue_days: int, due: bool
) -> None:
    who = store.repos.participants.create(
        Participant(
            first_name="Sam",
            last_name="Late",
            team_id="north",
            status=ParticipantStatus.ACTIVE,
            case_manager=desk.user,
        )
    )
    store.repos.contacts.create(
        Contact(participant_id=who.id, occurred_at=FRIDAY_EVENING, kind=ContactKind.STREET)
    )
    on_saturday = CaseloadFilter(today=SATURDAY)
    (row,) = desk.caseload.pages(on_saturday).page(offset=0, limit=5)
    desk.settings.set(OVERDUE_DAYS_KEY, overdue_days)
    header = desk.participants.header(who.id, today=SATURDAY)
    not_seen = desk.today.not_seen(overdue_days=overdue_days, today=SATURDAY)

    assert row.days_since_contact == header.days_since_contact == 1
    assert row_is_overdue(row, overdue_days=overdue_days) is due  # the caseload's flag
    assert desk.caseload.overdue_count(on_saturday, overdue_days=overdue_days) == int(due)  # its count
    assert header.overdue is due
    assert [r.id for r in not_seen.rows] == ([who.id] if due else [])
