"""Profiles: create one, unlock one. The composition of vault, database, migrations and store."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from leaddesk.domain.clock import wall_ms
from leaddesk.domain.enums import AuditAction
from leaddesk.storage.database import DB_FILE, connect, damage_after_crash
from leaddesk.storage.errors import CorruptDatabase, DamagedAfterCrash, ProfileNotFound
from leaddesk.storage.in_use import InUse, check_free
from leaddesk.storage.kdf import PRODUCTION, KdfParams
from leaddesk.storage.paths import make_private_dir, new_profile_dir, profile_dir, secure_umask
from leaddesk.storage.profile_names import validate_profile_name
from leaddesk.storage.schema import migrate
from leaddesk.storage.store import Store
from leaddesk.storage.vault import Vault

NEW_PROFILE = "new profile"


@dataclass(frozen=True)
class NewProfile:
    store: Store
    recovery_key: str  # shown to the user once, never stored


@dataclass(frozen=True, repr=False)
class UnlockedKey:
    """A profile's database key, unwrapped. Getting it is the slow half of opening a profile (key
    derivation) and may run on a worker thread; the store is then opened on the thread that uses it."""

    folder: Path
    vault: Vault
    dek: bytes
    method: str  # "passphrase" or "recovery key", for the audit trail
    failures_before: int


def create_key(
    name: str,
    passphrase: str,
    *,
    home: str | os.PathLike[str] | None = None,
    kdf: KdfParams = PRODUCTION,
) -> tuple[UnlockedKey, str]:
    """The slow half of creating a profile (the vault and its key derivation), safe on a worker thread.
    Returns the key and the recovery key, which is shown once and never stored.

    `kdf`, here and below, is the Argon2id cost of new wraps and the least accepted from vault.json:
    always PRODUCTION in the app; tests pass a cheaper one explicitly."""
    secure_umask()
    name = validate_profile_name(name)
    folder = make_private_dir(new_profile_dir(name, home))
    created = Vault.create(folder, name=name, passphrase=passphrase, kdf=kdf)
    key = UnlockedKey(
        folder=folder, vault=created.vault, dek=created.dek, method=NEW_PROFILE, failures_before=0
    )
    return key, created.recovery_key


def create_profile(
    name: str,
    passphrase: str,
    *,
    home: str | os.PathLike[str] | None = None,
    user: str | None = None,
    kdf: KdfParams = PRODUCTION,
    wall: Callable[[], int] = wall_ms,
) -> NewProfile:
    key, recovery_key = create_key(name, passphrase, home=home, kdf=kdf)
    return NewProfile(store=open_store(key, user=user or name, wall=wall), recovery_key=recovery_key)


def reset_passphrase(
    folder: Path,
    recovery_key: str,
    new_passphrase: str,
    *,
    kdf: KdfParams = PRODUCTION,
) -> UnlockedKey:
    """A forgotten passphrase: the recovery key opens the profile in `folder` and sets a new passphrase."""
    secure_umask()
    vault = _load(folder, kdf=kdf)
    check_free(folder)
    failures_before = vault.failed_attempts
    dek = vault.reset_passphrase(recovery_key, new_passphrase)
    return UnlockedKey(
        folder=folder,
        vault=vault,
        dek=dek,
        method="recovery key, new passphrase",
        failures_before=failures_before,
    )


def unlock_key(
    folder: Path,
    passphrase: str | None = None,
    *,
    recovery_key: str | None = None,
    kdf: KdfParams = PRODUCTION,
) -> UnlockedKey:
    """Unwrap the database key of the profile in `folder` with the passphrase or recovery key
    (WrongPassphrase, VaultLocked, …). `profile_dir(name)` finds the folder of a profile by its name."""
    secure_umask()
    vault = _load(folder, kdf=kdf)
    check_free(folder)  # before the derivation: a second app is told at once, and no attempt is counted
    failures_before = vault.failed_attempts
    if recovery_key is not None:
        dek, method = vault.unlock_with_recovery_key(recovery_key), "recovery key"
    elif passphrase is not None:
        dek, method = vault.unlock(passphrase), "passphrase"
    else:
        raise ValueError("give a passphrase or a recovery key")
    return UnlockedKey(folder=folder, vault=vault, dek=dek, method=method, failures_before=failures_before)


def _load(folder: Path, *, kdf: KdfParams) -> Vault:
    if not folder.is_dir():
        raise ProfileNotFound(folder.name)
    return Vault.load(folder, kdf=kdf)


def open_store(key: UnlockedKey, *, user: str | None = None, wall: Callable[[], int] = wall_ms) -> Store:
    """Open the database with an unwrapped key (about a millisecond) and audit the unlock. The store holds
    the profile (ProfileInUse for a second app) until it is closed."""
    db_path = key.folder / DB_FILE
    in_use = InUse(key.folder)
    try:
        return _open_held(key, db_path, in_use, user=user, wall=wall)
    except BaseException:
        in_use.release()
        raise


def _open_held(
    key: UnlockedKey, db_path: Path, in_use: InUse, *, user: str | None, wall: Callable[[], int]
) -> Store:
    # After a crash or a power cut every page is checked before anything is written (DESIGN.md §3): a
    # damaged file is refused and left exactly as it was found.
    if problems := damage_after_crash(db_path, key.dek):
        raise DamagedAfterCrash(
            "The database was found damaged after the app last stopped unexpectedly"
            f" ({'; '.join(problems[:3])}). It has been left as it is."
        )
    conn = connect(db_path, key.dek)
    try:
        migrate(conn, db_path=db_path)
        dek = key.dek
        store = Store(
            conn,
            db_path=db_path,
            user=user or key.vault.name,
            device_id=key.vault.device_id,
            wall=wall,
            reconnect=lambda: connect(db_path, dek),
            in_use=in_use,
        )
        store.audit_event(AuditAction.UNLOCK, detail=key.method)
        if key.failures_before:
            # The failures could not be written to the locked database; the first unlock after them can.
            store.audit_event(
                AuditAction.FAILED_UNLOCK, detail=f"{key.failures_before} failed attempt(s) before unlock"
            )
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise CorruptDatabase(
            "The database could not be read: it is damaged. It has been left as it is."
        ) from exc
    except BaseException:
        conn.close()
        raise
    return store


def open_profile(
    name: str,
    passphrase: str | None = None,
    *,
    recovery_key: str | None = None,
    home: str | os.PathLike[str] | None = None,
    user: str | None = None,
    wall: Callable[[], int] = wall_ms,
    kdf: KdfParams = PRODUCTION,
) -> Store:
    """Unlock the profile called `name` and open it in one step, on the calling thread."""
    folder = profile_dir(name, home)
    if not folder.is_dir():
        raise ProfileNotFound(name)
    key = unlock_key(folder, passphrase, recovery_key=recovery_key, kdf=kdf)
    return open_store(key, user=user, wall=wall)
