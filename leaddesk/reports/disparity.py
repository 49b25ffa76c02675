"""Racial and ethnic disparity: the program's referrals and enrolments by race and ethnicity against the
arrests the program imported for the same periods and precincts, as relative rates with the counts
beside every ratio (the relative rate index justice programs use)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from leaddesk.domain.enums import RaceEthnicity, ReferralDoor
from leaddesk.domain.program import ArrestCount
from leaddesk.reports.data import Period, Scope
from leaddesk.reports.referrals import _episode_of, referrals_in

REFERENCE = RaceEthnicity.WHITE
RATE_MINIMUM = 11  # no rate from a base smaller than this
POLICE_DOORS = frozenset({ReferralDoor.ARREST_DIVERSION, ReferralDoor.SOCIAL_CONTACT})
COMPARED = tuple(
    r for r in RaceEthnicity if r not in (RaceEthnicity.DOESNT_KNOW, RaceEthnicity.PREFERS_NOT_TO_ANSWER)
)


@dataclass(frozen=True)
class DisparityRow:
    race_ethnicity: RaceEthnicity | None  # None: not recorded (no answer, or doesn't know / prefers not)
    arrests: int | None  # None for the not-recorded row
    referrals: int
    enrolments: int
    referral_rate: float | None  # referrals per 100 arrests
    referral_ratio: float | None  # that rate over the reference group's (the relative rate index)
    enrolment_rate: float | None  # enrolments per 100 referrals
    enrolment_ratio: float | None


@dataclass(frozen=True)
class DisparityReport:
    periods: tuple[Period, ...]  # the imported arrest periods compared; empty: none imported for it
    precincts: tuple[str, ...]  # empty: the whole jurisdiction
    reference: RaceEthnicity
    rows: tuple[DisparityRow, ...]
    arrests: int
    referrals: int
    enrolments: int


def arrest_periods(counts: list[ArrestCount], period: Period) -> tuple[Period, ...]:
    """The imported periods inside the report's period, longest first where two overlap."""
    inside = {Period(c.period_start, c.period_end) for c in counts}
    inside = {p for p in inside if p.start >= period.start and p.end <= period.end}
    chosen: list[Period] = []
    for p in sorted(inside, key=lambda p: (-p.days, p.start)):
        if all(p.end < q.start or p.start > q.end for q in chosen):
            chosen.append(p)
    return tuple(sorted(chosen, key=lambda p: p.start))


def disparity(scope: Scope) -> DisparityReport:
    """Disparity. Arrests: the imported arrest counts for periods lying within the report's period
    (where two imported periods overlap, the longer is used); by precinct where the counts are by
    precinct (then only referrals from those precincts count), else for the whole jurisdiction.
    Referrals: referrals by police (arrest diversion and social contact) made on a day of those
    periods. Enrolments: those referrals whose episode (the participant's nearest by referral date)
    has an entry date by the period's end. A participant is counted under each race and ethnicity
    they name (HMIS 3.04 allows several), so the rows can add up to more than the total; "Not
    recorded" holds those with none, or who did not know or preferred not to answer. Referral rate:
    referrals per 100 arrests; enrolment rate: enrolments per 100 referrals; each ratio is a group's
    rate over the rate of White participants (the reference group). A rate needs a base of at least
    11 (arrests, or referrals) and a ratio needs both rates, so no ratio rests on a handful of
    people."""
    counts = [c for c in scope.data.arrest_counts]
    periods = arrest_periods(counts, scope.period)
    counts = [c for c in counts if Period(c.period_start, c.period_end) in set(periods)]
    precincts = tuple(sorted({c.precinct for c in counts} - {""}))
    counts = [c for c in counts if c.precinct in precincts] if precincts else counts
    arrests: Counter[RaceEthnicity] = Counter()
    for c in counts:
        arrests[c.race_ethnicity] += c.arrests
    referred: Counter[RaceEthnicity | None] = Counter()
    enrolled: Counter[RaceEthnicity | None] = Counter()
    total_referred = total_enrolled = 0
    for r in referrals_in(scope):
        day = scope.day(r.referred_at)
        if r.door not in POLICE_DOORS or not any(day in p for p in periods):
            continue
        if precincts and r.precinct not in precincts:
            continue
        episode = _episode_of(scope.episodes[r.participant_id], day)
        entered = (
            episode is not None and episode.entry_date is not None and episode.entry_date <= scope.period.end
        )
        named = scope.participants[r.participant_id].race_ethnicity
        groups: list[RaceEthnicity | None] = [g for g in named if g in COMPARED] or [None]
        total_referred += 1
        total_enrolled += entered
        for g in groups:
            referred[g] += 1
            enrolled[g] += entered
    rows = [_row(g, arrests[g], referred[g], enrolled[g]) for g in COMPARED]
    rows.append(DisparityRow(None, None, referred[None], enrolled[None], None, None, None, None))
    reference = next(r for r in rows if r.race_ethnicity is REFERENCE)
    rows = [_with_ratios(r, reference) for r in rows]
    return DisparityReport(
        periods=periods,
        precincts=precincts,
        reference=REFERENCE,
        rows=tuple(rows),
        arrests=sum(arrests.values()),
        referrals=total_referred,
        enrolments=total_enrolled,
    )


def _rate(part: int, base: int) -> float | None:
    return 100 * part / base if base >= RATE_MINIMUM else None


def _row(group: RaceEthnicity, arrests: int, referrals: int, enrolments: int) -> DisparityRow:
    return DisparityRow(
        group,
        arrests,
        referrals,
        enrolments,
        _rate(referrals, arrests),
        None,
        _rate(enrolments, referrals),
        None,
    )


def _ratio(rate: float | None, reference: float | None) -> float | None:
    if rate is None or reference is None or reference == 0:
        return None
    return rate / reference


def _with_ratios(row: DisparityRow, reference: DisparityRow) -> DisparityRow:
    return DisparityRow(
        row.race_ethnicity,
        row.arrests,
        row.referrals,
        row.enrolments,
        row.referral_rate,
        _ratio(row.referral_rate, reference.referral_rate),
        row.enrolment_rate,
        _ratio(row.enrolment_rate, reference.enrolment_rate),
    )
