"""A signed note stays as signed through sync: an edit made elsewhere before the signature reached it,
or after, or a second signature, never changes the signed text or puts another name on it, on any laptop
or the server; the set-aside text is a conflict both laptops see, which only its author can add to the
note as their own addendum; a delete that meets a signature is a conflict offering only to keep it."""

from __future__ import annotations

import json
from typing import Any

import pytest

from leaddesk.domain import CaseNote, Participant
from leaddesk.domain.errors import DomainError
from leaddesk.storage.conflicts import choices, open_conflicts, resolve_conflict
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

    note_here = robin.repos.notes.get(note.id)
    assert choices(robin.store, conflict, note_here) == ("theirs", "addendum")  # his text: keep, or add
    assert choices(casey.store, conflict, casey.repos.notes.get(note.id)) == ("mine",)  # not hers to add
    with pytest.raises(DomainError):  # "keep mine" would rewrite a signed note: not offered, nothing written
        resolve_conflict(robin.store, conflict.id, choice="mine")
    with pytest.raises(DomainError):  # nobody adds another person's text under their own name
        resolve_conflict(casey.store, conflict.id, choice="addendum")
    assert open_conflicts(robin.store) == [conflict]
    assert open_conflicts(casey.store) == [conflict]
    resolve_conflict(robin.store, conflict.id, choice="addendum")
    robin.sync()
    casey.sync()

    converged(casey, robin)
    assert open_conflicts(casey.store) == []
    [addendum] = casey.repos.notes.addenda.for_note(note.id)
    assert OTHER in addendum.text
    assert addendum.signed_by == robin.store.user
    assert casey.repos.notes.get(note.id).data == SIGNED


@pytest.mark.parametrize("first", ["casey", "robin"])
def test_two_signatures_at_once_keep_one_signer_with_their_own_text(office: Any, first: str) -> None:
    casey, robin, note = two_laptops_and_a_note(office)
    robin.repos.notes.update(note.id, {"data": OTHER})  # offline, each changes the text and signs it
    robin.repos.notes.sign(note.id)
    casey.repos.notes.update(note.id, {"assessment": "Stable."})
    casey.repos.notes.sign(note.id)
    order = (casey, robin) if first == "casey" else (robin, casey)
    for laptop in (*order, *order):
        laptop.sync()

    converged(casey, robin)
    winner = casey if first == "casey" else robin
    text = {"casey": (SIGNED, "Stable."), "robin": (OTHER, "")}[first]
    fields, _clocks, _seq = office.server_records()[("note", note.id)]
    for held in (casey.repos.notes.get(note.id), robin.repos.notes.get(note.id)):
        assert held.signed_by == winner.store.user
        assert (held.data, held.assessment) == text
    assert json.loads(fields)["signed_by"] == winner.store.user
    assert (json.loads(fields)["data"], json.loads(fields)["assessment"]) == text
    loser, loser_name = (robin, "robin") if first == "casey" else (casey, "casey")
    # What the second signer signed is not lost: it waits as a conflict they can make their addendum.
    waiting = open_conflicts(loser.store)
    assert waiting
    assert all(c.other_author == loser_name for c in waiting)
    assert {c.field for c in waiting} <= {"data", "assessment", "signed_by"}
    assert "signed_by" in {c.field for c in waiting}  # told that another signature stands
    for conflict in waiting:
        offered = choices(loser.store, conflict, loser.repos.notes.get(note.id))
        if conflict.field != "signed_by" and conflict.other_value:
            assert "addendum" in offered  # their own text: theirs to add
        else:
            assert "addendum" not in offered


def test_a_delete_meeting_a_signature_is_a_conflict_that_offers_only_to_keep_the_note(office: Any) -> None:
    casey, robin, note = two_laptops_and_a_note(office)
    casey.repos.notes.sign(note.id)
    robin.repos.notes.delete(note.id)
    for laptop in (casey, robin, casey):
        laptop.sync()

    converged(casey, robin)
    assert not robin.repos.notes.get(note.id).deleted
    [conflict] = open_conflicts(robin.store)
    assert (conflict.field, conflict.kept_value, conflict.other_value) == ("deleted", False, True)
    offered = choices(robin.store, conflict, robin.repos.notes.get(note.id))
    assert offered == ("theirs",)  # keep the signed note; every option offered works
    resolve_conflict(robin.store, conflict.id, choice=offered[0])
    robin.sync()
    casey.sync()
    assert open_conflicts(casey.store) == []
    assert casey.repos.notes.get(note.id).is_signed
