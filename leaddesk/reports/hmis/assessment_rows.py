"""IncomeBenefits.csv (4.02-4.04), EmploymentEducation.csv (R6), Disabilities.csv (4.05-4.10) and
HealthAndDV.csv (4.11) rows from an outcome snapshot: one row of each per snapshot, at its date and data
collection stage (5.03).

A yes/no source column is 1 for each source listed and 0 for the rest when the question was answered
yes, 0 when answered no, empty otherwise (HUD: the sources follow the "from any source" answer).
Disabilities: one row per type; the substance use disorder row (type 10) only when the gate lets the
snapshot's SUD part go. LEAD Desk asks no domestic-violence or health-status question, so the
HealthAndDV row says 99 (data not collected) for 4.11 and leaves the rest empty."""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Any

from leaddesk.domain import OutcomeSnapshot
from leaddesk.domain.disclosure import SUD_PART
from leaddesk.domain.enums import NoYesReason
from leaddesk.domain.outcome_codes import BENEFIT_COLUMNS, INCOME_COLUMNS, INSURANCE_COLUMNS, DisabilityKind
from leaddesk.reports.hmis.context import Enrolled, Row
from leaddesk.reports.hmis.gate import Disclosed
from leaddesk.reports.hmis.ids import hmis_id

NOT_COLLECTED = 99
DETAIL_MAX = 50
# 1.3 DisabilityType codes of the two disabilities that are disabling by definition (no 4.05-B question).
DEVELOPMENTAL, HIV_AIDS = 6, 8


def _keys(snapshot: OutcomeSnapshot, enrolled: Enrolled, *, id_column: str) -> Row:
    return {id_column: hmis_id(snapshot.id), **enrolled.keys(), "InformationDate": snapshot.information_date}


def _sources(answer: NoYesReason, *, listed: set[Any], columns: Mapping[Any, str]) -> Row:
    if answer is NoYesReason.YES:
        return {column: int(key in listed) for key, column in columns.items()}
    if answer is NoYesReason.NO:
        return dict.fromkeys(columns.values(), 0)
    return {}


def income_row(snapshot: OutcomeSnapshot, enrolled: Enrolled, *, detail: bool) -> Row:
    row = _keys(snapshot, enrolled, id_column="IncomeBenefitsID")
    row["IncomeFromAnySource"] = int(snapshot.income_from_any_source.value)
    row |= _sources(
        snapshot.income_from_any_source, listed={i.source for i in snapshot.incomes}, columns=INCOME_COLUMNS
    )
    if snapshot.income_from_any_source in (NoYesReason.YES, NoYesReason.NO):
        row["TotalMonthlyIncome"] = snapshot.total_monthly_income
    for income in snapshot.incomes:
        column = INCOME_COLUMNS[income.source]
        amount = "OtherIncomeAmount" if column == "OtherIncomeSource" else f"{column}Amount"
        row[amount] = income.monthly_amount
        if column == "OtherIncomeSource" and detail:
            row["OtherIncomeSourceIdentify"] = income.detail[:DETAIL_MAX] or None
    row["BenefitsFromAnySource"] = int(snapshot.benefits_from_any_source.value)
    row |= _sources(snapshot.benefits_from_any_source, listed=set(snapshot.benefits), columns=BENEFIT_COLUMNS)
    if detail and row.get("OtherBenefitsSource") == 1:
        row["OtherBenefitsSourceIdentify"] = snapshot.other_benefit_detail[:DETAIL_MAX] or None
    row["InsuranceFromAnySource"] = int(snapshot.insurance_from_any_source.value)
    row |= _sources(
        snapshot.insurance_from_any_source, listed=set(snapshot.insurance), columns=INSURANCE_COLUMNS
    )
    if detail and row.get("OtherInsurance") == 1:
        row["OtherInsuranceIdentify"] = snapshot.other_insurance_detail[:DETAIL_MAX] or None
    row["DataCollectionStage"] = int(snapshot.stage.value)
    return row | enrolled.trailer(snapshot)


def employment_row(snapshot: OutcomeSnapshot, enrolled: Enrolled) -> Row:
    row = _keys(snapshot, enrolled, id_column="EmploymentEducationID")
    row |= {
        "Employed": int(snapshot.employed.value),
        "EmploymentType": _code(snapshot.employment_type),
        "NotEmployedReason": _code(snapshot.not_employed_reason),
        "DataCollectionStage": int(snapshot.stage.value),
    }
    return row | enrolled.trailer(snapshot)


def health_row(snapshot: OutcomeSnapshot, enrolled: Enrolled) -> Row:
    row = _keys(snapshot, enrolled, id_column="HealthAndDVID")
    row |= {"DomesticViolenceSurvivor": NOT_COLLECTED, "DataCollectionStage": int(snapshot.stage.value)}
    return row | enrolled.trailer(snapshot)


def disability_rows(snapshot: OutcomeSnapshot, enrolled: Enrolled, *, shown: Disclosed) -> list[Row]:
    answers: list[tuple[int, str, DisabilityKind | None]] = [
        (int(DisabilityKind.PHYSICAL.value), snapshot.physical_disability.value, DisabilityKind.PHYSICAL),
        (DEVELOPMENTAL, snapshot.developmental_disability.value, None),
        (int(DisabilityKind.CHRONIC_HEALTH.value), snapshot.chronic_health_condition.value,
         DisabilityKind.CHRONIC_HEALTH),
        (HIV_AIDS, snapshot.hiv_aids.value, None),
        (int(DisabilityKind.MENTAL_HEALTH.value), snapshot.mental_health_disorder.value,
         DisabilityKind.MENTAL_HEALTH),
    ]  # fmt: skip
    if shown.may(snapshot, SUD_PART):
        answers.append(
            (int(DisabilityKind.SUBSTANCE_USE.value), snapshot.substance_use_disorder.value,
             DisabilityKind.SUBSTANCE_USE)
        )  # fmt: skip
    rows = []
    for kind_code, response, kind in answers:
        row = _keys(snapshot, enrolled, id_column="DisabilitiesID")
        # One snapshot makes several rows: each its own id, the snapshot's with the type appended (S32).
        row["DisabilitiesID"] = hmis_id(snapshot.id)[: 32 - 2] + f"{kind_code:02d}"
        impairs = None
        if kind is not None and snapshot.has_disability_of[kind]:
            impairs = int(kind in snapshot.long_term_impairing)
        row |= {
            "DisabilityType": kind_code, "DisabilityResponse": int(response), "IndefiniteAndImpairs": impairs,
            "DataCollectionStage": int(snapshot.stage.value),
        }  # fmt: skip
        rows.append(row | enrolled.trailer(snapshot))
    return rows


def _code(value: Enum | None) -> int | None:
    return None if value is None else int(value.value)
