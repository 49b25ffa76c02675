"""The demo's office: an embedded sync server on 127.0.0.1 keeping its SQLite file in the demo folder,
demo laptops enrolled with it, and a staged concurrent edit so a newcomer sees a conflict resolved.

Only for `leaddesk demo`: codes are issued without an administrator and the server listens on loopback
with plain HTTP, which the connect dialog allows for this computer alone."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from leaddesk.demo import program as demo_program
from leaddesk.demo.synthetic import DEMO_TEAM
from leaddesk.domain import Participant
from leaddesk.server.embedded import EmbeddedServer, issue_demo_code, start_embedded
from leaddesk.storage.store import Store
from leaddesk.storage.sync_state import SERVER_URL, SyncState
from leaddesk.sync.engine import SyncEngine
from leaddesk.sync.enrolment import client_for, enroll
from leaddesk.sync.report import SyncReport

SERVER_FILE = "demo-office.db"


@dataclass(frozen=True)
class DemoCaseManager:
    username: str
    display_name: str
    profile: str
    device_name: str


CASEY = DemoCaseManager("casey", "Casey Morgan", "Demo case manager", "Casey's demo laptop")
ROBIN = DemoCaseManager("robin", "Robin Lee", "Demo case manager 2", "Robin's demo laptop")


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
        demo_program.configure(self.database_url, part_timer=CASEY.username)

    def connect(self, store: Store, who: DemoCaseManager) -> None:
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
