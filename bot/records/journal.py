"""The record journal: which records a message wrote, newest last, for /undo."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import insert
from sqlalchemy.orm import Session

from storage.direct import DirectStatement
from storage.models import RecordJournal

# Built once, and a direct INSERT: nothing reads the row back as an object in the transaction
# that writes it, and the ORM's unit of work around it costs more than the write.
_JOURNAL = DirectStatement(
    insert(RecordJournal.__table__), ("user_id", "kind", "record_id", "created_at")
)


def journal(db: Session, *, user_id: int, kind: str, record_id: int, at: datetime) -> None:
    """Note that record ``record_id`` of table ``kind`` was written for ``user_id``."""
    _JOURNAL.execute(
        db, {"user_id": user_id, "kind": kind, "record_id": record_id, "created_at": at}
    )
