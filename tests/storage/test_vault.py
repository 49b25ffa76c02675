"""The key vault and profile folders: wrapping, unlocking, throttling, recovery, damage, file modes."""

from __future__ import annotations

import base64
import json
import os
import re
import stat
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import platformdirs
import pytest

from leaddesk.storage import paths
from leaddesk.storage.errors import (
    CorruptVault,
    ProfileExists,
    ProfileNotFound,
    VaultLocked,
    WeakPassphrase,
    WrongPassphrase,
)
from leaddesk.storage.kdf import PRODUCTION, KdfParams
from leaddesk.storage.paths import atomic_write, make_private_dir, secure_umask
from leaddesk.storage.profile import reset_passphrase, unlock_key
from leaddesk.storage.vault import CreatedVault, Vault
from tests.kdf import FAST_FOR_TESTS

PASS = "river stone lantern"
NEW = "seven quiet harbours"
WRONG = "not the passphrase at all"
T0 = 1_700_000_000.0


class FakeClock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "profiles" / "alice"


@pytest.fixture
def created(folder: Path, clock: FakeClock) -> CreatedVault:
    return Vault.create(folder, name="alice", passphrase=PASS, kdf=FAST_FOR_TESTS, clock=clock)


def doc(folder: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((folder / "vault.json").read_bytes())
    return data


def load(folder: Path, **kw: Any) -> Vault:
    """A test vault, loaded with the cheap floor it was made with (the production path would refuse it)."""
    return Vault.load(folder, kdf=FAST_FOR_TESTS, **kw)


def cost(folder: Path) -> tuple[int, int, int]:
    kdf = doc(folder)["wraps"][0]["kdf"]
    return kdf["memory_cost"], kdf["iterations"], kdf["lanes"]


def edit(folder: Path, change: Any) -> None:
    data = doc(folder)
    change(data)
    (folder / "vault.json").write_text(json.dumps(data))


def fail(vault: Vault, times: int = 1) -> None:
    for _ in range(times):
        with pytest.raises(WrongPassphrase):
            vault.unlock(WRONG)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# -- creating and unlocking ------------------------------------------------------------------------


def test_create_writes_a_private_vault_that_a_fresh_load_unlocks(
    created: CreatedVault, folder: Path, clock: FakeClock
) -> None:
    assert len(created.dek) == 32
    data = doc(folder)
    assert data["format_version"] == 1
    assert [w["kind"] for w in data["wraps"]] == ["passphrase", "recovery"]
    assert data["wraps"][0]["kdf"] | {"salt": None} == {
        "name": "argon2id",
        "salt": None,
        "memory_cost": 8,
        "iterations": 1,
        "lanes": 1,
    }
    assert (data["failed_attempts"], data["last_failed_at"]) == (0, None)
    assert (mode(folder), mode(folder / "vault.json")) == (0o700, 0o600)
    loaded = load(folder, clock=clock)
    assert loaded.unlock(PASS) == created.dek
    assert (loaded.profile_id, loaded.name) == (data["profile_id"], "alice")
    assert uuid.UUID(loaded.device_id)
    assert uuid.UUID(loaded.profile_id)
    assert loaded.created_at == datetime.fromtimestamp(T0, tz=UTC)
    assert repr(created.dek) not in repr(created)
    assert created.recovery_key not in repr(created)


def test_every_vault_gets_its_own_key_ids_and_salts(tmp_path: Path) -> None:
    one = Vault.create(tmp_path / "a", name="a", passphrase=PASS, kdf=FAST_FOR_TESTS)
    two = Vault.create(tmp_path / "b", name="b", passphrase=PASS, kdf=FAST_FOR_TESTS)
    assert one.dek != two.dek
    assert one.recovery_key != two.recovery_key
    assert one.vault.profile_id != two.vault.profile_id
    assert one.vault.device_id != two.vault.device_id
    assert doc(tmp_path / "a")["wraps"][0]["kdf"]["salt"] != doc(tmp_path / "b")["wraps"][0]["kdf"]["salt"]


def test_production_is_rfc9106s_second_recommendation_and_every_rewrap_keeps_it(tmp_path: Path) -> None:
    # The one test that pays for real Argon2id (about 0.2 s per derivation here).
    assert KdfParams(memory_cost=64 * 1024, iterations=3, lanes=4) == PRODUCTION
    created = Vault.create(tmp_path / "p", name="p", passphrase=PASS)  # the default is production
    assert cost(tmp_path / "p") == (65536, 3, 4)
    assert Vault.load(tmp_path / "p").unlock(PASS) == created.dek
    created.vault.change_passphrase(PASS, NEW)
    assert cost(tmp_path / "p") == (65536, 3, 4)
    assert created.vault.reset_passphrase(created.recovery_key, PASS) == created.dek
    assert cost(tmp_path / "p") == (65536, 3, 4)


WEAKER = [
    FAST_FOR_TESTS,
    KdfParams(memory_cost=65535, iterations=3, lanes=4),
    KdfParams(memory_cost=32768),
    KdfParams(iterations=2),
    KdfParams(lanes=1),
]


@pytest.mark.parametrize(
    "weak", WEAKER, ids=["test-params", "1KiB-less", "half-memory", "2-passes", "1-lane"]
)
def test_a_vault_json_cheaper_than_production_is_refused_and_left_alone(
    weak: KdfParams, tmp_path: Path
) -> None:
    folder = tmp_path / "profiles" / "Weak"
    Vault.create(folder, name="Weak", passphrase=PASS, kdf=weak)  # only code can ask for this
    before = (folder / "vault.json").read_bytes()
    with pytest.raises(CorruptVault, match="weaker passphrase derivation"):
        Vault.load(folder)
    with pytest.raises(CorruptVault, match="tampered"):
        unlock_key(folder, PASS)
    assert (folder / "vault.json").read_bytes() == before


def test_an_edited_vault_json_cannot_make_the_next_reset_weak(tmp_path: Path) -> None:
    """The attack: someone who can write vault.json sets the test parameters, waits for the forgotten
    passphrase to be reset with the recovery key, then guesses the new one at Argon2id's cheapest."""
    folder = tmp_path / "profiles" / "Casey"
    created = Vault.create(folder, name="Casey", passphrase=PASS)
    opened_before = Vault.load(folder)  # e.g. the unlock screen, open while the file is edited
    edit(folder, lambda d: d["wraps"][0]["kdf"].update(memory_cost=8, iterations=1, lanes=1))
    edited = (folder / "vault.json").read_bytes()
    for reset in (
        lambda: reset_passphrase(folder, created.recovery_key, NEW),
        lambda: opened_before.reset_passphrase(created.recovery_key, NEW),
        lambda: opened_before.change_passphrase(PASS, NEW),
    ):
        with pytest.raises(CorruptVault, match="weaker passphrase derivation"):
            reset()
        assert (folder / "vault.json").read_bytes() == edited  # nothing re-wrapped, nothing counted


def test_a_rewrap_never_lowers_a_cost_above_the_floor(tmp_path: Path) -> None:
    dearer = KdfParams(memory_cost=64, iterations=2, lanes=1)
    created = Vault.create(tmp_path / "d", name="d", passphrase=PASS, kdf=dearer)
    load(tmp_path / "d").change_passphrase(PASS, NEW)
    assert cost(tmp_path / "d") == (64, 2, 1)
    load(tmp_path / "d").reset_passphrase(created.recovery_key, PASS)
    assert cost(tmp_path / "d") == (64, 2, 1)
    with pytest.raises(CorruptVault):
        Vault.load(tmp_path / "d", kdf=KdfParams(memory_cost=64, iterations=3, lanes=1))


@pytest.mark.parametrize(
    "bad", [dict(memory_cost=7, lanes=1), dict(iterations=0), dict(lanes=0), dict(memory_cost=8.0, lanes=1)]
)
def test_kdf_params_argon2id_cannot_run_are_rejected(bad: dict[str, Any]) -> None:
    with pytest.raises((ValueError, TypeError)):
        KdfParams(**bad)


def test_short_passphrases_are_refused(tmp_path: Path, created: CreatedVault) -> None:
    with pytest.raises(WeakPassphrase):
        Vault.create(tmp_path / "x", name="x", passphrase="123456789", kdf=FAST_FOR_TESTS)
    assert not (tmp_path / "x" / "vault.json").exists()
    Vault.create(tmp_path / "y", name="y", passphrase="1234567890", kdf=FAST_FOR_TESTS)
    with pytest.raises(WeakPassphrase):
        created.vault.change_passphrase(PASS, "too short")
    assert created.vault.unlock(PASS) == created.dek


def test_passphrase_is_nfc_normalised(tmp_path: Path) -> None:
    decomposed, composed = "cafe\u0301 au lait, merci", "caf\u00e9 au lait, merci"
    made = Vault.create(tmp_path / "n", name="n", passphrase=decomposed, kdf=FAST_FOR_TESTS)
    assert made.vault.unlock(composed) == made.dek


# -- wrong passphrases and the wait after five ------------------------------------------------------


def test_wrong_passphrase_changes_only_the_counter(created: CreatedVault, folder: Path) -> None:
    before = doc(folder)
    fail(created.vault)
    after = doc(folder)
    assert after["wraps"] == before["wraps"]
    assert {k: v for k, v in after.items() if k not in ("failed_attempts", "last_failed_at")} == {
        k: v for k, v in before.items() if k not in ("failed_attempts", "last_failed_at")
    }
    assert after["failed_attempts"] == 1
    assert created.vault.failed_attempts == load(folder).failed_attempts == 1
    assert datetime.fromisoformat(after["last_failed_at"]) == datetime.fromtimestamp(T0, tz=UTC)


def test_success_resets_the_counter_and_writes_only_when_needed(created: CreatedVault, folder: Path) -> None:
    inode = (folder / "vault.json").stat().st_ino
    assert created.vault.unlock(PASS) == created.dek
    assert (folder / "vault.json").stat().st_ino == inode  # nothing to reset, so no rewrite
    fail(created.vault, 3)
    assert created.vault.unlock(PASS) == created.dek
    assert (doc(folder)["failed_attempts"], doc(folder)["last_failed_at"]) == (0, None)
    fail(created.vault, 4)  # a fresh allowance of five: no wait yet
    assert created.vault.seconds_until_next_attempt() == 0


def test_five_failures_then_waits_that_double_up_to_fifteen_minutes(
    created: CreatedVault, folder: Path, clock: FakeClock
) -> None:
    vault = created.vault
    fail(vault, 4)
    assert vault.seconds_until_next_attempt() == 0
    fail(vault)  # the fifth is still tried
    for failures, wait in [(5, 30), (6, 60), (7, 120), (8, 240), (9, 480), (10, 900), (11, 900)]:
        assert vault.seconds_until_next_attempt() == pytest.approx(wait)
        clock.now += wait - 5
        for passphrase in (WRONG, PASS):  # even the right one is not tried during the wait
            with pytest.raises(VaultLocked) as locked:
                vault.unlock(passphrase)
            assert locked.value.seconds_left == pytest.approx(5)
        with pytest.raises(VaultLocked):
            vault.change_passphrase(PASS, NEW)
        assert doc(folder)["failed_attempts"] == failures
        clock.now += 5
        if failures < 11:
            fail(vault)
    assert load(folder, clock=clock).unlock(PASS) == created.dek
    assert doc(folder)["failed_attempts"] == 0
    assert vault.seconds_until_next_attempt() == 0


def test_the_wait_survives_reopening_the_vault(created: CreatedVault, folder: Path, clock: FakeClock) -> None:
    fail(created.vault, 5)
    clock.now += 12
    with pytest.raises(VaultLocked) as locked:
        load(folder, clock=clock).unlock(PASS)
    assert locked.value.seconds_left == pytest.approx(18)


def test_clock_going_backwards_restarts_the_full_wait_from_now(
    created: CreatedVault, clock: FakeClock
) -> None:
    fail(created.vault, 5)
    clock.now = T0 - 86400  # someone set the clock back a day
    with pytest.raises(VaultLocked) as locked:
        created.vault.unlock(PASS)
    assert locked.value.seconds_left == pytest.approx(30)
    assert created.vault.seconds_until_next_attempt() == pytest.approx(30)
    clock.now += 29
    with pytest.raises(VaultLocked) as locked:
        created.vault.unlock(PASS)
    assert locked.value.seconds_left == pytest.approx(1)
    clock.now += 1
    assert created.vault.unlock(PASS) == created.dek


# -- recovery key ----------------------------------------------------------------------------------


def test_recovery_key_unlocks_in_any_case_with_or_without_dashes(created: CreatedVault) -> None:
    key = created.recovery_key
    assert re.fullmatch(r"[A-Z2-7]{4}(-[A-Z2-7]{4}){7}", key)
    bare = key.replace("-", "")
    for typed in (key, key.lower(), bare, bare.lower(), " ".join(key.split("-")), f"  {key}\n"):
        assert created.vault.unlock_with_recovery_key(typed) == created.dek


def test_wrong_recovery_key_fails_and_counts(created: CreatedVault, folder: Path, tmp_path: Path) -> None:
    other = Vault.create(tmp_path / "bob", name="bob", passphrase=PASS, kdf=FAST_FOR_TESTS).recovery_key
    with pytest.raises(WrongPassphrase):
        created.vault.unlock_with_recovery_key(other)
    assert doc(folder)["failed_attempts"] == 1
    for malformed in ("", "ABCD-EFGH", created.recovery_key + "A", created.recovery_key[:-1] + "9"):
        with pytest.raises(WrongPassphrase):
            created.vault.unlock_with_recovery_key(malformed)
    assert doc(folder)["failed_attempts"] == 1  # a mistyped shape is not a guess
    assert created.vault.unlock_with_recovery_key(created.recovery_key) == created.dek
    assert doc(folder)["failed_attempts"] == 0


# -- changing the passphrase -----------------------------------------------------------------------


def test_change_passphrase_rewraps_the_same_key(created: CreatedVault, folder: Path) -> None:
    before = doc(folder)
    created.vault.change_passphrase(PASS, NEW)
    after = doc(folder)
    old_wrap, new_wrap = before["wraps"][0], after["wraps"][0]
    assert new_wrap["kdf"]["salt"] != old_wrap["kdf"]["salt"]
    assert new_wrap["nonce"] != old_wrap["nonce"]
    assert new_wrap["kdf"] | {"salt": 0} == old_wrap["kdf"] | {"salt": 0}  # same stored cost
    assert after["wraps"][1] == before["wraps"][1]
    assert (after["profile_id"], after["device_id"]) == (before["profile_id"], before["device_id"])
    fresh = load(folder)
    with pytest.raises(WrongPassphrase):
        fresh.unlock(PASS)
    assert fresh.unlock(NEW) == created.dek
    assert fresh.unlock_with_recovery_key(created.recovery_key) == created.dek


def test_change_with_wrong_old_passphrase_changes_only_the_counter(
    created: CreatedVault, folder: Path
) -> None:
    before = doc(folder)
    with pytest.raises(WrongPassphrase):
        created.vault.change_passphrase(WRONG, NEW)
    assert doc(folder)["wraps"] == before["wraps"]
    assert doc(folder)["failed_attempts"] == 1
    with pytest.raises(WrongPassphrase):
        created.vault.unlock(NEW)


# -- damaged vaults --------------------------------------------------------------------------------


def test_truncated_or_non_object_json_is_corrupt(created: CreatedVault, folder: Path) -> None:
    path = folder / "vault.json"
    for damaged in (path.read_bytes()[: path.stat().st_size // 2], b"", b"[]", b"\xff\xfe"):
        path.write_bytes(damaged)
        with pytest.raises(CorruptVault):
            load(folder)
        assert path.read_bytes() == damaged  # a damaged vault is reported, never rewritten


@pytest.mark.parametrize(
    "field",
    [
        "format_version",
        "profile_id",
        "name",
        "created_at",
        "device_id",
        "wraps",
        "failed_attempts",
        "last_failed_at",
    ],
)
def test_missing_top_level_field_is_corrupt(created: CreatedVault, folder: Path, field: str) -> None:
    edit(folder, lambda d: d.pop(field))
    with pytest.raises(CorruptVault):
        load(folder)


@pytest.mark.parametrize(
    "change",
    [
        lambda w: w.pop("nonce"),
        lambda w: w.pop("ciphertext"),
        lambda w: w.pop("kdf"),
        lambda w: w["kdf"].pop("salt"),
        lambda w: w["kdf"].pop("memory_cost"),
        lambda w: w.update(nonce="not base64!"),
        lambda w: w.update(ciphertext="AAA"),
        lambda w: w["kdf"].update(salt="%%%%"),
        lambda w: w.update(nonce=base64.b64encode(bytes(11)).decode()),
        lambda w: w.update(ciphertext=base64.b64encode(bytes(47)).decode()),
        lambda w: w["kdf"].update(memory_cost=2**40),
        lambda w: w["kdf"].update(iterations=0),
        lambda w: w["kdf"].update(lanes=2),
        lambda w: w["kdf"].update(iterations="1"),
        lambda w: w["kdf"].update(name="scrypt"),
    ],
    ids=[
        "no-nonce",
        "no-ciphertext",
        "no-kdf",
        "no-salt",
        "no-memory",
        "bad-b64-nonce",
        "bad-b64-ct",
        "bad-b64-salt",
        "short-nonce",
        "short-ct",
        "absurd-memory",
        "zero-iterations",
        "memory-below-8-per-lane",
        "string-iterations",
        "unknown-kdf",
    ],
)
def test_nonsense_in_the_passphrase_wrap_is_corrupt_not_wrong(
    created: CreatedVault, folder: Path, change: Any
) -> None:
    vault = created.vault
    edit(folder, lambda d: change(d["wraps"][0]))
    with pytest.raises(CorruptVault):
        vault.unlock(PASS)  # the open vault re-reads the file, so tampering after load is caught too
    with pytest.raises(CorruptVault):
        load(folder)


def test_other_structural_damage_is_corrupt(created: CreatedVault, folder: Path) -> None:
    for change in (
        lambda d: d.update(format_version=2),
        lambda d: d.update(failed_attempts=-1),
        lambda d: d.update(created_at="yesterday"),
        lambda d: d["wraps"].pop(0),
        lambda d: d["wraps"].append(d["wraps"][0]),
        lambda d: d.update(last_failed_at=5),
    ):
        (folder / "vault.json").unlink()
        made = Vault.create(folder, name="alice", passphrase=PASS, kdf=FAST_FOR_TESTS)
        edit(folder, change)
        with pytest.raises(CorruptVault):
            made.vault.unlock(PASS)


def test_flipped_ciphertext_byte_is_a_wrong_passphrase(created: CreatedVault, folder: Path) -> None:
    # GCM cannot tell a damaged ciphertext from a wrong key: both are a failed tag.
    def flip(d: dict[str, Any]) -> None:
        raw = bytearray(base64.b64decode(d["wraps"][0]["ciphertext"]))
        raw[5] ^= 0x01
        d["wraps"][0]["ciphertext"] = base64.b64encode(bytes(raw)).decode()

    edit(folder, flip)
    with pytest.raises(WrongPassphrase):
        created.vault.unlock(PASS)


def test_plausible_but_altered_kdf_params_are_a_wrong_passphrase(created: CreatedVault, folder: Path) -> None:
    # Chosen behaviour: params that Argon2id can run are indistinguishable from a wrong passphrase, because
    # they only change the derived key and the AAD is fixed by the format; GCM's tag then fails exactly as
    # for a mistyped passphrase. They cannot weaken anything: the altered wrap opens for no passphrase.
    # Only params no real vault could hold (see above) are reported as CorruptVault.
    edit(folder, lambda d: d["wraps"][0]["kdf"].update(iterations=2))
    with pytest.raises(WrongPassphrase):
        created.vault.unlock(PASS)
    assert created.vault.unlock_with_recovery_key(created.recovery_key) == created.dek


def test_a_wrap_cannot_be_moved_to_another_profile(created: CreatedVault, folder: Path) -> None:
    edit(folder, lambda d: d.update(profile_id=uuid.uuid4().hex))  # AAD binds the profile id
    with pytest.raises(WrongPassphrase):
        load(folder).unlock(PASS)


def test_missing_profile_is_not_found(tmp_path: Path) -> None:
    with pytest.raises(ProfileNotFound):
        load(tmp_path / "nobody")
    (tmp_path / "empty").mkdir()
    with pytest.raises(ProfileNotFound):
        load(tmp_path / "empty")


def test_creating_over_an_existing_vault_is_refused(created: CreatedVault, folder: Path) -> None:
    before = (folder / "vault.json").read_bytes()
    with pytest.raises(ProfileExists):
        Vault.create(folder, name="alice", passphrase=NEW, kdf=FAST_FOR_TESTS)
    assert (folder / "vault.json").read_bytes() == before
    assert load(folder).unlock(PASS) == created.dek


def test_the_key_never_appears_in_vault_json(created: CreatedVault, folder: Path) -> None:
    dek = created.dek
    secret = base64.b32decode(created.recovery_key.replace("-", ""))
    fail(created.vault)
    created.vault.change_passphrase(PASS, NEW)
    created.vault.unlock_with_recovery_key(created.recovery_key)
    text = (folder / "vault.json").read_bytes()
    for encoded in (
        dek,
        dek.hex().encode(),
        dek.hex().upper().encode(),
        base64.b64encode(dek),
        base64.urlsafe_b64encode(dek),
        base64.b64encode(dek).rstrip(b"="),
        base64.b32encode(dek),
        secret,
        created.recovery_key.encode(),
        base64.b32encode(secret),
    ):
        assert encoded not in text

    def strings(node: Any) -> list[str]:
        if isinstance(node, dict):
            return [s for v in node.values() for s in strings(v)]
        if isinstance(node, list):
            return [s for v in node for s in strings(v)]
        return [node] if isinstance(node, str) else []

    for value in strings(json.loads(text)):
        try:
            decoded = base64.b64decode(value, validate=True)
        except ValueError:
            continue
        assert dek not in decoded
        assert secret not in decoded


# -- folders and files -----------------------------------------------------------------------------


def test_data_home_precedence(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(paths.ENV_HOME, str(tmp_path / "env"))
    assert paths.data_home(tmp_path / "arg") == tmp_path / "arg"
    assert paths.data_home() == tmp_path / "env"
    assert paths.profile_dir("Alice") == tmp_path / "env" / "profiles" / "Alice"
    monkeypatch.delenv(paths.ENV_HOME)
    assert paths.data_home() == Path(platformdirs.user_data_dir("LEADDesk", appauthor=False))


def test_secure_umask_makes_new_files_private(tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        secure_umask()
        (tmp_path / "new").write_text("x")
        (tmp_path / "dir").mkdir()
        assert (mode(tmp_path / "new"), mode(tmp_path / "dir")) == (0o600, 0o700)
    finally:
        os.umask(previous)


def test_make_private_dir_creates_and_tightens(tmp_path: Path) -> None:
    (tmp_path / "open").mkdir(mode=0o755)
    os.chmod(tmp_path / "open", 0o755)
    assert make_private_dir(tmp_path / "open") == tmp_path / "open"
    assert mode(tmp_path / "open") == 0o700
    assert mode(make_private_dir(tmp_path / "a" / "b")) == 0o700


def test_atomic_write_replaces_with_a_0600_file_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "vault.json"
    target.write_bytes(b"old")
    os.chmod(target, 0o644)
    previous = os.umask(0o022)
    try:
        atomic_write(target, b"new contents")
    finally:
        os.umask(previous)
    assert target.read_bytes() == b"new contents"
    assert mode(target) == 0o600
    assert os.listdir(tmp_path) == ["vault.json"]


def test_atomic_write_survives_short_writes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_write = os.write
    monkeypatch.setattr(os, "write", lambda fd, data: real_write(fd, bytes(data[:3])))
    atomic_write(tmp_path / "f", bytes(range(256)) * 4)
    monkeypatch.undo()
    assert (tmp_path / "f").read_bytes() == bytes(range(256)) * 4


def test_failed_atomic_write_keeps_the_old_file_and_removes_the_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "vault.json"
    target.write_bytes(b"old")

    def refuse(src: Any, dst: Any) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError, match="disk full"):
        atomic_write(target, b"new")
    monkeypatch.undo()
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["vault.json"]


def test_a_forgotten_passphrase_is_reset_with_the_recovery_key(tmp_path: Path) -> None:
    created = Vault.create(
        tmp_path / "p", name="Reset Test", passphrase="first passphrase", kdf=FAST_FOR_TESTS
    )
    vault = load(tmp_path / "p")
    dek = vault.reset_passphrase(created.recovery_key.lower(), "second passphrase")
    assert dek == created.dek
    again = load(tmp_path / "p")
    assert again.unlock("second passphrase") == created.dek
    with pytest.raises(WrongPassphrase):
        again.unlock("first passphrase")
    assert again.unlock_with_recovery_key(created.recovery_key) == created.dek


def test_a_wrong_recovery_key_resets_nothing(tmp_path: Path) -> None:
    created = Vault.create(
        tmp_path / "p", name="Reset Test", passphrase="first passphrase", kdf=FAST_FOR_TESTS
    )
    before = (tmp_path / "p" / "vault.json").read_text()
    wrong = "-".join(["AAAA"] * 8)
    with pytest.raises(WrongPassphrase):
        load(tmp_path / "p").reset_passphrase(wrong, "second passphrase")
    after = load(tmp_path / "p")
    assert after.unlock("first passphrase") == created.dek
    assert json.loads(before)["wraps"] == json.loads((tmp_path / "p" / "vault.json").read_text())["wraps"]
