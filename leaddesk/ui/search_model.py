"""Search results as a Qt table model: the ranked hits of the pages found so far, each snippet ready
to draw as safe rich text (escaped first, then the match markers become <b>). The model never
searches: its owner runs the desk's search off the GUI thread and hands each page over (`show`); when
the view scrolls to the end the model asks for the next page (`more_wanted`)."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal

from leaddesk.desk.search import ALL_KINDS, MATCH_END, MATCH_START, PAGE, Found, HitKind, SearchHit
from leaddesk.domain.ids import parse_iso
from leaddesk.ui.display import day
from leaddesk.ui.models import Index, KindRole, ParticipantIdRole, RecordIdRole, RowsModel, SnippetHtmlRole

__all__ = ["PAGE", "KindRole", "ParticipantIdRole", "RecordIdRole", "SearchResultsModel", "SnippetHtmlRole"]

COL_KIND, COL_NAME, COL_SNIPPET, COL_DATE = range(4)


def snippet_html(snippet: str) -> str:
    """The snippet as rich text: whatever a note says is shown as text, never run as markup."""
    return html.escape(snippet).replace(MATCH_START, "<b>").replace(MATCH_END, "</b>")


class SearchResultsModel(RowsModel[SearchHit]):
    more_wanted = Signal(object)  # the Found whose next page the view wants

    def __init__(self) -> None:
        super().__init__()
        self._found = Found("", ALL_KINDS, 0, (), more=False)
        self._asking = False
        self._kind_labels = {
            HitKind.PARTICIPANT: self.tr("Name"),
            HitKind.NOTE: self.tr("Note"),
            HitKind.ADDENDUM: self.tr("Addendum"),
        }
        self.headers = [self.tr("Found in"), self.tr("Participant"), self.tr("Match"), self.tr("Written")]

    # -- what the owner hands over -----------------------------------------------------------------

    def show(self, found: Found) -> None:
        """A first page replaces the results; a next page of the same search is added below them (a
        page of another search, or one already added, is left out)."""
        self._asking = False
        if found.offset == 0:
            self._found = found
            self.set_rows(list(found.hits))
            return
        if (found.text, found.kinds, found.offset) != (self._found.text, self._found.kinds, len(self._rows)):
            return
        self._found = found
        if found.hits:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(found.hits) - 1)
            self._rows += found.hits
            self.endInsertRows()

    def wait(self) -> None:
        """A new search is on its way: ask for no more pages of the one shown."""
        self._asking = True

    @property
    def text(self) -> str:
        return self._found.text

    @property
    def has_more(self) -> bool:
        """More hits than are loaded may exist (the count shown is then a lower bound)."""
        return self._found.more

    def hit(self, row: int) -> SearchHit:
        return self._rows[row]

    # -- what the view asks ------------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._found.more and not self._asking

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._asking = True
            self.more_wanted.emit(self._found)

    def participant_of(self, row: SearchHit) -> str:
        return row.participant_id

    def record_of(self, row: SearchHit) -> str:
        return row.record_id

    def cell(self, row: SearchHit, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_SNIPPET:
            return row.plain_snippet
        if role == SnippetHtmlRole:
            return snippet_html(row.snippet)
        if role == KindRole:
            return row.kind
        return None

    def _display(self, hit: SearchHit, column: int) -> str:
        match column:
            case 0:
                return self._kind_labels[hit.kind]
            case 1:
                return hit.participant_name
            case 2:
                return hit.plain_snippet
            case _:
                # A name match has no date worth showing; a note's is when it was written.
                return "" if hit.kind is HitKind.PARTICIPANT else day(parse_iso(hit.created_at))
