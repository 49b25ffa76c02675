"""Offline work for the sync fault tests: random participants, notes, needs, tasks and attachments written
on laptops, remembered so that once everyone has synced the server and every laptop can be checked
against what was written: each note exactly once, each change on the server, no record lost."""

from __future__ import annotations

import json
import random
from collections import Counter
from typing import Any

import httpx
from sqlalchemy import func, select

from leaddesk.domain import SYNCED_MODELS, CaseNote, Need, Participant, SyncConflict, Task
from leaddesk.domain.enums import NeedDomain, NeedStatus, Urgency
from leaddesk.server.db import audit, push_batch
from leaddesk.storage import field_clocks
from leaddesk.storage.codec import table_for
from leaddesk.storage.profile import open_profile
from leaddesk.storage.replica import Replica
from leaddesk.storage.store import Store
from leaddesk.sync.client import SyncClient
from leaddesk.sync.engine import SyncEngine
from leaddesk.sync.enrolment import client_for
from tests.e2e.conftest import FAST_RETRY, PASSPHRASE, Laptop, Office
from tests.kdf import FAST_FOR_TESTS

Key = tuple[str, str]  # (entity, record id)
TABLES = {m.entity: table_for(m) for m in SYNCED_MODELS}
CONFLICT_TABLE = table_for(SyncConflict).name
# What one burst of work does, by weight. Updates touch fields a case manager edits every day.
ACTIONS = {
    "participant": 4,
    "note": 36,
    "need": 12,
    "task": 14,
    "attachment": 2,
    "phone": 7,
    "need_status": 7,
    "task_done": 7,
    "sign": 5,
    "delete_task": 4,
}


def engine_for(
    laptop: Laptop, *, batch_size: int, page_size: int, transport: httpx.BaseTransport | None = None
) -> SyncEngine:
    """Give the laptop an engine with these sizes (small ones make a sync long enough to interrupt),
    its requests carried by `transport` if one is given (to watch them go)."""
    laptop.engine.client.close()
    if transport is None:
        client = client_for(laptop.store, retry=FAST_RETRY)
    else:
        enrolment = Replica(laptop.store).enrolment
        assert enrolment is not None
        client = SyncClient(
            enrolment.server_url, token=enrolment.token, transport=transport, retry=FAST_RETRY
        )
    laptop.engine = SyncEngine(laptop.store, client, batch_size=batch_size, page_size=page_size)
    return laptop.engine


def shut(laptop: Laptop) -> None:
    """Close the laptop's profile, as quitting the app does, so another process can open it."""
    laptop.engine.client.close()
    laptop.store.close(audit=False)


def reopen(laptop: Laptop, office: Office) -> Store:
    """Unlock the laptop's profile again, as the app does when it starts (after it was killed, say),
    with an engine of the same sizes."""
    sizes = {"batch_size": laptop.engine.batch_size, "page_size": laptop.engine.page_size}
    laptop.store = open_profile(
        laptop.name, PASSPHRASE, home=office.home / laptop.name, user=laptop.store.user, kdf=FAST_FOR_TESTS
    )
    laptop.repos = laptop.store.repos
    laptop.engine = SyncEngine(laptop.store, client_for(laptop.store, retry=FAST_RETRY), **sizes)
    return laptop.store


def stored_batch(office: Office, batch_id: str) -> bool:
    """Whether the server has stored (and so will only replay) the push batch with this id."""
    with office.engine.connect() as conn:
        found = conn.execute(select(push_batch.c.batch_id).where(push_batch.c.batch_id == batch_id))
        return found.first() is not None


