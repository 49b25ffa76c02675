"""Which HUD service record a LEAD service becomes in Services.csv. HUD's CSV has no general service
record: its record types belong to federal partner programs (1.4 RecordType). Street outreach's are
PATH's, so a LEAD service goes as a PATH service (141, list P1.2) and a referral made as a PATH referral
(161, list P2.2) where PATH's list has its kind; the project's funder is not PATH (Funder.csv says so),
so no PATH report counts them. A kind PATH's list has no place for (naloxone, groceries, hygiene,
clothing, phone, transport, flexible funds, legal help, "other") is not sent: docs/hmis.md lists them."""

from __future__ import annotations

from types import MappingProxyType

from leaddesk.domain.enums import ServiceKind as K

PATH_SERVICE = 141
PATH_REFERRAL = 161

# ServiceKind -> P1.2 PATHServices code, for services the team delivered.
DELIVERED = MappingProxyType({
    K.CASE_MANAGEMENT: 6,  # Case management
    K.SYSTEM_NAVIGATION: 6,
    K.MENTAL_HEALTH: 4,  # Community mental health
    K.PSYCHOLOGICAL_COUNSELING: 4,
    K.SUD_TREATMENT: 5,  # Substance use treatment
    K.MAT: 5,
    K.RECOVERY_SUPPORT: 5,
    K.HOUSING: 10,  # Housing eligibility determination
    K.BASIC_NEEDS: 7,  # Residential supportive services
})  # fmt: skip
# ServiceKind -> P2.2 PATHReferral code, for referrals made.
REFERRED = MappingProxyType({
    K.MENTAL_HEALTH: 1,  # Community mental health
    K.PSYCHOLOGICAL_COUNSELING: 1,
    K.SUD_TREATMENT: 2,  # Substance use treatment
    K.MAT: 2,
    K.RECOVERY_SUPPORT: 2,
    K.MEDICAL: 3,  # Primary health/dental care
    K.TRAINING_EDUCATION: 5,  # Educational services
    K.HOUSING: 6,  # Housing services
    K.EMPLOYMENT: 9,  # Employment assistance
    K.HOTEL_MOTEL: 11,  # Temporary housing
})  # fmt: skip


def hud_service(kind: K, *, is_referral: bool) -> tuple[int, int] | None:
    """(RecordType, TypeProvided) for a service of `kind`, or None when HUD's lists have no place for it."""
    table, record_type = (REFERRED, PATH_REFERRAL) if is_referral else (DELIVERED, PATH_SERVICE)
    code = table.get(kind)
    return None if code is None else (record_type, code)
