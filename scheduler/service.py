"""The scheduler as a background service of `sanctum run`: one APScheduler interval job per
process that sweeps the due table. Every process may run it (see scheduler/claim.py)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from datetime import UTC, datetime

from apscheduler.schedulers.asyncio import AsyncIOScheduler

from bot.background import Runtime
from bot.safe_logging import describe_failure
from scheduler.backfill import schedule_unscheduled_users
from scheduler.crisis_followups import FollowUpSource
from scheduler.sweep import Sweeper

log = logging.getLogger("sanctum.scheduler")


class SchedulerService:
    name = "scheduler"

    def __init__(
        self, runtime: Runtime, *, follow_up_sources: Sequence[FollowUpSource] = ()
    ) -> None:
        self.runtime = runtime
        self.sweeper = Sweeper(
            runtime.db,
            runtime.settings,
            runtime.channels,
            follow_up_sources=follow_up_sources,
        )
        self.sweeps = 0

    async def run(self) -> None:
        try:
            await asyncio.to_thread(
                schedule_unscheduled_users, self.runtime.db, self.runtime.settings
            )
        except Exception as error:  # reminders still work for everyone already scheduled
            log.error("scheduling existing users failed: %s", describe_failure(error))
        scheduler = AsyncIOScheduler(timezone=UTC)
        scheduler.add_job(
            self._sweep,
            "interval",
            seconds=self.runtime.settings.scheduler_sweep_seconds,
            next_run_time=datetime.now(UTC),  # at once: catch up after downtime
            id="sweep",
            max_instances=1,
            coalesce=True,
            misfire_grace_time=None,
        )
        scheduler.start()
        log.info("scheduler %s sweeping every %ss", self.sweeper.worker,
                 self.runtime.settings.scheduler_sweep_seconds)  # fmt: skip
        try:
            await asyncio.Event().wait()
        finally:
            scheduler.shutdown(wait=False)

    async def _sweep(self) -> None:
        try:
            report = await self.sweeper.sweep()
        except asyncio.CancelledError:
            # Shutdown cancels a sweep in progress (APScheduler would log that as a failure).
            # Each step it finished is committed; what it had leased is leased again once the
            # lease runs out.
            log.info("sweep stopped by shutdown")
            return
        except Exception as error:  # the next sweep tries again; nothing is lost
            log.error("sweep failed: %s", describe_failure(error))
            return
        self.sweeps += 1
        claim = report.claim
        if claim.claimed or report.sent or report.failed or report.follow_ups:
            log.info(
                "sweep: %d queued, %d missed, %d suppressed, %d follow-ups, %d sent, "
                "%d to retry, %d failed",
                claim.queued,
                claim.missed,
                claim.suppressed,
                report.follow_ups,
                report.sent,
                report.retried,
                report.failed,
            )
