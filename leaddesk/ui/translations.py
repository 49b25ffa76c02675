"""The app's translations: loading the person's language at start-up, and the two commands that keep the
translation files in step with the code (resources/translations/README.md says when to run which):

    python -m leaddesk.ui.translations extract   # pyside6-lupdate: sources -> leaddesk_<lang>.ts
    python -m leaddesk.ui.translations compile   # pyside6-lrelease: leaddesk_<lang>.ts -> .qm

Only what is written as a literal in `self.tr("…")`, `translate("Context", "…")` or
`QT_TRANSLATE_NOOP("Context", "…")` reaches a .ts file (see leaddesk/ui/text.py for why).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from leaddesk.ui.resources import resources_folder

LANGUAGES = ("es",)  # a language gets a .ts file once it is listed here
PREFIX = "leaddesk"
SOURCES = Path(__file__).resolve().parents[1]  # the leaddesk package: app.py and every screen


class ToolMissing(FileNotFoundError):
    """pyside6-lupdate or pyside6-lrelease is not where PySide6 installs it."""


def translations_folder() -> Path:
    return resources_folder() / "translations"


def install(
    app: QCoreApplication, *, locale: QLocale | None = None, folder: Path | None = None
) -> list[QTranslator]:
    """Load LEAD Desk's translation for `locale` (default: the computer's) when one is there, and then
    Qt's own for the same language, so standard buttons (OK, Cancel) read in it too. English, or a
    language without a file, installs nothing: the source strings are English."""
    locale = locale or QLocale()
    ours = QTranslator(app)
    if not ours.load(locale, PREFIX, "_", str(folder or translations_folder()), ".qm"):
        return []
    app.installTranslator(ours)
    installed = [ours]
    qt = QTranslator(app)
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


def qt_tool(name: str) -> Path:
    """A Qt tool PySide6 ships beside itself (the pyside6-<name> commands run these)."""
    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.is_file():
            return candidate
    raise ToolMissing(
        f"{name} is not in {folder}; reinstall PySide6 (pip install --force-reinstall PySide6)."
    )


def ts_file(language: str, *, folder: Path | None = None) -> Path:
    return (folder or translations_folder()) / f"{PREFIX}_{language}.ts"


def extract(
    *, languages: Sequence[str] = LANGUAGES, sources: Path = SOURCES, folder: Path | None = None
) -> list[Path]:
    """Bring each language's .ts file up to date with the sources; translations already made are kept
    (a sentence no longer in the code is marked vanished, not deleted)."""
    files = [ts_file(language, folder=folder) for language in languages]
    saved = {ts: _count_translations(ts) for ts in files}
    command = [
        str(qt_tool("lupdate")),
        "-extensions",
        "py",
        "-locations",
        "relative",  # line numbers relative to each other: a change elsewhere leaves the file alone
        "-source-language",
        "en",
        str(sources),
        "-ts",
        *map(str, files),
    ]
    subprocess.run(command, check=True, capture_output=True, text=True)  # noqa: S603 -- Qt's tool, our paths
    for ts in files:
        _mark_counts(ts, saved[ts])
    return files


# lupdate's Python parser marks `translate("Context", "%n day(s)", None, n)` as a count with plural forms
# only when n is a literal number (self.tr is read right), and on the next run strips the forms a
# translator gave such a sentence. Every "%n" here is a count, so extract() marks those sentences itself
# and puts back the plural forms lupdate dropped.


def _count_translations(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """The translation (with its plural forms) of every count sentence already in `ts`."""
    if not ts.exists():
        return {}
    return {
        key: translation
        for key, message in _messages(ET.parse(ts).getroot())  # noqa: S314 -- our own .ts file
        if message.get("numerus") == "yes" and (translation := message.find("translation")) is not None
    }


def _mark_counts(ts: Path, saved: dict[tuple[str, str], ET.Element]) -> None:
    tree = ET.parse(ts)  # noqa: S314 -- the .ts file lupdate just wrote
    messages = list(_messages(tree.getroot()))
    forms = max((len(m.findall("translation/numerusform")) for _, m in messages), default=0) or 2
    changed = False
    for key, message in messages:
        if "%n" not in key[1] or message.get("numerus") == "yes":
            continue
        old = message.find("translation")
        if old is not None:
            message.remove(old)
        translation = saved.get(key)
        if translation is None:
            translation = ET.Element("translation", type="unfinished")
            for _ in range(forms):
                ET.SubElement(translation, "numerusform").text = ""
        message.set("numerus", "yes")
        message.append(translation)
        changed = True
    if changed:
        ET.indent(tree, space="    ")
        body = ET.tostring(tree.getroot(), encoding="unicode")
        ts.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8")


def _messages(root: ET.Element) -> Iterator[tuple[tuple[str, str], ET.Element]]:
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield (name, message.findtext("source") or ""), message


def compile_translations(*, folder: Path | None = None) -> list[Path]:
    """A .qm beside every .ts; the app loads those."""
    compiled = []
    for ts in sorted((folder or translations_folder()).glob(f"{PREFIX}_*.ts")):
        qm = ts.with_suffix(".qm")
        command = [str(qt_tool("lrelease")), str(ts), "-qm", str(qm)]
        subprocess.run(command, check=True, capture_output=True, text=True)  # noqa: S603 -- as above
        compiled.append(qm)
    return compiled


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m leaddesk.ui.translations", description="Keep LEAD Desk's translations up to date."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("extract", help="collect the app's sentences into resources/translations/*.ts")
    commands.add_parser(
        "compile", help="compile resources/translations/*.ts into the .qm files the app loads"
    )
    args = parser.parse_args(argv)
    try:
        done = extract() if args.command == "extract" else compile_translations()
    except (ToolMissing, subprocess.CalledProcessError) as exc:
        detail = exc.stderr if isinstance(exc, subprocess.CalledProcessError) else str(exc)
        print(f"{args.command} failed: {detail}", file=sys.stderr)
        return 1
    for path in done:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
