"""Acceptance: every local write leaves exactly one outbox entry and one audit event in its own
transaction, carrying wire values, per-field clocks and base clocks; clocks only ever move forward,
even when the computer's clock goes back or the profile is closed and reopened."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from leaddesk.domain import CaseNote, Contact, Need, Participant, PlanGoal, ProgressEntry, Task
from leaddesk.domain.clock import Stamp
from leaddesk.domain.enums import AuditAction, ContactKind, NeedDomain, NeedStatus, ParticipantStatus
from leaddesk.storage.errors import RecordNotFound
from leaddesk.storage.profile import create_profile, open_profile
from leaddesk.storage.repositories.outbox import OutboxEntry
from leaddesk.storage.store import Store
from tests.kdf import FAST_FOR_TESTS

# The values tests/conftest.py uses for the `store` fixture's profile.
PASSPHRASE = "correct horse battery staple"
PROFILE = "Casey Morgan"
HOUR_MS = 3600 * 1000
AT = datetime(2024, 5, 1, 9, 15, tzinfo=UTC)


def counts(store: Store) -> tuple[int, int]:
    return store.repos.outbox.count(), store.repos.audit.count()


def last_entry(store: Store) -> OutboxEntry:
    return store.repos.outbox.pending()[-1]


def stamps_of(entry: OutboxEntry) -> list[Stamp]:
    return [Stamp.decode(c) for c in entry.clocks.values()]


# -- one outbox entry and one audit event per write -------------------------------------------------

Write = Callable[[Store, Participant], Any]


def _create_need(s: Store, p: Participant) -> Any:
    return s.repos.needs.create(Need(participant_id=p.id, domain=NeedDomain.FOOD))


def _update_participant(s: Store, p: Participant) -> Any:
    return s.repos.participants.update(p.id, {"phone": "206-555-0123", "status": ParticipantStatus.ACTIVE})


def _delete_task(s: Store, p: Participant) -> Any:
    task = s.repos.tasks.create(Task(participant_id=p.id, title="Call"))
    return s.repos.tasks.delete(task.id)


def _sign_note(s: Store, p: Participant) -> Any:
    note = s.repos.notes.create(CaseNote(participant_id=p.id, data="Met"))
    return s.repos.notes.sign(note.id)


def _add_addendum(s: Store, p: Participant) -> Any:
    note = s.repos.notes.create(CaseNote(participant_id=p.id, data="Met"))
    s.repos.notes.sign(note.id)
    return s.repos.notes.add_addendum(note.id, "Correction")


def _add_attachment(s: Store, p: Participant) -> Any:
    return s.repos.attachments.add(participant_id=p.id, file_name="a.txt", media_type="text/plain", data=b"a")


def _create_participant(s: Store, p: Participant) -> Any:
    return s.repos.participants.create(Participant(first_name="Ana", last_name="Bell", team_id="north"))


# (write, the setup writes it makes first, op, audit action, entity)
WRITES: list[tuple[Write, int, str, AuditAction, str]] = [
    (_create_participant, 0, "create", AuditAction.CREATE, "participant"),
    (_create_need, 0, "create", AuditAction.CREATE, "need"),
    (_update_participant, 0, "update", AuditAction.UPDATE, "participant"),
    (_delete_task, 1, "delete", AuditAction.DELETE, "task"),
    (_sign_note, 1, "update", AuditAction.SIGN, "note"),
    (_add_addendum, 2, "create", AuditAction.CREATE, "addendum"),
    (_add_attachment, 0, "create", AuditAction.CREATE, "attachment"),
]


@pytest.mark.parametrize(
    ("write", "setup_writes", "op", "action", "entity"), WRITES, ids=lambda v: getattr(v, "__name__", None)
)
def test_each_write_leaves_one_outbox_entry_and_one_audit_event(
    store: Store,
    participant: Participant,
    write: Write,
    setup_writes: int,
    op: str,
    action: AuditAction,
    entity: str,
) -> None:
    outbox, audit = counts(store)
    write(store, participant)
    assert counts(store) == (outbox + setup_writes + 1, audit + setup_writes + 1)
    entry = last_entry(store)
    event = store.repos.audit.events(limit=1)[0]
    assert (entry.op, entry.entity) == (op, entity)
    assert (event.action, event.entity, event.entity_id) == (action, entity, entry.record_id)
    expected_participant = entry.record_id if entity == "participant" else participant.id
    assert entry.participant_id == event.participant_id == expected_participant
    assert (event.user, event.device) == (store.user, store.device_id)


def test_the_audit_event_carries_no_record_contents(store: Store, participant: Participant) -> None:
    store.repos.notes.create(CaseNote(participant_id=participant.id, data="Disclosed heroin use at intake"))
    rows = store.conn.execute("SELECT * FROM audit_event").fetchall()
    assert rows
    assert not any("heroin" in str(value) for row in rows for value in row)


# -- failed writes leave nothing ----------------------------------------------------------------------


def test_a_refused_create_leaves_nothing(store: Store, participant: Participant) -> None:
    before = counts(store)
    # Built without validation (as model_construct or model_copy do): the repository validates again.
    unchecked = Participant.model_construct(first_name="", last_name="Bell", team_id="north")
    with pytest.raises(ValidationError) as caught:
        store.repos.participants.create(unchecked)
    assert caught.value.errors()[0]["loc"] == ("first_name",)
    assert counts(store) == before
    assert store.repos.participants.count(include_deleted=True) == 1


def test_a_refused_update_leaves_nothing(store: Store, participant: Participant) -> None:
    before = counts(store)
    clocks = store.repos.participants.field_clocks(participant.id)
    with pytest.raises(ValidationError):
        store.repos.participants.update(participant.id, {"phone": "206", "last_name": ""})
    assert counts(store) == before
    assert store.repos.participants.get(participant.id) == participant
    assert store.repos.participants.field_clocks(participant.id) == clocks
    assert not store.conn.in_transaction


@pytest.fixture
def failing_audit(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make the audit append (the last step inside the transaction, after the row and the outbox entry)
    fail; records which writes reached it."""
    reached: list[str] = []

    def boom(conn: Any, **kwargs: Any) -> str:
        reached.append(kwargs["entity"])
        raise RuntimeError("disk full")

    monkeypatch.setattr("leaddesk.storage.repositories.records.append_audit", boom)
    return reached


