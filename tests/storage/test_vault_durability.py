"""vault.json is replaced atomically and durably, as the README promises: the temp file is written and
fsynced, renamed over vault.json, and then the folder is fsynced so the rename itself survives a power
cut. A spy on os.open, os.write, os.fsync and os.replace records the order for every kind of save."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from leaddesk.storage.errors import WrongPassphrase
from leaddesk.storage.vault import CreatedVault, Vault
from tests.kdf import FAST_FOR_TESTS

PASS = "river stone lantern"
NEW = "seven quiet harbours"

pytestmark = pytest.mark.skipif(
    os.name == "nt", reason="Windows cannot fsync a folder; NTFS journals renames"
)

Event = tuple[str, ...]


@pytest.fixture
def spy(monkeypatch: pytest.MonkeyPatch) -> list[Event]:
    """Every open, write, fsync, replace and close of this process, with the path behind each fd."""
    events: list[Event] = []
    paths: dict[int, str] = {}
    real_open, real_write, real_fsync = os.open, os.write, os.fsync
    real_replace, real_close = os.replace, os.close

    def open_(path: Any, flags: int, mode: int = 0o777, *, dir_fd: int | None = None) -> int:
        fd = real_open(path, flags, mode, dir_fd=dir_fd)
        paths[fd] = str(path)
        events.append(("open", str(path)))
        return fd

    def write(fd: int, data: Any, /) -> int:
        events.append(("write", paths.get(fd, "?")))
        return real_write(fd, data)

    def fsync(fd: int, /) -> None:
        events.append(("fsync", paths.get(fd, "?")))
        real_fsync(fd)

    def replace(src: Any, dst: Any, **kw: Any) -> None:
        events.append(("replace", str(src), str(dst)))
        real_replace(src, dst, **kw)

    def close(fd: int, /) -> None:
        paths.pop(fd, None)
        real_close(fd)

    for name, fake in (("open", open_), ("write", write), ("fsync", fsync), ("replace", replace)):
        monkeypatch.setattr(os, name, fake)
    monkeypatch.setattr(os, "close", close)
    return events


def saves(events: list[Event], folder: Path) -> list[list[Event]]:
    """The events touching vault.json's temp files, vault.json and the folder itself, split per save
    (a save starts where a temp file is opened), with runs of writes to one file folded into one."""
    temp = re.compile(re.escape(str(folder / ".vault.json.")) + r"[0-9a-f]{16}\.tmp")
    mine = [
        e
        for e in events
        if any(temp.fullmatch(p) or p in (str(folder), str(folder / "vault.json")) for p in e[1:])
    ]
    folded: list[Event] = []
    for event in mine:
        if event[0] == "write" and folded and folded[-1] == event:
            continue
        folded.append(event)
    runs: list[list[Event]] = []
    for event in folded:
        if event[0] == "open" and temp.fullmatch(event[1]):
            runs.append([])
        if runs:
            runs[-1].append(event)
    for run in runs:  # name the temp file generically, so every save can be compared with one pattern
        tmp = run[0][1]
        run[:] = [tuple("TEMP" if p == tmp else p for p in e) for e in run]
    return runs


def expected(folder: Path) -> list[Event]:
    return [
        ("open", "TEMP"),
        ("write", "TEMP"),
        ("fsync", "TEMP"),  # the bytes are on disk before the name points at them
        ("replace", "TEMP", str(folder / "vault.json")),
        ("open", str(folder)),
        ("fsync", str(folder)),  # and the rename itself is on disk before the save returns
    ]


def made(tmp_path: Path) -> CreatedVault:
    return Vault.create(tmp_path / "Casey", name="Casey", passphrase=PASS, kdf=FAST_FOR_TESTS)


def wrong(vault: Vault) -> None:
    with pytest.raises(WrongPassphrase):
        vault.unlock("not the passphrase at all")


def test_creating_a_vault_syncs_the_file_renames_then_syncs_the_folder(
    spy: list[Event], tmp_path: Path
) -> None:
    made(tmp_path)
    assert saves(spy, tmp_path / "Casey") == [expected(tmp_path / "Casey")]


@pytest.mark.parametrize(
    "save",
    [
        pytest.param(lambda vault, key: wrong(vault), id="failed-attempt"),
        pytest.param(lambda vault, key: vault.change_passphrase(PASS, NEW), id="change-passphrase"),
        pytest.param(lambda vault, key: vault.reset_passphrase(key, NEW), id="reset-passphrase"),
    ],
)
def test_every_later_save_syncs_the_file_renames_then_syncs_the_folder(
    save: Callable[[Vault, str], object], spy: list[Event], tmp_path: Path
) -> None:
    created = made(tmp_path)
    spy.clear()
    save(created.vault, created.recovery_key)
    assert saves(spy, tmp_path / "Casey") == [expected(tmp_path / "Casey")]
