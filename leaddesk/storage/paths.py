"""Where profiles live on disk, and the two file-system habits that keep them private: 0700/0600 and
atomic replacement."""

from __future__ import annotations

import contextlib
import os
import re
import secrets
from pathlib import Path

import platformdirs

from leaddesk.storage.errors import InvalidProfileName

ENV_HOME = "LEADDESK_HOME"
APP_NAME = "LEADDesk"
PROFILES = "profiles"
VAULT_FILE = "vault.json"
MAX_PROFILE_NAME = 64

_NAME_CHARS = re.compile(r"[A-Za-z0-9 ._-]+")
# Windows refuses these as file names whatever the extension; a profile made on Linux must still sync
# to a colleague's Windows laptop under the same name.
_WINDOWS_DEVICES = frozenset(
    {"CON", "PRN", "AUX", "NUL"} | {f"{d}{i}" for d in ("COM", "LPT") for i in range(1, 10)}
)
# Without O_BINARY, Windows would translate newlines in what we write.
_O_BINARY = getattr(os, "O_BINARY", 0)


def data_home(override: str | os.PathLike[str] | None = None) -> Path:
    """The folder holding all of LEAD Desk's data: the argument, else $LEADDESK_HOME, else the OS default."""
    if override is not None:
        return Path(override)
    from_env = os.environ.get(ENV_HOME)
    if from_env:
        return Path(from_env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def profiles_dir(home: str | os.PathLike[str] | None = None) -> Path:
    return data_home(home) / PROFILES


def validate_profile_name(name: str) -> str:
    """`name` if it can be a folder name on every desktop OS; InvalidProfileName otherwise."""
    if not isinstance(name, str) or not 1 <= len(name) <= MAX_PROFILE_NAME:
        raise InvalidProfileName(f"A profile name must be 1 to {MAX_PROFILE_NAME} characters long.")
    if not _NAME_CHARS.fullmatch(name):
        raise InvalidProfileName(
            "A profile name may use only letters, digits, spaces, dots, dashes and underscores."
        )
    if name.startswith("."):
        raise InvalidProfileName("A profile name cannot start with a dot.")
    # Windows silently drops trailing dots and spaces, so "Ana." and "Ana" would be the same folder.
    if name.startswith(" ") or name.endswith((" ", ".")):
        raise InvalidProfileName("A profile name cannot start or end with a space, or end with a dot.")
    if name.split(".", 1)[0].upper() in _WINDOWS_DEVICES:
        raise InvalidProfileName(f"{name!r} is reserved by Windows and cannot be a profile name.")
    return name


def profile_dir(name: str, home: str | os.PathLike[str] | None = None) -> Path:
    """The folder of the profile called `name` (which need not exist yet)."""
    return profiles_dir(home) / validate_profile_name(name)


def list_profiles(home: str | os.PathLike[str] | None = None) -> list[str]:
    """Names of the profiles that exist: folders with a valid name that hold a vault.json."""
    root = profiles_dir(home)
    try:
        entries = list(root.iterdir())
    except FileNotFoundError:
        return []
    names = []
    for entry in entries:
        try:
            validate_profile_name(entry.name)
        except InvalidProfileName:
            continue
        if entry.is_dir() and (entry / VAULT_FILE).is_file():
            names.append(entry.name)
    return sorted(names)


def secure_umask() -> None:
    """Make every file and folder this process creates private to the user (the default is often 022)."""
    os.umask(0o077)


def make_private_dir(path: Path) -> Path:
    """Create `path` (and parents) if needed and make it 0700, even if it already existed more open."""
    path = Path(path)
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(path, 0o700)
    return path


def atomic_write(path: Path, data: bytes) -> None:
    """Replace `path` with `data` so that a crash at any moment leaves either the old or the new file.

    The temp file is created 0600 before any byte is written, so the data is never readable by others
    even for an instant, and lives in the same folder so that os.replace is a rename, not a copy.
    """
    path = Path(path)
    folder = path.parent
    tmp = folder / f".{path.name}.{secrets.token_hex(8)}.tmp"
    fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY | _O_BINARY, 0o600)
    try:
        try:
            view = memoryview(data)
            while view:
                # os.write may write fewer bytes than asked (signals, full pipes, some file systems).
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(folder)


def _fsync_dir(folder: Path) -> None:
    """Persist the rename itself: without this a power cut can bring back the old directory entry."""
    if os.name == "nt":
        return  # Windows cannot open a directory as a file; NTFS journals the rename itself.
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
