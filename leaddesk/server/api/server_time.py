"""Every answer carries the server's clock (protocol.SERVER_TIME_HEADER), read as the answer starts, so a
laptop measures its own clock against it at each exchange (HybridClock.learn_server_time)."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from leaddesk.domain.clock import wall_ms
from leaddesk.sync.protocol import SERVER_TIME_HEADER

_HEADER = SERVER_TIME_HEADER.lower().encode("latin-1")


class ServerTime:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_time(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [h for h in message.get("headers", []) if h[0].lower() != _HEADER]
                headers.append((_HEADER, str(wall_ms()).encode("latin-1")))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_time)
