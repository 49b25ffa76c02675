"""The systemd unit's own command line (ExecStart of packaging/systemd/leaddesk-server.service, its
settings from an EnvironmentFile as systemd reads one) serves with two worker processes on PostgreSQL
over TLS: each worker answers, a laptop's push reaches another laptop's pull through them, pushes from
several laptops at once keep the cursor whole across processes, and SIGTERM stops every process.
systemd itself does not run here; `systemd-analyze verify` checks the unit where it is installed."""

from __future__ import annotations

import configparser
import os
import shlex
import shutil
import signal
import ssl
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from leaddesk.domain import Participant, Task
from leaddesk.server.db import make_engine
from leaddesk.server.running import GRACEFUL_STOP_SECONDS
from tests.backends import Admin, postgres_schema_url, tls_files
from tests.server.conftest import Device

REPO = Path(__file__).resolve().parents[2]
UNIT = REPO / "packaging" / "systemd" / "leaddesk-server.service"
ENV_EXAMPLE = UNIT.with_name("server.env.example")
INSTALLED = Path(sys.executable).with_name("leaddesk-server")  # what the unit's /opt/leaddesk/… is here
WAIT = 60.0  # two workers start in a few seconds; this only keeps a broken start from hanging

pytestmark = pytest.mark.slow  # a server process and two workers: some seconds


def unit_section(name: str) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign] -- systemd keys keep their case
    parser.read(UNIT)
    return parser[name]


def environment_file(path: Path) -> dict[str, str]:
    """KEY=VALUE lines, # comments, as systemd's EnvironmentFile= reads them (no quoting used here)."""
    pairs = (
        line.split("=", 1) for line in path.read_text().splitlines() if line and not line.startswith("#")
    )
    return {key.strip(): value.strip() for key, value in pairs}


@pytest.fixture(scope="module")
def postgres_schema() -> Iterator[str]:
    with postgres_schema_url() as url:
        yield url


class Service:
    """The unit's ExecStart run as systemd would run it: its environment from the EnvironmentFile."""

    def __init__(self, env_file: Path, log: Path) -> None:
        command = shlex.split(unit_section("Service")["ExecStart"])
        assert Path(command[0]).name == "leaddesk-server"
        settings = environment_file(env_file)
        env = {"PATH": os.environ["PATH"], **settings}
        self.log = log
        with log.open("wb") as out:
            self.process = subprocess.Popen([str(INSTALLED), *command[1:]], env=env, stdout=out, stderr=out)
        self.url = self._announced()

    def _announced(self) -> str:
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline:
            for word in self.log.read_text().split():
                if word.startswith("https://"):
                    return word.rstrip(",")
            assert self.process.poll() is None, self.log.read_text()
            time.sleep(0.05)
        pytest.fail(f"the server did not say where it listens: {self.log.read_text()}")

    def workers(self) -> list[int]:
        """The supervisor's worker processes (multiprocessing's resource tracker is a child too)."""
        found = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                stat = (entry / "stat").read_text()
                cmdline = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            parent = int(stat.rsplit(")", 1)[1].split()[1])
            if parent == self.process.pid and b"spawn_main" in cmdline:
                found.append(int(entry.name))
        return sorted(found)


def answers(url: str, ca: ssl.SSLContext, *, timeout: float = 10.0) -> bool:
    """A fresh connection (so any worker may take it) gets a healthy answer."""
    try:
        with httpx.Client(verify=ca, timeout=timeout) as client:
            return client.get(f"{url}/v1/health").status_code == 200
    except httpx.TransportError:
        return False


@pytest.fixture(scope="module")
def service(
    tmp_path_factory: pytest.TempPathFactory, postgres_schema: str
) -> Iterator[tuple[Service, ssl.SSLContext]]:
    folder = tmp_path_factory.mktemp("service")
    tls = tls_files(folder)
    example = environment_file(ENV_EXAMPLE)
    settings = {
        "LEADDESK_SERVER_DATABASE_URL": postgres_schema,
        "LEADDESK_SERVER_HOST": "127.0.0.1",
        "LEADDESK_SERVER_PORT": "0",  # any free port; the server says which
        "LEADDESK_SERVER_TLS_CERT": str(tls.cert),
        "LEADDESK_SERVER_TLS_KEY": str(tls.key),
    }
    assert settings.keys() == example.keys()  # the test sets what the example tells IT to set
    env_file = folder / "server.env"
    env_file.write_text(
        "# as /etc/leaddesk/server.env\n" + "".join(f"{k}={v}\n" for k, v in settings.items())
    )
    running = Service(env_file, folder / "server.log")
    try:
        ca = ssl.create_default_context(cafile=str(tls.ca))
        deadline = time.monotonic() + WAIT
        while not answers(running.url, ca, timeout=2.0):
            assert running.process.poll() is None, running.log.read_text()
            assert time.monotonic() < deadline, running.log.read_text()
            time.sleep(0.1)
        yield running, ca
    finally:
        if running.process.poll() is None:
            running.process.kill()
            running.process.wait(timeout=30)


