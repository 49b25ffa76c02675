"""The caseload item model, tested without a view."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCore import Qt

from leaddesk.desk import Desk
from leaddesk.desk.caseload import CaseloadFilter, CaseloadRow
from leaddesk.domain import Contact, Participant
from leaddesk.domain.clock import local_today
from leaddesk.domain.enums import ContactKind, ParticipantStatus
from leaddesk.storage.store import Store
from leaddesk.ui.caseload_model import (
    COL_DAYS,
    COL_LAST_CONTACT,
    COL_NAME,
    COL_STATUS,
    PAGE,
    CaseloadModel,
)
from leaddesk.ui.models import OverdueRole, ParticipantIdRole


def add_people(store: Store, count: int) -> list[Participant]:
    people = [
        Participant(first_name=f"Given{i:04d}", last_name=f"Family{i:04d}", team_id="north")
        for i in range(count)
    ]
    store.repos.participants.import_records(people)
    return people


def test_rows_load_a_page_at_a_time(qapp, store: Store) -> None:
    add_people(store, PAGE * 2 + 5)
    model = CaseloadModel(Desk(store).caseload.pages)
    assert model.total == PAGE * 2 + 5
    assert model.rowCount() == PAGE
    assert model.canFetchMore()
    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == PAGE * 2 + 5
    assert not model.canFetchMore()
    assert model.data(model.index(0, COL_NAME)) == "Family0000, Given0000"


def test_sorting_and_filtering_run_in_the_query(qapp, store: Store) -> None:
    people = add_people(store, 30)
    store.repos.participants.update(
        people[7].id, {"aliases": ["Sparrow"], "status": ParticipantStatus.ACTIVE}
    )
    model = CaseloadModel(Desk(store).caseload.pages)
    model.sort(COL_NAME, Qt.SortOrder.DescendingOrder)
    assert model.data(model.index(0, COL_NAME)) == "Family0029, Given0029"
    model.set_filter(CaseloadFilter(text="sparr"))
    assert model.rowCount() == 1
    assert model.data(model.index(0, 0), ParticipantIdRole) == people[7].id
    model.set_filter(CaseloadFilter(statuses=frozenset({ParticipantStatus.REFERRED})))
    assert model.rowCount() == 29


def test_overdue_contact_is_flagged(qapp, store: Store) -> None:
    seen, unseen = add_people(store, 2)
    store.repos.contacts.create(
        Contact(
            participant_id=seen.id, occurred_at=datetime.now(UTC) - timedelta(days=3), kind=ContactKind.STREET
        )
    )
    model = CaseloadModel(Desk(store).caseload.pages, overdue_days=14)
    by_id = {model.data(model.index(r, 0), ParticipantIdRole): r for r in range(model.rowCount())}
    assert model.data(model.index(by_id[seen.id], COL_DAYS)) == "3"
    assert model.data(model.index(by_id[seen.id], 0), OverdueRole) is False
    assert model.data(model.index(by_id[unseen.id], 0), OverdueRole) is True
    model.overdue_days = 2
    assert model.data(model.index(by_id[seen.id], 0), OverdueRole) is True


def test_overdue_follows_the_same_rule_as_the_query(qapp, store: Store) -> None:
    """N days since the last contact is overdue, N - 1 is not: in the flag and in the count alike."""
    in_time, a_day_late, never = add_people(store, 3)
    now = datetime.now(UTC)
    for person, days in ((in_time, 13), (a_day_late, 14)):
        store.repos.contacts.create(
            Contact(participant_id=person.id, occurred_at=now - timedelta(days=days), kind=ContactKind.STREET)
        )
    model = CaseloadModel(Desk(store).caseload.pages, overdue_days=14)
    flagged = {
        model.data(model.index(r, 0), ParticipantIdRole)
        for r in range(model.rowCount())
        if model.data(model.index(r, 0), OverdueRole)
    }
    assert flagged == {a_day_late.id, never.id}
    assert Desk(store).caseload.overdue_count(model.filter, overdue_days=14) == 2
    model.set_filter(CaseloadFilter(not_seen_for_days=14))
    assert {model.participant_id(r) for r in range(model.rowCount())} == flagged


def test_labels_tooltips_and_marks(qapp, store: Store) -> None:
    (person,) = add_people(store, 1)
    store.repos.participants.update(
        person.id, {"aliases": ["Sparrow", "Jay"], "status": ParticipantStatus.IN_THE_WIND}
    )
    model = CaseloadModel(Desk(store).caseload.pages)
    assert model.data(model.index(0, COL_STATUS)) == "In the wind"
    assert model.data(model.index(0, COL_LAST_CONTACT)) == "never"
    assert model.data(model.index(0, COL_DAYS)) == "—"
    assert model.data(model.index(0, COL_NAME), Qt.ItemDataRole.ToolTipRole) == "Also known as: Sparrow, Jay"
    assert model.data(model.index(0, COL_DAYS), Qt.ItemDataRole.ToolTipRole) == "No contact recorded yet"
    assert model.data(model.index(0, COL_NAME), Qt.ItemDataRole.FontRole).bold()
    assert model.data(model.index(0, COL_STATUS), Qt.ItemDataRole.FontRole) is None


def test_refresh_keeps_the_rows_already_loaded(qapp, store: Store) -> None:
    add_people(store, PAGE * 2 + 5)
    model = CaseloadModel(Desk(store).caseload.pages)
    model.fetchMore()
    assert model.rowCount() == PAGE * 2
    model.refresh()
    assert model.rowCount() == PAGE * 2  # the view does not jump back to the first page
    assert model.row_of(model.participant_id(PAGE + 3)) == PAGE + 3
    assert model.row_of("not-an-id") == -1


def test_the_sort_is_reported_for_the_header(qapp, store: Store) -> None:
    add_people(store, 3)
    model = CaseloadModel(Desk(store).caseload.pages)
    model.sort(COL_DAYS, Qt.SortOrder.DescendingOrder)
    assert (model.sort_column, model.descending) == (COL_DAYS, True)


def test_no_contact_is_overdue_with_someone_exited_or_inactive(qapp, store: Store) -> None:
    active, exited, inactive = add_people(store, 3)
    store.repos.participants.update(active.id, {"status": ParticipantStatus.ACTIVE})
    store.repos.participants.update(
        exited.id, {"status": ParticipantStatus.EXITED, "exited_on": local_today()}
    )
    store.repos.participants.update(inactive.id, {"status": ParticipantStatus.INACTIVE})
    model = CaseloadModel(Desk(store).caseload.pages, overdue_days=14)
    flagged = [model.participant_id(r) for r in range(3) if model.data(model.index(r, 0), OverdueRole)]
    assert flagged == [active.id]
    desk = Desk(store)
    assert desk.caseload.overdue_count(model.filter, overdue_days=14) == 1
    exited_only = CaseloadFilter(statuses=frozenset({ParticipantStatus.EXITED}))
    assert desk.caseload.overdue_count(exited_only, overdue_days=14) == 0
    model.set_filter(replace(exited_only, not_seen_for_days=14))
    assert model.rowCount() == 0  # the "not seen" filter keeps to the rule too: exited is never overdue


class ListPages:
    """Caseload pages over a plain list, sorted by name either way, as the model asks for them."""

    def __init__(self, rows: list[CaseloadRow]) -> None:
        self.rows = rows
        self.asked: list[tuple[CaseloadFilter, bool]] = []

    def __call__(self, criteria: CaseloadFilter, *, sort: object, descending: bool) -> ListPages:
        self.asked.append((criteria, descending))
        self.shown = sorted(self.rows, key=lambda r: r.name, reverse=descending)
        return self

    def count(self) -> int:
        return len(self.shown)

    def page(self, *, offset: int, limit: int) -> list[CaseloadRow]:
        return self.shown[offset : offset + limit]


def row(name: str, *, status: ParticipantStatus, days: int | None) -> CaseloadRow:
    return CaseloadRow(
        id=name.lower(),
        first_name="Sam",
        last_name=name,
        preferred_name="",
        aliases=(),
        status=status,
        team_id="north",
        case_manager="Casey Morgan",
        last_contact=None if days is None else datetime(2026, 3, 1, 12, tzinfo=UTC),
        days_since_contact=days,
        open_needs=0,
        next_task_due=date(2026, 3, 9) if days == 3 else None,
    )


def test_the_model_reads_a_plain_list_and_flags_overdue_by_the_domain_rule(qapp) -> None:
    pages = ListPages(
        [
            row("Quill", status=ParticipantStatus.ACTIVE, days=14),
            row("Abbot", status=ParticipantStatus.ACTIVE, days=3),
            row("Exley", status=ParticipantStatus.EXITED, days=None),
            row("Inman", status=ParticipantStatus.INACTIVE, days=40),
            row("Nolan", status=ParticipantStatus.REFERRED, days=None),
        ]
    )
    model = CaseloadModel(pages, overdue_days=14)
    assert [model.data(model.index(r, COL_NAME)) for r in range(5)] == [
        "Abbot, Sam",
        "Exley, Sam",
        "Inman, Sam",
        "Nolan, Sam",
        "Quill, Sam",
    ]
    flagged = [model.participant_id(r) for r in range(5) if model.data(model.index(r, 0), OverdueRole)]
    assert flagged == ["nolan", "quill"]
    assert model.data(model.index(4, COL_DAYS)) == "14"
    assert model.data(model.index(4, COL_DAYS), Qt.ItemDataRole.ToolTipRole) == "Not seen for 14 days"
    model.sort(COL_NAME, Qt.SortOrder.DescendingOrder)
    assert model.participant_id(0) == "quill"
    assert pages.asked[-1][1] is True
