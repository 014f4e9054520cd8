"""Reminder data is the person's: in /export, gone with /forget; deliveries hold no text."""

from __future__ import annotations

import json

from sqlalchemy import func, select, text

from storage.models import Appointment, ReminderDelivery, ReminderSettings, Schedule
from tests.conftest import Chat
from tests.scheduler.conftest import Clock, RecordingChannel, set_up, utc

SETUP = utc(2026, 6, 10, 0)


def test_export_contains_and_forget_removes_reminder_data(
    person: Chat, clock: Clock, channel: RecordingChannel, database
) -> None:
    set_up(person, "Europe/Berlin", at=SETUP)
    person.say("/reminders quiet 22:00-07:00", at=SETUP)
    person.say("/appointment add 2026-06-12 14:00 Dr Weber", at=SETUP)
    clock.sweep_at(utc(2026, 6, 10, 6))
    export = person.say("/export", at=utc(2026, 6, 10, 7))[0]
    assert export.attachment is not None
    tables = json.loads(export.attachment.content)["tables"]
    for name in ("schedules", "reminder_deliveries", "reminder_settings", "appointments"):
        assert tables[name], f"{name} missing from the export"
    assert tables["appointments"][0]["title"] == "Dr Weber"
    person.say("/forget", at=utc(2026, 6, 10, 7))
    person.say("delete everything", at=utc(2026, 6, 10, 7))
    with database.transaction() as db:
        for model in (Schedule, ReminderDelivery, ReminderSettings, Appointment):
            assert db.scalar(select(func.count()).select_from(model)) == 0


def test_delivery_rows_and_schedules_hold_no_message_text(
    person: Chat, clock: Clock, channel: RecordingChannel, database
) -> None:
    set_up(person, "Europe/Berlin", at=SETUP)
    person.say("/appointment add 2026-06-11 09:00 Quokka-therapy", at=SETUP)
    clock.sweep_at(utc(2026, 6, 10, 7, 1))  # the appointment reminder a day before
    assert any("Quokka-therapy" in item.text for item in channel.sent)
    with database.engine.connect() as connection:
        for table in ("schedules", "reminder_deliveries"):
            rows = connection.execute(text(f"SELECT * FROM {table}")).all()
            assert rows and "Quokka" not in repr(rows)
