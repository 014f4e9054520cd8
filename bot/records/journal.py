"""The record journal: which records a message wrote, newest last, for /undo."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import insert
from sqlalchemy.orm import Session

from storage.models import RecordJournal

# Built once, and a plain INSERT: nothing reads the row back as an object in the transaction
# that writes it, and the ORM's unit of work around it costs more than the write.
_JOURNAL = insert(RecordJournal.__table__)


def journal(db: Session, *, user_id: int, kind: str, record_id: int, at: datetime) -> None:
    """Note that record ``record_id`` of table ``kind`` was written for ``user_id``."""
    db.connection().execute(
        _JOURNAL, {"user_id": user_id, "kind": kind, "record_id": record_id, "created_at": at}
    )
