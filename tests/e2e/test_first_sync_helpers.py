"""A new laptop's first sync with helper processes (sync/pages.py), through the real server: it ends
with exactly what a laptop synced without them holds (pages asked ahead on their headers), a participant
moved out of the team before it enrolled left out."""

from __future__ import annotations

from typing import Any

import pytest

from leaddesk.domain import CaseNote, Participant, Task
from leaddesk.sync import pages
from tests.e2e.conftest import converged


def test_a_first_sync_with_helpers_holds_what_one_without_them_holds(
    office: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    office.user("casey", "north")
    office.user("robin", "north")
    office.user("lee", "north", "south")
    casey, lee = office.laptop("casey"), office.laptop("lee")
    people = [
        casey.repos.participants.create(Participant(first_name=f"P{i}", last_name="Quill", team_id="north"))
        for i in range(8)
    ]
    for person in people:
        casey.repos.notes.create(CaseNote(participant_id=person.id, data=f"met {person.first_name}"))
        casey.repos.tasks.create(Task(participant_id=person.id, title=f"call {person.first_name}"))
    casey.sync()
    lee.sync()
    lee.repos.participants.update(people[3].id, {"team_id": "south"})  # out of north, for robin
    lee.sync()
    casey.repos.notes.create(CaseNote(participant_id=people[5].id, data="later note"))
    casey.sync()

    helped = office.laptop("robin", page_size=4)
    helped.engine.page_helpers, helped.engine.help_from = 2, 1
    plain = office.laptop("robin", page_size=4)
    plain.engine.page_helpers = 0
    started: list[int] = []
    real = pages.Helpers.__init__

    def counted(self: Any, count: int) -> None:
        started.append(count)
        real(self, count)

    monkeypatch.setattr(pages.Helpers, "__init__", counted)
    report = helped.sync()
    plain.sync()

    assert started == [2] if pages.helpers_available() else []
    assert report.skipped == []
    assert helped.repos.participants.count() == 7
    assert {p.id for p in helped.repos.participants.find()} == {p.id for i, p in enumerate(people) if i != 3}
    converged(helped, plain)
    casey.sync()
    converged(helped, casey)
