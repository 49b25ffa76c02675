"""The push half of a sync: the outbox sent in batches, each answer settled in one transaction (stored,
refused and undone here, or conflicting), attachment bytes uploaded before the records that name them."""

from __future__ import annotations

import threading
from collections.abc import Callable

from pydantic import ValidationError

from leaddesk.storage.replica import Replica
from leaddesk.storage.repositories.outbox import InFlightBatch, OutboxEntry
from leaddesk.storage.store import Store
from leaddesk.sync.client import SyncClient
from leaddesk.sync.errors import ProtocolMismatch, ServerUnavailable, SyncRejected
from leaddesk.sync.outbox_wire import change_of, refusal_of
from leaddesk.sync.protocol import ChangeStatus, PushRequest, PushResponse
from leaddesk.sync.report import SyncPhase, SyncReport

ATTACHMENT = "attachment"
# A batch is cut at about this much field data, well under the server's 16 MiB body limit: a batch of
# long notes is far bigger than one of task ticks. A 413 halves the batch anyway.
BATCH_BYTES = 4 * 1024 * 1024


class Pusher:
    """Pushes one store's outbox to its server (the engine's first step, and again whenever unsent work
    must go up before a page can be applied)."""

    def __init__(
        self,
        store: Store,
        client: SyncClient,
        replica: Replica,
        *,
        batch_size: int,
        app_version: str,
        emit: Callable[[SyncReport, SyncPhase], None],
    ) -> None:
        self.store = store
        self.client = client
        self.replica = replica
        self.batch_size = batch_size
        self.app_version = app_version
        self._emit = emit

    def push_all(self, report: SyncReport, cancel: threading.Event | None) -> bool:
        """Send the outbox, batch by batch, settling each answer; False if cancelled first."""
        outbox = self.store.repos.outbox
        after_seq = 0  # entries the server did not answer are left for the next sync, not retried now
        size = self.batch_size
        while not cancelled(cancel):
            batch = outbox.in_flight()
            if batch is None:
                entries = self._next_batch(after_seq, size, report)
                if not entries:
                    return True
                batch = outbox.start_batch(entries)
            else:
                entries = outbox.entries(batch.change_ids)
                if not entries:
                    outbox.abandon_batch()
                    continue
            after_seq = max(after_seq, *(e.seq for e in entries))
            self._upload_attachments(entries, report)
            request = PushRequest(
                batch_id=batch.batch_id,
                changes=[change_of(e) for e in entries],
                pending=outbox.count(),
                app_version=self.app_version,
            )
            try:
                response = self.client.push(request)
            except SyncRejected as exc:
                if exc.status not in (413, 422):
                    raise
                # The server refused the whole request (too large, or a change it cannot read) and stored
                # nothing, so the batch may be re-cut under a new id: halved until the culprit is alone,
                # then that one change is refused here, so it never blocks the rest of the outbox.
                outbox.abandon_batch()
                if len(entries) == 1:
                    self._refuse_here(entries, str(exc), report)
                else:
                    size = max(1, len(entries) // 2)
                    after_seq = entries[0].seq - 1
                continue
            self._settle(batch, entries, response, report)
            self._emit(report, SyncPhase.PUSH)
        return False

    def _next_batch(self, after_seq: int, size: int, report: SyncReport) -> list[OutboxEntry]:
        """The next entries to send, cut to `size` and to about BATCH_BYTES of field data."""
        while entries := self.store.repos.outbox.pending(after_seq=after_seq, limit=size):
            batch: list[OutboxEntry] = []
            volume = 0
            for entry in entries:
                try:
                    volume += len(change_of(entry).model_dump_json())
                except ValidationError as exc:  # it cannot even be sent: refuse it here, as the server would
                    self._refuse_here([entry], f"not a valid change: {exc.errors()[0]['msg']}", report)
                    continue
                if batch and volume > BATCH_BYTES:
                    break
                batch.append(entry)
            if batch:
                return batch
            after_seq = entries[-1].seq
        return []

    def _refuse_here(self, entries: list[OutboxEntry], reason: str, report: SyncReport) -> None:
        """Take changes the server can never accept out of the outbox, kept whole with the reason."""
        self.store.repos.outbox.settle_batch(confirmed=[], rejected={e.change_id: reason for e in entries})
        report.rejected += [refusal_of(e, reason) for e in entries]

    def _settle(
        self, batch: InFlightBatch, entries: list[OutboxEntry], response: PushResponse, report: SyncReport
    ) -> None:
        if response.batch_id != batch.batch_id:
            raise ProtocolMismatch("the push answer is for another batch")
        sent = {e.change_id: e for e in entries}
        results = {r.change_id: r for r in response.results if r.change_id in sent}
        stored = [cid for cid, r in results.items() if r.status is not ChangeStatus.REJECTED]
        refused = {
            cid: r.reason or "refused by the server"
            for cid, r in results.items()
            if r.status is ChangeStatus.REJECTED
        }
        # A refused change is undone here, in the same transaction: its record goes back to what the
        # server holds, and the change itself waits in sync_rejected for a person.
        states = [r.current for cid, r in results.items() if cid in refused and r.current is not None]
        unseen = [(sent[cid].entity, sent[cid].record_id) for cid in refused if results[cid].current is None]
        with self.store.write():
            self.store.repos.outbox.settle_batch(confirmed=stored, rejected=refused)
            self.replica.note_pushed(response.seq)
            if states or unseen:
                self.replica.restore(states, gone=unseen)
        report.pushed += len(stored)
        report.conflicts += sum(r.status is ChangeStatus.CONFLICT for r in results.values())
        report.rejected += [refusal_of(sent[cid], reason) for cid, reason in refused.items()]

    def _upload_attachments(self, entries: list[OutboxEntry], report: SyncReport) -> None:
        """Send the bytes of new attachments, each for its participant, before their records, so the
        server accepts the records and a teammate who pulls one can fetch the file at once."""
        for entry in entries:
            sha256 = entry.fields.get("sha256") if entry.entity == ATTACHMENT else None
            data = self.replica.blob(sha256) if isinstance(sha256, str) else None
            if not isinstance(sha256, str) or data is None or entry.participant_id is None:
                continue
            try:
                self.client.put_attachment(sha256, data, participant_id=entry.participant_id)
            except ServerUnavailable:
                raise  # passing trouble: the whole sync is tried again later
            except SyncRejected as exc:
                # The file itself was refused (too large, over this laptop's quota, damaged): its
                # record still goes up and the server refuses that record alone, with a reason, rather
                # than this holding back every other change behind it.
                report.uploads_refused.append((sha256, str(exc)))
                continue
            report.uploaded += 1


def cancelled(cancel: threading.Event | None) -> bool:
    return cancel is not None and cancel.is_set()
