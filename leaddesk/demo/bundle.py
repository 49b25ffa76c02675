"""What the synthetic caseload is made of: a case manager, one participant's bundle of records, and the
ids they carry (UUIDv7-shaped, from synthetic times and the seeded RNG, so a seed gives the same ids)."""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, fields
from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

from leaddesk.domain import (
    Addendum,
    CaseNote,
    Consent,
    Contact,
    EligibilityScreening,
    Enrollment,
    HousingStatus,
    LegalEvent,
    Need,
    OutcomeSnapshot,
    Participant,
    PlanGoal,
    Referral,
    Service,
    SyncedRecord,
    Task,
)

if TYPE_CHECKING:
    pass


def synthetic_id(rng: random.Random, at: datetime) -> str:
    """A UUIDv7-shaped id from a synthetic time and the seeded RNG (never os.urandom or the clock)."""
    ms = int(at.timestamp() * 1000) & 0xFFFF_FFFF_FFFF
    rand = rng.getrandbits(74)
    value = ms << 80 | 0x7 << 76 | (rand >> 62) << 64 | 0b10 << 62 | (rand & 0x3FFF_FFFF_FFFF_FFFF)
    h = f"{value:032x}"
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


@dataclass(frozen=True)
class CaseManager:
    """An invented case manager: the name screens show, their team, and the sign-in name the records
    store (a participant's `case_manager` is a roster username)."""

    name: str
    team_id: str
    username: str = ""


def usernames(names: Sequence[str]) -> list[str]:
    """A sign-in name per invented person, "first.last" in lower-case ASCII ("Ana Quill-Oro" ->
    "ana.quill-oro"), numbered where two would otherwise meet."""
    made: list[str] = []
    taken: set[str] = set()
    for full in names:
        plain = unicodedata.normalize("NFKD", full).encode("ascii", "ignore").decode().lower()
        words = ("".join(c for c in part if c.isalnum() or c == "-") for part in plain.split())
        base = ".".join(w for w in words if w) or "case.manager"
        name, n = base, 1
        while name in taken:
            n += 1
            name = f"{base}{n}"
        taken.add(name)
        made.append(name)
    return made


@dataclass
class ParticipantBundle:
    """One participant and every record about them, each list in the order the events happened."""

    # The fields' models in field order, parents first; what a store needs repositories for.
    MODELS: ClassVar[tuple[type[SyncedRecord], ...]] = (
        Participant, Referral, Enrollment, EligibilityScreening, Consent, Need, PlanGoal, Contact, CaseNote,
        Addendum, Service, LegalEvent, OutcomeSnapshot, HousingStatus, Task,
    )

    participant: Participant
    referral: Referral
    enrollments: list[Enrollment]
    screening: EligibilityScreening
    consents: list[Consent]
    needs: list[Need]
    goals: list[PlanGoal]
    contacts: list[Contact]
    notes: list[CaseNote]
    addenda: list[Addendum]
    services: list[Service]
    legal_events: list[LegalEvent]
    outcomes: list[OutcomeSnapshot]
    housing: list[HousingStatus]
    tasks: list[Task]

    def records(self) -> Iterator[SyncedRecord]:
        """Every record, parents first (the order of leaddesk.domain.SYNCED_MODELS)."""
        for f in fields(self):
            value = getattr(self, f.name)
            yield from value if isinstance(value, list) else (value,)
