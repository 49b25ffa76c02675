"""A whole caseload made elsewhere (today: the demo's invented one, `leaddesk-server seed-demo`) stored
as if its laptops had pushed it, into a server that holds no records yet.

Each record is stored as a push stores a create: every field but its id with a field clock, in its
participant's team, under a seq of its own, so every laptop of that team pulls it at its next sync like
anything pushed, and a later edit on a laptop merges with it field by field. The stamps are the records'
own `updated_at` times on a writer id that names the import, never a device's, so nothing imported can
pass for a laptop's work in a conflict.

It runs in the caller's one write transaction: the sequence lock is taken before the check for records,
so no push can slip in between, and a failure part way leaves nothing behind (the check still passes).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from leaddesk.domain import Participant, SyncedRecord
from leaddesk.domain.ids import utcnow
from leaddesk.domain.program import StaffMember
from leaddesk.server import records, users
from leaddesk.server.audit import record_event
from leaddesk.server.db import record
from leaddesk.server.errors import AlreadyExists, InvalidRequest, NotFound
from leaddesk.server.records import ATTACHMENT, StoredRecord
from leaddesk.server.sequence import Sequence as SeqCounter
from leaddesk.sync.protocol import Role

ROWS_PER_WRITE = 1_000  # one executemany: bounded memory however large the caseload


class DatabaseNotEmpty(AlreadyExists):
    """The server already holds records: an import would mix invented or copied data with them."""

    error = "database_not_empty"


@dataclass(frozen=True)
class ImportSummary:
    """What an import made: records per entity, the teams and users it added or found, its seqs."""

    counts: Mapping[str, int]
    teams_added: list[str] = field(default_factory=list)
    users_added: list[str] = field(default_factory=list)
    users_found: list[str] = field(default_factory=list)  # already on the server, left as they were
    first_seq: int = 0
    last_seq: int = 0

    def __getitem__(self, entity: str) -> int:
        return self.counts.get(entity, 0)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def import_caseload(
    conn: Connection,
    *,
    staff: Sequence[StaffMember],
    caseload: Iterable[SyncedRecord],
    writer: str,
    actor: str,
    source: str,
    progress: Callable[[int], None] | None = None,
) -> ImportSummary:
    """Store `caseload` (each participant before their records) and add the teams and users it names.

    Call it inside a write transaction (`db.transaction(conn, write=True)`, as every admin verb runs).
    `writer` is the device id its stamps carry; `source` says in the audit trail where it came from;
    `progress(participants)` hears how many participants are written, from 0 once the import may go on.
    Raises DatabaseNotEmpty, changing nothing, if the server holds any record already."""
    sequence = SeqCounter(conn)  # the lock first: see the module's docstring
    held = conn.execute(select(func.count()).select_from(record)).scalar_one()
    if held:
        raise DatabaseNotEmpty(
            f"This server's database already holds {held:,} record{'s' * (held != 1)} (real ones, or an "
            "earlier seed), so nothing was added: an invented or imported caseload only goes into a server "
            "that holds no records yet. Point --database-url at a new, empty database to try it there."
        )
    if progress is not None:
        progress(0)
    teams_added: list[str] = []
    for team in dict.fromkeys(t for member in staff for t in member.teams):
        _ensure_team(conn, team, actor=actor, added=teams_added)
    users_added, users_found = _ensure_users(conn, staff, actor=actor)
    first = sequence.value + 1
    counts = _store(
        conn,
        caseload,
        sequence=sequence,
        writer=writer,
        actor=actor,
        teams_added=teams_added,
        progress=progress,
    )
    sequence.save()
    summary = ImportSummary(
        counts=dict(counts),
        teams_added=teams_added,
        users_added=users_added,
        users_found=users_found,
        first_seq=first if counts else 0,
        last_seq=sequence.value if counts else 0,
    )
    record_event(
        conn,
        actor=actor,
        action="caseload_import",
        detail=f"{source}: participants={summary['participant']} records={summary.total} "
        f"teams_added={len(teams_added)} users_added={len(users_added)}",
    )
    return summary


def _ensure_team(conn: Connection, team: str, *, actor: str, added: list[str]) -> None:
    if not users.team_exists(conn, name=team):
        added.append(users.add_team(conn, name=team, actor=actor))


def _ensure_users(
    conn: Connection, staff: Sequence[StaffMember], *, actor: str
) -> tuple[list[str], list[str]]:
    added: list[str] = []
    found: list[str] = []
    for member in staff:
        try:
            users.get_user(conn, username=member.username)
        except NotFound:
            pass
        else:
            found.append(member.username)
            continue
        try:
            role = Role(member.role)
        except ValueError:
            raise InvalidRequest(
                f"{member.username}: the server knows no role {member.role!r} "
                f"(it has {', '.join(r.value for r in Role)})."
            ) from None
        users.add_user(
            conn,
            username=member.username,
            role=role,
            teams=member.teams,
            display_name=member.display_name,
            actor=actor,
        )
        added.append(member.username)
    return added, found


def _store(
    conn: Connection,
    caseload: Iterable[SyncedRecord],
    *,
    sequence: SeqCounter,
    writer: str,
    actor: str,
    teams_added: list[str],
    progress: Callable[[int], None] | None,
) -> Counter[str]:
    """Every record under its next seq, written a chunk at a time; returns the counts per entity."""
    team_of: dict[str, str] = {}  # participant id -> team, for the records that follow them
    known_teams: set[str] = set()
    counts: Counter[str] = Counter()
    now = utcnow()
    chunk: list[StoredRecord] = []
    for item in caseload:
        if item.entity == ATTACHMENT:
            # Its file's bytes are not part of a caseload: laptops would ask for a file nobody sent.
            raise InvalidRequest(f"attachment {item.id}: an imported caseload cannot carry files.")
        if isinstance(item, Participant):
            participant_id = item.id
            if item.team_id not in known_teams:
                _ensure_team(conn, item.team_id, actor=actor, added=teams_added)
                known_teams.add(item.team_id)
            team_of[participant_id] = item.team_id
        else:
            participant_id = getattr(item, "participant_id", "")
            if participant_id not in team_of:
                raise ValueError(f"{item.entity} {item.id} comes before its participant {participant_id!r}")
        stored = records.created(
            item, participant_id=participant_id, team=team_of[participant_id], writer=writer, now=now
        )
        stored.seq = sequence.next()
        chunk.append(stored)
        counts[item.entity] += 1
        if len(chunk) >= ROWS_PER_WRITE:
            records.write(conn, inserts=chunk, updates=[], now=now)
            chunk = []
            if progress is not None:
                progress(len(team_of))
    if chunk:
        records.write(conn, inserts=chunk, updates=[], now=now)
    if progress is not None:
        progress(len(team_of))
    return counts