def test_a_create_that_fails_after_the_insert_leaves_nothing(
    store: Store, participant: Participant, failing_audit: list[str]
) -> None:
    before = counts(store)
    need = Need(participant_id=participant.id, domain=NeedDomain.HOUSING)
    with pytest.raises(RuntimeError, match="disk full"):
        store.repos.needs.create(need)
    assert failing_audit == ["need"]  # the insert and the outbox entry were made, then undone
    assert counts(store) == before
    with pytest.raises(RecordNotFound):
        store.repos.needs.get(need.id, include_deleted=True)
    assert not store.conn.in_transaction


def test_an_update_delete_or_sign_that_fails_leaves_the_record_as_it_was(
    store: Store, participant: Participant, monkeypatch: pytest.MonkeyPatch
) -> None:
    need = store.repos.needs.create(Need(participant_id=participant.id, domain=NeedDomain.HOUSING))
    note = store.repos.notes.create(CaseNote(participant_id=participant.id, data="Met"))
    signed = store.repos.notes.sign(
        store.repos.notes.create(CaseNote(participant_id=participant.id, data="x")).id
    )
    clocks_before = store.repos.needs.field_clocks(need.id)
    before = counts(store)

    def boom(conn: Any, **kwargs: Any) -> str:
        raise RuntimeError("disk full")

    monkeypatch.setattr("leaddesk.storage.repositories.records.append_audit", boom)
    with pytest.raises(RuntimeError):
        store.repos.needs.update(need.id, {"status": NeedStatus.MET})
    with pytest.raises(RuntimeError):
        store.repos.needs.delete(need.id)
    with pytest.raises(RuntimeError):
        store.repos.notes.sign(note.id)
    with pytest.raises(RuntimeError):
        store.repos.attachments.add(
            participant_id=participant.id, file_name="a", media_type="text/plain", data=b"x"
        )
    with pytest.raises(RuntimeError):
        store.repos.notes.add_addendum(signed.id, "never")
    monkeypatch.undo()
    assert counts(store) == before
    assert store.repos.needs.get(need.id) == need
    assert store.repos.needs.field_clocks(need.id) == clocks_before
    assert store.repos.notes.get(note.id) == note
    assert store.repos.attachments.count(include_deleted=True) == 0
    assert store.repos.addenda.count(include_deleted=True) == 0
    assert store.conn.execute("SELECT count(*) FROM attachment_blob").fetchone()[0] == 0
    # The store is usable afterwards and the next write is recorded normally.
    store.repos.needs.update(need.id, {"status": NeedStatus.MET})
    assert counts(store) == (before[0] + 1, before[1] + 1)


