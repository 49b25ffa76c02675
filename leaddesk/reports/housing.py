"""Housing at entry against the latest recorded, for the participants served in the period, grouped as
HUD groups living situations."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from leaddesk.domain import HousingStatus
from leaddesk.domain.enums import LivingSituation as L
from leaddesk.reports.data import Episode, Scope


class HousingGroup(StrEnum):
    """HUD's groups of the 3.12 living situations (homeless, institutional, temporary, permanent)."""

    HOMELESS = "homeless"
    INSTITUTIONAL = "institutional"
    TEMPORARY = "temporary"
    PERMANENT = "permanent"
    UNKNOWN = "unknown"  # other, doesn't know, prefers not to answer, not collected
    NOT_RECORDED = "not_recorded"  # no housing entry at all


GROUP_OF: dict[L, HousingGroup] = {
    **dict.fromkeys((L.PLACE_NOT_MEANT_FOR_HABITATION, L.EMERGENCY_SHELTER, L.SAFE_HAVEN),
                    HousingGroup.HOMELESS),
    **dict.fromkeys((L.FOSTER_CARE, L.HOSPITAL_NON_PSYCHIATRIC, L.JAIL_PRISON_DETENTION, L.LONG_TERM_CARE,
                     L.PSYCHIATRIC_HOSPITAL, L.SUD_TREATMENT_FACILITY), HousingGroup.INSTITUTIONAL),
    **dict.fromkeys((L.TRANSITIONAL_HOUSING, L.RESIDENTIAL_NO_HOMELESS_CRITERIA, L.HOTEL_MOTEL_NO_VOUCHER,
                     L.HOST_HOME, L.FAMILY_TEMPORARY, L.FRIENDS_TEMPORARY), HousingGroup.TEMPORARY),
    **dict.fromkeys((L.FAMILY_PERMANENT, L.FRIENDS_PERMANENT, L.RENTAL_WITH_SUBSIDY, L.RENTAL_NO_SUBSIDY,
                     L.OWNED_NO_SUBSIDY, L.OWNED_WITH_SUBSIDY), HousingGroup.PERMANENT),
    **dict.fromkeys((L.OTHER, L.DOESNT_KNOW, L.PREFERS_NOT_TO_ANSWER, L.NOT_COLLECTED), HousingGroup.UNKNOWN),
}  # fmt: skip


@dataclass(frozen=True)
class HousingRow:
    group: HousingGroup
    at_entry: int
    latest: int


@dataclass(frozen=True)
class HousingReport:
    participants: int
    rows: tuple[HousingRow, ...]  # every group, in HousingGroup's order
    housed_since_entry: int  # not permanently housed at entry, permanently housed at the latest


def last_served_episode(scope: Scope, participant_id: str) -> Episode | None:
    """The participant's latest episode open on some day of the period (a returned participant's
    current one); None if none was."""
    served = [e for e in scope.episodes[participant_id] if e.served_in(scope.period)]
    return served[-1] if served else None


def housing(scope: Scope) -> HousingReport:
    """Housing at entry against the latest, once per participant served in the period (in the caseload
    on at least one of its days), on their latest such episode. At entry: the latest housing entry
    dated on or before the episode's entry date (its referral date if it has none), else the first
    one dated after it up to the period's end. Latest: the latest entry dated on or before the period's
    end. Situations are grouped as HUD groups them; "housed since entry" counts those not in permanent
    housing at entry and in permanent housing at the latest."""
    end = scope.period.end
    at_entry: Counter[HousingGroup] = Counter()
    latest: Counter[HousingGroup] = Counter()
    participants = housed = 0
    for pid in scope.participants:
        episode = last_served_episode(scope, pid)
        if episode is None:
            continue
        participants += 1
        history = sorted(
            (h for h in scope.of(HousingStatus, pid) if h.effective_on <= end),
            key=lambda h: (h.effective_on, h.created_at),
        )
        entry = _at_entry(history, episode.intake)
        now = history[-1] if history else None
        first, last = _group(entry), _group(now)
        at_entry[first] += 1
        latest[last] += 1
        housed += first is not HousingGroup.PERMANENT and last is HousingGroup.PERMANENT
    rows = tuple(HousingRow(g, at_entry[g], latest[g]) for g in HousingGroup)
    return HousingReport(participants=participants, rows=rows, housed_since_entry=housed)


def _at_entry(history: list[HousingStatus], day: date) -> HousingStatus | None:
    before = [h for h in history if h.effective_on <= day]
    if before:
        return before[-1]
    return history[0] if history else None


def _group(entry: HousingStatus | None) -> HousingGroup:
    return HousingGroup.NOT_RECORDED if entry is None else GROUP_OF[entry.situation]
