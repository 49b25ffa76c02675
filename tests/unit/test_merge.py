"""The field merge: a write that saw the value in force replaces it, concurrent writes are settled by
stamp with the displaced value reported, a device's later write always replaces its earlier one, and a
laptop merging its unsent changes over the server's state shows what the server will hold."""

from __future__ import annotations

import itertools
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from leaddesk.domain.clock import Stamp
from leaddesk.domain.merge import (
    FieldConflict,
    IncomingField,
    Record,
    Versioned,
    apply_change,
    canonical_json,
    stored_json,
    wins,
)

# --- Strategies: a tiny stamp space and a few fields so that ties and overlaps are common ------------

DEVICES = ["a", "b", "c"]
stamps = st.builds(Stamp, hlc=st.integers(0, 6), device=st.sampled_from(DEVICES))
json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 3),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=4),
    st.sampled_from([0, 1, 1.0, True, "", "x", -0.0, 0.0]),
)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=3), inner, max_size=3),
    max_leaves=6,
)
versioned = st.builds(Versioned, value=json_values, stamp=stamps)
fields = st.sampled_from(["name", "phone", "status", "housing"])
records = st.dictionaries(fields, versioned, max_size=4)
incoming_fields = st.builds(IncomingField, value=json_values, stamp=stamps, base=st.one_of(st.none(), stamps))
changes = st.dictionaries(fields, incoming_fields, max_size=4)


