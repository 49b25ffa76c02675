"""A deterministic, seeded generator of realistic but entirely invented LEAD caseloads, for the demo
profile and the benchmarks. Pure code (standard library and leaddesk.domain only), no I/O.

The same arguments (seed and `today` included) give the same records, ids too: ids are UUIDv7-shaped,
made from the synthetic timestamps and the seeded RNG. Participants stream out one bundle at a time, so
5,000 people with 250,000 notes never sit in memory together.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from leaddesk.demo import phrases as ph
from leaddesk.demo.bundle import CaseManager, ParticipantBundle, usernames
from leaddesk.demo.story import Story
from leaddesk.domain.clock import local_today

if TYPE_CHECKING:
    from _typeshed import SupportsLenAndGetItem

T = TypeVar("T")
MAX_PARTICIPANTS = 1_000_000  # about 54,000 invented case managers; their names must not run out
CASELOAD_MIN, CASELOAD_MAX = 12, 25  # LEAD Support Bureau: 12-15 intensive, never over 25
# The desktop demo's and `leaddesk-server seed-demo`'s: one seed and team, one invented program.
DEMO_SEED = 7
DEMO_TEAM = "central"
DEMO_NOTES_PER_PARTICIPANT = 50


class SeededRandom(random.Random):
    """random.Random with a plain-float randint and choice: generating 250,000 notes makes millions of
    draws, and the standard ones (exact, by rejection sampling) cost a large share of the run time."""

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))

    def choice(self, seq: SupportsLenAndGetItem[T]) -> T:
        return seq[int(self.random() * len(seq))]


def staff_for(
    rng: random.Random, *, participants: int, teams: Sequence[str], names: Sequence[str] | None = None
) -> tuple[list[CaseManager], list[int]]:
    """The case managers and, per participant, the index of theirs: caseloads of 12-25, never over 25."""
    if names:
        if len(names) * CASELOAD_MAX < participants:
            raise ValueError(f"{len(names)} case managers cannot carry {participants} participants")
        slots = [i % len(names) for i in range(participants)]
    else:
        capacities: list[int] = []
        carried = 0
        while carried < participants:
            capacities.append(min(rng.randint(CASELOAD_MIN, CASELOAD_MAX), participants - carried))
            carried += capacities[-1]
        slots = [i for i, c in enumerate(capacities) for _ in range(c)]
        invented: dict[str, None] = {}
        while len(invented) < len(capacities):
            invented.setdefault(f"{rng.choice(ph.STAFF_FIRST)} {ph.invented_surname(rng)}")
        names = list(invented)
    rng.shuffle(slots)
    logins = usernames(names)
    return [CaseManager(n, teams[i % len(teams)], logins[i]) for i, n in enumerate(names)], slots


@dataclass(frozen=True)
class Caseload:
    """An invented caseload: its case managers (each with their team), and their participants' bundles
    streaming out one at a time."""

    staff: list[CaseManager]
    bundles: Iterator[ParticipantBundle]


def caseload(
    *,
    seed: int = DEMO_SEED,
    participants: int = 60,
    notes_per_participant: float = DEMO_NOTES_PER_PARTICIPANT,
    teams: Sequence[str] = ("north", "south"),
    case_managers: Sequence[str] | None = None,
    today: date | None = None,
) -> Caseload:
    """The case managers and the bundles of invented participants. `notes_per_participant` is the
    average; `case_managers` None invents enough of them for caseloads of 12-25."""
    if not 0 <= participants <= MAX_PARTICIPANTS or notes_per_participant < 0 or not teams:
        raise ValueError(
            f"participants must be 0 to {MAX_PARTICIPANTS:,}, notes_per_participant >= 0, with a team"
        )
    master = SeededRandom(seed)
    staff, slots = staff_for(master, participants=participants, teams=teams, names=case_managers)
    bundles = _stream(master, staff=staff, slots=slots, mean=float(notes_per_participant), today=today)
    return Caseload(staff=staff, bundles=bundles)


def generate(
    *,
    seed: int = DEMO_SEED,
    participants: int = 60,
    notes_per_participant: float = DEMO_NOTES_PER_PARTICIPANT,
    teams: Sequence[str] = ("north", "south"),
    case_managers: Sequence[str] | None = None,
    today: date | None = None,
) -> Iterator[ParticipantBundle]:
    """Bundles of invented participants, one at a time (`caseload` without its staff list)."""
    return caseload(
        seed=seed, participants=participants, notes_per_participant=notes_per_participant, teams=teams,
        case_managers=case_managers, today=today,
    ).bundles


def _stream(
    master: random.Random, *, staff: list[CaseManager], slots: list[int], mean: float, today: date | None
) -> Iterator[ParticipantBundle]:
    day = today or local_today()
    by_team: dict[str, list[str]] = {}
    for member in staff:
        by_team.setdefault(member.team_id, []).append(member.name)
    # Each case manager goes out with the same two or three colleagues from their team.
    partners: dict[str, list[str]] = {}
    for team in by_team.values():
        for i, name in enumerate(team):
            regulars = dict.fromkeys(team[(i + k) % len(team)] for k in (1, 2, 3))
            partners[name] = [p for p in regulars if p != name] or [name]
    made = 0
    for index, slot in enumerate(slots):
        rng = SeededRandom(master.getrandbits(64))
        # Steer each participant's share so that the caseload's average lands on the requested mean.
        remaining = max(0.0, (mean * len(slots) - made) / (len(slots) - index))
        cm = staff[slot]
        bundle = Story(rng, cm=cm, partners=partners[cm.name], today=day).tell(remaining)
        made += len(bundle.notes)
        yield bundle


