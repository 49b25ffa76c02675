"""The installable bundle, built with the documented command and run as IT would run it: unpacked from
its .tar.gz in a folder outside the checkout, with a clean environment (no virtualenv, no PYTHONPATH).
`leaddesk --version`; the demo renders its caseload offscreen to a real picture; the demo profile is
created and synced with the office server inside the bundle, then unlocked again and synced again; the
bundle's `leaddesk-server` serves a laptop's push and pull and stops on SIGTERM.

Marked `bundle` and left out of the default run (pyproject's addopts): the build takes minutes. Run it
with `pytest -m bundle tests/packaging` after `pip install -e ".[package]"`."""

from __future__ import annotations

import marshal
import signal
import sqlite3
import subprocess
import sys
import tarfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from PySide6.QtGui import QImage
from sqlalchemy import text
from sqlalchemy.engine import make_url

from leaddesk import __version__
from leaddesk.domain import Participant, Task
from leaddesk.packaging.contents import bundle_name
from leaddesk.server.db import SEQ_COUNTER, make_engine
from leaddesk.sync.page_worker import HELPER_ARGUMENT, prepare_page, read_frame, write_frame
from leaddesk.sync.protocol import PullResponse
from tests.backends import postgres_url
from tests.server.conftest import Device
from tests.sync.conftest import remote_stamp, state_of

pytestmark = pytest.mark.bundle
REPO = Path(__file__).resolve().parents[2]
WAIT = 120.0


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundle's folder, unpacked from the .tar.gz the build made, outside the checkout."""
    pytest.importorskip(
        "PyInstaller", reason='the bundle is built with PyInstaller: pip install -e ".[package]"'
    )
    dist = tmp_path_factory.mktemp("dist")
    started = time.monotonic()
    subprocess.run(
        [sys.executable, "-m", "leaddesk.packaging", "build", "--out", str(dist)],
        cwd=REPO,
        check=True,
        timeout=1800,
    )
    print(f"\nbuilt in {time.monotonic() - started:.0f} s")
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    with tarfile.open(dist / f"{bundle_name()}.tar.gz") as archive:
        archive.extractall(elsewhere, filter="tar")
    return elsewhere / bundle_name()


def clean_env(home: Path) -> dict[str, str]:
    """What a desktop session gives a program: no virtualenv, no PYTHONPATH, no Qt settings."""
    return {"HOME": str(home), "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}


def run(bundle: Path, command: str, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(bundle / command), *args],
        env=clean_env(home),
        cwd=home,
        capture_output=True,
        text=True,
        timeout=WAIT,
        check=False,
    )


def test_the_bundle_carries_what_the_app_needs_and_not_more(bundle: Path) -> None:
    internal = bundle / "_internal"
    plugins = internal / "PySide6" / "Qt" / "plugins"
    assert {p.name for p in (plugins / "platforms").iterdir()} >= {"libqxcb.so", "libqoffscreen.so"}
    assert (plugins / "imageformats" / "libqsvg.so").is_file()
    assert not (plugins / "platforms" / "libqwayland.so").exists()
    assert not list(internal.rglob("libQt6WebEngine*"))
    assert not list(internal.rglob("libQt6Quick*"))
    assert list((internal / "sqlcipher3").glob("_sqlite3*.so"))  # SQLCipher's native module
    translations = internal / "leaddesk" / "resources" / "translations"
    assert (translations / "leaddesk_es.qm").is_file()
    assert (internal / "leaddesk" / "resources" / "fonts" / "DejaVuSans.ttf").is_file()
    assert (bundle / "leaddesk-server").resolve() == (bundle / "leaddesk").resolve()
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"\nbundle folder: {size / 2**20:.0f} MiB")
    assert size < 400 * 2**20


def test_version(bundle: Path, tmp_path: Path) -> None:
    assert run(bundle, "leaddesk", "--version", home=tmp_path).stdout.strip() == f"LEAD Desk {__version__}"
    assert (
        run(bundle, "leaddesk-server", "--version", home=tmp_path).stdout.strip()
        == f"leaddesk-server {__version__}"
    )


def test_the_bundles_executable_is_a_first_syncs_helper_with_its_argument(
    bundle: Path, tmp_path: Path
) -> None:
    """A frozen app has no Python for `-m leaddesk.sync.page_worker`: sync/pages.py starts the bundle's
    own executable with the helper's argument, which must answer a page as the worker's module does."""
    stamp = remote_stamp()
    person = Participant(first_name="Remy", last_name="Stone", team_id="north")
    task = Task(participant_id=person.id, title="Call back")
    states = [state_of(person, seq=1, stamp=stamp), state_of(task, seq=2, stamp=stamp)]
    body = PullResponse(records=states, removals=[], cursor=2, has_more=False).model_dump_json().encode()
    helper = subprocess.Popen(
        [str(bundle / "leaddesk"), HELPER_ARGUMENT],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=clean_env(tmp_path),
    )
    assert helper.stdin is not None
    assert helper.stdout is not None
    write_frame(helper.stdin, body)
    answer = read_frame(helper.stdout)
    helper.stdin.close()
    assert helper.wait(timeout=WAIT) == 0
    assert answer is not None, helper.stderr.read() if helper.stderr else ""
    assert marshal.loads(answer) == marshal.loads(marshal.dumps(prepare_page(body)))


def picture(path: Path) -> QImage:
    image = QImage(str(path))
    assert not image.isNull(), f"{path} is not a picture"
    assert (image.width(), image.height()) == (1366, 768)
    colours = {image.pixel(x, y) for x in range(0, 1366, 20) for y in range(0, 768, 20)}
    assert len(colours) > 10  # text, icons and panels, not a blank window
    return image


