"""Long-running work started by `sanctum run` beside the chat adapters.

A background service runs in the process's event loop until stopped (the alert dispatcher,
the scheduler's sweep). Features add theirs to ``background_services``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from bot.core import Core
from bot.crisis.dispatcher import AlertDispatcher
from bot.outbound import ChannelDirectory
from bot.settings import Settings
from storage.db import Database


@dataclass(frozen=True)
class Runtime:
    """What a background service may use."""

    settings: Settings
    db: Database
    core: Core
    channels: ChannelDirectory


class BackgroundService(Protocol):
    name: str

    async def run(self) -> None:
        """Work until cancelled; handle asyncio.CancelledError by stopping cleanly."""
        ...


def background_services(runtime: Runtime) -> list[BackgroundService]:
    """Every background service this build has, configured from the runtime."""
    services: list[BackgroundService] = [
        AlertDispatcher(runtime.db, runtime.channels, runtime.settings)
    ]
    if runtime.settings.scheduler_enabled:
        from bot.crisis.follow_ups import IncidentFollowUps
        from scheduler.service import SchedulerService

        services.append(SchedulerService(runtime, follow_up_sources=[IncidentFollowUps()]))
    return services
