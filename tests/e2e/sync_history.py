"""What the sync state machine (test_sync_state_machine.py) remembers of the laptops: every field write,
read back from its writer's outbox with the stamp and base recorded there, which writes the server has
answered, and from those the value each field must end with and the values nobody may lose unseen."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from leaddesk.domain import SyncConflict
from leaddesk.domain.clock import Stamp
from leaddesk.domain.merge import canonical_json
from leaddesk.server.conflicts import NOT_CONFLICTS
from leaddesk.sync.protocol import CONFLICT_ENTITY
from tests.e2e.conftest import Laptop

FieldKey = tuple[str, str, str]  # entity, record id, field
EVERYTHING = 1_000_000  # an outbox limit no machine run comes near


@dataclass(frozen=True)
class Write:
    """One field of one outbox entry: what a laptop set, when (stamp), and from what (base)."""

    laptop: str
    change_id: str
    entity: str
    record_id: str
    participant_id: str
    field: str
    value: Any  # wire form
    stamp: Stamp
    base: Stamp | None

    @property
    def key(self) -> FieldKey:
        return (self.entity, self.record_id, self.field)


class History:
    """Every write the laptops made, and which the server acknowledged or refused."""

    def __init__(self) -> None:
        self.changes: dict[str, list[Write]] = {}  # change id -> its writes
        self.waiting: dict[str, set[str]] = defaultdict(set)  # laptop -> change ids still in its outbox
        self.refused: dict[str, str] = {}  # change id -> the server's reason

    def take_up(self, laptop: Laptop) -> None:
        """Read the changes `laptop` queued since last time. Entries leave an outbox only in a sync,
        so calling this before each sync, and after each edit made during one, sees all of them."""
        for entry in laptop.store.repos.outbox.pending(limit=EVERYTHING):
            if entry.change_id in self.changes:
                continue
            assert entry.participant_id is not None
            self.changes[entry.change_id] = [
                Write(
                    laptop=laptop.name,
                    change_id=entry.change_id,
                    entity=entry.entity,
                    record_id=entry.record_id,
                    participant_id=entry.participant_id,
                    field=name,
                    value=value,
                    stamp=Stamp.decode(entry.clocks[name]),
                    base=Stamp.decode(b) if (b := entry.base.get(name)) else None,
                )
                for name, value in entry.fields.items()
            ]
            self.waiting[laptop.name].add(entry.change_id)

    def settle(self, laptop: Laptop, *, refused: Mapping[str, str] | None = None) -> list[Write]:
        """After a sync attempt (finished, cancelled or failed): the changes that have left the outbox
        were answered by the server. Returns the writes acknowledged just now. Refusals are read from
        the laptop's refused changes, and from `refused` (the sync's report): a participant removed in
        the same sync takes its refused changes with it."""
        outbox = laptop.store.repos.outbox
        still = {e.change_id for e in outbox.pending(limit=EVERYTHING)}
        reasons = {r.entry.change_id: r.reason for r in outbox.rejected()} | dict(refused or {})
        waiting = self.waiting[laptop.name]
        answered = waiting - still
        waiting &= still
        acknowledged: list[Write] = []
        for change_id in sorted(answered):
            if change_id in reasons:
                self.refused[change_id] = reasons[change_id]
            else:
                acknowledged += self.changes[change_id]
        return acknowledged

    def unanswered(self) -> set[str]:
        return set().union(*self.waiting.values())

    def accepted(self) -> Iterator[Write]:
        """Every write not refused by the server (after a full sync: every acknowledged one)."""
        for change_id, writes in self.changes.items():
            if change_id not in self.refused:
                yield from writes

    def refusals(self) -> Iterator[tuple[Write, str]]:
        for change_id, reason in self.refused.items():
            yield self.changes[change_id][0], reason

    def signing(self) -> dict[Stamp, list[Write]]:
        """Each accepted signature, by the stamp of its `signed_at`: the writes of the change that signed,
        which carried the signed content again (NoteRepository.sign)."""
        found: dict[Stamp, list[Write]] = {}
        for change_id, writes in self.changes.items():
            if change_id in self.refused:
                continue
            for w in writes:
                if w.entity == "note" and w.field == "signed_at" and w.value:
                    found[w.stamp] = writes
        return found

    def superseded(self) -> set[Stamp]:
        """Stamps of writes someone knowingly replaced: the base of a later write, or a write its own
        laptop wrote again later (a laptop sees its own value)."""
        seen = {w.base for w in self.accepted() if w.base is not None}
        last: dict[tuple[str, FieldKey], Write] = {}
        for write in self.accepted():  # in each laptop's outbox order
            previous = last.get((write.laptop, write.key))
            if previous is not None:
                seen.add(previous.stamp)
            last[(write.laptop, write.key)] = write
        return seen

    def teams_of(self, participant_id: str) -> set[str]:
        """Every team a participant was ever put in, by anyone (accepted or not)."""
        return {
            w.value
            for writes in self.changes.values()
            for w in writes
            if w.entity == "participant" and w.record_id == participant_id and w.field == "team_id"
        }


def lost_unseen(
    history: History, conflicts: Iterable[SyncConflict], in_force: Mapping[FieldKey, tuple[Any, Stamp]]
) -> list[Write]:
    """Accepted writes whose value is gone with nobody having seen it: not in force (as the server holds
    it, `in_force`), not knowingly replaced (History.superseded), not equal to a value in force, and not
    kept in a conflict record of its field. DESIGN §4.3: conflicts are data, never silent.

    Two laptops that set a field to the same value without seeing each other wrote one value: the merge
    keeps one of the two writes and records no conflict, so whoever later replaces that value, knowingly,
    replaces both (`_same_value_replaced`)."""
    kept: dict[FieldKey, set[str]] = defaultdict(set)
    for c in conflicts:
        sides = [(c.field, c.kept_value), (c.field, c.other_value)]
        if not c.field:  # a change set aside whole: each of its fields
            sides = [(f, v) for value in (c.kept_value, c.other_value) for f, v in dict(value or {}).items()]
        for field, value in sides:
            kept[(c.record_entity, c.record_id, field)].add(canonical_json(value))
    superseded = history.superseded()
    replaced_values = _same_value_replaced(history, superseded)
    lost: list[Write] = []
    for write in history.accepted():
        if write.entity == CONFLICT_ENTITY or write.field in NOT_CONFLICTS or write.key not in in_force:
            continue
        if write.entity == "note" and write.field == "signed_at":
            continue  # a signature is one fact, kept (or set aside) with its signer: signed_by
        value, stamp = in_force[write.key]
        safe = kept[write.key] | {canonical_json(value)}
        if (
            write.stamp == stamp
            or write.stamp in superseded
            or (write.change_id, write.field) in replaced_values
        ):
            continue
        if canonical_json(write.value) not in safe:
            lost.append(write)
    return lost


def _same_value_replaced(history: History, superseded: set[Stamp]) -> set[tuple[str, str]]:
    """(change id, field) of writes whose very value another laptop wrote concurrently (neither edited
    from the other), where that other write was knowingly replaced later."""
    by_value: dict[tuple[FieldKey, str], list[Write]] = defaultdict(list)
    for w in history.accepted():
        by_value[(w.key, canonical_json(w.value))].append(w)
    found: set[tuple[str, str]] = set()
    for writes in by_value.values():
        for w in writes:
            if any(
                x.laptop != w.laptop and x.stamp in superseded and w.stamp != x.base and x.stamp != w.base
                for x in writes
            ):
                found.add((w.change_id, w.field))
    return found


def unexplained_conflicts(
    history: History, conflicts: Iterable[SyncConflict], *, writers: Mapping[str, str]
) -> list[SyncConflict]:
    """Conflict records whose two sides are not writes some laptop really made, value for stamp, each
    named after its writer as `writers` (laptop -> name) says."""
    made = {
        (w.key, w.stamp.encode()): (canonical_json(w.value), writers[w.laptop]) for w in history.accepted()
    }

    def real(c: SyncConflict, stamp: str, value: Any, by: str) -> bool:
        return made.get(((c.record_entity, c.record_id, c.field), stamp)) == (canonical_json(value), by)

    return [
        c
        for c in conflicts
        if not (
            real(c, c.kept_stamp, c.kept_value, c.kept_by)
            and real(c, c.other_stamp, c.other_value, c.other_by)
        )
    ]
