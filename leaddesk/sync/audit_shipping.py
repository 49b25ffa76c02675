"""Shipping the device's audit chain at every sync, after its records: the events the server has not
acknowledged, oldest first, a page at a time, each marked sent only once the server says it holds them.

A page sent again after a lost answer or a crash is taken by the server as duplicates, so the chain never
breaks on the way. If the server refuses the chain (an event changed, or one missing before it), the
sync goes on, the events stay unsent here, and the sync report says so in a sentence for IT.
"""

from __future__ import annotations

import threading

from leaddesk.domain.audit_chain import HashedLink
from leaddesk.storage.store import Store
from leaddesk.sync.client import SyncClient
from leaddesk.sync.errors import SyncRejected
from leaddesk.sync.protocol import MAX_AUDIT_PAGE, AuditEventOut, AuditUpload
from leaddesk.sync.report import SyncReport

REFUSED = (
    "The office server refused this laptop's audit trail: {reason}. Your records still sync; tell your "
    "IT administrator, who can see it with `leaddesk-server audit --action chain_break`."
)


def ship_audit(
    store: Store,
    client: SyncClient,
    report: SyncReport,
    *,
    cancel: threading.Event | None = None,
    page_size: int = MAX_AUDIT_PAGE,
) -> bool:
    """Send what the server does not hold yet, up to the newest event there was when this began (events
    written meanwhile go next time). A server older than the audit route (404) is left alone. False
    if `cancel` was set first (the sync stops there, as after any step)."""
    log = store.repos.audit
    newest = log.newest_seq()
    events = log.unshipped(limit=page_size)
    while events:
        if cancel is not None and cancel.is_set():
            return False
        page = [_wire(e) for e in events if e.link.position <= newest]
        if not page:
            return True  # only events written since this began are left: they go next time
        upload = AuditUpload(events=page)
        try:
            answer = client.upload_audit(upload)
        except SyncRejected as exc:
            if exc.status == 404:
                return True
            raise
        log.mark_shipped(through=answer.held_through)
        report.audit_sent += answer.stored
        if answer.refused is not None:
            report.audit_refused = REFUSED.format(reason=answer.refused.reason)
            return True
        if answer.held_through < upload.events[-1].seq:
            return True  # the server did not take the page whole: never ask again and again in one sync
        events = log.unshipped(limit=page_size)
    return True


def _wire(event: HashedLink) -> AuditEventOut:
    link = event.link
    return AuditEventOut(
        seq=link.position,
        event_id=link.event_id,
        at=link.at,
        user=link.user,
        device=link.device,
        action=link.action,
        entity=link.entity,
        entity_id=link.entity_id,
        participant_id=link.participant_id,
        detail=link.detail,
        prev_hash=event.prev_hash,
        hash=event.hash,
    )
