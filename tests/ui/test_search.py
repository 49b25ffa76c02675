"""Search: the results model without a view (escaping, highlighting, paging) and the page driven
through its widgets (typing, kinds, opening a result without auditing twice)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from leaddesk.desk import Desk
from leaddesk.desk.search import ALL_KINDS, Found, HitKind, SearchHit
from leaddesk.domain import CaseNote, Participant
from leaddesk.domain.enums import AuditAction
from leaddesk.storage.store import Store
from leaddesk.ui.models import KindRole, ParticipantIdRole, RecordIdRole, SnippetHtmlRole
from leaddesk.ui.search_model import (
    COL_DATE,
    COL_KIND,
    COL_NAME,
    COL_SNIPPET,
    PAGE,
    SearchResultsModel,
    snippet_html,
)
from leaddesk.ui.search_page import DEBOUNCE_MS, SearchPage, SnippetDelegate, _blend
from leaddesk.ui.session import Session


def write(store: Store, who: Participant, text: str) -> CaseNote:
    return store.repos.notes.create(CaseNote(participant_id=who.id, data=text))


def view_events(store: Store) -> int:
    row = store.conn.execute("SELECT count(*) FROM audit_event WHERE action = ?", (AuditAction.VIEW.value,))
    return int(row.fetchone()[0])


# -- the model, without a view ---------------------------------------------------------------------


def found(*hits: SearchHit, text: str = "housing", offset: int = 0, more: bool = False) -> Found:
    return Found(text, ALL_KINDS, offset, hits, more=more)


def hit(n: int, kind: HitKind = HitKind.NOTE, snippet: str = "about \x02housing\x03") -> SearchHit:
    return SearchHit(
        kind, f"r{n}", f"p{n}", f"Quill, Jordan {n}", snippet, -1.0, "2025-01-01T10:00:00.000000Z"
    )


def test_a_note_with_markup_shows_as_text_and_matches_become_bold(qapp, store: Store, participant) -> None:
    write(store, participant, 'Said <script>alert("x")</script> & asked about housing <b>today</b>')
    model = SearchResultsModel()
    model.show(Desk(store).search.page("housing"))
    assert model.rowCount() == 1
    rich = model.data(model.index(0, COL_SNIPPET), SnippetHtmlRole)
    assert "<script>" not in rich
    assert "&lt;script&gt;" in rich
    assert "&lt;b&gt;today&lt;/b&gt;" in rich  # the note's own tags are text
    assert "<b>housing</b>" in rich  # the match marker is the only markup
    assert "&amp;" in rich
    plain = model.data(model.index(0, COL_SNIPPET))
    assert "<script>" in plain  # the plain column shows what was written, markers removed
    assert "\x02" not in plain
    assert "\x03" not in plain


def test_snippet_html_escapes_before_marking() -> None:
    assert snippet_html("a \x02<i>\x03 b") == "a <b>&lt;i&gt;</b> b"


def test_rows_say_what_was_found_and_whose(qapp) -> None:
    model = SearchResultsModel()
    model.show(found(hit(1, HitKind.PARTICIPANT, "\x02Quill\x03, Jordan"), hit(2)))
    assert [model.data(model.index(r, 0), KindRole) for r in range(2)] == [HitKind.PARTICIPANT, HitKind.NOTE]
    assert model.data(model.index(0, COL_KIND)) == "Name"
    assert model.data(model.index(0, COL_NAME)) == "Quill, Jordan 1"
    assert model.data(model.index(0, COL_DATE)) == ""
    assert model.data(model.index(1, COL_KIND)) == "Note"
    assert model.data(model.index(1, COL_DATE)) == "Jan 1, 2025"
    assert model.data(model.index(1, 0), ParticipantIdRole) == "p2"
    assert model.data(model.index(1, 0), RecordIdRole) == "r2"
    model.show(found())
    assert model.rowCount() == 0


def test_the_model_asks_for_the_next_page_and_adds_only_that_page(qapp) -> None:
    model = SearchResultsModel()
    asked: list[Found] = []
    model.more_wanted.connect(asked.append)
    first = found(*(hit(n) for n in range(PAGE)), more=True)
    model.show(first)
    assert model.canFetchMore()
    model.fetchMore()
    assert asked == [first]
    assert not model.canFetchMore()  # asked once: no second request while the page is on its way
    model.show(found(hit(99), text="other", offset=PAGE))  # a page of another search is left out
    assert model.rowCount() == PAGE
    model.show(found(*(hit(n) for n in range(PAGE, PAGE + 7)), offset=PAGE))
    assert model.rowCount() == PAGE + 7
    assert not model.canFetchMore()
    model.show(found(*(hit(n) for n in range(PAGE, PAGE + 7)), offset=PAGE))  # the same page twice
    assert model.rowCount() == PAGE + 7
    model.show(first)
    model.wait()  # a new search is on its way: the old one's next page is not asked for
    assert not model.canFetchMore()


# -- the page --------------------------------------------------------------------------------------


@pytest.fixture
def page(qtbot, store: Store, participant) -> Iterator[SearchPage]:
    other = store.repos.participants.create(
        Participant(first_name="Maria", last_name="Stone", team_id="north")
    )
    write(store, participant, "Talked about housing and the shelter waitlist")
    write(store, other, "Housing voucher paperwork started")
    write(store, other, "Dog and weather")
    widget = SearchPage(Session(Desk(store)))
    qtbot.addWidget(widget)
    widget.resize(1000, 400)
    widget.show()
    yield widget
    widget.session.runner.stop()  # its lanes' connections closed on their threads


def test_typing_searches_after_a_pause_and_counts(qtbot, page: SearchPage) -> None:
    assert page.model.rowCount() == 0
    qtbot.keyClicks(page.query, "housi")
    assert page.model.rowCount() == 0  # waits for a pause in typing
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=DEBOUNCE_MS * 10)
    assert page.count_label.text() == "2 results"
    page.notes.click()  # notes off: no name matches "housi"
    qtbot.waitUntil(lambda: page.count_label.text() == "No matches.", timeout=2000)
    assert page.model.rowCount() == 0
    page.names.click()
    qtbot.waitUntil(lambda: "Tick Names or Notes" in page.count_label.text(), timeout=2000)


def test_while_a_first_sync_leaves_notes_unindexed_the_page_says_so(
    qtbot, page: SearchPage, store: Store
) -> None:
    """During a new laptop's first sync (Replica.defer_search_index) names are found and notes are not
    yet: the count says why, and stops saying it once the index is built."""
    with store.write() as conn:
        conn.execute("INSERT INTO search_index_deferred (since) VALUES ('2026-12-03T10:00:00.000000Z')")
    qtbot.keyClicks(page.query, "maria")
    waiting = "Notes are found once this laptop's first sync has finished."
    qtbot.waitUntil(lambda: page.count_label.text() == f"1 result — {waiting}", timeout=DEBOUNCE_MS * 10)
    page.notes.click()  # names only: nothing is missing from them
    qtbot.waitUntil(lambda: page.count_label.text() == "1 result", timeout=2000)
    page.notes.click()
    qtbot.waitUntil(lambda: waiting in page.count_label.text(), timeout=2000)
    with store.write() as conn:
        conn.execute("DELETE FROM search_index_deferred")
    page.search_now()
    qtbot.waitUntil(lambda: page.count_label.text() == "1 result", timeout=2000)


def test_enter_goes_to_the_results_and_opens_the_participant_without_auditing(
    qtbot, page: SearchPage, store: Store, participant
) -> None:
    before = view_events(store)
    qtbot.keyClicks(page.query, "shelter")
    qtbot.keyClick(page.query, Qt.Key.Key_Return)  # searches now and selects the first result
    qtbot.waitUntil(lambda: page.table.currentIndex().row() == 0, timeout=2000)
    assert page.model.rowCount() == 1
    with qtbot.waitSignal(page.participant_requested, timeout=1000) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [participant.id]
    assert view_events(store) == before  # the participant page's open() is what audits the view


def test_run_query_and_the_snippet_delegate_paints(qtbot, page: SearchPage) -> None:
    page.run_query("housing")
    assert page.session.runner.wait(2000)
    assert page.model.rowCount() == 2
    assert isinstance(page.table.itemDelegateForColumn(COL_SNIPPET), SnippetDelegate)
    page.table.selectRow(0)  # the selected row draws its marks differently
    image = page.table.viewport().grab().toImage()
    assert not image.isNull()
    left = page.table.columnViewportPosition(COL_SNIPPET)
    width = page.table.columnWidth(COL_SNIPPET)
    row_y = page.table.rowViewportPosition(1) + page.table.rowHeight(1) // 2
    colours = {image.pixelColor(x, row_y).name() for x in range(left, left + width)}
    palette = page.table.palette()
    tint = _blend(palette.color(QPalette.ColorRole.Highlight), palette.color(QPalette.ColorRole.Base), 0.3)
    assert tint.name() in colours  # the unselected row's match is marked with the palette's tint


def test_the_snippet_delegate_lays_each_snippet_out_once(qtbot, page: SearchPage) -> None:
    page.run_query("housing")
    assert page.session.runner.wait(2000)
    delegate = page.table.itemDelegateForColumn(COL_SNIPPET)
    assert isinstance(delegate, SnippetDelegate)
    page.table.viewport().grab()
    laid_out = dict(delegate._documents)
    assert len(laid_out) == page.model.rowCount()
    page.table.viewport().grab()  # a repaint reuses what was laid out
    assert all(delegate._documents[key] is doc for key, doc in laid_out.items())
    assert len(delegate._documents) == len(laid_out)


def test_an_answer_that_comes_after_a_lock_is_dropped(qtbot, page: SearchPage) -> None:
    page.query.setText("housing")
    page.search_now()
    page.session.desk.close(audit=False)  # locked while the search runs on its own connection
    assert page.session.runner.wait(2000)
    assert page.model.rowCount() == 0
