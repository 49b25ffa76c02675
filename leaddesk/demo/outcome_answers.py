"""A synthetic participant's outcome snapshots: one at the entry of each engaged episode, one at each
quarterly review while it lasts, one at its exit. Answers drift a little for the better over time, as
LEAD's evaluations found (more benefits and insurance, a little more income), never all at once."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from leaddesk.demo.bundle import ParticipantBundle, synthetic_id
from leaddesk.demo.phrases import pick
from leaddesk.domain import Enrollment, IncomeAmount, OutcomeSnapshot
from leaddesk.domain.enums import NoYesReason
from leaddesk.domain.outcome_codes import (
    DataCollectionStage,
    DisabilityKind,
    EmploymentType,
    HealthInsurance,
    IncomeSource,
    NonCashBenefit,
    NotEmployedReason,
    SubstanceUseDisorder,
)

REVIEW_DAYS = 90
NO, YES = NoYesReason.NO, NoYesReason.YES
SUD_WEIGHTS = (
    (SubstanceUseDisorder.DRUG, SubstanceUseDisorder.BOTH, SubstanceUseDisorder.ALCOHOL,
     SubstanceUseDisorder.NO, SubstanceUseDisorder.PREFERS_NOT_TO_ANSWER, SubstanceUseDisorder.NOT_COLLECTED),
    (40, 20, 12, 18, 6, 4),
)  # fmt: skip
# Monthly amounts in whole dollars: SSI's federal rate, day labour, recycling, general assistance.
INCOME_RANGES = {
    IncomeSource.SSI: (943, 943), IncomeSource.SSDI: (900, 1500), IncomeSource.EARNED: (150, 1200),
    IncomeSource.GENERAL_ASSISTANCE: (197, 197), IncomeSource.OTHER: (20, 200),
}


def snapshots(rng: random.Random, bundle: ParticipantBundle, *, horizon: datetime) -> list[OutcomeSnapshot]:
    made: list[OutcomeSnapshot] = []
    for episode in bundle.enrollments:
        if episode.engagement_date is None or episode.entry_date is None:
            continue  # never engaged: no one took the entry answers
        base = _first_answers(rng)
        for on, stage in _dates(episode, last=horizon.date()):
            base = _drift(rng, base) if made else base
            at = min(datetime.combine(on, time(13), UTC), horizon)
            made.append(OutcomeSnapshot(
                id=synthetic_id(rng, at), participant_id=bundle.participant.id, created_at=at,
                updated_at=at, created_by=bundle.participant.case_manager, information_date=on, stage=stage,
                **base,
            ))  # fmt: skip
    return made


def _dates(episode: Enrollment, *, last: date) -> list[tuple[date, DataCollectionStage]]:
    assert episode.entry_date is not None
    end = episode.exit_date or last
    found = [(episode.entry_date, DataCollectionStage.ENTRY)]
    review = episode.entry_date + timedelta(days=REVIEW_DAYS)
    while review < end and len(found) < 6:
        found.append((review, DataCollectionStage.REVIEW))
        review += timedelta(days=REVIEW_DAYS)
    if episode.exit_date is not None:
        found.append((episode.exit_date, DataCollectionStage.EXIT))
    return found


def _first_answers(rng: random.Random) -> dict[str, object]:
    sud = pick(rng, SUD_WEIGHTS)
    mental = YES if rng.random() < 0.55 else NO
    has = {DisabilityKind.SUBSTANCE_USE: sud.is_disorder, DisabilityKind.MENTAL_HEALTH: mental is YES}
    impairing = [kind for kind, yes in has.items() if yes and rng.random() < 0.6]
    employed = YES if rng.random() < 0.15 else NO
    answers: dict[str, object] = {
        "employed": employed,
        "employment_type": EmploymentType.SEASONAL_OR_SPORADIC if employed is YES else None,
        "not_employed_reason": None if employed is YES else rng.choice(list(NotEmployedReason)),
        "physical_disability": YES if rng.random() < 0.25 else NO,
        "developmental_disability": YES if rng.random() < 0.05 else NO,
        "chronic_health_condition": YES if rng.random() < 0.35 else NO,
        "hiv_aids": rng.choice((NO, NO, NO, NoYesReason.PREFERS_NOT_TO_ANSWER)),
        "mental_health_disorder": mental, "substance_use_disorder": sud, "long_term_impairing": impairing,
    }  # fmt: skip
    answers |= _income(rng, employed=employed is YES) | _benefits(rng, {}) | _insurance(rng, {})
    return answers


def _income(rng: random.Random, *, employed: bool) -> dict[str, object]:
    sources = [IncomeSource.EARNED] if employed else []
    sources += [s for s, share in ((IncomeSource.SSI, 0.2), (IncomeSource.GENERAL_ASSISTANCE, 0.1),
                                   (IncomeSource.OTHER, 0.15)) if rng.random() < share]  # fmt: skip
    incomes = [
        IncomeAmount(source=s, monthly_amount=Decimal(rng.randint(*INCOME_RANGES[s])),
                     detail="Recycling cans" if s is IncomeSource.OTHER else "")
        for s in sources
    ]  # fmt: skip
    return {"income_from_any_source": YES if incomes else NO, "incomes": incomes}


def _benefits(rng: random.Random, before: dict[str, object]) -> dict[str, object]:
    had = list(before.get("benefits", []))  # type: ignore[call-overload]
    benefits = had or ([NonCashBenefit.SNAP] if rng.random() < 0.5 else [])
    return {"benefits_from_any_source": YES if benefits else NO, "benefits": benefits}


def _insurance(rng: random.Random, before: dict[str, object]) -> dict[str, object]:
    had = list(before.get("insurance", []))  # type: ignore[call-overload]
    insurance = had or ([HealthInsurance.MEDICAID] if rng.random() < 0.55 else [])
    return {"insurance_from_any_source": YES if insurance else NO, "insurance": insurance}


def _drift(rng: random.Random, before: dict[str, object]) -> dict[str, object]:
    """The next review's answers: benefits and insurance, once there, stay; some gain them now."""
    after = dict(before) | _benefits(rng, before) | _insurance(rng, before)
    if before["income_from_any_source"] is NO and rng.random() < 0.15:
        income = IncomeAmount(source=IncomeSource.SSI, monthly_amount=Decimal(943))
        after |= {"income_from_any_source": YES, "incomes": [income]}
    return after
