"""The key vault: vault.json keeps the database key (DEK) only wrapped, under the passphrase and under a
recovery key shown once, and counts failed unlock attempts so that guessing gets slower."""

from __future__ import annotations

import base64
import binascii
import json
import secrets
import time
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import asdict, astuple, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from leaddesk.storage.errors import (
    CorruptVault,
    ProfileExists,
    ProfileNotFound,
    VaultLocked,
    WeakPassphrase,
    WrongPassphrase,
)
from leaddesk.storage.paths import VAULT_FILE, atomic_write, make_private_dir

FORMAT_VERSION = 1
MIN_PASSPHRASE_LENGTH = 10
DEK_LENGTH = 32
SALT_LENGTH = 16
NONCE_LENGTH = 12
_WRAPPED_LENGTH = DEK_LENGTH + 16  # GCM appends a 16-byte tag
RECOVERY_KEY_BYTES = 20  # 160 bits: 32 base32 characters, no padding
FREE_ATTEMPTS = 5
FIRST_WAIT_SECONDS = 30.0
MAX_WAIT_SECONDS = 900.0
KIND_PASSPHRASE, KIND_RECOVERY = "passphrase", "recovery"
_ARGON2 = "argon2id"
_HKDF = "hkdf-sha256"
_HKDF_INFO = b"leaddesk-vault|recovery-key"
_MAX_VAULT_BYTES = 1 << 20


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost: memory in KiB, passes, parallel lanes."""

    memory_cost: int = 65536
    iterations: int = 3
    lanes: int = 4

    def __post_init__(self) -> None:
        for value in (self.memory_cost, self.iterations, self.lanes):
            if type(value) is not int:
                raise TypeError("Argon2 parameters must be integers")
        if self.lanes < 1 or self.iterations < 1 or self.memory_cost < 8 * self.lanes:
            raise ValueError("Argon2id needs lanes >= 1, iterations >= 1 and memory_cost >= 8 * lanes")

    def at_least(self, other: KdfParams) -> bool:
        return all(mine >= theirs for mine, theirs in zip(astuple(self), astuple(other), strict=True))

    def raised_to(self, other: KdfParams) -> KdfParams:
        """Each cost the larger of the two, so that re-wrapping can never weaken a vault."""
        return KdfParams(*map(max, astuple(self), astuple(other)))


PRODUCTION = KdfParams()  # RFC 9106 section 4, second recommended option: 64 MiB, t=3, p=4
FAST_FOR_TESTS = KdfParams(memory_cost=8, iterations=1, lanes=1)  # the least Argon2id accepts
# Far above anything we would choose, low enough that a damaged or hostile vault.json cannot make
# unlocking allocate absurd memory or spin for hours.
_MOST_PLAUSIBLE = KdfParams(memory_cost=4 * 1024 * 1024, iterations=64, lanes=64)


@dataclass(frozen=True)
class CreatedVault:
    vault: Vault
    recovery_key: str = field(repr=False)  # shown to the person once, never stored
    dek: bytes = field(repr=False)


@dataclass(frozen=True)
class _Wrap:
    kind: str
    salt: bytes
    nonce: bytes
    ciphertext: bytes
    params: KdfParams | None  # None for the recovery wrap, whose key comes from HKDF

    def to_json(self) -> dict[str, Any]:
        kdf: dict[str, Any] = {"name": _HKDF if self.params is None else _ARGON2, "salt": _b64(self.salt)}
        if self.params is not None:
            kdf.update(asdict(self.params))
        return {"kind": self.kind, "kdf": kdf, "nonce": _b64(self.nonce), "ciphertext": _b64(self.ciphertext)}


class Vault:
    """One profile's vault.json; made by create() or load(). Every operation re-reads the file, so that
    two windows on one profile share one failure counter and never write back a stale copy."""

    def __init__(self, folder: Path, raw: dict[str, Any], clock: Callable[[], float]) -> None:
        self._folder = Path(folder)
        self._clock = clock
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
        """A new vault with a fresh random DEK, in `folder` (created 0700 if needed)."""
        _require_allowed(kdf)
        _require_long_enough(passphrase)
        path = Path(folder) / VAULT_FILE
        if path.exists():
            raise ProfileExists(name)
        make_private_dir(path.parent)
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
        atomic_write(path, _dump(raw))
        vault = cls(path.parent, raw, clock)
        return CreatedVault(vault=vault, recovery_key=_format_recovery(recovery), dek=dek)

    @classmethod
    def load(cls, folder: Path, *, clock: Callable[[], float] = time.time) -> Vault:
        return cls(folder, _read(Path(folder)), clock)

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
        self._reload()
        self._refuse_while_locked()
        wrap = self._passphrase
        dek = self._open(wrap, _passphrase_key(passphrase, wrap.salt, wrap.params))
        self._forget_failures()
        return dek

    def unlock_with_recovery_key(self, recovery_key: str) -> bytes:
        """The DEK, from the recovery key in any case, with or without dashes and spaces."""
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

    def change_passphrase(self, old: str, new: str, *, kdf: KdfParams | None = None) -> None:
        """Re-wrap the same DEK under `new` with a fresh salt; the database is never touched."""
        _require_long_enough(new)
        if kdf is not None:
            _require_allowed(kdf)
        self._reload()
        self._refuse_while_locked()
        stored = self._passphrase
        assert stored.params is not None  # guaranteed by _parse_wrap for the passphrase kind
        dek = self._open(stored, _passphrase_key(old, stored.salt, stored.params))
        params = stored.params if kdf is None else stored.params.raised_to(kdf)
        wraps = list(self._raw["wraps"])
        wraps[self._passphrase_index] = _seal_with_passphrase(dek, new, params, self._profile_id).to_json()
        self._save({**self._raw, "wraps": wraps, "failed_attempts": 0, "last_failed_at": None})

    def reset_passphrase(self, recovery_key: str, new: str, *, kdf: KdfParams | None = None) -> bytes:
        """For a forgotten passphrase: the recovery key unwraps the DEK, which is re-wrapped under `new`.
        Returns the DEK so the caller can open the profile at once."""
        _require_long_enough(new)
        if kdf is not None:
            _require_allowed(kdf)
        dek = self.unlock_with_recovery_key(recovery_key)
        stored = self._passphrase
        assert stored.params is not None  # guaranteed by _parse_wrap for the passphrase kind
        params = stored.params if kdf is None else stored.params.raised_to(kdf)
        wraps = list(self._raw["wraps"])
        wraps[self._passphrase_index] = _seal_with_passphrase(dek, new, params, self._profile_id).to_json()
        self._save({**self._raw, "wraps": wraps})
        return dek

    def seconds_until_next_attempt(self) -> float:
        self._reload()
        return self._seconds_left(self._clock())

    # -- internals -----------------------------------------------------------------------------------

    def _apply(self, raw: dict[str, Any]) -> None:
        """Check `raw` fully, then adopt it: a damaged file never leaves this object half-updated."""
        created_at = _parse_time(raw["created_at"])
        lf = raw["last_failed_at"]
        last_failed_at = None if lf is None else _parse_time(lf).timestamp()
        wraps: dict[str, tuple[int, _Wrap]] = {}
        for index, entry in enumerate(raw["wraps"]):
            if not isinstance(entry, dict) or not isinstance(entry.get("kind"), str):
                raise CorruptVault("vault.json has a key wrap that is not an object with a kind.")
            if entry["kind"] not in (KIND_PASSPHRASE, KIND_RECOVERY):
                continue  # a kind from a newer version (e.g. escrow): kept as it is, not used
            if entry["kind"] in wraps:
                raise CorruptVault(f"vault.json has two {entry['kind']} wraps.")
            wraps[entry["kind"]] = (index, _parse_wrap(entry))
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
        raw = _read(self._folder)
        if raw["profile_id"] != self._profile_id:
            raise CorruptVault("vault.json was replaced by another profile's.")
        self._apply(raw)

    def _save(self, raw: dict[str, Any]) -> None:
        atomic_write(self._folder / VAULT_FILE, _dump(raw))
        self._apply(raw)

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

    def _open(self, wrap: _Wrap, key: bytes) -> bytes:
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


def _require_allowed(kdf: KdfParams) -> None:
    if kdf != FAST_FOR_TESTS and not kdf.at_least(PRODUCTION):
        raise ValueError("Argon2id parameters weaker than RFC 9106's second recommendation are refused")


def _require_long_enough(passphrase: str) -> None:
    if len(unicodedata.normalize("NFC", passphrase)) < MIN_PASSPHRASE_LENGTH:
        raise WeakPassphrase(f"The passphrase needs at least {MIN_PASSPHRASE_LENGTH} characters.")


def _aad(profile_id: str, kind: str) -> bytes:
    return f"leaddesk-vault|{FORMAT_VERSION}|{profile_id}|{kind}".encode()


def _passphrase_key(passphrase: str, salt: bytes, params: KdfParams | None) -> bytes:
    assert params is not None  # guaranteed by _parse_wrap for the passphrase kind
    # NFC so that "é" typed as one code point or as e + accent is the same passphrase on every OS.
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8", "surrogatepass")
    kdf = Argon2id(
        salt=salt, length=32, iterations=params.iterations, lanes=params.lanes, memory_cost=params.memory_cost
    )
    return kdf.derive(secret)


def _recovery_key(secret: bytes, salt: bytes) -> bytes:
    # The recovery key is 160 random bits: a slow KDF would add nothing but waiting.
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=_HKDF_INFO).derive(secret)


def _seal(kind: str, dek: bytes, key: bytes, profile_id: str, salt: bytes, params: KdfParams | None) -> _Wrap:
    nonce = secrets.token_bytes(NONCE_LENGTH)
    ciphertext = AESGCM(key).encrypt(nonce, dek, _aad(profile_id, kind))
    return _Wrap(kind=kind, salt=salt, nonce=nonce, ciphertext=ciphertext, params=params)


def _seal_with_passphrase(dek: bytes, passphrase: str, params: KdfParams, profile_id: str) -> _Wrap:
    salt = secrets.token_bytes(SALT_LENGTH)
    return _seal(KIND_PASSPHRASE, dek, _passphrase_key(passphrase, salt, params), profile_id, salt, params)


def _seal_with_recovery(dek: bytes, secret: bytes, profile_id: str) -> _Wrap:
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


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _dump(raw: dict[str, Any]) -> bytes:
    return json.dumps(raw, indent=2).encode("utf-8") + b"\n"


# -- reading and checking vault.json: anything unexpected is CorruptVault, never a crash ---------------


def _read(folder: Path) -> dict[str, Any]:
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


def _parse_time(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        raise CorruptVault("vault.json has a timestamp that cannot be read.") from None
    if moment.tzinfo is None:
        raise CorruptVault("vault.json has a timestamp without a time zone.")
    return moment


def _parse_wrap(entry: dict[str, Any]) -> _Wrap:
    kind = entry["kind"]
    kdf = entry.get("kdf")
    if not isinstance(kdf, dict):
        raise CorruptVault(f"The {kind} wrap has no key-derivation settings.")
    salt, nonce = _unb64(kdf.get("salt"), f"{kind} salt"), _unb64(entry.get("nonce"), f"{kind} nonce")
    ciphertext = _unb64(entry.get("ciphertext"), f"{kind} ciphertext")
    if len(salt) != SALT_LENGTH or len(nonce) != NONCE_LENGTH or len(ciphertext) != _WRAPPED_LENGTH:
        raise CorruptVault(f"The {kind} wrap has a salt, nonce or key of the wrong length.")
    expected = _ARGON2 if kind == KIND_PASSPHRASE else _HKDF
    if kdf.get("name") != expected:
        raise CorruptVault(f"The {kind} wrap names an unknown key derivation.")
    params = None
    if kind == KIND_PASSPHRASE:
        try:
            params = KdfParams(kdf["memory_cost"], kdf["iterations"], kdf["lanes"])
        except (KeyError, TypeError, ValueError):
            raise CorruptVault("The passphrase wrap has impossible Argon2 settings.") from None
        if not _MOST_PLAUSIBLE.at_least(params):
            raise CorruptVault("The passphrase wrap has absurd Argon2 settings.")
    return _Wrap(kind=kind, salt=salt, nonce=nonce, ciphertext=ciphertext, params=params)


def _unb64(value: object, what: str) -> bytes:
    if not isinstance(value, str):
        raise CorruptVault(f"vault.json is missing the {what}.")
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise CorruptVault(f"vault.json has a damaged {what}.") from None
