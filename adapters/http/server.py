"""The HTTP side of `sanctum run`: /healthz, /metrics, webhooks and features' routes."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Protocol

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, REGISTRY, generate_latest
from sqlalchemy import text

from adapters.http.routes import ROUTE_REGISTRARS
from bot.background import Runtime
from storage.db import Database

DATABASE_CHECK_SECONDS = 5.0


class Checked(Protocol):
    name: str
    state: str

    def healthy(self) -> bool: ...

    def add_routes(self, app: web.Application) -> None: ...


class Health:
    """200 while the database answers and every adapter is up; 503 otherwise or when stopping
    (so a load balancer stops sending webhooks to a process that is shutting down)."""

    def __init__(self, database: Database, adapters: Sequence[Checked]) -> None:
        self.database = database
        self.adapters = adapters
        self.stopping = False

    async def report(self) -> tuple[bool, dict[str, str]]:
        checks = {"database": "ok" if await self._database_answers() else "unreachable"}
        healthy = checks["database"] == "ok"
        for adapter in self.adapters:
            checks[adapter.name] = adapter.state
            healthy = healthy and adapter.healthy()
        if self.stopping:
            checks["process"] = "stopping"
            healthy = False
        return healthy, checks

    async def _database_answers(self) -> bool:
        def ping() -> None:
            with self.database.engine.connect() as connection:
                connection.execute(text("SELECT 1"))

        try:
            await asyncio.wait_for(asyncio.to_thread(ping), DATABASE_CHECK_SECONDS)
        except Exception:
            return False
        return True

    async def handle(self, request: web.Request) -> web.Response:
        healthy, checks = await self.report()
        body = {"status": "ok" if healthy else "unavailable", "checks": checks}
        return web.json_response(body, status=200 if healthy else 503)


async def metrics(request: web.Request) -> web.Response:
    response = web.Response(body=generate_latest(REGISTRY))
    response.headers["Content-Type"] = CONTENT_TYPE_LATEST
    return response


def build_app(runtime: Runtime, adapters: Sequence[Checked], health: Health) -> web.Application:
    app = web.Application()
    app.router.add_get("/healthz", health.handle)
    app.router.add_get("/metrics", metrics)
    for adapter in adapters:
        adapter.add_routes(app)
    for register in ROUTE_REGISTRARS:
        register(app, runtime)
    return app
