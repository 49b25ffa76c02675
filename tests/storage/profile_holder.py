"""Child process for test_profile_in_use: another app with the profile open. argv is the profiles folder,
the profile's name and its passphrase (its vault made with tests.kdf.FAST_FOR_TESTS). It prints "open"
once the profile is open, then holds it until a line comes on stdin (then locks it and exits) or it is
killed."""

from __future__ import annotations

import sys


def main(home: str, name: str, passphrase: str) -> int:
    from leaddesk.storage.profile import open_profile
    from tests.kdf import FAST_FOR_TESTS

    store = open_profile(name, passphrase, home=home, kdf=FAST_FOR_TESTS)
    print("open", flush=True)
    sys.stdin.readline()
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(*sys.argv[1:4]))
