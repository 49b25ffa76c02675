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
from leaddesk.ui.record_labels import ENTITY_LABELS, FIELD_LABELS
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
