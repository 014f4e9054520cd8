"""Context build time at 1 month, 1 year and 5 years of records, and tokens per turn.

    python bench/bench_context.py [--builds 300] [--postgres URL]

For each history length one person gets synthetic records (8 mood shifts, 2 check-ins,
3 medication events and a conversation of 16 turns a day, a growing set of facts). Prints the
time to build their context cold (no cache) and cached, the ratio to one month, and the
tokens per turn (system prompt + context + message) against a naive baseline that sends
everything stored about the person. SQLite always; PostgreSQL when a URL is given (or
SANCTUM_TEST_POSTGRES_URL is set).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_core import percentile, postgres_database, sqlite_database
from sqlalchemy import insert, select, text

from bot.llm.prompts import reply_prompt, template
from bot.settings import Settings
from bot.users import resolve_user
from context_builder import ContextCache, build_context, estimate_tokens
from storage.db import Database, make_engine
from storage.models import (
    Baseline,
    ChatSession,
    KnowledgeEntry,
    Medication,
    MedicationEvent,
    MoodShift,
    Profile,
    SessionLogEntry,
    SessionMemory,
)

NOW = datetime(2026, 11, 24, 18, 0, tzinfo=UTC)
HISTORIES = {"1 month": 30, "1 year": 365, "5 years": 5 * 365, "5y/12f": 5 * 365}
# Facts grow with the years too (the section reads the newest 60); "5y/12f" is five years of
# records with one month's facts, to separate the two.
FACTS = {"1 month": 12, "1 year": 40, "5 years": 120, "5y/12f": 12}
STATES = [
    ("anxious", "anxious"),
    ("calm", "stable"),
    ("sad", "depressive"),
    ("irritable", "angry"),
    ("happy", "stable"),
    ("numb", "depressive"),
    ("elevated", "elevated"),
    ("overwhelmed", "anxious"),
]
TRIGGERS = ["call with my boss", "argument with my partner", "bus was late", "bad sleep", None]
MESSAGE = "went from calm to anxious after the call with my boss, chest is tight"


def seed(database: Database, label: str, days: int, facts: int) -> int:
    with database.transaction() as db:
        user_id, _ = resolve_user(db, "bench", label, NOW - timedelta(days=days + 1))
        profile = db.get(Profile, user_id)
        profile.name, profile.timezone, profile.pronouns = "Alex", "Europe/Berlin", "they/them"
        profile.tracking = ["mood_shifts", "sleep", "medication"]
        db.add(Medication(user_id=user_id, name="lamotrigine", dose="200 mg", schedule=["08:00"]))
        db.add(Medication(user_id=user_id, name="quetiapine", dose="50 mg", schedule=["21:30"]))
        for number in range(facts):
            at = NOW - timedelta(days=days * number / max(1, facts))
            db.add(
                KnowledgeEntry(
                    user_id=user_id,
                    value=f"fact {number}: works night shifts on weekends at the hospital",
                    confidence="confirmed" if number % 3 else "inferred",
                    created_at=at,
                    updated_at=at,
                    confirmed_at=at if number % 3 else None,
                )
            )
    for first in range(0, days, 200):
        rows: dict[type, list[dict]] = {MoodShift: [], Baseline: [], MedicationEvent: []}
        log: list[dict] = []
        memories: list[dict] = []
        with database.transaction() as db:
            sessions = []
            for day in range(first, min(days, first + 200)):
                start = NOW - timedelta(days=days - day)
                session = ChatSession(
                    user_id=user_id, started_at=start, last_activity_at=start + timedelta(hours=1)
                )
                sessions.append((day, start, session))
                db.add(session)
            db.flush()
            for day, start, session in sessions:
                for index in range(8):
                    at = start + timedelta(hours=1.5 * index)
                    state, family = STATES[(day * 3 + index) % len(STATES)]
                    rows[MoodShift].append(
                        {
                            "user_id": user_id,
                            "created_at": at,
                            "occurred_at": at,
                            "current_state": state,
                            "family": family,
                            "intensity": 1 + (day + index) % 10,
                            "trigger": TRIGGERS[(day + index) % len(TRIGGERS)],
                            "crisis_level": "none",
                            "source": "text",
                        }
                    )
                for kind, hour in (("morning", 0), ("evening", 13)):
                    at = start + timedelta(hours=hour)
                    rows[Baseline].append(
                        {"user_id": user_id, "created_at": at, "recorded_at": at, "kind": kind,
                         "mood": 5 + day % 3, "sleep_hours": 6.5, "energy": 3}
                    )  # fmt: skip
                for hour, name in ((0, "lamotrigine"), (13, "quetiapine"), (14, "lamotrigine")):
                    at = start + timedelta(hours=hour)
                    rows[MedicationEvent].append(
                        {"user_id": user_id, "created_at": at, "occurred_at": at, "name": name,
                         "event": "taken" if (day + hour) % 9 else "missed"}
                    )  # fmt: skip
                for turn in range(16):
                    log.append(
                        {"user_id": user_id, "session_id": session.id,
                         "at": start + timedelta(minutes=3 * turn),
                         "role": "user" if turn % 2 == 0 else "bot", "kind": "message" if turn % 2 == 0 else "reply",
                         "text": f"turn {turn} of day {day}: a realistic sentence about the day, work and sleep"}
                    )  # fmt: skip
                memories.append(
                    {"session_id": session.id, "user_id": user_id, "updated_at": start,
                     "summary": f"Day {day}: anxious at work, calmer after a walk; slept badly."}
                )  # fmt: skip
            for model, values in (*rows.items(), (SessionLogEntry, log), (SessionMemory, memories)):
                if values:
                    db.execute(insert(model), values)
    return user_id


def naive_tokens(database: Database, user_id: int) -> int:
    """Everything stored about the person, one line per row: the 'send everything' baseline."""
    total = 0
    with database.transaction() as db:
        for shift in db.scalars(select(MoodShift).where(MoodShift.user_id == user_id)):
            total += estimate_tokens(
                f"{shift.occurred_at:%Y-%m-%d %H:%M} {shift.current_state} "
                f"{shift.intensity}/10 {shift.trigger or ''}"
            )
        for row in db.scalars(select(Baseline).where(Baseline.user_id == user_id)):
            total += estimate_tokens(f"{row.recorded_at:%Y-%m-%d} {row.kind} mood {row.mood}")
        for event in db.scalars(select(MedicationEvent).where(MedicationEvent.user_id == user_id)):
            total += estimate_tokens(
                f"{event.occurred_at:%Y-%m-%d %H:%M} {event.name} {event.event}"
            )
        for entry in db.scalars(select(SessionLogEntry).where(SessionLogEntry.user_id == user_id)):
            total += estimate_tokens(f"{entry.at:%Y-%m-%d %H:%M} {entry.role}: {entry.text}")
        for fact in db.scalars(select(KnowledgeEntry).where(KnowledgeEntry.user_id == user_id)):
            total += estimate_tokens(f"- {fact.value} ({fact.confidence})")
    return total


def one_build(database: Database, settings: Settings, user_id: int, now: datetime, cache):
    began = time.perf_counter()
    with database.transaction() as db:
        context = build_context(db, settings, user_id=user_id, now=now, cache=cache)
    return (time.perf_counter() - began) * 1000, context


def run(database: Database, label: str, builds: int) -> None:
    settings = Settings(_env_file=None, data_dir=Path(tempfile.mkdtemp()))  # type: ignore[call-arg]
    system_tokens = estimate_tokens(template("system.txt"))
    message_tokens = estimate_tokens(MESSAGE)
    people = {name: seed(database, name, days, FACTS[name]) for name, days in HISTORIES.items()}
    cold: dict[str, list[float]] = {name: [] for name in people}
    cached: dict[str, list[float]] = {name: [] for name in people}
    caches = {name: ContextCache() for name in people}
    contexts = {}
    # Rounds interleave the histories, so a busy machine slows each of them alike.
    for index in range(builds + 20):
        now = NOW + timedelta(seconds=index % 50)
        for name, user_id in people.items():
            took, contexts[name] = one_build(database, settings, user_id, now, None)
            hit, _ = one_build(database, settings, user_id, now, caches[name])
            if index >= 20:  # the first rounds warm up connections and statement caches
                cold[name].append(took)
                cached[name].append(hit)
    print(
        f"\n{label}: context build (budget {settings.context_token_budget} tokens), {builds} rounds"
    )
    print(
        f"{'history':<9} {'rows':>7} {'cold p50':>9} {'cold p95':>9} {'ratio':>6} "
        f"{'cached p50':>11} {'context':>8} {'per turn':>9} {'uncached':>9} {'naive':>10} "
        f"{'saving':>7}"
    )
    base = statistics.median(cold["1 month"])
    for name, user_id in people.items():
        with database.transaction() as db:
            rows = sum(
                db.scalar(text(f"SELECT count(*) FROM {table} WHERE user_id = :u"), {"u": user_id})
                for table in ("mood_shifts", "baselines", "medication_events", "session_log")
            )
        context = contexts[name]
        prompt = reply_prompt(context, MESSAGE, "")
        per_turn = estimate_tokens(prompt.system + prompt.stable + prompt.dynamic)
        uncached = estimate_tokens(prompt.dynamic)  # system + stable are a cached prefix
        naive = system_tokens + naive_tokens(database, user_id) + message_tokens
        median = statistics.median(cold[name])
        print(
            f"{name:<9} {rows:>7} {median:>7.2f}ms {percentile(cold[name], 0.95):>7.2f}ms "
            f"{median / base:>5.2f}x {statistics.median(cached[name]):>9.2f}ms {context.tokens:>8} "
            f"{per_turn:>9} {uncached:>9} {naive:>10} {naive / per_turn:>6.0f}x"
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--builds", type=int, default=300, help="rounds of builds")
    parser.add_argument("--postgres", default=os.environ.get("SANCTUM_TEST_POSTGRES_URL"))
    args = parser.parse_args()
    print(
        "columns: rows of history; build time cold (no cache) p50/p95 and its ratio to 1 month; "
        "cached p50;\ncontext tokens; tokens per turn (system + context + message); the part not "
        "in a cached prefix;\nthe naive send-everything baseline and how many times larger it is."
    )
    database = sqlite_database()
    try:
        run(database, "SQLite (file, WAL)", args.builds)
    finally:
        database.dispose()
    if args.postgres:
        database, schema = postgres_database(args.postgres)
        try:
            run(database, "PostgreSQL (loopback)", args.builds)
        finally:
            database.dispose()
            admin = make_engine(args.postgres)
            with admin.begin() as connection:
                connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
            admin.dispose()


if __name__ == "__main__":
    main()
