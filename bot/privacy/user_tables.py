"""Every table that holds one person's data, found from the models themselves.

A table with a ``user_id`` column belongs to the user and is exported and deleted with them;
new tables join automatically. The audit log is the exception: it outlives /forget.
"""

from __future__ import annotations

from sqlalchemy.orm import Mapper

from storage.models import AuditEvent, Base

KEPT_AFTER_FORGET = (AuditEvent,)


def user_owned_mappers() -> list[Mapper]:
    mappers = [
        mapper
        for mapper in Base.registry.mappers
        if "user_id" in mapper.columns and mapper.class_ not in KEPT_AFTER_FORGET
    ]
    return sorted(mappers, key=lambda mapper: mapper.local_table.name)  # type: ignore[union-attr]
