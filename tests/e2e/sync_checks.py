"""The sync state machine's checks against its History (sync_history.py): an acknowledged write is on
the server at once (or knowingly replaced there), and after a full sync every laptop of a team holds
exactly what the server holds for that team, every value in force is one somebody wrote, every signed note
holds what its signer signed, nothing of another team's is on any laptop, and no value is lost unseen."""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping
from typing import Any

from sqlalchemy import select

from leaddesk.domain import SyncConflict
from leaddesk.domain.clock import Stamp
from leaddesk.domain.merge import canonical_json
from leaddesk.server.db import record
from leaddesk.storage.conflicts import open_conflicts
from leaddesk.storage.replica import Replica
from leaddesk.sync.protocol import CONFLICT_ENTITY
from tests.e2e.conftest import Laptop, Office, converged
from tests.e2e.sync_history import FieldKey, History, Write, lost_unseen, unexplained_conflicts


def check_on_server(office: Office, acknowledged: list[Write]) -> None:
    """The server holds every record of a write it acknowledged, with a stamp for its field; where
    that stamp is the write's, with its value (a concurrent write may have won; losing is checked at the
    end, where a displaced value must be kept in a conflict)."""
    if not acknowledged:
        return
    held = office.server_records()
    for write in acknowledged:
        assert (write.entity, write.record_id) in held, f"acknowledged {write.entity} is not on the server"
        fields, clocks, _ = held[(write.entity, write.record_id)]
        stamp = json.loads(clocks).get(write.field)
        assert stamp is not None, f"acknowledged write lost: {write}"
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
    held = office.server_records()
    in_force = values_in_force(held)
    final_team = {
        record_id: json.loads(fields)["team_id"]
        for (entity, record_id), (fields, _, _) in held.items()
        if entity == "participant"
    }
    signing = history.signing()
    conflicts: dict[str, SyncConflict] = {}
    refused = {(w.entity, w.record_id) for w, _ in history.refusals()}
    for team in sorted({t for teams in teams_of.values() for t in teams}):
        members = [laptop for name, laptop in laptops.items() if team in teams_of[name]]
        ours = {pid for pid, t in final_team.items() if t == team}
        converged(*members, participants=ours, skip=refused)
        for laptop in members:
            _check_as_on_server(laptop, held, ours)
            _check_signed(laptop, signing)
        waiting = [
            [c for c in open_conflicts(laptop.store) if c.participant_id in ours] for laptop in members
        ]
        assert all(w == waiting[0] for w in waiting), f"{team}: open conflicts differ between laptops"
        conflicts.update({c.id: c for c in members[0].repos.conflicts.find(include_deleted=True)})
    for name, laptop in laptops.items():
        _check_holdings(laptop, history, {pid for pid, t in final_team.items() if t in teams_of[name]})
    _check_written(history, in_force)
    # Each laptop here is its user's only one, enrolled as "Laptop" (Office.code).
    writers = {name: f"{name.title()} (Laptop)" for name in laptops}
    odd = unexplained_conflicts(history, conflicts.values(), writers=writers)
    assert not odd, f"conflicts nobody made, or not named after who did: {odd}"
    lost = lost_unseen(history, conflicts.values(), in_force)
    assert not lost, f"writes lost without a conflict: {lost}" + _story(history, conflicts, in_force, lost)


def values_in_force(
    held: Mapping[tuple[str, str], tuple[str, str, int]],
) -> dict[FieldKey, tuple[Any, Stamp]]:
    """Each field's value and stamp as the server holds it (Office.server_records)."""
    found: dict[FieldKey, tuple[Any, Stamp]] = {}
    for (entity, record_id), (fields, clocks, _) in held.items():
        stamps = json.loads(clocks)
        for field, value in json.loads(fields).items():
            found[(entity, record_id, field)] = (value, Stamp.decode(stamps[field]))
    return found


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


def _check_as_on_server(
    laptop: Laptop, held: Mapping[tuple[str, str], tuple[str, str, int]], participants: set[str]
) -> None:
    """Each of the team's records on the laptop holds exactly what the server holds: values and stamps."""
    for (entity, record_id), (fields, clocks, _) in held.items():
        values = json.loads(fields)
        if (values.get("participant_id") or record_id) not in participants:
            continue
        repo = laptop.repos.for_entity(entity)
        found = repo.find(where={"id": record_id}, include_deleted=True)
        assert found, f"{laptop.name} lacks {entity} {record_id}"
        here = repo.table.wire_values(found[0], list(values))
        for field, value in values.items():
            assert canonical_json(here[field]) == canonical_json(value), (
                f"{laptop.name}: {entity}.{field} is {here[field]!r}, the server has {value!r}"
            )
        assert repo.field_clocks(record_id) == json.loads(clocks), f"{laptop.name}: clocks of {entity}"


def _check_signed(laptop: Laptop, signing: Mapping[Stamp, list[Write]]) -> None:
    """A signed note holds exactly what its signature carried, its signer's name with its signer's text
    (DESIGN §4.3: a signature is one indivisible fact)."""
    for note in laptop.repos.notes.find(include_deleted=True):
        if not note.is_signed:
            continue
        stamp = Stamp.decode(laptop.repos.notes.field_clocks(note.id)["signed_at"])
        assert stamp in signing, f"{laptop.name}: note {note.id} carries a signature nobody made"
        values = laptop.repos.notes.table.wire_values(note, [w.field for w in signing[stamp]])
        for write in signing[stamp]:
            if write.field != "updated_at":
                assert canonical_json(values[write.field]) == canonical_json(write.value), (
                    f"{laptop.name}: signed note {note.id} has {write.field} {values[write.field]!r}, "
                    f"not what its signature carried"
                )


def _check_written(history: History, in_force: Mapping[FieldKey, tuple[Any, Stamp]]) -> None:
    """Every value in force on the server is one some laptop wrote, with that write's stamp (conflict
    records, made by the server, aside)."""
    written = {(w.key, w.stamp): canonical_json(w.value) for w in history.accepted()}
    for key, (value, stamp) in in_force.items():
        if key[0] == CONFLICT_ENTITY:
            continue
        assert written.get((key, stamp)) == canonical_json(value), f"server: {key} holds what nobody wrote"



def _story(
    history: History,
    conflicts: Mapping[str, SyncConflict],
    in_force: Mapping[FieldKey, tuple[Any, Stamp]],
    lost: list[Write],
) -> str:
    """For a failure message: each lost write's field, every write of it and the conflicts of its record."""
    lines = []
    for w in lost:
        lines.append(f"\n{w.key} in force: {in_force[w.key]}")
        lines += [
            f"  {x.laptop} wrote {x.value!r} at {x.stamp} on {x.base}"
            + (" (refused)" if x.change_id in history.refused else "")
            for writes in history.changes.values()
            for x in writes
            if x.key == w.key
        ]
        lines += [
            f"  conflict on {c.field}: kept {c.kept_value!r} at {c.kept_stamp}, "
            f"other {c.other_value!r} at {c.other_stamp}, resolution {c.resolution!r}"
            for c in conflicts.values()
            if c.record_id == w.record_id
        ]
    return "\n".join(lines)
