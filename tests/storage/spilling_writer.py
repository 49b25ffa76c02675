"""Child process for test_crash_damage's kill test: writes transactions far larger than its page cache,
so SQLite spills pages to the write-ahead log before the commit and writes some of them again (it then
rewrites their frames in place and the checksums after them only at the commit), until it is killed.

Arguments: home folder, profile name, passphrase, and optionally a number of notes N: then the second
transaction stops after its Nth note, says "inside", and waits to be killed there. Prints "ready" once
open, then "batch <notes>" after each transaction has committed, with the number of notes committed so
far."""

from __future__ import annotations

import sys
import time

MAX_SECONDS = 20.0  # the parent kills us within seconds; this only stops an orphan
NOTES_PER_BATCH = 150
CACHE_PAGES = 16  # SQLite's page cache for this connection: a batch is hundreds of pages


def main() -> int:
    home, profile, passphrase = sys.argv[1:4]
    stop_inside = int(sys.argv[4]) if len(sys.argv) > 4 else None
    from leaddesk.domain import CaseNote, Participant
    from leaddesk.storage.profile import open_profile
    from tests.kdf import FAST_FOR_TESTS

    store = open_profile(profile, passphrase, home=home, kdf=FAST_FOR_TESTS)
    store.conn.execute(f"PRAGMA cache_size = {CACHE_PAGES}")
    person = store.repos.participants.find()[0]
    print("ready", flush=True)
    deadline = time.monotonic() + MAX_SECONDS
    written = store.conn.execute("SELECT count(*) FROM note").fetchone()[0]
    batches = 0
    while time.monotonic() < deadline:
        with store.write():
            for i in range(NOTES_PER_BATCH):
                if batches == 1 and i == stop_inside:
                    print("inside", flush=True)
                    time.sleep(MAX_SECONDS)
                store.repos.notes.create(
                    CaseNote(
                        participant_id=person.id, data=f"Batch note {written + i}: at the shelter. " * 12
                    )
                )
            batches += 1
            if batches % 2:  # and a participant now and then, so more than one table's pages move
                store.repos.participants.create(
                    Participant(first_name="Spill", last_name="Over", team_id="north")
                )
        written += NOTES_PER_BATCH
        print(f"batch {written}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
