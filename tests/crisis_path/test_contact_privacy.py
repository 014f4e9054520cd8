"""A contact is a person of their own: they never see the user's data."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta

from bot.crisis.contacts import is_suppressed, suppress
from storage.crypto import KeyRing, generate_key
from storage.db import Database
from storage.models import User
from tests.crisis_path.conftest import IMMINENT, World


async def test_a_contact_sees_nothing_of_the_user(world: World) -> None:
    world.alice.say("went from calm to anxious after the call with Dr Quillfeather")
    jo = world.enrol_by_telegram("Jo", "jojo_tg", "90210")
    world.alice.say("/alerts auto")
    world.alice.say(IMMINENT + " marmalade-sky")
    await world.deliver()
    jo.now = world.now + timedelta(minutes=1)
    seen = [
        jo.text("/context"),
        jo.text("/today"),
        jo.text("/history"),
        jo.text("/alerts status"),
        jo.text("/contacts"),
        jo.text("what did she write?"),
    ]
    export = jo.say("/export")[0].attachment
    assert export is not None
    seen.append(export.content.decode())
    seen.extend(message.text for _, message in world.telegram.delivered)
    everything = "\n".join(seen)
    for secret in ("Quillfeather", "marmalade-sky", "anxious", "kill", "pills", "Berlin"):
        assert re.search(rf"\b{secret}\b", everything) is None, secret
    tables = json.loads(export.content)["tables"]
    assert tables["emergency_contacts"] == [] and tables["crisis_incidents"] == []


async def test_a_contact_only_account_is_told_what_it_is_for(world: World) -> None:
    jo = world.enrol_by_telegram("Jo", "jojo_tg", "90210")
    assert "You're an emergency contact for Alex" in jo.text("hi?")
    world.alice.say("/alerts auto")
    world.alice.say(IMMINENT)
    await world.deliver()
    reply = jo.say("what happened??")[0]
    assert "I can't share anything Alex wrote" in reply.text
    assert [b.data for row in reply.buttons for b in row] == ["/ack"]
    assert "I've told Alex that you're on it" in jo.text("/ack")


async def test_a_contact_in_crisis_gets_the_crisis_reply_like_anyone(world: World) -> None:
    jo = world.enrol_by_telegram("Jo", "jojo_tg", "90210")
    reply = jo.say(IMMINENT)[0]
    assert reply.urgent and "I'm a bot, not a crisis service" in reply.text


def test_a_stop_still_holds_after_the_key_is_rotated(database: Database, test_key: str) -> None:
    with database.transaction() as db:
        user = User(created_at=datetime(2026, 11, 1, tzinfo=UTC))
        db.add(user)
        db.flush()
        suppress(db, user.id, "email", "Sam@Example.com ")
        user_id = user.id
    rotated = Database(
        database.url, KeyRing(generate_key(avoiding=(test_key,)), retired=(test_key,))
    )
    forgotten = Database(database.url, KeyRing(generate_key()))
    try:
        with rotated.transaction() as db:
            assert is_suppressed(db, user_id, "email", "sam@example.com")
            assert not is_suppressed(db, user_id, "email", "other@example.com")
        with forgotten.transaction() as db:  # why retired keys must stay configured
            assert not is_suppressed(db, user_id, "email", "sam@example.com")
    finally:
        rotated.dispose()
        forgotten.dispose()
