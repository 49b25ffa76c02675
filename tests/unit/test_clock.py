"""Hybrid logical clock: monotonicity under a misbehaving wall clock, restarts, drift, encoding, threads."""

from __future__ import annotations

import sys
import threading
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from leaddesk.domain.clock import COUNTER_BITS, MAX_AHEAD_MS, HybridClock, Stamp, wall_ms

DEVICE = "6f1c2a0e-0d7e-4c55-9b1e-2f3a4b5c6d7e"
DAY_MS = 24 * 3600 * 1000
START_MS = 1_700_000_000_000
MAX_COUNTER = (1 << COUNTER_BITS) - 1


class FakeWall:
    def __init__(self, ms: int) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


# A step moves the wall clock (backwards as well as forwards, sometimes by hours) and then either
# ticks for a local event or receives a remote stamp at some offset from the wall within the drift limit;
# remote counters stay low enough that no plan overflows into the physical part (tested separately).
wall_moves = st.one_of(st.integers(-5, 5), st.integers(-3_600_000, 3_600_000), st.just(0))
steps = st.lists(
    st.tuples(
        wall_moves,
        st.one_of(
            st.just(None),
            st.tuples(st.integers(-DAY_MS, DAY_MS), st.integers(0, MAX_COUNTER - 1_000), st.booleans()),
        ),
    ),
    min_size=1,
    max_size=200,
)


def run(
    clock: HybridClock, wall: FakeWall, plan: list[tuple[int, tuple[int, int, bool] | None]]
) -> list[int]:
    """Drive the clock through a plan, checking the HLC rules at every step; return the issued hlcs."""
    issued: list[int] = []
    high = clock.last  # greatest hlc issued or observed so far
    high_physical = clock.last >> COUNTER_BITS  # greatest physical time seen anywhere
    for move, remote in plan:
        wall.ms = max(0, wall.ms + move)
        high_physical = max(high_physical, wall.ms)
        if remote is None:
            before = clock.last
            stamp = clock.now()
            assert stamp.device == DEVICE
            assert stamp.hlc > high
            # No counter overflow happens in these plans, so HLC's bound holds exactly:
            # the physical part is the largest time ever seen, and resets the counter when it moves.
            assert stamp.physical_ms == high_physical
            if stamp.physical_ms > before >> COUNTER_BITS:
                assert stamp.counter == 0
            else:
                assert stamp.hlc == before + 1
            issued.append(stamp.hlc)
            high = stamp.hlc
        else:
            offset, counter, as_stamp = remote
            physical = max(0, wall.ms + offset)
            remote_hlc = (physical << COUNTER_BITS) | counter
            clock.observe(Stamp(remote_hlc, "peer") if as_stamp else remote_hlc)
            high_physical = max(high_physical, physical)
            assert clock.last > remote_hlc
            assert clock.last >= high
            high = max(high, remote_hlc)
        assert clock.last >= high
    return issued


@settings(max_examples=150, deadline=None)
@given(plan=steps, start_counter=st.integers(0, 1000))
def test_stamps_increase_whatever_the_wall_clock_does(plan, start_counter):
    wall = FakeWall(START_MS)
    clock = HybridClock(
        DEVICE, last=(START_MS << COUNTER_BITS) | start_counter, wall=wall, max_ahead_ms=DAY_MS
    )
    issued = run(clock, wall, plan)
    assert issued == sorted(set(issued))


@settings(max_examples=100, deadline=None)
@given(plan=steps, plan_after=steps, rewind=st.integers(0, 10 * DAY_MS))
def test_restart_from_persisted_last_never_goes_back(plan, plan_after, rewind):
    wall = FakeWall(START_MS)
    first = HybridClock(DEVICE, wall=wall, max_ahead_ms=DAY_MS)
    before = run(first, wall, plan)
    persisted = first.last

    # The process restarts later with a wall clock that may now be far behind.
    wall.ms = max(0, wall.ms - rewind)
    second = HybridClock(DEVICE, last=persisted, wall=wall, max_ahead_ms=DAY_MS)
    assert second.last == persisted
    after = run(second, wall, plan_after)
    if before and after:
        assert after[0] > before[-1]
    if after:
        assert after[0] > persisted


def test_wall_clock_moving_forward_sets_physical_and_resets_counter():
    wall = FakeWall(START_MS)
    clock = HybridClock(DEVICE, wall=wall)
    assert clock.now() == Stamp(START_MS << COUNTER_BITS, DEVICE)
    assert clock.now() == Stamp((START_MS << COUNTER_BITS) | 1, DEVICE)
    wall.ms = START_MS + 7
    assert clock.now() == Stamp((START_MS + 7) << COUNTER_BITS, DEVICE)
    wall.ms = START_MS - 1_000
    assert clock.now() == Stamp(((START_MS + 7) << COUNTER_BITS) | 1, DEVICE)


