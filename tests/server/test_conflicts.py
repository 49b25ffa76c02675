"""Concurrent edits: the winner applied everywhere, the other value kept as a conflict record that both
devices pull, and a resolution written on one that clears it on the other."""

from __future__ import annotations

import pytest

from leaddesk.domain import Participant
from leaddesk.domain.clock import Stamp
from leaddesk.domain.ids import iso, new_id, utcnow
from leaddesk.domain.merge import FieldConflict, Versioned
from leaddesk.server.conflicts import resolution_clashes
from leaddesk.server.records import StoredRecord
from leaddesk.sync.protocol import conflict_id


def _two_laptops_with(office) -> tuple:
    office.team("north")
    office.user("casey", "north")
    office.user("robin", "north")
    casey, robin = office.device("casey", name="Casey's laptop"), office.device("robin", name="Robin's")
    person = Participant(first_name="Jordan", last_name="Quill", team_id="north", phone="555-0100")
    casey.push(casey.create(person))
    robin.sync_down()
    return casey, robin, person


def test_concurrent_edits_keep_the_winner_and_a_conflict_both_devices_pull(office) -> None:
    casey, robin, person = _two_laptops_with(office)
    mine = casey.write("participant", person.id, {"phone": "555-0111", "updated_at": iso(utcnow())})
    theirs = robin.write("participant", person.id, {"phone": "555-0222", "updated_at": iso(utcnow())})
    assert casey.statuses(mine) == ["applied"]

    assert robin.statuses(theirs) == ["conflict"]

    casey.sync_down()
    robin.sync_down()
    winner_stamp = max(Stamp.decode(mine["clocks"]["phone"]), Stamp.decode(theirs["clocks"]["phone"]))
    winner, loser = (theirs, mine) if winner_stamp.device == robin.id else (mine, theirs)
    for laptop in (casey, robin):
        assert laptop.records[("participant", person.id)]["fields"]["phone"] == winner["fields"]["phone"]
        [conflict] = laptop.of("conflict")  # one, about the phone; updated_at is bookkeeping
        fields = conflict["fields"]
        assert fields["record_entity"] == "participant"
        assert fields["record_id"] == person.id
        assert fields["field"] == "phone"
        assert (fields["kept_value"], fields["other_value"]) == (
            winner["fields"]["phone"],
            loser["fields"]["phone"],
        )
        assert fields["kept_stamp"] == winner["clocks"]["phone"]
        assert fields["other_stamp"] == loser["clocks"]["phone"]
        assert fields["resolved_at"] is None
        assert conflict["participant_id"] == person.id
        assert conflict["record_id"] == conflict_id(
            entity="participant", record_id=person.id, field="phone", other_value=fields["other_value"]
        )
    [conflict] = casey.of("conflict")
    names = {conflict["fields"]["kept_by"], conflict["fields"]["other_by"]}
    assert names == {"Casey (Casey's laptop)", "Robin (Robin's)"}
    assert casey.records == robin.records


def test_a_resolution_on_one_device_clears_the_conflict_on_the_other(office) -> None:
    casey, robin, person = _two_laptops_with(office)
    casey.push(casey.write("participant", person.id, {"phone": "555-0111"}))
    robin.push(robin.write("participant", person.id, {"phone": "555-0222"}))
    casey.sync_down()
    robin.sync_down()
    [conflict] = casey.of("conflict")

    resolve = casey.write(
        "conflict",
        conflict["record_id"],
        {
            "resolved_at": iso(utcnow()),
            "resolved_by": "Casey",
            "resolution": "kept",
            "updated_at": iso(utcnow()),
        },
        pid=person.id,
    )
    assert casey.statuses(resolve) == ["applied"]

    robin.sync_down()
    [cleared] = robin.of("conflict")
    assert cleared["fields"]["resolved_at"] is not None
    assert cleared["fields"]["resolution"] == "kept"
    assert office.scalar("SELECT count(*) FROM record WHERE entity = 'conflict'") == 1


