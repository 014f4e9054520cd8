"""The scheduler on real databases with a recording outbound channel and the real core.

Time is under time-machine's control: ``Clock.sweep_at(t)`` runs one sweep with the clock
frozen at ``t``; people answer through the real core with ``Chat.say(..., at=t)``.
"""

from __future__ import annotations

import asyncio
from collections import deque
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
import time_machine

from bot.core import Core
from bot.outbound import ChannelDirectory, DeliveryResult, OutboundMessage
from bot.settings import Settings
from scheduler.crisis_followups import FollowUpSource
from scheduler.sweep import SweepConfig, Sweeper, SweepReport
from storage.db import Database
from tests.conftest import Chat


@dataclass(frozen=True)
class Sent:
    at: datetime
    address: str
    message: OutboundMessage

    @property
    def text(self) -> str:
        return self.message.text

    def button(self, label: str) -> str:
        for row in self.message.buttons:
            for button in row:
                if button.label == label:
                    return button.data
        raise AssertionError(f"no button {label!r} in {self.message.buttons}")


class RecordingChannel:
    """An OutboundChannel that records what it sends; ``script`` queues other outcomes."""

    def __init__(self, name: str = "test") -> None:
        self.name = name
        self.sent: list[Sent] = []
        self.attempts = 0
        self.script: deque[DeliveryResult | Exception] = deque()

    async def send(self, address: str, message: OutboundMessage) -> DeliveryResult:
        self.attempts += 1
        if self.script:
            outcome = self.script.popleft()
            if isinstance(outcome, Exception):
                raise outcome
            if outcome.outcome != "sent":
                return outcome
        self.sent.append(Sent(datetime.now(UTC), address, message))
        return DeliveryResult.sent()

    def to(self, address: str) -> list[Sent]:
        return [item for item in self.sent if item.address == address]

    def take(self) -> list[Sent]:
        taken, self.sent = self.sent, []
        return taken


class Clock:
    def __init__(
        self,
        database: Database,
        settings: Settings,
        channels: list[RecordingChannel],
        sources: tuple[FollowUpSource, ...] = (),
    ) -> None:
        self.database = database
        self.settings = settings
        self.channels = channels
        self.sources = sources
        self.sweeper = self.new_worker("worker-1")

    def new_worker(self, name: str, **config: object) -> Sweeper:
        """Another process on the same database (or the same one after a restart)."""
        return Sweeper(
            self.database,
            self.settings,
            ChannelDirectory(list(self.channels)),  # type: ignore[arg-type]
            follow_up_sources=self.sources,
            worker=name,
            config=SweepConfig(**config) if config else None,  # type: ignore[arg-type]
        )

    def sweep_at(self, when: datetime, sweeper: Sweeper | None = None) -> SweepReport:
        with time_machine.travel(when, tick=False):
            return asyncio.run((sweeper or self.sweeper).sweep())

    def walk(self, start: datetime, end: datetime, step: timedelta) -> None:
        """Sweep at every step from start to end inclusive, as a running process would."""
        moment = start
        while moment <= end:
            self.sweep_at(moment)
            moment += step


@pytest.fixture
def channel() -> RecordingChannel:
    return RecordingChannel("test")


@pytest.fixture
def email() -> RecordingChannel:
    return RecordingChannel("email")


@pytest.fixture
def clock(database: Database, settings: Settings, channel, email) -> Clock:
    return Clock(database, settings, [channel, email])


@pytest.fixture
def person(core: Core) -> Chat:
    return Chat(core, user="alice")


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


def set_up(chat: Chat, zone: str, *, at: datetime, morning: str | None = "8:00",
           evening: str | None = None) -> None:  # fmt: skip
    """Give the person a zone and check-in times through the real commands."""
    chat.say(f"/reminders zone {zone}", at=at)
    chat.say(f"/reminders morning {morning or 'off'}", at=at)
    chat.say(f"/reminders evening {evening or 'off'}", at=at)
