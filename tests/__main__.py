"""The whole suite as CI runs it: `python -m tests [pytest arguments]`.

Two runs of pytest, one after the other, with the same arguments:
1. every test not marked `alone`, spread over one pytest-xdist worker per CPU;
2. the tests marked `alone`, by themselves: they assert how long something takes, or how often a
   kill lands inside a sync, and another test busy on the other core would make those figures lie.

`python -m pytest` still runs everything in one process, for a developer's own runs.
"""

from __future__ import annotations

import os
import subprocess
import sys

# pytest's exit code when a run selected no test (arguments naming only `alone` tests, say).
NO_TESTS_COLLECTED = 5


def main(arguments: list[str]) -> int:
    workers = os.environ.get("LEADDESK_TEST_WORKERS", "auto")
    runs = [
        ["-n", workers, "-m", "not alone and not bundle"],
        ["-p", "no:xdist", "-m", "alone and not bundle"],
    ]
    codes = []
    for run in runs:
        print(f"\n$ pytest {' '.join(run + arguments)}", flush=True)
        code = subprocess.call([sys.executable, "-m", "pytest", *run, *arguments])
        codes.append(code)
    if all(code == NO_TESTS_COLLECTED for code in codes):
        return NO_TESTS_COLLECTED
    return max(0 if code == NO_TESTS_COLLECTED else code for code in codes)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
