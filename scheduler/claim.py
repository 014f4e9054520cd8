"""Claiming due occurrences: the first half of a sweep.

One transaction per batch: lock due schedule rows (``FOR UPDATE SKIP LOCKED`` on PostgreSQL,
so another worker takes the next rows instead of waiting; SQLite has one writer at a time),
write one delivery row per occurrence, advance each rule to its next occurrence after the one
handled (or delete a one-off). When the transaction commits, the occurrence belongs to this
worker's outbox; the unique (user, key, due time) key on deliveries is the second guard.

After downtime every occurrence since the row's due time is accounted for: missed by less
than the grace window, it is queued (and sent with a note that it is late); older, it is
recorded as missed. Quiet hours and pause record the occurrence as suppressed.
"""

from __future__ import annotations

import logging
from collections import deque
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from scheduler.deliveries import queue_deliveries
from scheduler.occurrences import next_occurrence
from scheduler.preferences import blocked_reason
from storage.models import ReminderSettings, Schedule

log = logging.getLogger("sanctum.scheduler")

# A rule due more often than this during one outage gets a row for each of its most recent
# occurrences up to here; older ones are counted in the log only (two months of a daily rule).
MAX_CATCH_UP = 62


@dataclass
class ClaimReport:
    claimed: int = 0  # schedule rows handled
    queued: int = 0
    missed: int = 0
    suppressed: int = 0

    def add(self, other: ClaimReport) -> None:
        self.claimed += other.claimed
        self.queued += other.queued
        self.missed += other.missed
        self.suppressed += other.suppressed


@cache
def zone_named(name: str | None) -> ZoneInfo:
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def claim_due_batch(db: Session, now: datetime, limit: int, grace: timedelta) -> ClaimReport:
    """Claim up to ``limit`` due schedule rows in the caller's transaction."""
    rows = db.execute(
        select(
            Schedule.id,
            Schedule.user_id,
            Schedule.key,
            Schedule.kind,
            Schedule.variant,
            Schedule.ref_id,
            Schedule.local_time,
            Schedule.weekday,
            Schedule.zone,
            Schedule.next_fire_at,
        )
        .where(Schedule.next_fire_at <= now)
        .order_by(Schedule.next_fire_at, Schedule.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    ).all()
    report = ClaimReport(claimed=len(rows))
    if not rows:
        return report
    user_ids = {row.user_id for row in rows}
    prefs = {
        item.user_id: item
        for item in db.scalars(
            select(ReminderSettings).where(ReminderSettings.user_id.in_(user_ids))
        )
    }
    deliveries: list[dict[str, Any]] = []
    advanced: list[dict[str, Any]] = []
    finished: list[int] = []
    for row in rows:
        zone = zone_named(row.zone)
        occurrence: datetime | None = row.next_fire_at
        kept: deque[datetime] = deque(maxlen=MAX_CATCH_UP)  # the most recent ones
        handled = 0
        while occurrence is not None and occurrence <= now:
            kept.append(occurrence)
            handled += 1
            if row.local_time is None:
                occurrence = None
            else:
                occurrence = next_occurrence(row.local_time, zone, occurrence, row.weekday)
        if handled > MAX_CATCH_UP:
            log.warning(
                "schedule %s: %d older occurrences during downtime not recorded (kept %d)",
                row.id,
                handled - MAX_CATCH_UP,
                MAX_CATCH_UP,
            )
        for due in kept:
            status, detail = _decide(row.kind, due, now, grace, prefs.get(row.user_id), zone)
            deliveries.append(
                {
                    "user_id": row.user_id,
                    "schedule_key": row.key,
                    "kind": row.kind,
                    "variant": row.variant,
                    "ref_id": row.ref_id,
                    "due_at": due,
                    "status": status,
                    "detail": detail,
                    "attempts": 0,
                    "next_attempt_at": now if status == "queued" else None,
                    "created_at": now,
                }
            )
            _count(report, status)
        if occurrence is None:
            finished.append(row.id)
        else:
            advanced.append({"id": row.id, "next_fire_at": occurrence, "updated_at": now})
    queue_deliveries(db, deliveries)
    if advanced:
        db.execute(update(Schedule), advanced)
    if finished:
        db.execute(delete(Schedule).where(Schedule.id.in_(finished)))
    return report


def _decide(
    kind: str,
    occurrence: datetime,
    now: datetime,
    grace: timedelta,
    prefs: ReminderSettings | None,
    zone: ZoneInfo,
) -> tuple[str, str | None]:
    if now - occurrence > grace:
        return "missed", "downtime"
    reason = blocked_reason(prefs, zone, occurrence, kind) or blocked_reason(prefs, zone, now, kind)
    if reason is not None:
        return "suppressed", reason
    return "queued", None


def _count(report: ClaimReport, status: str) -> None:
    if status == "queued":
        report.queued += 1
    elif status == "missed":
        report.missed += 1
    else:
        report.suppressed += 1
