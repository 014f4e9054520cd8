"""Quiet hours and /pause: nothing but crisis follow-ups reaches the person."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from scheduler.crisis_followups import DueFollowUp
from storage.models import ReminderDelivery
from tests.conftest import Chat
from tests.scheduler.conftest import Clock, RecordingChannel, set_up, utc

SETUP = utc(2026, 6, 10, 0)  # Berlin is UTC+2 in June


@dataclass
class FakeIncidents:
    """A minimal follow-up source: incidents with a due time, claimed once."""

    due: list[DueFollowUp] = field(default_factory=list)
    claimed: list[int] = field(default_factory=list)

    def claim_due(self, db: Session, now: datetime, limit: int) -> list[DueFollowUp]:
        ready = [item for item in self.due if item.due_at <= now][:limit]
        for item in ready:
            self.due.remove(item)
            self.claimed.append(item.incident_id)
        return ready


def _statuses(database) -> list[tuple[str, str, str | None]]:
    with database.transaction() as db:
        rows = db.scalars(select(ReminderDelivery).order_by(ReminderDelivery.due_at))
        return [(row.kind, row.status, row.detail) for row in rows]


def _user_id(database) -> int:
    from storage.models import PlatformIdentity

    with database.transaction() as db:
        return db.scalar(select(PlatformIdentity.user_id))


def test_quiet_hours_skip_reminders_inside_them(
    person: Chat, clock: Clock, channel: RecordingChannel, database
) -> None:
    set_up(person, "Europe/Berlin", at=SETUP, morning="8:00", evening="22:30")
    assert "22:00–07:00" in person.text("/reminders quiet 22:00-07:00", at=SETUP)
    clock.walk(SETUP, SETUP + timedelta(days=1), timedelta(minutes=30))
    [morning] = channel.sent
    assert "morning check-in" in morning.text
    assert _statuses(database) == [
        ("checkin", "sent", None),
        ("checkin", "suppressed", "quiet_hours"),
    ]
    assert "Quiet hours: 22:00–07:00" in person.text("/reminders", at=SETUP + timedelta(days=1))


def test_setting_a_reminder_inside_quiet_hours_warns(person: Chat) -> None:
    person.say("/reminders zone Berlin", at=SETUP)
    person.say("/reminders quiet 22:00-07:00", at=SETUP)
    assert "inside your quiet hours" in person.text("/reminders morning 6:30", at=SETUP)
    assert "inside your quiet hours" not in person.text("/reminders morning 7:30", at=SETUP)


def test_a_snooze_into_quiet_hours_says_so_and_schedules_nothing(
    person: Chat, clock: Clock, channel: RecordingChannel, database
) -> None:
    set_up(person, "Europe/Berlin", at=SETUP, morning=None, evening="21:45")
    person.say("/reminders quiet 22:00-07:00", at=SETUP)
    evening = utc(2026, 6, 10, 19, 45)
    clock.sweep_at(evening)
    [reminder] = channel.take()
    assert "quiet hours" in person.text(reminder.button("In 30 min"), at=evening)
    clock.walk(evening, evening + timedelta(hours=2), timedelta(minutes=15))
    assert channel.sent == []


def test_pause_for_three_days_then_reminders_return(
    person: Chat, clock: Clock, channel: RecordingChannel, database
) -> None:
    set_up(person, "Europe/Berlin", at=SETUP)
    reply = person.text("/pause 3d", at=SETUP)
    assert "paused for 3 days, until Sat 13 Jun 02:00" in reply
    assert "Crisis follow-ups still reach you" in reply
    clock.walk(SETUP, SETUP + timedelta(days=4), timedelta(hours=1))
    assert [item.at for item in channel.sent] == [utc(2026, 6, 13, 6)]
    assert [status for _, status, _ in _statuses(database)] == ["suppressed"] * 3 + ["sent"]
    assert "aren't paused" in person.text("/resume", at=SETUP + timedelta(days=4))


def test_resume_ends_a_pause_early(person: Chat, clock: Clock, channel: RecordingChannel) -> None:
    set_up(person, "Europe/Berlin", at=SETUP)
    assert "until you send /resume" in person.text("/pause indefinitely", at=SETUP)
    clock.walk(SETUP, SETUP + timedelta(days=2), timedelta(hours=1))
    assert channel.sent == []
    assert "Paused until you /resume" in person.text("/reminders", at=SETUP + timedelta(days=2))
    assert "back on" in person.text("/resume", at=SETUP + timedelta(days=2))
    clock.walk(SETUP + timedelta(days=2), SETUP + timedelta(days=3), timedelta(hours=1))
    assert [item.at for item in channel.sent] == [utc(2026, 6, 12, 6)]


def test_bad_pause_durations_get_a_clear_answer(person: Chat, database) -> None:
    assert "couldn't read 'soon'" in person.text("/pause soon", at=SETUP)
    assert "longest pause is 90 days" in person.text("/pause 100d", at=SETUP)
    assert "for how long" in person.text("/pause", at=SETUP)
    assert "aren't paused" in person.text("/resume", at=SETUP)


def test_crisis_follow_ups_come_through_quiet_hours_and_pause(
    person: Chat, database, settings, channel: RecordingChannel, email
) -> None:
    set_up(person, "Europe/Berlin", at=SETUP)
    person.say("/reminders quiet 22:00-07:00", at=SETUP)
    person.say("/pause 1w", at=SETUP)
    user_id = _user_id(database)
    night = utc(2026, 6, 10, 21, 30)  # 23:30 local: quiet hours, and paused
    incidents = FakeIncidents([DueFollowUp(incident_id=7, user_id=user_id, due_at=night)])
    clock = Clock(database, settings, [channel, email], sources=(incidents,))
    clock.sweep_at(night - timedelta(minutes=1))
    assert channel.sent == [] and incidents.claimed == []
    report = clock.sweep_at(night)
    assert report.follow_ups == 1
    [follow_up] = channel.sent
    assert "checking in after the hard time" in follow_up.text
    assert "emergency number" in follow_up.text
    # Handed over twice (a source bug or a retry): still one message.
    incidents.due.append(DueFollowUp(incident_id=7, user_id=user_id, due_at=night))
    clock.sweep_at(night + timedelta(minutes=1))
    assert len(channel.sent) == 1
    # A follow-up found a day late (downtime) is still sent.
    incidents.due.append(DueFollowUp(incident_id=8, user_id=user_id, due_at=night))
    clock.sweep_at(night + timedelta(days=1))
    assert len(channel.sent) == 2
    assert "late" not in channel.sent[1].text