def test_counter_overflow_carries_into_physical_part():
    wall = FakeWall(START_MS)
    clock = HybridClock(DEVICE, last=(START_MS << COUNTER_BITS) | (MAX_COUNTER - 1), wall=wall)
    assert clock.now().counter == MAX_COUNTER
    carried = clock.now()
    assert (carried.physical_ms, carried.counter) == (START_MS + 1, 0)
    # The wall catching up with the carried time must not reissue it.
    wall.ms = START_MS + 1
    nxt = clock.now()
    assert (nxt.physical_ms, nxt.counter) == (START_MS + 1, 1)


def test_observing_a_full_counter_carries_too():
    wall = FakeWall(START_MS)
    clock = HybridClock(DEVICE, wall=wall)
    clock.observe(Stamp((START_MS << COUNTER_BITS) | MAX_COUNTER, "peer"))
    stamp = clock.now()
    assert stamp.physical_ms == START_MS + 1
    assert stamp > Stamp((START_MS << COUNTER_BITS) | MAX_COUNTER, "peer")


def test_observe_follows_a_remote_clock_that_is_ahead():
    wall = FakeWall(START_MS)
    clock = HybridClock(DEVICE, wall=wall)
    remote = Stamp(((START_MS + 5_000) << COUNTER_BITS) | 3, "peer")
    clock.observe(remote)
    assert clock.now().hlc == remote.hlc + 2  # one tick for the receive, one for the local event
    old = Stamp(START_MS << COUNTER_BITS, "peer")
    last = clock.last
    clock.observe(old)
    assert clock.last == last + 1


@pytest.mark.parametrize("ahead", [MAX_AHEAD_MS + 1, DAY_MS, 10 * DAY_MS])
def test_a_stamp_from_far_ahead_moves_the_clock_only_to_the_bound(ahead):
    wall = FakeWall(START_MS)
    clock = HybridClock(DEVICE, wall=wall, last=START_MS << COUNTER_BITS)
    far = Stamp((START_MS + ahead) << COUNTER_BITS, "peer")
    clock.observe(far)
    clock.observe(far.hlc)
    # One fast clock elsewhere must not drag this laptop's stamps days into the future.
    assert clock.now().physical_ms <= START_MS + MAX_AHEAD_MS + 1
    assert clock.now().hlc > (START_MS + MAX_AHEAD_MS) << COUNTER_BITS


def test_a_stamp_within_the_bound_is_adopted_as_hlc_says():
    wall = FakeWall(START_MS)
    clock = HybridClock(DEVICE, wall=wall, max_ahead_ms=1_000)
    near = Stamp(((START_MS + 1_000) << COUNTER_BITS) | 7, "peer")
    clock.observe(near)
    assert clock.now().hlc == near.hlc + 2


def test_stamps_follow_the_servers_clock_once_learned():
    wall = FakeWall(START_MS)
    clock = HybridClock(DEVICE, wall=wall, monotonic=lambda: wall.ms)
    clock.learn_server_time(START_MS - 90_000, round_trip_ms=40)  # this laptop runs 90 s fast
    assert clock.offset_ms == -90_000 + 20
    assert clock.now().physical_ms == START_MS - 90_000 + 20


def test_a_clock_that_ran_days_ahead_comes_back_at_the_first_exchange():
    wall = FakeWall(START_MS + 2 * DAY_MS)  # the date was set two days ahead
    clock = HybridClock(DEVICE, wall=wall, monotonic=lambda: wall.ms)
    ahead = clock.now()
    # Someone corrects the date; the clock remembers the stamps it gave, and keeps above them…
    wall.ms = START_MS
    assert clock.now() > ahead
    # …until the server says what time it is: from then on, stamps are the server's time again.
    clock.learn_server_time(START_MS, round_trip_ms=0)
    assert clock.now().physical_ms == START_MS
    assert abs(clock.now().physical_ms - START_MS) < MAX_AHEAD_MS


def test_the_learned_offset_is_dropped_when_the_wall_clock_is_set():
    wall = FakeWall(START_MS)
    monotonic = FakeWall(0)
    clock = HybridClock(DEVICE, wall=wall, monotonic=monotonic)
    clock.learn_server_time(START_MS + 60_000)
    assert clock.offset_ms == 60_000
    wall.ms += 5_000
    monotonic.ms += 5_000  # time passing: the offset still holds
    assert clock.offset_ms == 60_000
    wall.ms += 60_000  # the wall clock is set forward a minute, without time passing
    assert clock.offset_ms == 0
    assert clock.now().physical_ms >= wall.ms


