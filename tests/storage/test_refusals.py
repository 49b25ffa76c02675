"""A change the server refused, re-applied by a person: it becomes a new local edit of the record as it
stands now (queued for the server like any other), or is refused here with nothing changed."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from leaddesk.domain import Participant, Task
from leaddesk.storage.refusals import reapply_refused
from leaddesk.storage.store import Store


def refuse_everything(store: Store) -> None:
    """What the sync engine does with a batch the server refused in full (sync/push_loop.py `_settle`)."""
    pending = store.repos.outbox.pending()
    store.repos.outbox.settle_batch(
        confirmed=[], rejected={e.change_id: "refused for a test" for e in pending}
    )


def test_a_refused_edit_re_applied_is_a_new_edit_and_the_refusal_goes(
    store: Store, participant: Participant
) -> None:
    store.repos.outbox.settle_batch(
        confirmed=[e.change_id for e in store.repos.outbox.pending()], rejected={}
    )
    store.repos.participants.update(participant.id, {"phone": "555-0188"})
    refuse_everything(store)
    store.repos.participants.update(participant.id, {"phone": ""})  # as the server has it, say
    [refused] = store.repos.outbox.rejected()

    reapply_refused(store, refused.entry.change_id)

    assert store.repos.participants.get(participant.id).phone == "555-0188"
    assert store.repos.outbox.rejected() == []
    [*_, again] = store.repos.outbox.pending()
    assert again.fields["phone"] == "555-0188"
    assert again.change_id != refused.entry.change_id


def test_a_refused_create_re_applied_makes_the_record_again(store: Store, participant: Participant) -> None:
    task = store.repos.tasks.create(Task(participant_id=participant.id, title="Court reminder"))
    refuse_everything(store)
    store.conn.execute("DELETE FROM task WHERE id = ?", (task.id,))  # undone, as a refused create is
    [refused] = [r for r in store.repos.outbox.rejected() if r.entry.entity == "task"]

    reapply_refused(store, refused.entry.change_id)

    assert store.repos.tasks.get(task.id).title == "Court reminder"


def test_a_refused_change_that_still_breaks_a_rule_changes_nothing(
    store: Store, participant: Participant
) -> None:
    refuse_everything(store)
    [change_id] = [
        r.entry.change_id for r in store.repos.outbox.rejected() if r.entry.entity == "participant"
    ]
    store.conn.execute(
        "UPDATE sync_rejected SET fields = json_set(fields, '$.first_name', '') WHERE change_id = ?",
        (change_id,),
    )
    before = store.repos.participants.get(participant.id)

    with pytest.raises(ValidationError):
        reapply_refused(store, change_id)

    assert store.repos.participants.get(participant.id) == before
    assert change_id in {r.entry.change_id for r in store.repos.outbox.rejected()}
