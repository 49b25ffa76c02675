"""A conflict names who wrote each of its values: the server knows each laptop's clock id from its
enrolment, so the stamps of both edits map back to a person and a laptop."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from leaddesk.domain import Participant
from leaddesk.storage.conflicts import open_conflicts, sides


def test_each_side_of_a_conflict_names_its_writer_and_laptop(office: Any) -> None:
    started = datetime.now(UTC)
    office.user("casey", "north")
    office.user("robin", "north")
    casey, robin = office.laptop("casey", name="casey-laptop"), office.laptop("robin", name="robin-laptop")
    jordan = casey.repos.participants.create(
        Participant(first_name="Jordan", last_name="Quill", team_id="north")
    )
    casey.sync()
    robin.sync()
    casey.repos.participants.update(jordan.id, {"phone": "555-1111"})
    robin.repos.participants.update(jordan.id, {"phone": "555-2222"})
    casey.sync()
    robin.sync()
    casey.sync()

    [conflict] = open_conflicts(casey.store)
    writers = {conflict.kept_value: conflict.kept_by, conflict.other_value: conflict.other_by}
    assert writers == {"555-1111": "Casey (Laptop)", "555-2222": "Robin (Laptop)"}
    mine, theirs = sides(casey.store, conflict)
    assert (mine.value, mine.by) == ("555-1111", "Casey (Laptop)")
    assert (theirs.value, theirs.by) == ("555-2222", "Robin (Laptop)")
    # when each was written, by its laptop's clock: two laptops' clocks agree only to within the error of
    # what each learned of the server's time, so only the window of the test is certain, not their order
    for side in (mine, theirs):
        assert side.written_at is not None
        assert started - timedelta(seconds=5) <= side.written_at <= datetime.now(UTC) + timedelta(seconds=5)
