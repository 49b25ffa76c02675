"""Pydantic models, enums and pure rules of the LEAD domain (no Qt, no SQL, no I/O): every record type,
note signing, consent validity, eligibility, jail days (casework.py), outcome snapshots (outcomes.py), the
status machine over episodes (episodes.py), HMIS codes (hmis.py, outcome_codes.py, casework_codes.py), the
overdue-contact rule (contact_due.py), the hybrid logical clock (clock.py) and the field merge (merge.py)
that laptop and server share. Imports nothing of ours (DESIGN.md §1); new rules go here."""

from __future__ import annotations

from leaddesk.domain.base import ParticipantRecord, SyncedRecord
from leaddesk.domain.casework import (
    Contact,
    ContactTime,
    HousingStatus,
    LegalEvent,
    Need,
    PlanGoal,
    ProgressEntry,
    Referral,
    Service,
    Task,
)
from leaddesk.domain.conference import ConferenceDiscussion
from leaddesk.domain.consent import Consent
from leaddesk.domain.disclosure_record import Disclosure
from leaddesk.domain.eligibility import Criterion, CriterionAnswer, CriterionKind, EligibilityScreening
from leaddesk.domain.enrollment import Enrollment
from leaddesk.domain.notes import Addendum, CaseNote
from leaddesk.domain.outcomes import IncomeAmount, OutcomeSnapshot
from leaddesk.domain.participant import Participant
from leaddesk.domain.records import Attachment, AuditEvent, SyncConflict

# Every synced entity, in an order where a record's parent comes before it.
SYNCED_MODELS: tuple[type[SyncedRecord], ...] = (
    Participant,
    Referral,
    Enrollment,
    EligibilityScreening,
    Consent,
    Need,
    PlanGoal,
    Contact,
    CaseNote,
    Addendum,
    Service,
    LegalEvent,
    OutcomeSnapshot,
    HousingStatus,
    Task,
    Attachment,
    Disclosure,
    ConferenceDiscussion,
    SyncConflict,
)
MODEL_BY_ENTITY: dict[str, type[SyncedRecord]] = {m.entity: m for m in SYNCED_MODELS}

__all__ = [
    "MODEL_BY_ENTITY",
    "SYNCED_MODELS",
    "Addendum",
    "Attachment",
    "AuditEvent",
    "CaseNote",
    "ConferenceDiscussion",
    "Consent",
    "Contact",
    "ContactTime",
    "Criterion",
    "CriterionAnswer",
    "CriterionKind",
    "Disclosure",
    "EligibilityScreening",
    "Enrollment",
    "HousingStatus",
    "IncomeAmount",
    "LegalEvent",
    "Need",
    "OutcomeSnapshot",
    "Participant",
    "ParticipantRecord",
    "PlanGoal",
    "ProgressEntry",
    "Referral",
    "Service",
    "SyncConflict",
    "SyncedRecord",
    "Task",
]