def test_a_failed_write_inside_an_outer_write_undoes_the_whole(
    store: Store, participant: Participant
) -> None:
    before = counts(store)

    def need_then_bad_name() -> None:
        with store.write():
            store.repos.needs.create(Need(participant_id=participant.id, domain=NeedDomain.FOOD))
            store.repos.participants.update(participant.id, {"last_name": ""})

    with pytest.raises(ValidationError):
        need_then_bad_name()
    assert counts(store) == before
    assert store.repos.needs.count() == 0


# -- what an outbox entry carries ---------------------------------------------------------------------


def test_a_create_carries_every_field_as_wire_values_with_one_clock(
    store: Store, participant: Participant
) -> None:
    goal = store.repos.goals.create(
        PlanGoal(
            participant_id=participant.id,
            goal="Get my ID back",
            domain=NeedDomain.ID_DOCUMENTS,
            steps=["Birth certificate"],
            target_date=date(2024, 8, 1),
            progress=[ProgressEntry(on=date(2024, 5, 3), text="Ordered")],
        )
    )
    entry = last_entry(store)
    assert (entry.entity, entry.record_id, entry.op) == ("plan_goal", goal.id, "create")
    expected_fields = set(PlanGoal.model_fields) - {"id"}
    assert set(entry.fields) == expected_fields
    assert entry.fields["domain"] == "id_documents"
    assert entry.fields["target_date"] == "2024-08-01"
    assert entry.fields["steps"] == ["Birth certificate"]
    assert entry.fields["progress"] == [{"on": "2024-05-03", "text": "Ordered"}]
    assert entry.fields["status"] == "active"
    assert entry.fields["deleted"] is False
    assert entry.fields["participant_id"] == participant.id
    assert entry.fields["created_by"] == store.user
    assert datetime.fromisoformat(entry.fields["created_at"]) == goal.created_at
    assert set(entry.clocks) == expected_fields
    assert len(set(entry.clocks.values())) == 1
    stamp = Stamp.decode(next(iter(entry.clocks.values())))
    assert stamp.device == store.device_id
    assert entry.base == {}
    assert store.repos.goals.field_clocks(goal.id) == entry.clocks


def test_an_update_carries_the_changed_fields_and_their_base_clocks(
    store: Store, participant: Participant
) -> None:
    created_clocks = store.repos.participants.field_clocks(participant.id)
    store.repos.participants.update(
        participant.id, {"status": ParticipantStatus.ENGAGED, "engaged_on": date(2024, 5, 2)}
    )
    first = last_entry(store)
    assert first.op == "update"
    assert first.fields.keys() == {"status", "engaged_on", "updated_at"}
    assert (first.fields["status"], first.fields["engaged_on"]) == ("engaged", "2024-05-02")
    assert first.clocks.keys() == first.fields.keys()
    assert len(set(first.clocks.values())) == 1
    assert first.base == {f: created_clocks[f] for f in first.fields}
    assert all(Stamp.decode(first.clocks[f]) > Stamp.decode(created_clocks[f]) for f in first.fields)

    store.repos.participants.update(participant.id, {"status": ParticipantStatus.ACTIVE})
    second = last_entry(store)
    assert second.fields == {"status": "active", "updated_at": second.fields["updated_at"]}
    # The base is the stamp the field had just before: the first update's, not the create's.
    assert second.base == {"status": first.clocks["status"], "updated_at": first.clocks["updated_at"]}
    clocks = store.repos.participants.field_clocks(participant.id)
    assert clocks["status"] == second.clocks["status"]
    assert clocks["engaged_on"] == first.clocks["engaged_on"]
    assert clocks["first_name"] == created_clocks["first_name"]


