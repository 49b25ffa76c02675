"""The shipped Spanish, as `--language es` loads it: every label table a screen shows is translated, and so
are the sentences the domain writes that screens show every day (the starting eligibility questions, why
someone may not reassign, the consent form's revocation right, why the gate holds an item back)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from leaddesk.desk.disclosure import DisclosurePurpose, ItemDecision, Recipient
from leaddesk.desk.preferences import Language
from leaddesk.domain import Consent
from leaddesk.domain.assignment import NEEDS_ROLE, SUPERVISORS_ONLY
from leaddesk.domain.consent import STANDARD_REVOCATION_TEXT
from leaddesk.domain.disclosure import DisclosureItem
from leaddesk.domain.disclosure_codes import InformationCategory, WithheldReason
from leaddesk.domain.eligibility import DEFAULT_CRITERIA
from leaddesk.domain.enums import ConsentKind, ParticipantStatus
from leaddesk.domain.ids import new_id
from leaddesk.ui.labels import ENTITY_LABELS, FIELD_LABELS, ROLE_LABELS, enum_label
from leaddesk.ui.language import speak
from leaddesk.ui.participant.disclosure_preview import withheld_sentence
from leaddesk.ui.rule_words import question_text, refusal_words, standard_text
from leaddesk.ui.text import translate
from tests.ui.test_labels import ALL_TABLES

# Labels Spanish writes as English does: programme names, acronyms and words the two languages share.
SAME_IN_SPANISH = {
    "MAT", "Medicaid", "Medicare", "COBRA", "TANF", "WIC", "HIV/AIDS", "Hospital", "General", "Legal", "Plan",
    "No", "ID", "SHA-256",
}  # fmt: skip
SIGNED = date(2026, 12, 3)


@pytest.fixture(scope="module")
def spanish(qapp: QApplication) -> Iterator[None]:
    spoken = speak(qapp, Language.SPANISH)
    assert spoken.translators, "resources/translations/leaddesk_es.qm did not load"
    yield
    spoken.stop()


def test_every_label_a_screen_shows_is_in_spanish(spanish: None) -> None:
    tables = [(context, table.values()) for _enum, table, context in ALL_TABLES]
    tables += [("Record", ENTITY_LABELS.values()), ("Role", ROLE_LABELS.values())]
    tables += [("Field", FIELD_LABELS.values())]
    untranslated = sorted(
        f"{context}: {text}"
        for context, texts in tables
        for text in texts
        if translate(context, text) == text and text not in SAME_IN_SPANISH
    )
    assert untranslated == []
    assert enum_label(ParticipantStatus.IN_THE_WIND) == "En paradero desconocido"


def test_the_domains_everyday_sentences_read_in_spanish(spanish: None) -> None:
    adult = next(c for c in DEFAULT_CRITERIA if c.key == "adult")
    assert question_text(adult) == "¿La persona tiene 18 años o más?"
    own = adult.model_copy(update={"question": "¿Tiene 21 años o más?"})
    assert question_text(own) == "¿Tiene 21 años o más?"  # a site's own question shows as written
    assert refusal_words(SUPERVISORS_ONLY).startswith("Solo un supervisor/a puede cambiar")
    assert refusal_words(NEEDS_ROLE).startswith("Para reasignar hace falta su rol")
    assert standard_text(STANDARD_REVOCATION_TEXT).startswith("Puede revocar este consentimiento")


def test_why_the_gate_holds_an_item_back_reads_in_spanish_with_its_dates(spanish: None) -> None:
    consent = Consent(
        participant_id=new_id(), kind=ConsentKind.GENERAL, discloser="Bellmoor LEAD",
        information="Attendance at treatment", recipient="Harbor Clinic", purpose="Coordination",
        signed_by="the participant", signed_on=SIGNED, expires_on=date(2027, 1, 5),
        purposes=[DisclosurePurpose.TREATMENT_COORDINATION], categories=[InformationCategory.SERVICES],
    )  # fmt: skip
    item = DisclosureItem("need", "n1", InformationCategory.PLAN_AND_NEEDS)
    recipient = Recipient.of(consent)
    named = ItemDecision(item, WithheldReason.INFORMATION_NOT_NAMED, "", None, consent)
    treatment = DisclosurePurpose.TREATMENT_COORDINATION
    assert withheld_sentence(named, recipient=recipient, purpose=treatment) == (
        "El consentimiento a Harbor Clinic firmado el 3 dic 2026 no nombra «Plan y necesidades»."
    )
    expired = ItemDecision(item, WithheldReason.EXPIRED, "", None, consent)
    assert withheld_sentence(expired, recipient=recipient, purpose=DisclosurePurpose.EVALUATION) == (
        "El consentimiento a Harbor Clinic firmado el 3 dic 2026 venció el 5 ene 2027."
    )
    nobody = ItemDecision(item, WithheldReason.NO_CONSENT, "", None, None)
    probation = Recipient(code="", name="Kestrel Probation")
    assert withheld_sentence(nobody, recipient=probation, purpose=DisclosurePurpose.OTHER) == (
        "Ningún consentimiento nombra a Kestrel Probation como destinatario."
    )
