"""A crisis message's follow-up check-in reaches the person once, at its due time, through the
scheduler (crisis path stores it, scheduler sends it)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import time_machine
from sqlalchemy import select

from bot.crisis.follow_ups import IncidentFollowUps
from bot.outbound import ChannelDirectory
from scheduler.sweep import Sweeper
from storage.models import CrisisIncident
from tests.conftest import Chat
from tests.scheduler.conftest import RecordingChannel

WHEN = datetime(2026, 11, 24, 21, 0, tzinfo=UTC)


def sweep(sweeper: Sweeper, at: datetime) -> None:
    with time_machine.travel(at, tick=False):
        asyncio.run(sweeper.sweep())


def test_the_follow_up_is_sent_once_when_due(core, database, settings) -> None:
    chat = Chat(core, user="robin", platform="test")
    chat.say("/start")
    chat.say("/cancel")
    replies = chat.say("I want to die, I can't do this anymore", at=WHEN)
    assert replies[0].urgent
    with database.transaction() as db:
        incident = db.scalars(select(CrisisIncident)).one()
        due = incident.follow_up_due_at
    assert due is not None and due > WHEN

    channel = RecordingChannel("test")
    workers = [
        Sweeper(
            database,
            settings,
            ChannelDirectory([channel]),
            follow_up_sources=[IncidentFollowUps()],
            worker=name,
        )
        for name in ("one", "two")
    ]
    sweep(workers[0], due - timedelta(minutes=1))
    assert channel.sent == []
    sweep(workers[0], due)
    sweep(workers[1], due + timedelta(minutes=1))
    sweep(workers[0], due + timedelta(hours=2))
    [follow_up] = channel.sent
    assert follow_up.address == "robin"
    assert "checking in after the hard time" in follow_up.text
    assert "can't do this" not in follow_up.text  # no chat content in the follow-up
    with database.transaction() as db:
        assert db.scalars(select(CrisisIncident.follow_up_sent_at)).one() is not None
