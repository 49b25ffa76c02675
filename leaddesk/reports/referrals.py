"""Referrals: how many came in by each door, agency, precinct and offence category, month by month, and
the referral clocks: days from referral to engagement, the warm hand-off, the intake deadline."""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from leaddesk.domain import Referral
from leaddesk.domain.casework_codes import HandoffOutcome
from leaddesk.domain.enums import ReferralDoor
from leaddesk.domain.program import CatalogueEntry
from leaddesk.reports.data import Episode, Scope

HANDOFF_TARGET_MINUTES = 30  # the LEAD toolkit's "ideally within 30 minutes"
NOT_RECORDED = ""
DOOR_LABELS = {
    ReferralDoor.ARREST_DIVERSION: "Arrest diversion",
    ReferralDoor.SOCIAL_CONTACT: "Social contact",
    ReferralDoor.COMMUNITY: "Community",
}


@dataclass(frozen=True)
class BreakdownRow:
    key: str  # the code records store ("" for not recorded)
    label: str  # what people read: the program list's label, or the text as typed
    per_month: tuple[int, ...]  # one count per month of `MonthlyBreakdown.months`

    @property
    def total(self) -> int:
        return sum(self.per_month)


@dataclass(frozen=True)
class MonthlyBreakdown:
    """Counts of one dimension (door, agency, precinct, offence category) per calendar month."""

    dimension: str
    months: tuple[date, ...]  # the first day of each month the period touches
    rows: tuple[BreakdownRow, ...]

    def month_totals(self) -> tuple[int, ...]:
        return tuple(sum(r.per_month[i] for r in self.rows) for i in range(len(self.months)))


@dataclass(frozen=True)
class ReferralReport:
    referrals: int
    participants: int  # distinct participants among them
    by_door: MonthlyBreakdown
    by_agency: MonthlyBreakdown
    by_precinct: MonthlyBreakdown
    by_offence: MonthlyBreakdown


def referrals_in(scope: Scope) -> list[Referral]:
    return [r for r in scope.records(Referral) if scope.day(r.referred_at) in scope.period]


def referrals(scope: Scope) -> ReferralReport:
    """Referrals received: every referral record whose referral time falls in the period (on the
    program's calendar), counted as events, so a participant referred twice counts twice (the
    participants line de-duplicates them). Each is counted under its door, its referring agency (the
    program's agency code, else the agency as typed), its precinct and its offence category, shown with
    the program list's label, or as typed where the code is not on the list; "Not recorded" where
    empty."""
    found = referrals_in(scope)
    settings = scope.data.settings
    months = scope.period.months()

    def breakdown(dimension: str, key: Callable[[Referral], str], labels: dict[str, str]) -> MonthlyBreakdown:
        counts: dict[str, Counter[date]] = defaultdict(Counter)
        for r in found:
            counts[key(r)][scope.day(r.referred_at).replace(day=1)] += 1
        rows = [
            BreakdownRow(k, labels.get(k, k) or "Not recorded", tuple(c[m] for m in months))
            for k, c in counts.items()
        ]
        order = list(labels)
        rows.sort(
            key=lambda row: (
                row.key == "",
                order.index(row.key) if row.key in order else len(order),
                row.label.casefold(),
            )
        )
        return MonthlyBreakdown(dimension=dimension, months=months, rows=tuple(rows))

    return ReferralReport(
        referrals=len(found),
        participants=len({r.participant_id for r in found}),
        by_door=breakdown("door", lambda r: r.door.value, {d.value: w for d, w in DOOR_LABELS.items()}),
        by_agency=breakdown(
            "agency",
            lambda r: r.agency_code or r.referring_agency,
            _labels(settings.referring_agencies),
        ),
        by_precinct=breakdown("precinct", lambda r: r.precinct, _labels(settings.precincts)),
        by_offence=breakdown("offence", lambda r: r.offence_category, _labels(settings.offence_categories)),
    )


def _labels(entries: list[CatalogueEntry]) -> dict[str, str]:
    return {e.code: e.label for e in entries}


@dataclass(frozen=True)
class EngagementClock:
    episodes: int  # episodes referred in the period
    engaged: int  # of them, engaged by the period's end
    median_days: float | None
    mean_days: float | None
    same_day: int
    within_7: int  # 1 to 7 days
    within_30: int  # 8 to 30 days
    longer: int  # over 30 days


@dataclass(frozen=True)
class HandoffClock:
    referrals: int  # referrals in the period
    handed_off: int
    within_target: int  # within HANDOFF_TARGET_MINUTES
    median_minutes: float | None
    # Officers' referrals (sent from the office server's referral page) by what came of the hand-off
    # by the period's end: they add up to `from_officers`.
    from_officers: int = 0
    met: int = 0
    not_located: int = 0
    declined: int = 0
    waiting: int = 0


