"""Profile names: any person's name, kept and shown as typed, in a folder whose name is safe on every
desktop OS, distinct for distinct names, and unchanged for every profile the first scheme made."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from leaddesk.storage import paths
from leaddesk.storage.errors import InvalidProfileName, ProfileExists, SimilarProfileExists
from leaddesk.storage.profile import create_profile, open_profile
from leaddesk.storage.profile_names import MAX_PROFILE_NAME, folder_name, similar, validate_profile_name
from leaddesk.storage.vault import Vault
from tests.kdf import FAST_FOR_TESTS

PASSPHRASE = "river stone lantern"
NAMES = ["José García", "Nguyễn Văn An", "Pat O'Brien"]
WINDOWS_DEVICES = {"CON", "PRN", "AUX", "NUL"} | {f"{d}{i}" for d in ("COM", "LPT") for i in range(1, 10)}


def make(name: str, home: Path) -> str:
    """Create a closed profile through the real creation path; returns the name its vault keeps."""
    store = create_profile(name, PASSPHRASE, home=home, kdf=FAST_FOR_TESTS).store
    store.close(audit=False)
    return str(json.loads((paths.profile_dir(name, home) / "vault.json").read_bytes())["name"])


def assert_safe_folder_name(folder: str) -> None:
    assert 1 <= len(folder) <= 64
    assert folder not in {".", ".."}
    assert not folder.startswith(".")
    assert not set(folder) & set('<>:"/\\|?*'), folder  # Windows refuses these; / and \ are separators
    assert all(c.isprintable() and ord(c) < 128 for c in folder), folder
    assert not folder.endswith((" ", ".")), folder  # Windows drops them, merging two names
    assert folder.split(".", 1)[0].strip().upper() not in WINDOWS_DEVICES, folder


# -- the three names, through the real creation path --------------------------------------------------


@pytest.mark.parametrize("name", NAMES)
def test_a_persons_name_is_kept_as_typed_in_a_safe_folder(name: str, home: Path) -> None:
    assert make(name, home) == name
    folder = paths.profile_dir(name, home)
    assert folder.parent == home / "profiles"
    assert_safe_folder_name(folder.name)
    assert paths.list_profiles(home) == [name]
    assert paths.find_profiles(home) == [paths.ProfileFolder(folder=folder, name=name)]
    reopened = open_profile(name, PASSPHRASE, home=home, kdf=FAST_FOR_TESTS)
    assert reopened.user == name
    assert reopened.db_path.parent == folder
    reopened.close(audit=False)


def test_the_three_names_side_by_side(home: Path) -> None:
    for name in NAMES:
        make(name, home)
    folders = {paths.profile_dir(name, home).name for name in NAMES}
    assert len({f.casefold() for f in folders}) == 3  # apart even on a case-insensitive disk
    assert sorted(p.name for p in (home / "profiles").iterdir()) == sorted(folders)
    assert paths.list_profiles(home) == ["José García", "Nguyễn Văn An", "Pat O'Brien"]
    # The folder names read as the names do, for IT looking at the disk.
    assert [paths.profile_dir(name, home).name.split(" (")[0] for name in NAMES] == [
        "Jose Garcia",
        "Nguyen Van An",
        "Pat OBrien",
    ]


def test_a_name_typed_decomposed_is_the_same_name(home: Path) -> None:
    composed = make("José García", home)
    decomposed = unicodedata.normalize("NFD", "José García")
    assert decomposed != composed
    with pytest.raises(ProfileExists):
        create_profile(decomposed, PASSPHRASE, home=home, kdf=FAST_FOR_TESTS)
    assert open_profile(decomposed, PASSPHRASE, home=home, kdf=FAST_FOR_TESTS).user == composed


@pytest.mark.parametrize("other", ["Jose Garcia", "JOSÉ GARCÍA", "josé garcía", "José  García"])
def test_a_name_differing_only_in_accents_capitals_or_spaces_is_refused(other: str, home: Path) -> None:
    make("José García", home)
    with pytest.raises(SimilarProfileExists, match="José García") as refused:
        create_profile(other, PASSPHRASE, home=home, kdf=FAST_FOR_TESTS)
    assert refused.value.name == "José García"
    assert "accents, capitals or spaces" in str(refused.value)
    assert paths.list_profiles(home) == ["José García"]  # nothing was made
    assert len(list((home / "profiles").iterdir())) == 1


def test_the_same_name_again_is_refused_and_keeps_the_first(home: Path) -> None:
    make("Nguyễn Văn An", home)
    with pytest.raises(ProfileExists):
        create_profile("Nguyễn Văn An", "another passphrase", home=home, kdf=FAST_FOR_TESTS)
    open_profile("Nguyễn Văn An", PASSPHRASE, home=home, kdf=FAST_FOR_TESTS).close(audit=False)


# -- what a name may be ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["", "x" * 65, "   ", " bob", "bob ", "a\x00b", "tab\there", "two\nlines", "evil\u202etxt"],
)
def test_names_that_cannot_be_a_persons_name_are_refused(name: str, home: Path) -> None:
    with pytest.raises(InvalidProfileName):
        create_profile(name, PASSPHRASE, home=home, kdf=FAST_FOR_TESTS)
    assert not (home / "profiles").exists() or not list((home / "profiles").iterdir())


@pytest.mark.parametrize(
    "name", ["CON", "nul.txt", "a/b", "..\\up", "..", ".hidden", "bob.", "李秀英", "Zoë  Ng", "CON.x ☃"]
)
def test_odd_but_possible_names_get_safe_folders(name: str, home: Path) -> None:
    folder = paths.profile_dir(name, home)
    assert folder.parent == home / "profiles"
    assert_safe_folder_name(folder.name)


# -- profiles made by the first scheme keep their folders ------------------------------------------------


@pytest.mark.parametrize("name", ["Alice", "case worker 2", "a.b-c_d", "x" * 64, "7", "Casey Morgan", "---"])
def test_first_scheme_names_keep_their_folders(name: str, home: Path) -> None:
    # As the first scheme made them: the vault straight in profiles/<name>.
    created = Vault.create(home / "profiles" / name, name=name, passphrase=PASSPHRASE, kdf=FAST_FOR_TESTS)
    assert paths.profile_dir(name, home) == home / "profiles" / name
    assert paths.list_profiles(home) == [name]
    assert Vault.load(paths.profile_dir(name, home), kdf=FAST_FOR_TESTS).unlock(PASSPHRASE) == created.dek


_FIRST_SCHEME = st.from_regex(re.compile(r"[A-Za-z0-9 ._-]{1,64}"), fullmatch=True).filter(
    lambda n: (
        not n.startswith((".", " "))
        and not n.endswith((" ", "."))
        and n.split(".", 1)[0].upper() not in WINDOWS_DEVICES
    )
)


@given(_FIRST_SCHEME)
def test_every_first_scheme_folder_name_is_unchanged(name: str) -> None:
    assert folder_name(name) == name


def _can_be_name(name: str) -> bool:
    try:
        return validate_profile_name(name) == name
    except InvalidProfileName:
        return False


_ANY_NAME = st.text(min_size=1, max_size=MAX_PROFILE_NAME).filter(_can_be_name)


@given(_ANY_NAME)
def test_every_name_gets_a_safe_folder(name: str) -> None:
    assert_safe_folder_name(folder_name(name))


@given(_ANY_NAME, _ANY_NAME)
def test_names_people_tell_apart_never_share_a_folder(one: str, two: str) -> None:
    if one != two:
        assert folder_name(one) != folder_name(two)
    if similar(one) != similar(two):
        assert folder_name(one).casefold() != folder_name(two).casefold()


# -- listing ----------------------------------------------------------------------------------------------


def test_list_profiles_lists_folders_holding_a_vault(tmp_path: Path) -> None:
    assert paths.list_profiles(tmp_path) == []
    root = paths.profiles_dir(tmp_path)
    for name, has_vault in [("bob", True), ("Ann", True), ("empty", False), (".trash", True)]:
        (root / name).mkdir(parents=True)
        if has_vault:
            (root / name / "vault.json").write_text("{}")
    (root / "file.txt").write_text("")
    # Unreadable vaults are listed under their folder's name, to be called damaged when chosen.
    assert paths.list_profiles(tmp_path) == ["Ann", "bob"]


def test_a_folder_no_name_could_make_is_still_listed(home: Path) -> None:
    # Made by hand, or by a tool: its name could never be typed, yet the list must not fail over it.
    odd = home / "profiles" / "tab\there"
    odd.mkdir(parents=True)
    (odd / "vault.json").write_text('{"name": "line\\nbreak"}')
    make("Pat O'Brien", home)
    assert paths.list_profiles(home) == ["Pat O'Brien", "tab\there"]
    with pytest.raises(ProfileExists):
        create_profile("Pat O'Brien", PASSPHRASE, home=home, kdf=FAST_FOR_TESTS)


def test_a_damaged_vault_in_a_derived_folder_is_listed_by_its_folder(home: Path) -> None:
    make("José García", home)
    folder = paths.profile_dir("José García", home)
    (folder / "vault.json").write_text("{ not json")
    assert paths.find_profiles(home) == [paths.ProfileFolder(folder=folder, name=folder.name)]
