"""The demo's office: `leaddesk demo` starts a sync server on this computer, the seeded demo laptop sends
its caseload up, a second case manager's laptop brings it down, a staged concurrent edit becomes the same
conflict on both, and a demo folder opened again reconnects on the new port without a new code. Started
from a terminal, the demo says each step as it happens and ends cleanly on Ctrl+C or SIGTERM."""

from __future__ import annotations

import os
import queue
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import IO

import httpx
import pytest

from leaddesk.app import main, open_demo
from leaddesk.demo.office import CASEY, ROBIN, DemoOffice, stage_conflict, sync
from leaddesk.desk import Desk
from leaddesk.storage.conflicts import open_conflicts
from leaddesk.storage.profile import create_profile
from leaddesk.storage.replica import Replica
from tests.kdf import FAST_FOR_TESTS
from tests.storage.profile_holder import spawn


def test_the_demo_loop_from_one_laptop_to_the_other_and_a_conflict_on_both(tmp_path: Path) -> None:
    office = DemoOffice(tmp_path)
    try:
        casey = open_demo(tmp_path, who=CASEY, participants=8)
        queued = casey.repos.outbox.count()
        assert queued > 8 * 20  # the seeded caseload waits to go up, every record of it
        office.connect(casey, CASEY)
        first = sync(casey)
        assert first.pushed == queued
        assert not first.rejected
        robin = open_demo(tmp_path, who=ROBIN, participants=0)
        office.connect(robin, ROBIN)
        assert robin.repos.participants.caseload_count() == 0
        sync(robin)
        assert robin.repos.participants.caseload_count() == 8
        assert robin.repos.notes.count() == casey.repos.notes.count()

        contested = stage_conflict(office, casey, robin)
        [on_casey], [on_robin] = open_conflicts(casey), open_conflicts(robin)
        assert on_casey == on_robin
        assert on_casey.record_id == contested.id
        assert {on_casey.kept_by, on_casey.other_by} == {
            f"{CASEY.display_name} ({CASEY.device_name})",
            f"{ROBIN.display_name} ({ROBIN.device_name})",
        }
        for store in (casey, robin):
            store.close()
    finally:
        office.stop()

    again = DemoOffice(tmp_path)  # the same demo folder, another day: a new port, the same server data
    try:
        casey = open_demo(tmp_path, who=CASEY, participants=8)
        old_url = Replica(casey).enrolment.server_url  # type: ignore[union-attr]
        again.connect(casey, CASEY)
        assert Replica(casey).enrolment.server_url == again.url != old_url  # type: ignore[union-attr]
        report = sync(casey)
        assert report.pending == 0
        assert casey.repos.participants.caseload_count() == 8
        casey.close()
    finally:
        again.stop()


def test_demo_two_renders_with_both_case_managers_synced(tmp_path: Path, qapp) -> None:
    del qapp
    png = tmp_path / "caseload.png"
    home = tmp_path / "demo"
    assert main(["demo", "--two", "--home", str(home), "--participants", "6", "--screenshot", str(png)]) == 0
    assert png.stat().st_size > 10_000
    robin = open_demo(home, who=ROBIN, participants=0)
    try:
        # Robin's laptop brought Casey's caseload down, and the two officers' referrals waiting.
        assert robin.repos.participants.caseload_count() == 6 + 2
        assert len(Desk(robin).handoffs.waiting()) == 2
    finally:
        robin.close()


