"""One app at a time on a profile: the store opened by unlocking holds an exclusive lock on a file in the
profile's folder until it is locked again, and a second app that tries to open the same profile is told
so, before it derives a key or reads the database.

Two apps on one database would each sync the same outbox, each take the other's write-ahead log for the
remains of a crash (and check every page at each unlock because of it), and each lock the profile on its
own timer. The kernel drops the lock when its holder dies, however it dies, so a crash leaves no stale
lock; the file itself is empty and stays. A store's siblings (its worker threads' connections) share its
hold and take none of their own."""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path
from typing import ClassVar

from leaddesk.storage.errors import ProfileInUse

IN_USE_FILE = "in-use.lock"

if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        # Windows asks for a region to be unlocked before its file is closed.
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        del fd  # closing the file drops a flock


class InUse:
    """The hold of one open profile; `release` (idempotent) lets the next app open it.

    The lock keeps out other processes. Within one process the app never opens a profile twice (its
    unlock screen shows only while the profile is locked), so stores of one process share one lock,
    counted: a test or tool that reopens a profile it did not close is not taken for a second app."""

    _held: ClassVar[dict[Path, tuple[int, int]]] = {}  # folder -> (lock file's fd, stores holding it)
    _guard: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, folder: Path) -> None:
        self._folder: Path | None = Path(folder).resolve()
        with self._guard:
            fd, count = self._held.get(self._folder, (-1, 0))
            if not count:
                fd = os.open(self._folder / IN_USE_FILE, os.O_RDWR | os.O_CREAT, 0o600)
                if not _try_lock(fd):
                    os.close(fd)
                    self._folder = None
                    raise ProfileInUse()
            self._held[self._folder] = (fd, count + 1)

    def release(self) -> None:
        with self._guard:
            if self._folder is None:
                return
            fd, count = self._held.pop(self._folder)
            if count > 1:
                self._held[self._folder] = (fd, count - 1)
            else:
                _unlock(fd)
                os.close(fd)
            self._folder = None


def check_free(folder: Path) -> None:
    """Raise ProfileInUse if another app has the profile in `folder` open now (a hint taken before the
    key derivation; the hold that counts is taken when the database is opened)."""
    InUse(folder).release()
