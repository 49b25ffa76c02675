"""The server's engines and connections for SQLite and PostgreSQL: the URL forms accepted, SQLite's own
settings (a private file, WAL, BEGIN IMMEDIATE for a writer), transactions, and the two statements whose
SQL differs by backend. The tables are db.py's, which re-exports these for the modules that use both."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Select, Table, create_engine, event, insert
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.pool import QueuePool

# Option read by the SQLite "begin" hook: start this transaction with BEGIN IMMEDIATE.
_IMMEDIATE = "leaddesk_immediate"


def normalise_url(url: str) -> str:
    """`postgresql://…` means psycopg 3 here (the only PostgreSQL driver we ship)."""
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


# PostgreSQL connections the server holds at most, 10 kept and 20 more under load, shared out among its
# worker processes (`serve --workers N`): four workers of 30 each went past PostgreSQL's default
# max_connections of 100, and most requests then failed with "too many clients".
POSTGRES_KEPT, POSTGRES_EXTRA = 10, 20


def make_engine(url: str, *, workers: int = 1) -> Engine:
    """The engine of one server process; `workers`, the processes serving together, share the pool."""
    url = normalise_url(url)
    if make_url(url).get_backend_name() == "sqlite":
        return _sqlite_engine(url)
    kept, extra = max(2, POSTGRES_KEPT // workers), max(3, POSTGRES_EXTRA // workers)
    return create_engine(url, pool_pre_ping=True, pool_size=kept, max_overflow=extra)


def connection_slots(engine: Engine) -> asyncio.Semaphore | None:
    """As many slots as the engine's pool has connections (None: no pool to run out of), for
    api/deps.py: a request takes a slot, waiting for it without a thread, before it takes a connection.

    FastAPI takes a request's connection in one call on its thread pool (anyio's 40 threads) and runs
    the handler in another: with 200 laptops syncing at once, 40 requests each held a thread while
    waiting for a connection, while the 30 holding connections waited for a thread to run on, until the
    pool's 30 s timeout failed them all. With no more requests past this point than connections, no
    thread ever waits for a connection, and the rest wait their turn on the event loop."""
    pool = engine.pool
    if not isinstance(pool, QueuePool):
        return None
    return asyncio.Semaphore(pool.size() + pool._max_overflow)


# SQLite names its companions after the database file; they hold committed data too.
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")


def private_sqlite_file(path: Path) -> None:
    """Make the database file 0600, and its folder 0700 if this makes the folder, whatever the umask.

    The file is made here, empty, before SQLite opens it: SQLite would make it 0644 less the umask, and
    gives its -wal and -shm the mode of the database file, so all three end up private. A file (or
    companion) left more open by an older version is closed down too. A folder that already exists is
    the administrator's choice (the default is the working folder) and is left as it is."""
    folder = path.parent
    if not folder.exists():
        folder.mkdir(mode=0o700, parents=True)
        os.chmod(folder, 0o700)  # mkdir's mode is cut by the umask
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        pass
    else:
        os.fchmod(fd, 0o600)
        os.close(fd)
    for name in (path, *(path.with_name(path.name + c) for c in SQLITE_COMPANIONS)):
        if name.exists() and name.stat().st_mode & 0o777 != 0o600:
            os.chmod(name, 0o600)


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL; None for an in-memory database or another backend."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database).absolute()


def _sqlite_engine(url: str) -> Engine:
    path = sqlite_path(url)
    if path is not None:
        private_sqlite_file(path)
    # A file gets as many connections as there are request threads (anyio runs 40): SQLAlchemy's 5 + 10
    # made the 16th of 50 laptops syncing at once wait 30 s for a connection and get a 500. (An
    # in-memory database is one connection per thread, and takes no pool sizes.)
    pool: dict[str, Any] = {} if path is None else {"pool_size": 10, "max_overflow": 30}
    engine = create_engine(url, connect_args={"timeout": 30}, **pool)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Take transactions out of the driver's hands (it would BEGIN lazily, after our SELECTs) so the
        # "begin" hook below decides when and how a transaction starts.
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")  # readers (pulls) never wait for the writer (a push)
        cursor.execute("PRAGMA synchronous=FULL")  # an acknowledged push survives a power cut
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # A write transaction takes the write lock up front: a deferred one that read first and then
        # tried to write would fail at once (SQLITE_BUSY_SNAPSHOT) if another writer got in between.
        immediate = conn.get_execution_options().get(_IMMEDIATE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


MAPPED_BYTES = 0x7FFF0000  # SQLite's own ceiling (SQLITE_MAX_MMAP_SIZE): larger asks are cut to it


@contextmanager
def mapped_reads(conn: Connection) -> Iterator[None]:
    """A bulk read (a program report) on SQLite reads the file through memory mapping: a report looks up
    a hundred thousand rows by rowid across the whole file, and mapping halves what each lookup costs
    over reading page by page. The connection goes back to the pool as it was; PostgreSQL is left as is."""
    if is_postgres(conn):
        yield
        return
    driver = _driver(conn)  # outside SQLAlchemy's transaction, which must not begin
    driver.execute(f"PRAGMA mmap_size={MAPPED_BYTES}")
    try:
        yield
    finally:
        driver.execute("PRAGMA mmap_size=0")


def bulk_rows(conn: Connection, query: Select[Any], *, per_fetch: int = 5_000) -> Iterator[Sequence[Any]]:
    """The rows of `query`, streamed: a server-side cursor on PostgreSQL; on SQLite the driver's own
    cursor in the connection's open transaction (a row through SQLAlchemy's result cost more than
    SQLite took to find it: 226,000 records of one entity took 1.1 s through it, 0.7 s without)."""
    if is_postgres(conn):
        yield from conn.execute(query.execution_options(stream_results=True, yield_per=per_fetch))
        return
    compiled = query.compile(dialect=conn.dialect)
    params = [compiled.params[name] for name in compiled.positiontup or ()]
    cursor = _driver(conn).execute(str(compiled), params)
    try:
        while rows := cursor.fetchmany(per_fetch):
            yield from rows
    finally:
        cursor.close()


def _driver(conn: Connection) -> Any:
    """The SQLite driver's connection under `conn`, in whatever transaction `conn` has open."""
    driver = conn.connection.dbapi_connection
    assert driver is not None
    return driver


def is_postgres(conn: Connection) -> bool:
    return conn.dialect.name == "postgresql"


@contextmanager
def transaction(conn: Connection, *, write: bool) -> Iterator[Connection]:
    """One transaction on `conn`; on SQLite a `write` one holds the database's write lock throughout."""
    conn.execution_options(**{_IMMEDIATE: write})
    with conn.begin():
        yield conn


def upsert_statement(conn: Connection, table: Table) -> Any:
    """An INSERT that can take ON CONFLICT, in the dialect of `conn` (SQLite and PostgreSQL both have it)."""
    return postgresql.insert(table) if is_postgres(conn) else sqlite.insert(table)


def insert_ignoring_duplicate(conn: Connection, table: Table, values: dict[str, Any]) -> bool:
    """Insert a row unless its primary key is there already (two uploads of one file race harmlessly).
    True if this call inserted it."""
    if is_postgres(conn):
        stmt: Any = postgresql.insert(table).values(values).on_conflict_do_nothing()
    elif conn.dialect.name == "sqlite":
        stmt = sqlite.insert(table).values(values).on_conflict_do_nothing()
    else:  # pragma: no cover - only the two supported backends reach here
        stmt = insert(table).values(values)
    return bool(conn.execute(stmt).rowcount)
