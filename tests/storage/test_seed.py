"""Seeding a real encrypted store with the synthetic caseload: counts, reads, caseload and search."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date

import pytest

from leaddesk.demo.seed import ENTITY_ORDER, SeedSummary, seed_store
from leaddesk.demo.synthetic import CASELOAD_MAX, ParticipantBundle, generate
from leaddesk.storage.repositories.participants import CaseloadFilter
from leaddesk.storage.repositories.search import HitKind
from leaddesk.storage.store import Store

TODAY = date(2026, 3, 16)


def caseload() -> Iterator[ParticipantBundle]:
    return generate(seed=21, participants=40, notes_per_participant=12, today=TODAY)


def seed(
    store: Store, *, batch_size: int = 100, progress: Callable[[int, int], None] | None = None
) -> SeedSummary:
    return seed_store(
        store,
        seed=21,
        participants=40,
        notes_per_participant=12,
        today=TODAY,
        batch_size=batch_size,
        progress=progress,
    )


@pytest.fixture
def seeded(store: Store) -> Store:
    seed(store)
    return store


def test_counts_match_what_the_generator_made(store: Store) -> None:
    reports: list[tuple[int, int]] = []
    summary = seed(store, batch_size=16, progress=lambda done, total: reports.append((done, total)))
    made = Counter(r.entity for b in caseload() for r in b.records())
    assert dict(summary.counts) == dict(made)
    assert summary["participant"] == 40
    assert summary.total == sum(made.values())
    for entity in ENTITY_ORDER:
        assert store.repos.for_entity(entity).count() == made[entity], entity
    assert store.repos.notes.count() == summary["note"] > 300
    assert reports == [(0, 40), (16, 40), (32, 40), (40, 40)]


def test_imported_records_are_not_local_changes(seeded: Store) -> None:
    assert seeded.repos.outbox.count() == 0
    assert seeded.repos.audit.count() == 1  # only the unlock that created the profile


def test_stored_records_read_back_as_generated(seeded: Store) -> None:
    bundle = next(caseload())
    pid = bundle.participant.id
    assert seeded.repos.participants.get(pid) == bundle.participant
    assert seeded.repos.notes.timeline(pid) == sorted(bundle.notes, key=lambda n: n.created_at, reverse=True)
    assert seeded.repos.housing.history(pid)[0] == bundle.housing[-1]
    for addendum in bundle.addenda:
        assert seeded.repos.addenda.for_note(addendum.note_id) == [addendum]


def test_the_caseload_lists_everyone_with_realistic_caseloads(seeded: Store) -> None:
    rows = seeded.repos.participants.caseload()
    assert len(rows) == 40
    assert sum(r.last_contact is not None for r in rows) > 30
    assert sum(r.open_needs > 0 for r in rows) > 20
    assert seeded.repos.participants.team_ids() == ["north", "south"]
    for manager in {r.case_manager for r in rows}:
        mine = seeded.repos.participants.caseload_count(CaseloadFilter(case_managers=frozenset({manager})))
        assert 0 < mine <= CASELOAD_MAX


def test_full_text_search_finds_generated_words(seeded: Store) -> None:
    hits = seeded.repos.search.search("naloxone", kinds=frozenset({HitKind.NOTE}))
    assert hits
    assert all("naloxone" in h.plain_snippet.lower() for h in hits)
    # A case number is rare enough to find its own notes exactly.
    notes = [n for b in caseload() for n in b.notes]
    cited = next(n for n in notes if re.search(r"\b\d\d-(CR|CT|MI)-\d{5}\b", n.text))
    number = re.search(r"\d{5}\b", cited.text)
    assert number is not None
    found = {h.record_id for h in seeded.repos.search.search(number.group(), limit=500)}
    assert cited.id in found
    assert found <= {n.id for n in notes if number.group() in n.text}
