"""A laptop's network for the sync state machine, as the httpx transport of its sync client: up, out of
reach for a number of syncs, or cut part way through one, with the answer to the last request lost."""

from __future__ import annotations

import httpx


class Link(httpx.BaseTransport):
    """While down, every request goes to `dead_port` on loopback, bound but not listening, so the kernel
    refuses the connection. A cut lets a number of requests through, then goes down: the request it
    goes down on either never leaves, or reaches the server and loses its answer on the way back."""

    def __init__(self, dead_port: int) -> None:
        self._http = httpx.HTTPTransport(verify=False)  # plain HTTP on loopback: no CA bundle to load
        self._dead_port = dead_port
        self.down = False
        self.outage = 0  # syncs still to fail
        self._cut: tuple[int, bool] | None = None  # (requests still let through, lose the next answer)
        self.cut_next: tuple[int, bool] | None = None  # a cut waiting for the next sync

    def begin_sync(self) -> None:
        if self.outage:
            self.outage -= 1
            self.down = True
        self._cut, self.cut_next = self.cut_next, None

    def end_sync(self) -> None:
        """A cut lasts until the sync it cut has given up."""
        self.down = False
        self._cut = None

    def heal(self) -> None:
        self.outage = 0
        self.cut_next = None
        self.end_sync()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._cut is not None:
            left, lose_answer = self._cut
            self._cut = (left - 1, lose_answer) if left else None
            if not left:
                self.down = True
                if lose_answer:
                    answer = self._http.handle_request(request)
                    answer.read()
                    answer.close()
                    raise httpx.ReadError("the network went before the answer came", request=request)
        if self.down:
            request.url = request.url.copy_with(port=self._dead_port)
        return self._http.handle_request(request)

    def close(self) -> None:
        self._http.close()
