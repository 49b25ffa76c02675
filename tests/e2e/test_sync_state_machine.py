"""A hypothesis state machine over the real sync server on a loopback port, SQLite and PostgreSQL: three
north case managers, one south one and a supervisor of both edit offline (the same fields at once too),
sign notes, resolve conflicts, move participants between the teams (the supervisor) and sync in full,
cancelled part way, or cut off by the network; once everyone has synced, no acknowledged edit is lost,
every laptop holds the same, and nobody holds another team's records.

Everything happens in one rule, `step`, whose action is drawn inside it: Hypothesis's swarm testing
switches whole rules off for an example, and with a rule per action most of the twenty or so examples a
CI run affords edited without syncing, or synced with nothing edited. The machine does its own swarm
over what is optional instead: an example has network faults or has none. CI runs it
derandomized (tests/conftest.py's "ci" profile), so every run walks the same histories."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import sys
import tempfile
import threading
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, rule, run_state_machine_as_test
from pydantic import ValidationError

from leaddesk.domain import CaseNote, Need, Participant, Task
from leaddesk.domain.enums import Destination, NeedDomain, NeedStatus, NoYesReason, Urgency
from leaddesk.domain.episodes import NEXT, StatusChange, StatusChangeRefused, current_episode
from leaddesk.domain.errors import DomainError
from leaddesk.domain.ids import utcnow
from leaddesk.storage.conflicts import open_conflicts, resolve_conflict
from leaddesk.storage.errors import ParticipantLeaving
from leaddesk.storage.replica import Replica
from leaddesk.sync.errors import MassRemovalBlocked, ServerUnreachable
from leaddesk.sync.protocol import Role
from leaddesk.sync.report import SyncProgress, SyncReport
from tests.e2e.conftest import Laptop, Office
from tests.e2e.network import Link
from tests.e2e.sync_checks import check_after_full_sync, check_on_server, check_scope
from tests.e2e.sync_history import History

MACHINE = settings(
    # CI's 3 examples per backend (of 80 steps each); LEADDESK_SYNC_EXAMPLES=100 for a longer search.
    max_examples=int(os.environ.get("LEADDESK_SYNC_EXAMPLES", "3")),
    stateful_step_count=80,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
TEAMS = {
    "casey": ("north",),
    "robin": ("north",),
    "alex": ("north",),
    "sam": ("south",),
    "lee": ("north", "south"),  # a supervisor: the only one who may move participants between the two
}
EVERYONE = tuple(TEAMS)
EPISODES_FROM = date(2024, 1, 1)
QUIET_ROUNDS = 6  # everyone up, everyone down, one quiet round; more means something keeps changing

# Few values per field, so concurrent edits often clash and sometimes agree.
EDITS: dict[str, dict[str, st.SearchStrategy[Any]]] = {
    "participant": {
        "phone": st.sampled_from(["555-0101", "555-0102", "555-0103", ""]),
        "preferred_name": st.sampled_from(["Jo", "Jay", "J", ""]),
        "usual_locations": st.sampled_from(["library steps", "shelter on 3rd", "bus depot"]),
        # Status moves with the participant's episode (act "status"), never by an edit of its own.
        "veteran_status": st.sampled_from([NoYesReason.YES, NoYesReason.NO, NoYesReason.NOT_COLLECTED]),
        "aliases": st.sampled_from([[], ["JQ"], ["JQ", "Jojo"], ["Jojo"]]),
    },
    "need": {
        "status": st.sampled_from(list(NeedStatus)),
        "urgency": st.sampled_from(list(Urgency)),
        "rank": st.integers(1, 4),
        "description": st.sampled_from(["bus pass", "ID from the DMV", "a bed tonight"]),
    },
    "task": {
        "title": st.sampled_from(["court reminder", "call the clinic", "pick up the ID"]),
        "due_on": st.sampled_from([None, date(2030, 1, 2), date(2030, 2, 3), date(2030, 3, 4)]),
        "assignee": st.sampled_from(["casey", "robin", "alex", ""]),
    },
    "note": {
        "data": st.sampled_from(["met at the shelter", "met at court", "phoned"]),
        "assessment": st.sampled_from(["stable", "needs housing first", "in crisis"]),
        "plan": st.sampled_from(["follow up Friday", "warm hand-off to the clinic", "court on Monday"]),
    },
}
# What else can be done to each kind of record, besides editing it.
ACTS = {
    "participant": ["delete", "move", "status", "status"],
    "note": ["sign", "sign", "addendum", "delete"],
    "need": ["delete"],
    "task": ["finish", "finish", "delete"],
}
# A step's actions, listed more often to be drawn more often.
STEPS = [
    *["sync"] * 4,
    *["edit"] * 4,
    *["edit everywhere"] * 2,
    *["new record"] * 2,
    "new participant",
    *["act"] * 2,
    "note from outside",
    *["resolve"] * 2,  # only while a conflict is open
    *["network"] * 3,  # only in an example with network faults
]


def _editable(record: Any) -> bool:
    return not getattr(record, "is_signed", False)


CAN: dict[str, Callable[[Any], bool]] = {  # on which laptop's copy an act makes sense
    "sign": lambda note: not note.is_signed and not note.is_empty,
    "addendum": lambda note: note.is_signed,
    "finish": lambda task: not task.done,
    "move": bool,
    "status": bool,
    "delete": _editable,
}
# ("full", 0), ("cancel", after how many progress reports), ("busy", edits made while it runs)
How = tuple[str, int]
HOW: st.SearchStrategy[How] = st.one_of(  # a plain sync twice as often as the others
    st.just(("full", 0)),
    st.just(("full", 0)),
    st.tuples(st.just("cancel"), st.integers(1, 5)),
    st.tuples(st.just("busy"), st.integers(1, 3)),
)
# ("heal", 0, _), ("out", for how many syncs, _), or ("cut", after how many requests, lose its answer)
Fault = tuple[str, int, bool]
CUT: st.SearchStrategy[Fault] = st.tuples(st.just("cut"), st.integers(0, 3), st.booleans())
FAULT: st.SearchStrategy[Fault] = st.one_of(  # cut twice as often as the rest
    st.just(("heal", 0, False)), st.tuples(st.just("out"), st.integers(1, 3), st.just(False)), CUT, CUT
)


def _first(pair: tuple[str, How]) -> str:
    return pair[0]


class SyncMachine(RuleBasedStateMachine):
    final_checks = 0  # examples whose final check ran, so the test can tell the check is not skipped

    def __init__(self, new_office: Callable[[Path], Office]) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="sync-machine-"))
        self.dead = socket.socket()
        self.dead.bind(("127.0.0.1", 0))  # never listens: connecting to it is refused
        self.office = new_office(self.folder)
        self.links = {name: Link(self.dead.getsockname()[1]) for name in EVERYONE}
        self.countdown: dict[str, tuple[threading.Event, int]] = {}  # cancel after n progress reports
        self.busy: dict[str, tuple[st.DataObject, int]] = {}  # edits still to make while syncing
        self.laptops: dict[str, Laptop] = {}
        for name, teams in TEAMS.items():
            self.office.user(name, *teams, role=Role.SUPERVISOR if len(teams) > 1 else Role.CASE_MANAGER)
            self.laptops[name] = self.office.laptop(
                name,
                name=name,
                transport=self.links[name],
                progress=lambda p, name=name: self._progress(name, p),
                batch_size=4,  # small batches and pages: a sync takes many steps, and can stop between them
                page_size=6,
            )
        self.history = History()
        self.records: dict[str, tuple[str, str]] = {}  # "note 3" -> (entity, id), for readable draws
        self.days = 0  # for status changes' dates, each later than the last

    # -- rules -------------------------------------------------------------------------------------

    @initialize(faults=st.booleans())
    def caseload(self, faults: bool) -> None:
        """Each team starts with a participant all its laptops hold, so they work on the same people."""
        self.faults = faults
        for on in ("casey", "sam"):
            self._made("participant", self.laptops[on], _person(TEAMS[on][0]))
        for name in EVERYONE:
            self._sync(name)

    @rule(data=st.data())
    def step(self, data: st.DataObject) -> None:
        resolving = any(open_conflicts(laptop.store) for laptop in self.laptops.values())
        steps = [s for s in STEPS if (s != "resolve" or resolving) and (s != "network" or self.faults)]
        action = data.draw(st.sampled_from(steps), label="action")
        getattr(self, action.replace(" ", "_"))(data)

    # -- a step's actions --------------------------------------------------------------------------

    def network(self, data: st.DataObject) -> None:
        """Heal a laptop's network; or take it out of reach for its next syncs; or cut its next sync
        after a number of requests, the last of them sent with its answer lost or not."""
        link = self.links[data.draw(st.sampled_from(EVERYONE), label="on")]
        kind, count, lose_answer = data.draw(FAULT, label="fault")
        if kind == "heal":
            link.heal()
        elif kind == "out":
            link.outage = count
        else:
            link.cut_next = (count, lose_answer)

    def new_participant(self, data: st.DataObject) -> None:
        on = data.draw(st.sampled_from(EVERYONE), label="on")
        team = data.draw(st.sampled_from(TEAMS[on]), label="team")
        self._made("participant", self.laptops[on], _person(team))

    def new_record(self, data: st.DataObject) -> None:
        entity, pid = self._pick(data, "participant")
        laptop = self._one_of(data, self._holding(entity, pid))
        if laptop is None:
            return
        kind = data.draw(st.sampled_from(["note", "need", "task"]), label="kind")
        made: dict[str, Any] = {
            "note": CaseNote(participant_id=pid, data=f"note {len(self.records)}"),
            "need": Need(participant_id=pid, domain=NeedDomain.HOUSING),
            "task": Task(participant_id=pid, title="see the judge"),
        }
        self._made(kind, laptop, made[kind])

    def note_from_outside(self, data: st.DataObject) -> None:
        """Sam writes into a participant Sam's laptop does not hold (an id copied from elsewhere): the
        laptop refuses it and keeps nothing (the server would refuse it too, tests/server/test_scope.py)."""
        _entity, pid = self._pick(data, "participant")
        sam = self.laptops["sam"]
        if not sam.repos.participants.find(where={"id": pid}, include_deleted=True):
            with pytest.raises(ParticipantLeaving):
                sam.repos.notes.create(CaseNote(participant_id=pid, data="written from outside"))

    def edit(self, data: st.DataObject) -> None:
        entity, record_id = self._pick(data)
        laptop = self._one_of(data, self._holding(entity, record_id, ok=_editable))
        if laptop is not None:
            field = data.draw(st.sampled_from(sorted(EDITS[entity])), label="field")
            value = data.draw(EDITS[entity][field], label="value")
            laptop.repos.for_entity(entity).update(record_id, {field: value})

    def edit_everywhere(self, data: st.DataObject) -> None:
        """The same field edited on every laptop holding the record, before any of them syncs."""
        entity, record_id = self._pick(data)
        field = data.draw(st.sampled_from(sorted(EDITS[entity])), label="field")
        for name in self._holding(entity, record_id, ok=_editable):
            value = data.draw(EDITS[entity][field], label=f"value on {name}")
            self.laptops[name].repos.for_entity(entity).update(record_id, {field: value})

    def act(self, data: st.DataObject) -> None:
        """Sign a note, add an addendum, finish a task, soft-delete, move a participant to the other team."""
        entity, record_id = self._pick(data)
        action = data.draw(st.sampled_from(ACTS[entity]), label="act")
        holding = self._holding(entity, record_id, ok=CAN[action])
        if action == "move":  # moving someone into a team needs the right to create them there
            holding = [name for name in holding if len(TEAMS[name]) > 1]
        laptop = self._one_of(data, holding)
        if laptop is None:
            return
        repos = laptop.repos
        if action == "sign":
            repos.notes.sign(record_id)
        elif action == "addendum":
            repos.notes.add_addendum(record_id, f"correction by {laptop.name}")
        elif action == "finish":
            repos.tasks.update(record_id, {"done": True, "done_at": utcnow()})
        elif action == "move":
            other = "south" if repos.participants.get(record_id).team_id == "north" else "north"
            repos.participants.update(record_id, {"team_id": other})
        elif action == "status":
            self._change_status(laptop, record_id, data)
        else:
            repos.for_entity(entity).delete(record_id)

    def resolve(self, data: st.DataObject) -> None:
        laptop = self._one_of(data, [n for n, lp in self.laptops.items() if open_conflicts(lp.store)])
        assert laptop is not None  # a step only resolves while some conflict is open
        waiting = open_conflicts(laptop.store)
        conflict = waiting[data.draw(st.integers(0, len(waiting) - 1), label="conflict")]
        choice = data.draw(st.sampled_from(["mine", "theirs"]), label="choice")
        # DomainError: the note has been signed since, so its text can no longer change; ParticipantLeaving:
        # a failed sync was taking them off this laptop; ValidationError: a set-aside change that still
        # breaks a rule of the record as it stands now (the app says so, in every case).
        with contextlib.suppress(DomainError, ParticipantLeaving, ValidationError):
            resolve_conflict(laptop.store, conflict.id, choice=choice)

    def sync(self, data: st.DataObject) -> None:
        """Some laptops sync, one after another: in full; cancelled by the case manager after a number
        of progress reports; or while the case manager goes on editing (at each progress report, as
        the app's worker lets them)."""
        who = data.draw(
            st.lists(st.tuples(st.sampled_from(EVERYONE), HOW), min_size=1, max_size=4, unique_by=_first),
            label="who",
        )
        for name, (how, count) in who:
            cancel = threading.Event()
            if how == "cancel":
                self.countdown[name] = (cancel, count)
            elif how == "busy":
                self.busy[name] = (data, count)
            try:
                self._sync(name, cancel=cancel)
            finally:
                self.countdown.pop(name, None)
                self.busy.pop(name, None)

    def _change_status(self, laptop: Laptop, participant_id: str, data: st.DataObject) -> None:
        """Move someone on (or try to): the episode and the participant's copy, under one stamp. Each
        call's dates are later than the last, so a return or an exit after a return can be in order."""
        self.days += 1
        day = EPISODES_FROM + timedelta(days=self.days)
        episode = current_episode(laptop.repos.enrollments.for_participant(participant_id))
        here = episode.status if episode else laptop.repos.participants.get(participant_id).status
        change = StatusChange(
            to=data.draw(st.sampled_from(sorted(NEXT[here])), label="to"),
            referral_date=day,
            engagement_date=day,
            exit_date=day,
            destination=Destination.OTHER,
        )
        # Two open episodes, made on two laptops at once: the app says to settle them first.
        with contextlib.suppress(StatusChangeRefused):
            laptop.repos.enrollments.change_status(participant_id, change)

    # -- helpers -----------------------------------------------------------------------------------

    def _made(self, entity: str, laptop: Laptop, record: Any) -> None:
        made = laptop.repos.for_entity(entity).create(record)
        self.records[f"{entity} {len(self.records)}"] = (entity, made.id)

    def _pick(self, data: st.DataObject, entity: str | None = None) -> tuple[str, str]:
        names = [n for n, (e, _) in self.records.items() if entity in (None, e)]
        return self.records[data.draw(st.sampled_from(names), label="record")]

    def _holding(self, entity: str, record_id: str, ok: Callable[[Any], bool] = bool) -> list[str]:
        """The laptops holding the record (not deleted) where `ok` says the action makes sense."""
        return [name for name, laptop in self.laptops.items() if _holds(laptop, entity, record_id, ok)]

    def _one_of(self, data: st.DataObject, names: list[str]) -> Laptop | None:
        return self.laptops[data.draw(st.sampled_from(names), label="on")] if names else None

    def _progress(self, name: str, progress: SyncProgress) -> None:
        if name in self.countdown:
            cancel, left = self.countdown[name]
            self.countdown[name] = (cancel, left - 1)
            if left <= 1:
                cancel.set()
        if self.busy.get(name, (None, 0))[1]:
            data, left = self.busy[name]
            self.busy[name] = (data, left - 1)
            self._edit_meanwhile(self.laptops[name], data)

    def _edit_meanwhile(self, laptop: Laptop, data: st.DataObject) -> None:
        """An edit made between two steps of the laptop's sync."""
        here = [n for n, (e, rid) in self.records.items() if _holds(laptop, e, rid, _editable)]
        if not here:
            return
        entity, record_id = self.records[data.draw(st.sampled_from(here), label="meanwhile")]
        field = data.draw(st.sampled_from(sorted(EDITS[entity])), label="field")
        laptop.repos.for_entity(entity).update(record_id, {field: data.draw(EDITS[entity][field])})
        self.history.take_up(laptop)  # before this very sync can send it

    def _sync(
        self, name: str, *, cancel: threading.Event | None = None, final: bool = False
    ) -> SyncReport | None:
        """One sync attempt; afterwards every change that left the outbox was answered, and each
        acknowledged one must be on the server."""
        laptop, link = self.laptops[name], self.links[name]
        self.history.take_up(laptop)
        link.begin_sync()
        report: SyncReport | None = None
        try:
            try:
                report = laptop.sync(cancel=cancel, allow_mass_removal=final)
            except MassRemovalBlocked:
                # The fail-safe asks the case manager, who agrees (the question itself has its own tests).
                report = laptop.sync(cancel=cancel, allow_mass_removal=True)
        except ServerUnreachable:
            assert link.down, f"{name} could not reach the server with its network up"
            return None
        finally:
            link.end_sync()
            refused = {r.change_id: r.reason for r in report.rejected} if report is not None else {}
            check_on_server(self.office, self.history.settle(laptop, refused=refused))
        if not report.cancelled:
            check_scope(self.office, laptop, TEAMS[name])
        return report

    # -- the end of every example ------------------------------------------------------------------

    def teardown(self) -> None:
        try:
            # After a failed step that failure is the one to report; checking on would only bury it.
            if sys.exc_info()[0] is None:
                self._sync_until_quiet()
                check_after_full_sync(self.history, self.laptops, self.office, TEAMS)
                SyncMachine.final_checks += 1
        finally:
            self.office.close()
            for link in self.links.values():
                link.close()
            self.dead.close()
            shutil.rmtree(self.folder, ignore_errors=True)

    def _sync_until_quiet(self) -> None:
        """Heal every laptop and sync them round-robin until a round changes nothing anywhere."""
        for link in self.links.values():
            link.heal()
        for _ in range(QUIET_ROUNDS):
            busy = False
            for name in EVERYONE:
                report = self._sync(name, final=True)
                assert report is not None, f"{name} could not sync with every network up"
                assert not report.cancelled
                busy = busy or bool(report.pushed or report.rejected or report.applied or report.removed)
            if not busy:
                return
        raise AssertionError(f"the laptops still had changes for each other after {QUIET_ROUNDS} rounds")


def _holds(laptop: Laptop, entity: str, record_id: str, ok: Callable[[Any], bool]) -> bool:
    """The laptop holds the record (not deleted), `ok` says the action makes sense on it, and it holds
    its participant too, who is not being taken off the laptop: as the app only shows a record on its
    participant's page, and refuses any change about a participant who is leaving. (A sync stopped
    between two pages can leave a record here whose participant comes in a later page.)"""
    here = laptop.repos.for_entity(entity).find(where={"id": record_id})
    if not here or not ok(here[0]):
        return False
    owner = getattr(here[0], "participant_id", record_id)
    held = laptop.repos.participants.find(where={"id": owner}, include_deleted=True)
    return bool(held) and owner not in Replica(laptop.store).leaving()


def _person(team: str) -> Participant:
    return Participant(first_name="Jordan", last_name="Quill", team_id=team)


def test_no_acknowledged_edit_is_lost_and_every_laptop_converges(
    new_office: Callable[[Path], Office],
) -> None:
    SyncMachine.final_checks = 0
    run_state_machine_as_test(lambda: SyncMachine(new_office), settings=MACHINE)
    assert SyncMachine.final_checks > 0
