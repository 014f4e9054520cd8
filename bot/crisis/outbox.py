"""The durable outbox: messages are written in the transaction that decides them, sent later.

Queueing is idempotent by key (a unique column): queueing the same alert twice does nothing.
Claiming takes due rows under ``SELECT ... FOR UPDATE SKIP LOCKED`` on PostgreSQL, so several
dispatchers never take the same row; on SQLite the claim runs in a ``BEGIN IMMEDIATE``
transaction, which serialises writers (one dispatcher process is the supported setup there).
A claim is a lease: if its process dies mid-send, the row is taken over when the lease ends.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, event, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from storage.models import OutboxMessage

LEASE = timedelta(minutes=2)
RETRY_BASE_SECONDS = 5.0
RETRY_CAP_SECONDS = 300.0
OPEN_STATUSES = ("pending", "sending")
_NEW_WORK = "sanctum_outbox_new_work"
_listeners: set[Callable[[], None]] = set()


def on_new_work(callback: Callable[[], None]) -> Callable[[], None]:
    """Call ``callback`` after any commit that queued a message; returns an unsubscribe.

    The dispatcher uses it to send at once instead of at its next poll. The callback runs on
    the committing thread, so it must be thread-safe (e.g. ``loop.call_soon_threadsafe``).
    """
    _listeners.add(callback)
    return lambda: _listeners.discard(callback)


def announce_new_work() -> None:
    """Tell the listeners that a message was queued (here, or by a core worker process)."""
    for callback in list(_listeners):
        callback()


@event.listens_for(Session, "after_commit")
def _wake_dispatchers(session: Session) -> None:
    if session.info.pop(_NEW_WORK, False):
        announce_new_work()


@event.listens_for(Session, "after_rollback")
def _forget_new_work(session: Session) -> None:
    session.info.pop(_NEW_WORK, None)


def alert_key(incident_id: int, contact_id: int, channel: str, round_: int) -> str:
    return f"alert:{incident_id}:{contact_id}:{channel}:{round_}"


def enqueue(
    db: Session,
    *,
    user_id: int,
    purpose: str,
    channel: str,
    address: str,
    key: str,
    now: datetime,
    incident_id: int | None = None,
    contact_id: int | None = None,
    round_: int = 1,
    body: dict[str, Any] | None = None,
    status: str = "pending",
) -> OutboxMessage | None:
    """Queue one message; None if a message with this key was queued before."""
    if db.scalar(select(OutboxMessage.id).where(OutboxMessage.idempotency_key == key)):
        return None
    row = OutboxMessage(
        user_id=user_id,
        purpose=purpose,
        incident_id=incident_id,
        contact_id=contact_id,
        channel=channel,
        address=address,
        round=round_,
        body=body,
        idempotency_key=key,
        status=status,
        attempts=0,
        next_attempt_at=now,
        created_at=now,
    )
    try:
        with db.begin_nested():  # a concurrent writer may have queued the same key
            db.add(row)
            db.flush()
    except IntegrityError:
        return None
    if status == "pending":
        db.info[_NEW_WORK] = True
    return row


def due_rows(db: Session, now: datetime, limit: int) -> list[OutboxMessage]:
    """Rows to send now, locked for this transaction (skipping rows others hold)."""
    return list(
        db.scalars(
            select(OutboxMessage)
            .where(
                or_(
                    and_(OutboxMessage.status == "pending", OutboxMessage.next_attempt_at <= now),
                    and_(OutboxMessage.status == "sending", OutboxMessage.lease_until < now),
                )
            )
            .order_by(OutboxMessage.next_attempt_at, OutboxMessage.id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
    )


def next_due_at(db: Session) -> datetime | None:
    return db.scalar(
        select(func.min(OutboxMessage.next_attempt_at)).where(OutboxMessage.status == "pending")
    )


def retry_delay(attempts: int, retry_after: float | None) -> timedelta:
    """Exponential backoff (5 s, 10 s, 20 s ... capped at 5 min), never sooner than asked."""
    backoff = min(RETRY_CAP_SECONDS, RETRY_BASE_SECONDS * 2 ** max(0, attempts - 1))
    return timedelta(seconds=max(backoff, retry_after or 0.0))


def cancel_open(
    db: Session,
    *,
    reason: str,
    incident_id: int | None = None,
    contact_id: int | None = None,
    purpose: str | None = None,
) -> int:
    """Cancel queued (not yet claimed) messages; returns how many."""
    conditions = [OutboxMessage.status == "pending"]
    if incident_id is not None:
        conditions.append(OutboxMessage.incident_id == incident_id)
    if contact_id is not None:
        conditions.append(OutboxMessage.contact_id == contact_id)
    if purpose is not None:
        conditions.append(OutboxMessage.purpose == purpose)
    result = db.execute(
        update(OutboxMessage)
        .where(*conditions)
        .values(status="cancelled", last_detail=reason[:200])
        .execution_options(synchronize_session=False)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def alerts_in_window(db: Session, user_id: int, since: datetime) -> int:
    return int(
        db.scalar(
            select(func.count())
            .select_from(OutboxMessage)
            .where(
                OutboxMessage.user_id == user_id,
                OutboxMessage.purpose == "alert",
                OutboxMessage.created_at > since,
                OutboxMessage.status.not_in(("cancelled", "rate_limited")),
            )
        )
        or 0
    )
