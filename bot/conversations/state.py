"""Storing where a conversation flow stands."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from storage.direct import DirectStatement, load_row
from storage.models import ConversationState

# Built once and run directly (``storage/direct.py``): it runs for every message in a flow.
_ACTIVE_FLOW = DirectStatement(
    select(*ConversationState.__table__.columns)
    .where(ConversationState.user_id == bindparam("user_id"), ConversationState.active.is_(True))
    .limit(1),
    ("user_id",),
)


def active_flow(db: Session, user_id: int, now: datetime) -> ConversationState | None:
    db.flush()  # a flow entered or paused in this transaction counts
    row = _ACTIVE_FLOW.first(db, {"user_id": user_id})
    state: ConversationState | None = (
        load_row(db, ConversationState, row) if row is not None else None
    )
    if state is not None and state.expires_at is not None and state.expires_at <= now:
        db.delete(state)
        db.flush()
        return None
    return state


def get_flow(db: Session, user_id: int, flow: str) -> ConversationState | None:
    return db.get(ConversationState, (user_id, flow))


def enter_flow(
    db: Session,
    user_id: int,
    flow: str,
    step: str,
    now: datetime,
    *,
    data: dict[str, Any] | None = None,
    ttl: timedelta | None = None,
) -> ConversationState:
    """Make ``flow`` the active one (others pause) at ``step``."""
    pause_all(db, user_id)
    state = get_flow(db, user_id, flow)
    if state is None:
        state = ConversationState(user_id=user_id, flow=flow, step=step)
        db.add(state)
    state.step = step
    state.active = True
    state.data = data if data is not None else (state.data or {})
    state.updated_at = now
    state.expires_at = now + ttl if ttl else None
    db.flush()
    return state


def move_to(state: ConversationState, step: str, now: datetime, **data: Any) -> None:
    state.step = step
    state.data = {**(state.data or {}), **data}
    state.updated_at = now


def pause_all(db: Session, user_id: int) -> None:
    db.execute(
        update(ConversationState)
        .where(ConversationState.user_id == user_id, ConversationState.active.is_(True))
        .values(active=False)
    )


def finish(db: Session, state: ConversationState) -> None:
    db.delete(state)
    db.flush()
