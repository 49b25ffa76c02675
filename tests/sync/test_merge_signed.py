"""A signature freezes what was signed: an edit that overtakes it, or that it overtakes unseen, never
puts other text into a signed note; the displaced text is kept as a conflict, and the signed value is
restamped so that every device ends up holding it."""

from __future__ import annotations

from itertools import permutations

from leaddesk.sync.hlc import Stamp
from leaddesk.sync.merge import IncomingField, Record, Versioned, apply_change, keep_signed

SERVER = "server"
FROZEN = frozenset({"data", "deleted"})


def stamp(hlc: int, device: str) -> Stamp:
    return Stamp(hlc, device)


def push(current: Record, change: dict[str, IncomingField]) -> tuple[dict[str, Versioned], list]:
    return keep_signed(
        current, apply_change(current, change), change, frozen=FROZEN, signature="signed_at", device=SERVER
    )


ORIGINAL = {
    "data": Versioned("Met at the shelter.", stamp(10, "casey")),
    "signed_at": Versioned(None, stamp(10, "casey")),
    "deleted": Versioned(False, stamp(10, "casey")),
}


def casey_signs(at: int = 20) -> dict[str, IncomingField]:
    """Casey signs the text she has: the sign carries it again, edited from the stamps she saw."""
    base = ORIGINAL["data"].stamp
    return {
        "signed_at": IncomingField("2026-12-01T10:00:00Z", stamp(at, "casey"), ORIGINAL["signed_at"].stamp),
        "data": IncomingField("Met at the shelter.", stamp(at, "casey"), base),
    }


def robin_edits(at: int = 30) -> dict[str, IncomingField]:
    """Robin, offline, rewrites the unsigned note he last saw."""
    return {"data": IncomingField("Robin's version.", stamp(at, "robin"), ORIGINAL["data"].stamp)}


def test_an_edit_arriving_after_the_signature_is_kept_aside_not_applied() -> None:
    signed, _ = push(ORIGINAL, casey_signs())
    merged, conflicts = push(signed, robin_edits(at=30))
    assert merged["data"].value == "Met at the shelter."
    assert merged["data"].stamp > stamp(30, "robin")  # beats Robin's own copy when he pulls
    assert merged["data"].stamp.device == SERVER
    [conflict] = conflicts
    assert conflict.kept.value == "Met at the shelter."
    assert conflict.kept.stamp == stamp(20, "casey")  # who wrote the signed text, not the server
    assert (conflict.other.value, conflict.other.stamp) == ("Robin's version.", stamp(30, "robin"))


def test_a_signature_arriving_after_an_unseen_edit_puts_the_signed_text_back() -> None:
    edited, _ = push(ORIGINAL, robin_edits(at=30))
    assert edited["data"].value == "Robin's version."
    merged, conflicts = push(edited, casey_signs(at=20))  # signed before Robin's edit, arriving after
    assert merged["data"].value == "Met at the shelter."
    assert merged["data"].stamp > stamp(30, "robin")
    assert merged["signed_at"].value == "2026-12-01T10:00:00Z"
    [conflict] = conflicts
    assert (conflict.kept.value, conflict.other.value) == ("Met at the shelter.", "Robin's version.")


def test_a_signature_later_than_the_unseen_edit_wins_by_its_clock_and_still_records_it() -> None:
    edited, _ = push(ORIGINAL, robin_edits(at=15))
    merged, conflicts = push(edited, casey_signs(at=20))
    assert merged["data"] == Versioned("Met at the shelter.", stamp(20, "casey"))  # no restamp needed
    assert [c.other.value for c in conflicts] == ["Robin's version."]


def test_signing_what_the_signer_saw_is_no_conflict_and_repeating_a_push_changes_nothing() -> None:
    edited, _ = push(ORIGINAL, robin_edits(at=15))
    seen = {
        "signed_at": IncomingField("2026-12-01T10:00:00Z", stamp(20, "casey"), ORIGINAL["signed_at"].stamp),
        "data": IncomingField("Robin's version.", stamp(20, "casey"), stamp(15, "robin")),
    }
    merged, conflicts = push(edited, seen)
    assert merged["data"].value == "Robin's version."
    assert conflicts == []
    again, conflicts = push(merged, seen)
    assert again == merged
    assert conflicts == []


def test_a_signed_note_is_not_deleted_by_a_concurrent_delete() -> None:
    signed, _ = push(ORIGINAL, casey_signs())
    gone = {"deleted": IncomingField(True, stamp(40, "robin"), ORIGINAL["deleted"].stamp)}
    merged, conflicts = push(signed, gone)
    assert merged["deleted"].value is False
    assert [(c.field, c.other.value) for c in conflicts] == [("deleted", True)]


def test_unsigned_records_merge_as_ever() -> None:
    change = robin_edits(at=30)
    assert push(ORIGINAL, change) == apply_change(ORIGINAL, change)


def test_whatever_order_the_pushes_arrive_in_the_signed_text_is_in_force_once() -> None:
    pushes = [casey_signs(at=20), robin_edits(at=30), robin_edits(at=31)]
    outcomes = set()
    for order in permutations(pushes):
        record: Record = ORIGINAL
        seen: set[str] = set()
        for change in order:
            record, conflicts = push(record, change)
            seen |= {c.other.value for c in conflicts}
        outcomes.add(record["data"].value)
        assert "Robin's version." in seen  # never displaced silently, whichever order
    assert outcomes == {"Met at the shelter."}


def test_a_second_set_aside_edit_is_kept_against_the_signature_and_the_clock_only_moves_up() -> None:
    signed, _ = push(ORIGINAL, casey_signs(at=20))
    after_first, _ = push(signed, robin_edits(at=30))
    restamped = after_first["data"].stamp
    older = {"data": IncomingField("Alex's version.", stamp(25, "alex"), ORIGINAL["data"].stamp)}
    merged, conflicts = push(after_first, older)
    assert merged["data"] == Versioned("Met at the shelter.", restamped)  # already beats Alex's stamp
    [conflict] = conflicts
    assert conflict.kept.stamp == signed["signed_at"].stamp  # the signer's, not the server's restamp
    assert conflict.other.value == "Alex's version."
    later = {"data": IncomingField("Sam's version.", stamp(restamped.hlc + 5, "sam"), ORIGINAL["data"].stamp)}
    merged, _ = push(merged, later)
    assert merged["data"].value == "Met at the shelter."
    assert merged["data"].stamp > later["data"].stamp
