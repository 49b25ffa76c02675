"""What the Spanish walk (test_spanish_walk.py) reads off the screens and how it tells English from
Spanish, and a check that no text is cut off.

A text is English when it is one of the app's English sentences (a source in leaddesk_es.ts whose
translation differs from it, its %1… matching anything), or when, record contents aside, it holds a
word of COMMON_ENGLISH (words no Spanish sentence of the app uses). Record contents are invented demo
data, in English: every literal of leaddesk/demo/ is taken out of a text before its words are looked at,
as are addresses and paths. Names, codes and numbers are no common English word, so they pass."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[2]
SPANISH_TS = ROOT / "resources" / "translations" / "leaddesk_es.ts"
DEMO = ROOT / "leaddesk" / "demo"
HEADER_PADDING = 8  # a header section's margins around its title (the style's, at least)
EDGE = 12  # pixels a label is drawn wider to see whether its text goes on past its edge
ROWS_READ = 40  # cells of the first rows of each list: enough to meet every kind of value a column shows

# Everyday English of the app's screens; none is a word of its Spanish (so not "no", "plan", "general").
COMMON_ENGLISH = frozenset(
    """
    the and with for from your you this that these those what which who when where why how here there is
    are was were been has have had will would can could should must not none all any every each more
    most only also than then into over under after before about again yet still just new save cancel
    open close delete edit add remove search find show hide choose select type write sign signed
    unsigned lock unlock locked sync synced syncing settings name names date time team note notes
    participant participants case manager contact contacts today tomorrow yesterday day days week month
    months year last next first record records file files need needs goal goals task tasks done due
    never nothing something everyone back help please message notice details period quarter report
    tables consent consents disclosure disclosures referral referrals outcome outcomes service services
    court jail shelter street office phone program status overview dashboard caseload conference
    conflicts conflict mine theirs keep apply connect disconnect passphrase profile recovery key copy
    copied continue referred engaged active inactive exited wind housing income benefits employed health
    insurance yes unknown other pending eligible screening decision decided answers question required
    excludes created updated deleted since until expires expired revoked valid signed owner
    """.split()  # noqa: SIM905 -- a list of words reads best as words
)
_MARKER = re.compile(r"%(?:[1-9][0-9]?|n)")
_WORD = re.compile(r"[^\W\d_]+(?:'[a-z]+)?")  # letters, accented ones too ("allá" is not "all")
_ADDRESS = re.compile(r"\S*(?:://|/|\\)\S*")  # URLs, folders, files
_TAGS = re.compile(r"<[^>]+>")
ACCELERATOR = re.compile(r"(?<!&)&(?=[^&\s])")


def _translations() -> list[tuple[str, list[str]]]:
    """(source, its translated forms) of every finished message of the shipped Spanish."""
    found = []
    for message in ET.parse(SPANISH_TS).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        found.append((message.findtext("source") or "", forms))
    return found


def _pattern(source: str) -> re.Pattern[str]:
    parts = _MARKER.split(source)
    return re.compile(".+?".join(re.escape(part) for part in parts), re.DOTALL)


def _demo_literals() -> list[str]:
    """Every string the demo's data is made of (a format string's fixed parts), longest first."""
    found: set[str] = set()
    for path in DEMO.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.update(part.strip() for part in re.split(r"\{[^}]*\}", node.value))
    return sorted(filter(None, found), key=len, reverse=True)


class English:
    """Tells whether a text left on a Spanish screen is English, and why."""

    def __init__(self) -> None:
        translated = [(source, forms) for source, forms in _translations() if source not in forms]
        self.sentences = {source.replace("&", "") for source, _ in translated if not _MARKER.search(source)}
        self.templates = [
            _pattern(source.replace("&", ""))
            for source, _ in translated
            # "%1 since %2" would take any sentence with "since" in it for the app's: two words at least
            if _MARKER.search(source) and len(_WORD.findall(_MARKER.sub(" ", source))) >= 2
        ]
        self.spanish = {form.replace("&", "") for _, forms in _translations() for form in forms}
        self.values = _demo_literals()
        # Taken out of a text before its words are looked at: not single short words ("Phone").
        self.data = [text for text in self.values if len(text) >= 6 or (len(text) >= 4 and " " in text)]

    def why(self, text: str, *, words: bool = True) -> str:
        """Why `text` is English ("" when it is not). Table cells are records' values: `words=False`
        looks only for the app's own sentences there."""
        shown = _TAGS.sub("", text).replace("&", "").strip()
        if not shown or shown in self.spanish or (not words and shown in self.values):
            return ""  # Spanish, or a record's value that happens to be a word of the app ("Phone")
        if shown in self.sentences:
            return "an English sentence of the app, untranslated"
        if any(template.fullmatch(shown) for template in self.templates):
            return "an English sentence of the app (with its values filled in), untranslated"
        if not words:
            return ""
        rest = _ADDRESS.sub(" ", shown)
        for literal in self.data:
            rest = rest.replace(literal, " ")
        common = sorted({w for w in _WORD.findall(rest) if w.lower() in COMMON_ENGLISH}, key=str.lower)
        return f"English words: {', '.join(common)}" if common else ""