@dataclass(frozen=True)
class IntakeClock:
    with_deadline: int  # referrals in the period with an intake deadline
    met: int  # engaged on or before the deadline (and by the period's end)
    missed: int  # deadline passed by the period's end without engagement
    pending: int  # deadline after the period's end, not engaged yet by then


@dataclass(frozen=True)
class ReferralClocks:
    engagement: EngagementClock
    handoff: HandoffClock
    intake: IntakeClock


def engagement_clock(scope: Scope) -> EngagementClock:
    """Days from referral to engagement, for every episode referred in the period: the days from the
    episode's own referral date to its own date of engagement (a participant who returned is timed on
    their new episode, not their first). Episodes engaged after the period's end count as not engaged
    yet. Median and mean are over the engaged episodes."""
    period = scope.period
    episodes = [e for eps in scope.episodes.values() for e in eps if e.referral_date in period]
    days = [
        (e.engagement_date - e.referral_date).days
        for e in episodes
        if e.engagement_date is not None and e.engagement_date <= period.end
    ]
    return EngagementClock(
        episodes=len(episodes),
        engaged=len(days),
        median_days=float(statistics.median(days)) if days else None,
        mean_days=statistics.fmean(days) if days else None,
        same_day=sum(1 for d in days if d == 0),
        within_7=sum(1 for d in days if 1 <= d <= 7),
        within_30=sum(1 for d in days if 8 <= d <= 30),
        longer=sum(1 for d in days if d > 30),
    )


def handoff_clock(scope: Scope) -> HandoffClock:
    """The warm hand-off, for every referral in the period: how many were handed off to the team in
    person, how many within 30 minutes of the referral (the LEAD toolkit's aim), and the median whole
    minutes it took. A referral whose person could not be located or declined to meet counts as a
    referral without a hand-off. Officers' referrals (sent from the referral page) are also counted by
    what came of the hand-off by the period's end: met, could not locate, declined, or still waiting
    (one marked after the period's end was still waiting at it)."""
    found = referrals_in(scope)
    minutes = [m for r in found if (m := r.warm_handoff_minutes) is not None]
    outcomes: Counter[HandoffOutcome] = Counter()
    for r in found:
        if r.from_officer:
            marked = r.handoff_outcome_at is not None and scope.day(r.handoff_outcome_at) <= scope.period.end
            outcomes[r.handoff_outcome if marked else HandoffOutcome.PENDING] += 1
    return HandoffClock(
        referrals=len(found),
        handed_off=len(minutes),
        within_target=sum(1 for m in minutes if m <= HANDOFF_TARGET_MINUTES),
        median_minutes=float(statistics.median(minutes)) if minutes else None,
        from_officers=outcomes.total(),
        met=outcomes[HandoffOutcome.MET],
        not_located=outcomes[HandoffOutcome.NOT_LOCATED],
        declined=outcomes[HandoffOutcome.DECLINED],
        waiting=outcomes[HandoffOutcome.PENDING],
    )


def intake_clock(scope: Scope) -> IntakeClock:
    """The intake deadline, for every referral in the period that has one: met when the episode it
    opened (the participant's episode whose referral date is nearest the referral's day) was engaged on
    or before the deadline and by the period's end; missed when the deadline is on or before the
    period's last day and it was not; pending when the deadline lies after the period and it was not
    engaged by the period's end."""
    end = scope.period.end
    met = missed = pending = 0
    with_deadline = [r for r in referrals_in(scope) if r.intake_deadline is not None]
    for r in with_deadline:
        assert r.intake_deadline is not None
        episode = _episode_of(scope.episodes.get(r.participant_id, []), scope.day(r.referred_at))
        engaged = episode.engagement_date if episode is not None else None
        if engaged is not None and engaged <= min(r.intake_deadline, end):
            met += 1
        elif r.intake_deadline <= end:
            missed += 1
        else:
            pending += 1
    return IntakeClock(with_deadline=len(with_deadline), met=met, missed=missed, pending=pending)


def _episode_of(episodes: list[Episode], day: date) -> Episode | None:
    if not episodes:
        return None
    return min(episodes, key=lambda e: (abs((e.referral_date - day).days), -e.referral_date.toordinal()))


def referral_clocks(scope: Scope) -> ReferralClocks:
    return ReferralClocks(
        engagement=engagement_clock(scope), handoff=handoff_clock(scope), intake=intake_clock(scope)
    )
