"""The server's two backends for the tests that need one: a fresh SQLite file or a fresh PostgreSQL
schema per test module (`database_url`), the real server on a loopback port over it (`server`),
`clear()` to empty it between tests, `backup()` and `restore()` of every table, an administrator's verbs
(`Admin`), and a test CA's certificate files for HTTPS (`tls_files`).
Imported by the server and end-to-end conftests and tests.

Without LEADDESK_TEST_POSTGRES_URL the PostgreSQL variant is skipped locally and fails in CI (CI=true),
where `.ci/run` always provides it.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import trustme
from sqlalchemy import delete, insert, select, text, update
from sqlalchemy.engine import Engine, make_url

from leaddesk.server import enrolment, users
from leaddesk.server.app import create_app
from leaddesk.server.db import SEQ_COUNTER, counter, make_engine, metadata, normalise_url
from leaddesk.server.running import ServerThread
from leaddesk.server.settings import ServerSettings
from leaddesk.sync.protocol import Role

POSTGRES_ENV = "LEADDESK_TEST_POSTGRES_URL"


def postgres_url() -> str:
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        if os.environ.get("CI"):
            pytest.fail(f"CI runs every server test on PostgreSQL too, but {POSTGRES_ENV} is not set")
        pytest.skip(f"PostgreSQL variant: set {POSTGRES_ENV} (as .ci/run does) to run it")
    return normalise_url(url)


@contextmanager
def postgres_schema_url() -> Iterator[str]:
    """A URL of the test PostgreSQL whose connections work in a fresh schema of their own, dropped after."""
    base = postgres_url()
    schema = f"test_{uuid.uuid4().hex[:12]}"
    admin = make_engine(base)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def database_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A database of its own for this module: a fresh SQLite file, or a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path_factory.mktemp('server') / 'server.db'}"
        return
    with postgres_schema_url() as url:
        yield url


@pytest.fixture(scope="module")
def server(database_url: str) -> Iterator[ServerThread]:
    with ServerThread(create_app(ServerSettings(database_url=database_url))) as running:
        yield running


def clear(engine: Engine) -> None:
    """Every table emptied and the sequence back at zero: a new server, without a new migration."""
    with engine.begin() as conn:
        for table in reversed(metadata.sorted_tables):
            if table is not counter:
                conn.execute(delete(table))
        conn.execute(update(counter).where(counter.c.name == SEQ_COUNTER).values(value=0))


Backup = dict[str, list[dict[str, Any]]]


def backup(engine: Engine) -> Backup:
    """Every row of every table, as a nightly dump holds it."""
    with engine.connect() as conn:
        return {t.name: [dict(r._mapping) for r in conn.execute(select(t))] for t in metadata.sorted_tables}


def restore(engine: Engine, rows: Backup) -> None:
    """The database as `backup` took it (the sequence counter too), as a restore of that dump leaves it."""
    with engine.begin() as conn:
        for table in reversed(metadata.sorted_tables):
            conn.execute(delete(table))
        for table in metadata.sorted_tables:
            if rows[table.name]:
                conn.execute(insert(table), rows[table.name])


class Admin:
    """What the program's administrator does, straight through the server's data functions."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def team(self, *names: str) -> None:
        with self.engine.begin() as conn:
            for name in names:
                users.add_team(conn, name=name, actor="test")

    def user(self, username: str, *teams: str, role: Role = Role.CASE_MANAGER) -> str:
        with self.engine.begin() as conn:
            users.add_user(
                conn, username=username, role=role, teams=teams, display_name=username.title(), actor="test"
            )
        return username

    def code(self, username: str, *, device_name: str = "Laptop", hours: float = 72) -> str:
        """A one-time enrolment code, as `leaddesk-server enroll` prints it."""
        with self.engine.begin() as conn:
            return enrolment.issue_code(
                conn,
                username=username,
                device_name=device_name,
                lifetime=timedelta(hours=hours),
                actor="test",
            ).code


@dataclass(frozen=True)
class TlsFiles:
    cert: Path  # the server's certificate chain, for 127.0.0.1 and localhost
    key: Path
    ca: Path  # the organisation's CA bundle that signed it (no system store knows it)


def tls_files(folder: Path) -> TlsFiles:
    ca = trustme.CA()
    issued = ca.issue_cert("127.0.0.1", "localhost")
    made = TlsFiles(cert=folder / "server.pem", key=folder / "server.key", ca=folder / "org-ca.pem")
    issued.cert_chain_pems[0].write_to_path(str(made.cert))
    issued.private_key_pem.write_to_path(str(made.key))
    ca.cert_pem.write_to_path(str(made.ca))
    return made
