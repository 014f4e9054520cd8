"""Reading a person's context version tokens (see ``storage/context_versions.py``)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.context_versions import bump, flush_pending
from storage.models import ContextVersion


@dataclass(frozen=True)
class VersionTokens:
    profile: str
    activity: str


def read_version(db: Session, user_id: int) -> VersionTokens:
    """The person's current tokens; a person without a row (older data) gets one now.

    Writes of this transaction not yet flushed, or flushed but not yet versioned, are versioned
    first, so a context built inside a transaction is cached under a token of its own.
    """
    db.flush()
    flush_pending(db, user_id)
    row = db.execute(
        select(ContextVersion.profile_token, ContextVersion.activity_token).where(
            ContextVersion.user_id == user_id
        )
    ).first()
    if row is None:
        bump(db, user_id, ("profile", "activity"))
        row = db.execute(
            select(ContextVersion.profile_token, ContextVersion.activity_token).where(
                ContextVersion.user_id == user_id
            )
        ).one()
    return VersionTokens(profile=row.profile_token, activity=row.activity_token)