def test_a_temporary_demo_folder_goes_when_the_demo_ends(
    tmp_path: Path, qapp, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    del qapp
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    png = tmp_path / "shot.png"
    assert main(["demo", "--participants", "3", "--screenshot", str(png)]) == 0
    assert png.stat().st_size > 10_000
    assert not list(tmp_path.glob("leaddesk-demo-*"))  # profile, passphrase file and server data alike
    assert capsys.readouterr().out == ""  # a screenshot run's output is its picture: no step is told


def test_a_demo_folder_open_in_another_window_is_refused_before_anything_starts(
    tmp_path: Path, qapp, capsys: pytest.CaptureFixture[str]
) -> None:
    del qapp
    passphrase = "a demo passphrase here"
    create_profile(CASEY.profile, passphrase, home=tmp_path, kdf=FAST_FOR_TESTS).store.close()
    other_demo = spawn("hold", tmp_path, CASEY.profile, passphrase)  # still running on this folder
    try:
        assert other_demo.stdout is not None
        assert other_demo.stdout.readline() == "open\n"
        before = sorted(p.name for p in tmp_path.iterdir())
        assert main(["demo", "--home", str(tmp_path), "--screenshot", str(tmp_path / "shot.png")]) == 1
        told = capsys.readouterr()
        assert f"{CASEY.display_name}'s profile in {tmp_path} is open in another LEAD Desk window" in told.err
        assert sorted(p.name for p in tmp_path.iterdir()) == before  # no server data, no picture
    finally:
        other_demo.communicate("lock\n", timeout=60)


def demo_folders(tmp: Path) -> list[Path]:
    return list(tmp.glob("leaddesk-demo-*"))


def read_lines(stream: IO[str], into: queue.Queue[str]) -> threading.Thread:
    reader = threading.Thread(target=lambda: [into.put(line) for line in stream], daemon=True)
    reader.start()
    return reader


def start_demo(
    tmp: Path,
) -> tuple[subprocess.Popen[str], queue.Queue[str], queue.Queue[str], list[threading.Thread]]:
    """`leaddesk demo` as a person starts it from a terminal (offscreen here), its output read as it comes."""
    env = {**os.environ, "TMPDIR": str(tmp), "QT_QPA_PLATFORM": "offscreen"}
    demo = subprocess.Popen(
        [sys.executable, "-m", "leaddesk.app", "demo", "--participants", "3"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    out: queue.Queue[str] = queue.Queue()
    err: queue.Queue[str] = queue.Queue()
    assert demo.stdout is not None
    assert demo.stderr is not None
    return demo, out, err, [read_lines(demo.stdout, out), read_lines(demo.stderr, err)]


def end_demo(
    demo: subprocess.Popen[str], sig: signal.Signals, err: queue.Queue[str], readers: list[threading.Thread]
) -> str:
    """Send `sig`, wait for the demo to end, and give back what it wrote to stderr."""
    try:
        demo.send_signal(sig)
        demo.wait(timeout=60)
    finally:
        demo.kill()
        demo.wait()
    for reader in readers:
        reader.join(timeout=10)
    return "".join(err.queue)


def test_a_signal_while_setting_up_ends_the_demo_cleanly_and_removes_its_folder(tmp_path: Path) -> None:
    demo, _out, err, readers = start_demo(tmp_path)
    try:
        deadline = time.monotonic() + 60
        # The passphrase file appears as the first profile is made, before it is seeded and synced.
        while not any((d / f"{CASEY.username}-demo-passphrase.txt").exists() for d in demo_folders(tmp_path)):
            assert demo.poll() is None, "the demo ended by itself"
            assert time.monotonic() < deadline, "the demo never set up its folder"
            time.sleep(0.05)
    finally:
        errors = end_demo(demo, signal.SIGTERM, err, readers)
    assert "Traceback" not in errors, errors
    assert demo.returncode in (0, 128 + signal.SIGTERM), errors
    assert not demo_folders(tmp_path)


STEP = re.compile(r"LEAD Desk demo: (?P<what>.*)\n")


def test_the_demo_says_each_step_as_it_happens_and_ends_cleanly_on_ctrl_c(tmp_path: Path) -> None:
    """Each line arrives while the demo still runs (flushed, not held until it ends) and is true when read:
    the server answers at the address given, the profile folder is there, the passphrase is the profile's."""
    demo, out, err, readers = start_demo(tmp_path)
    told: list[str] = []

    def step() -> str:
        line = out.get(timeout=60)
        told.append(line)
        found = STEP.fullmatch(line)
        assert found, f"not a step of the demo: {line!r}"
        assert demo.poll() is None, "the demo ended"
        return found["what"]

    try:
        assert step() == "starting the office server on this computer…"
        office = re.fullmatch(
            r"office server running at (http://127\.0\.0\.1:\d+) \(its data: (.+)\)", step()
        )
        assert office, told
        assert httpx.get(office[1] + "/v1/health", timeout=10).status_code == 200
        home = Path(office[2]).parent
        assert home.parent == tmp_path
        profile = re.fullmatch(r"Casey Morgan's profile folder: (.+)", step())
        assert profile, told
        assert (Path(profile[1]) / "vault.json").is_file()
        assert Path(profile[1]).parent.parent == home
        passphrase = (home / f"{CASEY.username}-demo-passphrase.txt").read_text()
        assert step() == f"Casey Morgan's demo passphrase (to unlock after a lock): {passphrase}"
        assert step() == "building the invented caseload: 3 participants…"
        assert step() == "syncing Casey Morgan's laptop with the office server…"
        assert step() == (
            "the window is open. Close it or press Ctrl+C to end the demo. "
            f"The demo folder {home} is removed then (--home DIR keeps one)."
        )
    finally:
        errors = end_demo(demo, signal.SIGINT, err, readers)
    assert "Traceback" not in errors, errors
    assert demo.returncode in (0, 128 + signal.SIGINT), errors
    assert list(out.queue) == []  # nothing more after the window opened
    assert not demo_folders(tmp_path)
