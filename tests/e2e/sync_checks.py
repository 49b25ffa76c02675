"""The sync state machine's checks against its History (sync_history.py): an acknowledged write is on
the server at once, and after a full sync every laptop of a team holds the same rows, each field with the
value and stamp of its last write, nothing of another team's, and no value lost unseen."""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping

from sqlalchemy import select

from leaddesk.domain import SyncConflict
from leaddesk.server.db import record
from leaddesk.server.push import SERVER_DEVICE
from leaddesk.storage.conflicts import open_conflicts
from leaddesk.storage.replica import Replica
from leaddesk.sync.hlc import Stamp
from leaddesk.sync.merge import canonical_json
from leaddesk.sync.protocol import CONFLICT_ENTITY
from tests.e2e.conftest import Laptop, Office, converged
from tests.e2e.sync_history import FieldKey, History, Write, lost_unseen, unexplained_conflicts


def check_on_server(office: Office, acknowledged: list[Write]) -> None:
    """The server holds every write it acknowledged: the write itself, or a later-stamped one."""
    if not acknowledged:
        return
    held = office.server_records()
    for write in acknowledged:
        assert (write.entity, write.record_id) in held, f"acknowledged {write.entity} is not on the server"
        fields, clocks, _ = held[(write.entity, write.record_id)]
        stamp = json.loads(clocks).get(write.field)
        assert stamp is not None, f"acknowledged write lost: {write}"
        assert Stamp.decode(stamp) >= write.stamp, f"acknowledged write lost: {write}"
        if Stamp.decode(stamp) == write.stamp:
            assert canonical_json(json.loads(fields)[write.field]) == canonical_json(write.value), write


def check_scope(office: Office, laptop: Laptop, teams: Collection[str]) -> None:
    """Right after a whole sync, a laptop holds nothing the server has outside its user's teams: a
    participant that left them went with their unsent work sent first (DESIGN §4.6, §4.9)."""
    with office.engine.connect() as conn:
        team_of = {
            (r.entity, r.record_id): r.team
            for r in conn.execute(select(record.c.entity, record.c.record_id, record.c.team))
        }
    assert Replica(laptop.store).deferred_removals() == set()
    for table, rows in laptop.snapshot().items():
        for record_id in rows:
            held = team_of.get((table, record_id))
            assert held is None or held in teams, f"{laptop.name} holds {table} {record_id} of team {held}"


def check_after_full_sync(
    history: History,
    laptops: Mapping[str, Laptop],
    office: Office,
    teams_of: Mapping[str, Collection[str]],
) -> None:
    """`teams_of`: each laptop's user's teams (a supervisor's laptop holds all of theirs)."""
    assert not history.unanswered(), "changes still unanswered after everyone synced"
    for write, reason in history.refusals():
        # Refused only for a participant that was (or went) out of the writer's teams.
        assert history.teams_of(write.participant_id) - set(teams_of[write.laptop]), (
            f"{write.laptop}'s {write.entity} change was refused: {reason}"
        )
    winners = history.winners()
    final_team = {
        key[1]: w.value for key, w in winners.items() if key[0] == "participant" and key[2] == "team_id"
    }
    conflicts: dict[str, SyncConflict] = {}
    refused = {(w.entity, w.record_id) for w, _ in history.refusals()}
    for team in sorted({t for teams in teams_of.values() for t in teams}):
        members = [laptop for name, laptop in laptops.items() if team in teams_of[name]]
        ours = {pid for pid, t in final_team.items() if t == team}
        converged(*members, participants=ours, skip=refused)
        for laptop in members:
            _check_fields(laptop, winners, ours)
            _check_signed(laptop, history, ours)
        waiting = [
            [c for c in open_conflicts(laptop.store) if c.participant_id in ours] for laptop in members
        ]
        assert all(w == waiting[0] for w in waiting), f"{team}: open conflicts differ between laptops"
        conflicts.update({c.id: c for c in members[0].repos.conflicts.find(include_deleted=True)})
    for name, laptop in laptops.items():
        _check_holdings(laptop, history, {pid for pid, t in final_team.items() if t in teams_of[name]})
    _check_server(office, winners)
    # Each laptop here is its user's only one, enrolled as "Laptop" (Office.code).
    writers = {name: f"{name.title()} (Laptop)" for name in laptops}
    odd = unexplained_conflicts(history, conflicts.values(), writers=writers)
    assert not odd, f"conflicts nobody made, or not named after who did: {odd}"
    assert not (lost := lost_unseen(history, conflicts.values())), f"writes lost without a conflict: {lost}"


