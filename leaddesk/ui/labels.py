"""The words for every enum value, record kind and field name a screen shows, in explicit tables.

Each label is a literal in a `QT_TRANSLATE_NOOP(context, "…")` call, so `pyside6-lupdate` extracts it and
a translator sees it; nothing is built from an enum's value at run time. Each enum has its own context
because the same English word may need different words elsewhere ("Active" is "Activo" for a
participant and "Activa" for a goal in Spanish). Screens with their own wording for an enum keep their
own tables (the record tabs' HUD living situations, service kinds, legal events); a test checks that
every table covers every member.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Any, get_args

from PySide6.QtCore import QT_TRANSLATE_NOOP

from leaddesk.desk.reports import HousingGroup
from leaddesk.domain import MODEL_BY_ENTITY
from leaddesk.domain.enums import (
    ContactKind,
    Destination,
    DobDataQuality,
    ExitReason,
    GoalStatus,
    NeedDomain,
    NeedStatus,
    NoYesReason,
    ParticipantStatus,
    ProjectType,
    RaceEthnicity,
    Sex,
    Urgency,
)
from leaddesk.ui import hmis_labels as hmis
from leaddesk.ui.casework_labels import CASEWORK_ENUM_LABELS
from leaddesk.ui.conference_labels import CONFERENCE_ENUM_LABELS
from leaddesk.ui.disclosure_labels import DISCLOSURE_ENUM_LABELS
from leaddesk.ui.text import translate

PARTICIPANT_STATUS = {
    ParticipantStatus.REFERRED: QT_TRANSLATE_NOOP("ParticipantStatus", "Referred"),
    ParticipantStatus.ENGAGED: QT_TRANSLATE_NOOP("ParticipantStatus", "Engaged"),
    ParticipantStatus.ACTIVE: QT_TRANSLATE_NOOP("ParticipantStatus", "Active"),
    ParticipantStatus.INACTIVE: QT_TRANSLATE_NOOP("ParticipantStatus", "Inactive"),
    ParticipantStatus.IN_THE_WIND: QT_TRANSLATE_NOOP("ParticipantStatus", "In the wind"),
    ParticipantStatus.EXITED: QT_TRANSLATE_NOOP("ParticipantStatus", "Exited"),
}
NEED_DOMAIN = {
    NeedDomain.HOUSING: QT_TRANSLATE_NOOP("NeedDomain", "Housing"),
    NeedDomain.FOOD: QT_TRANSLATE_NOOP("NeedDomain", "Food"),
    NeedDomain.HYGIENE: QT_TRANSLATE_NOOP("NeedDomain", "Hygiene"),
    NeedDomain.ID_DOCUMENTS: QT_TRANSLATE_NOOP("NeedDomain", "ID documents"),
    NeedDomain.BENEFITS: QT_TRANSLATE_NOOP("NeedDomain", "Benefits"),
    NeedDomain.INCOME: QT_TRANSLATE_NOOP("NeedDomain", "Income"),
    NeedDomain.SUD_TREATMENT: QT_TRANSLATE_NOOP("NeedDomain", "SUD treatment"),
    NeedDomain.MAT: QT_TRANSLATE_NOOP("NeedDomain", "MAT"),
    NeedDomain.MENTAL_HEALTH: QT_TRANSLATE_NOOP("NeedDomain", "Mental health"),
    NeedDomain.PHYSICAL_HEALTH: QT_TRANSLATE_NOOP("NeedDomain", "Physical health"),
    NeedDomain.LEGAL: QT_TRANSLATE_NOOP("NeedDomain", "Legal"),
    NeedDomain.PHONE: QT_TRANSLATE_NOOP("NeedDomain", "Phone"),
    NeedDomain.TRANSPORT: QT_TRANSLATE_NOOP("NeedDomain", "Transport"),
    NeedDomain.CLOTHING: QT_TRANSLATE_NOOP("NeedDomain", "Clothing"),
    NeedDomain.OTHER: QT_TRANSLATE_NOOP("NeedDomain", "Other"),
}
URGENCY = {
    Urgency.LOW: QT_TRANSLATE_NOOP("Urgency", "Low"),
    Urgency.MEDIUM: QT_TRANSLATE_NOOP("Urgency", "Medium"),
    Urgency.HIGH: QT_TRANSLATE_NOOP("Urgency", "High"),
    Urgency.ACUTE: QT_TRANSLATE_NOOP("Urgency", "Acute"),
}
NEED_STATUS = {
    NeedStatus.OPEN: QT_TRANSLATE_NOOP("NeedStatus", "Open"),
    NeedStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("NeedStatus", "In progress"),
    NeedStatus.MET: QT_TRANSLATE_NOOP("NeedStatus", "Met"),
    NeedStatus.NO_LONGER_NEEDED: QT_TRANSLATE_NOOP("NeedStatus", "No longer needed"),
}
GOAL_STATUS = {
    GoalStatus.ACTIVE: QT_TRANSLATE_NOOP("GoalStatus", "Active"),
    GoalStatus.ACHIEVED: QT_TRANSLATE_NOOP("GoalStatus", "Achieved"),
    GoalStatus.ON_HOLD: QT_TRANSLATE_NOOP("GoalStatus", "On hold"),
    GoalStatus.SET_ASIDE: QT_TRANSLATE_NOOP("GoalStatus", "Set aside"),
}
# The short words of a pick list (quick capture, a note's linked contact); the contacts tab has its own.
CONTACT_KIND = {
    ContactKind.STREET: QT_TRANSLATE_NOOP("ContactKind", "Street"),
    ContactKind.OFFICE: QT_TRANSLATE_NOOP("ContactKind", "Office"),
    ContactKind.PHONE: QT_TRANSLATE_NOOP("ContactKind", "Phone"),
    ContactKind.COURT: QT_TRANSLATE_NOOP("ContactKind", "Court"),
    ContactKind.JAIL: QT_TRANSLATE_NOOP("ContactKind", "Jail"),
    ContactKind.HOSPITAL: QT_TRANSLATE_NOOP("ContactKind", "Hospital"),
    ContactKind.SHELTER: QT_TRANSLATE_NOOP("ContactKind", "Shelter"),
}
# Quick capture's contact as it reads inside "Saved: %1 with %2, …": words of their own, so that a
# language can put kind and noun in its own order instead of lower-casing the pick list's label.
SAVED_CONTACT = {
    ContactKind.STREET: QT_TRANSLATE_NOOP("QuickCaptureDialog", "street contact"),
    ContactKind.OFFICE: QT_TRANSLATE_NOOP("QuickCaptureDialog", "office contact"),
    ContactKind.PHONE: QT_TRANSLATE_NOOP("QuickCaptureDialog", "phone contact"),
    ContactKind.COURT: QT_TRANSLATE_NOOP("QuickCaptureDialog", "court contact"),
    ContactKind.JAIL: QT_TRANSLATE_NOOP("QuickCaptureDialog", "jail contact"),
    ContactKind.HOSPITAL: QT_TRANSLATE_NOOP("QuickCaptureDialog", "hospital contact"),
    ContactKind.SHELTER: QT_TRANSLATE_NOOP("QuickCaptureDialog", "shelter contact"),
}
# HUD's groups of living situations, as the dashboard compares housing at entry and now.
HOUSING_GROUP = {
    HousingGroup.HOMELESS: QT_TRANSLATE_NOOP("HousingGroup", "Homeless"),
    HousingGroup.INSTITUTIONAL: QT_TRANSLATE_NOOP("HousingGroup", "Institutional"),
    HousingGroup.TEMPORARY: QT_TRANSLATE_NOOP("HousingGroup", "Temporary"),
    HousingGroup.PERMANENT: QT_TRANSLATE_NOOP("HousingGroup", "Permanent"),
    HousingGroup.UNKNOWN: QT_TRANSLATE_NOOP("HousingGroup", "Unknown"),
    HousingGroup.NOT_RECORDED: QT_TRANSLATE_NOOP("HousingGroup", "Not recorded"),
}
# A user's role as the server sends it (sync.protocol.Role's values; screens do not import sync).
ROLE_LABELS = {
    "case_manager": QT_TRANSLATE_NOOP("Role", "Case manager"),
    "supervisor": QT_TRANSLATE_NOOP("Role", "Supervisor"),
    "admin": QT_TRANSLATE_NOOP("Role", "Admin"),
    "officer": QT_TRANSLATE_NOOP("Role", "Officer"),
}

# Each enum's table and the context its QT_TRANSLATE_NOOP calls name (the translation is looked up there).
ENUM_LABELS: dict[type[Enum], tuple[str, Mapping[Any, str]]] = {
    ParticipantStatus: ("ParticipantStatus", PARTICIPANT_STATUS),
    NeedDomain: ("NeedDomain", NEED_DOMAIN),
    Urgency: ("Urgency", URGENCY),
    NeedStatus: ("NeedStatus", NEED_STATUS),
    GoalStatus: ("GoalStatus", GOAL_STATUS),
    ContactKind: ("ContactKind", CONTACT_KIND),
    NoYesReason: ("NoYesReason", hmis.NO_YES_REASON),
    DobDataQuality: ("DobDataQuality", hmis.DOB_DATA_QUALITY),
    Sex: ("Sex", hmis.SEX),
    RaceEthnicity: ("RaceEthnicity", hmis.RACE_ETHNICITY),
    Destination: ("Destination", hmis.DESTINATION),
    ProjectType: ("ProjectType", hmis.PROJECT_TYPE),
    ExitReason: ("ExitReason", hmis.EXIT_REASON),
    HousingGroup: ("HousingGroup", HOUSING_GROUP),
    **CASEWORK_ENUM_LABELS,
    **DISCLOSURE_ENUM_LABELS,
    **CONFERENCE_ENUM_LABELS,
}

# Record kinds by their entity name (the sync panel's "Record" column, a conflict's title).
ENTITY_LABELS = {
    "participant": QT_TRANSLATE_NOOP("Record", "Participant"),
    "referral": QT_TRANSLATE_NOOP("Record", "Referral"),
    "eligibility_screening": QT_TRANSLATE_NOOP("Record", "Eligibility screening"),
    "consent": QT_TRANSLATE_NOOP("Record", "Consent"),
    "need": QT_TRANSLATE_NOOP("Record", "Need"),
    "plan_goal": QT_TRANSLATE_NOOP("Record", "Plan goal"),
    "contact": QT_TRANSLATE_NOOP("Record", "Contact"),
    "note": QT_TRANSLATE_NOOP("Record", "Note"),
    "addendum": QT_TRANSLATE_NOOP("Record", "Addendum"),
    "service": QT_TRANSLATE_NOOP("Record", "Service"),
    "legal_event": QT_TRANSLATE_NOOP("Record", "Legal event"),
    "outcome_snapshot": QT_TRANSLATE_NOOP("Record", "Outcome snapshot"),
    "housing_status": QT_TRANSLATE_NOOP("Record", "Housing status"),
    "task": QT_TRANSLATE_NOOP("Record", "Task"),
    "attachment": QT_TRANSLATE_NOOP("Record", "Attachment"),
    "conflict": QT_TRANSLATE_NOOP("Record", "Conflict"),
    "enrollment": QT_TRANSLATE_NOOP("Record", "Episode"),
    "disclosure": QT_TRANSLATE_NOOP("Record", "Disclosure"),
    "conference_discussion": QT_TRANSLATE_NOOP("Record", "Case conference"),
}

# Every field of every synced record (sync history, conflicts, validation messages).
FIELD_LABELS = {
    "acceptance": QT_TRANSLATE_NOOP("Field", "Accepted or declined"),
    "acceptance_on": QT_TRANSLATE_NOOP("Field", "Accepted or declined on"),
    "additional_race_ethnicity": QT_TRANSLATE_NOOP("Field", "Race and ethnicity detail"),
    "agency_code": QT_TRANSLATE_NOOP("Field", "Referring agency"),
    "agreed_to_meet": QT_TRANSLATE_NOOP("Field", "Agreed to meet a case manager"),
    "aliases": QT_TRANSLATE_NOOP("Field", "Aliases"),
    "amount": QT_TRANSLATE_NOOP("Field", "Amount"),
    "answers": QT_TRANSLATE_NOOP("Field", "Answers"),
    "assessment": QT_TRANSLATE_NOOP("Field", "Assessment"),
    "assignee": QT_TRANSLATE_NOOP("Field", "Assignee"),
    "attendees": QT_TRANSLATE_NOOP("Field", "Attendees"),
    "beat": QT_TRANSLATE_NOOP("Field", "Beat"),
    "benefits": QT_TRANSLATE_NOOP("Field", "Non-cash benefits"),
    "benefits_from_any_source": QT_TRANSLATE_NOOP("Field", "Non-cash benefits from any source"),
    "case_manager": QT_TRANSLATE_NOOP("Field", "Case manager"),
    "case_number": QT_TRANSLATE_NOOP("Field", "Case number"),
    "categories": QT_TRANSLATE_NOOP("Field", "Information named"),
    "charge_level": QT_TRANSLATE_NOOP("Field", "Charge level"),
    "chronic_health_condition": QT_TRANSLATE_NOOP("Field", "Chronic health condition"),
    "conference_id": QT_TRANSLATE_NOOP("Field", "Meeting ID"),
    "consent_ids": QT_TRANSLATE_NOOP("Field", "Consents relied on"),
    "contact_id": QT_TRANSLATE_NOOP("Field", "Contact ID"),
    "court": QT_TRANSLATE_NOOP("Field", "Court"),
    "created_at": QT_TRANSLATE_NOOP("Field", "Created at"),
    "created_by": QT_TRANSLATE_NOOP("Field", "Created by"),
    "data": QT_TRANSLATE_NOOP("Field", "Data"),
    "date_of_birth": QT_TRANSLATE_NOOP("Field", "Date of birth"),
    "decided_at": QT_TRANSLATE_NOOP("Field", "Decided at"),
    "decided_by": QT_TRANSLATE_NOOP("Field", "Decided by"),
    "decision": QT_TRANSLATE_NOOP("Field", "Decision"),
    "decisions": QT_TRANSLATE_NOOP("Field", "Decisions"),
    "deleted": QT_TRANSLATE_NOOP("Field", "Deleted"),
    "delivered_on": QT_TRANSLATE_NOOP("Field", "Delivered on"),
    "delivery": QT_TRANSLATE_NOOP("Field", "How delivered"),
    "description": QT_TRANSLATE_NOOP("Field", "Description"),
    "destination": QT_TRANSLATE_NOOP("Field", "Destination"),
    "detected_at": QT_TRANSLATE_NOOP("Field", "Detected at"),
    "developmental_disability": QT_TRANSLATE_NOOP("Field", "Developmental disability"),
    "disabling_condition": QT_TRANSLATE_NOOP("Field", "Disabling condition"),
    "disclosed_at": QT_TRANSLATE_NOOP("Field", "Disclosed at"),
    "disclosed_by": QT_TRANSLATE_NOOP("Field", "Disclosed by"),
    "discloser": QT_TRANSLATE_NOOP("Field", "Discloser"),
    "disposition": QT_TRANSLATE_NOOP("Field", "Disposition"),
    "dob_data_quality": QT_TRANSLATE_NOOP("Field", "Date of birth quality"),
    "domain": QT_TRANSLATE_NOOP("Field", "Domain"),
    "done": QT_TRANSLATE_NOOP("Field", "Done"),
    "done_at": QT_TRANSLATE_NOOP("Field", "Done at"),
    "door": QT_TRANSLATE_NOOP("Field", "Door"),
    "due_on": QT_TRANSLATE_NOOP("Field", "Due on"),
    "effective_on": QT_TRANSLATE_NOOP("Field", "Effective on"),
    "employed": QT_TRANSLATE_NOOP("Field", "Employed"),
    "employment_type": QT_TRANSLATE_NOOP("Field", "Type of employment"),
    "engaged_on": QT_TRANSLATE_NOOP("Field", "Engaged on"),
    "engagement_date": QT_TRANSLATE_NOOP("Field", "Date of engagement"),
    "entry_date": QT_TRANSLATE_NOOP("Field", "Entry date"),
    "exit_date": QT_TRANSLATE_NOOP("Field", "Exit date"),
    "exit_reason": QT_TRANSLATE_NOOP("Field", "Exit reason"),
    "exit_reason_detail": QT_TRANSLATE_NOOP("Field", "Exit reason detail"),
    "exited_on": QT_TRANSLATE_NOOP("Field", "Exited on"),
    "expires_on": QT_TRANSLATE_NOOP("Field", "Expires on"),
    "expiry_event": QT_TRANSLATE_NOOP("Field", "Expiry event"),
    "field": QT_TRANSLATE_NOOP("Field", "Field"),
    "file_name": QT_TRANSLATE_NOOP("Field", "File name"),
    "first_name": QT_TRANSLATE_NOOP("Field", "First name"),
    "funding_source": QT_TRANSLATE_NOOP("Field", "Funding source"),
    "gender": QT_TRANSLATE_NOOP("Field", "Gender"),
    "goal": QT_TRANSLATE_NOOP("Field", "Goal"),
    "handoff_outcome": QT_TRANSLATE_NOOP("Field", "Hand-off"),
    "handoff_outcome_at": QT_TRANSLATE_NOOP("Field", "Hand-off marked at"),
    "hiv_aids": QT_TRANSLATE_NOOP("Field", "HIV/AIDS"),
    "id": QT_TRANSLATE_NOOP("Field", "ID"),
    "identified": QT_TRANSLATE_NOOP("Field", "Discussed by name"),
    "income_from_any_source": QT_TRANSLATE_NOOP("Field", "Income from any source"),
    "incomes": QT_TRANSLATE_NOOP("Field", "Income sources"),
    "information": QT_TRANSLATE_NOOP("Field", "Information"),
    "information_date": QT_TRANSLATE_NOOP("Field", "Information date"),
    "insurance": QT_TRANSLATE_NOOP("Field", "Health insurance"),
    "insurance_from_any_source": QT_TRANSLATE_NOOP("Field", "Health insurance from any source"),
    "intake_deadline": QT_TRANSLATE_NOOP("Field", "Intake deadline"),
    "irrevocable_until": QT_TRANSLATE_NOOP("Field", "Irrevocable until"),
    "is_referral": QT_TRANSLATE_NOOP("Field", "Is referral"),
    "items": QT_TRANSLATE_NOOP("Field", "Items disclosed"),
    "kept_by": QT_TRANSLATE_NOOP("Field", "Kept by"),
    "kept_stamp": QT_TRANSLATE_NOOP("Field", "Kept stamp"),
    "kept_value": QT_TRANSLATE_NOOP("Field", "Kept value"),
    "kind": QT_TRANSLATE_NOOP("Field", "Kind"),
    "last_name": QT_TRANSLATE_NOOP("Field", "Last name"),
    "latitude": QT_TRANSLATE_NOOP("Field", "Latitude"),
    "legal_event_ids": QT_TRANSLATE_NOOP("Field", "Legal events updated"),
    "long_term_impairing": QT_TRANSLATE_NOOP("Field", "Long-term and impairing"),
    "longitude": QT_TRANSLATE_NOOP("Field", "Longitude"),
    "media_type": QT_TRANSLATE_NOOP("Field", "Media type"),
    "meeting_date": QT_TRANSLATE_NOOP("Field", "Meeting date"),
    "mental_health_disorder": QT_TRANSLATE_NOOP("Field", "Mental health disorder"),
    "minutes": QT_TRANSLATE_NOOP("Field", "Minutes"),
    "not_employed_reason": QT_TRANSLATE_NOOP("Field", "Why not employed"),
    "merged_from": QT_TRANSLATE_NOOP("Field", "Moved from referral"),
    "note_id": QT_TRANSLATE_NOOP("Field", "Note ID"),
    "notes": QT_TRANSLATE_NOOP("Field", "Notes"),
    "notice_version": QT_TRANSLATE_NOOP("Field", "Notice given"),
    "observed": QT_TRANSLATE_NOOP("Field", "What the officer observed"),
    "occurred_at": QT_TRANSLATE_NOOP("Field", "Occurred at"),
    "offence": QT_TRANSLATE_NOOP("Field", "Offence"),
    "offence_category": QT_TRANSLATE_NOOP("Field", "Offence category"),
    "officer_badge": QT_TRANSLATE_NOOP("Field", "Officer's badge"),
    "officer_contact": QT_TRANSLATE_NOOP("Field", "Officer's contact"),
    "officer_username": QT_TRANSLATE_NOOP("Field", "Referring officer's account"),
    "other_author": QT_TRANSLATE_NOOP("Field", "Other author"),
    "other_benefit_detail": QT_TRANSLATE_NOOP("Field", "Other benefit"),
    "other_by": QT_TRANSLATE_NOOP("Field", "Other by"),
    "other_insurance_detail": QT_TRANSLATE_NOOP("Field", "Other insurance"),
    "other_stamp": QT_TRANSLATE_NOOP("Field", "Other stamp"),
    "other_value": QT_TRANSLATE_NOOP("Field", "Other value"),
    "outcome": QT_TRANSLATE_NOOP("Field", "Outcome"),
    "participant_id": QT_TRANSLATE_NOOP("Field", "Participant ID"),
    "person_description": QT_TRANSLATE_NOOP("Field", "Description"),
    "phone": QT_TRANSLATE_NOOP("Field", "Phone"),
    "physical_disability": QT_TRANSLATE_NOOP("Field", "Physical disability"),
    "place": QT_TRANSLATE_NOOP("Field", "Place"),
    "plan": QT_TRANSLATE_NOOP("Field", "Plan"),
    "precinct": QT_TRANSLATE_NOOP("Field", "Precinct"),
    "preferred_name": QT_TRANSLATE_NOOP("Field", "Preferred name"),
    "progress": QT_TRANSLATE_NOOP("Field", "Progress"),
    "project": QT_TRANSLATE_NOOP("Field", "Project"),
    "prosecutor_coordination": QT_TRANSLATE_NOOP("Field", "Prosecutor coordination"),
    "prosecutor_decided_on": QT_TRANSLATE_NOOP("Field", "Prosecutor decided on"),
    "prosecutor_decision": QT_TRANSLATE_NOOP("Field", "Prosecutor's decision"),
    "prosecutor_name": QT_TRANSLATE_NOOP("Field", "Prosecutor"),
    "prosecutor_note": QT_TRANSLATE_NOOP("Field", "Prosecutor's note"),
    "provider": QT_TRANSLATE_NOOP("Field", "Provider"),
    "purpose": QT_TRANSLATE_NOOP("Field", "Purpose"),
    "purposes": QT_TRANSLATE_NOOP("Field", "Purposes"),
    "race_ethnicity": QT_TRANSLATE_NOOP("Field", "Race and ethnicity"),
    "rank": QT_TRANSLATE_NOOP("Field", "Rank"),
    "reason": QT_TRANSLATE_NOOP("Field", "Reason"),
    "reasons": QT_TRANSLATE_NOOP("Field", "Why on the agenda"),
    "recipient": QT_TRANSLATE_NOOP("Field", "Recipient"),
    "recipient_code": QT_TRANSLATE_NOOP("Field", "Recipient agency"),
    "record_entity": QT_TRANSLATE_NOOP("Field", "Record entity"),
    "record_id": QT_TRANSLATE_NOOP("Field", "Record ID"),
    "referral_date": QT_TRANSLATE_NOOP("Field", "Referral date"),
    "referred_at": QT_TRANSLATE_NOOP("Field", "Referred at"),
    "referring_agency": QT_TRANSLATE_NOOP("Field", "Referring agency"),
    "referring_officer": QT_TRANSLATE_NOOP("Field", "Referring officer"),
    "released_at": QT_TRANSLATE_NOOP("Field", "Released at"),
    "resolution": QT_TRANSLATE_NOOP("Field", "Resolution"),
    "resolved_at": QT_TRANSLATE_NOOP("Field", "Resolved at"),
    "resolved_by": QT_TRANSLATE_NOOP("Field", "Resolved by"),
    "revocation_right": QT_TRANSLATE_NOOP("Field", "Revocation right"),
    "revoked_on": QT_TRANSLATE_NOOP("Field", "Revoked on"),
    "sensitive_sud": QT_TRANSLATE_NOOP("Field", "Sensitive SUD"),
    "sent_to_prosecutor_on": QT_TRANSLATE_NOOP("Field", "Sent to prosecutor on"),
    "sex": QT_TRANSLATE_NOOP("Field", "Sex"),
    "sha256": QT_TRANSLATE_NOOP("Field", "SHA-256"),
    "signed_at": QT_TRANSLATE_NOOP("Field", "Signed at"),
    "signed_by": QT_TRANSLATE_NOOP("Field", "Signed by"),
    "signed_on": QT_TRANSLATE_NOOP("Field", "Signed on"),
    "situation": QT_TRANSLATE_NOOP("Field", "Situation"),
    "size": QT_TRANSLATE_NOOP("Field", "Size"),
    "source": QT_TRANSLATE_NOOP("Field", "Source"),
    "staff_present": QT_TRANSLATE_NOOP("Field", "Staff present"),
    "stage": QT_TRANSLATE_NOOP("Field", "Stage"),
    "status": QT_TRANSLATE_NOOP("Field", "Status"),
    "steps": QT_TRANSLATE_NOOP("Field", "Steps"),
    "substance_use_disorder": QT_TRANSLATE_NOOP("Field", "Substance use disorder"),
    "target_date": QT_TRANSLATE_NOOP("Field", "Target date"),
    "task_ids": QT_TRANSLATE_NOOP("Field", "Tasks made"),
    "team": QT_TRANSLATE_NOOP("Field", "Team"),
    "team_id": QT_TRANSLATE_NOOP("Field", "Team ID"),
    "text": QT_TRANSLATE_NOOP("Field", "Text"),
    "title": QT_TRANSLATE_NOOP("Field", "Title"),
    "units": QT_TRANSLATE_NOOP("Field", "Units"),
    "updated_at": QT_TRANSLATE_NOOP("Field", "Updated at"),
    "urgency": QT_TRANSLATE_NOOP("Field", "Urgency"),
    "usual_locations": QT_TRANSLATE_NOOP("Field", "Usual locations"),
    "veteran_status": QT_TRANSLATE_NOOP("Field", "Veteran status"),
    "warm_handoff_at": QT_TRANSLATE_NOOP("Field", "Warm handoff at"),
}


def table_label(context: str, labels: Mapping[Any, str], value: Any) -> str:
    """`value`'s entry in a table of QT_TRANSLATE_NOOP(`context`, …) strings, translated: the one way a
    table's words reach the screen."""
    return translate(context, labels[value])


