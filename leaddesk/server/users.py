"""Teams and users: who belongs to which team and with which role, and whether they may sync at all.
Every change here is audited."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection

from leaddesk.domain.ids import utcnow
from leaddesk.server.audit import record_event
from leaddesk.server.db import membership, team, user
from leaddesk.server.errors import AlreadyExists, InvalidRequest, NotFound
from leaddesk.server.scope import Scope
from leaddesk.server.scope_history import record_team_loss
from leaddesk.server.sequence import Sequence
from leaddesk.sync.protocol import Role, UserInfo

NAME_MAX = 100  # a participant's team_id is a Name of at most 100 characters


@dataclass(frozen=True, slots=True)
class UserRow:
    id: int
    username: str
    display_name: str
    role: Role
    teams: tuple[str, ...]
    disabled_at: datetime | None = None
    caseload_capacity: int | None = None  # None: the program's caseload standard

    @property
    def disabled(self) -> bool:
        return self.disabled_at is not None

    @property
    def scope(self) -> Scope:
        return Scope.of(role=self.role, teams=frozenset(self.teams))

    def info(self) -> UserInfo:
        return UserInfo(
            username=self.username, display_name=self.display_name, role=self.role, teams=list(self.teams)
        )


def _clean_name(value: str, what: str) -> str:
    name = value.strip()
    if not name or len(name) > NAME_MAX:
        raise InvalidRequest(f"A {what} needs a name of 1 to {NAME_MAX} characters.")
    return name


def add_team(conn: Connection, *, name: str, actor: str) -> str:
    name = _clean_name(name, "team")
    if conn.execute(select(team.c.name).where(team.c.name == name)).first():
        raise AlreadyExists(f"There is already a team named {name!r}.")
    conn.execute(insert(team).values(name=name, created_at=utcnow()))
    record_event(conn, actor=actor, action="team_add", entity="team", entity_id=name)
    return name


def list_teams(conn: Connection) -> list[str]:
    return list(conn.execute(select(team.c.name).order_by(team.c.name)).scalars())


def team_exists(conn: Connection, *, name: str) -> bool:
    return conn.execute(select(team.c.name).where(team.c.name == name)).first() is not None


def add_user(
    conn: Connection,
    *,
    username: str,
    role: Role,
    teams: Iterable[str],
    display_name: str = "",
    actor: str,
) -> UserRow:
    if role is Role.OFFICER:
        raise InvalidRequest(
            "An officer is added with their agency and precinct (--agency CODE --precinct CODE) and no team."
        )
    username = _clean_name(username, "user")
    wanted = list(dict.fromkeys(t.strip() for t in teams))
    if not wanted and role is not Role.ADMIN:
        raise InvalidRequest("A case manager or supervisor belongs to at least one team (--team).")
    missing = [t for t in wanted if not team_exists(conn, name=t)]
    if missing:
        raise NotFound(f"No team named {missing[0]!r}; add it first with `leaddesk-server team add`.")
    if conn.execute(select(user.c.id).where(user.c.username == username)).first():
        raise AlreadyExists(f"There is already a user named {username!r}.")
    user_id = conn.execute(
        insert(user)
        .values(
            username=username,
            display_name=display_name.strip()[:200] or username,
            role=role.value,
            created_at=utcnow(),
        )
        .returning(user.c.id)
    ).scalar_one()
    for name in wanted:
        conn.execute(insert(membership).values(user_id=user_id, team=name))
    record_event(
        conn,
        actor=actor,
        action="user_add",
        entity="user",
        entity_id=username,
        detail=f"role={role.value} teams={','.join(wanted)}",
    )
    return get_user(conn, user_id=user_id)


def get_user(conn: Connection, *, user_id: int | None = None, username: str | None = None) -> UserRow:
    query = select(user)
    if user_id is not None:
        query = query.where(user.c.id == user_id)
    elif username is not None:
        query = query.where(user.c.username == username.strip())
    else:
        raise TypeError("get_user needs user_id or username")
    row = conn.execute(query).first()
    if row is None:
        raise NotFound(f"No user named {username!r}." if username else f"No user with id {user_id}.")
    teams = conn.execute(
        select(membership.c.team).where(membership.c.user_id == row.id).order_by(membership.c.team)
    ).scalars()
    return UserRow(
        id=row.id,
        username=row.username,
        display_name=row.display_name,
        role=Role(row.role),
        teams=tuple(teams),
        disabled_at=row.disabled_at,
        caseload_capacity=row.caseload_capacity,
    )


def list_users(conn: Connection) -> list[UserRow]:
    ids = conn.execute(select(user.c.id).order_by(user.c.username)).scalars().all()
    return [get_user(conn, user_id=i) for i in ids]


@dataclass(frozen=True, slots=True)
class TeamChange:
    user: UserRow  # as they are now
    added: tuple[str, ...]
    removed: tuple[str, ...]
    leaving: int  # participants that leave the user's laptops at their next sync


def change_teams(
    conn: Connection, *, username: str, add: Iterable[str] = (), remove: Iterable[str] = (), actor: str
) -> TeamChange:
    """Add the user to teams and take them out of others, in one go. Each participant they no longer see
    gets a removal row (scope_history.py), so their laptops drop them, and everything of theirs, at the
    next sync. Call inside a write transaction; it takes the sequence lock, so a push waits for it and a
    pull sees the change whole or not at all."""
    found = get_user(conn, username=username)
    if found.role is Role.OFFICER:
        raise InvalidRequest(
            f"{found.username} is an officer and belongs to no team: their referrals go to the team on call "
            "for their precinct (`leaddesk-server program on-call`)."
        )
    added = list(dict.fromkeys(t.strip() for t in add))
    removed = list(dict.fromkeys(t.strip() for t in remove))
    if not added and not removed:
        raise InvalidRequest("Name a team to add (--add TEAM) or to remove (--remove TEAM).")
    both = sorted(set(added) & set(removed))
    if both:
        raise InvalidRequest(f"Team {both[0]!r} is both added and removed; name it once.")
    missing = [t for t in added if not team_exists(conn, name=t)]
    if missing:
        raise NotFound(f"No team named {missing[0]!r}; add it first with `leaddesk-server team add`.")
    already = [t for t in added if t in found.teams]
    if already:
        raise InvalidRequest(f"{found.username} is already in team {already[0]!r}.")
    absent = [t for t in removed if t not in found.teams]
    if absent:
        raise InvalidRequest(f"{found.username} is not in team {absent[0]!r}.")
    after = (set(found.teams) | set(added)) - set(removed)
    if not after and found.role is not Role.ADMIN:
        raise InvalidRequest(
            f"A case manager or supervisor keeps at least one team. To stop {found.username} syncing, use "
            f"`leaddesk-server user disable {found.username}`."
        )
    sequence = Sequence(conn)
    for name in added:
        conn.execute(insert(membership).values(user_id=found.id, team=name))
    if removed:
        conn.execute(
            delete(membership).where(membership.c.user_id == found.id, membership.c.team.in_(removed))
        )
    leaving = record_team_loss(
        conn,
        user_id=found.id,
        lost=removed,
        still_sees=Scope.of(role=found.role, teams=frozenset(after)),
        sequence=sequence,
        now=utcnow(),
    )
    sequence.save()
    record_event(
        conn,
        actor=actor,
        action="user_teams",
        entity="user",
        entity_id=found.username,
        detail=f"added={','.join(added)} removed={','.join(removed)} participants_leaving={leaving}",
    )
    return TeamChange(
        user=get_user(conn, user_id=found.id), added=tuple(added), removed=tuple(removed), leaving=leaving
    )


def set_disabled(conn: Connection, *, username: str, disabled: bool, actor: str) -> UserRow:
    """Stop (or let again) every device of the user at once. Nothing is wiped: a disabled user's laptops
    are refused until the user is enabled, and their unsent work waits there."""
    found = get_user(conn, username=username)
    if found.disabled == disabled:
        state = "disabled" if disabled else "enabled"
        raise InvalidRequest(f"{found.username} is {state} already; nothing changed.")
    conn.execute(update(user).where(user.c.id == found.id).values(disabled_at=utcnow() if disabled else None))
    action = "user_disable" if disabled else "user_enable"
    record_event(conn, actor=actor, action=action, entity="user", entity_id=found.username)
    return get_user(conn, user_id=found.id)


CAPACITY_MAX = 200  # as the domain's StaffMember.caseload_capacity


def set_capacity(conn: Connection, *, username: str, capacity: int | None, actor: str) -> UserRow:
    """How many open participants the user carries (a part-time case manager carries fewer); None
    goes back to the program's caseload standard. The caseload warnings on laptops use it."""
    found = get_user(conn, username=username)
    if capacity is not None and not 0 <= capacity <= CAPACITY_MAX:
        raise InvalidRequest(
            f"A caseload capacity is 0 to {CAPACITY_MAX} participants (or 'standard'); nothing changed."
        )
    conn.execute(update(user).where(user.c.id == found.id).values(caseload_capacity=capacity))
    shown = "standard" if capacity is None else str(capacity)
    record_event(
        conn, actor=actor, action="user_capacity", entity="user", entity_id=found.username, detail=shown
    )
    return get_user(conn, user_id=found.id)
