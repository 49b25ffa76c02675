"""Child process for test_jepsen: one case manager's laptop doing random casework and syncs in a loop
until its control file says stop (or the test kills it): new participants, notes, needs and tasks,
edits of the same few records its teammates edit, signatures, deletes, conflict resolutions, moves to
the other team, attachments, drafts, and edits made while a sync runs (on another thread, and at the
sync's progress reports). Every write and every answer goes to its journal (jepsen_journal.py).

Arguments: home folder, profile name, passphrase, user, team, seed, folder (control.json in,
journal.jsonl out). It loads its modules, then waits for a line on stdin before it opens the profile, so
the test can start it ahead. The laptop's wall clock is the true one plus the control file's `skew_ms`,
read before every step.
"""

from __future__ import annotations

import contextlib
import json
import random
import sys
import threading
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from leaddesk.domain import CaseNote, Need, Participant, Task
from leaddesk.domain.clock import COUNTER_BITS, wall_ms
from leaddesk.domain.enums import NeedDomain, NeedStatus, ParticipantStatus, Urgency
from leaddesk.domain.errors import DomainError
from leaddesk.storage.conflicts import choices, open_conflicts, resolve_conflict
from leaddesk.storage.errors import ParticipantLeaving, RecordNotFound
from leaddesk.storage.profile import open_profile
from leaddesk.storage.store import Store
from leaddesk.sync.client import RetryPolicy
from leaddesk.sync.engine import SyncEngine
from leaddesk.sync.enrolment import client_for
from leaddesk.sync.errors import MassRemovalBlocked, SyncError
from leaddesk.sync.report import SyncProgress
from tests.e2e.jepsen_journal import Answers, Journal, Replay, journalled, real_ms
from tests.kdf import FAST_FOR_TESTS

RETRY = RetryPolicy(attempts=2, base_delay=0.01, max_delay=0.05, total=3.0)
AHEAD_MS = 10 * 60 * 1000  # a clock this far ahead of the true time is the two-day episode's
OTHER_TEAM = {"north": "south", "south": "north"}
STEPS = {
    "participant": 2,
    "note": 7,
    "need": 3,
    "task": 3,
    "edit": 22,
    "sign": 5,
    "delete": 3,
    "resolve": 6,
    "move": 1,
    "attachment": 2,
    "draft": 4,
    "addendum": 1,
    "sync": 16,
}
# Few values per field, so concurrent edits clash often and sometimes agree.
EDITS: dict[str, dict[str, list[Any]]] = {
    "participant": {
        "phone": ["555-0101", "555-0102", "555-0103", ""],
        "preferred_name": ["Jo", "Jay", ""],
        "usual_locations": ["library steps", "shelter on 3rd", "bus depot"],
        "status": [s for s in ParticipantStatus if s is not ParticipantStatus.EXITED],
        "aliases": [[], ["JQ"], ["JQ", "Jojo"]],
    },
    "need": {
        "status": list(NeedStatus),
        "urgency": list(Urgency),
        "rank": [1, 2, 3],
        "description": ["bus pass", "ID from the DMV", "a bed tonight"],
    },
    "task": {
        "title": ["court reminder", "call the clinic", "pick up the ID"],
        "due_on": [None, date(2030, 1, 2), date(2030, 2, 3)],
        "assignee": ["casey", "robin", ""],
        "done": [True, False],
    },
    "note": {
        "data": ["met at the shelter", "met at court", "phoned"],
        "assessment": ["stable", "needs housing first", "in crisis"],
        "plan": ["follow up Friday", "warm hand-off to the clinic", "court on Monday"],
    },
}
THINK_SECONDS = 0.04
HOT = 4  # edits, signatures and deletes go to the newest few records of a kind, where teammates meet
# A step that no longer makes sense, refused as the app would refuse it, with nothing written: among them
# a write about a participant moved out of this team whose unsent work is still on its way up.
HANDLED = (DomainError, ValueError, RecordNotFound, ParticipantLeaving)


