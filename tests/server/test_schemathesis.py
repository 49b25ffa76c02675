"""Schemathesis over the OpenAPI schema, with a real device's token: no 5xx, and every answer (2xx or
ErrorBody) conforms to what the schema promises. Bounded so it takes seconds per backend."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from sqlalchemy import delete

from leaddesk.server.app import create_app
from leaddesk.server.db import failed_attempt
from leaddesk.server.settings import ServerSettings


class BackendApp:
    """The app schemathesis calls, switched to each backend's database by the fixture below.

    The schema has to be loaded when this module is imported, before any backend exists; reading it
    touches no database, so a placeholder app serves it. (`schemathesis.pytest.from_fixture` would load
    it lazily instead, but with pytest 9 it fails on a removed pytest internal.)
    """

    def __init__(self) -> None:
        self.target = create_app(ServerSettings(database_url="sqlite://"))

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            # Schemathesis runs the lifespan once for the whole session; the databases are migrated by
            # each module's server, and the placeholder must not open one of its own.
            while (await receive())["type"] != "lifespan.shutdown":
                await send({"type": "lifespan.startup.complete"})
            await send({"type": "lifespan.shutdown.complete"})
            return
        await self.target(scope, receive, send)


backend_app = BackendApp()
schema = schemathesis.openapi.from_asgi("/openapi.json", backend_app)


@pytest.fixture
def token(database_url: str, laptop) -> Iterator[str]:
    # The module's server migrated this database; this in-process app shares it (it runs no lifespan
    # here). Every other test talks to the real server over a socket.
    backend_app.target = create_app(ServerSettings(database_url=database_url))
    yield laptop.token
    backend_app.target.state.engine.dispose()


# Two checks ask more than this API promises, on purpose:
# - positive_data_acceptance wants every schema-valid request to succeed, but some rules are beyond a
#   schema: an upload must hash to its path, and Change.entity must be an entity we know (422 for the
#   whole batch until protocol.py leaves unknown entities to the per-record answer).
# - negative_data_rejection wants every off-schema request refused, but unknown query parameters are
#   ignored (a newer client may send more), and pydantic's lax mode takes `false` for `pending: 0`.
# Everything else runs: no 5xx, statuses, content types, bodies and headers as documented, auth,
# methods and Allow.
LENIENT = [schemathesis.checks.positive_data_acceptance, schemathesis.checks.negative_data_rejection]


@schema.parametrize()
@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
def test_the_api_keeps_its_schema_and_never_fails(case, token: str) -> None:
    # Each example starts with no failed attempts counted: the checks send bad tokens on purpose and
    # want 401 for them, not the 429 that enough of them earn (test_failed_attempts.py covers that).
    with backend_app.target.state.engine.begin() as conn:
        conn.execute(delete(failed_attempt))
    case.call_and_validate(headers={"Authorization": f"Bearer {token}"}, excluded_checks=LENIENT)
