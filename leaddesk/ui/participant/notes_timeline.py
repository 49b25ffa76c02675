"""The notes timeline as a list of two-line items (when, who, signed or draft, addenda; then the note's
first line), which reads better in half a window than a table of narrow columns."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from leaddesk.ui.participant.notes_model import (
    COL_ADDENDA,
    COL_AUTHOR,
    COL_STATE,
    COL_TEXT,
    COL_WHEN,
    AddendaCountRole,
    NotesModel,
)
from leaddesk.ui.text import fill

Index = QModelIndex | QPersistentModelIndex
PAD = 6


class NoteItemDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        height = option.fontMetrics.height()  # type: ignore[attr-defined]
        return QSize(200, 2 * height + 3 * PAD)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else QApplication.style()
        opt.text = ""  # type: ignore[attr-defined]
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)

        selected = bool(opt.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        palette: QPalette = opt.palette  # type: ignore[attr-defined]
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        quiet_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        rect: QRect = opt.rect.adjusted(PAD, PAD, -PAD, -PAD)  # type: ignore[attr-defined]
        line = opt.fontMetrics.height()  # type: ignore[attr-defined]

        def cell(column: int) -> str:
            return str(index.siblingAtColumn(column).data() or "")

        state = cell(COL_STATE)
        addenda = int(index.siblingAtColumn(COL_ADDENDA).data(AddendaCountRole) or 0)
        if addenda:
            many = fill(self.tr("%1 addenda"), str(addenda))
            state += " · " + (self.tr("1 addendum") if addenda == 1 else many)
        painter.save()
        bold = QFont(opt.font)  # type: ignore[attr-defined]
        bold.setWeight(QFont.Weight.DemiBold)
        top = QRect(rect.left(), rect.top(), rect.width(), line)
        painter.setFont(bold)
        painter.setPen(palette.color(text_role))
        state_width = painter.fontMetrics().horizontalAdvance(state) + PAD
        head = f"{cell(COL_WHEN)}  ·  {cell(COL_AUTHOR)}"
        head = painter.fontMetrics().elidedText(head, Qt.TextElideMode.ElideRight, rect.width() - state_width)
        painter.drawText(top, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), head)
        painter.setFont(opt.font)  # type: ignore[attr-defined]
        painter.setPen(palette.color(quiet_role))
        painter.drawText(top, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), state)
        bottom = QRect(rect.left(), rect.top() + line + PAD, rect.width(), line)
        text = painter.fontMetrics().elidedText(cell(COL_TEXT), Qt.TextElideMode.ElideRight, rect.width())
        painter.setPen(palette.color(text_role))
        painter.drawText(bottom, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
        painter.restore()


class NotesTimeline(QListView):
    """A list over NotesModel's rows; it asks the model for more as it scrolls (fetchMore)."""

    def __init__(self, model: NotesModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setModelColumn(COL_WHEN)
        self.setItemDelegate(NoteItemDelegate(self))
        self.setUniformItemSizes(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
