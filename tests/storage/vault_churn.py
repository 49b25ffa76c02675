"""Child process for test_vault_crash: changes a vault's passphrase back and forth until it is killed.

The two passphrases come on stdin (not argv, which other users can read), and nothing but "ready" is
printed. With --slow-disk, os.write writes at most 64 bytes per call and fsync pauses, as on a slow or
busy disk: that widens every moment at which a non-atomic write would leave a torn vault.json.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

# The parent kills us long before this; the limit only stops an orphan from spinning forever.
MAX_SECONDS = 30.0


def slow_disk() -> None:
    real_write, real_fsync = os.write, os.fsync

    def write(fd: int, data: bytes | memoryview, /) -> int:
        time.sleep(0.0002)
        return real_write(fd, data[:64])

    def fsync(fd: int, /) -> None:
        time.sleep(0.002)
        real_fsync(fd)

    os.write = write  # type: ignore[assignment]
    os.fsync = fsync  # type: ignore[assignment]


def main() -> int:
    from leaddesk.storage.vault import Vault
    from tests.kdf import FAST_FOR_TESTS

    folder = Path(sys.argv[1])
    current, other = json.loads(sys.stdin.readline())
    if "--slow-disk" in sys.argv[2:]:
        slow_disk()
    vault = Vault.load(folder, kdf=FAST_FOR_TESTS)
    print("ready", flush=True)
    deadline = time.monotonic() + MAX_SECONDS
    while time.monotonic() < deadline:
        vault.change_passphrase(current, other)
        current, other = other, current
    return 0


if __name__ == "__main__":
    sys.exit(main())
