"""The sync engine: push the outbox in batches (push_loop.py), then the audit chain (audit_shipping.py),
pull pages after the saved cursor and merge them, fetch attachment bytes, then report to the server.
Headless; the UI runs it on a worker and shows progress.

Each step commits on its own (a batch's answer, a page with its cursor), so a sync cut short by a crash,
a lost network or a cancel leaves a consistent store and the next sync carries on from there.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from leaddesk import __version__
from leaddesk.domain.enums import RevokeMode
from leaddesk.domain.ids import utcnow
from leaddesk.storage.errors import UnsentWorkHere
from leaddesk.storage.replica import Replica, wipe_profile
from leaddesk.storage.store import Store
from leaddesk.storage.sync_state import CURSOR
from leaddesk.sync.audit_shipping import ship_audit
from leaddesk.sync.client import SyncClient
from leaddesk.sync.enrolment import enrolled_user
from leaddesk.sync.errors import DeviceRevoked, MassRemovalBlocked, ServerBehind, UnsentWorkKept
from leaddesk.sync.pages import HELPERS, Page, Pages, helpers_available
from leaddesk.sync.program import refresh_program
from leaddesk.sync.protocol import MAX_BATCH, MAX_PAGE, Role
from leaddesk.sync.push_loop import Pusher, cancelled
from leaddesk.sync.report import SyncPhase, SyncProgress, SyncReport


class SyncEngine:
    """Syncs one open store with its server; run it on a worker thread that owns that store."""

    def __init__(
        self,
        store: Store,
        client: SyncClient,
        *,
        progress: Callable[[SyncProgress], None] | None = None,
        batch_size: int = 500,
        page_size: int = MAX_PAGE,
        app_version: str = __version__,
        page_helpers: int = HELPERS,
        help_from: int = MAX_PAGE,
    ) -> None:
        if not 1 <= batch_size <= MAX_BATCH or not 1 <= page_size <= MAX_PAGE:
            raise ValueError(f"batch_size must be 1..{MAX_BATCH} and page_size 1..{MAX_PAGE}")
        self.store = store
        self.client = client
        # Every answer says the server's time: stamps follow it (a laptop whose clock is wrong included).
        client.on_server_time = lambda server_ms, round_trip_ms: store.clock.learn_server_time(
            server_ms, round_trip_ms=round_trip_ms
        )
        self.replica = Replica(store)
        self.batch_size = batch_size
        self.page_size = page_size
        self.app_version = app_version
        # Helper processes for a new laptop's first sync, when its first page holds `help_from` records
        # or more and more are to come (sync/pages.py); 0: never.
        self.page_helpers = page_helpers
        self.help_from = help_from
        self._progress = progress
        self._to_push = 0
        self._pusher = Pusher(
            store, client, self.replica, batch_size=batch_size, app_version=app_version, emit=self._emit
        )

    def sync(self, *, cancel: threading.Event | None = None, allow_mass_removal: bool = False) -> SyncReport:
        """Upload, then removals and downloads, then the heartbeat. Raises DeviceRevoked (call
        handle_revocation), MassRemovalBlocked (ask, then sync(allow_mass_removal=True)), and the
        client's errors; whatever was committed before an error stays committed."""
        report = SyncReport()
        self._to_push = self.store.repos.outbox.count()
        finished = (
            self._pusher.push_all(report, cancel)
            and ship_audit(self.store, self.client, report, cancel=cancel)
            and self._pull_all(report, cancel, allow_mass_removal=allow_mass_removal)
            and self._fetch_attachments(report, cancel)
        )
        if finished:
            self._emit(report, SyncPhase.HEARTBEAT)
            refresh_program(self.store, self.client)
        if finished and self._heartbeat():
            # The server's pages after our cursor hold only what changed since; a team just joined has
            # older records too. Pulling from the start fetches them (what is here already is skipped).
            self.replica.save_state({CURSOR: "0"})
            finished = self._pull_all(report, cancel, allow_mass_removal=allow_mass_removal)
        report.cancelled = not finished
        report.pending = self.store.repos.outbox.count()
        report.cursor = self.replica.cursor
        report.finished_at = utcnow()
        self.replica.record_sync(report.summary(), at=report.finished_at)
        self._emit(report, SyncPhase.DONE)
        return report

    def handle_revocation(self, mode: RevokeMode) -> SyncReport | None:
        """Do what a revocation asks: "retired" sends what is still unsent first, its audit trail too (the
        server allows that); then, for either mode, the store is closed and the profile's folder deleted,
        vault included.

        A retired device that cannot finish its final push raises the client's error and is not wiped,
        so the work can still go on a later try. Returns the final push's report, if there was one.
        """
        report = None
        if mode is RevokeMode.RETIRED:
            report = SyncReport()
            self._to_push = self.store.repos.outbox.count()
            try:
                self._pusher.push_all(report, None)
                ship_audit(self.store, self.client, report)  # its trail goes up with its last work
            except DeviceRevoked as exc:
                if exc.mode is not RevokeMode.LOST:  # declared lost meanwhile: nothing may be sent
                    raise
        folder = self.store.db_path.parent
        self.store.close(audit=False)
        wipe_profile(folder)
        return report

    # -- pull --------------------------------------------------------------------------------------

    def _pull_all(
        self, report: SyncReport, cancel: threading.Event | None, *, allow_mass_removal: bool
    ) -> bool:
        # Participants kept back for unsent work that has gone up in the push above can go now.
        report.removed += self.replica.retry_deferred_removals()
        self.replica.purge_removed_text()  # after a removal by a sync that stopped before doing it
        if cancelled(cancel):
            return False
        first = self.replica.defer_search_index()  # a new laptop's notes: indexed once, at the end
        try:
            # The next page is asked for while this one is applied, so the server's work and the wire's
            # overlap with ours (sync/pages.py). It is asked for after the cursor this page stores as it
            # commits; if applying fails, the pages fetched ahead are dropped (after waiting for them, so
            # no request outlives the sync) and the next sync asks again from the cursor that was saved.
            helpers = self.page_helpers if helpers_available() else 0
            with (
                self.replica.first_pull(first),
                Pages(self.client, self.page_size, helpers=helpers, help_from=self.help_from) as pages,
            ):
                pages.ask(self.replica.cursor)
                finished = self._apply_pages(pages, report, cancel, allow_mass_removal=allow_mass_removal)
        except ServerBehind:
            if report.server_behind:  # refused again within this sync: leave it to the next
                raise
            # Restored from an older backup: everything again from 0, giving back what it lost (reoffer.py).
            report.server_behind = True
            self.replica.begin_reoffer()
            return self._pull_all(report, cancel, allow_mass_removal=allow_mass_removal)
        if not (finished and self.replica.reoffering):  # a pass's last page: the pass ends here
            return finished
        report.reoffered += self.replica.finish_reoffer()
        self._to_push += self.store.repos.outbox.count()
        return self._pusher.push_all(report, cancel)  # what it lost goes up now, not at the next sync

    def _apply_pages(
        self, pages: Pages, report: SyncReport, cancel: threading.Event | None, *, allow_mass_removal: bool
    ) -> bool:
        total = self.replica.participant_count()
        reoffer = self.replica.reoffering  # a pass cut short goes on from its saved cursor
        removed = 0  # by this sync's pages, against the fail-safe
        first = True
        while True:
            page = pages.next()
            if first:  # a new laptop's first sync gets helpers for the pages after this one
                pages.start_helping(page, empty_before=total == 0 and not reoffer)
                first = False
            if not page.has_more and self.replica.lost_pushes(page.cursor):  # restored since our push
                raise ServerBehind(409)
            removing = self._removing(page)
            leaving = _gone_for_good(page, removing)
            if leaving and not allow_mass_removal and (removed + len(leaving)) * 2 > total:
                raise MassRemovalBlocked(removing=removed + len(leaving), total=total)
            # Asking for the next page tells the server this one is applied (its cursor is the device's
            # pulled_through), after which it refuses changes about the participants this one removes:
            # so their unsent work goes up first.
            if removing and not self._send_before_removal(removing, report, cancel):
                return False
            if page.has_more and not cancelled(cancel):
                pages.ask(page.cursor)
            try:
                result = page.apply(self.replica, reoffer=reoffer)
            except UnsentWorkHere as exc:  # _send_before_removal makes this unreachable; never lose work
                raise UnsentWorkKept() from exc
            removed += len(result.removed)
            report.pulled += page.count
            report.applied += result.applied
            report.skipped += result.skipped
            report.removed += result.removed
            report.kept += [p for p in result.kept if p not in report.kept]
            report.reoffered += result.offered
            self._emit(report, SyncPhase.PULL)
            if not page.has_more:
                self.replica.forget_leaving()  # marks no page acted on (see Replica.forget_leaving)
                self.replica.purge_removed_text()
                self.replica.build_deferred_search_index()
                return True
            if cancelled(cancel):
                return False

    def _removing(self, page: Page) -> dict[str, int]:
        """Participants held here that this page removes, with the seq of their (last) removal."""
        named = {r.participant_id: r.seq for r in sorted(page.removals, key=lambda r: r.seq)}
        held = self.replica.present_participants(named)
        return {pid: seq for pid, seq in named.items() if pid in held}

    def _send_before_removal(
        self, leaving: dict[str, int], report: SyncReport, cancel: threading.Event | None
    ) -> bool:
        """Mark the participants as leaving (no change about them can be saved from then on) and send
        whatever is unsent about them. False if the sync was cancelled first; raises the client's errors
        (the page is then not applied, and the next sync tries again)."""
        waiting = self.replica.mark_leaving(leaving)
        if not waiting:
            return True
        self._to_push += self.store.repos.outbox.count()
        if not self._pusher.push_all(report, cancel):
            return False
        if self.store.repos.outbox.participants_with_pending(waiting):
            raise UnsentWorkKept()  # the server left some unanswered: keep them, and the page, for later
        return True

    def _fetch_attachments(self, report: SyncReport, cancel: threading.Event | None) -> bool:
        for sha256 in self.replica.missing_blobs():
            if cancelled(cancel):
                return False
            data = self.client.get_attachment(sha256)
            if data is None:  # its author has not uploaded it yet; tried again next sync
                continue
            try:
                self.replica.store_blob(sha256, data)
            except ValueError as exc:  # damaged on the way: not kept, tried again next sync
                report.skipped.append(("attachment file", sha256, str(exc)))
                continue
            report.downloaded += 1
            self._emit(report, SyncPhase.ATTACHMENTS)
        return True

    def _heartbeat(self) -> bool:
        """Report unsent work and app version; True if the user's scope has grown since last time."""
        answer = self.client.heartbeat(pending=self.store.repos.outbox.count(), app_version=self.app_version)
        enrolment = self.replica.enrolment
        after = enrolled_user(answer.user)
        if enrolment is None or enrolment.user == after:
            return False
        self.replica.save_user(after)  # teams or role changed on the server
        before = enrolment.user
        became_admin = after.role == Role.ADMIN.value and before.role != Role.ADMIN.value
        return became_admin or not set(after.teams) <= set(before.teams)

    def _emit(self, report: SyncReport, phase: SyncPhase) -> None:
        if self._progress is not None:
            self._progress(
                SyncProgress(
                    phase=phase,
                    pushed=report.pushed + len(report.rejected),
                    to_push=self._to_push,
                    pulled=report.pulled,
                    removed=len(report.removed),
                )
            )


def _gone_for_good(page: Page, removing: dict[str, int]) -> set[str]:
    """Of the participants the page removes, those not back in scope later in the same page."""
    if not removing:
        return set()
    last_record = page.participants_seen()
    return {pid for pid, seq in removing.items() if last_record.get(pid, 0) < seq}
