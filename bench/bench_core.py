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
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text

from bot.core import Core
from bot.messages import IncomingMessage
from bot.settings import Settings
from storage.crypto import KeyRing, generate_key
from storage.db import Database, make_engine
from storage.migrate import upgrade

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


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


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


def sqlite_database() -> Database:
    path = Path(tempfile.mkdtemp()) / "bench.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)
    engine.dispose()
    return Database(f"sqlite:///{path}", KeyRing(generate_key()))


def postgres_database(url: str) -> tuple[Database, str]:
    from sqlalchemy.engine import make_url

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
    return Database(scoped_url, KeyRing(generate_key()), pool_size=10), schema


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=3000)
    parser.add_argument("--postgres", default=os.environ.get("SANCTUM_TEST_POSTGRES_URL"))
    args = parser.parse_args()
    print(f"core: offline engine, 50 users, {len(MESSAGES)} kinds of realistic message")
    for workers in (1, 4):
        database = sqlite_database()
        run(database, "SQLite (file, WAL)", args.messages, workers)
        database.dispose()
    if args.postgres:
        for workers in (1, 4):
            database, schema = postgres_database(args.postgres)
            try:
                run(database, "PostgreSQL (loopback)", args.messages, workers)
            finally:
                database.dispose()
                admin = make_engine(args.postgres)
                with admin.begin() as connection:
                    connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
                admin.dispose()


if __name__ == "__main__":
    main()
