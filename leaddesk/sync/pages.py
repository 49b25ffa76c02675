"""The pages of one pull pass, fetched on a thread of their own while the engine applies the one before.

A new laptop's first sync is hundreds of thousands of records; reading each page and making its records
ready to insert is most of the time it takes, and it is Python, under one interpreter lock. So when a
pass that starts on an empty store gets a full first page with more to come, two helper processes are
started (sync/page_worker.py) and read the pages after it, each one page, while this process writes:
every core works. What they send back is exactly what PageWriter.apply would have inserted
(storage/pulled.prepare_new); where that cannot be known without the tables (a record already here,
something of it unsent, a removal), the page is read and applied here as before.

Asking for a page tells the server that everything before it is applied (its cursor is the device's
pulled_through), after which it refuses changes about the participants a page before removed; so the
engine asks for the next page only once it has seen that this one removes no one, or has sent the unsent
work of those it removes. With helpers, the next page is asked for as soon as this one's header says it
removes no one (PageHead), before it is read, up to AHEAD pages ahead; a body that disagrees with its
header is refused. A helper that fails or dies costs only time: its page is read here instead.
"""

from __future__ import annotations

import logging
import marshal
import os
import subprocess
import sys
import threading
from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from queue import SimpleQueue
from types import TracebackType
from typing import Any

import leaddesk
from leaddesk.storage.pulled import Prepared
from leaddesk.storage.pulled_page import PageResult
from leaddesk.storage.replica import Replica
from leaddesk.sync.client import RawPage, SyncClient, read_page
from leaddesk.sync.errors import ProtocolMismatch
from leaddesk.sync.page_worker import HELPER_ARGUMENT, read_frame, write_frame
from leaddesk.sync.protocol import PageHead, PullResponse, Removal

log = logging.getLogger(__name__)

HELPERS = 2  # processes, where the machine has the cores
AHEAD = 3  # pages asked for and not yet applied, at most (with helpers)
WORKER = ["-m", "leaddesk.sync.page_worker"]  # what a helper runs, after the app's Python
# A helper that has not answered a page in this long is taken for hung and ended (a page takes it a
# fraction of a second; the largest a server sends, a few seconds on a slow laptop).
ANSWER_SECONDS = 120.0


@dataclass
class ReadPage:
    """A page read in this process."""

    response: PullResponse

    @property
    def cursor(self) -> int:
        return self.response.cursor

    @property
    def has_more(self) -> bool:
        return self.response.has_more

    @property
    def removals(self) -> list[Removal]:
        return self.response.removals

    @property
    def count(self) -> int:
        return len(self.response.records)

    def participants_seen(self) -> dict[str | None, int]:
        """The last seq at which each participant has a record in this page."""
        last: dict[str | None, int] = {}
        for state in self.response.records:
            last[state.participant_id] = max(state.seq, last.get(state.participant_id, 0))
        return last

    def apply(self, replica: Replica, *, reoffer: bool) -> PageResult:
        page = self.response
        return replica.apply_page(page.records, page.removals, page.cursor, reoffer=reoffer)


@dataclass
class PreparedPage:
    """A page a helper read and made ready; it removes no one."""

    body: bytes
    cursor: int
    has_more: bool
    count: int
    records: list[tuple[str, list[Prepared]]]
    removals = ()

    def participants_seen(self) -> dict[str | None, int]:
        return {}  # asked only of a page that removes someone

    def apply(self, replica: Replica, *, reoffer: bool) -> PageResult:
        result = None if reoffer else replica.apply_prepared(self.records, self.cursor)
        if result is None:  # something of it is here already: read and applied here, as without helpers
            result = ReadPage(read_page(self.body)).apply(replica, reoffer=reoffer)
        return result


Page = ReadPage | PreparedPage


class Helpers:
    """Helper processes that prepare pages (sync/page_worker.py), each serving one page at a time."""

    def __init__(self, count: int) -> None:
        self._idle: SimpleQueue[subprocess.Popen[bytes] | None] = SimpleQueue()
        self._all: list[subprocess.Popen[bytes]] = []
        self._lock = threading.Lock()
        env = dict(os.environ)
        # The worker imports this very copy of leaddesk, wherever it was imported from.
        root = str(Path(leaddesk.__file__).resolve().parent.parent)
        env["PYTHONPATH"] = os.pathsep.join([root, *filter(None, [env.get("PYTHONPATH")])])
        try:
            for _ in range(count):
                proc = subprocess.Popen(  # noqa: S603 (our own: this Python with our module, or the bundle)
                    helper_command(),
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    env=env,
                    creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
                )
                self._all.append(proc)
                self._idle.put(proc)
        except OSError:
            self.close()  # the ones started before
            raise

    def prepare(self, body: bytes) -> tuple[Any, ...] | None:
        """The helper's answer for a page (see page_worker.prepare_page); None if every helper is gone
        or the one asked failed or hung (it is not asked again)."""
        proc = self._idle.get()
        if proc is None:  # none left: say so to whoever asks next, too
            self._idle.put(None)
            return None
        assert proc.stdin is not None
        assert proc.stdout is not None
        hung = threading.Timer(ANSWER_SECONDS, proc.kill)  # then its pipe ends, and the read with it
        hung.start()
        try:
            write_frame(proc.stdin, body)
            reply = read_frame(proc.stdout)
            answer = None if reply is None else marshal.loads(reply)  # noqa: S302 (our own helper's)
        except (OSError, ValueError, EOFError, TypeError):
            answer = None
        finally:
            hung.cancel()
        if isinstance(answer, tuple) and answer and answer[0] in ("page", "unread"):
            self._idle.put(proc)
            return answer
        self._retire(proc)
        return None

    def _retire(self, proc: subprocess.Popen[bytes]) -> None:
        proc.kill()
        proc.wait()
        with self._lock:
            self._all.remove(proc)
            if not self._all:
                self._idle.put(None)

    def close(self) -> None:
        """End every helper: a closed stdin ends it; one that does not end soon is killed."""
        with self._lock:
            procs, self._all = self._all, []
        for proc in procs:
            if proc.stdin is not None:
                proc.stdin.close()
        for proc in procs:
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
            if proc.stdout is not None:
                proc.stdout.close()


