"""HUD's HMIS code lists an outcome snapshot records against (FY2026 HMIS Data Standards, effective
2025-10-01; HMIS CSV FY2026 IncomeBenefits.csv, Disabilities.csv, EmploymentEducation.csv). Where HUD
gives a list its own codes, the values are those codes; where the CSV has a yes/no column per answer
(4.02-4.04), the value names the answer in our own words and a table at the end names its column."""

from __future__ import annotations

from enum import StrEnum
from types import MappingProxyType


class DataCollectionStage(StrEnum):
    """HMIS 5.03 Data Collection Stage: when the answers were taken. A LEAD program takes them at
    entry, at its reviews (an "update" in HMIS), at the annual assessment HMIS asks of a stay over a
    year, and at exit."""

    ENTRY = "1"  # project start
    REVIEW = "2"  # update
    EXIT = "3"  # project exit
    ANNUAL = "5"  # annual assessment


class IncomeSource(StrEnum):
    """HMIS 4.02 Income and Sources: each source has its monthly amount (IncomeBenefits.csv
    `<Source>` and `<Source>Amount`; "other" also `OtherIncomeSourceIdentify`)."""

    EARNED = "earned"
    UNEMPLOYMENT = "unemployment"
    SSI = "ssi"
    SSDI = "ssdi"
    VA_DISABILITY_SERVICE = "va_disability_service"
    VA_DISABILITY_NON_SERVICE = "va_disability_non_service"
    PRIVATE_DISABILITY = "private_disability"
    WORKERS_COMP = "workers_comp"
    TANF = "tanf"
    GENERAL_ASSISTANCE = "general_assistance"
    SOCIAL_SECURITY_RETIREMENT = "social_security_retirement"
    PENSION = "pension"
    CHILD_SUPPORT = "child_support"
    ALIMONY = "alimony"
    OTHER = "other"


class NonCashBenefit(StrEnum):
    """HMIS 4.03 Non-Cash Benefits ("other" also `OtherBenefitsSourceIdentify`)."""

    SNAP = "snap"
    WIC = "wic"
    TANF_CHILD_CARE = "tanf_child_care"
    TANF_TRANSPORTATION = "tanf_transportation"
    OTHER_TANF = "other_tanf"
    OTHER = "other"


class HealthInsurance(StrEnum):
    """HMIS 4.04 Health Insurance ("other" also `OtherInsuranceIdentify`)."""

    MEDICAID = "medicaid"
    MEDICARE = "medicare"
    SCHIP = "schip"
    VA_MEDICAL_SERVICES = "va_medical_services"
    EMPLOYER_PROVIDED = "employer_provided"
    COBRA = "cobra"
    PRIVATE_PAY = "private_pay"
    STATE_ADULT = "state_adult"  # state health insurance for adults
    INDIAN_HEALTH_SERVICES = "indian_health_services"
    OTHER = "other"


class SubstanceUseDisorder(StrEnum):
    """HMIS 4.10 Substance Use Disorder: its own answer list (Disabilities.csv `DisabilityResponse`
    where `DisabilityType` is 10), not the plain no/yes of 4.05-4.09."""

    NO = "0"
    ALCOHOL = "1"
    DRUG = "2"
    BOTH = "3"
    DOESNT_KNOW = "8"
    PREFERS_NOT_TO_ANSWER = "9"
    NOT_COLLECTED = "99"

    @property
    def is_disorder(self) -> bool:
        return self in (SubstanceUseDisorder.ALCOHOL, SubstanceUseDisorder.DRUG, SubstanceUseDisorder.BOTH)


class DisabilityKind(StrEnum):
    """HMIS 4.05-4.10 by `DisabilityType` code: the disabilities that can be "expected to be of
    long-continued and indefinite duration and substantially impair the ability to live
    independently" (4.05, 4.07, 4.09, 4.10 ask it; 4.06 and 4.08 are disabling by definition)."""

    PHYSICAL = "5"
    CHRONIC_HEALTH = "7"
    MENTAL_HEALTH = "9"
    SUBSTANCE_USE = "10"


class EmploymentType(StrEnum):
    """HMIS R6 Employment Status, B Type of Employment (EmploymentEducation.csv `EmploymentType`)."""

    FULL_TIME = "1"
    PART_TIME = "2"
    SEASONAL_OR_SPORADIC = "3"  # day labour included


class NotEmployedReason(StrEnum):
    """HMIS R6 Employment Status, C Why Not Employed (EmploymentEducation.csv `NotEmployedReason`)."""

    LOOKING_FOR_WORK = "1"
    UNABLE_TO_WORK = "2"
    NOT_LOOKING_FOR_WORK = "3"


# IncomeBenefits.csv: each source's yes/no column; its amount is the same name + "Amount", except
# "other" (OtherIncomeSource / OtherIncomeAmount / OtherIncomeSourceIdentify).
INCOME_COLUMNS = MappingProxyType(
    {
        IncomeSource.EARNED: "Earned",
        IncomeSource.UNEMPLOYMENT: "Unemployment",
        IncomeSource.SSI: "SSI",
        IncomeSource.SSDI: "SSDI",
        IncomeSource.VA_DISABILITY_SERVICE: "VADisabilityService",
        IncomeSource.VA_DISABILITY_NON_SERVICE: "VADisabilityNonService",
        IncomeSource.PRIVATE_DISABILITY: "PrivateDisability",
        IncomeSource.WORKERS_COMP: "WorkersComp",
        IncomeSource.TANF: "TANF",
        IncomeSource.GENERAL_ASSISTANCE: "GA",
        IncomeSource.SOCIAL_SECURITY_RETIREMENT: "SocSecRetirement",
        IncomeSource.PENSION: "Pension",
        IncomeSource.CHILD_SUPPORT: "ChildSupport",
        IncomeSource.ALIMONY: "Alimony",
        IncomeSource.OTHER: "OtherIncomeSource",
    }
)
BENEFIT_COLUMNS = MappingProxyType(
    {
        NonCashBenefit.SNAP: "SNAP",
        NonCashBenefit.WIC: "WIC",
        NonCashBenefit.TANF_CHILD_CARE: "TANFChildCare",
        NonCashBenefit.TANF_TRANSPORTATION: "TANFTransportation",
        NonCashBenefit.OTHER_TANF: "OtherTANF",
        NonCashBenefit.OTHER: "OtherBenefitsSource",
    }
)
INSURANCE_COLUMNS = MappingProxyType(
    {
        HealthInsurance.MEDICAID: "Medicaid",
        HealthInsurance.MEDICARE: "Medicare",
        HealthInsurance.SCHIP: "SCHIP",
        HealthInsurance.VA_MEDICAL_SERVICES: "VHAServices",
        HealthInsurance.EMPLOYER_PROVIDED: "EmployerProvided",
        HealthInsurance.COBRA: "COBRA",
        HealthInsurance.PRIVATE_PAY: "PrivatePay",
        HealthInsurance.STATE_ADULT: "StateHealthIns",
        HealthInsurance.INDIAN_HEALTH_SERVICES: "IndianHealthServices",
        HealthInsurance.OTHER: "OtherInsurance",
    }
)
