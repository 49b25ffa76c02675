"""Search results as a Qt table model: ranked hits from the full-text index, a page at a time, each
snippet ready to draw as safe rich text (escaped first, then the match markers become <b>)."""

from __future__ import annotations

import html

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from leaddesk.domain.ids import parse_iso
from leaddesk.storage.repositories.search import MATCH_END, MATCH_START, HitKind, SearchHit
from leaddesk.storage.store import Store
from leaddesk.ui.display import day

Index = QModelIndex | QPersistentModelIndex

COL_KIND, COL_NAME, COL_SNIPPET, COL_DATE = range(4)
ParticipantIdRole = Qt.ItemDataRole.UserRole + 1
RecordIdRole = Qt.ItemDataRole.UserRole + 2
KindRole = Qt.ItemDataRole.UserRole + 3
SnippetHtmlRole = Qt.ItemDataRole.UserRole + 4
PAGE = 25  # a screenful: each snippet costs the index real work on a large caseload
ALL_KINDS = frozenset(HitKind)


def snippet_html(snippet: str) -> str:
    """The snippet as rich text: whatever a note says is shown as text, never run as markup."""
    return html.escape(snippet).replace(MATCH_START, "<b>").replace(MATCH_END, "</b>")


class SearchResultsModel(QAbstractTableModel):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self._store = store
        self._hits: list[SearchHit] = []
        self._text = ""
        self._kinds: frozenset[HitKind] = ALL_KINDS
        self._more = False
        self._kind_labels = {
            HitKind.PARTICIPANT: self.tr("Name"),
            HitKind.NOTE: self.tr("Note"),
            HitKind.ADDENDUM: self.tr("Addendum"),
        }
        self._headers = [self.tr("Found in"), self.tr("Participant"), self.tr("Match"), self.tr("Written")]

    # -- what the view asks ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        hit = self._hits[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(hit, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_SNIPPET:
            return hit.plain_snippet
        if role == SnippetHtmlRole:
            return snippet_html(hit.snippet)
        if role == ParticipantIdRole:
            return hit.participant_id
        if role == RecordIdRole:
            return hit.record_id
        if role == KindRole:
            return hit.kind
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        more = self._query(offset=len(self._hits))
        self._more = len(more) == PAGE
        if more:
            self.beginInsertRows(QModelIndex(), len(self._hits), len(self._hits) + len(more) - 1)
            self._hits += more
            self.endInsertRows()

    # -- what the screen sets ----------------------------------------------------------------------

    def set_query(self, text: str, *, kinds: frozenset[HitKind] = ALL_KINDS) -> None:
        self._text = text
        self._kinds = kinds
        self.beginResetModel()
        self._hits = self._query(offset=0) if kinds else []
        self._more = len(self._hits) == PAGE
        self.endResetModel()

    @property
    def text(self) -> str:
        return self._text

    @property
    def has_more(self) -> bool:
        """More hits than are loaded may exist (the count shown is then a lower bound)."""
        return self._more

    def hit(self, row: int) -> SearchHit:
        return self._hits[row]

    def _query(self, *, offset: int) -> list[SearchHit]:
        return self._store.repos.search.search(self._text, kinds=self._kinds, limit=PAGE, offset=offset)

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
