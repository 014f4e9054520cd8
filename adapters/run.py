"""`sanctum run`: every configured chat adapter, the background services and the HTTP
endpoints, in one process, until SIGTERM (or SIGINT).

Shutting down: /healthz turns 503, the adapters stop taking updates, messages already taken
are finished (up to SANCTUM_SHUTDOWN_SECONDS), Telegram is told what was stored, background
services are cancelled, and the process exits 0.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import signal
from collections.abc import Callable
from typing import Protocol

from aiohttp import web

from adapters.bridge import CoreBridge
from adapters.channels import outbound_channels
from adapters.core_processes import CoreProcesses
from adapters.errors import StartupError
from adapters.http.server import Health, build_app
from adapters.recovery import UnfinishedMessages
from bot.app import build_core
from bot.background import BackgroundService, Runtime, background_services
from bot.core import Core
from bot.messages import IncomingMessage
from bot.metrics import ERRORS
from bot.outbound import ChannelDirectory, OutboundChannel
from bot.safe_logging import describe_failure
from bot.settings import Settings
from storage.migrate import is_up_to_date

log = logging.getLogger("sanctum.run")

__all__ = ["StartupError", "serve"]


class ChatAdapter(Protocol):
    name: str
    state: str
    channel: OutboundChannel

    async def start(self) -> None: ...

    async def stop_receiving(self) -> None: ...

    async def close(self) -> None: ...

    def healthy(self) -> bool: ...

    def add_routes(self, app: web.Application) -> None: ...

    def resubmit(self, message: IncomingMessage) -> asyncio.Future[bool]: ...


def chat_adapters(settings: Settings, bridge: CoreBridge) -> list[ChatAdapter]:
    adapters: list[ChatAdapter] = []
    commands = list(bridge.core.commands)
    if settings.telegram_token is not None:
        from adapters.telegram.adapter import TelegramAdapter

        adapters.append(TelegramAdapter(settings, bridge, commands))
    if settings.discord_token is not None:
        from adapters.discord.adapter import DiscordAdapter

        adapters.append(DiscordAdapter(settings, bridge, commands))
    return adapters


async def serve(
    settings: Settings,
    *,
    stop: asyncio.Event | None = None,
    on_ready: Callable[[int], None] | None = None,
    core: Core | None = None,
) -> None:
    """Run until ``stop`` is set (by default: until SIGTERM or SIGINT)."""
    core = core or build_core(settings)
    if not is_up_to_date(core.db.engine):
        raise StartupError("the database is not up to date; run `sanctum db upgrade` first")
    stop = stop or _stop_on_signals()
    processes = await _core_processes(settings, core)
    bridge = CoreBridge(processes or core, workers=settings.core_workers)
    adapters = chat_adapters(settings, bridge)
    channels = ChannelDirectory([adapter.channel for adapter in adapters])
    for channel in outbound_channels(settings):  # email when SMTP is set, SMS
        channels.add(channel)
    runtime = Runtime(settings=settings, db=core.db, core=core, channels=channels)
    services: list[BackgroundService] = [
        *background_services(runtime),
        UnfinishedMessages(core.db, {adapter.name: adapter for adapter in adapters}),
    ]
    health = Health(core.db, adapters)
    runner = web.AppRunner(build_app(runtime, adapters, health), access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, settings.http_host, settings.http_port)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    tasks: list[asyncio.Task[None]] = []
    try:
        for adapter in adapters:
            await adapter.start()
        tasks = [asyncio.create_task(_supervised(service)) for service in services]
        log.info(
            "sanctum running: %s; channels: %s; http on %s:%d",
            ", ".join(f"{a.name} ({a.state})" for a in adapters) or "no chat platform",
            ", ".join(channels.names()) or "none",
            settings.http_host,
            port,
        )
        if not adapters:
            log.warning("no chat platform configured (SANCTUM_TELEGRAM_TOKEN, _DISCORD_TOKEN)")
        # Everything loaded so far lives as long as the process: keep it out of the
        # collector's full passes, which otherwise stall every conversation for ~0.1 s.
        gc.freeze()
        if on_ready is not None:
            on_ready(port)
        await stop.wait()
        log.info("stopping: finishing messages in progress")
    finally:
        health.stopping = True
        await _shut_down(settings, bridge, adapters, tasks)
        if processes is not None:
            await asyncio.to_thread(processes.close)
        await runner.cleanup()
        core.db.dispose()
    log.info("stopped")


async def _core_processes(settings: Settings, core: Core) -> CoreProcesses | None:
    """The core's worker processes when SANCTUM_CORE_PROCESSES asks for them, started."""
    if settings.core_processes == 0:
        return None
    processes = CoreProcesses(
        settings, core, processes=settings.core_processes, threads=settings.core_workers
    )
    try:
        await asyncio.to_thread(processes.wait_until_ready)
    except RuntimeError as error:
        await asyncio.to_thread(processes.close)
        raise StartupError(str(error)) from None
    return processes


async def _shut_down(
    settings: Settings,
    bridge: CoreBridge,
    adapters: list[ChatAdapter],
    tasks: list[asyncio.Task[None]],
) -> None:
    for adapter in adapters:
        await _quietly(adapter.stop_receiving(), f"stopping {adapter.name}")
    if not await bridge.drain(settings.shutdown_seconds):
        log.warning("%d conversations were still busy at shutdown", bridge.busy)
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    for adapter in adapters:
        await _quietly(adapter.close(), f"closing {adapter.name}")
    await bridge.close()


async def _supervised(service: BackgroundService) -> None:
    """Run a background service; if it fails, log it and start it again after a pause."""
    pause = 1.0
    while True:
        try:
            await service.run()
            return
        except asyncio.CancelledError:
            raise
        except Exception as error:
            ERRORS.labels(f"service_{service.name}").inc()
            log.error("%s failed, restarting: %s", service.name, describe_failure(error))
            await asyncio.sleep(pause)
            pause = min(pause * 2, 60.0)


async def _quietly(work: object, what: str) -> None:
    try:
        await work  # type: ignore[misc]
    except Exception as error:
        log.error("%s failed: %s", what, describe_failure(error))


def _stop_on_signals() -> asyncio.Event:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for number in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(number, stop.set)
    return stop
