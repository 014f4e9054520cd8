"""Delivery guarantees: restarts, leases, concurrent dispatchers, retries, rate limits."""

from __future__ import annotations

import asyncio
import re
import threading
from datetime import timedelta

import pytest
from sqlalchemy import select

import bot.crisis.dispatcher as dispatcher_module
from adapters.channels.email import EmailChannel
from bot.crisis.dispatcher import AlertDispatcher, DispatchReport
from bot.outbound import ChannelDirectory, DeliveryResult
from storage.crypto import KeyRing
from storage.db import Database
from storage.models import AuditEvent, OutboxMessage
from tests.conftest import Chat
from tests.crisis_path.conftest import HIGH, IMMINENT, RecordingChannel, World, body_of


def _alert_mails(world: World, address: str = "sam@example.com") -> list[str]:
    return [body_of(mail) for mail in world.smtp.to(address) if "support" in mail["Subject"]]


def _rows(db: Database, purpose: str = "alert") -> list[OutboxMessage]:
    with db.transaction() as session:
        return list(
            session.scalars(
                select(OutboxMessage)
                .where(OutboxMessage.purpose == purpose)
                .order_by(OutboxMessage.id)
            )
        )


async def test_an_alert_stored_before_a_crash_is_sent_once_after_restart(
    world: World, test_key: str
) -> None:
    await world.enrol_by_email()
    world.alice.say("/alerts auto")
    world.alice.say(IMMINENT)  # the incident and its outbox row are committed; then the crash
    assert _alert_mails(world) == []

    restarted = Database(world.db.url, KeyRing(test_key))  # a new process: nothing in memory
    try:
        channels = ChannelDirectory(
            [EmailChannel.from_settings(world.settings), RecordingChannel("test")]
        )
        fresh = AlertDispatcher(restarted, channels, world.settings, owner="after-restart")
        for minutes in (0, 0, 1):
            await fresh.run_once(world.now + timedelta(minutes=minutes))
        again = AlertDispatcher(restarted, channels, world.settings, owner="after-2nd-restart")
        await again.run_once(world.now + timedelta(minutes=2))
    finally:
        restarted.dispose()
    assert len(_alert_mails(world)) == 1
    assert [row.status for row in _rows(world.db)] == ["sent"]


async def test_a_send_interrupted_by_a_crash_is_taken_over_after_the_lease(world: World) -> None:
    await world.enrol_by_email()
    world.alice.say("/alerts auto")
    await world.deliver()  # earlier notices out of the way
    world.alice.say(IMMINENT)
    crashed = AlertDispatcher(world.db, world.channels, world.settings, owner="crashed")
    claimed = await asyncio.to_thread(crashed._claim, world.now, DispatchReport())
    assert [item.purpose for item in claimed] == ["alert"]  # claimed, then the process died

    other = AlertDispatcher(world.db, world.channels, world.settings, owner="survivor")
    report = await other.dispatch_due(world.now + timedelta(seconds=119))
    assert report.sent == 0  # the lease still holds
    report = await other.dispatch_due(world.now + timedelta(minutes=2, seconds=1))
    assert report.sent == 1
    # The crashed claim's late result is ignored: the row is the survivor's now.
    late = DispatchReport()
    await asyncio.to_thread(
        crashed._record,
        [(claimed[0], DeliveryResult(outcome="refused"))],
        world.now + timedelta(minutes=3),
        late,
    )
    assert late.outcomes == []
    assert [row.status for row in _rows(world.db)] == ["sent"]
    assert len(_alert_mails(world)) == 1


def _enrol_chat_contact(world: World, user: str) -> Chat:
    person = world.chat(user, platform="test")
    person.skip_intake()
    person.say(f"/contacts add Friend, friend, telegram @friend{user}")
    code = re.search(r"/optin (\S+)", person.say(f"/contacts invite 1 as {user}")[-1].text)
    assert code is not None
    world.chat(f"tg-{user}").say(f"/optin {code.group(1)}")
    person.say("/alerts auto")
    return person


