"""Search across participants' names and aliases and the text of notes: ranked results as you type,
each snippet with the matched words marked. Every search runs on the runner (off the GUI thread, the
window stays responsive over 250,000 notes) under one key, so a newer query supersedes an older one
still running. Opening a result opens the participant (whose page audits the view, so this page does
not)."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QKeyEvent,
    QPainter,
    QPalette,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from leaddesk.desk import Changes
from leaddesk.desk.search import Found, HitKind
from leaddesk.ui.display import describe_error, plural
from leaddesk.ui.icons import icon
from leaddesk.ui.models import ParticipantIdRole, SnippetHtmlRole
from leaddesk.ui.search_model import (
    COL_DATE,
    COL_KIND,
    COL_NAME,
    COL_SNIPPET,
    SearchResultsModel,
)
from leaddesk.ui.session import Session
from leaddesk.ui.table_view import RecordTable

DEBOUNCE_MS = 250
KEPT_SNIPPETS = 400  # laid-out snippets the delegate keeps: a few screenfuls, selected and not
SEARCH_KEY = "search"  # the runner's key: a newer search supersedes an older one still running
_SEARCHED_ENTITIES = frozenset({"participant", "note", "addendum"})


def _blend(one: QColor, other: QColor, share: float) -> QColor:
    """`share` of `one` over `other`: a tint that follows the palette, light or dark."""
    return QColor.fromRgbF(
        one.redF() * share + other.redF() * (1 - share),
        one.greenF() * share + other.greenF() * (1 - share),
        one.blueF() * share + other.blueF() * (1 - share),
    )


class SnippetDelegate(QStyledItemDelegate):
    """Draws a snippet's rich text (already escaped by the model) with the matches marked in the
    palette's highlight colour; on a selected row the marks are underlined instead. Laying out rich
    text costs about a millisecond a cell, so each laid-out snippet is kept for the repaints that follow
    (scrolling, selecting, a page added below) instead of being laid out again."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._documents: OrderedDict[tuple[str, str, str, str], QTextDocument] = OrderedDict()

    def _document(self, rich: str, *, font: QFont, marks: str, colour: str) -> QTextDocument:
        key = (rich, font.key(), marks, colour)
        doc = self._documents.get(key)
        if doc is not None:
            self._documents.move_to_end(key)
            return doc
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(font)
        doc.setDefaultTextOption(QTextOption(Qt.AlignmentFlag.AlignLeft))
        doc.defaultTextOption().setWrapMode(QTextOption.WrapMode.NoWrap)
        doc.setDefaultStyleSheet(marks)
        doc.setHtml(f'<span style="white-space: pre; color: {colour}">{rich}</span>')
        self._documents[key] = doc
        if len(self._documents) > KEPT_SNIPPETS:
            self._documents.popitem(last=False)
        return doc

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        rich = str(index.data(SnippetHtmlRole) or "")
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)

        palette = opt.palette
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        if selected:
            marks = "b { text-decoration: underline; }"
        else:
            tint = _blend(
                palette.color(QPalette.ColorRole.Highlight), palette.color(QPalette.ColorRole.Base), 0.3
            )
            marks = f"b {{ background-color: {tint.name()}; color: {text.name()}; }}"
        doc = self._document(rich, font=opt.font, marks=marks, colour=text.name())

        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        painter.save()
        top = area.top() + max(0.0, (area.height() - doc.size().height()) / 2)
        painter.translate(area.left() + 2, top)
        clip = QRectF(0, 0, area.width() - 4, area.height())
        painter.setClipRect(clip)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette.setColor(QPalette.ColorRole.Text, text)
        context.clip = clip
        doc.documentLayout().draw(painter, context)
        painter.restore()


