"""A device's push: every change of a batch merged field by field into the server's records, in one
transaction, each change accepted or refused on its own, the whole batch answered the same way if sent
again."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pydantic import ValidationError
from sqlalchemy import insert, select
from sqlalchemy.engine import Connection

from leaddesk.domain import MODEL_BY_ENTITY, SyncedRecord
from leaddesk.domain.clock import MAX_AHEAD_MS, HybridClock, Stamp, wall_ms
from leaddesk.domain.enums import RevokeMode
from leaddesk.domain.ids import utcnow
from leaddesk.domain.merge import IncomingField, apply_change, canonical_json, seal_of, version_of
from leaddesk.server import attachments, records
from leaddesk.server.audit import record_disclosure, record_event
from leaddesk.server.conflicts import (
    WriterNames,
    conflict_record,
    resolution_clashes,
    rule_conflict_record,
    worth_recording,
)
from leaddesk.server.db import push_batch, scope_event
from leaddesk.server.devices import Caller, adopt_clock_id, report_state, retired_push
from leaddesk.server.errors import AlreadyExists
from leaddesk.server.push_refusals import (
    Rejected,
    breaks_a_rule_across_fields,
    no_participant,
    not_in_your_teams,
    reason_of,
)
from leaddesk.server.records import ATTACHMENT, PARTICIPANT, StoredRecord
from leaddesk.server.scope_history import may_write, pulled_through_of
from leaddesk.server.sequence import Sequence, sequenced
from leaddesk.server.users import team_exists
from leaddesk.sync.protocol import (
    CONFLICT_ENTITY,
    Change,
    ChangeResult,
    ChangeStatus,
    PushRequest,
    PushResponse,
    RecordState,
)

DISCLOSURE = "disclosure"  # domain Disclosure.entity: each one arriving is audited here too

# Where the server's re-stamps come from: a stamp too far ahead of the server's clock is replaced by one
# of this clock's, with the writer's device id kept, so a laptop whose date is wrong neither wins every
# concurrent edit for days nor is refused (see clock.MAX_AHEAD_MS).
_RESTAMPS = HybridClock("server")


def push(conn: Connection, *, caller: Caller, request: PushRequest) -> PushResponse:
    with sequenced(conn) as sequence:
        # Looked up after the lock is held, so a retry racing its original waits for it and replays it.
        stored = conn.execute(
            select(push_batch.c.response, push_batch.c.device_id).where(
                push_batch.c.batch_id == request.batch_id
            )
        ).first()
        if stored is not None and stored.device_id != caller.device.id:
            raise AlreadyExists("This batch id belongs to another device.", error="batch_id_reused")
        report_state(
            conn, device_id=caller.device.id, pending=request.pending, app_version=request.app_version
        )
        if stored is not None:
            return PushResponse.model_validate_json(stored.response).model_copy(update={"replayed": True})
        if caller.device.revoke_mode is RevokeMode.RETIRED:
            final = request.pending <= len(request.changes)  # by its own count, nothing left after this
            retired_push(conn, device_id=caller.device.id, final=final, now=utcnow())
        batch = _Batch(conn, caller=caller, sequence=sequence)
        batch.prefetch(request.changes)
        response = PushResponse(
            batch_id=request.batch_id, results=[batch.apply(change) for change in request.changes]
        )
        batch.flush()
        response.seq = sequence.value  # every seq this batch took is at or below it
        conn.execute(
            insert(push_batch).values(
                batch_id=request.batch_id,
                device_id=caller.device.id,
                response=response.model_dump_json(),
                received_at=batch.now,
            )
        )
        counts = {s.value: sum(r.status is s for r in response.results) for s in ChangeStatus}
        if batch.restamped:
            counts["restamped"] = batch.restamped  # the laptop's clock ran ahead of the server's
        record_event(
            conn,
            actor=caller.user.username,
            device=caller.device.id,
            action="push",
            entity="batch",
            entity_id=request.batch_id,
            detail=" ".join(f"{s}={n}" for s, n in counts.items()),
            at=batch.now,
        )
    return response


class _Batch:
    def __init__(self, conn: Connection, *, caller: Caller, sequence: Sequence) -> None:
        self.conn = conn
        self.caller = caller
        self.scope = caller.user.scope
        self.sequence = sequence
        self.now = utcnow()
        self.names = WriterNames(conn)
        self.clock_id = caller.device.clock_id  # the device id its stamps must carry
        self.restamped = 0  # changes stamped too far ahead of the server's clock
        self._pulled_through: int | None = None  # read when first needed, under the lock
        self._seen: dict[str, bool] = {}  # participant -> whether this device may still write to them
        # Every record this batch has read or written, as it now stands (None: not on the server).
        self._records: dict[tuple[str, str], StoredRecord | None] = {}
        self._unwritten: dict[tuple[str, str], bool] = {}  # key -> whether it is new to the database

    def prefetch(self, changes: list[Change]) -> None:
        """Read the batch's records and their participants in a few queries rather than two per change."""
        keys = {(c.entity, c.record_id) for c in changes}
        keys |= {(PARTICIPANT, c.participant_id) for c in changes if c.participant_id is not None}
        found = records.load_many(self.conn, keys=keys)
        self._records.update({key: found.get(key) for key in keys})

    def _load(self, entity: str, record_id: str) -> StoredRecord | None:
        key = (entity, record_id)
        if key not in self._records:
            self._records[key] = records.load(self.conn, entity=entity, record_id=record_id)
        return self._records[key]

    def _save(self, stored: StoredRecord, *, new: bool) -> None:
        """Give the record a fresh seq, so every device in its team pulls it again; written at flush()."""
        key = (stored.entity, stored.record_id)
        stored.seq = self.sequence.next()
        self._records[key] = stored
        self._unwritten.setdefault(key, new)  # a record made and then changed in one batch is still new

    def flush(self) -> None:
        """Write what the batch changed, in two statements rather than one per record. Everything the
        batch reads goes through `_records` first, so holding writes back until here is safe."""
        held = [(self._records[key], new) for key, new in self._unwritten.items()]
        records.write(
            self.conn,
            inserts=[s for s, new in held if new and s is not None],
            updates=[s for s, new in held if not new and s is not None],
            now=self.now,
        )
        self._unwritten.clear()

    def apply(self, change: Change) -> ChangeResult:
        try:
            status = self._apply(change)
        except Rejected as refusal:
            return ChangeResult(
                change_id=change.change_id,
                status=ChangeStatus.REJECTED,
                reason=str(refusal),
                current=self._visible_state(change),
            )
        return ChangeResult(change_id=change.change_id, status=status)

    def _visible_state(self, change: Change) -> RecordState | None:
        """The refused change's record as it stands here, if this device may see it: the laptop puts it
        back as it is. None where there is none, or it is not the device's to see."""
        stored = self._records.get((change.entity, change.record_id))
        if stored is None or not self.scope.covers(stored.team):
            return None
        return stored.state()

    def _apply(self, change: Change) -> ChangeStatus:
        model = MODEL_BY_ENTITY.get(change.entity)
        if model is None:
            raise Rejected(f"entity: the server knows no entity {change.entity!r}")
        incoming = self._incoming(change, model)
        current = self._load(change.entity, change.record_id)
        if current is None and change.op != "create":
            raise Rejected(not_in_your_teams(change))
        target = current or self._new_record(change)
        if not self._may_write(target):
            # Worded as if absent: a guessed id must not tell a device that a record exists, nor whose.
            raise Rejected(
                not_in_your_teams(change) if current is not None else no_participant(target.participant_id)
            )
        if current is not None:
            self._check_immutable(change, current, model)

        before = target.versioned()
        merged, clashes = apply_change(before, incoming, seal=seal_of(model))
        values = {f: v.value for f, v in merged.items()}
        try:
            model.model_validate({**values, "id": change.record_id})
        except ValidationError as error:
            # Written on another version than this one, and breaking only a rule across fields: valid
            # where it was written, broken by what others changed meanwhile. The record stays as it is,
            # and the change waits, whole, for a person (DESIGN.md §4 point 3). Anything else is refused.
            merged_only = current is not None and change.seen not in (None, version_of(current.clocks))
            if not (merged_only and breaks_a_rule_across_fields(error)):
                raise Rejected(reason_of(error)) from None
            conflict = rule_conflict_record(
                target=target, change=incoming, reason=reason_of(error), names=self.names, now=self.now
            )
            if conflict is None:
                return ChangeStatus.APPLIED  # nothing of it differs from what is here
            self._keep_conflict(conflict)
            return ChangeStatus.CONFLICT
        if current is None and change.entity == ATTACHMENT:
            # A file's bytes belong to the participants they were uploaded for (attachments.py).
            refusal = attachments.claim(
                self.conn,
                sha256=values["sha256"],
                participant_id=target.participant_id,
                device_id=self.caller.device.id,
                at=self.now,
            )
            if refusal is not None:
                raise Rejected(refusal)
        old_team = target.team
        moved = change.entity == PARTICIPANT and values.get("team_id") != old_team
        if moved:
            self._check_team(values["team_id"])
            if not self.scope.covers(values["team_id"]):
                # The same right as creating a participant there (see _new_record).
                raise Rejected(
                    f"team_id: {values['team_id']!r} is not one of your teams to move someone into"
                )
            target.team = values["team_id"]

        if target.replace_fields(merged) or current is None:
            move_seq = self.sequence.next() if moved and current is not None else None
            self._save(target, new=current is None)
            if move_seq is not None:
                self._move(target, old_team=old_team, at_seq=move_seq)
            if current is None and change.entity == DISCLOSURE:
                # A disclosure the laptop made is in the server's own trail too, once, when it arrives.
                record_disclosure(
                    self.conn, actor=self.caller.user.username, device=self.caller.device.id,
                    participant_id=target.participant_id, disclosure_id=change.record_id, fields=values,
                )  # fmt: skip
        if change.resolves is not None:
            clashes = resolution_clashes(clashes, self._load(CONFLICT_ENTITY, change.resolves))
        shown = worth_recording(change.entity, clashes)
        for clash in shown:
            self._keep_conflict(conflict_record(target=target, clash=clash, names=self.names, now=self.now))
        return ChangeStatus.CONFLICT if shown else ChangeStatus.APPLIED

    def _may_write(self, target: StoredRecord) -> bool:
        """In the user's scope now, or out of it by a removal this device has not pulled yet: the change
        was written while its author could see the participant (scope_history.py). It is then stored in
        the participant's current team, which `target` already carries, so it reaches that team."""
        if self.scope.covers(target.team):
            return True
        pid = target.participant_id
        if pid not in self._seen:
            if self._pulled_through is None:
                self._pulled_through = pulled_through_of(self.conn, device_id=self.caller.device.id)
            self._seen[pid] = may_write(
                self.conn,
                user_id=self.caller.user.id,
                scope=self.scope,
                device_id=self.caller.device.id,
                participant_id=pid,
                team_now=target.team,
                pulled_through=self._pulled_through,
            )
        return self._seen[pid]

    def _incoming(self, change: Change, model: type[SyncedRecord]) -> dict[str, IncomingField]:
        known = model.model_fields.keys() - {"id"}
        for name in change.fields:
            if name not in known:
                raise Rejected(f"{name}: a {change.entity.replace('_', ' ')} has no such field")
            if name not in change.clocks:
                raise Rejected(f"{name}: the change carries no clock for it")
        stray = (change.clocks.keys() | change.base.keys()) - change.fields.keys()
        if stray:
            raise Rejected(f"{sorted(stray)[0]}: a clock for a field the change does not carry")
        # Before any value is used: text with U+0000 would reach PostgreSQL in the lookups below, and a
        # deep or odd value would be stored for every laptop to trip over (domain/values.py).
        if change.value_problem is not None:
            raise Rejected(change.value_problem)
        stamps = {name: Stamp.decode(change.clocks[name]) for name in change.fields}
        self._check_writer(stamps.values())
        ahead = max((s.physical_ms for s in stamps.values()), default=0) - wall_ms()
        if ahead > MAX_AHEAD_MS:
            # Kept as stamped, it would win every concurrent edit until the world caught up with it.
            restamp = Stamp(_RESTAMPS.now().hlc, self.clock_id or "")
            stamps = dict.fromkeys(stamps, restamp)
            self.restamped += 1
        return {
            name: IncomingField(
                value=value,
                stamp=stamps[name],
                base=Stamp.decode(b) if (b := change.base.get(name)) is not None else None,
            )
            for name, value in change.fields.items()
        }

    def _check_writer(self, stamps: Iterable[Stamp]) -> None:
        """A stamp names the device that made it; a device may only write stamps of its own, so that
        "who wrote each side" of a conflict cannot be forged. A device enrolled before clock ids were
        sent names its clock id with its first push."""
        claimed = {s.device for s in stamps}
        if not claimed:
            return
        if self.clock_id is None and len(claimed) == 1:
            self.clock_id = adopt_clock_id(self.conn, device_id=self.caller.device.id, clock_id=min(claimed))
        if claimed != {self.clock_id}:
            raise Rejected("clocks: a change can only carry stamps of the device that sends it")

    def _new_record(self, change: Change) -> StoredRecord:
        """An empty record to merge a create into, placed in its participant's team."""
        if change.entity == PARTICIPANT:
            if change.participant_id not in (None, change.record_id):
                raise Rejected("participant_id: a participant's participant_id is its own id")
            team = change.fields.get("team_id")
            if not isinstance(team, str):
                raise Rejected("team_id: a new participant needs a team")
            if not self.scope.covers(team):
                raise Rejected(f"team_id: {team!r} is not one of your teams")
            self._check_team(team)
            return StoredRecord(PARTICIPANT, change.record_id, change.record_id, team)
        pid = change.fields.get("participant_id", change.participant_id)
        if change.participant_id is not None and pid != change.participant_id:
            raise Rejected("participant_id: the change and its fields name different participants")
        if not isinstance(pid, str):
            raise Rejected("participant_id: a new record needs its participant")
        owner = self._load(PARTICIPANT, pid)
        if owner is None:
            raise Rejected(no_participant(pid))
        return StoredRecord(change.entity, change.record_id, pid, owner.team)

    def _check_immutable(self, change: Change, current: StoredRecord, model: type[SyncedRecord]) -> None:
        # The app never changes these, so a different value is a bug or tampering; a note's
        # participant_id in particular would carry it into another participant's (and team's) file.
        if change.participant_id not in (None, current.participant_id):
            raise Rejected("participant_id: cannot be changed once saved")
        for name in model.immutable_fields & change.fields.keys():
            if name in current.fields and canonical_json(change.fields[name]) != canonical_json(
                current.fields[name]
            ):
                raise Rejected(f"{name}: cannot be changed once saved")

    def _check_team(self, team: Any) -> None:
        if not team_exists(self.conn, name=team):
            raise Rejected(f"team_id: there is no team named {team!r} on the server")

    def _move(self, participant: StoredRecord, *, old_team: str, at_seq: int) -> None:
        """The participant changed team: old-team devices drop them at `at_seq`; every record of theirs
        gets a new seq in the new team, so new-team devices pull the whole file."""
        self.flush()  # the restamp below reads the participant's records from the database
        self.conn.execute(
            insert(scope_event).values(
                seq=at_seq,
                participant_id=participant.record_id,
                old_team=old_team,
                new_team=participant.team,
                at=self.now,
            )
        )
        records.restamp_participant(
            self.conn,
            participant_id=participant.record_id,
            team=participant.team,
            below=at_seq,
            sequence=self.sequence,
        )
        for held in self._records.values():
            if held is not None and held.participant_id == participant.record_id:
                held.team = participant.team
        record_event(
            self.conn,
            actor=self.caller.user.username,
            device=self.caller.device.id,
            action="move_team",
            entity=PARTICIPANT,
            entity_id=participant.record_id,
            participant_id=participant.record_id,
            detail=f"{old_team} -> {participant.team}",
            at=self.now,
        )

    def _keep_conflict(self, conflict: StoredRecord) -> None:
        # The same value set aside before (a sign that carried the text again, a replay): recorded once.
        if self._load(conflict.entity, conflict.record_id) is None:
            self._save(conflict, new=True)