async def test_two_dispatchers_at_once_send_each_alert_exactly_once(
    world: World, test_key: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    people = [_enrol_chat_contact(world, f"user{n}") for n in range(12)]
    await world.deliver()  # the opt-in notices; only alerts are due below
    for person in people:
        person.say(IMMINENT)
    assert len(_rows(world.db)) == 12

    if not world.db.is_sqlite:
        # Hold both claims open together, so each must skip the rows the other locked.
        barrier = threading.Barrier(2, timeout=10)
        original = dispatcher_module.due_rows

        def due_rows_together(db, now, limit):  # type: ignore[no-untyped-def]
            rows = original(db, now, 8)
            barrier.wait()
            return rows

        monkeypatch.setattr(dispatcher_module, "due_rows", due_rows_together)
    second_db = Database(world.db.url, KeyRing(test_key))  # another process's engine
    try:
        first = AlertDispatcher(world.db, world.channels, world.settings, owner="first")
        second = AlertDispatcher(second_db, world.channels, world.settings, owner="second")
        reports = await asyncio.gather(
            first.dispatch_due(world.now), second.dispatch_due(world.now)
        )
    finally:
        second_db.dispose()
    alerts = [m for _, m in world.telegram.attempts if m.key and m.key.startswith("alert:")]
    keys = [message.key for message in alerts]
    assert len(keys) == 12 and len(set(keys)) == 12
    if not world.db.is_sqlite:
        assert all(report.sent for report in reports)  # both really worked


async def test_retry_after_is_honoured(world: World) -> None:
    world.enrol_by_telegram("Sam", "samtg", "5550001")
    world.alice.say("/alerts auto")
    world.telegram.script = [DeliveryResult(outcome="retry", retry_after=120, detail="429")]
    world.alice.say(IMMINENT)
    start = world.now
    await world.dispatcher.dispatch_due(start)
    await world.dispatcher.dispatch_due(start + timedelta(seconds=119))
    assert len(world.telegram.attempts) == 1
    await world.dispatcher.dispatch_due(start + timedelta(seconds=120))
    assert len(world.telegram.attempts) == 2
    assert [row.status for row in _rows(world.db)] == ["sent"]


async def test_passing_failures_back_off_exponentially(world: World) -> None:
    world.enrol_by_telegram("Sam", "samtg", "5550001")
    world.alice.say("/alerts auto")
    world.telegram.script = [DeliveryResult(outcome="retry", detail="500")] * 3
    world.alice.say(IMMINENT)
    attempt_at = world.now
    delays = []
    for _ in range(3):
        await world.dispatcher.dispatch_due(attempt_at)
        due = _rows(world.db)[0].next_attempt_at
        delays.append((due - attempt_at).total_seconds())
        attempt_at = due
    assert delays == [5, 10, 20]
    await world.dispatcher.dispatch_due(attempt_at)
    assert [row.status for row in _rows(world.db)] == ["sent"]
    assert len(world.telegram.attempts) == 4


async def test_a_temporary_smtp_failure_is_retried(world: World) -> None:
    await world.enrol_by_email()
    world.alice.say("/alerts auto")
    world.smtp.refuse["sam@example.com"] = "451 4.3.0 try again later"
    world.alice.say(IMMINENT)
    await world.dispatcher.dispatch_due(world.now)
    row = _rows(world.db)[0]
    assert (row.status, row.attempts, row.last_detail) == ("pending", 1, "smtp_recipient_451")
    del world.smtp.refuse["sam@example.com"]
    await world.dispatcher.dispatch_due(world.now + timedelta(seconds=5))
    assert [row.status for row in _rows(world.db)] == ["sent"]
    assert len(_alert_mails(world)) == 1


async def test_a_channel_that_keeps_failing_gives_way_to_the_next(world: World) -> None:
    world.settings.alert_max_attempts = 2
    sam = await world.enrol_by_email()
    code = re.search(r"/optin (\S+)", body_of(world.smtp.to("sam@example.com")[0]))
    assert code is not None
    world.chat("5550002").say(f"/optin {code.group(1)}")  # Sam on Telegram too (tried first)
    world.alice.say("/alerts auto")
    world.telegram.script = [DeliveryResult(outcome="retry", detail="timeout")] * 5
    world.alice.say(IMMINENT)
    await world.dispatcher.dispatch_due(world.now)
    await world.dispatcher.dispatch_due(world.now + timedelta(seconds=5))
    await world.dispatcher.dispatch_due(world.now + timedelta(seconds=6))
    rows = _rows(world.db)
    assert [(row.contact_id, row.channel, row.status) for row in rows] == [
        (sam.id, "telegram", "failed"),
        (sam.id, "email", "sent"),
    ]


async def test_a_channel_error_is_retried_and_logged_without_content(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    class Exploding(RecordingChannel):
        async def send(self, address, message):  # type: ignore[no-untyped-def]
            raise RuntimeError(f"cannot deliver {message.text}")

    world.channels.add(Exploding("telegram"))
    world.enrol_by_telegram("Sam", "samtg", "5550001")
    world.alice.say("/alerts auto")
    world.alice.say(IMMINENT)
    await world.dispatcher.dispatch_due(world.now)
    row = _rows(world.db)[0]
    assert (row.status, row.last_detail) == ("pending", "RuntimeError")
    assert "may need support" not in caplog.text and "RuntimeError" in caplog.text


async def test_a_channel_this_process_lacks_counts_as_a_refusal(world: World) -> None:
    world.chat("d1", platform="discord")  # a Discord contact, but no Discord channel configured
    world.alice.say("/contacts add Kim, friend, discord: kimmy")
    code = re.search(r"/optin (\S+)", world.alice.say("/contacts invite 1")[-1].text)
    assert code is not None
    assert "emergency contact for Alex" in world.chat("777", platform="discord").text(
        f"/optin {code.group(1)}"
    )
    world.alice.say("/alerts auto")
    world.alice.say(IMMINENT)
    await world.deliver()
    row = _rows(world.db)[0]
    assert (row.channel, row.status, row.last_detail) == (
        "discord",
        "refused",
        "channel_not_configured",
    )


async def test_rate_limits_hold_back_alerts_never_the_reply(world: World) -> None:
    world.settings.alert_max_per_day = 1
    world.settings.crisis_incident_quiet_hours = 1
    await world.enrol_by_email()
    world.alice.say("/alerts auto")
    first = world.alice.say(IMMINENT)
    await world.deliver()
    await world.deliver(world.now + timedelta(minutes=40))  # nobody acknowledged: it ended
    second = world.alice.say(IMMINENT, advance=timedelta(hours=2))  # a new incident
    await world.deliver()
    statement = "\nAs you chose, I'm letting Sam know now that you may need support."
    assert statement in first[0].text
    # The same fixed reply, at once; only the promise of an alert that won't go out is gone.
    assert second[0].urgent and second[0].text == first[0].text.split(statement)[0]
    assert "I've already sent several alerts today" in second[-1].text
    assert len(_alert_mails(world)) == 1
    with world.db.transaction() as db:
        assert "alert_rate_limited" in db.scalars(select(AuditEvent.action)).all()


async def test_every_attempt_is_audited(world: World) -> None:
    world.enrol_by_telegram("Sam", "samtg", "5550001")
    world.alice.say("/alerts ask")
    world.telegram.script = [DeliveryResult(outcome="retry", retry_after=1, detail="429")]
    world.alice.say(HIGH)
    world.alice.say("yes", advance=timedelta(seconds=30))
    await world.dispatcher.dispatch_due(world.now)
    await world.dispatcher.dispatch_due(world.now + timedelta(seconds=10))
    with world.db.transaction() as db:
        attempts = [
            (event.action, event.detail["attempt"], event.detail["detail"])
            for event in db.scalars(select(AuditEvent).order_by(AuditEvent.id))
            if event.action in ("alert_retry", "alert_sent")
        ]
    assert attempts == [("alert_retry", 1, "429"), ("alert_sent", 2, "")]


async def test_one_broken_message_does_not_hold_up_the_others(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = (_enrol_chat_contact(world, name) for name in ("Ann", "Bea"))
    await world.deliver()
    original = dispatcher_module.alert_message

    def broken_for_ann(facts, **kwargs):  # type: ignore[no-untyped-def]
        if facts.user_name == "Ann":
            raise ValueError("template bug")
        return original(facts, **kwargs)

    monkeypatch.setattr(dispatcher_module, "alert_message", broken_for_ann)
    first.say(IMMINENT)
    second.say(IMMINENT)
    report = await world.dispatcher.dispatch_due(world.now)
    assert (report.sent, report.refused) == (1, 1)
    statuses = {row.last_detail or "": row.status for row in _rows(world.db)}
    assert statuses == {"compose_failed": "refused", "": "sent"}
