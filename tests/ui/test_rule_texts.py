"""The rules and refusals of the layers below the screens reach a Spanish-speaking case manager in Spanish:
every fixed sentence they raise is listed for translation (ui/rule_texts.py), every sentence that carries a
value has its template there ("%1 is already %2."), and the screens' error text shows it translated, after
the field's translated name, with names and dates as they were and the layers' own words translated."""

from __future__ import annotations

import ast
import re
from datetime import date, timedelta
from pathlib import Path

import pytest
import sqlcipher3
from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication

from leaddesk.desk.record import EditRefused
from leaddesk.domain import Contact, Enrollment, Participant
from leaddesk.domain.enrollment import DATE_WORDS
from leaddesk.domain.enums import ContactKind, Destination, ParticipantStatus
from leaddesk.domain.episodes import NEXT, WORDS, StatusChange, StatusChangeRefused, change_status
from leaddesk.domain.ids import new_id, utcnow
from leaddesk.storage.errors import InvalidProfileName
from leaddesk.storage.profile_names import MAX_PROFILE_NAME, validate_profile_name
from leaddesk.ui.display import describe_error
from leaddesk.ui.labels import field_label
from leaddesk.ui.participant.record_forms import plain_problems
from leaddesk.ui.rule_texts import RULES, TEMPLATES, rule_text
from leaddesk.ui.rule_texts import WORDS as RULE_WORDS
from leaddesk.ui.text import fill
from leaddesk.ui.unlock_card import describe_error as unlock_describe_error

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


# Sentences with a value that no screen shows, and why.
VALUED_UNSHOWN = {
    # domain/disclosure.py items_of: the desk offers for disclosure only records that can be disclosed.
    "a %1 is not disclosed",
    # desk/record.py: the details form offers only the participant's details.
    "%1 is not one of the participant's details.",
}
S = ParticipantStatus


def template_of(sentence: ast.JoinedStr) -> str:
    """f"{name}: {words} cannot be before {before}" -> "%1 cannot be before %2": each value a marker in
    order, and the field's name in front ("{name}: " or "items: ") left off, as the screens leave it."""
    parts = list(sentence.values)
    if len(parts) > 1 and isinstance(parts[0], ast.FormattedValue):
        after = parts[1]
        if isinstance(after, ast.Constant) and str(after.value).startswith(": "):
            parts = [ast.Constant(str(after.value)[2:]), *parts[2:]]
    text, count = "", 0
    for part in parts:
        if isinstance(part, ast.FormattedValue):
            count += 1
            text += f"%{count}"
        else:
            assert isinstance(part, ast.Constant)
            text += str(part.value)
    head, sep, rest = text.partition(": ")
    return rest if sep and head.isidentifier() else text


def valued_sentences(*layers: str) -> dict[str, str]:
    """The template of every sentence with a value the layers raise, with where it is raised: an
    f-string in a `raise`, or one returned by a function of the same module whose result is raised
    (episodes' `_not_a_step`)."""
    found = {}
    for layer in layers:
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            if path.name in INTERNAL:
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"))
            returned = {
                function.name: [
                    node.value
                    for node in ast.walk(function)
                    if isinstance(node, ast.Return) and isinstance(node.value, ast.JoinedStr)
                ]
                for function in ast.walk(tree)
                if isinstance(function, ast.FunctionDef)
            }
            for node in ast.walk(tree):
                if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and node.exc.args:
                    first = node.exc.args[0]
                    if isinstance(first, ast.JoinedStr):
                        sentences = [first]
                    elif isinstance(first, ast.Call) and isinstance(first.func, ast.Name):
                        sentences = returned.get(first.func.id, [])
                    else:
                        sentences = []
                    for sentence in sentences:
                        found[template_of(sentence)] = f"{path.relative_to(PACKAGE)}:{sentence.lineno}"
    return found


def test_every_sentence_that_carries_a_value_has_its_template_listed() -> None:
    valued = valued_sentences("domain", "desk")
    assert "%1 is already %2." in valued  # the walk finds them: episodes' refusal
    assert "%1 is %2: from there they can become %3, not %4." in valued  # and _not_a_step's
    assert "%1 cannot be before %2" in valued  # the field's name in front left off
    assert "each one is listed once" in valued  # only the field's name was a value: a fixed sentence
    listed = set(TEMPLATES) | set(RULES)
    missing = {t: where for t, where in valued.items() if t not in listed and t not in VALUED_UNSHOWN}
    assert not missing, missing
    assert set(valued) >= VALUED_UNSHOWN  # none named that is no longer raised


def test_the_words_a_sentence_carries_are_listed_for_translation() -> None:
    steps = {" or ".join(WORDS[s] for s in sorted(NEXT[before], key=list(S).index)) for before in S}
    assert set(WORDS.values()) | steps | set(DATE_WORDS.values()) <= set(RULE_WORDS)
    assert {"an income source", "a benefit", "an insurance"} <= set(RULE_WORDS)  # domain/outcomes.py
    for template, words in TEMPLATES.items():
        assert words <= set(range(1, template.count("%") + 1)), template


def test_every_template_keeps_its_values_in_spanish(in_spanish: None) -> None:
    for template in TEMPLATES:
        spanish = QCoreApplication.translate("rules", template)
        assert spanish != template
        assert sorted(re.findall(r"%\d", spanish)) == sorted(re.findall(r"%\d", template)), template
    for word in RULE_WORDS:
        assert QCoreApplication.translate("rule words", word) != word


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


