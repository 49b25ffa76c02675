"""`leaddesk-server` as an administrator runs it, in a child process: the SQLite database it creates is
private whatever the umask, and a database it cannot open or a port it cannot listen on is one line on
stderr saying what to check, with a non-zero exit and no traceback."""

from __future__ import annotations

import os
import selectors
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from tests.e2e.server_process import free_port

CLI = shutil.which("leaddesk-server", path=str(Path(sys.executable).parent))
START_SECONDS = 60.0  # a start takes about two seconds; this only stops a broken one from hanging


def _run(*argv: str) -> subprocess.CompletedProcess[str]:
    assert CLI is not None, "leaddesk-server is not installed beside this Python"
    return subprocess.run([CLI, *argv], capture_output=True, text=True, timeout=START_SECONDS, check=False)


def _one_line_refusal(done: subprocess.CompletedProcess[str]) -> str:
    """The single line a failed start printed, checked to be just that."""
    assert done.returncode != 0, done
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert lines[0].startswith("leaddesk-server: ")
    return lines[0]


def _first_line(child: subprocess.Popen[str], *, deadline: float) -> str:
    assert child.stdout is not None
    with selectors.DefaultSelector() as waiting:
        waiting.register(child.stdout, selectors.EVENT_READ)
        if not waiting.select(timeout=max(0.0, deadline - time.monotonic())):
            raise AssertionError("the server printed nothing in time")
    return child.stdout.readline()


def _wait_healthy(url: str, *, deadline: float) -> None:
    while True:
        try:
            if httpx.get(f"{url}/v1/health", timeout=5).status_code == 200:
                return
        except httpx.TransportError:
            pass  # bound, not yet accepting
        assert time.monotonic() < deadline, "the server did not answer in time"
        time.sleep(0.02)


def _mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def test_the_sqlite_database_its_journal_and_its_folder_are_private_whatever_the_umask(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "leaddesk-data"
    database = folder / "server.db"
    assert CLI is not None
    args = [CLI, "serve", "--database-url", f"sqlite:///{database}", "--port", "0"]
    child = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, umask=0)
    try:
        deadline = time.monotonic() + START_SECONDS
        line = _first_line(child, deadline=deadline)
        assert line.startswith("LEAD Desk sync server on http://"), child.stderr and child.stderr.read()
        url = line.split()[-1]
        # A health check opens a connection, which in WAL mode brings the -wal and -shm files.
        _wait_healthy(url, deadline=deadline)
        companions = [database.with_name(database.name + suffix) for suffix in ("-wal", "-shm")]
        assert all(c.exists() for c in companions), sorted(p.name for p in folder.iterdir())

        assert _mode(folder) == 0o700
        assert {p.name: _mode(p) for p in (database, *companions)} == {
            p.name: 0o600 for p in (database, *companions)
        }
    finally:
        child.terminate()
        child.communicate(timeout=30)


def test_a_database_file_left_open_by_an_older_version_is_made_private(tmp_path: Path) -> None:
    database = tmp_path / "server.db"
    database.touch(mode=0o644)
    os.chmod(database, 0o644)

    done = _run("init", "--database-url", f"sqlite:///{database}")

    assert done.returncode == 0, done.stderr
    assert _mode(database) == 0o600


def test_an_unreachable_postgresql_is_one_line_saying_what_to_check() -> None:
    url = f"postgresql://leaddesk:not-shown@127.0.0.1:{free_port()}/leaddesk"

    line = _one_line_refusal(_run("serve", "--database-url", url, "--port", "0"))

    assert "cannot open the database" in line
    assert "Connection refused" in line
    assert "check that the database server is running" in line
    assert "not-shown" not in line  # never the password


def test_a_sqlite_path_that_cannot_be_written_is_one_line_saying_what_to_check(tmp_path: Path) -> None:
    # Root (as CI runs) may write anywhere it has a folder, so the folder here is a file.
    occupied = tmp_path / "data"
    occupied.write_text("not a folder")

    line = _one_line_refusal(_run("serve", "--database-url", f"sqlite:///{occupied}/server.db"))

    assert f"cannot open the database sqlite:///{occupied}/server.db" in line
    assert "check that its folder exists or can be made" in line


def test_a_port_in_use_is_one_line_saying_what_to_check(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]

        done = _run("serve", "--database-url", f"sqlite:///{tmp_path / 'server.db'}", "--port", str(port))

    line = _one_line_refusal(done)
    assert f"cannot listen on 127.0.0.1 port {port}" in line
    assert "check that no other program uses that port" in line
    assert "LEAD Desk sync server on" not in done.stdout  # it never claimed to be serving
