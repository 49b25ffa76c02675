"""The closed lists a LEAD program records against, in the field's own words."""

from __future__ import annotations

from enum import StrEnum


class ParticipantStatus(StrEnum):
    REFERRED = "referred"
    ENGAGED = "engaged"
    ACTIVE = "active"
    INACTIVE = "inactive"
    IN_THE_WIND = "in_the_wind"
    EXITED = "exited"


class Sex(StrEnum):
    """HMIS FY2026 data element 4.21 Sex (new in FY2026, effective 2025-10-01, as 3.06 Gender left the
    universal elements). The values predate the HMIS codes and are stored as they are; an export takes
    the code from `leaddesk.domain.hmis.SEX_CODES` (0 female, 1 male, 8, 9, 99)."""

    FEMALE = "female"
    MALE = "male"
    DOESNT_KNOW = "doesnt_know"
    PREFERS_NOT_TO_ANSWER = "prefers_not_to_answer"
    NOT_COLLECTED = "not_collected"


class RaceEthnicity(StrEnum):
    """HMIS FY2026 3.04 Race and Ethnicity, one or more per person; kept for disparity reporting. The
    HMIS CSV carries one yes/no column per answer (`leaddesk.domain.hmis.RACE_COLUMNS`); the free text
    beside it is the participant's `additional_race_ethnicity` (3.04.A Additional Race and Ethnicity
    Detail)."""

    AMERICAN_INDIAN_ALASKA_NATIVE_INDIGENOUS = "american_indian_alaska_native_indigenous"
    ASIAN_ASIAN_AMERICAN = "asian_asian_american"
    BLACK_AFRICAN_AMERICAN_AFRICAN = "black_african_american_african"
    HISPANIC_LATINA_E_O = "hispanic_latina_e_o"
    MIDDLE_EASTERN_NORTH_AFRICAN = "middle_eastern_north_african"
    NATIVE_HAWAIIAN_PACIFIC_ISLANDER = "native_hawaiian_pacific_islander"
    WHITE = "white"
    DOESNT_KNOW = "doesnt_know"
    PREFERS_NOT_TO_ANSWER = "prefers_not_to_answer"


class NoYesReason(StrEnum):
    """HMIS list 1.8 "No/Yes/Reasons for Missing Data", used by 3.07 Veteran Status and 3.08 Disabling
    Condition; the values are the HMIS codes an export carries."""

    NO = "0"
    YES = "1"
    DOESNT_KNOW = "8"
    PREFERS_NOT_TO_ANSWER = "9"
    NOT_COLLECTED = "99"


class DobDataQuality(StrEnum):
    """HMIS FY2026 3.03.2 DOB Data Quality; the values are the HMIS codes."""

    FULL = "1"
    APPROXIMATE_OR_PARTIAL = "2"
    DOESNT_KNOW = "8"
    PREFERS_NOT_TO_ANSWER = "9"
    NOT_COLLECTED = "99"

    @property
    def has_date(self) -> bool:
        """Whether a date of birth goes with this answer (HMIS: only with 1 and 2)."""
        return self in (DobDataQuality.FULL, DobDataQuality.APPROXIMATE_OR_PARTIAL)


class ReferralDoor(StrEnum):
    """The three ways into LEAD (LEAD Support Bureau toolkit)."""

    ARREST_DIVERSION = "arrest_diversion"
    SOCIAL_CONTACT = "social_contact"
    COMMUNITY = "community"


class EligibilityDecision(StrEnum):
    PENDING = "pending"
    ELIGIBLE = "eligible"
    NOT_ELIGIBLE = "not_eligible"


class ConsentKind(StrEnum):
    GENERAL = "general"
    CRIMINAL_JUSTICE = "criminal_justice"  # 42 CFR 2.35: may be irrevocable for a period


class NeedDomain(StrEnum):
    HOUSING = "housing"
    FOOD = "food"
    HYGIENE = "hygiene"
    ID_DOCUMENTS = "id_documents"
    BENEFITS = "benefits"
    INCOME = "income"
    SUD_TREATMENT = "sud_treatment"
    MAT = "mat"
    MENTAL_HEALTH = "mental_health"
    PHYSICAL_HEALTH = "physical_health"
    LEGAL = "legal"
    PHONE = "phone"
    TRANSPORT = "transport"
    CLOTHING = "clothing"
    OTHER = "other"


