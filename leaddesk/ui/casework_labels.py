"""The words for issue 13's casework lists (domain/casework_codes.py) and HMIS outcome lists
(domain/outcome_codes.py), in explicit tables as ui/labels.py keeps the others; labels.py registers them
in its ENUM_LABELS, so `enum_label` finds them. HUD's wording where HUD has one (FY2026 HMIS Data
Standards), shortened only where a combo box would cut it."""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from leaddesk.domain.casework_codes import (
    ChargeLevel,
    Disposition,
    HandoffOutcome,
    LegalSource,
    ProsecutorDecision,
    ReferralAcceptance,
)
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

ACCEPTANCE = {
    ReferralAcceptance.PENDING: QT_TRANSLATE_NOOP("ReferralAcceptance", "Not decided yet"),
    ReferralAcceptance.ACCEPTED: QT_TRANSLATE_NOOP("ReferralAcceptance", "Accepted"),
    ReferralAcceptance.DECLINED: QT_TRANSLATE_NOOP("ReferralAcceptance", "Declined"),
}
HANDOFF = {
    HandoffOutcome.PENDING: QT_TRANSLATE_NOOP("HandoffOutcome", "Waiting for the hand-off"),
    HandoffOutcome.MET: QT_TRANSLATE_NOOP("HandoffOutcome", "Met"),
    HandoffOutcome.NOT_LOCATED: QT_TRANSLATE_NOOP("HandoffOutcome", "Could not locate"),
    HandoffOutcome.DECLINED: QT_TRANSLATE_NOOP("HandoffOutcome", "Declined to meet"),
}
PROSECUTOR_DECISION = {
    ProsecutorDecision.PENDING: QT_TRANSLATE_NOOP("ProsecutorDecision", "Pending"),
    ProsecutorDecision.DECLINED_TO_FILE: QT_TRANSLATE_NOOP("ProsecutorDecision", "Declined to file"),
    ProsecutorDecision.DEFERRED: QT_TRANSLATE_NOOP("ProsecutorDecision", "Filing deferred"),
    ProsecutorDecision.DIVERTED: QT_TRANSLATE_NOOP("ProsecutorDecision", "Filed, then diverted"),
    ProsecutorDecision.FILED: QT_TRANSLATE_NOOP("ProsecutorDecision", "Filed"),
}
CHARGE_LEVEL = {
    ChargeLevel.FELONY: QT_TRANSLATE_NOOP("ChargeLevel", "Felony"),
    ChargeLevel.GROSS_MISDEMEANOR: QT_TRANSLATE_NOOP("ChargeLevel", "Gross misdemeanor"),
    ChargeLevel.MISDEMEANOR: QT_TRANSLATE_NOOP("ChargeLevel", "Misdemeanor"),
    ChargeLevel.INFRACTION: QT_TRANSLATE_NOOP("ChargeLevel", "Infraction or violation"),
    ChargeLevel.UNKNOWN: QT_TRANSLATE_NOOP("ChargeLevel", "Unknown"),
}
DISPOSITION = {
    Disposition.PENDING: QT_TRANSLATE_NOOP("Disposition", "Pending"),
    Disposition.DISMISSED: QT_TRANSLATE_NOOP("Disposition", "Dismissed"),
    Disposition.CONVICTED: QT_TRANSLATE_NOOP("Disposition", "Convicted"),
    Disposition.ACQUITTED: QT_TRANSLATE_NOOP("Disposition", "Acquitted"),
    Disposition.DIVERTED: QT_TRANSLATE_NOOP("Disposition", "Diverted"),
    Disposition.DEFERRED: QT_TRANSLATE_NOOP("Disposition", "Deferred"),
    Disposition.OTHER: QT_TRANSLATE_NOOP("Disposition", "Other"),
}
LEGAL_SOURCE = {
    LegalSource.SELF_REPORT: QT_TRANSLATE_NOOP("LegalSource", "Self-report"),
    LegalSource.COURT_RECORD: QT_TRANSLATE_NOOP("LegalSource", "Court record"),
    LegalSource.JAIL_ROSTER: QT_TRANSLATE_NOOP("LegalSource", "Jail roster"),
}
STAGE = {
    DataCollectionStage.ENTRY: QT_TRANSLATE_NOOP("DataCollectionStage", "Entry"),
    DataCollectionStage.REVIEW: QT_TRANSLATE_NOOP("DataCollectionStage", "Review"),
    DataCollectionStage.ANNUAL: QT_TRANSLATE_NOOP("DataCollectionStage", "Annual assessment"),
    DataCollectionStage.EXIT: QT_TRANSLATE_NOOP("DataCollectionStage", "Exit"),
}
INCOME_SOURCE = {
    IncomeSource.EARNED: QT_TRANSLATE_NOOP("IncomeSource", "Earned income"),
    IncomeSource.UNEMPLOYMENT: QT_TRANSLATE_NOOP("IncomeSource", "Unemployment insurance"),
    IncomeSource.SSI: QT_TRANSLATE_NOOP("IncomeSource", "Supplemental Security Income (SSI)"),
    IncomeSource.SSDI: QT_TRANSLATE_NOOP("IncomeSource", "Social Security Disability Insurance (SSDI)"),
    IncomeSource.VA_DISABILITY_SERVICE: QT_TRANSLATE_NOOP(
        "IncomeSource", "VA service-connected disability compensation"
    ),
    IncomeSource.VA_DISABILITY_NON_SERVICE: QT_TRANSLATE_NOOP(
        "IncomeSource", "VA non-service-connected disability pension"
    ),
    IncomeSource.PRIVATE_DISABILITY: QT_TRANSLATE_NOOP("IncomeSource", "Private disability insurance"),
    IncomeSource.WORKERS_COMP: QT_TRANSLATE_NOOP("IncomeSource", "Worker's compensation"),
    IncomeSource.TANF: QT_TRANSLATE_NOOP("IncomeSource", "TANF"),
    IncomeSource.GENERAL_ASSISTANCE: QT_TRANSLATE_NOOP("IncomeSource", "General assistance"),
    IncomeSource.SOCIAL_SECURITY_RETIREMENT: QT_TRANSLATE_NOOP(
        "IncomeSource", "Retirement income from Social Security"
    ),
    IncomeSource.PENSION: QT_TRANSLATE_NOOP("IncomeSource", "Pension from a former job"),
    IncomeSource.CHILD_SUPPORT: QT_TRANSLATE_NOOP("IncomeSource", "Child support"),
    IncomeSource.ALIMONY: QT_TRANSLATE_NOOP("IncomeSource", "Alimony or other spousal support"),
    IncomeSource.OTHER: QT_TRANSLATE_NOOP("IncomeSource", "Other source"),
}
NON_CASH_BENEFIT = {
    NonCashBenefit.SNAP: QT_TRANSLATE_NOOP("NonCashBenefit", "SNAP (food stamps)"),
    NonCashBenefit.WIC: QT_TRANSLATE_NOOP("NonCashBenefit", "WIC"),
    NonCashBenefit.TANF_CHILD_CARE: QT_TRANSLATE_NOOP("NonCashBenefit", "TANF child care"),
    NonCashBenefit.TANF_TRANSPORTATION: QT_TRANSLATE_NOOP("NonCashBenefit", "TANF transportation"),
    NonCashBenefit.OTHER_TANF: QT_TRANSLATE_NOOP("NonCashBenefit", "Other TANF-funded services"),
    NonCashBenefit.OTHER: QT_TRANSLATE_NOOP("NonCashBenefit", "Other source"),
}
HEALTH_INSURANCE = {
    HealthInsurance.MEDICAID: QT_TRANSLATE_NOOP("HealthInsurance", "Medicaid"),
    HealthInsurance.MEDICARE: QT_TRANSLATE_NOOP("HealthInsurance", "Medicare"),
    HealthInsurance.SCHIP: QT_TRANSLATE_NOOP("HealthInsurance", "State Children's Health Insurance"),
    HealthInsurance.VA_MEDICAL_SERVICES: QT_TRANSLATE_NOOP("HealthInsurance", "VA medical services"),
    HealthInsurance.EMPLOYER_PROVIDED: QT_TRANSLATE_NOOP("HealthInsurance", "Employer-provided"),
    HealthInsurance.COBRA: QT_TRANSLATE_NOOP("HealthInsurance", "COBRA"),
    HealthInsurance.PRIVATE_PAY: QT_TRANSLATE_NOOP("HealthInsurance", "Private pay"),
    HealthInsurance.STATE_ADULT: QT_TRANSLATE_NOOP("HealthInsurance", "State health insurance for adults"),
    HealthInsurance.INDIAN_HEALTH_SERVICES: QT_TRANSLATE_NOOP("HealthInsurance", "Indian Health Services"),
    HealthInsurance.OTHER: QT_TRANSLATE_NOOP("HealthInsurance", "Other"),
}
SUBSTANCE_USE = {
    SubstanceUseDisorder.NO: QT_TRANSLATE_NOOP("SubstanceUseDisorder", "No"),
    SubstanceUseDisorder.ALCOHOL: QT_TRANSLATE_NOOP("SubstanceUseDisorder", "Alcohol use disorder"),
    SubstanceUseDisorder.DRUG: QT_TRANSLATE_NOOP("SubstanceUseDisorder", "Drug use disorder"),
    SubstanceUseDisorder.BOTH: QT_TRANSLATE_NOOP(
        "SubstanceUseDisorder", "Both alcohol and drug use disorders"
    ),
    SubstanceUseDisorder.DOESNT_KNOW: QT_TRANSLATE_NOOP("SubstanceUseDisorder", "Client doesn't know"),
    SubstanceUseDisorder.PREFERS_NOT_TO_ANSWER: QT_TRANSLATE_NOOP(
        "SubstanceUseDisorder", "Client prefers not to answer"
    ),
    SubstanceUseDisorder.NOT_COLLECTED: QT_TRANSLATE_NOOP("SubstanceUseDisorder", "Data not collected"),
}
DISABILITY_KIND = {
    DisabilityKind.PHYSICAL: QT_TRANSLATE_NOOP("DisabilityKind", "Physical disability"),
    DisabilityKind.CHRONIC_HEALTH: QT_TRANSLATE_NOOP("DisabilityKind", "Chronic health condition"),
    DisabilityKind.MENTAL_HEALTH: QT_TRANSLATE_NOOP("DisabilityKind", "Mental health disorder"),
    DisabilityKind.SUBSTANCE_USE: QT_TRANSLATE_NOOP("DisabilityKind", "Substance use disorder"),
}
EMPLOYMENT_TYPE = {
    EmploymentType.FULL_TIME: QT_TRANSLATE_NOOP("EmploymentType", "Full-time"),
    EmploymentType.PART_TIME: QT_TRANSLATE_NOOP("EmploymentType", "Part-time"),
    EmploymentType.SEASONAL_OR_SPORADIC: QT_TRANSLATE_NOOP(
        "EmploymentType", "Seasonal or sporadic (day labour too)"
    ),
}
NOT_EMPLOYED_REASON = {
    NotEmployedReason.LOOKING_FOR_WORK: QT_TRANSLATE_NOOP("NotEmployedReason", "Looking for work"),
    NotEmployedReason.UNABLE_TO_WORK: QT_TRANSLATE_NOOP("NotEmployedReason", "Unable to work"),
    NotEmployedReason.NOT_LOOKING_FOR_WORK: QT_TRANSLATE_NOOP("NotEmployedReason", "Not looking for work"),
}
# HMIS 1.8 as the outcome form asks it (developer A's screens may label the same list for veteran status
# and disabling condition; the lead keeps one table when merging).
CASEWORK_ENUM_LABELS: dict[type[Enum], tuple[str, Mapping[Any, str]]] = {
    ReferralAcceptance: ("ReferralAcceptance", ACCEPTANCE),
    HandoffOutcome: ("HandoffOutcome", HANDOFF),
    ProsecutorDecision: ("ProsecutorDecision", PROSECUTOR_DECISION),
    ChargeLevel: ("ChargeLevel", CHARGE_LEVEL),
    Disposition: ("Disposition", DISPOSITION),
    LegalSource: ("LegalSource", LEGAL_SOURCE),
    DataCollectionStage: ("DataCollectionStage", STAGE),
    IncomeSource: ("IncomeSource", INCOME_SOURCE),
    NonCashBenefit: ("NonCashBenefit", NON_CASH_BENEFIT),
    HealthInsurance: ("HealthInsurance", HEALTH_INSURANCE),
    SubstanceUseDisorder: ("SubstanceUseDisorder", SUBSTANCE_USE),
    DisabilityKind: ("DisabilityKind", DISABILITY_KIND),
    EmploymentType: ("EmploymentType", EMPLOYMENT_TYPE),
    NotEmployedReason: ("NotEmployedReason", NOT_EMPLOYED_REASON),
}
