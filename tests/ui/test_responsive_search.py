"""Searching a large profile keeps the window responsive: while the search page's queries run (the
first page, then the next ones as the list scrolls), the GUI thread's event loop keeps turning — a
timer asked to fire every 10 ms is never kept waiting more than 100 ms.

The issue asks this of 250,000 notes; building that profile takes about a minute, so CI builds a
smaller one (LEADDESK_SEARCH_NOTES, 25,000 by default) and searches it with words that are each the
start of an eighth of all words (three one-letter prefixes: SQLite merges long lists of matches for
each), which takes a few hundred milliseconds there. `LEADDESK_SEARCH_NOTES=250000` runs the full size.
"""

from __future__ import annotations

import gc
import os
import random
import time
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from leaddesk.desk import Desk
from leaddesk.domain import CaseNote, Participant
from leaddesk.storage.profile import create_profile
from leaddesk.storage.store import Store
from leaddesk.ui.search_page import SearchPage
from leaddesk.ui.session import Session
from tests.conftest import PASSPHRASE
from tests.kdf import FAST_FOR_TESTS

pytestmark = pytest.mark.alone  # the time to the first page is measured

NOTES = int(os.environ.get("LEADDESK_SEARCH_NOTES", "25000"))
PEOPLE = 200
QUERY = "a b c"
TICK_MS = 10
LONGEST_GAP_S = 0.100
SEARCHING_AT_LEAST_S = 0.300  # the test keeps asking for pages until it has searched this long
SYLLABLES = ("ba", "ce", "di", "fo", "gu", "ha", "je", "ki", "lo", "mu", "na", "pe", "ra", "se", "ti", "vo")


@pytest.fixture(scope="module")
def big_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """A profile of NOTES invented notes, built once for the module with bulk imports."""
    rng = random.Random(12)
    # Invented words, each starting with one of eight letters, so "a", "b" and "c" each begin an
    # eighth of every note's words.
    words = [
        rng.choice("abcmprst") + "".join(rng.choices(SYLLABLES, k=rng.randint(1, 3))) for _ in range(4000)
    ]
    home: Path = tmp_path_factory.mktemp("big-profile")
    store = create_profile("Search Load", PASSPHRASE, home=home, kdf=FAST_FOR_TESTS).store
    people = [
        Participant(first_name=f"Given{i}", last_name=f"Family{i}", team_id="north") for i in range(PEOPLE)
    ]
    store.repos.participants.import_records(people)
    for start in range(0, NOTES, 5000):
        store.repos.notes.import_records(
            [
                CaseNote(participant_id=people[i % PEOPLE].id, data=" ".join(rng.choices(words, k=30)))
                for i in range(start, min(NOTES, start + 5000))
            ]
        )
    yield store
    store.close(audit=False)


def test_the_window_keeps_turning_while_a_large_search_runs(qtbot, big_store: Store) -> None:
    page = SearchPage(Session(Desk(big_store)))
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    ticks: list[float] = []
    # What earlier tests left for the cyclic collector is collected first and set aside (as in
    # test_participant_responsive.py): a collection over the whole session's objects landing in the
    # measured window stopped the loop for 113 ms once, and says nothing of the search.
    gc.collect()
    gc.freeze()
    timer = QTimer(interval=TICK_MS)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    qtbot.wait(50)  # the timer turning before the search starts

    started = time.perf_counter()
    page.run_query(QUERY)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=30_000)
    first_page_s = time.perf_counter() - started
    while time.perf_counter() - started < SEARCHING_AT_LEAST_S and page.model.canFetchMore():
        rows = page.model.rowCount()
        page.model.fetchMore()  # as the view does when the list is scrolled to its end
        qtbot.waitUntil(lambda rows=rows: page.model.rowCount() > rows, timeout=30_000)
    searched_s = time.perf_counter() - started
    qtbot.wait(30)
    timer.stop()
    gc.unfreeze()
    page.session.runner.stop()
    QApplication.processEvents()

    gaps = [later - earlier for earlier, later in pairwise(ticks)]
    during = [t for t in ticks if t >= started]
    assert searched_s >= SEARCHING_AT_LEAST_S, f"searched for {searched_s:.3f} s only"
    assert len(during) >= searched_s / LONGEST_GAP_S  # the timer kept firing through the search
    assert max(gaps) <= LONGEST_GAP_S, (
        f"the event loop stopped for {max(gaps) * 1000:.0f} ms (first page {first_page_s * 1000:.0f} ms, "
        f"{page.model.rowCount()} hits in {searched_s * 1000:.0f} ms over {NOTES} notes)"
    )