def canon(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"))


def key(v: Versioned) -> tuple[Stamp, str]:
    """What makes two versioned values the same; Python == would equate 1, 1.0 and True."""
    return (v.stamp, canon(v.value))


def norm(record: Record) -> dict[str, tuple[Stamp, str]]:
    return {field: key(v) for field, v in record.items()}


# --- wins: the order among concurrent writes -------------------------------------------------------


@settings(max_examples=250)
@given(a=versioned, b=versioned, c=versioned)
def test_wins_is_a_strict_total_order(a, b, c):
    assert not wins(a, a)
    if key(a) == key(b):
        assert not wins(a, b)
        assert not wins(b, a)
    else:
        assert wins(a, b) != wins(b, a)  # total and asymmetric
        assert wins(a, b) == (key(a) > key(b))
    if wins(a, b) and wins(b, c):
        assert wins(a, c)


def test_wins_examples():
    older, newer = Stamp(5, "z"), Stamp(6, "a")
    assert wins(Versioned("old", newer), Versioned("zzz", older))  # stamp decides before value
    assert wins(Versioned(None, Stamp(5, "b")), Versioned("x", Stamp(5, "a")))  # device breaks hlc ties
    same = Stamp(5, "a")
    # Identical stamps fall back to canonical JSON: '"b"' > '"a"', 'true' > '1', '1.0' > '1'.
    assert wins(Versioned("b", same), Versioned("a", same))
    assert wins(Versioned(True, same), Versioned(1, same))
    assert not wins(Versioned(1, same), Versioned(True, same))
    assert wins(Versioned(1.0, same), Versioned(1, same))
    assert not wins(Versioned({"a": 1, "b": 2}, same), Versioned({"b": 2, "a": 1}, same))


# --- apply_change: the rule, as a property ---------------------------------------------------------


@st.composite
def change_against(draw: st.DrawFn, current: Record) -> dict[str, IncomingField]:
    """A change that sometimes edits from exactly the stamps in `current` (sequential edits)."""
    change = draw(changes)
    for field in list(change):
        if field in current and draw(st.booleans()):
            inc = change[field]
            change[field] = IncomingField(inc.value, inc.stamp, base=current[field].stamp)
    return change


@settings(max_examples=300)
@given(data=st.data(), current=records)
def test_apply_change_follows_the_rule(data, current):
    change = data.draw(change_against(current))
    merged, conflicts = apply_change(current, change)

    assert set(merged) == set(current) | set(change)
    for field, v in current.items():
        if field not in change:
            assert merged[field] is v
    by_field = {c.field: c for c in conflicts}
    assert len(by_field) == len(conflicts)
    assert [c.field for c in conflicts] == sorted(by_field)
    for field, inc in change.items():
        ours, theirs = current.get(field), Versioned(inc.value, inc.stamp)
        saw = ours is None or inc.base == ours.stamp or inc.stamp.device == ours.stamp.device
        if saw:
            assert key(merged[field]) == key(theirs)
            assert field not in by_field
            continue
        assert ours is not None
        winner = theirs if wins(theirs, ours) else ours
        assert key(merged[field]) == key(winner)
        if canon(ours.value) == canon(inc.value):
            assert field not in by_field
        else:
            conflict = by_field[field]
            assert key(conflict.kept) == key(winner)
            assert {key(conflict.kept), key(conflict.other)} == {key(ours), key(theirs)}


@settings(max_examples=150)
@given(data=st.data(), current=records)
def test_reapplying_a_change_changes_nothing(data, current):
    change = data.draw(change_against(current))
    once, first = apply_change(current, change)
    twice, second = apply_change(once, change)
    assert norm(twice) == norm(once)
    # A write in force is recognised as its own; one that lost is reported again, identically, for
    # storage to keep once (a conflict's id is made from the value it displaced).
    assert second == [c for c in first if key(c.other) == key(change[c.field].versioned)]


@settings(max_examples=150)
@given(start=records, writes=st.lists(changes, min_size=1, max_size=5), device=st.sampled_from(DEVICES))
def test_a_devices_own_writes_end_with_its_last_value_whatever_its_clock_did(start, writes, device):
    """One device's writes, arriving in the order it made them (as its outbox sends them), with any
    stamps (a clock set back, a clock reset) and any bases: each field ends with its last value."""
    own = [
        {f: IncomingField(c.value, Stamp(c.stamp.hlc, device), c.base) for f, c in change.items()}
        for change in writes
    ]
    record = {f: Versioned(v.value, Stamp(v.stamp.hlc, device)) for f, v in start.items()}
    for change in own:
        record, conflicts = apply_change(record, change)
        assert conflicts == []
    last = {f: c.versioned for change in own for f, c in change.items()}
    for field, value in last.items():
        assert key(record[field]) == key(value)


# --- examples ----------------------------------------------------------------------------------------

S0, S1, S2, S3 = (Stamp((1_000 + i) << 16, "dev-a") for i in range(4))
T2 = Stamp((1_002) << 16, "dev-b")  # concurrent with S2 on another device


def test_sequential_edit_is_not_a_conflict():
    current = {"phone": Versioned("555-0100", S1), "name": Versioned("Jo", S0)}
    merged, conflicts = apply_change(current, {"phone": IncomingField("555-0199", S2, base=S1)})
    assert conflicts == []
    assert merged == {"phone": Versioned("555-0199", S2), "name": Versioned("Jo", S0)}
    assert current["phone"] == Versioned("555-0100", S1)  # the input is not modified


def test_an_edit_that_saw_the_value_replaces_it_even_with_a_lower_stamp():
    # dev-b's clock runs behind: it saw dev-a's value and changed it, stamped "earlier" by its clock.
    slow = Stamp(500 << 16, "dev-b")
    current = {"phone": Versioned("555", S2)}
    merged, conflicts = apply_change(current, {"phone": IncomingField("556", slow, base=S2)})
    assert merged["phone"] == Versioned("556", slow)
    assert conflicts == []


def test_a_devices_later_write_replaces_its_earlier_one_whatever_the_stamps():
    # A laptop whose clock ran ahead and was set back: its second edit is stamped lower than its first.
    ahead, corrected = Stamp(9_000 << 16, "dev-a"), Stamp(1_000 << 16, "dev-a")
    current = {"phone": Versioned("first", ahead)}
    merged, conflicts = apply_change(current, {"phone": IncomingField("second", corrected, base=S0)})
    assert merged["phone"] == Versioned("second", corrected)
    assert conflicts == []


def test_concurrent_edit_is_one_conflict_with_both_values():
    # Both edited phone from S1; the server already holds T2 from dev-b when dev-a's S2 arrives.
    current = {"phone": Versioned("555-0111", T2), "name": Versioned("Jo", S0)}
    merged, conflicts = apply_change(current, {"phone": IncomingField("555-0122", S2, base=S1)})
    assert merged["phone"] == Versioned("555-0111", T2)  # T2 beats S2 on device id
    assert merged["name"] == Versioned("Jo", S0)
    assert conflicts == [
        FieldConflict("phone", kept=Versioned("555-0111", T2), other=Versioned("555-0122", S2))
    ]


def test_concurrent_edit_to_the_same_value_is_not_a_conflict():
    current = {"status": Versioned("housed", T2)}
    merged, conflicts = apply_change(current, {"status": IncomingField("housed", S3, base=S1)})
    assert conflicts == []
    assert merged["status"] == Versioned("housed", S3)


def test_values_are_compared_as_json_not_as_python():
    # 1 == True in Python, but they are different answers on a form and must not be merged silently.
    current = {"consent": Versioned(1, T2)}
    merged, conflicts = apply_change(current, {"consent": IncomingField(True, S2, base=S1)})
    assert merged["consent"] == Versioned(1, T2)
    assert conflicts == [FieldConflict("consent", kept=Versioned(1, T2), other=Versioned(True, S2))]
    assert type(conflicts[0].other.value) is bool


def test_new_field_is_never_a_conflict():
    merged, conflicts = apply_change({}, {"phone": IncomingField("555", S1, base=S0)})
    assert conflicts == []
    assert merged == {"phone": Versioned("555", S1)}


def test_edit_of_a_field_the_writer_thought_was_new_conflicts():
    # The writer (dev-b) thought the field was new (base None) but the server already had dev-a's value.
    current = {"phone": Versioned("555", S1)}
    merged, conflicts = apply_change(current, {"phone": IncomingField("556", T2, base=None)})
    assert merged["phone"] == Versioned("556", T2)
    assert conflicts == [FieldConflict("phone", kept=Versioned("556", T2), other=Versioned("555", S1))]


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_three_concurrent_edits_each_surface_what_they_displaced(order):
    edits = [
        {"status": IncomingField("housed", Stamp(1_002 << 16, "dev-a"), base=S1)},
        {"status": IncomingField("shelter", Stamp(1_002 << 16, "dev-b"), base=S1)},
        {"status": IncomingField("unknown", Stamp(1_003 << 16, "dev-c"), base=S1)},
    ]
    record: dict[str, Versioned] = {"status": Versioned("street", S1)}
    lost: list[FieldConflict] = []
    for i in order:
        record, conflicts = apply_change(record, edits[i])
        lost += conflicts
    # The first to arrive saw the value in force; each later one is concurrent with whatever is in
    # force then, so the newest stamp ends up in force and both other values surface exactly once.
    assert record["status"].value == "unknown"
    assert len(lost) == 2
    assert {c.other.value for c in lost} == {"housed", "shelter"}
    assert all(wins(c.kept, c.other) for c in lost)


@settings(max_examples=300, deadline=None)
@given(value=json_values)
def test_the_prebuilt_encoders_give_exactly_json_dumps_forms(value: Any) -> None:
    """canonical_json and stored_json keep one encoder each rather than building one per call: they must
    write every value exactly as json.dumps with the same options, as every row and stamp stored so far
    was written that way (a stored value is compared as text, and the server hashes displaced values)."""
    assert canonical_json(value) == json.dumps(value, sort_keys=True, separators=(",", ":"))
    assert stored_json(value) == json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