def device_seen(server_db: Path) -> tuple[int, str]:
    with sqlite3.connect(server_db) as db:
        seq = db.execute("SELECT value FROM counter WHERE name = ?", (SEQ_COUNTER,)).fetchone()[0]
        seen = db.execute("SELECT last_seen FROM device").fetchone()[0]
    return int(seq), str(seen)


def test_the_demo_creates_a_profile_syncs_unlocks_and_syncs_again(bundle: Path, tmp_path: Path) -> None:
    demo = tmp_path / "demo"
    first = run(bundle, "leaddesk", "demo", "--home", str(demo), "--screenshot", str(tmp_path / "sync.png"),
                "--screen", "sync", home=tmp_path)  # fmt: skip
    assert first.returncode == 0, first.stderr
    picture(tmp_path / "sync.png")
    seq, seen = device_seen(demo / "demo-office.db")
    assert seq > 1000  # the seeded caseload went up to the office server
    # Again on the same folder: the profile is unlocked with its passphrase, and syncs again.
    shot = str(tmp_path / "caseload.png")
    again = ("demo", "--home", str(demo), "--screenshot", shot, "--screen", "caseload")
    second = run(bundle, "leaddesk", *again, home=tmp_path)
    assert second.returncode == 0, second.stderr
    picture(tmp_path / "caseload.png")
    assert device_seen(demo / "demo-office.db")[1] > seen


@pytest.fixture
def bundled_server(bundle: Path, tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], str, Path]]:
    database = f"sqlite:///{tmp_path / 'office.db'}"
    env = {**clean_env(tmp_path), "LEADDESK_SERVER_DATABASE_URL": database}
    server = subprocess.Popen(
        [str(bundle / "leaddesk-server"), "serve", "--port", "0"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        assert server.stdout is not None
        line = server.stdout.readline()
        url = next((w for w in line.split() if w.startswith("http://")), None)
        assert url, line
        yield server, url, tmp_path
    finally:
        if server.poll() is None:
            server.kill()
            server.wait(timeout=30)


def test_the_bundled_server_serves_a_laptop_and_stops_on_sigterm(bundle: Path, bundled_server) -> None:
    server, url, home = bundled_server
    env = {**clean_env(home), "LEADDESK_SERVER_DATABASE_URL": f"sqlite:///{home / 'office.db'}"}

    def admin(*args: str) -> str:
        done = subprocess.run(
            [str(bundle / "leaddesk-server"), *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=WAIT,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    admin("team", "add", "north")
    admin("user", "add", "casey", "--team", "north", "--role", "case_manager")
    admin("user", "add", "robin", "--team", "north", "--role", "case_manager")
    laptops = []
    for who in ("casey", "robin"):
        code = admin("enroll", who, "--device-name", f"{who}'s laptop").split("\n\n")[1].strip()
        answer = httpx.post(f"{url}/v1/enroll", json={"code": code, "device_name": "Laptop"}, timeout=30)
        assert answer.status_code == 200, answer.text
        laptops.append(Device(url, answer.json()))
    person = Participant(first_name="Jordan", last_name="Quill", team_id="north")
    assert laptops[0].statuses(laptops[0].create(person)) == ["applied"]
    assert [r["record_id"] for r in laptops[1].sync_down()] == [person.id]
    for laptop in laptops:
        laptop.http.close()
    server.send_signal(signal.SIGTERM)
    # One worker: uvicorn stops gracefully, then ends by the signal it caught, as systemd expects.
    assert server.wait(timeout=30) in (0, -signal.SIGTERM)


def test_the_bundled_server_runs_two_workers_on_postgresql(bundle: Path, tmp_path: Path) -> None:
    """The workers are this executable started again (multiprocessing's spawn), which a frozen app
    handles only through freeze_support() in packaging/entry.py."""
    schema = f"bundle_{uuid.uuid4().hex[:12]}"
    admin = make_engine(postgres_url())
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(postgres_url()).update_query_dict({"options": f"-csearch_path={schema}"})
    env = {**clean_env(tmp_path), "LEADDESK_SERVER_DATABASE_URL": url.render_as_string(hide_password=False)}
    server = subprocess.Popen(
        [str(bundle / "leaddesk-server"), "serve", "--port", "0", "--workers", "2"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    try:
        assert server.stdout is not None
        line = server.stdout.readline()
        served = next(w.rstrip(",") for w in line.split() if w.startswith("http://"))
        deadline = time.monotonic() + WAIT
        while not healthy(served):
            assert server.poll() is None, server.stdout.read()
            assert time.monotonic() < deadline
            time.sleep(0.2)
        children = [p for p in Path("/proc").iterdir() if p.name.isdigit() and parent_of(p) == server.pid]
        assert len([c for c in children if b"multiprocessing-fork" in (c / "cmdline").read_bytes()]) == 2
        server.send_signal(signal.SIGTERM)
        assert server.wait(timeout=30) == 0
    finally:
        if server.poll() is None:
            server.kill()
            server.wait(timeout=30)
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def healthy(url: str) -> bool:
    try:
        return httpx.get(f"{url}/v1/health", timeout=2).status_code == 200
    except httpx.TransportError:
        return False


def parent_of(proc: Path) -> int:
    try:
        return int((proc / "stat").read_text().rsplit(")", 1)[1].split()[1])
    except OSError:
        return -1
