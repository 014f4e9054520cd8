"""After a key rotation: every stored value under the new key, and the search index rebuilt.

Both are maintenance runs by the system (``sanctum db reencrypt``, ``sanctum db
reindex-search``); each is audited with counts only.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.privacy.audit import audit
from bot.search import reindex_user
from storage.db import Database
from storage.models import User
from storage.reencrypt import reencrypt_all


def _audit_system(db: Session, action: str, user_id: int | None, **detail: Any) -> None:
    audit(
        db, actor="system", action=action, subject_user_id=user_id, at=datetime.now(UTC), **detail
    )


def reindex_everyone(database: Database) -> tuple[int, int]:
    """Rebuild everyone's /search index, one person per transaction: (log entries, people)."""
    with database.transaction() as db:
        user_ids = list(db.scalars(select(User.id).order_by(User.id)))
    entries = 0
    for user_id in user_ids:
        with database.transaction() as db:
            indexed = reindex_user(db, user_id)
            _audit_system(db, "search_reindex", user_id, entries=indexed)
        entries += indexed
    return entries, len(user_ids)


def reencrypt_everything(database: Database) -> Counter[str]:
    """Every stored value sealed again under the current key: how many per table.column."""
    resealed = reencrypt_all(database.engine)
    with database.transaction() as db:
        _audit_system(db, "reencrypt", None, values=sum(resealed.values()))
    return resealed
