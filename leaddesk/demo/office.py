"""The demo's office: an embedded sync server on 127.0.0.1 keeping its SQLite file in the demo folder,
demo laptops enrolled with it, and a staged concurrent edit so a newcomer sees a conflict resolved.

Only for `leaddesk demo`: codes are issued without an administrator and the server listens on loopback
with plain HTTP, which the connect dialog allows for this computer alone."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from leaddesk.demo import program as demo_program
from leaddesk.demo.bundle import usernames
from leaddesk.demo.synthetic import DEMO_TEAM
from leaddesk.domain import Participant
from leaddesk.domain.enums import Role
from leaddesk.domain.program import StaffMember
from leaddesk.server.embedded import EmbeddedServer, issue_demo_code, start_embedded
from leaddesk.storage.errors import ProfileInUse
from leaddesk.storage.in_use import check_free
from leaddesk.storage.paths import profile_dir
from leaddesk.storage.store import Store
from leaddesk.storage.sync_state import SERVER_URL, SyncState
from leaddesk.sync.engine import SyncEngine
from leaddesk.sync.enrolment import client_for, enroll
from leaddesk.sync.report import SyncReport

SERVER_FILE = "demo-office.db"
CASE_MANAGER = "case_manager"  # the role, as the roster names it


@dataclass(frozen=True)
class DemoUser:
    username: str
    display_name: str
    profile: str
    device_name: str
    role: Role = Role.CASE_MANAGER


CASEY = DemoUser("casey.morgan", "Casey Morgan", "Demo case manager", "Casey's demo laptop")
ROBIN = DemoUser("robin.lee", "Robin Lee", "Demo case manager 2", "Robin's demo laptop")
# The team's supervisor: their laptop shows the dashboard for the whole team (`--screen dashboard`).
SUPERVISOR = DemoUser("drew.santos", "Drew Santos", "Demo supervisor", "Drew's demo laptop", Role.SUPERVISOR)
# Their invented colleagues on the demo team; the first works part time (a capacity of 10), so the
# caseload warnings have someone to warn about.
COLLEAGUES = ("Avery Lindqvist", "Jules Okafor", "Noor Baptiste", "Sol Marchetti", "Tam Ferrow", "Wren Hale")
PART_TIMER = COLLEAGUES[0]
DEMO_STAFF = (CASEY.display_name, ROBIN.display_name, *COLLEAGUES)
DEMO_CASELOAD = 15  # what each demo case manager carries, the standard's top


def caseload_staff(participants: int) -> list[str] | None:
    """Who carries a demo caseload of `participants`: Casey and Robin first, then as many colleagues as
    keep everyone at 15 or under; None (the generator invents them) for a caseload too big for them."""
    needed = max(2, -(-participants // DEMO_CASELOAD))
    return list(DEMO_STAFF[:needed]) if needed <= len(DEMO_STAFF) else None


def _roster() -> list[StaffMember]:
    return [
        StaffMember(username=login, display_name=name, role=CASE_MANAGER, teams=[DEMO_TEAM])
        for name, login in zip(DEMO_STAFF, usernames(DEMO_STAFF), strict=True)
    ]


class DemoOffice:
    """The embedded server for one demo folder; `stop()` when the demo ends."""

    def __init__(self, home: Path) -> None:
        self.database_url = f"sqlite:///{home / SERVER_FILE}"
        self._server: EmbeddedServer = start_embedded(
            database_url=self.database_url,
            team=DEMO_TEAM,
            username=CASEY.username,
            display_name=CASEY.display_name,
            device_name=CASEY.device_name,
        )
        self.url = self._server.url
        self._first_code: str | None = self._server.enrolment_code
        staff = _roster()
        part_timer = next(m.username for m in staff if m.display_name == PART_TIMER)
        demo_program.configure(self.database_url, staff=staff, part_timer=part_timer)

    def connect(self, store: Store, who: DemoUser) -> None:
        """Enrol a demo laptop, or (a demo folder opened again) point it at this run's port: the server
        and its device tokens live in the demo folder, only the port is new."""
        state = SyncState(store)
        if state.enrolment is not None:
            state.save_state({SERVER_URL: self.url})
            return
        if who == CASEY and self._first_code is not None:
            code, self._first_code = self._first_code, None
        else:
            code = issue_demo_code(
                database_url=self.database_url,
                team=DEMO_TEAM,
                username=who.username,
                display_name=who.display_name,
                role=who.role,
                device_name=who.device_name,
            ).code
        enroll(store, self.url, code, who.device_name)

    def stop(self) -> None:
        self._server.stop()


def sync(store: Store) -> SyncReport:
    """One sync on the calling thread (demo set-up, before any window shows)."""
    with client_for(store) as client:
        return SyncEngine(store, client).sync()


def stage_conflict(office: DemoOffice, first: Store, second: Store) -> Participant:
    """Both case managers change the same participant's phone before either syncs, then both sync: the
    second push overtakes the first, and each laptop ends up holding the same open conflict."""
    for store in (first, second):
        sync(store)
    participant = first.repos.participants.caseload(limit=1)[0]
    first.repos.participants.update(participant.id, {"phone": "555-0142 (new, from the shelter desk)"})
    second.repos.participants.update(participant.id, {"phone": "555-0199 (a cousin's phone)"})
    for store in (first, second, first):
        sync(store)
    return first.repos.participants.get(participant.id)


def open_elsewhere(home: Path, people: list[DemoUser]) -> DemoUser | None:
    """The first of `people` whose demo profile in `home` another app has open now."""
    for who in people:
        folder = profile_dir(who.profile, home)
        if not folder.is_dir():
            continue  # not made yet
        try:
            check_free(folder)
        except ProfileInUse:
            return who
    return None
