"""Outcome snapshots (issue 13, DESIGN.md §2 `outcome_snapshot`): what the participant's income,
benefits, health insurance, employment and disabilities were on one date, taken at entry, at each
review and at exit, as the UW evaluation and HMIS ask. A snapshot is dated and never stands for
another date: a later review is a new snapshot, usually started from the latest one.

HMIS FY2026 elements: 4.02 Income and Sources, 4.03 Non-Cash Benefits, 4.04 Health Insurance,
4.05-4.10 the specific disabilities (4.10 Substance Use Disorder with its alcohol / drug / both
answers), R6 Employment Status, 5.03 Data Collection Stage; the code lists are in outcome_codes.py."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import ClassVar, Self

from pydantic import Field, model_validator

from leaddesk.domain.base import (
    DomainModel,
    MediumText,
    Money,
    ParticipantRecord,
    PastDate,
    ShortText,
)
from leaddesk.domain.enrollment import Enrollment
from leaddesk.domain.enums import NoYesReason, ParticipantStatus
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

_YES = NoYesReason.YES


class IncomeAmount(DomainModel):
    """One source of income and what it brings in a month (4.02: `<Source>Amount`)."""

    source: IncomeSource
    monthly_amount: Money
    detail: ShortText = ""  # for "other": what it is (4.02 OtherIncomeSourceIdentify)


class OutcomeSnapshot(ParticipantRecord):
    entity: ClassVar[str] = "outcome_snapshot"
    # 4.10's answer, and the impairing list that may name it, say whether the person has a substance
    # use disorder: 42 CFR Part 2 information a disclosure holds back unless a consent covers it.
    sud_fields: ClassVar[frozenset[str]] = frozenset({"substance_use_disorder", "long_term_impairing"})

    information_date: PastDate
    stage: DataCollectionStage
    income_from_any_source: NoYesReason = NoYesReason.NOT_COLLECTED
    incomes: list[IncomeAmount] = Field(default_factory=list, max_length=len(IncomeSource))
    benefits_from_any_source: NoYesReason = NoYesReason.NOT_COLLECTED
    benefits: list[NonCashBenefit] = Field(default_factory=list, max_length=len(NonCashBenefit))
    other_benefit_detail: ShortText = ""
    insurance_from_any_source: NoYesReason = NoYesReason.NOT_COLLECTED
    insurance: list[HealthInsurance] = Field(default_factory=list, max_length=len(HealthInsurance))
    other_insurance_detail: ShortText = ""
    employed: NoYesReason = NoYesReason.NOT_COLLECTED
    employment_type: EmploymentType | None = None
    not_employed_reason: NotEmployedReason | None = None
    physical_disability: NoYesReason = NoYesReason.NOT_COLLECTED
    developmental_disability: NoYesReason = NoYesReason.NOT_COLLECTED
    chronic_health_condition: NoYesReason = NoYesReason.NOT_COLLECTED
    hiv_aids: NoYesReason = NoYesReason.NOT_COLLECTED
    mental_health_disorder: NoYesReason = NoYesReason.NOT_COLLECTED
    substance_use_disorder: SubstanceUseDisorder = SubstanceUseDisorder.NOT_COLLECTED
    # Of the disabilities answered yes, those expected to be long-continued and indefinite and to
    # substantially impair independent living (4.05/4.07/4.09/4.10 B): what makes 3.08 "yes".
    long_term_impairing: list[DisabilityKind] = Field(default_factory=list, max_length=len(DisabilityKind))
    notes: MediumText = ""

    @property
    def total_monthly_income(self) -> Decimal:
        """4.02 Total Monthly Income: the sum of the sources' amounts."""
        return sum((income.monthly_amount for income in self.incomes), Decimal("0.00"))

    @property
    def has_disability_of(self) -> dict[DisabilityKind, bool]:
        return {
            DisabilityKind.PHYSICAL: self.physical_disability is _YES,
            DisabilityKind.CHRONIC_HEALTH: self.chronic_health_condition is _YES,
            DisabilityKind.MENTAL_HEALTH: self.mental_health_disorder is _YES,
            DisabilityKind.SUBSTANCE_USE: self.substance_use_disorder.is_disorder,
        }

    @property
    def holds_sud(self) -> bool:
        """Whether this snapshot says the person has a substance use disorder (Part 2 information)."""
        return self.substance_use_disorder.is_disorder

    @model_validator(mode="after")
    def _lists_match_their_answers(self) -> Self:
        answered: list[tuple[str, str, str, NoYesReason, list[Enum]]] = [
            ("incomes", "income_from_any_source", "an income source", self.income_from_any_source,
             [i.source for i in self.incomes]),
            ("benefits", "benefits_from_any_source", "a benefit", self.benefits_from_any_source,
             list(self.benefits)),
            ("insurance", "insurance_from_any_source", "an insurance", self.insurance_from_any_source,
             list(self.insurance)),
        ]  # fmt: skip
        for name, question, words, answer, listed in answered:
            if listed and answer is not _YES:
                raise ValueError(f"{question}: {words} is listed, so the answer is yes")
            if len(set(listed)) != len(listed):
                raise ValueError(f"{name}: each one is listed once")
        if len(set(self.long_term_impairing)) != len(self.long_term_impairing):
            raise ValueError("long_term_impairing: each disability is listed once")
        for kind in self.long_term_impairing:
            if not self.has_disability_of[kind]:
                raise ValueError(
                    "long_term_impairing: only a disability answered yes can be long-term and impairing"
                )
        return self

    @model_validator(mode="after")
    def _employment_details_match(self) -> Self:
        if self.employment_type is not None and self.employed is not _YES:
            raise ValueError("employment_type: only someone employed has a type of employment")
        if self.not_employed_reason is not None and self.employed is not NoYesReason.NO:
            raise ValueError("not_employed_reason: only someone not employed has a reason for it")
        return self


def exit_snapshot_due(episode: Enrollment | None, snapshots: Iterable[OutcomeSnapshot]) -> date | None:
    """The exit date, when the participant's current episode has ended and no exit snapshot has been
    taken for it (one dated within the episode or after it); None otherwise. HMIS asks for income,
    benefits, insurance and disabilities at exit (5.03 stage 3), and a program that forgets them
    cannot report where people left off."""
    if episode is None or episode.status is not ParticipantStatus.EXITED or episode.exit_date is None:
        return None
    taken = any(
        s.stage is DataCollectionStage.EXIT and s.information_date >= episode.referral_date and not s.deleted
        for s in snapshots
    )
    return None if taken else episode.exit_date
