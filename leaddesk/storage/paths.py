"""Where profiles live on disk, and the two file-system habits that keep them private: 0700/0600 and
atomic replacement."""

from __future__ import annotations

import contextlib
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from leaddesk.storage.errors import ProfileExists, SimilarProfileExists
from leaddesk.storage.profile_names import folder_name, similar, validate_profile_name

ENV_HOME = "LEADDESK_HOME"
APP_NAME = "LEADDesk"
PROFILES = "profiles"
VAULT_FILE = "vault.json"

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


def profile_dir(name: str, home: str | os.PathLike[str] | None = None) -> Path:
    """The folder of the profile called `name` (which need not exist yet); see profile_names."""
    return profiles_dir(home) / folder_name(name)


@dataclass(frozen=True)
class ProfileFolder:
    """A profile on this laptop: its folder, and its name as typed (from vault.json)."""

    folder: Path
    name: str


def find_profiles(home: str | os.PathLike[str] | None = None) -> list[ProfileFolder]:
    """The profiles that exist (folders holding a vault.json), in the order of their names."""
    root = profiles_dir(home)
    try:
        entries = list(root.iterdir())
    except FileNotFoundError:
        return []
    found = [
        ProfileFolder(folder=entry, name=stored_name(entry))
        for entry in entries
        if not entry.name.startswith(".") and entry.is_dir() and (entry / VAULT_FILE).is_file()
    ]
    return sorted(found, key=lambda p: (similar(p.name), p.name))


def new_profile_dir(name: str, home: str | os.PathLike[str] | None = None) -> Path:
    """The folder for a new profile called `name`: InvalidProfileName, ProfileExists, or
    SimilarProfileExists if an existing profile's name differs only in accents, capitals or spaces."""
    name = validate_profile_name(name)
    folder = profile_dir(name, home)
    key = similar(name)
    for profile in find_profiles(home):
        if profile.folder == folder or profile.name == name:
            raise ProfileExists(profile.name)
        if similar(profile.name) == key:
            raise SimilarProfileExists(name, existing=profile.name)
    return folder


def list_profiles(home: str | os.PathLike[str] | None = None) -> list[str]:
    """The names of the profiles that exist, as their owners typed them."""
    return [profile.name for profile in find_profiles(home)]


def stored_name(folder: Path) -> str:
    """The profile's name as vault.json keeps it; the folder's own name if the file cannot be read (so a
    damaged profile is still listed, and said to be damaged when it is chosen). vault.json is checked in
    full only when the profile is opened."""
    try:
        raw = json.loads((folder / VAULT_FILE).read_bytes())
        return validate_profile_name(raw["name"])
    except (OSError, ValueError, RecursionError, TypeError, KeyError):
        return folder.name


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