class Urgency(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    ACUTE = "acute"  # "acute needs first"


class NeedStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    MET = "met"
    NO_LONGER_NEEDED = "no_longer_needed"

    @property
    def is_open(self) -> bool:
        return self in (NeedStatus.OPEN, NeedStatus.IN_PROGRESS)


class GoalStatus(StrEnum):
    ACTIVE = "active"
    ACHIEVED = "achieved"
    ON_HOLD = "on_hold"
    SET_ASIDE = "set_aside"


class ContactKind(StrEnum):
    STREET = "street"
    OFFICE = "office"
    PHONE = "phone"
    COURT = "court"
    JAIL = "jail"
    HOSPITAL = "hospital"
    SHELTER = "shelter"


class ServiceKind(StrEnum):
    """California PC 1001.86's service list, plus the harm-reduction services funders count."""

    CASE_MANAGEMENT = "case_management"
    HOUSING = "housing"
    MEDICAL = "medical"
    MENTAL_HEALTH = "mental_health"
    SUD_TREATMENT = "sud_treatment"
    RECOVERY_SUPPORT = "recovery_support"
    MAT = "mat"
    NALOXONE = "naloxone"
    NUTRITIONAL_COUNSELING = "nutritional_counseling"
    PSYCHOLOGICAL_COUNSELING = "psychological_counseling"
    EMPLOYMENT = "employment"
    TRAINING_EDUCATION = "training_education"
    CIVIL_LEGAL = "civil_legal"
    SYSTEM_NAVIGATION = "system_navigation"
    BASIC_NEEDS = "basic_needs"
    # Issue 13: what LEAD teams buy or hand out most, counted apart for funders and unit costs.
    GROCERIES = "groceries"
    HYGIENE = "hygiene"
    CLOTHING = "clothing"
    HOTEL_MOTEL = "hotel_motel"
    PHONE = "phone"
    TRANSPORT = "transport"
    FLEXIBLE_FUNDS = "flexible_funds"
    OTHER = "other"


class LegalEventKind(StrEnum):
    ARREST = "arrest"
    CITATION = "citation"
    CHARGE_FILED = "charge_filed"
    CHARGE_DECLINED = "charge_declined"
    COURT_DATE = "court_date"
    WARRANT = "warrant"
    BOOKING = "booking"
    RELEASE = "release"


class ProsecutorCoordination(StrEnum):
    NOT_NEEDED = "not_needed"
    TO_COORDINATE = "to_coordinate"
    SENT_TO_PROSECUTOR = "sent_to_prosecutor"
    COORDINATED = "coordinated"
    DECLINED_TO_FILE = "declined_to_file"


class LivingSituation(StrEnum):
    """HMIS 3.12 living situations; the code is what an HMIS CSV export carries."""

    PLACE_NOT_MEANT_FOR_HABITATION = "116"
    EMERGENCY_SHELTER = "101"
    SAFE_HAVEN = "118"
    FOSTER_CARE = "215"
    HOSPITAL_NON_PSYCHIATRIC = "206"
    JAIL_PRISON_DETENTION = "207"
    LONG_TERM_CARE = "225"
    PSYCHIATRIC_HOSPITAL = "204"
    SUD_TREATMENT_FACILITY = "205"
    TRANSITIONAL_HOUSING = "302"
    RESIDENTIAL_NO_HOMELESS_CRITERIA = "329"
    HOTEL_MOTEL_NO_VOUCHER = "314"
    HOST_HOME = "332"
    FAMILY_TEMPORARY = "312"
    FRIENDS_TEMPORARY = "313"
    FAMILY_PERMANENT = "422"
    FRIENDS_PERMANENT = "423"
    RENTAL_WITH_SUBSIDY = "435"
    RENTAL_NO_SUBSIDY = "410"
    OWNED_NO_SUBSIDY = "411"
    OWNED_WITH_SUBSIDY = "421"
    OTHER = "17"
    DOESNT_KNOW = "8"
    PREFERS_NOT_TO_ANSWER = "9"
    NOT_COLLECTED = "99"

    @property
    def is_homeless(self) -> bool:
        return self in (
            LivingSituation.PLACE_NOT_MEANT_FOR_HABITATION,
            LivingSituation.EMERGENCY_SHELTER,
            LivingSituation.SAFE_HAVEN,
        )


class Destination(StrEnum):
    """HMIS FY2026 3.12 Destination, where a participant goes at exit; the values are the HMIS codes.
    Not `LivingSituation` (3.917/4.12): 3.12 adds Deceased (24), No exit interview completed (30) and
    the two HOPWA moves (327, 426), which an exit needs and a living situation does not."""

    PLACE_NOT_MEANT_FOR_HABITATION = "116"
    EMERGENCY_SHELTER = "101"
    SAFE_HAVEN = "118"
    FOSTER_CARE = "215"
    HOSPITAL_NON_PSYCHIATRIC = "206"
    JAIL_PRISON_DETENTION = "207"
    LONG_TERM_CARE = "225"
    PSYCHIATRIC_HOSPITAL = "204"
    SUD_TREATMENT_FACILITY = "205"
    TRANSITIONAL_HOUSING = "302"
    HOPWA_TRANSITIONAL = "327"
    RESIDENTIAL_NO_HOMELESS_CRITERIA = "329"
    HOTEL_MOTEL_NO_VOUCHER = "314"
    HOST_HOME = "332"
    FAMILY_TEMPORARY = "312"
    FRIENDS_TEMPORARY = "313"
    FAMILY_PERMANENT = "422"
    FRIENDS_PERMANENT = "423"
    HOPWA_PERMANENT = "426"
    RENTAL_WITH_SUBSIDY = "435"
    RENTAL_NO_SUBSIDY = "410"
    OWNED_NO_SUBSIDY = "411"
    OWNED_WITH_SUBSIDY = "421"
    DECEASED = "24"
    NO_EXIT_INTERVIEW = "30"
    OTHER = "17"
    DOESNT_KNOW = "8"
    PREFERS_NOT_TO_ANSWER = "9"
    NOT_COLLECTED = "99"


class ProjectType(StrEnum):
    """HMIS 2.02.6 Project Type: a LEAD episode is street outreach or services only."""

    STREET_OUTREACH = "4"
    SERVICES_ONLY = "6"


class ExitReason(StrEnum):
    """Why an episode ended, in words that blame no one: LEAD participants "cannot fail out" (LEAD
    Support Bureau; docs domain.md), so an exit is a life event or the program's own choice, never a
    sanction. How many months make "no contact" is the program's setting, not part of the reason."""

    MOVED_AWAY = "moved_away"
    COMPLETED_PLAN = "completed_plan"
    IN_TREATMENT = "in_treatment"
    INCARCERATED_LONG_TERM = "incarcerated_long_term"
    DIED = "died"
    NO_CONTACT = "no_contact"
    OTHER = "other"


class ConflictKind(StrEnum):
    """What a sync conflict asks a person to settle."""

    FIELD = "field"  # two people changed one field without seeing each other's value
    RULE = "rule"  # a change that, merged with another, broke a rule across fields: set aside whole


class AuditAction(StrEnum):
    VIEW = "view"
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    EXPORT = "export"
    PRINT = "print"
    DISCLOSE = "disclose"
    UNLOCK = "unlock"
    LOCK = "lock"
    FAILED_UNLOCK = "failed_unlock"
    SIGN = "sign"


class RevokeMode(StrEnum):
    """How an administrator revoked a laptop (the server says so at the laptop's next contact)."""

    LOST = "lost"  # wipe the profile on contact
    RETIRED = "retired"  # allow a final push, then wipe


class Role(StrEnum):
    """What a user may see and do, as the server knows them: a case manager sees their teams'
    participants; a supervisor also reassigns them (case manager, team); an admin sees every team. An
    officer (issue 19) sees no team and holds no device: they only send referrals from the server's
    referral page and see their own referrals' status."""

    CASE_MANAGER = "case_manager"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"
    OFFICER = "officer"
