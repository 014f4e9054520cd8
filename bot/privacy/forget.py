"""/forget: delete everything about a person. Only an audit entry without content remains."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from bot.privacy.audit import audit
from bot.privacy.user_tables import user_owned_mappers
from storage.context_versions import discard_pending
from storage.models import User


def forget_user(db: Session, user_id: int, now: datetime) -> dict[str, int]:
    """Delete the user and every row that belongs to them; return counts per table."""
    counts: dict[str, int] = {}
    for mapper in user_owned_mappers():
        model = mapper.class_
        counts[mapper.local_table.name] = (
            db.scalar(  # type: ignore[union-attr]
                select(func.count()).select_from(model).where(model.user_id == user_id)
            )
            or 0
        )
    db.expunge_all()
    # Children first, so deletion does not depend on the database enforcing ON DELETE CASCADE.
    for mapper in reversed(_in_dependency_order()):
        model = mapper.class_
        db.execute(delete(model).where(model.user_id == user_id))
    db.execute(delete(User).where(User.id == user_id))
    discard_pending(db, user_id)  # writes earlier in this transaction: no one to version now
    audit(
        db,
        actor=f"user:{user_id}",
        action="forget",
        subject_user_id=user_id,
        at=now,
        rows={name: count for name, count in counts.items() if count},
    )
    return counts


def _in_dependency_order() -> list:  # type: ignore[type-arg]
    """User-owned mappers sorted parents before children (by foreign keys)."""
    from storage.models import Base

    owned = {mapper.local_table: mapper for mapper in user_owned_mappers()}
    return [owned[table] for table in Base.metadata.sorted_tables if table in owned]
