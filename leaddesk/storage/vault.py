"""The key vault: vault.json keeps the database key (DEK) only wrapped, under the passphrase and under a
recovery key shown once, and counts failed unlock attempts so that guessing gets slower.

Every Vault is made with a floor for the passphrase derivation's cost (`kdf`, PRODUCTION unless the
caller passes another): a vault.json whose wrap is cheaper is refused, and every new wrap costs at least
that much. Only code can lower it, never the file, so whoever can edit vault.json cannot make the next
passphrase (after a change, or a reset with the recovery key) cheap to guess."""

from __future__ import annotations

import base64
import binascii
import secrets
import time
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from leaddesk.storage.errors import (
    CorruptVault,
    ProfileExists,
    VaultLocked,
    WeakPassphrase,
    WrongPassphrase,
)
from leaddesk.storage.kdf import PRODUCTION, KdfParams, derive_key
from leaddesk.storage.paths import VAULT_FILE, atomic_write, make_private_dir
from leaddesk.storage.vault_file import (
    FORMAT_VERSION,
    KIND_PASSPHRASE,
    KIND_RECOVERY,
    NONCE_LENGTH,
    SALT_LENGTH,
    Wrap,
    dump,
    locked,
    parse_time,
    parse_wrap,
    read,
)

__all__ = [
    "FREE_ATTEMPTS",
    "MIN_PASSPHRASE_LENGTH",
    "PRODUCTION",
    "CreatedVault",
    "KdfParams",
    "Vault",
]

MIN_PASSPHRASE_LENGTH = 10
DEK_LENGTH = 32
RECOVERY_KEY_BYTES = 20  # 160 bits: 32 base32 characters, no padding
FREE_ATTEMPTS = 5
FIRST_WAIT_SECONDS = 30.0
MAX_WAIT_SECONDS = 900.0
_HKDF_INFO = b"leaddesk-vault|recovery-key"


@dataclass(frozen=True)
class CreatedVault:
    vault: Vault
    recovery_key: str = field(repr=False)  # shown to the person once, never stored
    dek: bytes = field(repr=False)