class Workload:
    """Random offline work, and what it wrote: every note's text, every change's stamps and, when each
    laptop edits only what it made itself (`own_only`), every record's row as last written."""

    def __init__(self, seed: int, *, team: str = "north") -> None:
        self.rng = random.Random(seed)
        self.team = team
        self.notes: dict[str, str] = {}  # note id -> text, written on any laptop
        self.written: dict[Key, dict[str, Any]] = {}  # row with field_clocks, as its author last left it
        self.changes: dict[str, tuple[Key, dict[str, str]]] = {}  # change id -> record, field -> stamp
        self.ids: dict[str, list[str]] = {entity: [] for entity in ("participant", "note", "need", "task")}
        self.author: dict[str, str] = {}  # record id -> the user who made it
        self._count = 0

    # -- writing -----------------------------------------------------------------------------------

    def edit(self, store: Store, count: int, *, own_only: bool = True) -> list[str]:
        """`count` random writes on one laptop, in one transaction; returns the new outbox change ids."""
        last = store.conn.execute("SELECT coalesce(max(seq), 0) FROM sync_outbox").fetchone()[0]
        touched: set[Key] = set()
        with store.write():
            for _ in range(count):
                touched.add(self._one(store, own_only=own_only))
        made = store.repos.outbox.pending(after_seq=last, limit=1_000_000)
        for entry in made:
            self.changes[entry.change_id] = ((entry.entity, entry.record_id), dict(entry.clocks))
        if own_only:
            for entity, record_id in touched:
                self.written[(entity, record_id)] = _row(store, entity, record_id)
        return [e.change_id for e in made]

    def _one(self, store: Store, *, own_only: bool) -> Key:
        repos = store.repos
        self._count += 1
        action = self.rng.choices(list(ACTIONS), weights=list(ACTIONS.values()))[0]
        person = self._pick(store, "participant", own_only=False)
        if action == "participant" or person is None:
            made = repos.participants.create(
                Participant(first_name=f"P{self._count}", last_name="Quill", team_id=self.team)
            )
            return self._made(store, "participant", made.id)
        if action == "note":
            text = f"Note {self._count} by {store.user}: met at the day centre. " * self.rng.randint(1, 6)
            made_note = repos.notes.create(CaseNote(participant_id=person, data=text, plan="Follow up."))
            self.notes[made_note.id] = text
            return self._made(store, "note", made_note.id)
        if action == "need":
            domain = self.rng.choice(list(NeedDomain))
            made_need = repos.needs.create(Need(participant_id=person, domain=domain))
            return self._made(store, "need", made_need.id)
        if action == "task":
            made_task = repos.tasks.create(Task(participant_id=person, title=f"Task {self._count}"))
            return self._made(store, "task", made_task.id)
        if action == "attachment":
            data = f"scan {self._count} of an ID card".encode() * self.rng.randint(1, 50)
            added = repos.attachments.add(
                participant_id=person, file_name=f"id-{self._count}.png", media_type="image/png", data=data
            )
            return ("attachment", added.id)
        if action == "phone":
            target = self._pick(store, "participant", own_only=own_only) or person
            repos.participants.update(target, {"phone": f"555-{self.rng.randrange(10000):04d}"})
            return ("participant", target)
        entity = {"need_status": "need", "task_done": "task", "sign": "note", "delete_task": "task"}[action]
        # Only a note's author signs it (and no one edits it after); a teammate may finish or delete a task.
        mine_only = own_only or action == "sign"
        record = self._pick(store, entity, own_only=mine_only)
        if record is None:
            return self._one(store, own_only=own_only)
        if action == "need_status":
            status = self.rng.choice([NeedStatus.IN_PROGRESS, NeedStatus.MET])
            repos.needs.update(record, {"status": status, "urgency": self.rng.choice(list(Urgency))})
        elif action == "task_done":
            repos.tasks.update(record, {"done": True})
        elif action == "sign":
            repos.notes.sign(record)
        else:
            repos.tasks.delete(record)
        if action == "sign":
            self.ids[entity].remove(record)  # a signed note is never changed again
        return (entity, record)

    def _made(self, store: Store, entity: str, record_id: str) -> Key:
        self.ids[entity].append(record_id)
        self.author[record_id] = store.user
        return (entity, record_id)

    def _pick(self, store: Store, entity: str, *, own_only: bool) -> str | None:
        """A random live record of this kind the laptop holds (and, if `own_only`, made itself)."""
        candidates = self.ids[entity]
        if own_only:
            candidates = [i for i in candidates if self.author[i] == store.user]
        table = TABLES[entity].name
        # As a person reaches it: through its participant, so not a record a sync cut short between
        # pages brought without its participant (that one's next change is later in the stream).
        held = "" if entity == "participant" else " AND participant_id IN (SELECT id FROM participant)"
        for record_id in self.rng.sample(candidates, min(len(candidates), 8)):
            live = store.conn.execute(
                f"SELECT 1 FROM {table} WHERE id = ? AND deleted = 0{held}", (record_id,)
            )
            if live.fetchone():
                return record_id
        return None

    # -- checking ----------------------------------------------------------------------------------

    def check(self, office: Office, *laptops: Laptop, as_written: bool) -> None:
        """Everyone has synced: nothing waits, every laptop holds the same, the server holds exactly
        that, every note is there once, and (if `as_written`) every record is as its author left it."""
        snapshots = [laptop.snapshot() for laptop in laptops]
        for laptop in laptops:
            outbox = laptop.store.repos.outbox
            assert outbox.count() == 0, f"{laptop.name} still has unsent changes"
            assert outbox.in_flight() is None
            assert outbox.rejected() == [], f"{laptop.name}: refused {outbox.rejected()[0].reason}"
            assert Replica(laptop.store).missing_blobs() == []
        first = snapshots[0]
        for laptop, snapshot in zip(laptops[1:], snapshots[1:], strict=True):
            for table, rows in first.items():
                assert snapshot[table].keys() == rows.keys(), f"{table}: different records on {laptop.name}"
                differing = [i for i, row in rows.items() if snapshot[table][i] != row]
                assert not differing, f"{table} {differing[:3]} differ on {laptop.name}"
        server = office.server_records()
        local: dict[Key, dict[str, Any]] = {
            (entity, record_id): row
            for entity, table in TABLES.items()
            for record_id, row in first[table.name].items()
        }
        assert server.keys() == local.keys(), (
            f"only on the server: {sorted(server.keys() - local.keys())[:5]}; "
            f"only on the laptops: {sorted(local.keys() - server.keys())[:5]}"
        )
        for key, row in local.items():
            fields, clocks, _seq = server[key]
            assert json.loads(clocks) == row["field_clocks"], f"{key}: the server's stamps differ"
            assert _same_fields(TABLES[key[0]], row, json.loads(fields)), f"{key}: the server's values differ"

        notes = {record_id for entity, record_id in server if entity == "note"}
        assert notes == self.notes.keys(), "a note is missing, or one nobody wrote is there"
        for record_id, text in self.notes.items():
            assert local[("note", record_id)]["data"] == text
        self.assert_on_server(office, self.changes)
        if as_written:
            assert first[CONFLICT_TABLE] == {}, "nobody edited a teammate's record: nothing can conflict"
            for key, row in self.written.items():
                assert local[key] == row, f"{key} is not as its author last wrote it"
        with office.engine.connect() as conn:
            pushes = Counter(
                r.entity_id for r in conn.execute(select(audit.c.entity_id).where(audit.c.action == "push"))
            )
            stored = conn.execute(select(func.count()).select_from(audit).where(audit.c.action == "push"))
        assert all(n == 1 for n in pushes.values()), "a push batch was applied twice"
        assert len(pushes) == office.batches() == stored.scalar_one()

    def assert_on_server(self, office: Office, change_ids: Any) -> None:
        """Each of these changes is on the server: its record is there, every field it wrote stamped
        with its stamp or a later one (encoded stamps sort as the stamps do)."""
        server = office.server_records()
        for change_id in change_ids:
            key, clocks = self.changes[change_id]
            assert key in server, f"change {change_id} to {key} was acknowledged but is not on the server"
            there = json.loads(server[key][1])
            behind = [f for f, stamp in clocks.items() if there.get(f, "") < stamp]
            assert not behind, f"change {change_id} to {key}: the server lost {behind}"


def _row(store: Store, entity: str, record_id: str) -> dict[str, Any]:
    table = TABLES[entity]
    columns = [*table.columns, "field_clocks"]
    found = store.conn.execute(f"SELECT {', '.join(columns)} FROM {table.name} WHERE id = ?", (record_id,))
    row = dict(zip(columns, found.fetchone(), strict=True))
    row["field_clocks"] = field_clocks.decode(entity, row["field_clocks"])
    return row


def _same_fields(table: Any, row: dict[str, Any], fields: dict[str, Any]) -> bool:
    """Whether the server's wire values are the laptop's columns (JSON columns are text there)."""
    if fields.keys() != set(table.columns) - {"id"}:
        return False
    for name, wire in fields.items():
        stored = row[name]
        if name in table.json_columns and isinstance(stored, str):
            stored = json.loads(stored)
        if stored != wire or (stored is None) != (wire is None):
            return False
    return True
