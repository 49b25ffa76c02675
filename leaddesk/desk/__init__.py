"""Qt-free use cases: everything a screen may ask or change, and the only way the screens reach the
data (DESIGN.md §1). Each takes and returns domain values; each write returns `Done(value, changes)` so
the screens refresh exactly what changed (desk/changes.py).

A `Desk` is one unlocked profile's use cases over one store connection, for the thread that opened it;
`sibling_opener()` gives worker threads a desk of their own (ui/runner.py runs slow calls on them).

Where a new feature goes: a rule -> domain; a query or table -> storage; something a screen needs ->
a use case here, in the module of its subject; a measure -> reports; a widget -> ui."""

from __future__ import annotations

from collections.abc import Callable

from leaddesk.desk.assignment import Assignment
from leaddesk.desk.attachments import Attachments
from leaddesk.desk.capture import Capture
from leaddesk.desk.caseload import Caseload
from leaddesk.desk.changes import EVERYTHING, NOTHING, Changes, Done
from leaddesk.desk.conference import Conference
from leaddesk.desk.conflicts import Conflicts
from leaddesk.desk.disclosure import Disclosures
from leaddesk.desk.handoffs import Handoffs
from leaddesk.desk.notes import Notes
from leaddesk.desk.participants import Participants
from leaddesk.desk.profile import Profile
from leaddesk.desk.program import Program
from leaddesk.desk.record import Record
from leaddesk.desk.records import Records
from leaddesk.desk.reports import Reports
from leaddesk.desk.search import Search
from leaddesk.desk.settings import Settings
from leaddesk.desk.syncing import Syncing
from leaddesk.desk.today import Today
from leaddesk.storage.database import in_our_words
from leaddesk.storage.store import Store

__all__ = ["EVERYTHING", "NOTHING", "Changes", "Desk", "Done", "in_our_words"]


class Desk:
    """One unlocked profile's use cases, grouped by subject."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self.records = Records(store)
        self.notes = Notes(store)
        self.participants = Participants(store)
        self.attachments = Attachments(store)
        self.conflicts = Conflicts(store)
        self.syncing = Syncing(store)
        self.settings = Settings(store)
        self.profile = Profile(store)
        self.caseload = Caseload(store)
        self.today = Today(store)
        self.handoffs = Handoffs(store)  # officers' referrals waiting for the warm hand-off (issue 19)
        self.search = Search(store)
        self.capture = Capture(store)
        self.program = Program(store)
        self.record = Record(store)  # the participant's own details, status and episodes
        self.assignment = Assignment(store)
        self.disclosures = Disclosures(store)  # the gate: the only way participant data leaves
        self.conference = Conference(store)  # case conferencing: its agenda goes through the gate
        self.reports = Reports(store)  # the dashboard's figures and the PCG report

    @property
    def user(self) -> str:
        """The person using this profile, as notes and audit events name them."""
        return self._store.user

    @property
    def is_open(self) -> bool:
        return self._store.is_open

    def sibling_opener(self) -> Callable[[], Desk]:
        """Opens a desk of its own on the thread that calls it (another connection to the same database,
        sharing this one's clock); holds the key, so keep it only while the profile is unlocked."""
        open_store = self._store.sibling_opener()
        return lambda: Desk(open_store())

    def close(self, *, audit: bool = True) -> None:
        """Lock: close the connection and drop the key (the lock is audited unless `audit` is off)."""
        self._store.close(audit=audit)
