"""The Jepsen test's processes: a laptop's app as a child process (jepsen_laptop.py) that the nemesis
kills and starts again, its next run loaded ahead; and the server's restarts, on a thread of their own."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

from tests.e2e.conftest import PASSPHRASE, Laptop, Office
from tests.e2e.server_process import ServerProcess

CHILD = Path(__file__).with_name("jepsen_laptop.py")
REPO = Path(__file__).resolve().parents[2]
STOP_SECONDS = 60.0  # for a laptop to finish its step and stop; only reached if it hangs


class LaptopProcess:
    """One laptop's app as a child process, killed and started again; its control file says its clock's
    skew and when to stop, its journal says what it did."""

    def __init__(self, laptop: Laptop, office: Office, *, team: str, seed: int) -> None:
        self.name = laptop.name
        self.user = laptop.store.user
        self.home = office.home / laptop.name
        self.folder = office.home / f"{laptop.name}-run"
        self.folder.mkdir()
        self.team = team
        self.seed = seed
        self.skew_ms = 0
        self.starts = 0
        self.kills = 0
        self.child: subprocess.Popen[bytes] | None = None
        self.next: subprocess.Popen[bytes] | None = None
        self.control(stop=False)

    @property
    def journal(self) -> Path:
        return self.folder / "journal.jsonl"

    def control(self, *, stop: bool) -> None:
        path = self.folder / "control.json"
        path.with_suffix(".tmp").write_text(json.dumps({"skew_ms": self.skew_ms, "stop": stop}))
        path.with_suffix(".tmp").replace(path)

    def prepare(self) -> None:
        """Start the next run's process now, held before it opens the profile until start()."""
        if self.next is not None:
            return
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
        run = self.starts + 1
        args = [str(self.home), self.name, PASSPHRASE, self.user, self.team, str(self.seed * 1000 + run)]
        with (self.folder / f"run-{run}.log").open("wb") as log:
            self.next = subprocess.Popen(
                [sys.executable, str(CHILD), *args, str(self.folder)],
                stdin=subprocess.PIPE,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=env,
            )

    def start(self) -> None:
        self.prepare()
        assert self.next is not None
        assert self.next.stdin is not None
        self.child, self.next = self.next, None
        self.starts += 1
        self.child.stdin.write(b"go\n")
        self.child.stdin.close()

    @property
    def running(self) -> bool:
        return self.child is not None and self.child.poll() is None

    @property
    def working(self) -> bool:
        """Running and past its start: its profile is open and its journal read (it said "ready")."""
        log = self.folder / f"run-{self.starts}.log"
        return self.running and log.read_bytes().startswith(b"ready")

    def kill(self) -> None:
        if self.running:
            assert self.child is not None
            self.child.send_signal(signal.SIGKILL)
            self.child.wait(timeout=STOP_SECONDS)
            self.kills += 1
            self.prepare()

    def close(self) -> None:
        self.kill()
        if self.next is not None:
            assert self.next.stdin is not None
            self.next.stdin.close()  # it ends without opening anything
            self.next.wait(timeout=STOP_SECONDS)
            self.next = None

    def stop(self) -> None:
        """Ask a running laptop to stop after its step, and wait for it (one killed stays as it is)."""
        self.control(stop=True)
        if self.child is not None:
            self.child.wait(timeout=STOP_SECONDS)

    def failures(self) -> list[str]:
        """Runs that ended other than by our kill or stop, or that said anything on the way out."""
        found = []
        for run in range(1, self.starts + 1):
            text = (self.folder / f"run-{run}.log").read_text(errors="replace")
            if "Traceback" in text or "Error" in text:
                found.append(f"{self.name} run {run}: {text[-3000:]}")
        return found


class ServerRestart:
    """The server started again on a thread of its own (a start takes seconds on a busy machine), so
    the laptops work on, and fail to reach it, meanwhile."""

    def __init__(self, server: ServerProcess) -> None:
        self.server = server
        self._thread: threading.Thread | None = None
        self._error: BaseException | None = None

    @property
    def busy(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def down(self) -> bool:
        child = self.server.child
        return not self.busy and (child is None or child.poll() is not None)

    def begin(self) -> None:
        self.settle()
        self._thread = threading.Thread(target=self._start, daemon=True)
        self._thread.start()

    def _start(self) -> None:
        try:
            self.server.start()
            self.server.prepare()  # the one after it loads while this one serves
        except BaseException as exc:  # pytest.fail's too: raised again in the test's thread
            self._error = exc

    def settle(self) -> None:
        if self._thread is not None:
            self._thread.join(timeout=STOP_SECONDS * 2)
            self._thread = None
        if self._error is not None:
            raise self._error
