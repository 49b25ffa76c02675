"""Child process for test_crash_notes: opens a profile and writes case notes until it is killed.

Arguments: home folder, profile name, passphrase. It prints "opening" once imported, "ready" once the
profile is open, then one line per write and only after that write has committed:
"participant <id>", "note <id>", "signed <id>". Lines are flushed at once, so whatever the parent has
read was acknowledged to it, exactly as a screen would have told a case manager "saved".
"""

from __future__ import annotations

import os
import random
import sys
import time

# The parent kills us within seconds; the limit only stops an orphan from writing forever.
MAX_SECONDS = 20.0


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main() -> int:
    home, profile, passphrase = sys.argv[1:4]
    from leaddesk.domain import CaseNote, Participant
    from leaddesk.storage.profile import open_profile
    from tests.kdf import FAST_FOR_TESTS

    say("opening")
    store = open_profile(profile, passphrase, home=home, kdf=FAST_FOR_TESTS)
    say("ready")
    rng = random.Random(os.getpid())
    participants = [p.id for p in store.repos.participants.find()]
    deadline = time.monotonic() + MAX_SECONDS
    count = 0
    while time.monotonic() < deadline:
        count += 1
        if not participants or rng.random() < 0.1:
            participant = store.repos.participants.create(
                Participant(first_name=f"Person{count}", last_name="Crash", team_id="north")
            )
            participants.append(participant.id)
            say(f"participant {participant.id}")
        note = store.repos.notes.create(
            CaseNote(
                participant_id=rng.choice(participants),
                data=f"Contact {count}: met at the day centre. " * rng.randint(1, 40),
                assessment="Engaged and calm.",
                plan="Follow up on the housing application.",
            )
        )
        say(f"note {note.id}")
        if rng.random() < 0.3:
            store.repos.notes.sign(note.id)
            say(f"signed {note.id}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
