"""Scheduler sweep at scale: 100,000 users on PostgreSQL, 10,000 occurrences due at once.

    python bench/bench_scheduler_sweep.py [POSTGRES_URL] [--users 100000] [--due 10000]
                                          [--workers 1]

The URL defaults to SANCTUM_TEST_POSTGRES_URL. Data is generated inside PostgreSQL
(generate_series) into a scratch schema, so this process never holds per-user objects.
Prints how long one sweep takes to find and claim the due occurrences (schedule rows locked
with SKIP LOCKED, delivery rows written, rules advanced; sending excluded), how long leasing
and composing the messages takes, and the process's peak memory (ru_maxrss).
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url

from bot.outbound import ChannelDirectory, DeliveryResult, OutboundMessage
from bot.settings import Settings
from scheduler.sweep import SweepConfig, Sweeper
from storage.crypto import KeyRing, generate_key
from storage.db import Database, make_engine
from storage.migrate import upgrade
from storage.models import ReminderDelivery, Schedule

ZONES = [
    "Europe/Berlin",
    "America/New_York",
    "Asia/Kolkata",
    "Pacific/Auckland",
    "Europe/London",
    "America/Los_Angeles",
    "Asia/Tokyo",
    "Australia/Sydney",
]


class NeverCalled:
    """A channel named like the users' platform: leasing composes for it, nothing is sent."""

    name = "bench"

    async def send(self, address: str, message: OutboundMessage) -> DeliveryResult:
        raise AssertionError("the bench never sends")


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def scratch_schema(url: str) -> tuple[str, str]:
    schema = f"sanctum_bench_{uuid.uuid4().hex[:8]}"
    admin = make_engine(url)
    with admin.begin() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    admin.dispose()
    scoped = make_url(url).update_query_dict({"options": f"-csearch_path={schema}"})
    scoped_url = scoped.render_as_string(hide_password=False)
    engine = make_engine(scoped_url)
    upgrade(engine)
    engine.dispose()
    return schema, scoped_url


