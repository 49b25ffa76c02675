"""The words for the HMIS answers a participant's record and episodes hold (HUD FY2026 HMIS Data
Standards: 3.03.2 DOB data quality, 3.04 race and ethnicity, 3.07/3.08 no/yes/reasons for missing data,
3.12 destination, 4.21 sex, 2.02.6 project type) and the program's exit reasons, in HUD's wording
shortened for a pick list. Kept apart from labels.py, which registers them, so that module stays short."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from leaddesk.domain.enums import Destination as D
from leaddesk.domain.enums import DobDataQuality, ExitReason, NoYesReason, ProjectType, RaceEthnicity, Sex

NO_YES_REASON = {
    NoYesReason.NO: QT_TRANSLATE_NOOP("NoYesReason", "No"),
    NoYesReason.YES: QT_TRANSLATE_NOOP("NoYesReason", "Yes"),
    NoYesReason.DOESNT_KNOW: QT_TRANSLATE_NOOP("NoYesReason", "Client doesn't know"),
    NoYesReason.PREFERS_NOT_TO_ANSWER: QT_TRANSLATE_NOOP("NoYesReason", "Client prefers not to answer"),
    NoYesReason.NOT_COLLECTED: QT_TRANSLATE_NOOP("NoYesReason", "Data not collected"),
}
DOB_DATA_QUALITY = {
    DobDataQuality.FULL: QT_TRANSLATE_NOOP("DobDataQuality", "Full date of birth reported"),
    DobDataQuality.APPROXIMATE_OR_PARTIAL: QT_TRANSLATE_NOOP(
        "DobDataQuality", "Approximate or partial date of birth"
    ),
    DobDataQuality.DOESNT_KNOW: QT_TRANSLATE_NOOP("DobDataQuality", "Client doesn't know"),
    DobDataQuality.PREFERS_NOT_TO_ANSWER: QT_TRANSLATE_NOOP("DobDataQuality", "Client prefers not to answer"),
    DobDataQuality.NOT_COLLECTED: QT_TRANSLATE_NOOP("DobDataQuality", "Data not collected"),
}
SEX = {
    Sex.FEMALE: QT_TRANSLATE_NOOP("Sex", "Female"),
    Sex.MALE: QT_TRANSLATE_NOOP("Sex", "Male"),
    Sex.DOESNT_KNOW: QT_TRANSLATE_NOOP("Sex", "Client doesn't know"),
    Sex.PREFERS_NOT_TO_ANSWER: QT_TRANSLATE_NOOP("Sex", "Client prefers not to answer"),
    Sex.NOT_COLLECTED: QT_TRANSLATE_NOOP("Sex", "Data not collected"),
}
RACE_ETHNICITY = {
    RaceEthnicity.AMERICAN_INDIAN_ALASKA_NATIVE_INDIGENOUS: QT_TRANSLATE_NOOP(
        "RaceEthnicity", "American Indian, Alaska Native, or Indigenous"
    ),
    RaceEthnicity.ASIAN_ASIAN_AMERICAN: QT_TRANSLATE_NOOP("RaceEthnicity", "Asian or Asian American"),
    RaceEthnicity.BLACK_AFRICAN_AMERICAN_AFRICAN: QT_TRANSLATE_NOOP(
        "RaceEthnicity", "Black, African American, or African"
    ),
    RaceEthnicity.HISPANIC_LATINA_E_O: QT_TRANSLATE_NOOP("RaceEthnicity", "Hispanic/Latina/e/o"),
    RaceEthnicity.MIDDLE_EASTERN_NORTH_AFRICAN: QT_TRANSLATE_NOOP(
        "RaceEthnicity", "Middle Eastern or North African"
    ),
    RaceEthnicity.NATIVE_HAWAIIAN_PACIFIC_ISLANDER: QT_TRANSLATE_NOOP(
        "RaceEthnicity", "Native Hawaiian or Pacific Islander"
    ),
    RaceEthnicity.WHITE: QT_TRANSLATE_NOOP("RaceEthnicity", "White"),
    RaceEthnicity.DOESNT_KNOW: QT_TRANSLATE_NOOP("RaceEthnicity", "Client doesn't know"),
    RaceEthnicity.PREFERS_NOT_TO_ANSWER: QT_TRANSLATE_NOOP("RaceEthnicity", "Client prefers not to answer"),
}
PROJECT_TYPE = {
    ProjectType.STREET_OUTREACH: QT_TRANSLATE_NOOP("ProjectType", "Street outreach"),
    ProjectType.SERVICES_ONLY: QT_TRANSLATE_NOOP("ProjectType", "Services only"),
}
# Never punitive: an exit is a life event or the program's own choice (domain/enums.py ExitReason).
EXIT_REASON = {
    ExitReason.MOVED_AWAY: QT_TRANSLATE_NOOP("ExitReason", "Moved away"),
    ExitReason.COMPLETED_PLAN: QT_TRANSLATE_NOOP("ExitReason", "Completed their plan"),
    ExitReason.IN_TREATMENT: QT_TRANSLATE_NOOP("ExitReason", "In residential treatment"),
    ExitReason.INCARCERATED_LONG_TERM: QT_TRANSLATE_NOOP("ExitReason", "Long jail or prison sentence"),
    ExitReason.DIED: QT_TRANSLATE_NOOP("ExitReason", "Died"),
    ExitReason.NO_CONTACT: QT_TRANSLATE_NOOP("ExitReason", "Out of contact for a long time"),
    ExitReason.OTHER: QT_TRANSLATE_NOOP("ExitReason", "Other"),
}
DESTINATION = {
    D.PLACE_NOT_MEANT_FOR_HABITATION: QT_TRANSLATE_NOOP(
        "Destination", "Place not meant for habitation (street, car, park)"
    ),
    D.EMERGENCY_SHELTER: QT_TRANSLATE_NOOP(
        "Destination", "Emergency shelter (incl. motel paid by a voucher)"
    ),
    D.SAFE_HAVEN: QT_TRANSLATE_NOOP("Destination", "Safe Haven"),
    D.FOSTER_CARE: QT_TRANSLATE_NOOP("Destination", "Foster care home or group home"),
    D.HOSPITAL_NON_PSYCHIATRIC: QT_TRANSLATE_NOOP("Destination", "Hospital or other medical facility"),
    D.JAIL_PRISON_DETENTION: QT_TRANSLATE_NOOP("Destination", "Jail, prison or juvenile detention"),
    D.LONG_TERM_CARE: QT_TRANSLATE_NOOP("Destination", "Long-term care facility or nursing home"),
    D.PSYCHIATRIC_HOSPITAL: QT_TRANSLATE_NOOP("Destination", "Psychiatric hospital or facility"),
    D.SUD_TREATMENT_FACILITY: QT_TRANSLATE_NOOP("Destination", "Substance use treatment facility or detox"),
    D.TRANSITIONAL_HOUSING: QT_TRANSLATE_NOOP("Destination", "Transitional housing for homeless persons"),
    D.HOPWA_TRANSITIONAL: QT_TRANSLATE_NOOP("Destination", "Moved to HOPWA transitional housing"),
    D.RESIDENTIAL_NO_HOMELESS_CRITERIA: QT_TRANSLATE_NOOP(
        "Destination", "Residential project or halfway house (no homeless criteria)"
    ),
    D.HOTEL_MOTEL_NO_VOUCHER: QT_TRANSLATE_NOOP("Destination", "Hotel or motel paid without a voucher"),
    D.HOST_HOME: QT_TRANSLATE_NOOP("Destination", "Host home (non-crisis)"),
    D.FAMILY_TEMPORARY: QT_TRANSLATE_NOOP("Destination", "Staying with family (temporary)"),
    D.FRIENDS_TEMPORARY: QT_TRANSLATE_NOOP("Destination", "Staying with friends (temporary)"),
    D.FAMILY_PERMANENT: QT_TRANSLATE_NOOP("Destination", "Living with family (permanent tenure)"),
    D.FRIENDS_PERMANENT: QT_TRANSLATE_NOOP("Destination", "Living with friends (permanent tenure)"),
    D.HOPWA_PERMANENT: QT_TRANSLATE_NOOP("Destination", "Moved to HOPWA permanent housing"),
    D.RENTAL_WITH_SUBSIDY: QT_TRANSLATE_NOOP("Destination", "Rental, with ongoing housing subsidy"),
    D.RENTAL_NO_SUBSIDY: QT_TRANSLATE_NOOP("Destination", "Rental, no ongoing subsidy"),
    D.OWNED_NO_SUBSIDY: QT_TRANSLATE_NOOP("Destination", "Owned, no ongoing subsidy"),
    D.OWNED_WITH_SUBSIDY: QT_TRANSLATE_NOOP("Destination", "Owned, with ongoing subsidy"),
    D.DECEASED: QT_TRANSLATE_NOOP("Destination", "Deceased"),
    D.NO_EXIT_INTERVIEW: QT_TRANSLATE_NOOP("Destination", "No exit interview completed"),
    D.OTHER: QT_TRANSLATE_NOOP("Destination", "Other"),
    D.DOESNT_KNOW: QT_TRANSLATE_NOOP("Destination", "Client doesn't know"),
    D.PREFERS_NOT_TO_ANSWER: QT_TRANSLATE_NOOP("Destination", "Client prefers not to answer"),
    D.NOT_COLLECTED: QT_TRANSLATE_NOOP("Destination", "Data not collected"),
}
