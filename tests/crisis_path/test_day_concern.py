"""A day's pattern opens a concern: a gentle check-in, no alert."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from storage.models import CrisisIncident, OutboxMessage
from tests.crisis_path.conftest import World


def _concerns(world: World) -> list[CrisisIncident]:
    with world.db.transaction() as db:
        return list(db.scalars(select(CrisisIncident).where(CrisisIncident.kind == "concern")))


async def test_several_crisis_functionality_shifts_open_a_concern(world: World) -> None:
    await world.enrol_by_email()
    world.alice.say("/alerts both")
    assert _concerns(world) == []
    world.alice.say("/mood panicked crisis", advance=timedelta(hours=1))
    replies = world.alice.say("/mood numb crisis", advance=timedelta(hours=1))
    assert "2 moments when you couldn't function or weren't safe" in replies[-1].text
    assert "TelefonSeelsorge" in replies[-1].text
    [concern] = _concerns(world)
    assert concern.follow_up_due_at == world.now + timedelta(hours=1)
    world.alice.say("/mood sad crisis", advance=timedelta(hours=1))  # once a day is enough
    assert len(_concerns(world)) == 1
    await world.deliver()
    with world.db.transaction() as db:
        assert db.scalars(select(OutboxMessage).where(OutboxMessage.purpose == "alert")).all() == []


async def test_more_state_changes_than_the_users_threshold_open_a_concern(world: World) -> None:
    states = ["calm", "anxious", "sad", "angry", "calm", "irritable", "sad"]
    texts = [
        world.alice.text(f"/mood {state} functional", advance=timedelta(minutes=30))
        for state in states
    ]
    assert all("mood changes" not in text for text in texts[:-1])
    assert "7 mood changes (more than the 6 you set as a lot)" in texts[-1]
    assert len(_concerns(world)) == 1


async def test_an_ordinary_day_opens_nothing(world: World) -> None:
    for state in ("calm", "anxious", "calm"):
        world.alice.say(f"/mood {state} functional", advance=timedelta(hours=2))
    world.alice.say("/mood sad crisis", advance=timedelta(hours=1))
    assert _concerns(world) == []