class Control:
    """The test's word to this laptop: its clock's skew, and when to stop."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.skew_ms = 0
        self.stop = False
        self.read()

    def read(self) -> None:
        with contextlib.suppress(FileNotFoundError, json.JSONDecodeError):
            data = json.loads(self.path.read_text())
            self.skew_ms, self.stop = int(data["skew_ms"]), bool(data["stop"])

    def wall(self) -> int:
        return wall_ms() + self.skew_ms


class FieldWork:
    """The random casework of one laptop, each write journalled in its own transaction."""

    def __init__(self, store: Store, *, journal: Journal, answers: Answers, team: str, seed: int) -> None:
        self.store = store
        self.journal = journal
        self.answers = answers
        self.team = team
        self.rng = random.Random(seed)
        self.engine = SyncEngine(
            store, client_for(store, retry=RETRY), progress=self._progress, batch_size=10, page_size=10
        )
        # Records written while the clock ran days ahead: the server re-stamps such a write, and the
        # checker finds its new stamp by record, so each is written at most once in that state.
        ops = Replay.of(journal.path).ops
        self.ahead_records = {c["record_id"] for op in ops for c in op["changes"] if _ahead(op["real_ms"], c)}
        self._on_progress: Callable[[], None] | None = None
        self._count = 0

    # -- writing -----------------------------------------------------------------------------------

    def write(
        self, kind: str, action: Callable[[Store], Any], *, store: Store | None = None, w: str = "main"
    ) -> None:
        """Run `action` as one journalled write (jepsen_journal.journalled); a step that no longer makes
        sense writes nothing."""
        try:
            made = journalled(store or self.store, self.journal, kind, action, w=w, check=self._once_ahead)
        except (*HANDLED, _Skip):
            return
        self.answers.committed(made)

    def _once_ahead(self, now: int, made: list[dict[str, Any]]) -> None:
        """While the clock runs days ahead, each record is written at most once (see ahead_records)."""
        if any(_ahead(now, c) for c in made):
            touched = {c["record_id"] for c in made}
            if touched & self.ahead_records:
                raise _Skip
            self.ahead_records |= touched  # a commit that fails after this leaves it here: only stricter

    # -- steps -------------------------------------------------------------------------------------

    def step(self) -> None:
        # A person's pace, not a loop's: three laptops flat out would starve the server of both cores.
        time.sleep(self.rng.uniform(0, THINK_SECONDS))
        self._count += 1
        kind = self.rng.choices(list(STEPS), weights=list(STEPS.values()))[0]
        if kind == "sync":
            self.sync()
        elif kind == "draft":
            self.draft()
        else:
            self.write(kind, lambda store: getattr(self, "_" + kind)(store))

    def _participant(self, store: Store) -> None:
        store.repos.participants.create(
            Participant(first_name=f"P{self._count}", last_name="Quill", team_id=self.team)
        )

    def _note(self, store: Store) -> None:
        pid = self._pick(store, "participant")
        text = f"note {self._count} by {store.user}"
        store.repos.notes.create(CaseNote(participant_id=pid, data=text, plan="follow up"))

    def _need(self, store: Store) -> None:
        pid = self._pick(store, "participant")
        store.repos.needs.create(Need(participant_id=pid, domain=self.rng.choice(list(NeedDomain))))

    def _task(self, store: Store) -> None:
        pid = self._pick(store, "participant")
        store.repos.tasks.create(Task(participant_id=pid, title=f"task {self._count}"))

    def _edit(self, store: Store) -> None:
        entity = self.rng.choice(list(EDITS))
        record_id = self._pick(store, entity, ok=lambda r: not getattr(r, "is_signed", False))
        field = self.rng.choice(list(EDITS[entity]))
        store.repos.for_entity(entity).update(record_id, {field: self.rng.choice(EDITS[entity][field])})

    def _sign(self, store: Store) -> None:
        store.repos.notes.sign(self._pick(store, "note", ok=lambda n: not n.is_signed and not n.is_empty))

    def _delete(self, store: Store) -> None:
        entity = self.rng.choice(["note", "need", "task", "task", "participant"])
        record_id = self._pick(store, entity, ok=lambda r: not getattr(r, "is_signed", False))
        store.repos.for_entity(entity).delete(record_id)

    def _addendum(self, store: Store) -> None:
        note = self._pick(store, "note", ok=lambda n: n.is_signed)
        store.repos.notes.add_addendum(note, f"correction {self._count} by {store.user}")

    def _move(self, store: Store) -> None:
        pid = self._pick(store, "participant", ok=lambda p: p.team_id == self.team)
        store.repos.participants.update(pid, {"team_id": OTHER_TEAM[self.team]})

    def _attachment(self, store: Store) -> None:
        pid = self._pick(store, "participant")
        data = f"scan {self._count} of an ID card, {store.user}".encode() * self.rng.randint(1, 40)
        store.repos.attachments.add(
            participant_id=pid, file_name=f"id-{self._count}.png", media_type="image/png", data=data
        )

    def _resolve(self, store: Store) -> None:
        waiting = open_conflicts(store)
        if not waiting:
            raise _Skip
        conflict = self.rng.choice(waiting[:HOT])
        found = store.repos.for_entity(conflict.record_entity).find(where={"id": conflict.record_id})
        offered = choices(store, conflict, found[0] if found else None)
        choice = self.rng.choice(offered)
        value = None
        if choice == "edited":
            options = EDITS.get(conflict.record_entity, {}).get(conflict.field)
            if not options:
                choice, value = "mine", None
            else:
                value = _wire(self.rng.choice(options))
        resolve_conflict(store, conflict.id, choice=choice, value=value)

    def draft(self) -> None:
        """Unsaved text for a participant's next note, kept as a draft (or thrown away)."""
        drafts = self.store.repos.drafts
        try:
            pid = self._pick(self.store, "participant")
        except _Skip:
            return
        key = f"note:{pid}"
        body = None if drafts.get(key) and self.rng.random() < 0.3 else {"data": f"draft {self._count}"}
        line = {"t": "draft", "n": self.journal.next_n(), "key": key, "participant_id": pid, "body": body}
        self.journal.append({**line, "done": False})
        if body is None:
            drafts.discard(key)
        else:
            drafts.save(key, kind="note", body=body, participant_id=pid)
        self.journal.append({**line, "done": True})

    def _pick(self, store: Store, entity: str, ok: Callable[[Any], bool] = bool) -> str:
        """One of the newest few live records of a kind here that `ok` accepts."""
        found = store.repos.for_entity(entity).find(order_by=("created_at",), descending=True, limit=4 * HOT)
        fitting = [r.id for r in found if ok(r)][:HOT]
        if not fitting:
            raise _Skip
        return self.rng.choice(fitting)

    # -- syncing -----------------------------------------------------------------------------------

    def sync(self) -> None:
        """A sync in full; or cancelled after a few progress reports; or with edits made at its progress
        reports, on this thread or on another with its own connection (as the app's window does)."""
        how = self.rng.choice(["full", "full", "cancel", "meanwhile", "thread"])
        cancel = threading.Event()
        side: threading.Thread | None = None
        reports = self.rng.randint(1, 4)  # progress reports to cancel at, or to edit at
        tick, done = threading.Semaphore(0), threading.Event()
        why = ""
        if how == "cancel":
            self._on_progress = _after(reports, cancel.set)
        elif how == "meanwhile":
            self._on_progress = _until(reports, lambda: self.write("meanwhile", self._edit))
        elif how == "thread":
            side = threading.Thread(target=self._edit_alongside, args=(tick, done, reports), daemon=True)
            self._on_progress = tick.release
            side.start()
        try:
            try:
                report = self.engine.sync(cancel=cancel)
            except MassRemovalBlocked:  # the case manager is asked, and agrees
                report = self.engine.sync(cancel=cancel, allow_mass_removal=True)
            outcome = "cancelled" if cancel.is_set() else "finished"
            if report.server_behind:  # the server took for restored from a backup (never, here)
                outcome = "server_behind"
        except SyncError as exc:
            outcome = type(exc).__name__
            why = repr(exc.__cause__ or exc)[:300]
        finally:
            self._on_progress = None
            if side is not None:
                done.set()
                tick.release()
                side.join()
        self.answers.settle(self.store)
        self.journal.append({"t": "sync", "outcome": outcome, "why": why})

    def _edit_alongside(self, tick: threading.Semaphore, done: threading.Event, edits: int) -> None:
        """Edits on another connection, each at one of the running sync's progress reports."""
        store = self.store.sibling_opener()()
        try:
            for _ in range(edits):
                tick.acquire()
                if done.is_set():
                    return
                self.write("alongside", self._edit, store=store, w="side")
        finally:
            store.close(audit=False)

    def _progress(self, _: SyncProgress) -> None:
        if self._on_progress is not None:
            self._on_progress()


