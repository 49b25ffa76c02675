"""Notes through the desk: the timeline in pages, saving, signing, addenda, and drafts that stay on this
laptop (a draft write names "draft" and no record, so nothing syncs and no record screen redraws)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from leaddesk.desk import Desk
from leaddesk.desk.notes import DRAFT
from leaddesk.domain import CaseNote, Contact, Participant
from leaddesk.domain.enums import ContactKind
from leaddesk.domain.errors import DomainError
from leaddesk.storage.store import Store


def test_the_timeline_pages_cover_every_note_once_newest_first(
    desk: Desk, store: Store, participant: Participant
) -> None:
    with store.write():
        made = [
            store.repos.notes.create(CaseNote(participant_id=participant.id, data=f"N{n}")) for n in range(25)
        ]
    timeline = desk.notes.timeline(participant.id)
    assert timeline.count() == 25 == desk.notes.count(participant.id)
    pages = [timeline.page(offset=o, limit=10) for o in (0, 10, 20)]
    assert [len(p) for p in pages] == [10, 10, 5]
    assert [n.id for p in pages for n in p] == [n.id for n in reversed(made)]


def test_save_sign_and_amend(desk: Desk, participant: Participant) -> None:
    created = desk.notes.create(participant.id, {"data": "Met at the shelter.", "sensitive_sud": True})
    assert created.changes.entities == {"note"}
    assert created.changes.record_ids == {created.value.id}
    updated = desk.notes.update(created.value.id, {"plan": "Go with them to court."})
    assert updated.value.plan == "Go with them to court."
    assert updated.value.sensitive_sud
    signed = desk.notes.sign(created.value.id)
    assert signed.value.signed_by == desk.user
    with pytest.raises(DomainError):
        desk.notes.update(created.value.id, {"plan": "Changed after signing"})
    assert desk.notes.get(created.value.id).plan == "Go with them to court."
    added = desk.notes.add_addendum(created.value.id, "Court moved to Friday.")
    assert added.changes.entities == {"addendum"}
    assert [a.text for a in desk.notes.addenda(created.value.id)] == ["Court moved to Friday."]
    page = desk.notes.timeline(participant.id).page(offset=0, limit=5)
    assert [(n.id, n.addenda) for n in page] == [(created.value.id, 1)]


def test_drafts_are_local_and_say_so(desk: Desk, store: Store, participant: Participant) -> None:
    other = store.repos.participants.create(Participant(first_name="Ash", last_name="Lee", team_id="north"))
    key = f"note:{participant.id}"
    outbox_before = store.conn.execute("SELECT count(*) FROM sync_outbox").fetchone()[0]
    saved = desk.notes.save_draft(key, participant_id=participant.id, body={"data": "half a thought"})
    desk.notes.save_draft(f"note:{other.id}", participant_id=other.id, body={"data": "another"})
    assert saved.changes.entities == {DRAFT}
    assert not saved.changes.record_ids
    assert store.conn.execute("SELECT count(*) FROM sync_outbox").fetchone()[0] == outbox_before
    draft = desk.notes.draft(key)
    assert draft is not None
    assert draft.body == {"data": "half a thought"}
    assert [d.key for d in desk.notes.drafts_of(participant.id)] == [key]
    assert desk.notes.discard_draft(key).changes.entities == {DRAFT}
    assert desk.notes.draft(key) is None
    with pytest.raises(ValueError, match="limited"):
        desk.notes.save_draft(key, participant_id=participant.id, body={"data": "x" * 300_000})
    assert desk.notes.draft(key) is None


def test_contacts_to_link_include_an_older_linked_one(desk: Desk, participant: Participant) -> None:
    now = datetime.now(UTC)
    made = [
        desk.records.create(
            Contact(
                participant_id=participant.id, occurred_at=now - timedelta(days=d), kind=ContactKind.PHONE
            )
        ).value
        for d in range(5)
    ]
    recent = desk.notes.contacts_to_link(participant.id, limit=2)
    assert [c.id for c in recent] == [made[0].id, made[1].id]
    with_old = desk.notes.contacts_to_link(participant.id, limit=2, linked=made[4].id)
    assert [c.id for c in with_old] == [made[0].id, made[1].id, made[4].id]
    note = desk.notes.create(participant.id, {"data": "Called", "contact_id": made[4].id}).value
    assert desk.notes.count_for_contact(made[4].id) == 1
    assert note.contact_id == made[4].id