def populate(database: Database, users: int, due: int, now: datetime) -> None:
    """Users with a morning and an evening check-in, every other one a medication; ``due``
    rows due in the last minutes, the rest spread over the next day."""
    zones = "ARRAY[" + ",".join(f"'{zone}'" for zone in ZONES) + "]"
    statements = [
        "INSERT INTO users (id, created_at) SELECT g, :now FROM generate_series(1, :users) g",
        "INSERT INTO platform_identities (user_id, platform, platform_user_id, linked_at) "
        "SELECT g, 'bench', 'u' || g, :now FROM generate_series(1, :users) g",
        "INSERT INTO profiles (user_id, timezone, morning_checkin, evening_checkin, tracking, "
        f"updated_at) SELECT g, ({zones})[1 + g % {len(ZONES)}], time '08:00', time '21:00', "
        "'[]', :now FROM generate_series(1, :users) g",
        "INSERT INTO reminder_settings (user_id, quiet_start, quiet_end, medication_reminders, "
        "appointment_leads, updated_at) SELECT g, time '22:30', time '07:00', true, '[1440, 60]', "
        ":now FROM generate_series(1, :users, 5) g",
        "INSERT INTO medications (id, user_id, name, schedule, active, created_at) "
        "SELECT g, g, 'med', '[\"09:00\"]', true, :now FROM generate_series(1, :users, 2) g",
        # The due rows: the morning check-in of the first ``due`` users, due in the last 10 min.
        "INSERT INTO schedules (user_id, key, kind, variant, local_time, zone, next_fire_at, "
        f"created_at, updated_at) SELECT g, 'checkin:morning', 'checkin', 'morning', "
        f"time '08:00', ({zones})[1 + g % {len(ZONES)}], "
        ":now - (g % 600) * interval '1 second', :now, :now FROM generate_series(1, :due) g",
        "INSERT INTO schedules (user_id, key, kind, variant, local_time, zone, next_fire_at, "
        f"created_at, updated_at) SELECT g, 'checkin:morning', 'checkin', 'morning', "
        f"time '08:00', ({zones})[1 + g % {len(ZONES)}], "
        ":now + (1 + g % 86000) * interval '1 second', :now, :now "
        "FROM generate_series(:due + 1, :users) g",
        "INSERT INTO schedules (user_id, key, kind, variant, local_time, zone, next_fire_at, "
        f"created_at, updated_at) SELECT g, 'checkin:evening', 'checkin', 'evening', "
        f"time '21:00', ({zones})[1 + g % {len(ZONES)}], "
        ":now + (1 + g % 86000) * interval '1 second', :now, :now "
        "FROM generate_series(1, :users) g",
        "INSERT INTO schedules (user_id, key, kind, variant, ref_id, local_time, zone, "
        f"next_fire_at, created_at, updated_at) SELECT g, 'medication:' || g || ':09:00', "
        f"'medication', '09:00', g, time '09:00', ({zones})[1 + g % {len(ZONES)}], "
        ":now + (1 + g % 86000) * interval '1 second', :now, :now "
        "FROM generate_series(1, :users, 2) g",
    ]
    naive_now = now.replace(tzinfo=None)
    with database.engine.begin() as connection:
        for statement in statements:
            connection.execute(text(statement), {"now": naive_now, "users": users, "due": due})
    with database.engine.connect() as connection:
        connection.execution_options(isolation_level="AUTOCOMMIT").execute(text("ANALYZE"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("url", nargs="?", default=os.environ.get("SANCTUM_TEST_POSTGRES_URL"))
    parser.add_argument("--users", type=int, default=100_000)
    parser.add_argument("--due", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=1, help="sweeping processes (threads)")
    parser.add_argument("--batch", type=int, default=500)
    args = parser.parse_args()
    if not args.url:
        sys.exit("give a PostgreSQL URL or set SANCTUM_TEST_POSTGRES_URL")
    schema, url = scratch_schema(args.url)
    settings = Settings(_env_file=None, data_dir=Path(tempfile.mkdtemp()))  # type: ignore[call-arg]
    databases = [Database(url, KeyRing(generate_key())) for _ in range(args.workers)]
    now = datetime.now(UTC).replace(microsecond=0)
    try:
        began = time.perf_counter()
        populate(databases[0], args.users, args.due, now)
        print(
            f"scheduler sweep: PostgreSQL, {args.users} users, "
            f"{args.users * 2 + args.users // 2} schedule rows, {args.due} due; "
            f"data generated in {time.perf_counter() - began:.1f} s"
        )
        rss_before = peak_rss_mb()
        channels = ChannelDirectory([NeverCalled()])
        sweepers = [
            Sweeper(
                database,
                settings,
                channels,
                worker=f"bench-{index}",
                config=SweepConfig(batch_size=args.batch),
            )
            for index, database in enumerate(databases)
        ]
        reports = []
        began = time.perf_counter()
        threads = [
            threading.Thread(target=lambda s=sweeper: reports.append(s.claim_due(now)))
            for sweeper in sweepers
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        claim_seconds = time.perf_counter() - began
        claimed = sum(report.claimed for report in reports)
        queued = sum(report.queued for report in reports)
        suppressed = sum(report.suppressed for report in reports)
        with databases[0].transaction() as db:
            deliveries = db.scalar(select(func.count()).select_from(ReminderDelivery))
            still_due = db.scalar(
                select(func.count()).select_from(Schedule).where(Schedule.next_fire_at <= now)
            )
        print(
            f"find and claim: {claimed} occurrences in {claim_seconds:.2f} s "
            f"({claimed / claim_seconds:,.0f}/s) with {args.workers} worker(s), batch "
            f"{args.batch}; {queued} queued, {suppressed} suppressed (quiet hours); "
            f"{deliveries} delivery rows, {still_due} still due"
        )
        began = time.perf_counter()
        leased = 0
        lease_now = now + timedelta(seconds=1)
        while True:
            batch = sweepers[0].lease(lease_now)
            if not batch:
                break
            leased += len(batch)
        lease_seconds = time.perf_counter() - began
        print(
            f"lease and compose (sending excluded): {leased} messages in {lease_seconds:.2f} s "
            f"({leased / lease_seconds:,.0f}/s)"
        )
        print(f"peak RSS: {peak_rss_mb():.0f} MB (before the sweep: {rss_before:.0f} MB)")
    finally:
        for database in databases:
            database.dispose()
        admin = make_engine(args.url)
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


if __name__ == "__main__":
    main()
