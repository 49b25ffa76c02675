"""Child process for test_vault_lock: one wrong guess at a vault, on the parent's word, or (with "hold")
holding the vault's lock until it is killed.

Guess mode: argv is the profile folder and the Argon2id floor the vault was made with; the wrong
passphrase comes on stdin, then "go". It prints "ready" once the vault is loaded and, after the guess,
"wrong" or "locked" (the two ways a wrong guess may end) or the error it met.

Its clock always reads an hour after the last failure recorded in vault.json: the lock-out waits are real
in every other test, and here they would stop the sixth guess from being tried at all.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import datetime
from pathlib import Path

T0 = 1_700_000_000.0
MAX_SECONDS = 30.0  # the parent kills a holder long before this; only an orphan gets this far


def an_hour_after_the_last_failure(folder: Path) -> float:
    last = json.loads((folder / "vault.json").read_bytes())["last_failed_at"]
    return T0 if last is None else datetime.fromisoformat(last).timestamp() + 3600


def hold(folder: Path) -> int:
    from leaddesk.storage.vault_file import locked

    with locked(folder):
        print("holding", flush=True)
        time.sleep(MAX_SECONDS)
    return 0


def guess(folder: Path, memory_cost: int, iterations: int, lanes: int) -> int:
    from leaddesk.storage.errors import StorageError, VaultLocked, WrongPassphrase
    from leaddesk.storage.kdf import KdfParams
    from leaddesk.storage.vault import Vault

    floor = KdfParams(memory_cost=memory_cost, iterations=iterations, lanes=lanes)
    vault = Vault.load(folder, kdf=floor, clock=lambda: an_hour_after_the_last_failure(folder))
    wrong = sys.stdin.readline().rstrip("\n")
    print("ready", flush=True)
    if sys.stdin.readline() != "go\n":
        return 1
    try:
        vault.unlock(wrong)
    except WrongPassphrase:
        print("wrong", flush=True)
    except VaultLocked:
        print("locked", flush=True)
    except (StorageError, OSError) as exc:
        print(f"error {type(exc).__name__}: {exc}", flush=True)
    else:
        print("opened", flush=True)
    return 0


def main() -> int:
    folder = Path(sys.argv[1])
    if sys.argv[2] == "hold":
        return hold(folder)
    return guess(folder, *(int(arg) for arg in sys.argv[2:5]))


if __name__ == "__main__":
    sys.exit(main())
