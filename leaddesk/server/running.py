"""Running the server: in the foreground for `leaddesk-server serve`, or in a background thread on a
loopback port for `leaddesk demo` and for tests that talk real HTTP to it."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path
from types import TracebackType

import uvicorn
from fastapi import FastAPI


def uvicorn_config(
    app: FastAPI,
    *,
    host: str,
    port: int,
    tls_cert: Path | None = None,
    tls_key: Path | None = None,
) -> uvicorn.Config:
    return uvicorn.Config(
        app,
        host=host,
        port=port,
        ssl_certfile=str(tls_cert) if tls_cert else None,
        ssl_keyfile=str(tls_key) if tls_key else None,
        log_level="warning",
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
    app: FastAPI,
    *,
    sock: socket.socket,
    host: str,
    port: int,
    tls_cert: Path | None = None,
    tls_key: Path | None = None,
) -> None:
    """Serve on `sock` (from listening_socket) until interrupted."""
    config = uvicorn_config(app, host=host, port=port, tls_cert=tls_cert, tls_key=tls_key)
    uvicorn.Server(config).run(sockets=[sock])


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
