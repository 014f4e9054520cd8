"""/export: everything stored about a person, decrypted, as one JSON document."""

from __future__ import annotations

import json
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.privacy.audit import audit
from bot.privacy.user_tables import user_owned_mappers
from storage.models import AuditEvent, User

EXPORT_FORMAT = "sanctum-export/1"


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    return value


def _rows(db: Session, mapper: Any, user_id: int) -> list[dict[str, Any]]:
    model = mapper.class_
    primary_key = [column.key for column in mapper.primary_key]
    records = db.scalars(
        select(model)
        .where(model.user_id == user_id)
        .order_by(*(getattr(model, key) for key in primary_key))
    ).all()
    return [
        {attribute.key: _plain(getattr(record, attribute.key)) for attribute in mapper.column_attrs}
        for record in records
    ]


def export_user_data(db: Session, user_id: int, now: datetime) -> dict[str, Any]:
    user = db.get(User, user_id)
    tables = {
        mapper.local_table.name: _rows(db, mapper, user_id) for mapper in user_owned_mappers()
    }
    tables["audit_log"] = [
        {
            "at": _plain(event.at),
            "actor": event.actor,
            "action": event.action,
            "detail": event.detail,
        }
        for event in db.scalars(
            select(AuditEvent).where(AuditEvent.subject_user_id == user_id).order_by(AuditEvent.id)
        )
    ]
    audit(
        db,
        actor=f"user:{user_id}",
        action="export",
        subject_user_id=user_id,
        at=now,
        rows={name: len(rows) for name, rows in tables.items()},
    )
    return {
        "format": EXPORT_FORMAT,
        "exported_at": now.isoformat(),
        "user": {"id": user_id, "created_at": _plain(user.created_at) if user else None},
        "tables": tables,
    }


def export_json(db: Session, user_id: int, now: datetime) -> bytes:
    document = export_user_data(db, user_id, now)
    return json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")