def helpers_available() -> bool:
    """Whether this machine and this app can run helpers: two cores or more, and an executable to run."""
    return (os.cpu_count() or 1) >= 2 and bool(sys.executable)


def helper_command() -> list[str]:
    """How a helper is started: this Python running the worker's module, or in the packaged bundle (whose
    executable is the app, not a Python) that executable told to be a helper (packaging/entry.py)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, HELPER_ARGUMENT]
    return [sys.executable, *WORKER]


class Pages:
    """One pull pass's pages, asked for with ask() and taken in order with next(); a context manager that
    waits, as it ends, for every request and helper it started, so none outlives the pass."""

    def __init__(self, client: SyncClient, page_size: int, *, helpers: int, help_from: int) -> None:
        self._client = client
        self._page_size = page_size
        self._helper_count = helpers  # 0: never
        self._help_from = help_from  # records in a full first page that make the pass worth helping
        self._helpers: Helpers | None = None
        self._fetcher = ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-pull")
        self._preparers: ThreadPoolExecutor | None = None
        self._pending: deque[Future[Page]] = deque()
        self._chained: set[int] = set()  # cursors already asked for ahead, by a page's header
        self._lock = threading.Lock()
        self._closing = False

    def __enter__(self) -> Pages:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        with self._lock:
            self._closing = True
        self._fetcher.shutdown(wait=True, cancel_futures=True)  # a page asked ahead and not sent: not sent
        if self._preparers is not None:
            self._preparers.shutdown(wait=True)
        if self._helpers is not None:
            self._helpers.close()

    def ask(self, cursor: int) -> None:
        """Ask for the page after `cursor` (telling the server everything up to it is applied here)."""
        with self._lock:
            if cursor in self._chained:  # asked for already, ahead, on its page's header
                self._chained.discard(cursor)
                return
        self._ask(cursor)

    def next(self) -> Page:
        """The page asked for first and not taken yet, waiting for it; raises what fetching it raised."""
        return self._pending.popleft().result()

    def start_helping(self, first: Page, *, empty_before: bool) -> None:
        """After a pass's first page: start the helpers if it was a new laptop's first sync (the store
        empty before it) and the page was full with more to come."""
        if (
            self._helper_count
            and self._helpers is None
            and empty_before
            and first.has_more
            and first.count >= self._help_from
        ):
            try:
                self._helpers = Helpers(self._helper_count)
            except OSError:  # no Python to start them with, no process to spare: done without them
                log.warning("page helpers could not be started", exc_info=True)
                return
            self._preparers = ThreadPoolExecutor(self._helper_count, thread_name_prefix="sync-prepare")

    def _ask(self, cursor: int) -> None:
        page: Future[Page] = Future()
        self._pending.append(page)
        self._fetcher.submit(self._fetch, cursor, page)

    def _fetch(self, cursor: int, page: Future[Page]) -> None:
        try:
            raw = self._client.pull_page(cursor, self._page_size)
            if self._helpers is None or self._preparers is None:
                page.set_result(ReadPage(read_page(raw.body)))
                return
        except BaseException as exc:
            page.set_exception(exc)
            return
        head = raw.head
        with self._lock:
            ahead = not self._closing and len(self._pending) < AHEAD
            if ahead and head is not None and head.has_more and not head.removals:
                self._chained.add(head.cursor)
            else:
                ahead = False
        if ahead and head is not None:
            self._ask(head.cursor)  # this thread's next task: fetched while helpers read this one
        self._preparers.submit(self._prepare, raw, page)

    def _prepare(self, raw: RawPage, page: Future[Page]) -> None:
        try:
            page.set_result(self._prepared(raw))
        except BaseException as exc:
            page.set_exception(exc)

    def _prepared(self, raw: RawPage) -> Page:
        assert self._helpers is not None
        answer = self._helpers.prepare(raw.body)
        if answer is None or answer[0] != "page":
            read = ReadPage(read_page(raw.body))  # a malformed page raises here as without helpers
            _check_head(raw.head, PageHead.of(read.response))
            return read
        _, cursor, has_more, removals, count, records = answer
        _check_head(raw.head, PageHead(cursor, has_more, len(removals)))
        if removals:
            return ReadPage(read_page(raw.body))
        return PreparedPage(raw.body, cursor, has_more, count, records)


def _check_head(head: PageHead | None, body: PageHead) -> None:
    """A page asked for ahead on its header must be the page its header said."""
    if head is not None and head != body:
        raise ProtocolMismatch(f"the pull page's header says {head.encode()!r}, its body {body.encode()!r}")
