"""Shipping the audit chain when another connection of the profile writes an event while a sync runs
(the screens and the sync each have one): what was written after the sync began waits for the next one,
and a page with nothing left to send is not sent at all."""

from __future__ import annotations

from typing import Any

import pytest

from leaddesk.domain.enums import AuditAction
from leaddesk.storage.changes import append_audit
from leaddesk.storage.store import Store
from leaddesk.sync.audit_shipping import ship_audit
from leaddesk.sync.report import SyncReport


class NoServer:
    """Stands in for the office: this case must never reach it."""

    def upload_audit(self, upload: Any) -> Any:
        raise AssertionError(f"nothing should be sent, got {len(upload.events)} event(s)")


def view(store: Store, n: int) -> None:
    with store.write() as conn:
        append_audit(conn, user=store.user, device=store.device_id, action=AuditAction.VIEW, detail=f"v{n}")


def test_an_event_written_after_the_sync_began_waits_for_the_next(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    view(store, 1)
    began_at = store.repos.audit.newest_seq()
    store.repos.audit.mark_shipped(through=began_at)  # everything there was is on the server
    view(store, 2)  # written by the screens' connection while the sync was pushing
    monkeypatch.setattr(store.repos.audit, "newest_seq", lambda: began_at)

    report = SyncReport()
    assert ship_audit(store, NoServer(), report) is True  # type: ignore[arg-type]
    assert report.audit_sent == 0
    assert len(store.repos.audit.unshipped(limit=10)) == 1  # still to go, next time
