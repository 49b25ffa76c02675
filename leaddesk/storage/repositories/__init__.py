"""Repositories: one per entity family, every write recorded in the outbox and the audit log."""

from __future__ import annotations

from typing import TYPE_CHECKING

from leaddesk.domain import (
    ConferenceDiscussion,
    Consent,
    Contact,
    Disclosure,
    EligibilityScreening,
    LegalEvent,
    Need,
    OutcomeSnapshot,
    PlanGoal,
    Referral,
    Service,
    SyncConflict,
    Task,
)
from leaddesk.storage.repositories.agenda import Agenda
from leaddesk.storage.repositories.attachments import AttachmentRepository
from leaddesk.storage.repositories.audit import AuditLog
from leaddesk.storage.repositories.conference import ConferenceQueries
from leaddesk.storage.repositories.drafts import DraftRepository
from leaddesk.storage.repositories.enrollments import EnrollmentRepository
from leaddesk.storage.repositories.handoffs import HandoffQueries
from leaddesk.storage.repositories.housing import HousingRepository
from leaddesk.storage.repositories.notes import AddendumRepository, NoteRepository
from leaddesk.storage.repositories.outbox import Outbox
from leaddesk.storage.repositories.participants import ParticipantRepository
from leaddesk.storage.repositories.program import ProgramCopy
from leaddesk.storage.repositories.records import RecordRepository
from leaddesk.storage.repositories.report_rows import ReportRows
from leaddesk.storage.repositories.search import SearchIndex
from leaddesk.storage.repositories.settings import Settings

if TYPE_CHECKING:
    from leaddesk.storage.store import Store


class Repositories:
    """Every repository over one open store."""

    def __init__(self, store: Store) -> None:
        self.participants = ParticipantRepository(store)
        self.referrals = RecordRepository(store, Referral)
        self.enrollments = EnrollmentRepository(store)
        self.screenings = RecordRepository(store, EligibilityScreening)
        self.consents = RecordRepository(store, Consent)
        self.needs = RecordRepository(store, Need, default_order=("rank", "created_at"))
        self.goals = RecordRepository(store, PlanGoal)
        self.contacts = RecordRepository(store, Contact, default_order=("occurred_at",))
        self.addenda = AddendumRepository(store)
        self.notes = NoteRepository(store, self.addenda)
        self.services = RecordRepository(store, Service)
        self.legal_events = RecordRepository(store, LegalEvent, default_order=("occurred_at",))
        self.outcomes = RecordRepository(
            store, OutcomeSnapshot, default_order=("information_date", "created_at")
        )
        self.housing = HousingRepository(store)
        self.tasks = RecordRepository(store, Task, default_order=("due_on", "created_at"))
        self.attachments = AttachmentRepository(store)
        # Append-only: the model makes every field but the tombstone immutable, so updates are refused.
        self.disclosures = RecordRepository(store, Disclosure, default_order=("disclosed_at", "created_at"))
        self.discussions = RecordRepository(
            store, ConferenceDiscussion, default_order=("meeting_date", "created_at")
        )
        self.conflicts = RecordRepository(store, SyncConflict, default_order=("detected_at",))
        self.search = SearchIndex(store)
        self.drafts = DraftRepository(store)
        self.audit = AuditLog(store)
        self.outbox = Outbox(store)
        self.settings = Settings(store)
        self.agenda = Agenda(store)
        self.conference = ConferenceQueries(store)
        self.handoffs = HandoffQueries(store)  # officers' referrals waiting for the warm hand-off
        self.program = ProgramCopy(store)  # read-only here: only a sync replaces it
        self.report_rows = ReportRows(store)  # bulk reads for program reports

    def for_entity(self, entity: str) -> RecordRepository:  # type: ignore[type-arg]
        by_entity = {r.table.name: r for r in vars(self).values() if isinstance(r, RecordRepository)}
        return by_entity[entity]
