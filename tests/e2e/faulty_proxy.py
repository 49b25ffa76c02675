"""A TCP proxy on 127.0.0.1 that breaks HTTP exchanges between sync clients and the server on a seeded
plan until it is healed: it drops connections, delays bytes, cuts requests and responses part-way,
truncates a message's body after its whole head, and sends a request to the server twice. It reads
just enough HTTP (heads, Content-Length, chunked bodies) to know where each request and response ends,
so a fault hits one exchange of a kept-alive connection."""

from __future__ import annotations

import asyncio
import random
import threading
from collections import Counter
from dataclasses import dataclass
from types import TracebackType

READ_TIMEOUT = 15.0  # no exchange here takes a second; this only stops a stuck test
FAULTS = ("drop", "delay", "cut_request", "cut_response", "duplicate", "truncate")


@dataclass(frozen=True)
class FaultPlan:
    """The chance of each fault per request (the rest go through untouched), and the longest delay."""

    drop: float = 0.1  # close the client's connection before forwarding anything
    delay: float = 0.15  # forward in pieces, each held up to max_delay
    cut_request: float = 0.08  # forward part of the request, then close both sides
    cut_response: float = 0.12  # forward the request, part of the answer (maybe none), then close
    duplicate: float = 0.12  # the same request bytes also go to the server on a second connection
    # The whole head of the request (or of the answer) and only part of its body, then close: the reader
    # has a status or a Content-Length and then too few bytes (TLS in the field turns any other damage
    # into exactly this, a message that ends early).
    truncate: float = 0.06
    max_delay: float = 0.03
    # Which of a duplicated request's two deliveries the server gets first (the client only ever sees
    # the answer to its own): at random "copy first" or "together", or always one of these or "copy last".
    copy_order: str = "random"


class FaultyProxy:
    """Runs an asyncio loop in a thread; `url` is the proxy's, `counts` says which faults happened."""

    def __init__(self, upstream_port: int, *, seed: int, plan: FaultPlan | None = None) -> None:
        self.upstream_port = upstream_port
        self.plan = plan or FaultPlan()
        self.rng = random.Random(seed)
        self.counts: Counter[str] = Counter()  # fault -> times; and e.g. "duplicate POST /v1/push"
        self.healed = True  # starts healed, so laptops can enrol through it
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="faulty-proxy", daemon=True)
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> FaultyProxy:
        self._thread.start()
        future = asyncio.run_coroutine_threadsafe(self._listen(), self._loop)
        self.port = future.result(timeout=10)
        return self

    def break_down(self) -> None:
        self.healed = False

    def heal(self) -> None:
        self.healed = True

    def stop(self) -> None:
        async def close() -> None:
            if self._server is not None:
                self._server.close()
            for task in list(self._tasks):
                task.cancel()
            await asyncio.gather(*self._tasks, return_exceptions=True)

        if self._thread.is_alive():
            asyncio.run_coroutine_threadsafe(close(), self._loop).result(timeout=10)
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=10)
        self._loop.close()

    def __enter__(self) -> FaultyProxy:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    # -- inside the loop ---------------------------------------------------------------------------

    async def _listen(self) -> int:
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", 0, limit=1 << 20)
        return int(self._server.sockets[0].getsockname()[1])

    def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.ensure_future(self._serve(reader, writer))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _fault(self, request: bytes) -> str | None:
        if self.healed:
            return None
        roll = self.rng.random()
        for fault in FAULTS:
            roll -= getattr(self.plan, fault)
            if roll < 0:
                self.counts[fault] += 1
                if fault == "duplicate":
                    self.counts[f"duplicate {_route(request)}"] += 1
                return fault
        return None

    async def _serve(self, client: asyncio.StreamReader, to_client: asyncio.StreamWriter) -> None:
        upstream: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None
        try:
            while (request := await read_message(client, response=False)) is not None:
                fault = self._fault(request)
                if fault == "drop":
                    return
                if upstream is None:
                    upstream = await self._connect()
                reader, to_server = upstream
                if fault == "cut_request":
                    to_server.write(request[: self.rng.randrange(1, len(request))])
                    await to_server.drain()
                    return
                if fault == "truncate" and _body_start(request) < len(request) and self.rng.random() < 0.5:
                    to_server.write(self._truncated(request))
                    await to_server.drain()
                    return
                copy = None
                order = self.plan.copy_order
                if fault == "duplicate":
                    if order == "random":
                        order = "copy first" if self.rng.random() < 0.5 else "together"
                    if order != "copy last":
                        copy = asyncio.ensure_future(self._send_copy(request))
                        if order == "copy first":
                            await copy
                await self._send(to_server, request, slow=fault == "delay")
                response = await read_message(reader, response=True)
                if fault == "duplicate" and order == "copy last":
                    await self._send_copy(request)  # answered after the original, before the client sees it
                elif copy is not None:
                    await copy
                if response is None:
                    return
                if fault == "cut_response":
                    to_client.write(response[: self.rng.randrange(0, len(response))])
                    await to_client.drain()
                    return
                if fault == "truncate":
                    to_client.write(self._truncated(response))
                    await to_client.drain()
                    return
                await self._send(to_client, response, slow=fault == "delay")
                if _closes(response):
                    return
        except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, TimeoutError, ValueError):
            return  # a side went away, or a message could not be read: the connection ends here
        finally:
            for writer in (to_client, upstream[1] if upstream else None):
                if writer is not None:
                    writer.close()

    async def _connect(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        return await asyncio.wait_for(
            asyncio.open_connection("127.0.0.1", self.upstream_port, limit=1 << 20), READ_TIMEOUT
        )

    async def _send(self, writer: asyncio.StreamWriter, data: bytes, *, slow: bool) -> None:
        if not slow:
            writer.write(data)
        else:
            cuts = sorted(self.rng.sample(range(1, len(data)), min(3, len(data) - 1)))
            for start, end in zip([0, *cuts], [*cuts, len(data)], strict=True):
                await asyncio.sleep(self.rng.uniform(0, self.plan.max_delay))
                writer.write(data[start:end])
                await writer.drain()
        await writer.drain()

    def _truncated(self, message: bytes) -> bytes:
        """The message's whole head and a random part of its body (none of it, if it has none)."""
        start = _body_start(message)
        return message[: self.rng.randrange(start, len(message))] if start < len(message) else message

    async def _send_copy(self, request: bytes) -> None:
        """The request again on a connection of its own; the server's answer is read and thrown away."""
        try:
            reader, writer = await self._connect()
        except (OSError, TimeoutError):
            return
        try:
            writer.write(request)
            await writer.drain()
            await read_message(reader, response=True)
        except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, TimeoutError, ValueError):
            pass
        finally:
            writer.close()


