"""The rules and refusals of the layers below the screens reach a Spanish-speaking case manager in Spanish:
every fixed sentence they raise is listed for translation (ui/rule_texts.py), and the screens' error text
shows it translated, after the field's translated name."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlcipher3
from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, QLocale

from leaddesk.desk.record import EditRefused
from leaddesk.domain import Contact, Participant
from leaddesk.domain.enums import ContactKind, ParticipantStatus
from leaddesk.domain.ids import new_id, utcnow
from leaddesk.ui.display import describe_error
from leaddesk.ui.labels import field_label
from leaddesk.ui.participant.record_forms import plain_problems
from leaddesk.ui.rule_texts import RULES
from leaddesk.ui.translations import install

PACKAGE = Path(__file__).resolve().parents[2] / "leaddesk"
# Sentences a person never meets: a clock or a record read back wrong is a bug, not their input.
INTERNAL = {"clock.py", "trusted.py", "values.py", "ids.py"}


# The storage layer's sentences no screen shows as they are: a damaged vault.json or key, a bug, or an
# error the screens name by its kind (the unlock card's sentences for a damaged database).
STORAGE_UNSHOWN = {
    "the database key must be 32 bytes",
    "The database could not be read: it is damaged or does not belong to this profile.",
    "The database could not be read: it is damaged. It has been left as it is.",
    "Argon2id needs lanes >= 1, iterations >= 1 and memory_cost >= 8 * lanes",
    "Argon2 parameters must be integers",
    "give a passphrase or a recovery key",
    "refused change",
    "attachment file",
    "addendum",
    "the downloaded attachment does not match its SHA-256",
    "An episode's status changes with change_status, which keeps the participant's status with it.",
    "A note is saved first and then signed.",
    "Sign a note with sign(), which records who signed it.",
    "The bundled migrations are not numbered 1, 2, 3, … without gaps.",
    "the store is closed",
    "this store cannot open siblings (closed, or made without a key)",
    # A damaged or tampered vault.json: the unlock card names it by its kind.
    "vault.json has no passphrase wrap.",
    "vault.json was replaced by another profile's.",
    "vault.json has a key wrap that is not an object with a kind.",
    "vault.json is far too large to be a vault.",
    "vault.json is damaged: it is not a JSON object.",
    "vault.json is missing its format or has one this version does not know.",
    "vault.json has a timestamp without a time zone.",
    "vault.json is damaged: it is not readable JSON.",
    "vault.json has a timestamp that cannot be read.",
    "The passphrase wrap has absurd Argon2 settings.",
    "The passphrase wrap has impossible Argon2 settings.",
}


def raised_sentences(*layers: str) -> set[str]:
    """Every fixed sentence the layers raise, without the field's name in front."""
    found = set()
    for layer in layers:
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            if path.name in INTERNAL:
                continue
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args:
                    first = node.exc.args[0]
                    if isinstance(first, ast.Constant) and isinstance(first.value, str):
                        head, sep, rest = first.value.partition(": ")
                        found.add(rest if sep and head.isidentifier() else first.value)
    return found


def test_every_fixed_sentence_of_the_rules_is_listed_for_translation() -> None:
    raised = raised_sentences("domain", "desk")
    assert len(raised) > 50  # the walk finds them (an exited participant's exit date among them)
    assert "an exited participant needs an exit date" in raised
    assert raised <= set(RULES), sorted(raised - set(RULES))


def test_every_sentence_of_storage_a_screen_shows_is_listed_and_the_rest_are_named() -> None:
    raised = raised_sentences("storage")
    shown = raised - STORAGE_UNSHOWN
    assert "This conflict has been resolved already." in shown
    assert shown <= set(RULES), sorted(shown - set(RULES))
    assert raised >= STORAGE_UNSHOWN  # none listed that is no longer raised


@pytest.fixture
def in_spanish(qapp) -> Iterator[None]:
    """The Spanish shipped in resources/, as a case manager whose computer speaks Spanish gets it."""
    loaded = install(qapp, locale=QLocale("es_MX"))
    assert loaded
    yield
    for translator in loaded:
        QCoreApplication.removeTranslator(translator)


def test_a_rule_broken_on_a_form_reads_in_spanish(in_spanish: None) -> None:
    with pytest.raises(ValidationError) as rule:
        Participant(first_name="Jo", last_name="Quill", team_id="north", status=ParticipantStatus.EXITED)
    assert describe_error(rule.value) == "Egresado el: un participante egresado necesita una fecha de egreso"
    refused = EditRefused("The team and case manager change by reassigning the participant.")
    assert (
        describe_error(refused) == "El equipo y el gestor/a de casos se cambian reasignando al participante."
    )
    damaged = describe_error(sqlcipher3.DatabaseError("database disk image is malformed"))
    assert damaged.startswith("No se pudo leer: la base de datos de este portátil está dañada.")
    # A sentence that carries a value is not in the list: it is shown as it came.
    assert describe_error(ValueError("place: 3 is too many")) == "Lugar: 3 is too many"


def test_in_english_the_sentences_are_as_the_rules_wrote_them(qapp) -> None:
    with pytest.raises(ValidationError) as rule:
        Participant(first_name="Jo", last_name="Quill", team_id="north", status=ParticipantStatus.EXITED)
    assert describe_error(rule.value) == "Exited on: an exited participant needs an exit date"


def test_a_record_forms_problem_reads_in_spanish(in_spanish: None) -> None:
    with pytest.raises(ValidationError) as rule:
        Contact(participant_id=new_id(), occurred_at=utcnow(), kind=ContactKind.STREET, latitude=47.6)
    [(field, text)] = plain_problems(rule.value, {})
    assert field == "latitude"
    assert text == f"{field_label('latitude')}: las coordenadas necesitan latitud y longitud"
    assert not text.startswith("Latitude")  # the field's name is in Spanish too
