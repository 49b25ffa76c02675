"""What a laptop is told about the program (`GET /v1/program`): the settings, and the staff its user
works with.

The roster a laptop gets is the users who share a team with its user (an admin's: everyone), each with
display name, role, teams, caseload capacity and whether they are active; never a password, token or
device. A case manager's laptop needs the names of the people on its participants' records and whom a
participant may be handed to; a supervisor's needs the case managers of the teams they assign to, with
their capacity for the caseload check. Staff of other teams are no business of a laptop.
"""

from __future__ import annotations

import hashlib

from sqlalchemy.engine import Connection

from leaddesk.domain.merge import canonical_json
from leaddesk.domain.program import StaffMember
from leaddesk.server import program, users
from leaddesk.server.users import UserRow
from leaddesk.sync.protocol import ProgramResponse, Role


def _staff(conn: Connection) -> list[UserRow]:
    """Every user but the officers: they refer from the street and are nobody's colleague on a laptop."""
    return [u for u in users.list_users(conn) if u.role is not Role.OFFICER]


def roster_for(conn: Connection, *, viewer: UserRow) -> list[StaffMember]:
    everyone = _staff(conn)
    if viewer.role is not Role.ADMIN:
        mine = set(viewer.teams)
        everyone = [u for u in everyone if u.id == viewer.id or mine & set(u.teams)]
    return [staff_member(u) for u in everyone]


def whole_roster(conn: Connection) -> list[StaffMember]:
    """Every user of the program, as a roster shows them (the server's own reports)."""
    return [staff_member(u) for u in _staff(conn)]


def staff_member(u: UserRow) -> StaffMember:
    return StaffMember(
        username=u.username,
        display_name=u.display_name,
        role=u.role.value,
        teams=list(u.teams),
        caseload_capacity=u.caseload_capacity,
        active=not u.disabled,
    )


def program_for(conn: Connection, *, viewer: UserRow) -> ProgramResponse:
    """The answer for this viewer; its version is a digest of exactly what it says, so any change an
    admin makes (settings, a user's name, teams, capacity, disabling) gives a new version, and nothing
    else does."""
    settings = program.current(conn)
    roster = roster_for(conn, viewer=viewer)
    content = {
        "settings": settings.model_dump(mode="json"),
        "roster": [m.model_dump(mode="json") for m in roster],
    }
    version = hashlib.sha256(canonical_json(content).encode()).hexdigest()[:32]
    return ProgramResponse(version=version, settings=settings, roster=roster)
