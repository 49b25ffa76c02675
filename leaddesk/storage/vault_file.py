"""vault.json on disk: its parts, reading and checking it (anything unexpected is CorruptVault, never a
crash), writing it, and the lock that makes read-derive-write one step across processes."""

from __future__ import annotations

import base64
import binascii
import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from leaddesk.storage.errors import CorruptVault, ProfileNotFound
from leaddesk.storage.kdf import MOST_PLAUSIBLE, KdfParams
from leaddesk.storage.paths import VAULT_FILE

FORMAT_VERSION = 1
SALT_LENGTH = 16
NONCE_LENGTH = 12
WRAPPED_LENGTH = 32 + 16  # the 32-byte key and the 16-byte tag GCM appends
KIND_PASSPHRASE, KIND_RECOVERY = "passphrase", "recovery"
LOCK_FILE = "vault.lock"
ARGON2 = "argon2id"
HKDF = "hkdf-sha256"
_MAX_VAULT_BYTES = 1 << 20


@dataclass(frozen=True)
class Wrap:
    kind: str
    salt: bytes
    nonce: bytes
    ciphertext: bytes
    params: KdfParams | None  # None for the recovery wrap, whose key comes from HKDF

    def to_json(self) -> dict[str, Any]:
        kdf: dict[str, Any] = {"name": HKDF if self.params is None else ARGON2, "salt": b64(self.salt)}
        if self.params is not None:
            kdf.update(asdict(self.params))
        return {"kind": self.kind, "kdf": kdf, "nonce": b64(self.nonce), "ciphertext": b64(self.ciphertext)}


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def dump(raw: dict[str, Any]) -> bytes:
    return json.dumps(raw, indent=2).encode("utf-8") + b"\n"


# -- one change at a time ------------------------------------------------------------------------------

if sys.platform == "win32":
    import msvcrt

    def _lock(fd: int) -> None:
        while True:
            try:
                msvcrt.locking(fd, msvcrt.LK_LOCK, 1)
                return
            except OSError:  # LK_LOCK gives up after ten seconds; a derivation may take longer
                continue

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


@contextmanager
def locked(folder: Path) -> Iterator[None]:
    """Hold the profile's vault lock: every read-derive-write of vault.json happens inside it, so that
    guesses made at once from several windows or processes are each counted, and never two writers
    start from the same copy.

    The lock file is empty and stays (deleting it would let two processes hold two different files). The
    kernel drops a flock when its holder dies, however it dies, so a crash leaves no stale lock. flock
    locks an open file, not a process: two threads of one process exclude each other as well."""
    fd = os.open(Path(folder) / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        _lock(fd)
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)


# -- reading and checking --------------------------------------------------------------------------------


def read(folder: Path) -> dict[str, Any]:
    try:
        data = (folder / VAULT_FILE).read_bytes()
    except (FileNotFoundError, NotADirectoryError):
        raise ProfileNotFound(folder.name) from None
    if len(data) > _MAX_VAULT_BYTES:
        raise CorruptVault("vault.json is far too large to be a vault.")
    try:
        raw = json.loads(data)
    except (ValueError, RecursionError):
        raise CorruptVault("vault.json is damaged: it is not readable JSON.") from None
    if not isinstance(raw, dict):
        raise CorruptVault("vault.json is damaged: it is not a JSON object.")
    if raw.get("format_version") != FORMAT_VERSION or type(raw["format_version"]) is not int:
        raise CorruptVault("vault.json is missing its format or has one this version does not know.")
    for key, valid in _FIELDS.items():
        if key not in raw:
            raise CorruptVault(f"vault.json is missing {key}.")
        if not valid(raw[key]):
            raise CorruptVault(f"vault.json has an invalid {key}.")
    return raw


def _text(value: object) -> bool:
    return isinstance(value, str) and bool(value)


_FIELDS: dict[str, Callable[[Any], bool]] = {
    "profile_id": _text,
    "name": _text,
    "created_at": _text,
    "device_id": _text,
    "wraps": lambda value: isinstance(value, list),
    "failed_attempts": lambda value: type(value) is int and value >= 0,
    "last_failed_at": lambda value: value is None or _text(value),
}


def parse_time(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        raise CorruptVault("vault.json has a timestamp that cannot be read.") from None
    if moment.tzinfo is None:
        raise CorruptVault("vault.json has a timestamp without a time zone.")
    return moment


def parse_wrap(entry: dict[str, Any], *, floor: KdfParams) -> Wrap:
    """One wrap, checked; a passphrase wrap cheaper than `floor` is refused, because the next re-wrap
    would otherwise keep its cost (an edited vault.json must not make the next passphrase weak)."""
    kind = entry["kind"]
    kdf = entry.get("kdf")
    if not isinstance(kdf, dict):
        raise CorruptVault(f"The {kind} wrap has no key-derivation settings.")
    salt, nonce = _unb64(kdf.get("salt"), f"{kind} salt"), _unb64(entry.get("nonce"), f"{kind} nonce")
    ciphertext = _unb64(entry.get("ciphertext"), f"{kind} ciphertext")
    if len(salt) != SALT_LENGTH or len(nonce) != NONCE_LENGTH or len(ciphertext) != WRAPPED_LENGTH:
        raise CorruptVault(f"The {kind} wrap has a salt, nonce or key of the wrong length.")
    expected = ARGON2 if kind == KIND_PASSPHRASE else HKDF
    if kdf.get("name") != expected:
        raise CorruptVault(f"The {kind} wrap names an unknown key derivation.")
    params = None
    if kind == KIND_PASSPHRASE:
        try:
            params = KdfParams(kdf["memory_cost"], kdf["iterations"], kdf["lanes"])
        except (KeyError, TypeError, ValueError):
            raise CorruptVault("The passphrase wrap has impossible Argon2 settings.") from None
        if not MOST_PLAUSIBLE.at_least(params):
            raise CorruptVault("The passphrase wrap has absurd Argon2 settings.")
        if not params.at_least(floor):
            raise CorruptVault(
                f"vault.json asks for a weaker passphrase derivation ({params.describe()}) than LEAD Desk "
                f"allows (at least {floor.describe()}). It may have been tampered with, so the profile "
                "was neither opened nor changed; restore vault.json from a backup."
            )
    return Wrap(kind=kind, salt=salt, nonce=nonce, ciphertext=ciphertext, params=params)


def _unb64(value: object, what: str) -> bytes:
    if not isinstance(value, str):
        raise CorruptVault(f"vault.json is missing the {what}.")
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise CorruptVault(f"vault.json has a damaged {what}.") from None
