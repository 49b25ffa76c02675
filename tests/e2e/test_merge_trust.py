"""What a merge may do, end to end through the real server: a displaced value is recorded once; a
resolution is an ordered fact (the later one is in force everywhere and says whose it was); a merge that
breaks a rule across fields waits for a person instead of freezing a record on one laptop; a refused
change is undone where it was made; a laptop whose clock ran days ahead syncs normally once corrected,
and never locks another laptop out."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from leaddesk.domain import CaseNote, Participant
from leaddesk.domain.clock import MAX_AHEAD_MS, HybridClock, Stamp, wall_ms
from leaddesk.domain.enums import ConflictKind, ParticipantStatus
from leaddesk.storage.conflicts import open_conflicts, resolve_conflict, sides
from tests.e2e.conftest import converged

DAY_MS = 24 * 3600 * 1000


def team_of_two(office: Any) -> tuple[Any, Any, Participant]:
    office.user("casey", "north")
    office.user("robin", "north")
    casey, robin = office.laptop("casey"), office.laptop("robin")
    jordan = casey.repos.participants.create(
        Participant(first_name="Jordan", last_name="Quill", team_id="north", phone="555-0100")
    )
    casey.sync()
    robin.sync()
    return casey, robin, jordan


def a_phone_conflict(office: Any) -> tuple[Any, Any, Participant, Any]:
    """Casey and Robin change Jordan's phone offline, each differently, and sync: one conflict, the
    same on both laptops."""
    casey, robin, jordan = team_of_two(office)
    casey.repos.participants.update(jordan.id, {"phone": "555-0111"})
    robin.repos.participants.update(jordan.id, {"phone": "555-0122"})
    for laptop in (casey, robin, casey):
        laptop.sync()
    [conflict] = open_conflicts(casey.store)
    assert open_conflicts(robin.store) == [conflict]
    return casey, robin, jordan, conflict


def test_a_signer_who_re_sends_the_same_text_with_their_signature_makes_no_second_conflict(
    office: Any,
) -> None:
    casey, robin, jordan = team_of_two(office)
    note = casey.repos.notes.create(CaseNote(participant_id=jordan.id, data="Met at the shelter."))
    casey.sync()
    robin.sync()
    robin.repos.notes.update(note.id, {"data": "Robin's account."})
    robin.repos.notes.sign(note.id)  # the sign carries his text again, with a newer stamp
    casey.repos.notes.sign(note.id)
    casey.sync()
    robin.sync()
    casey.sync()

    converged(casey, robin)
    texts = [c.other_value for c in casey.repos.conflicts.find(include_deleted=True) if c.field == "data"]
    assert texts == ["Robin's account."]


def settle_twice(
    office: Any, later: str, earlier_choice: str, reaches_the_server_first: str
) -> tuple[Any, ...]:
    """Casey and Robin each settle one phone conflict offline: the earlier (by clock) with
    `earlier_choice` ("theirs": the side not in force on that laptop; "edited": a number typed then),
    the later keeping the value in force. Both sync, in the given order, until they agree."""
    casey, robin, jordan, conflict = a_phone_conflict(office)
    in_force = casey.repos.participants.get(jordan.id).phone
    first, second = (robin, casey) if later == "casey" else (casey, robin)
    fast_clock(second, ahead_ms=2_000)
    if earlier_choice == "edited":
        resolve_conflict(first.store, conflict.id, choice="edited", value="555-0999")
    else:
        mine, _theirs = sides(first.store, conflict)
        resolve_conflict(first.store, conflict.id, choice="theirs" if mine.in_force else "mine")
    assert first.repos.participants.get(jordan.id).phone != in_force
    mine, _theirs = sides(second.store, conflict)
    resolve_conflict(second.store, conflict.id, choice="mine" if mine.in_force else "theirs")
    assert second.repos.participants.get(jordan.id).phone == in_force  # still a resolution
    order = (first, second) if reaches_the_server_first == "earlier" else (second, first)
    for laptop in (*order, *order):
        laptop.sync()
    converged(casey, robin)
    for laptop in (casey, robin):
        assert laptop.repos.participants.get(jordan.id).phone == in_force  # the later choice, everywhere
        settled = laptop.repos.conflicts.get(conflict.id)
        assert settled.resolved_by == second.store.user
        assert settled.resolution == "kept"
    return casey, robin, jordan, conflict


@pytest.mark.parametrize("later", ["casey", "robin"])
@pytest.mark.parametrize("reaches_the_server_first", ["earlier", "later"])
def test_two_people_settling_one_conflict_on_its_two_sides_end_with_the_later_choice_everywhere(
    office: Any, later: str, reaches_the_server_first: str
) -> None:
    casey, _robin, _jordan, conflict = settle_twice(office, later, "theirs", reaches_the_server_first)
    # Both values are the conflict's own sides, still in its record: not a new question.
    assert [c.id for c in casey.repos.conflicts.find(include_deleted=True)] == [conflict.id]


@pytest.mark.parametrize("later", ["casey", "robin"])
@pytest.mark.parametrize("reaches_the_server_first", ["earlier", "later"])
def test_a_number_typed_while_settling_that_a_later_settling_displaces_is_kept_in_a_conflict_of_its_own(
    office: Any, later: str, reaches_the_server_first: str
) -> None:
    casey, robin, jordan, conflict = settle_twice(office, later, "edited", reaches_the_server_first)
    # 555-0999 is in neither side of the first conflict: displaced silently, it would be gone.
    [typed] = open_conflicts(casey.store)
    assert open_conflicts(robin.store) == [typed]
    assert typed.id != conflict.id
    assert (typed.record_id, typed.field) == (jordan.id, "phone")
    assert typed.other_value == "555-0999"
    assert typed.kept_value == casey.repos.participants.get(jordan.id).phone
    earlier = robin if later == "casey" else casey
    assert typed.other_author == earlier.store.user


def test_a_merge_that_breaks_a_rule_across_fields_waits_for_a_person_and_freezes_nothing(office: Any) -> None:
    casey, robin, jordan = team_of_two(office)
    casey.repos.participants.update(
        jordan.id, {"status": ParticipantStatus.ENGAGED, "engaged_on": date(2026, 5, 10)}
    )
    robin.repos.participants.update(
        jordan.id, {"status": ParticipantStatus.EXITED, "exited_on": date(2026, 5, 1)}
    )  # each valid alone; together an exit before the engagement
    casey.sync()
    report = robin.sync()

    assert report.rejected == []
    assert report.conflicts == 1
    casey.sync()
    converged(casey, robin)
    held = robin.repos.participants.get(jordan.id)
    assert (held.status, held.engaged_on, held.exited_on) == (
        ParticipantStatus.ENGAGED,
        date(2026, 5, 10),
        None,
    )
    [conflict] = open_conflicts(robin.store)
    assert conflict.kind is ConflictKind.RULE
    assert "engagement" in conflict.reason
    assert conflict.other_value == {"exited_on": "2026-05-01", "status": "exited"}
    # Nothing is frozen: a later edit of the participant anywhere arrives on Robin's laptop.
    casey.repos.participants.update(jordan.id, {"phone": "555-0177"})
    casey.sync()
    robin.sync()
    assert robin.repos.participants.get(jordan.id).phone == "555-0177"
    # A person settles it: correct the engagement, then apply the set-aside exit.
    robin.repos.participants.update(jordan.id, {"engaged_on": date(2026, 4, 20)})
    resolve_conflict(robin.store, conflict.id, choice="mine")
    robin.sync()
    casey.sync()
    converged(casey, robin)
    held = casey.repos.participants.get(jordan.id)
    assert (held.status, held.exited_on) == (ParticipantStatus.EXITED, date(2026, 5, 1))


def test_a_change_that_breaks_a_rule_on_the_version_it_was_written_on_is_refused_and_undone(
    office: Any,
) -> None:
    casey, robin, jordan = team_of_two(office)
    casey.repos.participants.update(jordan.id, {"phone": "555-0133"})
    # Made into a change no rule-abiding laptop would send: an exit without an exit date.
    [entry] = casey.repos.outbox.pending()
    stamp = entry.clocks["phone"]
    casey.store.conn.execute(
        "UPDATE sync_outbox SET fields = ?, clocks = ?, base = ? WHERE change_id = ?",
        (
            json.dumps({**entry.fields, "status": "exited"}),
            json.dumps({**entry.clocks, "status": stamp}),
            json.dumps({**entry.base, "status": casey.repos.participants.field_clocks(jordan.id)["status"]}),
            entry.change_id,
        ),
    )
    report = casey.sync()
    [refusal] = report.rejected
    assert "exit date" in refusal.reason
    # Undone here: the record is as the server holds it, and the change waits in Sync → Refused.
    assert casey.repos.participants.get(jordan.id).phone == "555-0100"
    assert [r.entry.change_id for r in casey.repos.outbox.rejected()] == [entry.change_id]
    robin.sync()
    converged(casey, robin)


def fast_clock(laptop: Any, *, ahead_ms: int) -> list[int]:
    """Give the laptop a wall clock running `ahead_ms` ahead; returns the offset cell to change it."""
    offset = [ahead_ms]
    laptop.store.clock = HybridClock(
        laptop.store.device_id, last=laptop.store.clock.last, wall=lambda: wall_ms() + offset[0]
    )
    return offset


def test_a_laptop_two_days_ahead_syncs_normally_at_once_when_corrected_and_locks_nobody_out(
    office: Any,
) -> None:
    casey, robin, jordan = team_of_two(office)
    offset = fast_clock(casey, ahead_ms=2 * DAY_MS)
    casey.repos.participants.update(jordan.id, {"phone": "555-0144"})  # offline, stamped two days ahead
    report = casey.sync()
    assert report.rejected == []  # not refused: the server stamps it by its own clock
    robin.sync()
    assert robin.repos.participants.get(jordan.id).phone == "555-0144"
    # Robin's clock is not dragged into the future: his next edit, made after seeing Casey's, wins.
    robin.repos.participants.update(jordan.id, {"phone": "555-0155"})
    assert robin.store.clock.now().physical_ms < wall_ms() + MAX_AHEAD_MS + 1_000
    robin.sync()
    casey.sync()
    assert casey.repos.participants.get(jordan.id).phone == "555-0155"

    offset[0] = 0  # someone corrects Casey's date
    casey.sync()  # the first exchange brings the clock back
    casey.repos.participants.update(jordan.id, {"phone": "555-0166"})
    stamp = Stamp.decode(casey.repos.participants.field_clocks(jordan.id)["phone"])
    assert abs(stamp.physical_ms - wall_ms()) < MAX_AHEAD_MS
    report = casey.sync()
    assert report.rejected == []
    robin.sync()
    converged(casey, robin)
    assert robin.repos.participants.get(jordan.id).phone == "555-0166"
    assert open_conflicts(robin.store) == []


@pytest.mark.parametrize("reaches_the_server_first", ["the edit", "the resolution"])
def test_an_edit_made_while_a_conflict_is_settled_elsewhere_is_not_lost_to_the_settling(
    office: Any, reaches_the_server_first: str
) -> None:
    """A resolution clashing with a side of its own conflict, or with another resolution of it, is two
    people settling one question; a resolution clashing with a new edit of the field is a new question,
    and the edit is in force or set aside in a conflict of its own, in whichever order the two arrive."""
    casey, robin, jordan, conflict = a_phone_conflict(office)
    # Casey, not settling it, writes a new number; Robin meanwhile keeps the one in force.
    casey.repos.participants.update(jordan.id, {"phone": "555-0133"})
    mine, _theirs = sides(robin.store, conflict)
    resolve_conflict(robin.store, conflict.id, choice="mine" if mine.in_force else "theirs")
    order = (casey, robin) if reaches_the_server_first == "the edit" else (robin, casey)
    for laptop in (*order, *order):
        laptop.sync()

    converged(casey, robin)
    in_force = casey.repos.participants.get(jordan.id).phone
    set_aside = [
        c.other_value
        for c in casey.repos.conflicts.find(include_deleted=True)
        if c.id != conflict.id and c.field == "phone"
    ]
    assert in_force == "555-0133" or "555-0133" in set_aside
