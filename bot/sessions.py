"""Sessions (runs of conversation separated by idle gaps) and the append-only session log."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from storage.models import ChatSession, SessionLogEntry


def current_session(db: Session, user_id: int, now: datetime, idle_minutes: int) -> ChatSession:
    """The user's open session, or a new one after an idle gap (the old one is closed)."""
    latest = db.scalars(
        select(ChatSession)
        .where(ChatSession.user_id == user_id)
        .order_by(ChatSession.last_activity_at.desc(), ChatSession.id.desc())
        .limit(1)
    ).first()
    gap = timedelta(minutes=idle_minutes)
    if latest is not None and latest.ended_at is None and now - latest.last_activity_at <= gap:
        latest.last_activity_at = max(latest.last_activity_at, now)
        return latest
    if latest is not None and latest.ended_at is None:
        latest.ended_at = latest.last_activity_at + gap
    session = ChatSession(user_id=user_id, started_at=now, last_activity_at=now)
    db.add(session)
    db.flush()
    return session


def append_log(
    db: Session,
    chat_session: ChatSession,
    *,
    role: str,
    kind: str,
    text: str,
    at: datetime,
    message_id: int | None = None,
) -> None:
    db.add(
        SessionLogEntry(
            user_id=chat_session.user_id,
            session_id=chat_session.id,
            message_id=message_id,
            at=at,
            role=role,
            kind=kind,
            text=text,
        )
    )