def test_a_delete_carries_only_what_it_changes_and_a_sign_the_text_it_signed(
    store: Store, participant: Participant
) -> None:
    note = store.repos.notes.create(CaseNote(participant_id=participant.id, data="Met"))
    created = store.repos.notes.field_clocks(note.id)
    signed = store.repos.notes.sign(note.id)
    entry = last_entry(store)
    # The signed content goes with the signature, edited from the stamps seen here, so the server can
    # keep what was signed against an edit this laptop never saw.
    assert entry.fields.keys() == {"signed_by", "signed_at", "updated_at"} | CaseNote.signed_fields
    assert entry.fields["data"] == "Met"
    assert entry.fields["signed_by"] == store.user
    assert datetime.fromisoformat(entry.fields["signed_at"]) == signed.signed_at
    assert entry.base == {f: created[f] for f in entry.fields}

    task = store.repos.tasks.create(Task(participant_id=participant.id, title="Call"))
    created = store.repos.tasks.field_clocks(task.id)
    store.repos.tasks.delete(task.id)
    entry = last_entry(store)
    assert (entry.op, entry.record_id) == ("delete", task.id)
    assert entry.fields.keys() == {"deleted", "updated_at"}
    assert entry.fields["deleted"] is True
    assert entry.base == {"deleted": created["deleted"], "updated_at": created["updated_at"]}


def test_entries_are_pending_until_acknowledged(store: Store, participant: Participant) -> None:
    entries = store.repos.outbox.pending()
    assert [e.record_id for e in entries] == [participant.id]
    need = store.repos.needs.create(Need(participant_id=participant.id, domain=NeedDomain.FOOD))
    store.repos.outbox.acknowledge([entries[0].change_id])
    assert [e.record_id for e in store.repos.outbox.pending()] == [need.id]
    assert store.repos.outbox.pending(after_seq=store.repos.outbox.pending()[0].seq) == []


# -- clocks only move forward -------------------------------------------------------------------------


class FakeWall:
    def __init__(self, ms: int) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


def all_stamps(store: Store) -> list[Stamp]:
    """Every stamp in the outbox, in the order the writes happened."""
    found: list[Stamp] = []
    for entry in store.repos.outbox.pending():
        distinct = sorted(set(stamps_of(entry)))
        assert len(distinct) == 1, "one write, one stamp"
        found.append(distinct[0])
    return found


def strictly_increasing(stamps: list[Stamp]) -> bool:
    return all(a < b for a, b in itertools.pairwise(stamps))


def churn(store: Store, participant: Participant, wall: FakeWall, steps: list[int]) -> None:
    for i, jump in enumerate(steps):
        wall.ms += jump
        match i % 3:
            case 0:
                store.repos.needs.create(
                    Need(participant_id=participant.id, domain=NeedDomain.FOOD, rank=i + 1)
                )
            case 1:
                store.repos.participants.update(participant.id, {"phone": f"555-{i:04d}"})
            case _:
                store.repos.tasks.create(Task(participant_id=participant.id, title=f"t{i}"))


