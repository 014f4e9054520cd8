"""One sweep: claim what is due, send it, record what happened. Safe to run in many processes.

``Sweeper.sweep()`` is what the APScheduler job calls every few seconds, and what tests call
directly with the clock under time-machine's control. Database work runs in threads (storage
is synchronous); sends are async.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from bot.conversations.checkin import open_after_reminder
from bot.outbound import ChannelDirectory
from bot.settings import Settings
from scheduler.claim import ClaimReport, claim_due_batch
from scheduler.compose import audit_digest
from scheduler.crisis_followups import FollowUpSource, queue_follow_ups
from scheduler.medication_windows import close_medication_windows
from scheduler.outbox import AfterSent, Leased, Outcome, lease_batch, record_outcomes, send_all
from scheduler.retention import prune_deliveries
from storage.db import Database

log = logging.getLogger("sanctum.scheduler")

AFTER_SENT: dict[str, AfterSent] = {
    "checkin": open_after_reminder,
    "digest": audit_digest,
}
# Claiming stops after this many batches in one sweep, so one sweep cannot run unbounded;
# the next sweep continues where it stopped.
MAX_CLAIM_BATCHES = 200
MAX_SEND_ROUNDS = 200


@dataclass(frozen=True)
class SweepConfig:
    batch_size: int = 500
    grace: timedelta = timedelta(hours=2)
    max_attempts: int = 5
    lease: timedelta = timedelta(minutes=5)
    send_concurrency: int = 20
    medication_window: timedelta = timedelta(hours=4)
    send_budget: timedelta = timedelta(seconds=20)
    keep: timedelta = timedelta(days=90)

    @classmethod
    def from_settings(cls, settings: Settings) -> SweepConfig:
        return cls(
            batch_size=settings.scheduler_batch_size,
            grace=timedelta(minutes=settings.scheduler_grace_minutes),
            max_attempts=settings.scheduler_max_attempts,
            lease=timedelta(seconds=settings.scheduler_lease_seconds),
            send_concurrency=settings.scheduler_send_concurrency,
            medication_window=timedelta(minutes=settings.scheduler_medication_window_minutes),
            send_budget=timedelta(seconds=settings.scheduler_sweep_seconds),
            keep=timedelta(days=settings.scheduler_keep_days),
        )


@dataclass
class SweepReport:
    claim: ClaimReport
    follow_ups: int = 0
    sent: int = 0
    retried: int = 0
    failed: int = 0
    closed_medication: int = 0
    pruned: int = 0


def worker_name() -> str:
    return f"{socket.gethostname()[:40]}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def utcnow() -> datetime:
    return datetime.now(UTC)


class Sweeper:
    def __init__(
        self,
        database: Database,
        settings: Settings,
        channels: ChannelDirectory,
        *,
        follow_up_sources: Sequence[FollowUpSource] = (),
        worker: str | None = None,
        config: SweepConfig | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.database = database
        self.settings = settings
        self.channels = channels
        self.follow_up_sources = tuple(follow_up_sources)
        self.worker = worker or worker_name()
        self.config = config or SweepConfig.from_settings(settings)
        self.clock = clock

    async def sweep(self) -> SweepReport:
        now = self.clock()
        report = SweepReport(claim=await asyncio.to_thread(self.claim_due, now))
        if self.follow_up_sources:
            report.follow_ups = await asyncio.to_thread(self.claim_follow_ups, now)
        started = time.monotonic()
        for _ in range(MAX_SEND_ROUNDS):
            leased = await asyncio.to_thread(self.lease, self.clock())
            if not leased:
                break
            outcomes = await send_all(self.channels, leased, self.config.send_concurrency)
            counts = await asyncio.to_thread(self.record, outcomes)
            report.sent += counts["sent"]
            report.retried += counts["retry"]
            report.failed += counts["failed"]
            if time.monotonic() - started > self.config.send_budget.total_seconds():
                break
        report.closed_medication = await asyncio.to_thread(self.close_windows, self.clock())
        report.pruned = await asyncio.to_thread(self.prune, self.clock())
        return report

    # -- the steps, each its own transaction(s); callable on their own ------------------------

    def claim_due(self, now: datetime) -> ClaimReport:
        """Claim every due occurrence, a batch per transaction."""
        total = ClaimReport()
        for _ in range(MAX_CLAIM_BATCHES):
            with self.database.transaction() as db:
                batch = claim_due_batch(db, now, self.config.batch_size, self.config.grace)
            total.add(batch)
            if batch.claimed < self.config.batch_size:
                break
        return total

    def claim_follow_ups(self, now: datetime) -> int:
        with self.database.transaction() as db:
            return queue_follow_ups(db, now, self.follow_up_sources, self.config.batch_size)

    def lease(self, now: datetime) -> list[Leased]:
        with self.database.transaction() as db:
            return lease_batch(
                db,
                now,
                worker=self.worker,
                limit=self.config.batch_size,
                lease=self.config.lease,
                grace=self.config.grace,
                channel_names=frozenset(self.channels.names()),
                settings=self.settings,
            )

    def record(self, outcomes: list[Outcome]) -> dict[str, int]:
        with self.database.transaction() as db:
            return record_outcomes(
                db,
                outcomes,
                self.clock(),
                max_attempts=self.config.max_attempts,
                after_sent=AFTER_SENT,
            )

    def prune(self, now: datetime) -> int:
        with self.database.transaction() as db:
            return prune_deliveries(db, now - self.config.keep, self.config.batch_size)

    def close_windows(self, now: datetime) -> int:
        with self.database.transaction() as db:
            return close_medication_windows(
                db, now, self.config.medication_window, self.config.batch_size
            )