REFERRED_ON = date(2026, 3, 2)


def out_of_order_episode() -> ValidationError:
    with pytest.raises(ValidationError) as rule:
        Enrollment(
            participant_id=new_id(),
            referral_date=REFERRED_ON,
            entry_date=REFERRED_ON + timedelta(days=5),
            engagement_date=REFERRED_ON + timedelta(days=2),
        )
    return rule.value


def refusal(participant: Participant, change: StatusChange) -> StatusChangeRefused:
    with pytest.raises(StatusChangeRefused) as refused:
        change_status(participant=participant, episodes=[], change=change)
    return refused.value


def rosa() -> Participant:
    return Participant(
        first_name="Rosa", last_name="Ybarra", team_id="north", status=S.ENGAGED, engaged_on=REFERRED_ON
    )


def test_a_record_forms_date_order_problem_reads_wholly_in_spanish(in_spanish: None) -> None:
    [(field, text)] = plain_problems(out_of_order_episode(), {})
    assert field == "engagement_date"
    assert text == (
        f"{field_label('engagement_date')}: "
        "la fecha de vinculación no puede ser anterior a la fecha de ingreso"
    )
    assert not re.search(r"\b(the|date|entry|engagement)\b", text)  # none of the rule's English left
    # the same rule, as a refused status change says it in a sentence of its own
    late = refusal(
        rosa(),
        StatusChange(to=S.EXITED, exit_date=REFERRED_ON - timedelta(days=1), destination=Destination.OTHER),
    )
    assert str(late) == "The exit date cannot be before the date of engagement."
    assert describe_error(late) == "La fecha de egreso no puede ser anterior a la fecha de vinculación."


def test_a_refusal_that_names_a_participant_reads_in_spanish_with_the_name_kept(in_spanish: None) -> None:
    already = refusal(rosa(), StatusChange(to=S.ENGAGED, engagement_date=REFERRED_ON))
    assert describe_error(already) == "Rosa Ybarra ya está vinculado."
    step = refusal(rosa(), StatusChange(to=S.REFERRED))
    assert describe_error(step) == (
        "Rosa Ybarra está vinculado: desde ahí puede pasar a activo, inactivo, en paradero desconocido o "
        "egresado, no a derivado."
    )
    # A name is never taken for one of the layers' words, and passes through as it is.
    assert describe_error(StatusChangeRefused("active is already active.")) == "active ya está activo."
    # A value where a word belongs that is not one of the words: not the template, shown as it came.
    assert describe_error(StatusChangeRefused("Rosa is already cross.")) == "Rosa is already cross."
    # Dates and numbers stay as they were.
    program = "the caseload standard (30) is above the maximum (25)"
    assert (
        describe_error(ValueError(program)) == "la carga de casos estándar (30) supera la carga máxima (25)"
    )
    assert describe_error(ValueError("revoked_on: this criminal-justice consent cannot be revoked before "
                                     "2027-01-31")) == (
        f"{field_label('revoked_on')}: este consentimiento de justicia penal no se puede revocar antes del "
        "2027-01-31"
    )  # fmt: skip


def test_a_value_holding_a_marker_is_shown_as_typed(in_spanish: None) -> None:
    sentence = "%2 Quill%1 is already exited."
    assert describe_error(StatusChangeRefused(sentence)) == "%2 Quill%1 ya está egresado."


def test_in_english_the_sentences_with_values_are_as_the_layers_wrote_them(qapp) -> None:
    [(_, text)] = plain_problems(out_of_order_episode(), {})
    assert text == f"{field_label('engagement_date')}: the date of engagement cannot be before the entry date"
    for refused in (
        refusal(rosa(), StatusChange(to=S.ENGAGED, engagement_date=REFERRED_ON)),
        refusal(rosa(), StatusChange(to=S.REFERRED)),
        refusal(
            rosa(),
            StatusChange(
                to=S.EXITED, exit_date=REFERRED_ON - timedelta(days=1), destination=Destination.OTHER
            ),
        ),
    ):
        assert describe_error(refused) == str(refused)
    assert str(refusal(rosa(), StatusChange(to=S.ENGAGED, engagement_date=REFERRED_ON))) == (
        "Rosa Ybarra is already engaged."
    )
    assert fill(QCoreApplication.translate("rules", "%1 is already %2."), "Rosa", "engaged") == (
        "Rosa is already engaged."
    )


def test_the_storage_sentences_a_screen_shows_with_a_value_read_in_spanish(in_spanish: None) -> None:
    with pytest.raises(InvalidProfileName) as too_long:
        validate_profile_name("Casey Morgan " * 20)
    assert unlock_describe_error(too_long.value) == (
        f"Ese nombre no se puede usar para un perfil: El nombre de un perfil debe tener de 1 a "
        f"{MAX_PROFILE_NAME} caracteres."
    )
    unreadable = "LEAD Desk's preferences in /home/casey/.config/x.json cannot be read (JSONDecodeError); saving a preference again replaces the file."  # noqa: E501
    assert rule_text(unreadable) == (
        "Las preferencias de LEAD Desk en /home/casey/.config/x.json no se pueden leer (JSONDecodeError); al "
        "guardar de nuevo una preferencia, el archivo se reemplaza."
    )
