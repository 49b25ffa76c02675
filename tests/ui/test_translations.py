"""Translations: every sentence is a literal lupdate extracts (in the context it is looked up in), the
label tables reach the .ts file, and a compiled Spanish file is loaded and used, plurals included."""

from __future__ import annotations

import ast
import re
import shutil
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from leaddesk.desk import Desk
from leaddesk.domain import Participant
from leaddesk.domain.assignment import why_not_reassign
from leaddesk.domain.consent import STANDARD_REVOCATION_TEXT
from leaddesk.domain.eligibility import DEFAULT_CRITERIA
from leaddesk.domain.enums import ParticipantStatus, Role
from leaddesk.storage.store import Store
from leaddesk.ui import translations
from leaddesk.ui.display import relative_day
from leaddesk.ui.labels import ENTITY_LABELS, FIELD_LABELS, ROLE_LABELS, enum_label
from leaddesk.ui.quick_capture import QuickCaptureDialog
from leaddesk.ui.rule_words import DEFAULT_QUESTIONS, REASSIGN_REFUSALS, STANDARD_TEXTS
from leaddesk.ui.session import Session
from leaddesk.ui.sync.wording import waiting_text
from leaddesk.ui.translations import compile_translations, extract, install
from tests.ui.test_labels import ALL_TABLES

PACKAGE = Path(__file__).resolve().parents[2] / "leaddesk"
# The only functions that translate a string they are handed: a table's entry, marked for lupdate with
# QT_TRANSLATE_NOOP where the table is written.
TABLE_LOOKUPS = {("ui/labels.py", "table_label"), ("ui/participant/records_model.py", "translated")}
QT_RECEIVERS = {"QCoreApplication", "QApplication", "QGuiApplication", "app"}


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


class _Sentences(ast.NodeVisitor):
    """(context, source) of every translation call in a module, and the calls that are not literal."""

    def __init__(self, module: str) -> None:
        self.module = module
        self.classes: list[str] = []
        self.functions: list[str] = []
        self.found: set[tuple[str, str]] = set()
        self.not_literal: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self.functions.append(node.name)
        self.generic_visit(node)
        self.functions.pop()

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        receiver = (
            func.value.id if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) else None
        )
        if name == "tr":
            if not isinstance(func, ast.Attribute):
                self._refuse(node, "a free tr() lands in lupdate's empty context")
            else:
                self._take(node, self.classes[-1] if self.classes else "", node.args[:1])
        elif name in ("QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3") or (
            name == "translate" and (isinstance(func, ast.Name) or receiver in QT_RECEIVERS)
        ):
            context = _literal(node.args[0]) if node.args else None
            if context is not None:
                self._take(node, context, node.args[1:2])
            elif not self._is_table_lookup():
                self._refuse(node, "its context is not a literal")
        self.generic_visit(node)

    def _take(self, node: ast.Call, context: str, source: list[ast.expr]) -> None:
        text = _literal(source[0]) if source else None
        if text is not None:
            self.found.add((context, text))
        elif not self._is_table_lookup():
            self._refuse(node, "its sentence is built at run time")

    def _is_table_lookup(self) -> bool:
        return (self.module, self.functions[-1] if self.functions else "") in TABLE_LOOKUPS

    def _refuse(self, node: ast.Call, why: str) -> None:
        self.not_literal.append(f"leaddesk/{self.module}:{node.lineno}: {why}")


def _scan() -> _Sentences:
    everything = _Sentences("")
    for path in sorted(PACKAGE.rglob("*.py")):
        module = _Sentences(path.relative_to(PACKAGE).as_posix())
        module.visit(ast.parse(path.read_text(), filename=str(path)))
        everything.found |= module.found
        everything.not_literal += module.not_literal
    return everything


def _messages(ts: Path) -> set[tuple[str, str]]:
    """(context, source) of every live message in a .ts file."""
    return {key for key, message in _elements(ts) if _translation(message).get("type") != "vanished"}


