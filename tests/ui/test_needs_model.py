"""The needs item model, tested without a view: order, ranks, and reordering that writes only what moved."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from leaddesk.desk import Desk
from leaddesk.domain import Need, Participant
from leaddesk.domain.enums import NeedDomain, NeedStatus, Urgency
from leaddesk.storage.store import Store
from leaddesk.ui.participant.needs_model import (
    COL_DESCRIPTION,
    COL_DOMAIN,
    COL_RANK,
    IsOpenRole,
    NeedIdRole,
    NeedsModel,
    RankRole,
    SessionNeeds,
)
from leaddesk.ui.session import Session


def add_needs(store: Store, participant: Participant, specs: list[tuple[str, int, NeedStatus]]) -> list[Need]:
    return [
        store.repos.needs.create(
            Need(
                participant_id=participant.id,
                domain=NeedDomain.OTHER,
                description=description,
                rank=rank,
                urgency=Urgency.MEDIUM,
                status=status,
            )
        )
        for description, rank, status in specs
    ]


def descriptions(model: NeedsModel) -> list[str]:
    return [model.data(model.index(r, COL_DESCRIPTION)) for r in range(model.rowCount())]


def stored_ranks(store: Store, participant: Participant) -> dict[str, int]:
    return {n.description: n.rank for n in store.repos.needs.find(participant_id=participant.id)}


def test_open_needs_come_first_in_their_order_and_met_ones_are_greyed(
    qapp, store: Store, participant: Participant
) -> None:
    add_needs(
        store,
        participant,
        [
            ("phone", 3, NeedStatus.OPEN),
            ("bus pass", 1, NeedStatus.MET),
            ("ID card", 2, NeedStatus.IN_PROGRESS),
            ("shelter bed", 5, NeedStatus.OPEN),
        ],
    )
    model = NeedsModel(SessionNeeds(Session(Desk(store)), participant.id))
    assert descriptions(model) == ["ID card", "phone", "shelter bed", "bus pass"]
    # The number shown is their order among open needs; the stored rank stays available.
    assert [model.data(model.index(r, COL_RANK)) for r in range(4)] == ["1", "2", "3", ""]
    assert model.data(model.index(2, 0), RankRole) == 5
    assert model.data(model.index(3, 0), IsOpenRole) is False
    assert model.data(model.index(3, COL_DOMAIN), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(0, COL_DOMAIN), Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(model.index(0, COL_DOMAIN)) == "Other"


def test_moving_a_need_writes_only_the_ranks_that_changed(
    qapp, store: Store, participant: Participant
) -> None:
    add_needs(store, participant, [(name, i + 1, NeedStatus.OPEN) for i, name in enumerate("abcd")])
    session = Session(Desk(store))
    heard: list[str] = []
    session.changed.connect(lambda change: heard.extend(change.record_ids))
    model = NeedsModel(SessionNeeds(session, participant.id))
    before = store.repos.outbox.count()

    assert model.move(3, 2)  # d above c
    assert descriptions(model) == ["a", "b", "d", "c"]
    assert store.repos.outbox.count() - before == 2
    assert stored_ranks(store, participant) == {"a": 1, "b": 2, "d": 3, "c": 4}
    assert len(heard) == 2

    before = store.repos.outbox.count()
    assert model.move(0, 3)  # a to the bottom: every rank shifts
    assert descriptions(model) == ["b", "d", "c", "a"]
    assert store.repos.outbox.count() - before == 4
    assert stored_ranks(store, participant) == {"b": 1, "d": 2, "c": 3, "a": 4}


def test_gaps_in_stored_ranks_are_closed_by_a_move(qapp, store: Store, participant: Participant) -> None:
    add_needs(
        store, participant, [("a", 1, NeedStatus.OPEN), ("b", 5, NeedStatus.OPEN), ("c", 9, NeedStatus.OPEN)]
    )
    model = NeedsModel(SessionNeeds(Session(Desk(store)), participant.id))
    before = store.repos.outbox.count()
    assert model.move(2, 1)
    assert store.repos.outbox.count() - before == 2  # "a" already had rank 1
    assert stored_ranks(store, participant) == {"a": 1, "c": 2, "b": 3}


def test_an_open_need_cannot_sink_among_met_ones(qapp, store: Store, participant: Participant) -> None:
    add_needs(store, participant, [("open one", 1, NeedStatus.OPEN), ("met one", 2, NeedStatus.MET)])
    model = NeedsModel(SessionNeeds(Session(Desk(store)), participant.id))
    before = store.repos.outbox.count()
    assert not model.can_move(0, 1)
    assert not model.move(0, 1)
    assert not model.move(0, 0)
    assert store.repos.outbox.count() == before
    assert descriptions(model) == ["open one", "met one"]


def test_drag_and_drop_moves_the_need(qapp, store: Store, participant: Participant) -> None:
    needs = add_needs(store, participant, [(name, i + 1, NeedStatus.OPEN) for i, name in enumerate("abc")])
    model = NeedsModel(SessionNeeds(Session(Desk(store)), participant.id))
    assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsDragEnabled
    data = model.mimeData([model.index(0, COL_DESCRIPTION)])
    # Dropped between the last two rows: "a" lands after "b".
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 2, 0, QModelIndex())
    assert descriptions(model) == ["b", "a", "c"]
    # Dropped onto "c": "a" takes its place.
    data = model.mimeData([model.index(1, 0)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, model.index(2, 0))
    assert descriptions(model) == ["b", "c", "a"]
    assert stored_ranks(store, participant) == {"b": 1, "c": 2, "a": 3}
    # The view's clean-up after a move-drop must not remove anything.
    assert not model.removeRows(0, 1)
    assert model.rowCount() == 3
    assert model.data(model.index(2, 0), NeedIdRole) == needs[0].id


def test_refresh_reads_what_another_screen_changed(qapp, store: Store, participant: Participant) -> None:
    (need,) = add_needs(store, participant, [("food", 1, NeedStatus.OPEN)])
    model = NeedsModel(SessionNeeds(Session(Desk(store)), participant.id))
    store.repos.needs.update(need.id, {"status": NeedStatus.MET})
    assert model.data(model.index(0, 0), IsOpenRole) is True
    model.refresh()
    assert model.data(model.index(0, 0), IsOpenRole) is False


def test_a_failed_reorder_writes_nothing_and_says_why(qtbot, store: Store, participant: Participant) -> None:
    needs = add_needs(store, participant, [(name, i + 1, NeedStatus.OPEN) for i, name in enumerate("abc")])
    model = NeedsModel(SessionNeeds(Session(Desk(store)), participant.id))
    store.repos.needs.delete(needs[0].id)  # gone elsewhere while the list was open
    before = store.repos.outbox.count()
    with qtbot.waitSignal(model.write_failed, timeout=1000) as failed:
        assert not model.move(2, 0)  # c to the top: a's rank write fails, so b's and c's are undone
    assert failed.args[0]
    assert store.repos.outbox.count() == before
    assert stored_ranks(store, participant) == {"b": 2, "c": 3}
    assert descriptions(model) == ["b", "c"]  # reloaded from the store
