"""A signed note stays as signed through sync: an edit made elsewhere before the signature reached it,
or after, never changes the signed text on any laptop or the server; the set-aside text is a conflict
both laptops see, and it can be added to the note as an addendum."""

from __future__ import annotations

from typing import Any

import pytest

from leaddesk.domain import CaseNote, Participant
from leaddesk.domain.errors import NoteSigned
from leaddesk.storage.conflicts import open_conflicts, resolve_conflict
from tests.e2e.conftest import converged

SIGNED = "Met Jordan at the shelter; talked about detox."
OTHER = "Robin's notes: Jordan wants a bed at the shelter first."


def two_laptops_and_a_note(office: Any) -> tuple[Any, Any, CaseNote]:
    office.user("casey", "north")
    office.user("robin", "north")
    casey, robin = office.laptop("casey"), office.laptop("robin")
    jordan = casey.repos.participants.create(
        Participant(first_name="Jordan", last_name="Quill", team_id="north")
    )
    note = casey.repos.notes.create(CaseNote(participant_id=jordan.id, data=SIGNED))
    casey.sync()
    robin.sync()
    return casey, robin, note


def write_both(casey: Any, robin: Any, note: CaseNote, *, edit_after_signing: bool) -> None:
    """Both offline: Casey signs the text she wrote, Robin edits the unsigned note he has."""
    steps = [
        lambda: casey.repos.notes.sign(note.id),
        lambda: robin.repos.notes.update(note.id, {"data": OTHER}),
    ]
    for step in steps if edit_after_signing else reversed(steps):
        step()


@pytest.mark.parametrize("edit_after_signing", [True, False], ids=["edited-later", "edited-earlier"])
@pytest.mark.parametrize("first", ["signature", "edit"])
def test_the_signed_text_survives_an_unseen_edit_whichever_reaches_the_office_first(
    office: Any, first: str, edit_after_signing: bool
) -> None:
    casey, robin, note = two_laptops_and_a_note(office)
    write_both(casey, robin, note, edit_after_signing=edit_after_signing)
    order = (casey, robin) if first == "signature" else (robin, casey)
    for laptop in (*order, *order):
        laptop.sync()

    converged(casey, robin)
    for laptop in (casey, robin):
        held = laptop.repos.notes.get(note.id)
        assert held.is_signed
        assert held.signed_by == casey.store.user
        assert held.data == SIGNED
    [conflict] = open_conflicts(casey.store)
    assert open_conflicts(robin.store) == [conflict]
    assert (conflict.field, conflict.kept_value, conflict.other_value) == ("data", SIGNED, OTHER)
    assert conflict.other_by.startswith("Robin")
    fields, _clocks, _seq = office.server_records()[("note", note.id)]
    assert SIGNED in fields
    assert OTHER not in fields


def test_the_set_aside_text_goes_into_an_addendum_and_the_signed_text_never_changes(office: Any) -> None:
    casey, robin, note = two_laptops_and_a_note(office)
    write_both(casey, robin, note, edit_after_signing=True)
    for laptop in (casey, robin, casey):
        laptop.sync()
    [conflict] = open_conflicts(robin.store)

    with pytest.raises(NoteSigned):  # "keep mine" would rewrite a signed note: refused, nothing written
        resolve_conflict(robin.store, conflict.id, choice="mine")
    assert open_conflicts(robin.store) == [conflict]
    resolve_conflict(robin.store, conflict.id, choice="addendum")
    robin.sync()
    casey.sync()

    converged(casey, robin)
    assert open_conflicts(casey.store) == []
    [addendum] = casey.repos.notes.addenda.for_note(note.id)
    assert OTHER in addendum.text
    assert addendum.signed_by == robin.store.user
    assert casey.repos.notes.get(note.id).data == SIGNED
