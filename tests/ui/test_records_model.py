"""The generic record table model, tested without a view: columns, SQL and in-memory sorting, the
roles a tab reads, and its tab refreshing it when the session announces a change."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont

from leaddesk.desk import Desk
from leaddesk.domain import Consent, Contact, LegalEvent, Participant, Task
from leaddesk.domain.clock import local_today
from leaddesk.domain.enums import ContactKind, LegalEventKind
from leaddesk.storage.store import Store
from leaddesk.ui.models import RecordIdRole
from leaddesk.ui.participant.consents_tab import status_text
from leaddesk.ui.participant.contacts_tab import ContactsTab
from leaddesk.ui.participant.records_model import (
    Column,
    DeskRecords,
    HighlightRole,
    MutedRole,
    RecordsModel,
)
from leaddesk.ui.session import Session

COL_WHEN, COL_MINUTES, COL_PLACE = range(3)
COLUMNS = [
    Column("When", lambda c: c.occurred_at.strftime("%Y-%m-%d"), sort=("occurred_at",)),
    Column("Minutes", lambda c: str(c.minutes), sort=("minutes",), align_right=True),
    Column("Place", lambda c: c.place, key=lambda c: c.place.lower()),
]
START = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def session(qapp, store: Store) -> Session:
    return Session(Desk(store))


def add_contacts(session: Session, participant: Participant, minutes: list[int]) -> list[Contact]:
    made = []
    for i, m in enumerate(minutes):
        contact = Contact(
            participant_id=participant.id,
            occurred_at=START + timedelta(days=i),
            minutes=m,
            kind=ContactKind.STREET,
            place=["bridge", "Alley", "clinic"][i % 3],
        )
        made.append(session.create(contact))
    return made


def contacts_model(session: Session, participant: Participant, **kw) -> RecordsModel:
    return RecordsModel(
        DeskRecords(session, entity="contact", participant_id=participant.id),
        columns=COLUMNS,
        order=("occurred_at",),
        **kw,
    )


def column_texts(model: RecordsModel, column: int) -> list[str]:
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def test_columns_and_rows_come_from_the_query(session: Session, participant: Participant) -> None:
    made = add_contacts(session, participant, [30, 5, 45])
    other = session.create(Participant(first_name="Ari", last_name="Vale", team_id="north"))
    add_contacts(session, other, [99])  # another participant's contact never shows
    model = contacts_model(session, participant, descending=True)
    assert model.columnCount() == 3
    assert model.headerData(COL_MINUTES, Qt.Orientation.Horizontal) == "Minutes"
    assert model.rowCount() == 3
    assert column_texts(model, COL_WHEN) == ["2026-03-03", "2026-03-02", "2026-03-01"]
    assert model.data(model.index(0, 0), RecordIdRole) == made[2].id
    assert model.data(model.index(0, COL_MINUTES), Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    )
    assert model.data(model.index(0, COL_WHEN), Qt.ItemDataRole.TextAlignmentRole) is None
    assert model.sort_column() == COL_WHEN


def test_sorting_runs_in_sql_or_by_the_columns_key(session: Session, participant: Participant) -> None:
    add_contacts(session, participant, [30, 5, 45])
    model = contacts_model(session, participant)
    model.sort(COL_MINUTES, Qt.SortOrder.AscendingOrder)
    assert column_texts(model, COL_MINUTES) == ["5", "30", "45"]
    model.sort(COL_MINUTES, Qt.SortOrder.DescendingOrder)
    assert column_texts(model, COL_MINUTES) == ["45", "30", "5"]
    # A computed column (no SQL column) sorts by its key: case-insensitive here.
    model.sort(COL_PLACE, Qt.SortOrder.AscendingOrder)
    assert column_texts(model, COL_PLACE) == ["Alley", "bridge", "clinic"]
    assert model.sort_column() == COL_PLACE


def test_its_tab_refreshes_it_on_its_own_entity_and_participant_only(
    qtbot, session: Session, participant: Participant
) -> None:
    tab = ContactsTab(session, participant.id)
    qtbot.addWidget(tab)
    model = tab.model
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    add_contacts(session, participant, [10])
    assert model.rowCount() == 1
    assert len(resets) == 1
    other = session.create(Participant(first_name="Ari", last_name="Vale", team_id="north"))
    add_contacts(session, other, [10])
    session.create(Task(participant_id=participant.id, title="Call the clinic"))
    assert len(resets) == 1  # neither another participant's contact nor a task concerns this list
    session.delete("contact", model.record(0).id)
    assert model.rowCount() == 0
    assert len(resets) == 2


def test_highlight_and_muted_roles(session: Session, participant: Participant) -> None:
    soon = datetime.now(UTC) + timedelta(days=3)
    for kind, when in ((LegalEventKind.COURT_DATE, soon), (LegalEventKind.ARREST, START)):
        session.create(LegalEvent(participant_id=participant.id, kind=kind, occurred_at=when))
    model = RecordsModel(
        DeskRecords(session, entity="legal_event", participant_id=participant.id),
        columns=[Column("Kind", lambda e: e.kind.value, sort=("kind",))],
        order=("occurred_at",),
        descending=True,
        highlight=lambda e: e.kind is LegalEventKind.COURT_DATE,
        muted=lambda e: e.kind is LegalEventKind.ARREST,
    )
    court, arrest = model.index(0, 0), model.index(1, 0)
    assert model.data(court) == "court_date"
    assert model.data(court, HighlightRole) is True
    font = model.data(court, Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont)
    assert font.bold()
    assert model.data(court, Qt.ItemDataRole.BackgroundRole) is not None
    assert model.data(arrest, Qt.ItemDataRole.FontRole) is None
    assert model.data(arrest, MutedRole) is True
    assert model.data(arrest, Qt.ItemDataRole.ForegroundRole) is not None


def test_a_check_column_asks_the_tab_to_write(session: Session, participant: Participant) -> None:
    task = session.create(Task(participant_id=participant.id, title="Birth certificate"))
    model = RecordsModel(
        DeskRecords(session, entity="task", participant_id=participant.id),
        columns=[Column("Done", lambda t: "", check=lambda t: t.done), Column("Task", lambda t: t.title)],
        order=("due_on",),
    )
    done = model.index(0, 0)
    assert model.flags(done) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.data(done, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    asked: list[tuple[str, bool]] = []
    model.check_toggled.connect(lambda rid, checked: asked.append((rid, checked)))
    assert model.setData(done, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert asked == [(task.id, True)]
    assert not model.setData(model.index(0, 1), "x", Qt.ItemDataRole.EditRole)


def test_consent_status_sorts_in_memory(session: Session, participant: Participant) -> None:
    today = local_today()
    base = dict(
        participant_id=participant.id,
        discloser="LEAD",
        information="Attendance at treatment",
        recipient="Clinic",
        purpose="Care coordination",
        signed_by="Jordan Quill",
    )
    session.create(
        Consent(**base, signed_on=today - timedelta(days=400), expires_on=today - timedelta(days=35))
    )
    session.create(
        Consent(**base, signed_on=today - timedelta(days=3), expires_on=today + timedelta(days=300))
    )
    model = RecordsModel(
        DeskRecords(session, entity="consent", participant_id=participant.id),
        columns=[Column("Status", status_text)],
        order=("signed_on",),
    )
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert column_texts(model, 0) == ["Active", "Expired"]
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert column_texts(model, 0) == ["Expired", "Active"]