def _elements(ts: Path) -> list[tuple[tuple[str, str], ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        ((context.findtext("name") or "", message.findtext("source") or ""), message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def _translation(message: ET.Element) -> ET.Element:
    translation = message.find("translation")
    assert translation is not None
    return translation


@pytest.fixture(scope="module")
def extracted_ts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    (ts,) = extract(languages=("es",), folder=tmp_path_factory.mktemp("ts"))
    return ts


@pytest.fixture(scope="module")
def extracted(extracted_ts: Path) -> set[tuple[str, str]]:
    return _messages(extracted_ts)


def test_every_sentence_is_a_literal() -> None:
    assert _scan().not_literal == []


def test_lupdate_extracts_exactly_the_sentences_the_code_translates(extracted: set[tuple[str, str]]) -> None:
    in_code = _scan().found
    assert in_code - extracted == set()  # nothing the code translates is hidden from translators
    assert extracted - in_code == set()  # and the .ts holds nothing built at run time
    assert ("", "") not in {(context, "") for context, _ in extracted}  # no context-less sentences


def test_the_label_tables_are_in_the_ts_file(extracted: set[tuple[str, str]]) -> None:
    for _enum, table, context in ALL_TABLES:
        assert {(context, text) for text in table.values()} <= extracted
    assert {("Record", text) for text in ENTITY_LABELS.values()} <= extracted
    assert {("Role", text) for text in ROLE_LABELS.values()} <= extracted
    assert {("Field", text) for text in FIELD_LABELS.values()} <= extracted


def test_the_spanish_file_in_resources_is_lupdates_output() -> None:
    shipped = translations.ts_file("es")
    root = ET.parse(shipped).getroot()
    assert root.get("language", "").startswith("es")
    assert ("ParticipantStatus", "In the wind") in _messages(shipped)


# Qt's markers in a sentence, and a keyboard accelerator (an & before a letter: not "&&", not "3rd & Pine").
MARKERS = re.compile(r"%(?:[1-9][0-9]?|n)")
ACCELERATOR = re.compile(r"(?<!&)&(?=[^&\s])")


def _forms(message: ET.Element) -> list[str]:
    translation = _translation(message)
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def test_every_sentence_of_the_shipped_spanish_is_translated_keeping_its_markers() -> None:
    """What a translator (or a merge that brought new sentences) left undone is named, to be quick to do:
    translate those in resources/translations/leaddesk_es.ts, then `python -m leaddesk.ui.translations
    compile`."""
    unfinished, broken = [], []
    for (context, source), message in _elements(translations.ts_file("es")):
        kind = _translation(message).get("type")
        if kind in ("vanished", "obsolete"):
            continue
        if kind == "unfinished":
            unfinished.append(f"{context}: {source!r}")
            continue
        forms = _forms(message)
        if message.get("numerus") == "yes" and len(forms) != 2:
            broken.append(f"{context}: {source!r} needs Spanish's two plural forms, has {len(forms)}")
        for form in forms:
            lost = set(MARKERS.findall(source)) - set(MARKERS.findall(form))
            added = set(MARKERS.findall(form)) - set(MARKERS.findall(source))
            if not form.strip() or lost or added:
                broken.append(f"{context}: {source!r} -> {form!r} (lost {lost or ''}, added {added or ''})")
            if len(ACCELERATOR.findall(form)) != len(ACCELERATOR.findall(source)):
                broken.append(f"{context}: {source!r} -> {form!r} (keyboard accelerator)")
    assert unfinished == [], "not translated yet:\n" + "\n".join(unfinished)
    assert broken == [], "\n".join(broken)


def test_the_committed_qm_is_the_committed_ts_compiled(tmp_path: Path) -> None:
    """The .qm the app loads cannot drift from the .ts translators edit."""
    shipped = translations.ts_file("es")
    shutil.copy(shipped, tmp_path / shipped.name)
    assert compile_translations(folder=tmp_path) == [tmp_path / "leaddesk_es.qm"]
    committed = shipped.with_suffix(".qm")
    assert committed.is_file(), "compile the .ts: python -m leaddesk.ui.translations compile"
    assert (tmp_path / "leaddesk_es.qm").read_bytes() == committed.read_bytes(), (
        "leaddesk_es.qm is not leaddesk_es.ts compiled: python -m leaddesk.ui.translations compile"
    )


def test_the_domains_everyday_sentences_are_written_out_for_the_translators() -> None:
    """rule_words.py repeats them as literals for lupdate: they must stay the domain's own words."""
    assert {criterion.key: criterion.question for criterion in DEFAULT_CRITERIA} == DEFAULT_QUESTIONS
    assert set(REASSIGN_REFUSALS) == {why_not_reassign(None), why_not_reassign(Role.CASE_MANAGER.value)}
    assert all(english == written for english, written in REASSIGN_REFUSALS.items())
    assert STANDARD_TEXTS == {STANDARD_REVOCATION_TEXT: STANDARD_REVOCATION_TEXT}


def test_every_count_is_a_plural_message(extracted_ts: Path) -> None:
    counts = [(key, m) for key, m in _elements(extracted_ts) if "%n" in key[1]]
    assert len(counts) > 20
    assert [key for key, m in counts if m.get("numerus") != "yes"] == []
    # Spanish has two forms; each count sentence offers both to the translator.
    assert {len(_translation(m).findall("numerusform")) for _, m in counts} == {2}


# What a translator types into leaddesk_es.ts: one label, one count a module function builds (lupdate
# alone would lose its plural forms) and one a widget builds with self.tr.
SPANISH = {
    ("ParticipantStatus", "In the wind"): ["En paradero desconocido"],
    ("display", "in %n day(s)"): ["en %n día", "en %n días"],
    ("sync", "%n change(s) waiting to sync"): ["%n cambio por sincronizar", "%n cambios por sincronizar"],
}


def _translate(ts: Path, words: dict[tuple[str, str], list[str]]) -> None:
    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            key = (context.findtext("name") or "", message.findtext("source") or "")
            if key not in words:
                continue
            translation = _translation(message)
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                for form, text in zip(translation.findall("numerusform"), words[key], strict=True):
                    form.text = text
            else:
                (translation.text,) = words[key]
    tree.write(ts, encoding="utf-8", xml_declaration=True)


@pytest.fixture
def spanish(qapp, tmp_path: Path) -> Path:
    """A Spanish translation made the way the README says: extract, translate, extract again, compile."""
    (ts,) = extract(languages=("es",), folder=tmp_path)
    _translate(ts, SPANISH)
    extract(languages=("es",), folder=tmp_path)  # a later extraction keeps what was translated
    assert compile_translations(folder=tmp_path) == [tmp_path / "leaddesk_es.qm"]
    return tmp_path


def test_a_later_extraction_keeps_the_plural_forms(spanish: Path) -> None:
    messages = dict(_elements(spanish / "leaddesk_es.ts"))
    for key in (("display", "in %n day(s)"), ("sync", "%n change(s) waiting to sync")):
        forms = [form.text for form in _translation(messages[key]).findall("numerusform")]
        assert forms == SPANISH[key]
        assert _translation(messages[key]).get("type") is None  # still finished


def test_the_persons_language_is_loaded_and_used(qapp, spanish: Path) -> None:
    loaded = install(qapp, locale=QLocale("es_MX"), folder=spanish)
    try:
        assert loaded  # es_MX falls back to leaddesk_es.qm
        assert enum_label(ParticipantStatus.IN_THE_WIND) == "En paradero desconocido"
        # The translation chose the plural form; display.plural leaves it alone.
        assert relative_day(date(2025, 3, 15), today=date(2025, 3, 12)) == "en 3 días"
        assert waiting_text(1) == "1 cambio por sincronizar"
        assert waiting_text(4) == "4 cambios por sincronizar"
        assert relative_day(date(2025, 3, 9), today=date(2025, 3, 12)) == "3 days ago"  # not translated
    finally:
        for translator in loaded:
            QCoreApplication.removeTranslator(translator)
    assert enum_label(ParticipantStatus.IN_THE_WIND) == "In the wind"
    assert waiting_text(4) == "4 changes waiting to sync"


def test_a_language_without_a_file_loads_nothing(qapp, spanish: Path) -> None:
    assert install(qapp, locale=QLocale("fr_FR"), folder=spanish) == []
    assert enum_label(ParticipantStatus.IN_THE_WIND) == "In the wind"


CAPTURE_SPANISH = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context><name>ContactKind</name>
  <message><source>Street</source><translation>Calle</translation></message>
</context>
<context><name>QuickCaptureDialog</name>
  <message><source>street contact</source><translation>contacto en la calle</translation></message>
  <message numerus="yes"><source>Saved: %1 with %2, %n minute(s), and its note.</source>
    <translation><numerusform>Guardado: %1 con %2, %n minuto, y su nota.</numerusform>
      <numerusform>Guardado: %1 con %2, %n minutos, y su nota.</numerusform></translation></message>
</context>
</TS>
"""


def test_quick_capture_says_what_it_saved_in_the_persons_words(
    qtbot, tmp_path: Path, store: Store, participant: Participant
) -> None:
    """The pick list's label is not lower-cased into the sentence: the sentence has its own words."""
    (tmp_path / "leaddesk_es.ts").write_text(CAPTURE_SPANISH, encoding="utf-8")
    compile_translations(folder=tmp_path)
    loaded = install(QCoreApplication.instance(), locale=QLocale("es_ES"), folder=tmp_path)  # type: ignore[arg-type]
    try:
        dialog = QuickCaptureDialog(Session(Desk(store)), participant_id=participant.id)
        qtbot.addWidget(dialog)
        assert dialog.kind.currentText() == "Calle"
        dialog.note.setPlainText("Saludo rápido en la parada del autobús.")
        assert dialog.save()
        assert dialog.message == "Guardado: contacto en la calle con Quill, Jordan, 15 minutos, y su nota."
    finally:
        for translator in loaded:
            QCoreApplication.removeTranslator(translator)
