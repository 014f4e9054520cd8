"""The scheduler as `sanctum run` starts it: an APScheduler interval job in the event loop."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import UTC, datetime, time, timedelta

from sqlalchemy import select, update

from bot.background import Runtime, background_services
from bot.outbound import ChannelDirectory, DeliveryResult, OutboundMessage
from scheduler.backfill import schedule_unscheduled_users
from scheduler.service import SchedulerService
from storage.models import Profile, Schedule
from tests.conftest import Chat
from tests.scheduler.conftest import RecordingChannel


class SignallingChannel(RecordingChannel):
    def __init__(self) -> None:
        super().__init__("test")
        self.arrived = asyncio.Event()

    async def send(self, address: str, message: OutboundMessage) -> DeliveryResult:
        result = await super().send(address, message)
        self.arrived.set()
        return result


async def _service_with_a_due_check_in(database, settings, core, channel) -> SchedulerService:
    """The service as `sanctum run` builds it, with alice's morning check-in due."""
    now = datetime.now(UTC)
    # Half a day away: the check-in made due below is an occurrence of no real time, and run in
    # the minute of the check-in's own time the real occurrence falls due too (two messages).
    at = (now + timedelta(hours=12)).strftime("%H:%M")
    await asyncio.to_thread(Chat(core, user="alice").say, f"/reminders morning {at}", at=now)
    with database.transaction() as db:
        db.execute(update(Schedule).values(next_fire_at=now - timedelta(minutes=1)))
    runtime = Runtime(
        settings=settings, db=database, core=core, channels=ChannelDirectory([channel])
    )
    [service] = [s for s in background_services(runtime) if isinstance(s, SchedulerService)]
    return service


async def _stop(task: asyncio.Task[None]) -> None:
    """Cancel the service as `sanctum run` does on SIGTERM."""
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await asyncio.wait_for(task, timeout=10)
    assert task.done()


async def test_the_service_sends_what_is_due_and_stops_cleanly(database, settings, core) -> None:
    channel = SignallingChannel()
    service = await _service_with_a_due_check_in(database, settings, core, channel)
    assert service.name == "scheduler"
    task = asyncio.create_task(service.run())
    await asyncio.wait_for(channel.arrived.wait(), timeout=20)
    await _stop(task)
    [sent] = channel.sent
    assert sent.address == "alice" and "check-in" in sent.text


class BlockingChannel(RecordingChannel):
    def __init__(self) -> None:
        super().__init__("test")
        self.sending = asyncio.Event()

    async def send(self, address: str, message: OutboundMessage) -> DeliveryResult:
        self.sending.set()
        await asyncio.Event().wait()  # until cancelled
        raise AssertionError("unreachable")


async def test_stopping_during_a_sweep_is_no_failure(database, settings, core, caplog) -> None:
    caplog.set_level(logging.INFO)
    channel = BlockingChannel()
    service = await _service_with_a_due_check_in(database, settings, core, channel)
    task = asyncio.create_task(service.run())
    await asyncio.wait_for(channel.sending.wait(), timeout=20)
    await _stop(task)  # with the sweep waiting on a send
    for _ in range(1000):  # the cancelled job's own task ends a few loop turns later
        if "sweep stopped by shutdown" in caplog.messages:
            break
        await asyncio.sleep(0)
    assert "sweep stopped by shutdown" in caplog.messages
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []


def test_the_scheduler_can_be_switched_off(database, settings, core) -> None:
    runtime = Runtime(
        settings=settings.model_copy(update={"scheduler_enabled": False}),
        db=database,
        core=core,
        channels=ChannelDirectory(),
    )
    assert not any(isinstance(s, SchedulerService) for s in background_services(runtime))


def test_people_set_up_before_the_scheduler_existed_are_scheduled(database, settings, core) -> None:
    Chat(core, user="old").say("hello")
    with database.transaction() as db:
        db.execute(update(Profile).values(morning_checkin=time(7), timezone="Asia/Kolkata"))
        assert db.scalars(select(Schedule)).all() == []
    assert schedule_unscheduled_users(database, settings) == 1
    with database.transaction() as db:
        row = db.scalars(select(Schedule)).one()
        assert (row.key, row.zone) == ("checkin:morning", "Asia/Kolkata")
    assert schedule_unscheduled_users(database, settings) == 0
