"""Features that serve HTTP pages register their routes here; `sanctum run` mounts them all."""

from __future__ import annotations

from collections.abc import Callable

from aiohttp import web

from adapters.http.contact_links import add_contact_routes
from bot.background import Runtime

RouteRegistrar = Callable[[web.Application, Runtime], None]

# Each feature appends a function that adds its routes to the application.
ROUTE_REGISTRARS: list[RouteRegistrar] = [add_contact_routes]
