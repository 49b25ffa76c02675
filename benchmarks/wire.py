"""A loopback TCP relay that counts every byte between the device and the server: what "bytes on the
wire" means for sync_noop (HTTP headers included, gzip as sent)."""

from __future__ import annotations

import contextlib
import socket
import threading
from types import TracebackType


class CountingRelay:
    def __init__(self, target_host: str, target_port: int) -> None:
        self._target = (target_host, target_port)
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._lock = threading.Lock()
        self.sent = 0  # device -> server
        self.received = 0  # server -> device
        self._closing = False
        self._thread = threading.Thread(target=self._accept, name="counting-relay", daemon=True)

    @property
    def total(self) -> int:
        with self._lock:
            return self.sent + self.received

    def start(self) -> CountingRelay:
        self._thread.start()
        return self

    def close(self) -> None:
        self._closing = True
        self._listener.close()

    def __enter__(self) -> CountingRelay:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def _accept(self) -> None:
        while not self._closing:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(self._target)
            for sock in (client, upstream):  # no Nagle: a relay must not add 40 ms delayed-ACK stalls
                sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            for src, dst, upward in ((client, upstream, True), (upstream, client, False)):
                threading.Thread(target=self._pump, args=(src, dst, upward), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket, upward: bool) -> None:
        try:
            while chunk := src.recv(65536):
                with self._lock:
                    if upward:
                        self.sent += len(chunk)
                    else:
                        self.received += len(chunk)
                dst.sendall(chunk)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                with contextlib.suppress(OSError):
                    s.shutdown(socket.SHUT_RDWR)
