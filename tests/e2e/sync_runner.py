"""Child process for test_sync_crash: opens an enrolled profile and syncs it with the real engine until
the parent kills it.

Arguments: home folder, profile name, passphrase, user, batch size, page size. It prints "imported" once
its modules are loaded, then waits for a line on stdin (the parent starts it ahead, while the profile is
still in use, because Python's start-up is most of its cost). Then "ready" once the profile is open, one
line per committed step ("push <pushed> <to push>", "pull <pulled>", "heartbeat", "done"), "synced" when
the sync has returned, and it waits on stdin again: it never ends by itself, so every end is a kill.
"""

from __future__ import annotations

import sys


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main() -> int:
    home, profile, passphrase, user, batch_size, page_size = sys.argv[1:7]
    from leaddesk.storage.profile import open_profile
    from leaddesk.sync.client import RetryPolicy
    from leaddesk.sync.engine import SyncEngine
    from leaddesk.sync.enrolment import client_for
    from leaddesk.sync.report import SyncPhase, SyncProgress
    from tests.kdf import FAST_FOR_TESTS

    say("imported")
    if not sys.stdin.readline():
        return 0  # the parent went away before it needed us
    store = open_profile(profile, passphrase, home=home, user=user, kdf=FAST_FOR_TESTS)
    say("ready")

    def progress(step: SyncProgress) -> None:
        if step.phase is SyncPhase.PUSH:
            say(f"push {step.pushed} {step.to_push}")
        elif step.phase is SyncPhase.PULL:
            say(f"pull {step.pulled}")
        else:
            say(step.phase.value)

    retry = RetryPolicy(attempts=2, base_delay=0.01, max_delay=0.05, total=5.0)
    engine = SyncEngine(
        store,
        client_for(store, retry=retry),
        progress=progress,
        batch_size=int(batch_size),
        page_size=int(page_size),
    )
    engine.sync()
    say("synced")
    sys.stdin.readline()
    return 0


if __name__ == "__main__":
    sys.exit(main())
