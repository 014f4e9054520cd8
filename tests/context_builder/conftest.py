"""Helpers for context builder tests: a person with records, built straight into the database."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import insert

from bot.users import resolve_user
from storage.db import Database
from storage.models import (
    Baseline,
    ChatSession,
    KnowledgeEntry,
    Medication,
    MedicationEvent,
    MoodShift,
    Profile,
    SessionLogEntry,
)

NOW = datetime(2026, 11, 24, 9, 30, tzinfo=UTC)
STATES = [("anxious", "anxious"), ("calm", "stable"), ("sad", "depressive"), ("happy", "stable")]


def make_person(database: Database, platform_user_id: str = "alice", *, name="Alex") -> int:
    with database.transaction() as db:
        user_id, _ = resolve_user(db, "test", platform_user_id, NOW - timedelta(days=3000))
        profile = db.get(Profile, user_id)
        profile.name = name
        profile.timezone = "Europe/Berlin"
        profile.pronouns = "they/them"
    return user_id


def add_history(
    database: Database, user_id: int, days: int, *, per_day: int = 6, now: datetime = NOW
) -> None:
    """``days`` of records ending at ``now``: moods, check-ins, medication, a log."""
    moods, baselines, events, log = [], [], [], []
    with database.transaction() as db:
        session = ChatSession(
            user_id=user_id,
            started_at=now - timedelta(days=days),
            last_activity_at=now - timedelta(days=days),
        )
        db.add(session)
        db.flush()
        for day in range(days):
            start = now - timedelta(days=days - day)
            for index in range(per_day):
                at = start + timedelta(hours=2 * index + 1)
                state, family = STATES[(day + index) % len(STATES)]
                moods.append(
                    {
                        "user_id": user_id,
                        "created_at": at,
                        "occurred_at": at,
                        "current_state": state,
                        "family": family,
                        "intensity": 1 + (day + index) % 10,
                        "trigger": "work" if index % 3 == 0 else None,
                        "crisis_level": "none",
                        "source": "text",
                    }
                )
            baselines.append(
                {
                    "user_id": user_id,
                    "created_at": start,
                    "recorded_at": start,
                    "kind": "morning",
                    "mood": 6,
                    "sleep_hours": 7.0,
                }
            )
            events.append(
                {
                    "user_id": user_id,
                    "created_at": start,
                    "occurred_at": start,
                    "name": "lamotrigine",
                    "event": "taken",
                }
            )
            log.append(
                {
                    "user_id": user_id,
                    "session_id": session.id,
                    "at": start,
                    "role": "user",
                    "kind": "message",
                    "text": f"day {day} was fine",
                }
            )
        for model, rows in (
            (MoodShift, moods),
            (Baseline, baselines),
            (MedicationEvent, events),
            (SessionLogEntry, log),
        ):
            for offset in range(0, len(rows), 5000):
                db.execute(insert(model), rows[offset : offset + 5000])
        db.add(Medication(user_id=user_id, name="lamotrigine", dose="200 mg", schedule=["08:00"]))


def add_fact(
    database: Database, user_id: int, value: str, *, confidence="confirmed", at=NOW
) -> int:
    with database.transaction() as db:
        entry = KnowledgeEntry(
            user_id=user_id,
            value=value,
            confidence=confidence,
            source="user" if confidence == "confirmed" else "model",
            created_at=at,
            updated_at=at,
            confirmed_at=at if confidence == "confirmed" else None,
        )
        db.add(entry)
        db.flush()
        return entry.id
