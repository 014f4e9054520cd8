"""The crisis path is the default everywhere, and the dispatcher runs as a service."""

from __future__ import annotations

import asyncio
import contextlib

import time_machine

from adapters.http.contact_links import add_contact_routes
from adapters.http.routes import ROUTE_REGISTRARS
from bot.app import build_core
from bot.background import Runtime, background_services
from bot.core import Core
from bot.crisis.dispatcher import AlertDispatcher
from bot.crisis.path import SafetyPath
from tests.crisis_path.conftest import IMMINENT, World


def test_the_safety_path_is_wired_in(world: World) -> None:
    assert isinstance(build_core(world.settings, world.db).crisis_path, SafetyPath)
    assert isinstance(Core(world.db, world.settings).crisis_path, SafetyPath)
    runtime = Runtime(
        settings=world.settings, db=world.db, core=world.core, channels=world.channels
    )
    services = background_services(runtime)
    assert any(isinstance(service, AlertDispatcher) for service in services)
    assert add_contact_routes in ROUTE_REGISTRARS


async def test_the_running_dispatcher_sends_as_soon_as_the_incident_is_stored(
    world: World,
) -> None:
    world.settings.alert_poll_seconds = 120  # only the wake-up can make it fast
    await world.enrol_by_email()
    world.alice.say("/alerts auto")
    await world.deliver()
    world.smtp.arrived.clear()
    with time_machine.travel(world.now):
        service = AlertDispatcher(world.db, world.channels, world.settings, owner="service")
        task = asyncio.create_task(service.run())
        try:
            await asyncio.to_thread(world.alice.say, IMMINENT)
            arrived = await asyncio.to_thread(world.smtp.arrived.wait, 20)
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
    assert arrived
    subjects = [mail["Subject"] for mail in world.smtp.to("sam@example.com")]
    assert subjects[-1] == "Alex may need support now"
