"""Bringing the program's settings and staff roster down at each sync: one request with the version
held, answered 304 while nothing changed, else the whole of both, which replace the laptop's copy."""

from __future__ import annotations

from leaddesk.storage.store import Store
from leaddesk.sync.client import SyncClient
from leaddesk.sync.errors import SyncRejected


def refresh_program(store: Store, client: SyncClient) -> bool:
    """Fetch the program if it changed and keep it; True if it did. A server older than program
    settings (404) leaves the copy held, the defaults until one sends them."""
    copy = store.repos.program
    try:
        answer = client.program(held=copy.version)
    except SyncRejected as exc:
        if exc.status == 404:
            return False
        raise
    if answer is None:
        return False
    copy.replace(version=answer.version, settings=answer.settings, roster=answer.roster)
    return True
