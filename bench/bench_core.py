"""Core throughput and latency: offline engine, 50 users, realistic messages.

    python bench/bench_core.py [--messages 5000] [--postgres URL]

Prints messages/s and p50/p95/p99 latency per message on SQLite (a file, WAL) and, when a
PostgreSQL URL is given (or SANCTUM_TEST_POSTGRES_URL is set), on PostgreSQL.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.support import percentile, postgres_database, sqlite_database
from bot.core import Core
from bot.messages import IncomingMessage
from bot.settings import Settings
from storage.db import Database

MESSAGES = [
    "went from calm to really anxious after the call with my boss, chest is tight",
    "feeling low after the argument with my partner",
    "morning: mood 6/10, slept 7h",
    "evening check-in: mood 4, anxiety 3/5, energy 2",
    "sadness 4 shame 3, urge to drink 2, used self-soothe",
    "took my lamotrigine",
    "skipped my lithium last night",
    "remember that I work night shifts on weekends",
    "note for my therapist: sleep has been worse since the dose change",
    "irritated since the bus was late",
    "calmer now after a walk",
    "hypomanic again, racing thoughts and no sleep",
    "hello",
    "/today",
    "/mood anxious functional",
    "numb and flat, didn't leave the house",
]


def run(database: Database, label: str, count: int, workers: int) -> None:
    settings = Settings(_env_file=None, data_dir=Path(tempfile.mkdtemp()))  # type: ignore[call-arg]
    core = Core(database, settings)
    rng = random.Random(7)
    start = datetime(2026, 11, 1, 7, tzinfo=UTC)
    users = [f"user-{i}" for i in range(50)]
    # Everyone has set up (a name and a zone, the rest skipped), as people using Sanctum have.
    for user in users:
        for step, said in enumerate(["/start", "Sam", "Europe/Berlin", "skip", "skip", "skip"]):
            core.handle(
                IncomingMessage(
                    platform="bench",
                    platform_user_id=user,
                    text=said,
                    sent_at=start - timedelta(minutes=10) + timedelta(seconds=step),
                    platform_message_id=f"setup-{step}",
                )
            )
    # A message every 5 s across 50 people: each writes every few minutes, within a session.
    plan = [
        IncomingMessage(
            platform="bench",
            platform_user_id=users[i % len(users)],
            text=rng.choice(MESSAGES),
            sent_at=start + timedelta(seconds=5 * i),
            platform_message_id=str(i),
        )
        for i in range(count)
    ]
    for message in plan[:100]:  # warm up caches and connections
        core.handle(
            message.model_copy(update={"platform_message_id": f"w{message.platform_message_id}"})
        )

    latencies: list[float] = []

    def one(message: IncomingMessage) -> None:
        began = time.perf_counter()
        core.handle(message)
        latencies.append((time.perf_counter() - began) * 1000)

    began = time.perf_counter()
    if workers == 1:
        for message in plan:
            one(message)
    else:
        with ThreadPoolExecutor(workers) as pool:
            list(pool.map(one, plan))
    elapsed = time.perf_counter() - began
    print(
        f"{label:<28} workers={workers} messages={count} rate={count / elapsed:8.0f} msg/s  "
        f"p50={statistics.median(latencies):6.2f} ms  p95={percentile(latencies, 0.95):6.2f} ms  "
        f"p99={percentile(latencies, 0.99):6.2f} ms"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=3000)
    parser.add_argument("--postgres", default=os.environ.get("SANCTUM_TEST_POSTGRES_URL"))
    args = parser.parse_args()
    print(f"core: offline engine, 50 users, {len(MESSAGES)} kinds of realistic message")
    for workers in (1, 4):
        with sqlite_database() as database:
            run(database, "SQLite (file, WAL)", args.messages, workers)
    if args.postgres:
        for workers in (1, 4):
            with postgres_database(args.postgres, prefix="bench_core", pool_size=10) as database:
                run(database, "PostgreSQL (loopback)", args.messages, workers)


if __name__ == "__main__":
    main()
