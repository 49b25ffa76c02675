"""Changes the server refused, put right by a person: a refused change is undone on the laptop as it
arrives (the record goes back to what the server holds) and kept whole in `sync_rejected`; re-applying it
makes it a new local edit of the record as it stands now, which syncs like any other, or tells why it
cannot be made (a rule of the record, a participant no longer here). Nothing changes then."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from leaddesk.domain import MODEL_BY_ENTITY
from leaddesk.domain.errors import DomainError
from leaddesk.storage.codec import META_FIELDS
from leaddesk.storage.errors import RecordNotFound

if TYPE_CHECKING:
    from leaddesk.storage.repositories.outbox import RejectedChange
    from leaddesk.storage.store import Store


def reapply_refused(store: Store, change_id: str) -> None:
    """Make the refused change `change_id` again as an edit of this laptop, and clear the refusal, in one
    transaction: a create makes the record anew (if it is not here), an update sets the fields it carried,
    a delete deletes. Raises a DomainError, ValueError or RecordNotFound, with nothing changed, where the
    record's rules (or its absence) stand in the way."""
    refused = _refused(store, change_id)
    entry = refused.entry
    if entry.entity not in MODEL_BY_ENTITY:
        raise DomainError("This kind of record is not known to this version of LEAD Desk.")
    repo = store.repos.for_entity(entry.entity)
    with store.write():
        if entry.op == "delete":
            repo.delete(entry.record_id)
        elif entry.op == "create" and not repo.find(where={"id": entry.record_id}, include_deleted=True):
            repo.create(repo.table.model.model_validate({**entry.fields, "id": entry.record_id}))
        else:
            repo.update(entry.record_id, _editable(repo.table.editable, entry.fields))
        store.repos.outbox.dismiss_rejected([change_id])


def _refused(store: Store, change_id: str) -> RejectedChange:
    for refused in store.repos.outbox.rejected():
        if refused.entry.change_id == change_id:
            return refused
    raise RecordNotFound("refused change", change_id)


def _editable(editable: frozenset[str], fields: dict[str, Any]) -> dict[str, Any]:
    """The fields of a refused change a person's edit may set again (not ids, owners or bookkeeping)."""
    return {f: v for f, v in fields.items() if f in editable and f not in META_FIELDS}