@dataclass(frozen=True)
class Seen:
    """A text on screen: what shows it (class and object name) and whether it is a record's value."""

    where: str
    text: str
    is_value: bool = False


def _where(widget: QWidget, what: str) -> str:
    name = widget.objectName() or widget.accessibleName()
    return f"{type(widget).__name__}{f' “{name}”' if name else ''} {what}"


def texts_of(root: QWidget) -> Iterator[Seen]:
    """Every text `root` and the widgets in it show or say, shown or not (a hidden one shows later)."""
    for widget in [root, *root.findChildren(QWidget)]:
        yield from _own_texts(widget)
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            yield from _view_texts(widget)


def _own_texts(widget: QWidget) -> Iterator[Seen]:
    plain: list[tuple[str, str]] = [
        ("tooltip", widget.toolTip()),
        ("accessible name", widget.accessibleName()),
        ("accessible description", widget.accessibleDescription()),
    ]
    if widget.isWindow():
        plain.append(("window title", widget.windowTitle()))
    if isinstance(widget, QLabel | QAbstractButton):
        plain.append(("text", widget.text()))
    elif isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        plain.append(("placeholder", widget.placeholderText()))
    elif isinstance(widget, QGroupBox):
        plain.append(("title", widget.title()))
    elif isinstance(widget, QComboBox):
        plain += [("item", widget.itemText(i)) for i in range(widget.count())]
    elif isinstance(widget, QTabBar):
        plain += [("tab", widget.tabText(i)) for i in range(widget.count())]
        plain += [("tab tooltip", widget.tabToolTip(i)) for i in range(widget.count())]
    elif isinstance(widget, QTabWidget):
        plain += [("tab", widget.tabText(i)) for i in range(widget.count())]
    elif isinstance(widget, QMenuBar | QMenu):
        for action in widget.actions():
            plain += [("menu item", action.text()), ("menu tooltip", action.toolTip())]
    for what, text in plain:
        if text:
            yield Seen(_where(widget, what), text)
    if isinstance(widget, QLineEdit | QPlainTextEdit):  # what a form starts with is mostly a record's value
        typed = widget.text() if isinstance(widget, QLineEdit) else widget.toPlainText()
        if typed:
            yield Seen(_where(widget, "text"), typed, is_value=True)


def _view_texts(view: QAbstractItemView) -> Iterator[Seen]:
    model = view.model()
    root = QModelIndex()
    columns = 1 if isinstance(view, QListView) else model.columnCount(root)  # a list's model hides its count
    for section in range(columns if columns > 1 else 0):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            header = model.headerData(section, Qt.Orientation.Horizontal, role)
            if isinstance(header, str) and header:
                yield Seen(_where(view, "column header"), header)
    for row in range(min(model.rowCount(root), ROWS_READ)):
        for column in range(columns):
            index: QModelIndex = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str) and value:
                    yield Seen(_where(view, "cell"), value, is_value=True)


def cut_off(root: QWidget) -> Iterator[str]:
    """Texts narrower than they need on screen: a one-line label or a button shown narrower than its
    text, a column header narrower than its title, or a row of tabs that does not fit (arrows hide some)."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 1:
            continue
        needed = widget.minimumSizeHint().width()
        accelerated = isinstance(widget, QLabel) and ACCELERATOR.search(widget.text())
        if accelerated and (cut := _ink_past_edge(widget)):  # type: ignore[arg-type]
            yield f"QLabel “{widget.text()}”: its last {cut} px of text drawn past its edge"
        if isinstance(widget, QLabel | QAbstractButton) and widget.text() and widget.width() < needed:
            one_line = not (isinstance(widget, QLabel) and widget.wordWrap())
            if one_line:
                yield f"{type(widget).__name__} “{widget.text()}”: {widget.width()} px of {needed}"
        elif isinstance(widget, QTabBar) and widget.count() > 1:
            if widget.sizeHint().width() > widget.width():  # all tabs side by side need more room
                yield f"tabs {[widget.tabText(i) for i in range(widget.count())]} do not all fit"
        elif isinstance(widget, QHeaderView) and widget.orientation() == Qt.Orientation.Horizontal:
            yield from _narrow_headers(widget)


def _ink_past_edge(label: QLabel) -> int:
    """How many pixel columns of a label's text fall past its right edge: Qt measures a label's text
    without its accelerator's underline, which splits the text, and a kerned pair beside it ("Te")
    comes apart, so the last letter can be cut. Drawn once wider, the columns past the edge show it."""
    width, height = label.width(), label.height()
    label.resize(width + EDGE, height)
    image = label.grab().toImage()
    label.resize(width, height)
    background = image.pixel(image.width() - 1, 0)
    return sum(
        any(image.pixel(x, y) != background for y in range(image.height()))
        for x in range(width, image.width() - 1)
    )


def _narrow_headers(header: QHeaderView) -> Iterator[str]:
    model = header.model()
    if model is None:
        return
    metrics = header.fontMetrics()
    for section in range(header.count()):
        title = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if not isinstance(title, str) or not title or header.isSectionHidden(section):
            continue
        needed = metrics.horizontalAdvance(title) + HEADER_PADDING
        if header.sectionSize(section) < needed:
            yield f"column “{title}”: {header.sectionSize(section)} px of {needed}"