async def read_message(reader: asyncio.StreamReader, *, response: bool) -> bytes | None:
    """One whole HTTP/1.1 message as its bytes; None if the stream ended before one began."""
    try:
        head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), READ_TIMEOUT)
    except asyncio.IncompleteReadError as exc:
        if not exc.partial:
            return None
        raise
    headers = _headers(head)
    if "chunked" in headers.get("transfer-encoding", ""):
        body = b""
        while True:
            line = await asyncio.wait_for(reader.readuntil(b"\r\n"), READ_TIMEOUT)
            size = int(line.split(b";")[0], 16)
            body += line + await asyncio.wait_for(reader.readexactly(size + 2), READ_TIMEOUT)
            if size == 0:
                return head + body  # no trailers: neither httpx nor uvicorn send them
    if "content-length" in headers:
        length = int(headers["content-length"])
        return head + await asyncio.wait_for(reader.readexactly(length), READ_TIMEOUT)
    status = head.split(b" ", 2)[1] if response else b""
    if not response or status in (b"204", b"304") or status.startswith(b"1"):
        return head
    return head + await asyncio.wait_for(reader.read(), READ_TIMEOUT)  # the body runs to the close


def _headers(head: bytes) -> dict[str, str]:
    lines = head.decode("latin-1").split("\r\n")[1:]
    return {
        name.strip().lower(): value.strip().lower()
        for name, sep, value in (line.partition(":") for line in lines)
        if sep
    }


def _body_start(message: bytes) -> int:
    return message.index(b"\r\n\r\n") + 4


def _closes(response: bytes) -> bool:
    head = response.split(b"\r\n\r\n", 1)[0]
    headers = _headers(head + b"\r\n\r\n")
    return headers.get("connection") == "close" or not (
        "content-length" in headers or "chunked" in headers.get("transfer-encoding", "")
    )


def _route(request: bytes) -> str:
    """A request's method and path, without the query or a hash: "POST /v1/push", "GET /v1/pull"."""
    method, target = request.split(b" ", 2)[:2]
    path = target.split(b"?", 1)[0].decode()
    return f"{method.decode()} {'/'.join(path.split('/')[:3])}"