class SearchPage(QWidget):
    participant_requested = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = SearchResultsModel()
        self._stale = False
        self._asked: tuple[str, frozenset[HitKind]] | None = None  # the search last run
        self._pending = False  # its answer has not come yet
        self._notes_waiting = False  # the last answer said notes are not indexed yet
        self._then_select = False  # Enter was pressed: go to the first result once it comes
        self._build_bar()
        self._build_table()
        self._build_layout()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._connect()
        self._update_count()

    def _build_bar(self) -> None:
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Search names, aliases and notes"))
        self.query.setAccessibleName(self.tr("Search"))
        self.query.setToolTip(self.tr("Search names, aliases and notes (Ctrl+F); Enter goes to the results"))
        self.query.setClearButtonEnabled(True)
        self.query.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.query.installEventFilter(self)
        self.names = QCheckBox(self.tr("Names"))
        self.names.setAccessibleName(self.tr("Search participants' names and aliases"))
        self.names.setChecked(True)
        self.notes = QCheckBox(self.tr("Notes"))
        self.notes.setAccessibleName(self.tr("Search notes and addenda"))
        self.notes.setChecked(True)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Result count"))

    def _build_table(self) -> None:
        self.table = RecordTable()
        self.table.setAccessibleName(self.tr("Search results"))
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(COL_SNIPPET, SnippetDelegate(self.table))
        header = self.table.horizontalHeader()
        header.resizeSection(COL_KIND, 100)
        header.resizeSection(COL_NAME, 220)
        header.resizeSection(COL_DATE, 110)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_SNIPPET, header.ResizeMode.Stretch)

    def _build_layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.query, 1)
        bar.addWidget(self.names)
        bar.addWidget(self.notes)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        QWidget.setTabOrder(self.query, self.names)
        QWidget.setTabOrder(self.names, self.notes)
        QWidget.setTabOrder(self.notes, self.table)

    def _connect(self) -> None:
        self._debounce.timeout.connect(self.search_now)
        self.query.textEdited.connect(lambda _text: self._debounce.start())
        self.query.returnPressed.connect(self._to_results)
        self.names.toggled.connect(self.search_now)
        self.notes.toggled.connect(self.search_now)
        self.table.open_requested.connect(self._open)
        self.model.more_wanted.connect(self._more)
        self.session.changed.connect(self._changed)

    def kinds(self) -> frozenset[HitKind]:
        kinds: set[HitKind] = set()
        if self.names.isChecked():
            kinds.add(HitKind.PARTICIPANT)
        if self.notes.isChecked():
            kinds |= {HitKind.NOTE, HitKind.ADDENDUM}
        return frozenset(kinds)

    def run_query(self, text: str) -> None:
        """Search for `text` now (as if it had been typed)."""
        self.query.setText(text)
        self.search_now()

    def search_now(self) -> None:
        """Search for what is typed now, off the GUI thread; the results come when it is done."""
        self._debounce.stop()
        self._stale = False
        if not self.session.desk.is_open:
            return  # a timer that fired after a lock: the page is about to go
        text, kinds = self.query.text(), self.kinds()
        self._asked, self._pending = (text, kinds), True
        self.model.wait()
        self.session.runner.query(
            lambda desk: desk.search.page(text, kinds=kinds),
            key=SEARCH_KEY,
            done=self._found,
            failed=self._failed,
        )

    def _found(self, found: Found) -> None:
        if not self.session.desk.is_open:
            return  # an answer that came after a lock: the page is about to go
        self._pending = False
        self.model.show(found)
        self._notes_waiting = found.notes_waiting
        self._update_count()
        if self._then_select:
            self._then_select = False
            if self.table.select_first():
                self.table.setFocus()

    def _more(self, found: Found) -> None:
        """The view scrolled to the end of the hits: the next page, off the GUI thread too."""
        offset = found.offset + len(found.hits)
        self.session.runner.query(
            lambda desk: desk.search.page(found.text, kinds=found.kinds, offset=offset),
            key=SEARCH_KEY,
            done=self._found,
            failed=self._failed,
        )

    def _failed(self, error: Exception) -> None:
        if not self.session.desk.is_open:
            return  # the lock closed the connection under the search: nothing to say
        self._pending = self._then_select = False
        self.model.show(Found(self.query.text(), self.kinds(), 0, (), more=False))
        self.count_label.setText(describe_error(error))

    def focus_query(self) -> None:
        self.query.setFocus()
        self.query.selectAll()

    def refresh(self) -> None:
        if self._stale and self.query.text().strip():
            self.search_now()

    def _update_count(self) -> None:
        text = self.query.text().strip()
        rows = self.model.rowCount()
        if not text:
            message = self.tr("Type a name, an alias or words from a note.")
        elif not self.kinds():
            message = self.tr("Tick Names or Notes to search them.")
        elif rows == 0:
            message = self.tr("No matches.")
        elif self.model.has_more:
            message = plural(self.tr("More than %n result(s), best first", "", rows), rows)
        else:
            message = plural(self.tr("%n result(s)", "", rows), rows)
        if text and self._notes_waiting:
            message += " — " + self.tr("Notes are found once this laptop's first sync has finished.")
        self.count_label.setText(message)

    def _changed(self, change: Changes) -> None:
        # Results already on screen stay put while the user reads them; they are re-run when next shown.
        if change.concerns(_SEARCHED_ENTITIES):
            self._stale = True

    def _to_results(self) -> None:
        if self._debounce.isActive() or self._asked != (self.query.text(), self.kinds()):
            self.search_now()
        if self._pending:
            self._then_select = True  # when the answer comes
        elif self.table.select_first():
            self.table.setFocus()

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.participant_requested.emit(str(index.data(ParticipantIdRole)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.query and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down:
                self._to_results()
                return True
        return super().eventFilter(watched, event)
