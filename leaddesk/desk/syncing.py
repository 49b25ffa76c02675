"""Syncing as the screens see it: what waits to go up, what the server refused and putting it right.
(The sync itself runs on its own worker: ui/sync/controller.py.)"""

from __future__ import annotations

from leaddesk.desk.base import UseCases
from leaddesk.desk.changes import Done
from leaddesk.storage.refusals import reapply_refused

REFUSED = "refused"  # the Changes entity of the refused-changes list


class Syncing(UseCases):
    def reapply_refused(self, change_id: str) -> Done[None]:
        """Make a change the server refused again, as a new edit here (storage/refusals.py)."""
        return self._write(lambda: reapply_refused(self._store, change_id), also=(REFUSED,))

    def dismiss_refused(self, change_id: str) -> Done[None]:
        return self._write(lambda: self._store.repos.outbox.dismiss_rejected([change_id]), also=(REFUSED,))
