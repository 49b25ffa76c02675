"""Profiles: create one, unlock one. The composition of vault, database, migrations and store."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from leaddesk.domain.enums import AuditAction
from leaddesk.storage.database import DB_FILE, connect
from leaddesk.storage.errors import ProfileNotFound
from leaddesk.storage.paths import make_private_dir, profile_dir, secure_umask
from leaddesk.storage.schema import migrate
from leaddesk.storage.store import Store
from leaddesk.storage.vault import PRODUCTION, KdfParams, Vault
from leaddesk.sync.hlc import wall_ms


@dataclass(frozen=True)
class NewProfile:
    store: Store
    recovery_key: str  # shown to the user once, never stored


def create_profile(
    name: str,
    passphrase: str,
    *,
    home: str | os.PathLike[str] | None = None,
    user: str | None = None,
    kdf: KdfParams = PRODUCTION,
    wall: Callable[[], int] = wall_ms,
) -> NewProfile:
    secure_umask()
    folder = make_private_dir(profile_dir(name, home))
    created = Vault.create(folder, name=name, passphrase=passphrase, kdf=kdf)
    store = _open_store(folder, created.dek, vault=created.vault, user=user or name, wall=wall)
    store.audit_event(AuditAction.UNLOCK, detail="new profile")
    return NewProfile(store=store, recovery_key=created.recovery_key)


def open_profile(
    name: str,
    passphrase: str | None = None,
    *,
    recovery_key: str | None = None,
    home: str | os.PathLike[str] | None = None,
    user: str | None = None,
    wall: Callable[[], int] = wall_ms,
) -> Store:
    """Unlock with the passphrase or the recovery key; raises WrongPassphrase, VaultLocked, …"""
    secure_umask()
    folder = profile_dir(name, home)
    if not folder.is_dir():
        raise ProfileNotFound(name)
    vault = Vault.load(folder)
    failures_before = vault.failed_attempts
    if recovery_key is not None:
        dek = vault.unlock_with_recovery_key(recovery_key)
    elif passphrase is not None:
        dek = vault.unlock(passphrase)
    else:
        raise ValueError("give a passphrase or a recovery key")
    store = _open_store(folder, dek, vault=vault, user=user or vault.name, wall=wall)
    store.audit_event(AuditAction.UNLOCK, detail="recovery key" if recovery_key is not None else "passphrase")
    if failures_before:
        # The failures could not be written to the locked database; the first unlock after them can.
        store.audit_event(
            AuditAction.FAILED_UNLOCK, detail=f"{failures_before} failed attempt(s) before unlock"
        )
    return store


def _open_store(folder: Path, dek: bytes, *, vault: Vault, user: str, wall: Callable[[], int]) -> Store:
    db_path = folder / DB_FILE
    conn = connect(db_path, dek)
    try:
        migrate(conn, db_path=db_path)
    except BaseException:
        conn.close()
        raise
    return Store(conn, db_path=db_path, user=user, device_id=vault.device_id, wall=wall)
