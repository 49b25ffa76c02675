"""Search over a word too common to rank everywhere: ranked within its newest RANK_WINDOW matches,
still best first there, and deleted rows never cost a hit its place."""

from __future__ import annotations

import pytest

from leaddesk.domain import CaseNote, Participant
from leaddesk.storage.repositories import search
from leaddesk.storage.store import Store


def ids(hits: list[search.SearchHit]) -> list[str]:
    return [h.record_id for h in hits]


@pytest.fixture
def small_window(monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(search, "RANK_WINDOW", 4)
    return 4


def test_a_common_word_is_ranked_within_its_newest_matches(
    store: Store, participant: Participant, small_window: int
) -> None:
    notes = store.repos.notes
    # The oldest two mention "court" most often (best ranked of all), the newest four once each.
    oldest = [notes.create(CaseNote(participant_id=participant.id, data="court " * 6)) for _ in range(2)]
    newest = [
        notes.create(CaseNote(participant_id=participant.id, data=f"court date {'again ' * i}"))
        for i in range(small_window)
    ]
    found = ids(store.repos.search.search("court"))
    assert set(found) == {n.id for n in newest}
    assert not set(found) & {n.id for n in oldest}
    assert found == [n.id for n in newest]  # shorter notes rank better when the word occurs once


def test_a_rarer_word_is_ranked_over_every_match(store: Store, participant: Participant) -> None:
    notes = store.repos.notes
    best = notes.create(CaseNote(participant_id=participant.id, data="court " * 6))
    for _ in range(3):
        notes.create(CaseNote(participant_id=participant.id, data="court date and a long note about it"))
    assert ids(store.repos.search.search("court"))[0] == best.id


def test_deleted_notes_never_take_a_hits_place(store: Store, participant: Participant) -> None:
    notes = store.repos.notes
    best = [notes.create(CaseNote(participant_id=participant.id, data="bus " * 9)) for _ in range(30)]
    kept = [notes.create(CaseNote(participant_id=participant.id, data=f"bus pass {i}")) for i in range(5)]
    for note in best:
        notes.delete(note.id)
    assert set(ids(store.repos.search.search("bus", limit=5))) == {n.id for n in kept}


def test_equal_ranks_go_newest_first_and_pages_do_not_overlap(store: Store, participant: Participant) -> None:
    # Notes written from the same phrase rank equally: the newest come first, a page at a time.
    same = [notes_create(store, participant, "Checked in at the drop-in centre.") for _ in range(12)]
    newest_first = [n.id for n in reversed(same)]
    assert ids(store.repos.search.search("check", limit=5)) == newest_first[:5]
    pages = [ids(store.repos.search.search("check", limit=5, offset=o)) for o in (0, 5, 10)]
    assert [i for page in pages for i in page] == newest_first


def test_ties_at_the_edge_of_the_page_are_settled_without_asking_again(
    store: Store, participant: Participant, monkeypatch: pytest.MonkeyPatch
) -> None:
    for _ in range(30):  # more than one query asks for, all ranked the same
        notes_create(store, participant, "Checked in at the drop-in centre.")
    asked: list[int] = []
    ranked = search._RANKED[search.HitKind.NOTE]

    class Counting:
        def __init__(self, conn: object) -> None:
            self.conn = conn

        def execute(self, sql: str, params: object = ()) -> object:
            if sql == ranked:
                asked.append(params["k"])  # type: ignore[index]
            return self.conn.execute(sql, params)  # type: ignore[attr-defined]

        def __getattr__(self, name: str) -> object:
            return getattr(self.conn, name)

    monkeypatch.setattr(store, "_conn", Counting(store.conn))
    assert len(store.repos.search.search("check", limit=2)) == 2
    assert len(asked) == 1  # all tied, yet one query: the order is total, so the first rows are the best


def notes_create(store: Store, participant: Participant, text: str) -> CaseNote:
    return store.repos.notes.create(CaseNote(participant_id=participant.id, data=text))