def test_each_of_the_two_workers_serves(service: tuple[Service, ssl.SSLContext]) -> None:
    running, ca = service
    workers = running.workers()
    assert len(workers) == 2, running.log.read_text()
    for serving in workers:
        # With the other worker stopped, only this one can take a new connection.
        others = [w for w in workers if w != serving]
        for other in others:
            os.kill(other, signal.SIGSTOP)
        try:
            assert answers(running.url, ca), f"worker {serving} did not answer"
        finally:
            for other in others:
                os.kill(other, signal.SIGCONT)


def laptop(admin: Admin, url: str, ca: ssl.SSLContext, username: str) -> Device:
    code = admin.code(username, device_name=f"{username}'s laptop")
    answer = httpx.post(
        f"{url}/v1/enroll", json={"code": code, "device_name": "Laptop"}, verify=ca, timeout=30
    )
    assert answer.status_code == 200, answer.text
    device = Device(url, answer.json())
    device.http.close()
    device.http = httpx.Client(
        base_url=url, headers={"Authorization": f"Bearer {device.token}"}, verify=ca, timeout=60
    )
    return device


def test_laptops_push_and_pull_through_the_workers_and_the_cursor_skips_nothing(
    service: tuple[Service, ssl.SSLContext], postgres_schema: str
) -> None:
    running, ca = service
    engine = make_engine(postgres_schema)
    admin = Admin(engine)
    admin.team("north")
    names = [admin.user(f"worker{i}", "north") for i in range(4)]
    pushers = [laptop(admin, running.url, ca, name) for name in names[:3]]
    reader = laptop(admin, running.url, ca, names[3])
    person = Participant(first_name="Jordan", last_name="Quill", team_id="north")
    pushers[0].push(pushers[0].create(person))
    pushed = [person.id]
    failures: list[BaseException] = []

    def push_batches(device: Device) -> None:
        try:
            for batch in range(4):
                tasks = [
                    Task(participant_id=person.id, title=f"{device.id[-4:]} {batch}.{i}") for i in range(10)
                ]
                results = device.push(*(device.create(t) for t in tasks))["results"]
                assert {r["status"] for r in results} == {"applied"}
                pushed.extend(t.id for t in tasks)
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=push_batches, args=(d,)) for d in pushers]
    seen: list[tuple[int, str]] = []
    for thread in threads:
        thread.start()
    while any(t.is_alive() for t in threads):  # pulling while the pushes land, page by small page
        page = reader.pull_page(cursor=reader.cursor, limit=7)
        seen += [(r["seq"], r["record_id"]) for r in page["records"]]
        reader.cursor = page["cursor"]
    for thread in threads:
        thread.join(60)
    seen += [(r["seq"], r["record_id"]) for r in reader.sync_down()]
    engine.dispose()

    assert failures == []
    seqs = [seq for seq, _ in seen]
    assert seqs == sorted(seqs)
    assert len(set(seqs)) == len(seqs)
    assert sorted(record_id for _, record_id in seen) == sorted(pushed)  # each once, none skipped


def test_sigterm_stops_the_supervisor_and_every_worker(service: tuple[Service, ssl.SSLContext]) -> None:
    running, ca = service
    workers = running.workers()
    assert len(workers) == 2
    # A laptop that synced and keeps its connection open, idle, as httpx does between syncs.
    idle = httpx.Client(verify=ca, timeout=10)
    assert idle.get(f"{running.url}/v1/health").status_code == 200
    asked = time.monotonic()
    running.process.send_signal(signal.SIGTERM)
    assert running.process.wait(timeout=30) == 0, running.log.read_text()
    # Well inside systemd's TimeoutStopSec=30, after which it would kill what is left.
    assert time.monotonic() - asked < GRACEFUL_STOP_SECONDS + 5
    idle.close()
    for pid in workers:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)
    assert not answers(running.url, ca, timeout=2.0)


def test_systemd_accepts_the_unit(tmp_path: Path) -> None:
    verify = shutil.which("systemd-analyze")
    if verify is None:
        if os.environ.get("CI"):
            pytest.fail("systemd-analyze checks the unit file: install systemd (apt-get install systemd)")
        pytest.skip("systemd-analyze is not installed")
    copy = tmp_path / UNIT.name
    copy.write_text(UNIT.read_text().replace("/opt/leaddesk/leaddesk-server", str(INSTALLED)))
    done = subprocess.run([verify, "verify", str(copy)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert not done.stderr.strip()
