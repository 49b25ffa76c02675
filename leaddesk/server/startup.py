"""What `leaddesk-server` makes sure of before it serves or runs an admin verb: the database opens and is
migrated, the TLS pair loads, the address can be listened on. Each failure is an Unavailable whose message
is one sentence saying what went wrong and what to check, so the CLI prints a line, not a traceback."""

from __future__ import annotations

import socket
import ssl

from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, InterfaceError, NoSuchModuleError, OperationalError

from leaddesk.server.db import make_engine, sqlite_path
from leaddesk.server.errors import Unavailable
from leaddesk.server.migrate import upgrade
from leaddesk.server.running import listening_socket
from leaddesk.server.settings import ServerSettings

_URL_SOURCES = f"--database-url or {ServerSettings.env_name('database_url')}"


def shown_url(url: str) -> str:
    """The URL without its password, fit for a terminal or a log."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "(a URL that is not a database URL)"


def one_line(exc: BaseException) -> str:
    """The driver's or the system's own words for what failed, on one line."""
    if isinstance(exc, OSError) and exc.strerror:
        what = f"{exc.strerror}: {exc.filename}" if exc.filename else exc.strerror
    else:
        what = str(getattr(exc, "orig", None) or exc)
    return " ".join(what.split())


def open_database(url: str) -> Engine:
    """An engine on the database at `url`, migrated to the newest schema."""
    try:
        engine = make_engine(url)
        try:
            upgrade(engine)
        except BaseException:
            engine.dispose()
            raise
    # Only what a wrong URL, a stopped database server or a folder out of reach raises: anything else
    # is a bug, and keeps its traceback.
    except (OperationalError, InterfaceError, ArgumentError, NoSuchModuleError, OSError) as exc:
        check = (
            "check that its folder exists or can be made and that this user may write there"
            if sqlite_path(url) is not None
            else "check that the database server is running and reachable, and the URL, user and password"
        )
        raise Unavailable(
            f"cannot open the database {shown_url(url)} ({one_line(exc)}); {check} ({_URL_SOURCES})."
        ) from None
    return engine


def check_tls(settings: ServerSettings) -> None:
    """The certificate chain and key load and belong together (uvicorn would fail on them later)."""
    if settings.tls_cert is None or settings.tls_key is None:
        return
    try:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(settings.tls_cert, settings.tls_key)
    except (OSError, ssl.SSLError) as exc:
        raise Unavailable(
            f"cannot use the TLS certificate {settings.tls_cert} with the key {settings.tls_key} "
            f"({one_line(exc)}); check both files (--tls-cert, --tls-key)."
        ) from None


def listen(settings: ServerSettings) -> socket.socket:
    """The bound socket the server will accept connections on."""
    try:
        return listening_socket(host=settings.host, port=settings.port)
    except OSError as exc:
        raise Unavailable(
            f"cannot listen on {settings.host} port {settings.port} ({one_line(exc)}); check that no other "
            "program uses that port and that this machine has that address (--host, --port)."
        ) from None


def check_workers(settings: ServerSettings) -> None:
    """Several workers only on PostgreSQL: SQLite lets one process write at a time, so a second worker
    would only wait for the first, and time out under load."""
    if settings.workers > 1 and sqlite_path(settings.database_url) is not None:
        raise Unavailable(
            f"cannot run {settings.workers} workers on SQLite, which lets one process write at a time; "
            "serve with one worker (leave out --workers), or move the server to PostgreSQL to run several "
            "(docs/production.md)."
        )