def test_clock_rejects_bad_construction():
    with pytest.raises(ValueError):
        HybridClock("")
    with pytest.raises(ValueError):
        HybridClock(DEVICE, last=-1)
    with pytest.raises(ValueError):
        HybridClock(DEVICE, max_ahead_ms=-1)


def test_wall_ms_is_the_system_clock_in_milliseconds():
    before = time.time_ns() // 1_000_000
    got = wall_ms()
    after = time.time_ns() // 1_000_000
    assert before <= got <= after


def test_real_clock_stamps_are_near_now():
    clock = HybridClock(DEVICE)
    before = wall_ms()
    stamp = clock.now()
    assert before <= stamp.physical_ms <= wall_ms()


# --- Stamp encoding -----------------------------------------------------------------------------

hlcs = st.one_of(
    st.integers(0, (1 << 64) - 1),
    st.integers(0, 300),
    st.integers(START_MS << COUNTER_BITS, (START_MS + 3) << COUNTER_BITS),
)
# Characters either side of '-' and the hex digits are where a careless encoding would mis-order.
devices = st.one_of(
    st.text(alphabet="-+,./09:af_gAF~é", min_size=1, max_size=6),
    st.uuids().map(str),
    st.text(min_size=1, max_size=8),
)
stamps = st.builds(Stamp, hlc=hlcs, device=devices)


@settings(max_examples=200)
@given(stamp=stamps)
def test_encode_decode_round_trip(stamp):
    text = stamp.encode()
    assert Stamp.decode(text) == stamp
    assert text == f"{stamp.hlc:016x}-{stamp.device}"
    assert stamp.physical_ms == stamp.hlc >> 16
    assert stamp.counter == stamp.hlc % (1 << 16)


@settings(max_examples=300)
@given(a=stamps, b=stamps, same_hlc=st.booleans())
def test_encoding_preserves_order(a, b, same_hlc):
    if same_hlc:
        b = Stamp(a.hlc, b.device)
    assert (a < b) == (a.encode() < b.encode())
    assert (a == b) == (a.encode() == b.encode())
    assert (a < b) == ((a.hlc, a.device) < (b.hlc, b.device))


def test_encoding_example():
    stamp = Stamp((START_MS << COUNTER_BITS) | 5, DEVICE)
    assert stamp.encode() == f"{START_MS << 16 | 5:016x}-{DEVICE}"
    assert Stamp(1, "d").encode() == "0000000000000001-d"
    assert Stamp.decode("0000000000000001-a-b") == Stamp(1, "a-b")


@pytest.mark.parametrize(
    "text",
    [
        "",
        "garbage",
        "0000000000000001",
        "0000000000000001-",
        "000000000000001-d",
        "00000000000000001-d",
        "000000000000000g-d",
        "000000000000000A-d",
        "0000000000000001_d",
        " 000000000000001-d",
        "+000000000000001-d",
        "0_00000000000001-d",
        "-000000000000001-d",
    ],
)
def test_decode_rejects_malformed_text(text):
    with pytest.raises(ValueError, match="not an encoded stamp"):
        Stamp.decode(text)


def test_decode_rejects_non_text():
    with pytest.raises(ValueError, match="not an encoded stamp"):
        Stamp.decode(b"0000000000000001-d")  # type: ignore[arg-type]


@pytest.mark.parametrize(("hlc", "device"), [(-1, "d"), (1 << 64, "d"), (0, "")])
def test_stamp_rejects_values_it_cannot_encode(hlc, device):
    with pytest.raises(ValueError):
        Stamp(hlc, device)


def test_stamp_rejects_non_int_hlc():
    with pytest.raises(TypeError):
        Stamp(True, "d")
    with pytest.raises(TypeError):
        Stamp("1", "d")  # type: ignore[arg-type]


# --- Threads ------------------------------------------------------------------------------------


def test_concurrent_now_calls_issue_unique_increasing_stamps():
    clock = HybridClock(DEVICE)
    per_thread: list[list[Stamp]] = [[] for _ in range(8)]
    barrier = threading.Barrier(len(per_thread) + 1)

    def work(out: list[Stamp]) -> None:
        barrier.wait()
        for i in range(3_000):
            out.append(clock.now())
            if i % 100 == 0:
                clock.observe(clock.last)

    threads = [threading.Thread(target=work, args=(out,)) for out in per_thread]
    old_interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible to expose a missing lock
    try:
        for t in threads:
            t.start()
        barrier.wait()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(old_interval)

    everything = [s for out in per_thread for s in out]
    assert len({s.hlc for s in everything}) == len(everything)
    for out in per_thread:
        assert out == sorted(out)
    assert clock.last >= max(s.hlc for s in everything)
