"""Discord end to end: the real discord.py client, its real event dispatch, the fake Discord."""

from __future__ import annotations

from sqlalchemy import func, select

from adapters.discord.channel import DiscordChannel
from bot.core import GROUP_POINTER
from bot.messages import Button
from bot.outbound import OutboundMessage
from storage.db import Database
from storage.models import MoodShift, Profile, RawMessage
from tests.discord.conftest import DiscordHarness
from tests.discord.fake_discord import GUILD_CHANNEL_ID, FakeDiscord, Request
from tests.run.scripted_core import (
    CRISIS_TEXT,
    FANCY_TEXT,
    MOOD_SHIFT_TEXT,
    PICTURE_TEXT,
    PNG,
    SLOW_TEXT,
)

ANA = 4242


def _count(database: Database, model: type) -> int:
    with database.transaction() as db:
        return db.scalar(select(func.count()).select_from(model)) or 0


async def _dm(fake: FakeDiscord, text: str, user: int = ANA) -> Request:
    before = len(fake.messages_to(user))
    await fake.dm(user, text)
    return (await fake.wait_for(lambda: fake.messages_to(user)[before:] or None))[0]


async def test_a_dm_conversation(
    discord_bot: DiscordHarness, fake_discord: FakeDiscord, database: Database
) -> None:
    welcome = await _dm(fake_discord, "/start")
    assert "What would you like me to call you?" in welcome.content
    assert welcome.custom_ids == ["skip"]
    assert "Nice to meet you, Ana" in (await _dm(fake_discord, "Ana")).content
    await _dm(fake_discord, "/cancel")
    recorded = await _dm(fake_discord, MOOD_SHIFT_TEXT)
    assert "calm to anxious" in recorded.content
    assert recorded.body["allowed_mentions"] == {"parse": []}, "a reply never pings anyone"
    with database.transaction() as db:
        assert db.scalars(select(MoodShift.current_state)).one() == "anxious"
        assert db.scalars(select(Profile.name)).one() == "Ana"
        ids = set(db.scalars(select(RawMessage.platform_message_id)))
    assert all(message_id.startswith("m") for message_id in ids)


async def test_markdown_in_replies_is_escaped_and_files_attached(
    discord_bot: DiscordHarness, fake_discord: FakeDiscord
) -> None:
    fancy = await _dm(fake_discord, FANCY_TEXT)
    assert fancy.content.startswith("\\*\\*not bold\\*\\* \\_not italic\\_ \\`not code\\`")
    assert fancy.body["allowed_mentions"] == {"parse": []}, "@everyone pings nobody"
    picture = await _dm(fake_discord, PICTURE_TEXT)
    await fake_discord.wait_for(lambda: any(m.files for m in fake_discord.messages_to(ANA)))
    files = next(m.files for m in fake_discord.messages_to(ANA) if m.files)
    assert files == [("mood.png", PNG)]
    assert picture.content.startswith("Your week")


async def test_typing_while_a_slow_reply_is_made_and_crisis_replies_first(
    discord_bot: DiscordHarness, fake_discord: FakeDiscord
) -> None:
    slow = discord_bot.scripted.companion.slow
    await fake_discord.dm(ANA, SLOW_TEXT)
    typing = f"/channels/{fake_discord.dm_channel(ANA)}/typing"
    await fake_discord.wait_for(lambda: any(r.path.endswith(typing) for r in fake_discord.requests))
    assert not fake_discord.messages_to(ANA)
    slow.release.set()
    await fake_discord.wait_for(lambda: fake_discord.messages_to(ANA))

    crisis_path = discord_bot.scripted.crisis_path
    crisis_path.enabled = True
    await fake_discord.dm(ANA, CRISIS_TEXT)
    crisis = await fake_discord.wait_for(lambda: fake_discord.messages_to(ANA)[1:] or None)
    assert not crisis_path.recording.finished.is_set(), "the reply did not wait for the core"
    assert "not a crisis service" in crisis[0].content
    crisis_path.recording.release.set()
    await crisis_path.recording.wait_finished()