def enum_label(value: Enum | None) -> str:
    """The translated label of `value` from its enum's table; "" for no value."""
    if value is None:
        return ""
    try:
        context, labels = ENUM_LABELS[type(value)]
    except KeyError:
        raise LookupError(
            f"{type(value).__name__} has no label table: add one to leaddesk/ui/labels.py"
        ) from None
    return table_label(context, labels, value)


def value_label(entity: str, field: str, value: Any) -> str | None:
    """A stored value of `entity`.`field` as its label when the field holds a labelled code (an enum, or
    a list of them, such as race and ethnicity); None for any other value, or a code this version does
    not know."""
    model = MODEL_BY_ENTITY.get(entity)
    info = model.model_fields.get(field) if model is not None else None
    if info is None:
        return None
    kinds = [k for k in (info.annotation, *get_args(info.annotation)) if isinstance(k, type)]
    for arg in get_args(info.annotation):
        kinds += [k for k in get_args(arg) if isinstance(k, type)]  # list[Enum] | None
    kind = next((k for k in kinds if issubclass(k, Enum) and k in ENUM_LABELS), None)
    if kind is None:
        return None
    try:
        if isinstance(value, list):
            return ", ".join(enum_label(kind(v)) for v in value)
        return enum_label(kind(value))
    except ValueError:
        return None


def role_label(role: str) -> str:
    """ "case_manager" -> "Case manager"."""
    return table_label("Role", ROLE_LABELS, role) if role in ROLE_LABELS else _spelled_out(role)


def entity_label(entity: str) -> str:
    """ "legal_event" -> "Legal event"."""
    known = entity in ENTITY_LABELS
    return table_label("Record", ENTITY_LABELS, entity) if known else _spelled_out(entity)


def field_label(name: str) -> str:
    """ "date_of_birth" -> "Date of birth"."""
    known = name in FIELD_LABELS
    return table_label("Field", FIELD_LABELS, name) if known else _spelled_out(name)


def _spelled_out(name: str) -> str:
    # A name outside the tables (a role or record kind from a newer server, a field of a form that is no
    # record) still reads as words, untranslated; tests keep every role, record kind and field in them.
    spelled = name.replace("_", " ")
    return spelled[:1].upper() + spelled[1:]
