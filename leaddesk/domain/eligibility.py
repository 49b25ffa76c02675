"""Eligibility screening against the criteria the site's Policy Coordinating Group set."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import ClassVar, Self

from pydantic import Field, model_validator

from leaddesk.domain.base import (
    DomainModel,
    MediumText,
    ParticipantRecord,
    RequiredMediumText,
    ShortText,
    UtcDateTime,
)
from leaddesk.domain.enums import EligibilityDecision


class CriterionKind(StrEnum):
    REQUIRED = "required"  # must be answered yes to be eligible
    EXCLUSION = "exclusion"  # a yes excludes


class Criterion(DomainModel):
    key: str = Field(pattern=r"^[a-z][a-z0-9_]{0,63}$")
    question: RequiredMediumText
    kind: CriterionKind


class CriterionAnswer(DomainModel):
    key: str = Field(pattern=r"^[a-z][a-z0-9_]{0,63}$")
    answer: bool | None = None  # None: not yet known
    notes: MediumText = ""


# A starting set, drawn from exclusions sites commonly use; each site edits its own.
DEFAULT_CRITERIA: tuple[Criterion, ...] = (
    Criterion(
        key="low_level_offence",
        kind=CriterionKind.REQUIRED,
        question="Is the offence or probable cause a low-level one the site diverts?",
    ),
    Criterion(
        key="behavioural_health_need",
        kind=CriterionKind.REQUIRED,
        question="Does the conduct stem from substance use, mental illness or poverty?",
    ),
    Criterion(key="adult", kind=CriterionKind.REQUIRED, question="Is the person 18 or older?"),
    Criterion(
        key="over_quantity", kind=CriterionKind.EXCLUSION, question="Was the quantity above the site's limit?"
    ),
    Criterion(
        key="delivery_for_profit",
        kind=CriterionKind.EXCLUSION,
        question="Was it delivery for profit beyond subsistence?",
    ),
    Criterion(
        key="exploits_minors",
        kind=CriterionKind.EXCLUSION,
        question="Is there exploitation of minors or promotion of prostitution?",
    ),
    Criterion(
        key="protective_order",
        kind=CriterionKind.EXCLUSION,
        question="Is there a pending treatment-court case or a protective order?",
    ),
)


def decide(
    criteria: tuple[Criterion, ...] | list[Criterion], answers: list[CriterionAnswer]
) -> EligibilityDecision:
    """Not eligible on any exclusion answered yes or requirement answered no; pending while any is open."""
    by_key = {a.key: a.answer for a in answers}
    pending = False
    for criterion in criteria:
        answer = by_key.get(criterion.key)
        if answer is None:
            pending = True
        elif (criterion.kind is CriterionKind.EXCLUSION) == answer:
            return EligibilityDecision.NOT_ELIGIBLE
    return EligibilityDecision.PENDING if pending else EligibilityDecision.ELIGIBLE


class EligibilityScreening(ParticipantRecord):
    entity: ClassVar[str] = "eligibility_screening"

    answers: list[CriterionAnswer] = Field(default_factory=list, max_length=100)
    decision: EligibilityDecision = EligibilityDecision.PENDING
    decided_by: ShortText = ""
    decided_at: UtcDateTime | None = None
    notes: MediumText = ""

    @model_validator(mode="after")
    def _decision_recorded(self) -> Self:
        keys = [a.key for a in self.answers]
        if len(keys) != len(set(keys)):
            raise ValueError("answers: each criterion is answered once")
        if self.decision is not EligibilityDecision.PENDING and not (self.decided_by and self.decided_at):
            raise ValueError("decided_by: a decision records who made it and when")
        return self


def record_decision(
    screening: EligibilityScreening,
    *,
    criteria: tuple[Criterion, ...] | list[Criterion],
    by: str,
    at: datetime,
) -> EligibilityScreening:
    """The screening with the decision the site's criteria give for its answers."""
    decision = decide(criteria, screening.answers)
    if decision is EligibilityDecision.PENDING:
        return screening.with_changes(decision=decision, decided_by="", decided_at=None)
    return screening.with_changes(decision=decision, decided_by=by, decided_at=at)