def test_the_same_clash_sent_again_under_a_new_batch_makes_no_second_conflict(office) -> None:
    casey, robin, person = _two_laptops_with(office)
    casey.push(casey.write("participant", person.id, {"phone": "555-0111"}))
    clash = robin.write("participant", person.id, {"phone": "555-0222"})
    first = robin.push(clash)["results"]
    conflict_seq = office.scalar("SELECT seq FROM record WHERE entity = 'conflict'")

    latest = office.scalar("SELECT value FROM counter")

    again = robin.push(clash, batch_id=new_id())["results"]  # the answer was lost; a new batch id

    assert [r["status"] for r in first] == ["conflict"]
    # Whether the replay is reported as the clash again depends on which stamp won; either way it
    # stores nothing new: no second conflict, not even a new seq.
    assert [r["status"] for r in again] in (["conflict"], ["applied"])
    assert office.scalar("SELECT count(*) FROM record WHERE entity = 'conflict'") == 1
    assert office.scalar("SELECT seq FROM record WHERE entity = 'conflict'") == conflict_seq
    assert office.scalar("SELECT value FROM counter") == latest


def test_concurrent_edits_of_different_fields_are_no_conflict(office) -> None:
    casey, robin, person = _two_laptops_with(office)
    now = iso(utcnow())
    assert casey.statuses(
        casey.write("participant", person.id, {"phone": "555-0111", "updated_at": now})
    ) == ["applied"]
    assert robin.statuses(robin.write("participant", person.id, {"gender": "woman", "updated_at": now})) == [
        "applied"
    ]

    casey.sync_down()
    fields = casey.records[("participant", person.id)]["fields"]
    assert (fields["phone"], fields["gender"]) == ("555-0111", "woman")
    assert casey.of("conflict") == []


def _clash(field: str, kept: object, kept_at: int, other: object, other_at: int) -> FieldConflict:
    device = "0b5e1c2d-0000-4000-8000-00000000beef"
    return FieldConflict(
        field, Versioned(kept, Stamp(kept_at << 16, device)), Versioned(other, Stamp(other_at << 16, device))
    )


def _rule_conflict(*, resolved_at: int) -> StoredRecord:
    """A change (an exit) set aside whole against the record's engagement, then settled at `resolved_at`."""
    device = "0b5e1c2d-0000-4000-8000-00000000beef"
    fields = {
        "field": "",
        "kept_value": {"status": "engaged", "exited_on": None},
        "kept_stamp": Stamp(100 << 16, device).encode(),
        "other_value": {"status": "exited", "exited_on": "2026-05-01"},
        "other_stamp": Stamp(90 << 16, device).encode(),
        "resolution": "theirs",
    }
    clocks = dict.fromkeys(fields, Stamp(100 << 16, device).encode())
    clocks["resolution"] = Stamp(resolved_at << 16, device).encode()
    return StoredRecord("conflict", "c1", "p1", "north", fields, clocks)


@pytest.mark.parametrize(
    ("clash", "a_new_question"),
    [
        # A later settling keeps the engagement over an earlier one that took the exit: both are sides.
        (_clash("status", "engaged", 120, "exited", 110), False),
        (_clash("exited_on", None, 120, "2026-05-01", 110), False),
        # The displaced value was typed while settling: held nowhere else.
        (_clash("status", "engaged", 120, "stable housing", 110), True),
        # A clash with an edit that has nothing to do with the conflict's stamps.
        (_clash("status", "engaged", 120, "exited", 115), True),
    ],
)
def test_a_resolution_clash_is_a_new_question_unless_the_conflict_holds_what_it_displaced(
    clash: FieldConflict, a_new_question: bool
) -> None:
    kept = resolution_clashes([clash], _rule_conflict(resolved_at=110))
    assert kept == ([clash] if a_new_question else [])
