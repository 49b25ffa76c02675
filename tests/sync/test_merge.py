"""Field-level last-writer-wins: algebraic laws, convergence under any delivery, conflict detection."""

from __future__ import annotations

import itertools
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from leaddesk.sync.hlc import Stamp
from leaddesk.sync.merge import (
    FieldConflict,
    IncomingField,
    Record,
    Versioned,
    apply_change,
    merge_all,
    merge_field,
    merge_records,
    wins,
)

# --- Strategies: a tiny stamp space and a few fields so that ties and overlaps are common ------------

stamps = st.builds(Stamp, hlc=st.integers(0, 6), device=st.sampled_from(["a", "b", "c"]))
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
writes = st.lists(st.tuples(fields, versioned), min_size=1, max_size=10)


def canon(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"))


def key(v: Versioned) -> tuple[Stamp, str]:
    """What makes two versioned values the same; Python == would equate 1, 1.0 and True."""
    return (v.stamp, canon(v.value))


def norm(record: Record) -> dict[str, tuple[Stamp, str]]:
    return {field: key(v) for field, v in record.items()}


def expected(all_writes: list[tuple[str, Versioned]]) -> dict[str, tuple[Stamp, str]]:
    """The specification, independently: per field, the greatest (stamp, canonical JSON)."""
    best: dict[str, tuple[Stamp, str]] = {}
    for field, v in all_writes:
        best[field] = max(best.get(field, key(v)), key(v))
    return best


def as_record(batch: list[tuple[str, Versioned]]) -> dict[str, Versioned]:
    return merge_all({field: v} for field, v in batch)


# --- wins ----------------------------------------------------------------------------------------


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


@settings(max_examples=200)
@given(a=versioned, b=versioned)
def test_merge_field_picks_the_winner_regardless_of_argument_order(a, b):
    assert key(merge_field(a, b)) == key(merge_field(b, a)) == max(key(a), key(b))


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
    # Key order inside a dict is not a difference.
    assert not wins(Versioned({"a": 1, "b": 2}, same), Versioned({"b": 2, "a": 1}, same))
    assert not wins(Versioned({"b": 2, "a": 1}, same), Versioned({"a": 1, "b": 2}, same))


# --- merge_records laws --------------------------------------------------------------------------


@settings(max_examples=150)
@given(a=records, b=records)
def test_merge_records_is_commutative(a, b):
    assert norm(merge_records(a, b)) == norm(merge_records(b, a))


@settings(max_examples=150)
@given(a=records, b=records, c=records)
def test_merge_records_is_associative(a, b, c):
    assert norm(merge_records(merge_records(a, b), c)) == norm(merge_records(a, merge_records(b, c)))


@settings(max_examples=150)
@given(a=records, b=records)
def test_merge_records_is_idempotent(a, b):
    assert norm(merge_records(a, a)) == norm(a)
    ab = merge_records(a, b)
    assert norm(merge_records(ab, b)) == norm(ab)
    assert norm(merge_records(ab, a)) == norm(ab)


@settings(max_examples=150)
@given(a=records, b=records)
def test_merge_records_takes_the_union_with_per_field_winners(a, b):
    a_before, b_before = dict(a), dict(b)
    merged = merge_records(a, b)
    assert norm(merged) == expected(list(a.items()) + list(b.items()))
    assert a == a_before
    assert b == b_before  # inputs are left alone


def test_merge_all_of_nothing_is_empty():
    assert merge_all([]) == {}


# --- Convergence under any delivery --------------------------------------------------------------


@st.composite
def deliveries(draw: st.DrawFn) -> tuple[list[tuple[str, Versioned]], list[list[tuple[str, Versioned]]]]:
    """A set of writes, and one way they might arrive: any order, duplicated, cut into batches."""
    original = draw(writes)
    arrival = list(draw(st.permutations(original)))
    for dup in draw(st.lists(st.sampled_from(original), max_size=5)):
        arrival.insert(draw(st.integers(0, len(arrival))), dup)
    cuts = draw(st.sets(st.integers(1, len(arrival) - 1))) if len(arrival) > 1 else set()
    bounds = [0, *sorted(cuts), len(arrival)]
    return original, [arrival[i:j] for i, j in itertools.pairwise(bounds)]


@settings(max_examples=200)
@given(delivery=deliveries(), start=records)
def test_every_arrival_order_and_batching_converges(delivery, start):
    original, batches = delivery
    want = expected(list(start.items()) + original)

    # A replica folding batches in as they arrive.
    replica: dict[str, Versioned] = dict(start)
    for batch in batches:
        replica = merge_records(replica, as_record(batch))
    assert norm(replica) == want

    # The same writes merged in one go, in their original order, and batches folded right to left.
    assert norm(merge_all([start, as_record(original)])) == want
    assert norm(merge_all([as_record(b) for b in reversed(batches)] + [start])) == want


def test_three_replicas_converge_example():
    s = Stamp
    alice = {"name": Versioned("Jo", s(10, "a")), "phone": Versioned("555", s(11, "a"))}
    bob = {"name": Versioned("Joe", s(12, "b"))}
    carol = {"phone": Versioned(None, s(11, "c")), "status": Versioned("active", s(1, "c"))}
    results = [norm(merge_all(p)) for p in itertools.permutations([alice, bob, carol])]
    assert all(r == results[0] for r in results)
    assert results[0] == {
        "name": (s(12, "b"), '"Joe"'),
        "phone": (s(11, "c"), "null"),
        "status": (s(1, "c"), '"active"'),
    }


# --- apply_change --------------------------------------------------------------------------------

S0, S1, S2, S3 = (Stamp((1_000 + i) << 16, "dev-a") for i in range(4))
T2 = Stamp((1_002) << 16, "dev-b")  # concurrent with S2 on another device


def test_sequential_edit_is_not_a_conflict():
    current = {"phone": Versioned("555-0100", S1), "name": Versioned("Jo", S0)}
    merged, conflicts = apply_change(current, {"phone": IncomingField("555-0199", S2, base=S1)})
    assert conflicts == []
    assert merged == {"phone": Versioned("555-0199", S2), "name": Versioned("Jo", S0)}
    assert current["phone"] == Versioned("555-0100", S1)  # the input is not modified


def test_concurrent_edit_is_one_conflict_with_both_values():
    # Both edited phone from S1; the server already holds T2 from dev-b when dev-a's S2 arrives.
    current = {"phone": Versioned("555-0111", T2), "name": Versioned("Jo", S0)}
    merged, conflicts = apply_change(current, {"phone": IncomingField("555-0122", S2, base=S1)})
    assert merged["phone"] == Versioned("555-0111", T2)  # T2 beats S2 on device id
    assert merged["name"] == Versioned("Jo", S0)
    assert conflicts == [
        FieldConflict("phone", kept=Versioned("555-0111", T2), other=Versioned("555-0122", S2))
    ]

    # The other arrival order on a client: the incoming value wins and the local one is kept aside.
    local = {"phone": Versioned("555-0122", S2)}
    merged, conflicts = apply_change(local, {"phone": IncomingField("555-0111", T2, base=S1)})
    assert merged["phone"] == Versioned("555-0111", T2)
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
    # The writer thought the field was new (base None) but the server already had a value.
    current = {"phone": Versioned("555", S1)}
    merged, conflicts = apply_change(current, {"phone": IncomingField("556", S2, base=None)})
    assert merged["phone"] == Versioned("556", S2)
    assert conflicts == [FieldConflict("phone", kept=Versioned("556", S2), other=Versioned("555", S1))]


def test_replay_is_a_no_op():
    current = {"phone": Versioned("555", S1)}
    change = {"phone": IncomingField("556", S2, base=S1), "name": IncomingField("Jo", S2, base=None)}
    once, first = apply_change(current, change)
    twice, second = apply_change(once, change)
    assert first == second == []
    assert twice == once


incoming_fields = st.builds(IncomingField, value=json_values, stamp=stamps, base=st.one_of(st.none(), stamps))
changes = st.dictionaries(fields, incoming_fields, max_size=4)


@st.composite
def change_against(draw: st.DrawFn, current: Record) -> dict[str, IncomingField]:
    """A change that sometimes edits from exactly the stamps in `current` (sequential edits)."""
    change = draw(changes)
    for field in list(change):
        if field in current and draw(st.booleans()):
            inc = change[field]
            change[field] = IncomingField(inc.value, inc.stamp, base=current[field].stamp)
    return change


@settings(max_examples=250)
@given(data=st.data(), current=records)
def test_apply_change_follows_the_conflict_rule(data, current):
    change = data.draw(change_against(current))
    merged, conflicts = apply_change(current, change)

    assert set(merged) == set(current) | set(change)
    for field, v in current.items():
        if field not in change:
            assert merged[field] is v
    incoming = {f: Versioned(c.value, c.stamp) for f, c in change.items()}
    assert norm(merged) == expected(list(current.items()) + list(incoming.items()))

    by_field = {c.field: c for c in conflicts}
    assert len(by_field) == len(conflicts)
    for field, inc in change.items():
        ours = current.get(field)
        concurrent = (
            ours is not None
            and ours.stamp != inc.base
            and ours.stamp != inc.stamp
            and canon(ours.value) != canon(inc.value)
        )
        assert (field in by_field) == concurrent
        if concurrent:
            assert ours is not None
            conflict = by_field[field]
            assert key(conflict.kept) == key(merged[field])
            assert {key(conflict.kept), key(conflict.other)} == {key(ours), key(incoming[field])}
            assert wins(conflict.kept, conflict.other)


@settings(max_examples=150)
@given(data=st.data(), current=records)
def test_reapplying_a_change_changes_nothing(data, current):
    change = data.draw(change_against(current))
    once, first = apply_change(current, change)
    twice, second = apply_change(once, change)
    assert norm(twice) == norm(once)
    # A write now in force is recognised as a replay. A write that lost looks exactly like its first
    # arrival, so its conflict is reported again, identically, for storage to de-duplicate.
    lost_writes = [
        c for c in first if key(c.other) == key(Versioned(change[c.field].value, change[c.field].stamp))
    ]
    assert second == lost_writes


def test_replay_of_a_losing_write_repeats_the_same_conflict():
    current = {"phone": Versioned("555-0111", T2)}
    change = {"phone": IncomingField("555-0122", S2, base=S1)}
    once, first = apply_change(current, change)
    twice, second = apply_change(once, change)
    assert twice == once == current
    assert (
        first
        == second
        == [FieldConflict("phone", kept=Versioned("555-0111", T2), other=Versioned("555-0122", S2))]
    )


@settings(max_examples=120)
@given(current=records, batch=st.lists(changes, min_size=1, max_size=5), data=st.data())
def test_changes_applied_in_any_order_give_the_same_record(current, batch, data):
    def apply_in(order: list[dict[str, IncomingField]]) -> dict[str, Versioned]:
        record: dict[str, Versioned] = dict(current)
        for change in order:
            record, _ = apply_change(record, change)
        return record

    reference = norm(apply_in(batch))
    reordered = data.draw(st.permutations(batch))
    with_replays = list(reordered) + data.draw(st.lists(st.sampled_from(batch), max_size=3))
    assert norm(apply_in(list(reordered))) == reference
    assert norm(apply_in(with_replays)) == reference
    everything = list(current.items()) + [
        (f, Versioned(c.value, c.stamp)) for change in batch for f, c in change.items()
    ]
    assert reference == expected(everything)


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_three_concurrent_edits_settle_on_one_value_in_every_order(order):
    edits = [
        {"status": IncomingField("housed", S2, base=S1)},
        {"status": IncomingField("shelter", T2, base=S1)},
        {"status": IncomingField("unknown", S3, base=S1)},
    ]
    record: dict[str, Versioned] = {"status": Versioned("street", S1)}
    lost: list[FieldConflict] = []
    for i in order:
        record, conflicts = apply_change(record, edits[i])
        lost += conflicts
    assert record == {"status": Versioned("unknown", S3)}
    # The first edit to arrive is sequential; each later one is concurrent with whatever is in force,
    # so both displaced values surface exactly once whatever the order.
    assert len(lost) == 2
    assert {c.other.value for c in lost} == {"housed", "shelter"}
    assert all(wins(c.kept, c.other) for c in lost)
