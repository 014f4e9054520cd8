"""/undo: remove the most recent record the bot wrote for this person."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.records.describe import describe_record
from bot.records.kinds import RECORD_KINDS
from storage.models import RecordJournal


def undo_last_record(db: Session, user_id: int) -> str | None:
    """Delete the newest journaled record; return what it was, or None if there is none."""
    while True:
        entry = db.scalars(
            select(RecordJournal)
            .where(RecordJournal.user_id == user_id)
            .order_by(RecordJournal.id.desc())
            .limit(1)
        ).first()
        if entry is None:
            return None
        model = RECORD_KINDS.get(entry.kind)
        record = db.get(model, entry.record_id) if model else None
        db.delete(entry)
        if record is None or getattr(record, "user_id", None) != user_id:
            continue  # already gone (deleted another way): look further back
        description = describe_record(record, db)
        db.delete(record)
        db.flush()
        return description
