"""Every enum value, record kind and field a screen shows has words in an explicit table."""

from __future__ import annotations

from collections.abc import Mapping
from enum import Enum
from typing import Any

import pytest

from leaddesk.domain import SYNCED_MODELS, casework_codes, disclosure_codes, enums, outcome_codes
from leaddesk.domain.enums import (
    ConflictKind,
    ConsentKind,
    ContactKind,
    EligibilityDecision,
    LegalEventKind,
    LivingSituation,
    NeedDomain,
    ParticipantStatus,
    ProsecutorCoordination,
    ReferralDoor,
    ServiceKind,
)
from leaddesk.sync.protocol import Role
from leaddesk.ui.labels import (
    ENTITY_LABELS,
    ENUM_LABELS,
    FIELD_LABELS,
    ROLE_LABELS,
    SAVED_CONTACT,
    entity_label,
    enum_label,
    field_label,
    role_label,
)
from leaddesk.ui.participant.consents_tab import CONSENT_KIND_LABELS, KIND_SHORT_LABELS
from leaddesk.ui.participant.contacts_tab import CONTACT_KIND_LABELS
from leaddesk.ui.participant.housing_tab import LIVING_SITUATION_LABELS
from leaddesk.ui.participant.legal_tab import COORDINATION_LABELS, LEGAL_KIND_LABELS
from leaddesk.ui.participant.referral_panel import DOOR_LABELS
from leaddesk.ui.participant.screening_tab import DECISION_LABELS
from leaddesk.ui.participant.services_tab import SERVICE_KIND_LABELS

# The screens' own tables: (the enum, its table, the context its QT_TRANSLATE_NOOP calls name).
SCREEN_TABLES: list[tuple[type[Enum], Mapping[Any, str], str]] = [
    (ContactKind, CONTACT_KIND_LABELS, "RecordTabs"),
    (ServiceKind, SERVICE_KIND_LABELS, "RecordTabs"),
    (LegalEventKind, LEGAL_KIND_LABELS, "RecordTabs"),
    (ProsecutorCoordination, COORDINATION_LABELS, "RecordTabs"),
    (ReferralDoor, DOOR_LABELS, "RecordTabs"),
    (ConsentKind, CONSENT_KIND_LABELS, "RecordTabs"),
    (ConsentKind, KIND_SHORT_LABELS, "RecordTabs"),
    (LivingSituation, LIVING_SITUATION_LABELS, "RecordTabs"),
    (EligibilityDecision, DECISION_LABELS, "RecordTabs"),
    (ContactKind, SAVED_CONTACT, "QuickCaptureDialog"),
]
SHARED_TABLES = [(enum, table, context) for enum, (context, table) in ENUM_LABELS.items()]
ALL_TABLES = SHARED_TABLES + SCREEN_TABLES

# Enums no screen shows as a label, and why; a new enum must be added to a table or here.
NOT_ON_SCREEN = {
    enums.ConflictKind: "a conflict's kind decides which sentence the sync panel shows",
    enums.AuditAction: "the audit log is read on the server, not shown in the app",
    enums.RevokeMode: "a revocation's mode decides which sentence the lock screen shows",
    enums.Role: "labelled by its value in ROLE_LABELS (test_every_role_has_a_label)",
}
# Record kinds and fields no screen shows yet, and why.
NOT_ON_SCREEN_YET: dict[str, str] = {}
FIELDS_NOT_ON_SCREEN_YET: set[str] = set()


@pytest.mark.parametrize(
    ("enum", "table"),
    [(enum, table) for enum, table, _ in ALL_TABLES],
    ids=[f"{enum.__name__}-{n}" for n, (enum, _, _) in enumerate(ALL_TABLES)],
)
def test_every_member_has_a_label(enum: type[Enum], table: Mapping[Any, str]) -> None:
    assert set(table) == set(enum)
    assert all(isinstance(text, str) and text.strip() for text in table.values())


def test_every_enum_is_labelled_or_known_not_to_be_shown() -> None:
    domain_enums = {
        value
        for module in (enums, casework_codes, outcome_codes, disclosure_codes)
        for value in vars(module).values()
        if isinstance(value, type) and issubclass(value, Enum) and value.__module__ == module.__name__
    }
    labelled = {enum for enum, _, _ in ALL_TABLES}
    assert domain_enums - labelled - set(NOT_ON_SCREEN) == set()
    assert labelled & set(NOT_ON_SCREEN) == set()


def test_every_role_has_a_label() -> None:
    """Shown on the sync panel ("as Casey Morgan (Case manager; teams: …)")."""
    assert set(ROLE_LABELS) == {role.value for role in Role}


def test_every_record_kind_and_field_has_a_label() -> None:
    assert set(ENTITY_LABELS) == {model.entity for model in SYNCED_MODELS} - set(NOT_ON_SCREEN_YET)
    fields = {name for model in SYNCED_MODELS for name in model.model_fields}
    assert fields - set(FIELD_LABELS) == FIELDS_NOT_ON_SCREEN_YET


def test_labels_read_as_before(qapp) -> None:
    assert enum_label(ParticipantStatus.IN_THE_WIND) == "In the wind"
    assert enum_label(NeedDomain.SUD_TREATMENT) == "SUD treatment"
    assert role_label(Role.CASE_MANAGER) == "Case manager"
    assert enum_label(None) == ""
    assert entity_label("legal_event") == "Legal event"
    assert field_label("date_of_birth") == "Date of birth"
    assert field_label("sha256") == "SHA-256"
    assert field_label("capture_note") == "Capture note"  # not a record's field: spelled out


def test_an_enum_without_a_table_is_a_clear_error(qapp) -> None:
    with pytest.raises(LookupError, match="ConflictKind has no label table"):
        enum_label(ConflictKind.FIELD)
