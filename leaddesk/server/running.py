"""Running the server: in the foreground for `leaddesk-server serve` (one process, or several worker
processes under uvicorn's own supervisor), or in a background thread on a loopback port for
`leaddesk demo` and for tests that talk real HTTP to it.

Why uvicorn's supervisor and not gunicorn with uvicorn workers: it is already here (no second server
and worker package to install, keep and freeze into the bundle), it shares the socket `serve` has
already bound (so a port in use is still one sentence), restarts a worker that dies, and stops every
worker on SIGTERM, which is what a systemd unit needs. Gunicorn's extras (graceful reloads on HUP,
worker recycling after N requests) are not things this server needs."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

import uvicorn
from fastapi import FastAPI
from uvicorn.supervisors import Multiprocess

GRACEFUL_STOP_SECONDS = 5  # a push of a few thousand changes takes about a second


def uvicorn_config(
    app: FastAPI | Callable[[], FastAPI],
    *,
    host: str,
    port: int,
    workers: int = 1,
    tls_cert: Path | None = None,
    tls_key: Path | None = None,
) -> uvicorn.Config:
    return uvicorn.Config(
        app,
        factory=not isinstance(app, FastAPI),
        host=host,
        port=port,
        workers=workers,
        ssl_certfile=str(tls_cert) if tls_cert else None,
        ssl_keyfile=str(tls_key) if tls_key else None,
        log_level="warning",
        # Stopping (SIGTERM from systemd, Ctrl+C) lets a request in flight finish, but does not wait on
        # an idle HTTPS keep-alive connection: closing one waits for the laptop's TLS goodbye, up to
        # asyncio's 30 s, which would run into systemd's stop timeout.
        timeout_graceful_shutdown=GRACEFUL_STOP_SECONDS,
        # Request lines name device ids and hashes, never contents; still, keep them out by default.
        access_log=False,
        lifespan="on",
    )


def listening_socket(*, host: str, port: int) -> socket.socket:
    """The server's socket, bound before uvicorn starts so that a port in use or an address this machine
    does not have is an OSError the caller can put in one line (uvicorn would log it and exit)."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn does: restart at once
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    return sock


def serve(
    app: FastAPI | Callable[[], FastAPI],
    *,
    sock: socket.socket,
    host: str,
    port: int,
    workers: int = 1,
    tls_cert: Path | None = None,
    tls_key: Path | None = None,
) -> None:
    """Serve on `sock` (from listening_socket) until interrupted or sent SIGTERM. With several workers
    `app` is a picklable factory: uvicorn's supervisor starts that many processes, each building the
    app and accepting on the one socket; it restarts a worker that dies, stops all on SIGTERM or
    Ctrl+C, and stops itself if a worker cannot start (a database that went away, say)."""
    config = uvicorn_config(app, host=host, port=port, workers=workers, tls_cert=tls_cert, tls_key=tls_key)
    if workers == 1:
        uvicorn.Server(config).run(sockets=[sock])
        return
    Multiprocess(config, sockets=[sock]).run()


class ServerThread:
    """A uvicorn server in a daemon thread; `url` is known once `start()` returns."""

    def __init__(
        self,
        app: FastAPI,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        tls_cert: Path | None = None,
        tls_key: Path | None = None,
    ) -> None:
        config = uvicorn_config(app, host=host, port=port, tls_cert=tls_cert, tls_key=tls_key)
        self._server = uvicorn.Server(config)
        self._scheme = "https" if tls_cert else "http"
        self._thread = threading.Thread(target=self._server.run, name="leaddesk-server", daemon=True)
        self.port = 0

    @property
    def url(self) -> str:
        return f"{self._scheme}://127.0.0.1:{self.port}"

    def start(self, *, timeout: float = 30.0) -> ServerThread:
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive():
                raise RuntimeError("the sync server stopped while starting; see its log")
            if time.monotonic() > deadline:
                self.stop()
                raise TimeoutError(f"the sync server did not start within {timeout} s")
            time.sleep(0.01)
        # Port 0 asks the OS for a free port; the bound socket says which one it gave.
        self.port = self._server.servers[0].sockets[0].getsockname()[1]
        return self

    def stop(self, *, timeout: float = 10.0) -> None:
        self._server.should_exit = True
        if self._thread.is_alive():
            self._thread.join(timeout)

    def __enter__(self) -> ServerThread:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