async def test_a_slash_command_in_a_dm_and_in_a_server(
    discord_bot: DiscordHarness, fake_discord: FakeDiscord
) -> None:
    registered = {command["name"]: command for command in fake_discord.commands}
    assert set(registered) == {command.name for command in discord_bot.scripted.core.commands}
    assert registered["mood"]["options"][0]["name"] == "state"
    assert registered["link"]["options"][0]["name"] == "code"

    interaction = await fake_discord.slash(ANA, "mood", "anxious")
    followup = (await fake_discord.wait_for(lambda: fake_discord.followups(interaction)))[0]
    (callback,) = fake_discord.callbacks(interaction)
    assert callback.body["type"] == 5 and not callback.ephemeral, "deferred, in a DM: visible"
    assert "How well can you function" in followup.content
    assert "/mood anxious limited" in followup.custom_ids

    in_server = await fake_discord.slash(ANA, "today", in_server=True)
    reply = (await fake_discord.wait_for(lambda: fake_discord.followups(in_server)))[0]
    (callback,) = fake_discord.callbacks(in_server)
    assert callback.ephemeral and reply.ephemeral, "in a server only the person sees it"
    assert reply.content.startswith("Today")
    assert not fake_discord.in_channel(GUILD_CHANNEL_ID), "nothing posted in the channel"


async def test_a_button_press(
    discord_bot: DiscordHarness, fake_discord: FakeDiscord, database: Database
) -> None:
    interaction = await fake_discord.slash(ANA, "mood", "irritable")
    question = (await fake_discord.wait_for(lambda: fake_discord.followups(interaction)))[0]
    press = await fake_discord.press(ANA, question, "/mood irritable limited")
    recorded = (await fake_discord.wait_for(lambda: fake_discord.followups(press)))[0]
    assert "irritable" in recorded.content and "limited" in recorded.content
    (update,) = fake_discord.callbacks(press)
    assert update.body["type"] == 7, "the pressed message is updated"
    assert update.body["data"]["content"].endswith("→ Struggling")
    assert update.body["data"]["components"] == []
    assert _count(database, MoodShift) == 1


async def test_in_a_server_channel_a_mention_only_gets_a_pointer(
    discord_bot: DiscordHarness, fake_discord: FakeDiscord, database: Database
) -> None:
    await fake_discord.mention_in_server(ANA, "how was my week?")
    posted = await fake_discord.wait_for(lambda: fake_discord.in_channel(GUILD_CHANNEL_ID))
    assert [message.content for message in posted] == [GROUP_POINTER]
    assert _count(database, RawMessage) == 0


async def test_dms_as_an_outbound_channel(
    discord_bot: DiscordHarness, fake_discord: FakeDiscord
) -> None:
    channel: DiscordChannel = discord_bot.adapter.channel
    alert = OutboundMessage(
        subject="",
        text="Ana asked me to let you know they could use support.",
        buttons=((Button(label="I'll reach out", data="/ack 7"),),),
    )
    assert (await channel.send("777", alert)).outcome == "sent"
    (sent,) = fake_discord.messages_to(777)
    assert sent.content == alert.text
    assert sent.custom_ids == ["/ack 7"]

    fake_discord.refuse_dms_to.add(778)
    refused = await channel.send("778", alert)
    assert (refused.outcome, refused.detail) == ("refused", "50007 DMs closed")

    fake_discord.failures.append(
        (429, {"message": "slow down", "retry_after": 60.0, "global": False})
    )
    limited = await channel.send("779", alert)
    assert (limited.outcome, limited.retry_after) == ("retry", 60.0)
    assert (await channel.send("not-an-id", alert)).outcome == "refused"


async def test_an_event_discord_py_cannot_read_does_not_end_the_connection(
    discord_bot: DiscordHarness, fake_discord: FakeDiscord
) -> None:
    await fake_discord.dispatch("INTERACTION_CREATE", {"id": "1", "type": 2})  # malformed
    await fake_discord.wait_for(lambda: fake_discord.identified == 2)  # connected again
    await _dm(fake_discord, "/help")
    assert discord_bot.adapter.healthy()


async def test_dms_written_while_disconnected_are_read_from_history_at_start(
    discord_bot: DiscordHarness,
    fake_discord: FakeDiscord,
    database: Database,
) -> None:
    await _dm(fake_discord, "/mood calm functional")
    await discord_bot.stop()  # the process goes away
    await fake_discord.dm(ANA, "/mood sad limited")  # nobody is connected to receive it
    await fake_discord.dm(ANA, "/today")
    assert _count(database, MoodShift) == 1

    restarted = DiscordHarness(database, discord_bot.adapter_settings)
    await restarted.adapter.start()
    try:
        await fake_discord.wait_for(lambda: len(fake_discord.messages_to(ANA)) >= 3)
        assert await restarted.bridge.drain(20)
    finally:
        await restarted.stop()
    texts = [message.content for message in fake_discord.messages_to(ANA)]
    assert len(texts) == 3, "each written DM answered once, the stored one not again"
    assert "sad" in texts[1] and texts[2].startswith("Today")
    assert _count(database, MoodShift) == 2
