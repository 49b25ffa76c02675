"""The server as `leaddesk demo` embeds it: on 127.0.0.1 in a background thread, with a team, a user and
a fresh enrolment code ready, so the desktop app can enrol and sync with no admin steps."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from leaddesk.server import enrolment, users
from leaddesk.server.app import create_app
from leaddesk.server.db import make_engine, transaction
from leaddesk.server.errors import NotFound
from leaddesk.server.migrate import upgrade
from leaddesk.server.running import ServerThread
from leaddesk.server.settings import ServerSettings
from leaddesk.sync.protocol import Role

ACTOR = "demo"


@dataclass(frozen=True)
class EmbeddedServer:
    server: ServerThread
    url: str
    enrolment_code: str  # one-time, for the demo user's laptop
    code_expires_at: datetime

    def stop(self) -> None:
        self.server.stop()


def start_embedded(
    *,
    database_url: str,
    team: str,
    username: str,
    display_name: str = "",
    role: Role = Role.CASE_MANAGER,
    device_name: str = "Demo laptop",
) -> EmbeddedServer:
    """Migrate, make sure the team and user exist, issue a code, and serve on a free loopback port."""
    issued = issue_demo_code(
        database_url=database_url,
        team=team,
        username=username,
        display_name=display_name,
        role=role,
        device_name=device_name,
    )
    running = ServerThread(create_app(ServerSettings(database_url=database_url))).start()
    return EmbeddedServer(
        server=running, url=running.url, enrolment_code=issued.code, code_expires_at=issued.expires_at
    )


def issue_demo_code(
    *,
    database_url: str,
    team: str,
    username: str,
    display_name: str = "",
    role: Role = Role.CASE_MANAGER,
    device_name: str = "Demo laptop",
) -> enrolment.IssuedCode:
    """An enrolment code for `username` (made, with `team`, if need be), as an admin would issue it;
    migrates the database first. For the demo's second case manager, and the first's."""
    engine = make_engine(database_url)
    try:
        upgrade(engine)
        with engine.connect() as conn, transaction(conn, write=True):
            if not users.team_exists(conn, name=team):
                users.add_team(conn, name=team, actor=ACTOR)
            try:
                users.get_user(conn, username=username)
            except NotFound:
                users.add_user(
                    conn, username=username, role=role, teams=[team], display_name=display_name, actor=ACTOR
                )
            return enrolment.issue_code(
                conn, username=username, device_name=device_name, lifetime=timedelta(hours=1), actor=ACTOR
            )
    finally:
        engine.dispose()
