"""The Jepsen test's journal: what one laptop process wrote and what the server answered it, as
append-only JSON lines fsynced one by one, so that a SIGKILL at any moment leaves a journal the checker
can trust.

Every write is journalled inside its own transaction, before it commits, together with a marker in the
laptop's `settings` table (the op's number, per writer thread): a write the journal names but whose
number is above the marker never committed (killed between the two), and is void. So the checker knows
each committed write exactly, even one a sync running on another thread pushed at once.

Lines: {"t": "start"} each time the process starts; {"t": "op", "w", "n", "kind", "real_ms",
"changes": [outbox entries]}; {"t": "void", "w", "n"}; {"t": "answered", "acked": [...], "refused":
{change id: reason}}; {"t": "draft", "n", "key", "participant_id", "body" (None: discarded), "done"}
before and after each save; {"t": "sync", "outcome", "why"}.
"""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from leaddesk.storage.repositories.outbox import OutboxEntry
from leaddesk.storage.store import Store

MARKER = "jepsen-committed:"  # settings key prefix: the last committed op number of a writer thread
EVERYTHING = 1_000_000


def real_ms() -> int:
    """The true time (the laptop's clock may be skewed on purpose; this one never is)."""
    return time.time_ns() // 1_000_000


def entry_json(entry: OutboxEntry) -> dict[str, Any]:
    return {
        "change_id": entry.change_id,
        "entity": entry.entity,
        "record_id": entry.record_id,
        "participant_id": entry.participant_id,
        "op": entry.op,
        "fields": entry.fields,
        "clocks": entry.clocks,
        "base": entry.base,
        "resolves": entry.resolves,
    }


def read_lines(path: Path) -> Iterator[dict[str, Any]]:
    """The journal's whole lines; a last line cut by a kill is not one."""
    if not path.exists():
        return
    with path.open("rb") as handle:
        for raw in handle:
            if not raw.endswith(b"\n"):
                return
            yield json.loads(raw)


@dataclass
class Replay:
    """What a journal says, read back: committed ops (in commit order), voided ones, answers, drafts."""

    ops: list[dict[str, Any]] = field(default_factory=list)  # every op line, committed or not
    void: set[tuple[str, int]] = field(default_factory=set)
    acked: set[str] = field(default_factory=set)
    refused: dict[str, str] = field(default_factory=dict)
    drafts: list[dict[str, Any]] = field(default_factory=list)
    starts: int = 0
    syncs: dict[str, int] = field(default_factory=dict)  # outcome -> count
    last_n: int = 0

    @classmethod
    def of(cls, path: Path) -> Replay:
        made = cls()
        for line in read_lines(path):
            kind = line["t"]
            if kind == "op":
                made.ops.append(line)
                made.last_n = max(made.last_n, line["n"])
            elif kind == "void":
                made.void.add((line["w"], line["n"]))
            elif kind == "answered":
                made.acked.update(line["acked"])
                made.refused.update(line["refused"])
            elif kind == "draft":
                made.drafts.append(line)
                made.last_n = max(made.last_n, line["n"])
            elif kind == "start":
                made.starts += 1
            elif kind == "sync":
                made.syncs[line["outcome"]] = made.syncs.get(line["outcome"], 0) + 1
        return made

    def committed(self, markers: dict[str, int]) -> list[dict[str, Any]]:
        """The op lines whose transaction committed, by the markers read from the laptop's database."""
        return [
            op
            for op in self.ops
            if (op["w"], op["n"]) not in self.void and op["n"] <= markers.get(op["w"], 0)
        ]

    def change_ids(self, markers: dict[str, int]) -> set[str]:
        return {c["change_id"] for op in self.committed(markers) for c in op["changes"]}


def markers(store: Store) -> dict[str, int]:
    rows = store.conn.execute("SELECT key, value FROM settings WHERE key LIKE ?", (MARKER + "%",))
    return {key.removeprefix(MARKER): int(json.loads(value)) for key, value in rows}


class Journal:
    """The writing side, shared by a laptop process's threads."""

    def __init__(self, path: Path) -> None:
        self.path = path
        replay = Replay.of(path)
        self._n = replay.last_n
        self._lock = threading.Lock()
        self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        self._trim()

    def _trim(self) -> None:
        """Cut a last line a kill left half written, so the next line starts on a line of its own."""
        data = self.path.read_bytes()
        if data and not data.endswith(b"\n"):
            os.truncate(self.path, data.rindex(b"\n") + 1 if b"\n" in data else 0)

    def next_n(self) -> int:
        with self._lock:
            self._n += 1
            return self._n

    def append(self, line: dict[str, Any]) -> None:
        data = (json.dumps(line, sort_keys=True) + "\n").encode()
        with self._lock:
            os.write(self._fd, data)
            os.fsync(self._fd)

    def close(self) -> None:
        os.close(self._fd)


def journalled(
    store: Store,
    journal: Journal,
    kind: str,
    action: Callable[[Store], object],
    *,
    w: str,
    check: Callable[[int, list[dict[str, Any]]], None] | None = None,
) -> list[str]:
    """Run `action` in one transaction that also journals the outbox entries it made, before its
    commit, and sets writer `w`'s marker to the op's number; returns the change ids it committed.
    `check` sees the entries and the true time first, and may raise to write nothing."""
    logged = None
    try:
        with store.write() as conn:
            before = conn.execute("SELECT coalesce(max(seq), 0) FROM sync_outbox").fetchone()[0]
            action(store)
            made = [entry_json(e) for e in store.repos.outbox.pending(after_seq=before, limit=EVERYTHING)]
            if not made:
                return []
            now = real_ms()
            if check is not None:
                check(now, made)
            logged = journal.next_n()
            store.repos.settings.set(MARKER + w, logged)
            journal.append({"t": "op", "w": w, "n": logged, "kind": kind, "real_ms": now, "changes": made})
    except BaseException:
        if logged is not None:  # journalled, and then not committed
            journal.append({"t": "void", "w": w, "n": logged})
        raise
    return [c["change_id"] for c in made]


class Answers:
    """Which committed changes of this laptop the server has not answered yet; after a sync attempt,
    the ones gone from the outbox were answered: refused if they wait in sync_rejected, else stored."""

    def __init__(self, journal: Journal) -> None:
        self.journal = journal
        self._waiting: set[str] = set()
        self._lock = threading.Lock()

    def committed(self, change_ids: list[str]) -> None:
        with self._lock:
            self._waiting.update(change_ids)

    def recover(self, store: Store) -> None:
        """At start: the journal's committed changes not answered yet wait again; any of them already
        gone from the outbox were answered before the kill."""
        replay = Replay.of(self.journal.path)
        held = markers(store)
        for w, n in sorted({(op["w"], op["n"]) for op in replay.ops} - replay.void):
            if n > held.get(w, 0):
                self.journal.append({"t": "void", "w": w, "n": n})
        replay = Replay.of(self.journal.path)
        answered = replay.acked | replay.refused.keys()
        self.committed(sorted(replay.change_ids(markers(store)) - answered))
        self.settle(store)

    def settle(self, store: Store) -> None:
        with self._lock:
            waiting = set(self._waiting)  # first: a change committed after this is not judged now
        outbox = store.repos.outbox
        still = {e.change_id for e in outbox.pending(limit=EVERYTHING)}
        reasons = {r.entry.change_id: r.reason for r in outbox.rejected()}
        answered = waiting - still
        if not answered:
            return
        refused = {c: reasons[c] for c in answered if c in reasons}
        self.journal.append({"t": "answered", "acked": sorted(answered - refused.keys()), "refused": refused})
        with self._lock:
            self._waiting -= answered
