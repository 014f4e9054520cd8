"""What a channel reports decides what happens: retry with backoff, give up after a cap,
record a refusal; nothing is retried forever and nothing fails silently."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select, text

from bot.outbound import DeliveryResult
from scheduler.sweep import AFTER_SENT
from storage.models import ReminderDelivery
from tests.conftest import Chat
from tests.scheduler.conftest import Clock, RecordingChannel, set_up, utc

SETUP = utc(2026, 6, 10, 0)
MORNING = utc(2026, 6, 10, 6)  # 08:00 in Berlin


def _delivery(database) -> ReminderDelivery:
    with database.transaction() as db:
        return db.scalars(select(ReminderDelivery)).one()


def test_retries_back_off_and_then_deliver(
    person: Chat, clock: Clock, channel: RecordingChannel, database
) -> None:
    set_up(person, "Europe/Berlin", at=SETUP)
    channel.script.extend(
        [DeliveryResult(outcome="retry", detail="429"), TimeoutError("network down")]
    )
    report = clock.sweep_at(MORNING)
    assert (report.sent, report.retried) == (0, 1)
    first = _delivery(database)
    assert (first.status, first.attempts, first.detail) == ("queued", 1, "retry:429")
    assert first.next_attempt_at == MORNING + timedelta(seconds=30)
    assert first.lease_owner is None
    clock.sweep_at(MORNING + timedelta(seconds=29))
    assert channel.attempts == 1
    clock.sweep_at(MORNING + timedelta(seconds=30))
    second = _delivery(database)
    assert (second.attempts, second.detail) == (2, "retry:TimeoutError")
    assert second.next_attempt_at == MORNING + timedelta(seconds=90)
    clock.sweep_at(MORNING + timedelta(seconds=90))
    [sent] = channel.sent
    assert "morning check-in" in sent.text and "late" not in sent.text
    assert _delivery(database).status == "sent"


def test_a_channel_asking_to_wait_longer_is_obeyed(
    person: Chat, clock: Clock, channel: RecordingChannel, database
) -> None:
    set_up(person, "Europe/Berlin", at=SETUP)
    channel.script.append(DeliveryResult(outcome="retry", retry_after=300, detail="429"))
    clock.sweep_at(MORNING)
    assert _delivery(database).next_attempt_at == MORNING + timedelta(minutes=5)


def test_giving_up_after_the_cap(
    person: Chat, clock: Clock, channel: RecordingChannel, database
) -> None:
    set_up(person, "Europe/Berlin", at=SETUP)
    channel.script.extend([DeliveryResult(outcome="retry", detail="503")] * 10)
    worker = clock.new_worker("capped", max_attempts=3)
    moment = MORNING
    for _ in range(6):
        clock.sweep_at(moment, worker)
        moment += timedelta(minutes=20)
    assert channel.attempts == 3 and channel.sent == []
    final = _delivery(database)
    assert (final.status, final.detail, final.attempts) == ("failed", "gave_up:503", 3)


def test_a_refusal_is_recorded_and_not_retried(
    person: Chat, clock: Clock, channel: RecordingChannel, database
) -> None:
    set_up(person, "Europe/Berlin", at=SETUP)
    channel.script.append(DeliveryResult(outcome="refused", detail="403"))
    clock.sweep_at(MORNING)
    clock.sweep_at(MORNING + timedelta(hours=1))
    assert channel.attempts == 1
    final = _delivery(database)
    assert (final.status, final.detail) == ("failed", "refused:403")


def test_retries_stop_at_the_grace_window(
    person: Chat, clock: Clock, channel: RecordingChannel, database
) -> None:
    set_up(person, "Europe/Berlin", at=SETUP)
    channel.script.append(DeliveryResult(outcome="retry", detail="503"))
    clock.sweep_at(MORNING)
    clock.sweep_at(MORNING + timedelta(hours=3))  # the process was down for the retry
    assert channel.attempts == 1
    assert (_delivery(database).status, _delivery(database).detail) == ("missed", "too_late")


def test_a_person_without_a_reachable_platform(core, clock: Clock, database) -> None:
    terminal = Chat(core, user="local", platform="terminal")
    set_up(terminal, "Europe/Berlin", at=SETUP)
    clock.sweep_at(MORNING)
    final = _delivery(database)
    assert (final.status, final.detail) == ("failed", "no_channel")


def test_an_expired_lease_lets_another_worker_send(
    person: Chat, clock: Clock, channel: RecordingChannel, database
) -> None:
    set_up(person, "Europe/Berlin", at=SETUP)
    crashed = clock.new_worker("crashed")
    crashed.claim_due(MORNING)
    assert len(crashed.lease(MORNING)) == 1  # leased, then the process died before sending
    survivor = clock.new_worker("survivor")
    clock.sweep_at(MORNING + timedelta(minutes=4), survivor)
    assert channel.sent == []  # the lease (5 minutes) still holds
    clock.sweep_at(MORNING + timedelta(minutes=5, seconds=1), survivor)
    assert len(channel.sent) == 1


def test_an_unreadable_row_fails_alone_and_holds_up_no_one(
    core, clock: Clock, channel: RecordingChannel, database
) -> None:
    alice, bob = Chat(core, user="alice"), Chat(core, user="bob")
    set_up(alice, "Europe/Berlin", at=SETUP)
    bob.say("/reminders zone Berlin", at=SETUP)
    bob.say("/appointment add 2026-06-10 09:00 dentist", at=SETUP)  # reminder at 08:00
    with database.transaction() as db:  # as if written under a key that is gone
        db.execute(text("UPDATE appointments SET title = :junk"), {"junk": b"\x01\x09" + b"x" * 40})
    clock.sweep_at(MORNING)
    [sent] = channel.sent
    assert sent.address == "alice"
    with database.transaction() as db:
        outcomes = db.execute(select(ReminderDelivery.kind, ReminderDelivery.status,
                                     ReminderDelivery.detail).order_by(ReminderDelivery.kind)).all()  # fmt: skip
    assert [tuple(row) for row in outcomes] == [
        ("appointment", "failed", "compose:EncryptionKeyError"),
        ("checkin", "sent", None),
    ]


def test_a_failure_after_sending_still_records_the_send(
    person: Chat, clock: Clock, channel: RecordingChannel, database, monkeypatch
) -> None:
    def broken(db, delivery, now) -> None:
        raise RuntimeError("the check-in flow could not be opened")

    monkeypatch.setitem(AFTER_SENT, "checkin", broken)
    set_up(person, "Europe/Berlin", at=SETUP)
    clock.sweep_at(MORNING)
    clock.sweep_at(MORNING + timedelta(minutes=10))  # past the lease: nothing goes out again
    assert len(channel.sent) == 1
    assert _delivery(database).status == "sent"
