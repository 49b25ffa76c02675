"""The FastAPI application: routes under /v1/ (and the officers' referral page under /refer/), ErrorBody
for every refusal, bounded and gzip-aware bodies, gzipped answers, the database migrated before the first
request, and attachment files no record names collected in the background while it runs."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta

from fastapi import FastAPI
from fastapi.middleware.gzip import GZipMiddleware
from starlette.concurrency import run_in_threadpool

from leaddesk import __version__
from leaddesk.server.api.body_limit import ATTACHMENT_PREFIX, REFER_BODY_MAX, REFER_PREFIX, BodyLimit
from leaddesk.server.api.errors import install_error_handlers
from leaddesk.server.api.routes import attachments, enroll, health, program, sync
from leaddesk.server.api.server_time import ServerTime
from leaddesk.server.blob_gc import PeriodicCollection
from leaddesk.server.db import make_engine
from leaddesk.server.engines import connection_slots
from leaddesk.server.migrate import upgrade
from leaddesk.server.refer import routes as refer_routes
from leaddesk.server.settings import ServerSettings
from leaddesk.sync.protocol import API_PREFIX


def create_app(settings: ServerSettings | None = None) -> FastAPI:
    settings = settings or ServerSettings.from_env()
    engine = make_engine(settings.database_url, workers=settings.workers)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        await run_in_threadpool(upgrade, engine)
        collection = PeriodicCollection(
            engine,
            every=timedelta(minutes=settings.blob_gc_minutes),
            grace=timedelta(hours=settings.blob_grace_hours),
        ).start()
        yield
        await run_in_threadpool(collection.stop)
        engine.dispose()

    app = FastAPI(
        title="LEAD Desk sync server",
        version=__version__,
        description="Office sync server for LEAD Desk laptops: enrolment, push, pull, attachments.",
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.engine = engine
    app.state.connection_slots = connection_slots(engine)
    for module in (enroll, sync, program, attachments, health):
        app.include_router(module.router, prefix=API_PREFIX)
    app.include_router(refer_routes.router)  # the officers' referral page (issue 19), outside /v1
    install_error_handlers(app)

    def limit_for(path: str) -> int:
        if path.startswith(REFER_PREFIX):
            return REFER_BODY_MAX
        return (
            settings.max_attachment_bytes if path.startswith(ATTACHMENT_PREFIX) else settings.max_body_bytes
        )

    # Level 6 (zlib's default) rather than Starlette's 9: a pull page compresses twice as fast, ~5% larger.
    app.add_middleware(GZipMiddleware, minimum_size=1024, compresslevel=6)
    app.add_middleware(BodyLimit, limit_for=limit_for)
    app.add_middleware(ServerTime)  # outermost: refusals by the middlewares carry the time too
    return app