class Vault:
    """One profile's vault.json; made by create() or load(). Every operation re-reads the file, and every
    one that may write holds the profile's vault lock from that read to its write, so that windows and
    processes on one profile share one failure counter and never write back a stale copy."""

    def __init__(
        self, folder: Path, raw: dict[str, Any], *, clock: Callable[[], float], kdf: KdfParams
    ) -> None:
        self._folder = Path(folder)
        self._clock = clock
        self._floor = kdf
        self._apply(raw)

    @classmethod
    def create(
        cls,
        folder: Path,
        *,
        name: str,
        passphrase: str,
        kdf: KdfParams = PRODUCTION,
        clock: Callable[[], float] = time.time,
    ) -> CreatedVault:
        """A new vault with a fresh random DEK, in `folder` (created 0700 if needed), its passphrase wrap
        made at cost `kdf` (also the floor this Vault object holds the file to from now on)."""
        _require_long_enough(passphrase)
        path = Path(folder) / VAULT_FILE
        make_private_dir(path.parent)
        with locked(path.parent):  # two creations at once must not both see "no vault yet"
            if path.exists():
                raise ProfileExists(name)
            dek = secrets.token_bytes(DEK_LENGTH)
            recovery = secrets.token_bytes(RECOVERY_KEY_BYTES)
            profile_id = uuid.uuid4().hex
            raw: dict[str, Any] = {
                "format_version": FORMAT_VERSION,
                "profile_id": profile_id,
                "name": name,
                "created_at": _iso(clock()),
                "device_id": str(uuid.uuid4()),
                "wraps": [
                    _seal_with_passphrase(dek, passphrase, kdf, profile_id).to_json(),
                    _seal_with_recovery(dek, recovery, profile_id).to_json(),
                ],
                "failed_attempts": 0,
                "last_failed_at": None,
            }
            atomic_write(path, dump(raw))
        vault = cls(path.parent, raw, clock=clock, kdf=kdf)
        return CreatedVault(vault=vault, recovery_key=_format_recovery(recovery), dek=dek)

    @classmethod
    def load(
        cls, folder: Path, *, kdf: KdfParams = PRODUCTION, clock: Callable[[], float] = time.time
    ) -> Vault:
        """The vault in `folder`; CorruptVault if its passphrase wrap is cheaper than `kdf`."""
        return cls(folder, read(Path(folder)), clock=clock, kdf=kdf)

    @property
    def profile_id(self) -> str:
        return self._profile_id

    @property
    def name(self) -> str:
        return self._name

    @property
    def device_id(self) -> str:
        return self._device_id

    @property
    def created_at(self) -> datetime:
        return self._created_at

    @property
    def failed_attempts(self) -> int:
        """Failed tries since the last success, as of the last read of vault.json."""
        return self._failed_attempts

    def unlock(self, passphrase: str) -> bytes:
        """The DEK; WrongPassphrase (counted) or VaultLocked (not counted, key not tried)."""
        with locked(self._folder):
            self._reload()
            self._refuse_while_locked()
            wrap = self._passphrase
            dek = self._open(wrap, _passphrase_key(passphrase, wrap))
            self._forget_failures()
            return dek

    def unlock_with_recovery_key(self, recovery_key: str) -> bytes:
        """The DEK, from the recovery key in any case, with or without dashes and spaces."""
        with locked(self._folder):
            return self._unlock_with_recovery_key(recovery_key)

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-wrap the same DEK under `new` with a fresh salt; the database is never touched."""
        _require_long_enough(new)
        with locked(self._folder):
            self._reload()
            self._refuse_while_locked()
            dek = self._open(self._passphrase, _passphrase_key(old, self._passphrase))
            self._rewrap(dek, new)

    def reset_passphrase(self, recovery_key: str, new: str) -> bytes:
        """For a forgotten passphrase: the recovery key unwraps the DEK, which is re-wrapped under `new`.
        Returns the DEK so the caller can open the profile at once."""
        _require_long_enough(new)
        with locked(self._folder):
            dek = self._unlock_with_recovery_key(recovery_key)
            self._rewrap(dek, new)
            return dek

    def seconds_until_next_attempt(self) -> float:
        self._reload()
        return self._seconds_left(self._clock())

    # -- internals: each runs inside locked() when it may write ------------------------------------------

    def _apply(self, raw: dict[str, Any]) -> None:
        """Check `raw` fully, then adopt it: a damaged file never leaves this object half-updated."""
        created_at = parse_time(raw["created_at"])
        lf = raw["last_failed_at"]
        last_failed_at = None if lf is None else parse_time(lf).timestamp()
        wraps: dict[str, tuple[int, Wrap]] = {}
        for index, entry in enumerate(raw["wraps"]):
            if not isinstance(entry, dict) or not isinstance(entry.get("kind"), str):
                raise CorruptVault("vault.json has a key wrap that is not an object with a kind.")
            if entry["kind"] not in (KIND_PASSPHRASE, KIND_RECOVERY):
                continue  # a kind from a newer version (e.g. escrow): kept as it is, not used
            if entry["kind"] in wraps:
                raise CorruptVault(f"vault.json has two {entry['kind']} wraps.")
            wraps[entry["kind"]] = (index, parse_wrap(entry, floor=self._floor))
        if KIND_PASSPHRASE not in wraps:
            raise CorruptVault("vault.json has no passphrase wrap.")
        self._raw = raw
        self._profile_id: str = raw["profile_id"]
        self._name: str = raw["name"]
        self._device_id: str = raw["device_id"]
        self._created_at = created_at
        self._failed_attempts: int = raw["failed_attempts"]
        self._last_failed_at = last_failed_at
        self._passphrase_index, self._passphrase = wraps[KIND_PASSPHRASE]
        self._recovery = wraps[KIND_RECOVERY][1] if KIND_RECOVERY in wraps else None

    def _reload(self) -> None:
        raw = read(self._folder)
        if raw["profile_id"] != self._profile_id:
            raise CorruptVault("vault.json was replaced by another profile's.")
        self._apply(raw)

    def _save(self, raw: dict[str, Any]) -> None:
        atomic_write(self._folder / VAULT_FILE, dump(raw))
        self._apply(raw)

    def _unlock_with_recovery_key(self, recovery_key: str) -> bytes:
        self._reload()
        self._refuse_while_locked()
        if self._recovery is None:
            raise WrongPassphrase("This profile has no recovery key.")
        secret = _parse_recovery(recovery_key)
        if secret is None:
            # A typo in the shape of the key says nothing about the key, so it is not counted.
            raise WrongPassphrase("That is not a recovery key: it has 32 letters and digits in 8 groups.")
        dek = self._open(self._recovery, _recovery_key(secret, self._recovery.salt))
        self._forget_failures()
        return dek

    def _rewrap(self, dek: bytes, new: str) -> None:
        """The passphrase wrap made anew under `new`; the key was just unwrapped, so no failure stands."""
        stored = self._passphrase.params
        assert stored is not None  # guaranteed by parse_wrap for the passphrase kind
        # Never below the floor, whatever the file said (parse_wrap has refused a cheaper one already).
        params = stored.raised_to(self._floor)
        wraps = list(self._raw["wraps"])
        wraps[self._passphrase_index] = _seal_with_passphrase(dek, new, params, self._profile_id).to_json()
        self._save({**self._raw, "wraps": wraps, "failed_attempts": 0, "last_failed_at": None})

    def _seconds_left(self, now: float) -> float:
        wait = _wait_after(self._failed_attempts)
        if self._last_failed_at is None or now < self._last_failed_at:
            return wait  # the clock went back (or the time is missing): the full wait, from now
        return max(0.0, wait - (now - self._last_failed_at))

    def _refuse_while_locked(self) -> None:
        now = self._clock()
        left = self._seconds_left(now)
        if left <= 0:
            return
        if self._last_failed_at is None or now < self._last_failed_at:
            # Restart the wait from now, or it would last until the clock catches up with a moment
            # that may be months ahead.
            self._save({**self._raw, "last_failed_at": _iso(now)})
        raise VaultLocked(left)

    def _open(self, wrap: Wrap, key: bytes) -> bytes:
        try:
            return AESGCM(key).decrypt(wrap.nonce, wrap.ciphertext, _aad(self._profile_id, wrap.kind))
        except InvalidTag:
            pass
        # Outside the except block so the failure is recorded without chaining the crypto exception.
        self._save(
            {**self._raw, "failed_attempts": self._failed_attempts + 1, "last_failed_at": _iso(self._clock())}
        )
        if wrap.kind == KIND_RECOVERY:
            raise WrongPassphrase("That recovery key is not right for this profile.")
        raise WrongPassphrase()

    def _forget_failures(self) -> None:
        if self._failed_attempts or self._last_failed_at is not None:
            self._save({**self._raw, "failed_attempts": 0, "last_failed_at": None})


def _wait_after(failures: int) -> float:
    if failures < FREE_ATTEMPTS:
        return 0.0
    # The exponent is capped before it is computed: a tampered counter must not make a giant integer.
    return min(FIRST_WAIT_SECONDS * 2.0 ** min(failures - FREE_ATTEMPTS, 10), MAX_WAIT_SECONDS)


def _require_long_enough(passphrase: str) -> None:
    if len(unicodedata.normalize("NFC", passphrase)) < MIN_PASSPHRASE_LENGTH:
        raise WeakPassphrase(f"The passphrase needs at least {MIN_PASSPHRASE_LENGTH} characters.")


def _aad(profile_id: str, kind: str) -> bytes:
    return f"leaddesk-vault|{FORMAT_VERSION}|{profile_id}|{kind}".encode()


def _passphrase_key(passphrase: str, wrap: Wrap) -> bytes:
    assert wrap.params is not None  # guaranteed by parse_wrap for the passphrase kind
    return derive_key(passphrase, salt=wrap.salt, params=wrap.params)


def _recovery_key(secret: bytes, salt: bytes) -> bytes:
    # The recovery key is 160 random bits: a slow KDF would add nothing but waiting.
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=_HKDF_INFO).derive(secret)


def _seal(kind: str, dek: bytes, key: bytes, profile_id: str, salt: bytes, params: KdfParams | None) -> Wrap:
    nonce = secrets.token_bytes(NONCE_LENGTH)
    ciphertext = AESGCM(key).encrypt(nonce, dek, _aad(profile_id, kind))
    return Wrap(kind=kind, salt=salt, nonce=nonce, ciphertext=ciphertext, params=params)


def _seal_with_passphrase(dek: bytes, passphrase: str, params: KdfParams, profile_id: str) -> Wrap:
    salt = secrets.token_bytes(SALT_LENGTH)
    key = derive_key(passphrase, salt=salt, params=params)
    return _seal(KIND_PASSPHRASE, dek, key, profile_id, salt, params)


def _seal_with_recovery(dek: bytes, secret: bytes, profile_id: str) -> Wrap:
    salt = secrets.token_bytes(SALT_LENGTH)
    return _seal(KIND_RECOVERY, dek, _recovery_key(secret, salt), profile_id, salt, None)


def _format_recovery(secret: bytes) -> str:
    text = base64.b32encode(secret).decode("ascii")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def _parse_recovery(text: str) -> bytes | None:
    cleaned = "".join(text.split()).replace("-", "").upper()
    # 0, 1 and 8 are not base32 digits, so reading them as O, I and B can only fix a misreading.
    cleaned = cleaned.translate(str.maketrans("018", "OIB"))
    if len(cleaned) != 32:
        return None
    try:
        return base64.b32decode(cleaned)
    except (binascii.Error, ValueError):
        return None


def _iso(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, tz=UTC).isoformat()
