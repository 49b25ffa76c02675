"""The interactive budgets of DESIGN.md §6 on the encrypted store: unlock, a caseload filter keystroke,
opening a participant with 200 notes, a durable note save, and full-text search."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from benchmarks.dataset import PASSPHRASE, PROFILE, Dataset
from benchmarks.harness import Result, summarise, time_calls
from leaddesk.desk import Desk
from leaddesk.domain import CaseNote
from leaddesk.storage.paths import profile_dir
from leaddesk.storage.profile import open_store, unlock_key
from leaddesk.storage.repositories.participants import CaseloadFilter
from leaddesk.storage.store import Store

CASELOAD_PAGE = 200  # leaddesk.ui.caseload_model.PAGE: the rows the caseload screen loads first
RECENT_CONTACTS = 30  # leaddesk.ui.participant.note_editor.RECENT_CONTACTS
SEARCH_PAGE = 25  # leaddesk.ui.search_model.PAGE: one screenful of hits with snippets


def unlock(data: Dataset) -> Result:
    """Argon2id with the production parameters, open and audit, then the caseload's first page."""
    opened: list[Store] = []

    def once() -> None:
        store = open_store(unlock_key(profile_dir(PROFILE, data.home), PASSPHRASE))
        criteria = CaseloadFilter(today=data.today)
        store.repos.participants.caseload_count(criteria)
        store.repos.participants.caseload(criteria, limit=CASELOAD_PAGE)
        opened.append(store)

    def close_last() -> None:
        while opened:
            opened.pop().close()

    samples = time_calls([once], rounds=data.size.rounds, setup=close_last)
    close_last()
    return summarise("unlock", samples, budget_s=1.0)


def keystrokes(store: Store, *, seed: int) -> list[str]:
    """What a case manager types in the caseload filter: surnames letter by letter, a first name and a
    surname prefix together, and clearing the box (the whole caseload again)."""
    rng = random.Random(seed)
    people = store.conn.execute("SELECT first_name, last_name FROM participant ORDER BY id").fetchall()
    typed: list[str] = []
    for first, last in rng.sample(people, 3):
        typed += [last[:n] for n in range(1, min(len(last), 5) + 1)]
        typed.append(f"{first[:2]} {last[:3]}")
    typed.append("")
    return typed


def filter_calls(store: Store, data: Dataset) -> list[Callable[[], Any]]:
    """One keystroke each, as the caseload screen answers it: the count and first page of the new
    filter, and the "not seen for 14 days" count shown beside it."""
    repo = store.repos.participants

    def call(text: str) -> Callable[[], Any]:
        def keystroke() -> None:
            criteria = CaseloadFilter(text=text, today=data.today)
            repo.caseload_count(criteria)
            repo.caseload(criteria, limit=CASELOAD_PAGE)
            repo.caseload_count(overdue(criteria))

        return keystroke

    return [call(t) for t in keystrokes(store, seed=data.seed)]


def overdue(criteria: CaseloadFilter) -> CaseloadFilter:
    """The caseload's overdue count as the screen asks it (leaddesk.desk.caseload), default 14 days."""
    from leaddesk.desk.caseload import overdue as overdue_after
    from leaddesk.domain.contact_due import DEFAULT_OVERDUE_DAYS

    return overdue_after(criteria, DEFAULT_OVERDUE_DAYS)


def caseload_filter(store: Store, data: Dataset) -> Result:
    samples = time_calls(filter_calls(store, data), rounds=data.size.rounds)
    return summarise(
        "caseload_filter", samples, budget_s=0.1, note="count, first 200 rows, overdue count; incl. clearing"
    )


def open_participant(store: Store, participant_id: str) -> None:
    """What the participant screen reads when it opens: the participant's file from the desk (the audited
    view, the header's facts, needs, goals, the first page of the notes timeline with which notes have
    addenda), then the recent contacts the note editor offers to link."""
    desk = Desk(store)
    desk.participants.open_file(participant_id)
    desk.notes.contacts_to_link(participant_id, limit=RECENT_CONTACTS)


def participant_open(store: Store, data: Dataset) -> Result:
    assert store.repos.notes.count(participant_id=data.heavy_id) >= 200
    samples = time_calls([lambda: open_participant(store, data.heavy_id)], rounds=data.size.rounds * 2)
    return summarise("participant_open", samples, budget_s=0.1, note="200 notes")


NOTE_DATA = (
    "Met at the day shelter after lunch. Said the new bed is working out and the bus pass arrived. "
    "Asked about the court date next week and whether someone could go with them."
)


def note_save(store: Store, data: Dataset) -> Result:
    """A new DAP note written to disk with the outbox entry and audit event (synchronous=FULL)."""
    pid = store.conn.execute(
        "SELECT id FROM participant WHERE id != ? ORDER BY id LIMIT 1", (data.heavy_id,)
    ).fetchone()[0]

    def save() -> None:
        store.repos.notes.create(
            CaseNote(
                participant_id=pid,
                data=NOTE_DATA,
                assessment="Housing is stable for now; court is the worry.",
                plan="Call the public defender Monday; meet at the shelter Thursday.",
            )
        )

    samples = time_calls([save], rounds=data.size.rounds * 4)
    return summarise("note_save", samples, budget_s=0.02, note="durable: WAL + synchronous=FULL")


def search_queries(store: Store) -> list[str]:
    """Common words, middling and rare ones, prefixes as typed, and two-word searches, chosen from the
    notes' own vocabulary by how many notes hold them (the same choice for any store of the data)."""
    conn = store.conn
    total = conn.execute("SELECT count(*) FROM note").fetchone()[0]
    conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.note_vocab USING fts5vocab(main, note_fts, row)")
    vocab = conn.execute("SELECT term, doc FROM temp.note_vocab ORDER BY doc DESC, term").fetchall()
    words = [(t, d) for t, d in vocab if t.isalpha() and len(t) >= 5]
    common = [t for t, d in words if d >= 0.1 * total][:4]
    middling = [t for t, d in words if 0.005 * total <= d <= 0.02 * total][:4]
    rare = [t for t, d in vocab if d <= max(3, total // 10_000)][:4]
    prefixes = [t[:3] for t in common] + [t[:2] for t in middling[:2]]
    pairs = [f"{common[0]} {middling[0]}", f"{common[1]} {common[2]}"]
    return common + middling + rare + prefixes + pairs


def search(store: Store, data: Dataset) -> Result:
    calls = []
    for text in search_queries(store):
        calls.append(lambda text=text: store.repos.search.search(text, limit=SEARCH_PAGE))
    samples = time_calls(calls, rounds=data.size.rounds)
    return summarise(
        "search", samples, budget_s=0.05, budget_on="p95", note=f"{len(calls)} queries, first 25 hits"
    )
