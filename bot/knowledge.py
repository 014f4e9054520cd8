"""How sure the bot is about what it knows: confirmed facts age into "outdated"."""

from __future__ import annotations

from datetime import datetime, timedelta

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
