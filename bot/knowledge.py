"""How sure the bot is about what it knows: confirmed facts age into "outdated"."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.models import KnowledgeEntry

OUTDATED_AFTER = timedelta(days=183)


def effective_confidence(entry: KnowledgeEntry, now: datetime) -> str:
    """The stored confidence, or "outdated" when nobody confirmed it for six months."""
    if entry.confidence == "outdated":
        return "outdated"
    last_confirmed = entry.confirmed_at or entry.updated_at or entry.created_at
    if last_confirmed is not None and now - last_confirmed > OUTDATED_AFTER:
        return "outdated"
    return entry.confidence


MAX_INFERRED_FACTS = 200


def _normalised(text: str) -> str:
    return " ".join(text.casefold().split()).rstrip(".")


def add_inferred_facts(
    db: Session, user_id: int, facts: list[str], at: datetime
) -> list[KnowledgeEntry]:
    """Store what a model inferred as ``inferred`` facts, skipping ones already known.

    Not journaled for /undo: the person manages them with /fact (confirm, correct, delete).
    """
    if not facts:
        return []
    rows = db.execute(
        select(KnowledgeEntry.value, KnowledgeEntry.confidence).where(
            KnowledgeEntry.user_id == user_id
        )
    ).all()
    known = {_normalised(row.value) for row in rows}
    inferred = sum(1 for row in rows if row.confidence == "inferred")
    added = []
    for fact in facts:
        key = _normalised(fact)
        if not key or key in known or inferred >= MAX_INFERRED_FACTS:
            continue
        entry = KnowledgeEntry(
            user_id=user_id,
            category="general",
            value=fact.strip(),
            confidence="inferred",
            source="model",
            created_at=at,
            updated_at=at,
            confirmed_at=None,
        )
        db.add(entry)
        added.append(entry)
        known.add(key)
        inferred += 1
    return added


def find_fact(db: Session, user_id: int, fact_id: int) -> KnowledgeEntry | None:
    """The person's own fact by id; another person's id finds nothing."""
    return db.scalars(
        select(KnowledgeEntry).where(
            KnowledgeEntry.id == fact_id, KnowledgeEntry.user_id == user_id
        )
    ).first()


def confirm_fact(entry: KnowledgeEntry, at: datetime, new_value: str | None = None) -> None:
    if new_value is not None:
        entry.value = new_value
        entry.source = "user"
    entry.confidence = "confirmed"
    entry.confirmed_at = at
    entry.updated_at = at
