"""Sending queued deliveries: the second half of a sweep.

1. ``lease_batch`` (one transaction): lock queued rows whose attempt time has come and that no
   live lease holds (``FOR UPDATE SKIP LOCKED``), compose their messages, take a lease;
2. ``send_all`` (no transaction): send through the outbound channels, a few at a time;
3. ``record_outcomes`` (one transaction): sent, retry later with backoff, or give up.

A worker that dies between 1 and 3 leaves a lease that expires, and another worker sends the
row again: delivery is at least once in that case only, and the message carries an idempotency
key a channel may use to drop the repeat.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from bot.outbound import ChannelDirectory, DeliveryResult
from bot.safe_logging import describe_failure
from bot.settings import Settings
from scheduler.compose import Envelope, Undeliverable, compose
from scheduler.preferences import blocked_reason
from scheduler.recipients import load_recipients
from storage.crypto import EncryptionKeyError
from storage.models import Appointment, Caregiver, Medication, ReminderDelivery

log = logging.getLogger("sanctum.scheduler")

BACKOFF_BASE = timedelta(seconds=30)
BACKOFF_CAP = timedelta(minutes=15)
ALWAYS_SENT = frozenset({"crisis_followup"})  # never dropped for being late
# Reasons a reminder could not be composed that are failures (someone should look), unlike
# "gone" (the medication was removed) or "not_opted_in" (the caregiver has not agreed).
FAILURES = frozenset({"no_channel", "unknown_kind"})


@dataclass(frozen=True)
class Leased:
    delivery_id: int
    envelope: Envelope


@dataclass(frozen=True)
class Outcome:
    delivery_id: int
    result: DeliveryResult


AfterSent = Callable[[Session, ReminderDelivery, datetime], None]


def lease_batch(
    db: Session,
    now: datetime,
    *,
    worker: str,
    limit: int,
    lease: timedelta,
    grace: timedelta,
    channel_names: frozenset[str],
    settings: Settings,
) -> list[Leased]:
    """Lease up to ``limit`` deliveries that are due to be sent, composing their messages."""
    rows = db.scalars(
        select(ReminderDelivery)
        .where(
            ReminderDelivery.status == "queued",
            ReminderDelivery.next_attempt_at <= now,
            or_(ReminderDelivery.lease_until.is_(None), ReminderDelivery.lease_until < now),
        )
        .order_by(ReminderDelivery.next_attempt_at, ReminderDelivery.id)
        .limit(limit)
        .with_for_update(skip_locked=True)
    ).all()
    leased: list[Leased] = []
    recipients = load_recipients(db, (delivery.user_id for delivery in rows), settings)
    _preload_references(db, rows)
    for delivery in rows:
        if delivery.kind not in ALWAYS_SENT and now - delivery.due_at > grace:
            _close(delivery, "missed", "too_late")
            continue
        recipient = recipients[delivery.user_id]
        reason = blocked_reason(recipient.prefs, recipient.zone, now, delivery.kind)
        if reason is not None:
            _close(delivery, "suppressed", reason)
            continue
        try:
            composed = compose(db, delivery, now, channel_names, recipient)
        except SQLAlchemyError:
            raise  # the transaction is gone; the next sweep tries the batch again
        except Exception as error:  # one unreadable row must not hold up everyone else's
            log.error("composing reminder %s failed: %s", delivery.id, describe_failure(error))
            _close(delivery, "failed", f"compose:{type(error).__name__}")
            continue
        if isinstance(composed, Undeliverable):
            status = "failed" if composed.reason in FAILURES else "suppressed"
            _close(delivery, status, composed.reason)
            continue
        delivery.attempts += 1
        delivery.lease_owner = worker
        delivery.lease_until = now + lease
        leased.append(Leased(delivery.id, composed))
    return leased


async def send_all(
    directory: ChannelDirectory, leased: list[Leased], concurrency: int
) -> list[Outcome]:
    gate = asyncio.Semaphore(max(1, concurrency))

    async def send_one(item: Leased) -> Outcome:
        channel = directory.get(item.envelope.channel)
        if channel is None:
            return Outcome(item.delivery_id, DeliveryResult(outcome="refused", detail="no_channel"))
        async with gate:
            try:
                result = await channel.send(item.envelope.address, item.envelope.message)
            except asyncio.CancelledError:
                raise
            except Exception as error:
                log.warning(
                    "sending reminder %s failed: %s", item.delivery_id, describe_failure(error)
                )
                result = DeliveryResult(outcome="retry", detail=type(error).__name__[:200])
        return Outcome(item.delivery_id, result)

    return list(await asyncio.gather(*(send_one(item) for item in leased)))


def record_outcomes(
    db: Session,
    outcomes: list[Outcome],
    now: datetime,
    *,
    max_attempts: int,
    after_sent: dict[str, AfterSent],
) -> dict[str, int]:
    counts = {"sent": 0, "retry": 0, "failed": 0}
    ids = [outcome.delivery_id for outcome in outcomes]
    rows = {
        row.id: row
        for row in db.scalars(
            select(ReminderDelivery)
            .where(ReminderDelivery.id.in_(ids))
            .order_by(ReminderDelivery.id)
            .with_for_update()
        )
    }
    for outcome in outcomes:
        delivery = rows.get(outcome.delivery_id)
        if delivery is None or delivery.status != "queued":
            continue  # deleted with its user, or finished by a worker that took over the lease
        result = outcome.result
        delivery.lease_owner = None
        delivery.lease_until = None
        if result.outcome == "sent":
            delivery.status = "sent"
            delivery.sent_at = now
            delivery.detail = None
            hook = after_sent.get(delivery.kind)
            if hook is not None:
                _run_hook(db, hook, delivery, now)
            counts["sent"] += 1
        elif result.outcome == "retry" and delivery.attempts < max_attempts:
            delivery.next_attempt_at = now + backoff(delivery.attempts, result.retry_after)
            delivery.detail = _detail("retry", result.detail)
            counts["retry"] += 1
        else:
            reason = "refused" if result.outcome == "refused" else "gave_up"
            _close(delivery, "failed", _detail(reason, result.detail))
            counts["failed"] += 1
    return counts


def _preload_references(db: Session, rows: Sequence[ReminderDelivery]) -> None:
    """Load the medications, appointments and caregivers a batch refers to in one query each,
    so composing finds them in the session instead of asking one by one."""
    for kind, model in (
        ("medication", Medication),
        ("appointment", Appointment),
        ("digest", Caregiver),
    ):
        ids = {row.ref_id for row in rows if row.kind == kind and row.ref_id is not None}
        if not ids:
            continue
        # An unreadable row fails the whole query: composing then loads rows one by one.
        with contextlib.suppress(EncryptionKeyError):
            db.scalars(select(model).where(model.id.in_(ids))).all()


def _run_hook(db: Session, hook: AfterSent, delivery: ReminderDelivery, now: datetime) -> None:
    """Follow-up work for a sent reminder, in a savepoint: if it fails, the sent status is
    still recorded (otherwise the lease would expire and the reminder go out twice)."""
    try:
        with db.begin_nested():
            hook(db, delivery, now)
    except Exception as error:
        log.error("after sending reminder %s: %s", delivery.id, describe_failure(error))


def backoff(attempts: int, retry_after: float | None) -> timedelta:
    """30 s, 1 min, 2 min ... capped at 15 min; never sooner than the channel asked."""
    delay = min(BACKOFF_BASE * (2 ** max(0, attempts - 1)), BACKOFF_CAP)
    if retry_after is not None:
        delay = max(delay, timedelta(seconds=retry_after))
    return delay


def _close(delivery: ReminderDelivery, status: str, detail: str) -> None:
    delivery.status = status
    delivery.detail = detail[:64]
    delivery.next_attempt_at = None
    delivery.lease_owner = None
    delivery.lease_until = None


def _detail(reason: str, detail: str) -> str:
    return f"{reason}:{detail}"[:64] if detail else reason
