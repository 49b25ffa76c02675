"""Many laptops at once against a server whose connection pool is small: each request waits its turn for a
connection without holding one of the server's threads (engines.connection_slots, api/deps.py), so all
are served. Before, 40 requests each held a thread while waiting for a connection, the requests holding
connections waited for a thread, and after the pool's 30 s every request failed.

One worker of four on PostgreSQL keeps 7 connections (the 30 shared out, engines.make_engine) against
anyio's 40 threads: the case that jammed."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import httpx
from sqlalchemy.pool import QueuePool

from leaddesk.server.app import create_app
from leaddesk.server.engines import make_engine
from leaddesk.server.running import ServerThread
from leaddesk.server.settings import ServerSettings
from tests.backends import postgres_schema_url

AT_ONCE = 120


def test_the_server_s_postgresql_connections_are_shared_out_among_its_workers() -> None:
    """Each worker's pool, kept plus extra: together never more than 30, each never fewer than 5."""
    for workers, most in [(1, 30), (2, 15), (4, 7), (64, 5)]:
        engine = make_engine("postgresql://nobody@127.0.0.1:1/none", workers=workers)
        assert isinstance(engine.pool, QueuePool)
        assert engine.pool.size() + engine.pool._max_overflow == most
        engine.dispose()


def test_more_requests_at_once_than_threads_and_connections_are_all_answered() -> None:
    with postgres_schema_url() as url:
        app = create_app(ServerSettings(database_url=url, workers=4))
        assert app.state.connection_slots._value == 7
        with (
            ServerThread(app) as server,
            httpx.Client(base_url=server.url, timeout=60) as http,
            ThreadPoolExecutor(AT_ONCE) as pool,
        ):
            answers = list(pool.map(lambda _: http.get("/v1/health").status_code, range(AT_ONCE)))
    assert answers == [200] * AT_ONCE  # jammed, they were 503s: "cannot reach its database"
