"""Search through the desk over a real encrypted profile: a page at a time, in the kinds asked for."""

from __future__ import annotations

from leaddesk.desk import Desk
from leaddesk.desk.search import PAGE, HitKind
from leaddesk.domain import CaseNote, Participant
from leaddesk.storage.store import Store


def test_pages_follow_each_other_and_say_when_more_may_follow(desk: Desk, store: Store, participant) -> None:
    for i in range(PAGE + 7):
        store.repos.notes.create(CaseNote(participant_id=participant.id, data=f"Housing search visit {i}"))
    first = desk.search.page("housing")
    assert (len(first.hits), first.more, first.offset) == (PAGE, True, 0)
    second = desk.search.page("housing", offset=PAGE)
    assert (len(second.hits), second.more) == (7, False)
    assert len({h.record_id for h in first.hits + second.hits}) == PAGE + 7


def test_names_come_first_and_kinds_narrow(desk: Desk, store: Store, participant: Participant) -> None:
    store.repos.notes.create(CaseNote(participant_id=participant.id, data="Quill asked about a bus pass"))
    assert [h.kind for h in desk.search.page("quill").hits] == [HitKind.PARTICIPANT, HitKind.NOTE]
    assert [h.kind for h in desk.search.page("quill", kinds=frozenset({HitKind.NOTE})).hits] == [HitKind.NOTE]
    nothing = desk.search.page("quill", kinds=frozenset())
    assert (nothing.hits, nothing.more) == ((), False)
    assert desk.search.page("   ").hits == ()
