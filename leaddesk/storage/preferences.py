"""This computer's preferences for the app itself, read before any profile is unlocked: the language the
screens are in. They live beside the profiles folder in `preferences.json` (0600, replaced atomically),
outside every encrypted database, because the lock screen needs them before there is a key; so they must
never hold anything about a person or a record."""

from __future__ import annotations

import json
import os
from pathlib import Path

from leaddesk.storage.errors import StorageError
from leaddesk.storage.paths import atomic_write, data_home, make_private_dir

PREFERENCES_FILE = "preferences.json"


class PreferencesUnreadable(StorageError):
    """preferences.json is there but is not a JSON object of texts (damaged, or edited by hand)."""


def preferences_file(home: str | os.PathLike[str] | None = None) -> Path:
    return data_home(home) / PREFERENCES_FILE


def read_preferences(home: str | os.PathLike[str] | None = None) -> dict[str, str]:
    """Every preference saved on this computer; none when nothing was ever saved."""
    path = preferences_file(home)
    try:
        raw = json.loads(path.read_bytes())
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, RecursionError) as exc:
        raise PreferencesUnreadable(
            f"LEAD Desk's preferences in {path} cannot be read ({type(exc).__name__}); saving a "
            "preference again replaces the file."
        ) from exc
    if not isinstance(raw, dict) or not all(isinstance(v, str) for v in raw.values()):
        raise PreferencesUnreadable(
            f"LEAD Desk's preferences in {path} are not a list of named choices; saving a preference "
            "again replaces the file."
        )
    return raw


def write_preference(key: str, value: str, *, home: str | os.PathLike[str] | None = None) -> None:
    """Save one preference, keeping the others (a damaged file is replaced by this one choice)."""
    try:
        saved = read_preferences(home)
    except PreferencesUnreadable:
        saved = {}
    saved[key] = value
    make_private_dir(data_home(home))
    atomic_write(preferences_file(home), json.dumps(saved, indent=2, sort_keys=True).encode())
