"""Writing audit events. Details hold ids, counts and kinds, never message content."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from storage.models import AuditEvent


def audit(
    db: Session,
    *,
    actor: str,
    action: str,
    subject_user_id: int | None,
    at: datetime,
    **detail: Any,
) -> None:
    db.add(
        AuditEvent(
            actor=actor, action=action, subject_user_id=subject_user_id, at=at, detail=detail
        )
    )