def test_clocks_increase_when_the_wall_clock_goes_back(home: Path) -> None:
    wall = FakeWall(1_750_000_000_000)
    store = create_profile(PROFILE, PASSPHRASE, home=home, kdf=FAST_FOR_TESTS, wall=wall).store
    try:
        participant = store.repos.participants.create(Participant(first_name="A", last_name="B", team_id="n"))
        churn(
            store, participant, wall, [-3 * HOUR_MS, 5, -10 * HOUR_MS, 0, 0, -1, 2 * HOUR_MS, -48 * HOUR_MS]
        )
        stamps = all_stamps(store)
        assert len(stamps) == 9
        assert strictly_increasing(stamps)
        assert all(s.device == store.device_id for s in stamps)
        # The clock did not follow the wall backwards: it is still at or past the first write's time.
        assert stamps[-1].physical_ms >= 1_750_000_000_000
        # The per-field clocks kept in the rows agree with the last write of each field.
        phone_writes = [e for e in store.repos.outbox.pending() if "phone" in e.fields and e.op == "update"]
        assert (
            store.repos.participants.field_clocks(participant.id)["phone"] == phone_writes[-1].clocks["phone"]
        )
    finally:
        store.close(audit=False)


def test_clocks_follow_the_wall_when_it_moves_forward(home: Path) -> None:
    wall = FakeWall(1_750_000_000_000)
    store = create_profile(PROFILE, PASSPHRASE, home=home, kdf=FAST_FOR_TESTS, wall=wall).store
    try:
        store.repos.participants.create(Participant(first_name="A", last_name="B", team_id="n"))
        wall.ms += HOUR_MS
        store.repos.participants.create(Participant(first_name="C", last_name="D", team_id="n"))
        first, second = all_stamps(store)
        assert (first.physical_ms, second.physical_ms) == (1_750_000_000_000, 1_750_000_000_000 + HOUR_MS)
    finally:
        store.close(audit=False)


@pytest.mark.parametrize("close_with_audit", [True, False])
def test_clocks_stay_monotonic_across_close_and_reopen(home: Path, close_with_audit: bool) -> None:
    wall = FakeWall(1_750_000_000_000)
    store = create_profile(PROFILE, PASSPHRASE, home=home, kdf=FAST_FOR_TESTS, wall=wall).store
    participant = store.repos.participants.create(Participant(first_name="A", last_name="B", team_id="n"))
    churn(store, participant, wall, [0, 0, 0, 0])
    before = all_stamps(store)
    store.close(audit=close_with_audit)

    for back in (6 * HOUR_MS, 30 * 24 * HOUR_MS):
        earlier = FakeWall(1_750_000_000_000 - back)
        store = open_profile(PROFILE, PASSPHRASE, home=home, wall=earlier, kdf=FAST_FOR_TESTS)
        try:
            store.repos.participants.update(participant.id, {"phone": f"back {back}"})
            store.repos.needs.create(Need(participant_id=participant.id, domain=NeedDomain.MAT))
            stamps = all_stamps(store)
            assert stamps[: len(before)] == before
            assert strictly_increasing(stamps)
            before = stamps
        finally:
            store.close(audit=close_with_audit)
    assert len(before) == 5 + 2 + 2


def test_a_reopened_store_continues_from_the_last_stamp_not_the_wall(home: Path) -> None:
    wall = FakeWall(1_750_000_000_000)
    store = create_profile(PROFILE, PASSPHRASE, home=home, kdf=FAST_FOR_TESTS, wall=wall).store
    store.repos.participants.create(Participant(first_name="A", last_name="B", team_id="n"))
    [last] = all_stamps(store)
    store.close()
    store = open_profile(PROFILE, PASSPHRASE, home=home, wall=FakeWall(1), kdf=FAST_FOR_TESTS)
    try:
        assert store.clock.last >= last.hlc
        assert store.clock.now() > last
    finally:
        store.close(audit=False)


def test_contact_times_are_data_not_clocks(store: Store, participant: Participant) -> None:
    """A contact entered for last week is stamped now: what a field says and when it was written differ."""
    store.repos.contacts.create(
        Contact(participant_id=participant.id, occurred_at=AT - timedelta(days=7), kind=ContactKind.STREET)
    )
    [stamp] = sorted(set(stamps_of(last_entry(store))))
    assert stamp.physical_ms > int((AT - timedelta(days=7)).timestamp() * 1000)
    assert stamp > sorted(set(stamps_of(store.repos.outbox.pending()[0])))[0]