def _check_holdings(laptop: Laptop, history: History, participants: set[str]) -> None:
    """Only the team's participants and their records, every row one somebody made (so each note is
    there exactly once), apart from this laptop's own changes the server refused, kept where they are."""
    made = {(w.entity, w.record_id) for w in history.accepted()}
    refused_here = {(w.entity, w.record_id) for w, _ in history.refusals() if w.laptop == laptop.name}
    for table, rows in laptop.snapshot().items():
        for record_id, row in rows.items():
            key = (table, record_id)
            if key in refused_here:
                continue
            owner = row.get("participant_id") or record_id
            assert owner in participants, f"{laptop.name} holds {table} {record_id} of another team"
            assert table == CONFLICT_ENTITY or key in made, f"{laptop.name} holds a {table} nobody made"


def _check_fields(laptop: Laptop, winners: Mapping[FieldKey, Write], participants: set[str]) -> None:
    """Each field of each of the team's records holds its winning write: value and stamp."""
    by_record: dict[tuple[str, str], list[Write]] = {}
    for (entity, record_id, _), write in winners.items():
        if write.participant_id in participants:
            by_record.setdefault((entity, record_id), []).append(write)
    for (entity, record_id), writes in by_record.items():
        repo = laptop.repos.for_entity(entity)
        found = repo.find(where={"id": record_id}, include_deleted=True)
        assert found, f"{laptop.name} lacks {entity} {record_id}"
        values = repo.table.wire_values(found[0], [w.field for w in writes])
        clocks = repo.field_clocks(record_id)
        for write in writes:
            assert canonical_json(values[write.field]) == canonical_json(write.value), (
                f"{laptop.name}: {entity}.{write.field} is {values[write.field]!r}, not {write}"
            )
            assert clocks[write.field] == write.stamp.encode(), f"{laptop.name}: clock of {write}"


def _check_signed(laptop: Laptop, history: History, participants: set[str]) -> None:
    """A signed note holds what one of its signatures carried, stamped by that signature or by the
    server restamping it over a later edit (DESIGN §4.3: signed notes are immutable)."""
    for (entity, record_id, field), signatures in history.signed().items():
        if signatures[0].participant_id not in participants:
            continue
        repo = laptop.repos.for_entity(entity)
        found = repo.find(where={"id": record_id}, include_deleted=True)
        assert found, f"{laptop.name} lacks signed {entity} {record_id}"
        value = repo.table.wire_values(found[0], [field])[field]
        stamp = Stamp.decode(repo.field_clocks(record_id)[field])
        assert canonical_json(value) in {canonical_json(w.value) for w in signatures}, (
            f"{laptop.name}: signed {entity}.{field} is {value!r}, which no signature carried"
        )
        assert stamp.device == SERVER_DEVICE or stamp in {w.stamp for w in signatures}, (
            f"{laptop.name}: signed {entity}.{field} has a stamp no signature made"
        )


def _check_server(office: Office, winners: Mapping[FieldKey, Write]) -> None:
    held = office.server_records()
    for (entity, record_id, field), write in winners.items():
        fields, clocks, _ = held[(entity, record_id)]
        assert json.loads(clocks)[field] == write.stamp.encode(), f"server: clock of {write}"
        stored = json.loads(fields)[field]
        assert canonical_json(stored) == canonical_json(write.value), f"server: {write}"
