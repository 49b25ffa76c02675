"""The sync server as a child process (`leaddesk-server serve` through server_runner.py) on a fixed free
port and database: for tests that kill and restart it, and for tests that must not share the laptop's
process with the server (as in the field, where they are different machines)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

RUNNER = Path(__file__).with_name("server_runner.py")
REPO = Path(__file__).resolve().parents[2]
START_SECONDS = 60.0  # the server starts in ~1.5 s; this only stops a broken start from hanging


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class ServerProcess:
    """`leaddesk-server serve` as a child process on a fixed port and database, killed and restarted.
    Each successor is started ahead and held at a gate (server_runner.py) until the port is free."""

    def __init__(self, database_url: str, folder: Path) -> None:
        self.database_url = database_url
        self.port = free_port()
        self.folder = folder
        self.child: subprocess.Popen[bytes] | None = None
        self.starts = 0
        self._next: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def prepare(self) -> None:
        """Start the next server's process now; it serves once start() is called."""
        if self._next is not None:
            return
        args = ["serve", "--database-url", self.database_url, "--host", "127.0.0.1", "--port", str(self.port)]
        with (self.folder / f"server-{self.starts + 1}.log").open("wb") as log:
            self._next = subprocess.Popen(
                [sys.executable, str(RUNNER), *args],
                stdin=subprocess.PIPE,
                stdout=log,
                stderr=subprocess.STDOUT,
                env={
                    **os.environ,
                    "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]),
                },
            )

    def start(self) -> None:
        self.prepare()
        assert self._next is not None
        assert self._next.stdin is not None
        self.child, self._next = self._next, None
        self.starts += 1
        self.child.stdin.write(b"go\n")
        self.child.stdin.close()
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline:
            if self.child.poll() is not None:
                pytest.fail(f"the server stopped while starting: {self.log()}")
            try:
                if httpx.get(f"{self.url}/v1/health", timeout=1.0).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.02)
        pytest.fail(f"the server did not start within {START_SECONDS} s: {self.log()}")

    def kill(self) -> None:
        if self.child is not None and self.child.poll() is None:
            self.child.send_signal(signal.SIGKILL)
            self.child.wait(timeout=30)

    def close(self) -> None:
        self.kill()
        if self._next is not None:
            self._next.kill()
            self._next.wait(timeout=30)
            if self._next.stdin is not None:
                self._next.stdin.close()

    def log(self) -> str:
        return (self.folder / f"server-{self.starts}.log").read_text(errors="replace")[-3000:]
