"""Child process for test_page_durability, run under strace: syncs a profile from a scripted server that
serves three pages, and marks each step with a system call strace shows (access() of a path that does
not exist), so the parent can place every fsync of the database's WAL between the steps.

Arguments: home folder, profile name; the passphrase comes on stdin. It prints the cursor it ended at.
"""

from __future__ import annotations

import os
import sys

MARK = "/leaddesk-test-mark/"


def mark(label: str) -> None:
    os.access(MARK + label, os.F_OK)


def main() -> int:
    from leaddesk.domain import Participant
    from leaddesk.storage.profile import open_profile
    from leaddesk.sync.engine import SyncEngine
    from tests.kdf import FAST_FOR_TESTS
    from tests.sync.conftest import FakeServer, page, remote_stamp, state_of

    home, profile = sys.argv[1:3]
    store = open_profile(profile, sys.stdin.readline().rstrip("\n"), home=home, kdf=FAST_FOR_TESTS)
    stamp = remote_stamp()
    people = [Participant(first_name=f"Remy {n}", last_name="Stone", team_id="north") for n in (1, 2, 3)]
    states = [state_of(person, seq=n, stamp=stamp) for n, person in enumerate(people, start=1)]
    server = FakeServer(
        pages=[
            page(states[0], has_more=True),
            page(states[1], has_more=True),
            page(states[2], has_more=False),
        ]
    )
    # After each page commits the engine reports it: "pull-1", "pull-2", "pull-3"; then "heartbeat-3",
    # and "done-3" once the sync has been recorded.
    engine = SyncEngine(
        store, server.client(), progress=lambda step: mark(f"{step.phase.value}-{step.pulled}")
    )
    mark("sync-start")
    report = engine.sync()
    mark("sync-returned")
    print(report.cursor, flush=True)
    store.close(audit=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
