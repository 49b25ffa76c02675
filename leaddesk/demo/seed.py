"""Fill an open store with a synthetic caseload from leaddesk.demo.synthetic.

Records go in through `import_records` (no outbox entry or audit event per row: nobody typed them), one
transaction per batch of participants, so a 5,000-participant benchmark caseload loads in one pass with
bounded memory and a progress report after each batch.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import islice

from leaddesk.demo.synthetic import DEMO_NOTES_PER_PARTICIPANT, DEMO_SEED, ParticipantBundle, generate
from leaddesk.domain import SyncedRecord
from leaddesk.storage.store import Store

BATCH_PARTICIPANTS = 100
# Parents before children, as leaddesk.domain orders them.
ENTITY_ORDER = tuple(m.entity for m in ParticipantBundle.MODELS)


@dataclass(frozen=True)
class SeedSummary:
    """How many records of each entity were stored, keyed by entity name ("participant", "note", …)."""

    counts: Mapping[str, int]

    def __getitem__(self, entity: str) -> int:
        return self.counts.get(entity, 0)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def seed_store(
    store: Store,
    *,
    seed: int = DEMO_SEED,
    participants: int = 60,
    notes_per_participant: float = DEMO_NOTES_PER_PARTICIPANT,
    teams: Sequence[str] = ("north", "south"),
    case_managers: Sequence[str] | None = None,
    today: date | None = None,
    batch_size: int = BATCH_PARTICIPANTS,
    progress: Callable[[int, int], None] | None = None,
    share: bool = False,
) -> SeedSummary:
    """Generate and store `participants` invented participants with all their records; with `share`
    they are queued for the sync server too (a demo whose office starts empty). `case_managers` names
    who carries them (None: the generator invents enough case managers).

    `progress(done, total)` is called with participant counts before the first batch and after each
    batch commits. A failure rolls back only the batch in flight; earlier batches stay stored.
    """
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    bundles = generate(
        seed=seed, participants=participants, notes_per_participant=notes_per_participant, teams=teams,
        case_managers=case_managers, today=today,
    )
    repos = {entity: store.repos.for_entity(entity) for entity in ENTITY_ORDER}
    counts: Counter[str] = Counter()
    done = 0
    if progress is not None:
        progress(done, participants)
    while batch := list(islice(bundles, batch_size)):
        by_entity: dict[str, list[SyncedRecord]] = {entity: [] for entity in ENTITY_ORDER}
        for bundle in batch:
            for record in bundle.records():
                by_entity[record.entity].append(record)
        with store.write():
            for entity, records in by_entity.items():
                if records:
                    counts[entity] += repos[entity].import_records(records, share=share)
        done += len(batch)
        if progress is not None:
            progress(done, participants)
    return SeedSummary(counts=dict(counts))
