"""Child process for the tests of one app at a time on a profile (storage/in_use.py): another app.

argv: a mode, the profiles folder, the profile's name and its passphrase (its vault made with
tests.kdf.FAST_FOR_TESTS).
- "hold": opens the profile, prints "open", and holds it until a line comes on stdin (then locks it
  and exits) or it is killed.
- "try": tries once to open the profile, prints "open" (and locks it again) or "in use".
- "free": opens nothing, prints "free" if no app holds the profile now, else "in use".

`spawn` starts one from a test."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def spawn(mode: str, home: Path, name: str, passphrase: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    return subprocess.Popen(
        [sys.executable, __file__, mode, str(home), name, passphrase],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
        text=True,
    )


def main(mode: str, home: str, name: str, passphrase: str) -> int:
    from leaddesk.storage.errors import ProfileInUse
    from leaddesk.storage.profile import open_profile
    from tests.kdf import FAST_FOR_TESTS

    if mode == "free":
        from leaddesk.storage.in_use import check_free
        from leaddesk.storage.paths import profile_dir

        try:
            check_free(profile_dir(name, home))
        except ProfileInUse:
            print("in use", flush=True)
        else:
            print("free", flush=True)
        return 0
    try:
        store = open_profile(name, passphrase, home=home, kdf=FAST_FOR_TESTS)
    except ProfileInUse:
        print("in use", flush=True)
        return 0
    print("open", flush=True)
    if mode == "hold":
        sys.stdin.readline()
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(*sys.argv[1:5]))