class _Skip(Exception):
    """Nothing to do this step (no record fits): nothing is written."""


def _after(reports: int, act: Callable[[], None]) -> Callable[[], None]:
    """A progress callback that acts at every report after the first `reports`."""
    seen = [0]

    def report() -> None:
        seen[0] += 1
        if seen[0] > reports:
            act()

    return report


def _until(reports: int, act: Callable[[], None]) -> Callable[[], None]:
    """A progress callback that acts at each of the first `reports` reports."""
    seen = [0]

    def report() -> None:
        seen[0] += 1
        if seen[0] <= reports:
            act()

    return report


def _ahead(now: int, change: dict[str, Any]) -> bool:
    """Whether a change was stamped days ahead of the true time `now` it was written at."""
    stamps = [int(s.split("-", 1)[0], 16) >> COUNTER_BITS for s in change["clocks"].values()]
    return max(stamps, default=0) > now + AHEAD_MS


def _wire(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def main() -> int:
    home, name, passphrase, user, team, seed, folder = sys.argv[1:8]
    if not sys.stdin.readline():
        return 0  # started ahead (its imports are most of a start), and not needed after all
    control = Control(Path(folder) / "control.json")
    store = open_profile(name, passphrase, home=home, user=user, wall=control.wall, kdf=FAST_FOR_TESTS)
    journal = Journal(Path(folder) / "journal.jsonl")
    journal.append({"t": "start", "real_ms": real_ms()})
    answers = Answers(journal)
    answers.recover(store)
    work = FieldWork(store, journal=journal, answers=answers, team=team, seed=int(seed))
    print("ready", flush=True)
    while True:
        control.read()
        if control.stop:
            break
        work.step()
    work.engine.client.close()
    store.close(audit=False)
    journal.close()
    print("stopped", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
