"""The words a printed report uses for the domain's lists (the app's screens have their own, translated,
in ui/labels.py; a report printed on a headless server cannot use Qt's). HUD's wording where HUD has
one."""

from __future__ import annotations

from leaddesk.domain.enums import NeedDomain, RaceEthnicity, ServiceKind

RACE_ETHNICITY = {
    RaceEthnicity.AMERICAN_INDIAN_ALASKA_NATIVE_INDIGENOUS: "American Indian, Alaska Native, or Indigenous",
    RaceEthnicity.ASIAN_ASIAN_AMERICAN: "Asian or Asian American",
    RaceEthnicity.BLACK_AFRICAN_AMERICAN_AFRICAN: "Black, African American, or African",
    RaceEthnicity.HISPANIC_LATINA_E_O: "Hispanic/Latina/e/o",
    RaceEthnicity.MIDDLE_EASTERN_NORTH_AFRICAN: "Middle Eastern or North African",
    RaceEthnicity.NATIVE_HAWAIIAN_PACIFIC_ISLANDER: "Native Hawaiian or Pacific Islander",
    RaceEthnicity.WHITE: "White",
    RaceEthnicity.DOESNT_KNOW: "Client doesn't know",
    RaceEthnicity.PREFERS_NOT_TO_ANSWER: "Client prefers not to answer",
}
NOT_RECORDED = "Not recorded"

NEED_DOMAIN = {
    NeedDomain.HOUSING: "Housing",
    NeedDomain.FOOD: "Food",
    NeedDomain.HYGIENE: "Hygiene",
    NeedDomain.ID_DOCUMENTS: "ID documents",
    NeedDomain.BENEFITS: "Benefits",
    NeedDomain.INCOME: "Income",
    NeedDomain.SUD_TREATMENT: "SUD treatment",
    NeedDomain.MAT: "MAT",
    NeedDomain.MENTAL_HEALTH: "Mental health",
    NeedDomain.PHYSICAL_HEALTH: "Physical health",
    NeedDomain.LEGAL: "Legal",
    NeedDomain.PHONE: "Phone",
    NeedDomain.TRANSPORT: "Transport",
    NeedDomain.CLOTHING: "Clothing",
    NeedDomain.OTHER: "Other",
}

SERVICE_KIND = {
    ServiceKind.CASE_MANAGEMENT: "Case management",
    ServiceKind.HOUSING: "Housing",
    ServiceKind.MEDICAL: "Medical",
    ServiceKind.MENTAL_HEALTH: "Mental health",
    ServiceKind.SUD_TREATMENT: "SUD treatment",
    ServiceKind.RECOVERY_SUPPORT: "Recovery support",
    ServiceKind.MAT: "MAT",
    ServiceKind.NALOXONE: "Naloxone",
    ServiceKind.NUTRITIONAL_COUNSELING: "Nutritional counseling",
    ServiceKind.PSYCHOLOGICAL_COUNSELING: "Psychological counseling",
    ServiceKind.EMPLOYMENT: "Employment",
    ServiceKind.TRAINING_EDUCATION: "Training and education",
    ServiceKind.CIVIL_LEGAL: "Civil legal",
    ServiceKind.SYSTEM_NAVIGATION: "System navigation",
    ServiceKind.BASIC_NEEDS: "Basic needs",
    ServiceKind.GROCERIES: "Groceries",
    ServiceKind.HYGIENE: "Hygiene",
    ServiceKind.CLOTHING: "Clothing",
    ServiceKind.HOTEL_MOTEL: "Hotel or motel",
    ServiceKind.PHONE: "Phone",
    ServiceKind.TRANSPORT: "Transport",
    ServiceKind.FLEXIBLE_FUNDS: "Flexible funds",
    ServiceKind.OTHER: "Other",
}
