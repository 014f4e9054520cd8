"""Scheduling people who have reminders set but no schedule rows yet (profiles from before
the scheduler existed, or changed by code that did not call ``reschedule_user``)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import String, cast, exists, func, or_, select, text

from bot.settings import Settings
from scheduler.sync import reschedule_user
from storage.db import Database
from storage.models import Caregiver, Medication, Profile, Schedule

BATCH = 500
ADVISORY_LOCK = 0x5A4E_0006  # an arbitrary key, unique to this job


def schedule_unscheduled_users(database: Database, settings: Settings) -> int:
    """Reschedule every user with something to schedule and no schedule rows; return how many."""
    done = 0
    last_id = 0
    while True:
        with database.transaction() as db:
            if db.get_bind().dialect.name == "postgresql":
                # Every process runs this at start; one at a time, so none schedules twice.
                db.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": ADVISORY_LOCK})
            user_ids = db.scalars(
                select(Profile.user_id)
                .where(
                    Profile.user_id > last_id,
                    or_(
                        Profile.morning_checkin.is_not(None),
                        Profile.evening_checkin.is_not(None),
                        exists().where(
                            Medication.user_id == Profile.user_id,
                            Medication.active.is_(True),
                            func.length(cast(Medication.schedule, String)) > 2,  # not "[]"
                        ),
                        exists().where(
                            Caregiver.user_id == Profile.user_id,
                            Caregiver.digest_frequency != "off",
                        ),
                    ),
                    ~exists().where(Schedule.user_id == Profile.user_id),
                )
                .order_by(Profile.user_id)
                .limit(BATCH)
            ).all()
            now = datetime.now(UTC)
            for user_id in user_ids:
                reschedule_user(db, user_id, now, settings)
        done += len(user_ids)
        if len(user_ids) < BATCH:
            return done
        last_id = user_ids[-1]
