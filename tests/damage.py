"""A closed profile with a damaged page, for the tests of what the app does with one: notes enough to span
many pages, the store locked (its log folded into the file), then bits flipped in pages of the file."""

from __future__ import annotations

from pathlib import Path

from leaddesk.domain import CaseNote, Participant
from leaddesk.storage.store import Store

PAGE = 4096  # SQLCipher 4's page size


def lock_with_notes(store: Store, *, notes: int = 300, last_name: str = "Quill") -> tuple[Path, str]:
    """Write a participant and `notes` notes of theirs, then lock the store; (database file, their id)."""
    with store.write():
        person = store.repos.participants.create(
            Participant(first_name="Jordan", last_name=last_name, team_id="north")
        )
        for i in range(notes):
            store.repos.notes.create(
                CaseNote(participant_id=person.id, data=f"note {i}: at the day centre " * 4)
            )
    db = store.db_path
    store.close()
    return db, person.id


def damage(db: Path, pages: range) -> bytes:
    """Flip a bit in each of `pages` (counted from 0) of the closed database; returns its new contents."""
    data = bytearray(db.read_bytes())
    for page in pages:
        data[page * PAGE + 2000] ^= 0x04
    db.write_bytes(bytes(data))
    return bytes(data)


def middle_page(db: Path) -> int:
    """A page half-way through the file: among the notes, and nothing reads it as a profile opens."""
    return db.stat().st_size // PAGE // 2
