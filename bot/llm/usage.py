"""The token-use log: one row per model call, with counts and outcome, never content."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.llm.port import CallRecord
from storage.models import LlmUsage

WEEK = timedelta(days=7)


def record_calls(
    db: Session,
    *,
    user_id: int,
    message_id: int | None,
    calls: Iterable[CallRecord],
    at: datetime,
) -> None:
    for call in calls:
        db.add(
            LlmUsage(
                user_id=user_id,
                message_id=message_id,
                at=at,
                provider=call.provider[:16],
                model=call.model[:100],
                purpose=call.purpose,
                outcome=call.outcome,
                input_tokens=call.usage.input_tokens,
                output_tokens=call.usage.output_tokens,
                cache_read_tokens=call.usage.cache_read_tokens,
                cache_write_tokens=call.usage.cache_write_tokens,
                context_tokens=call.context_tokens,
                latency_ms=call.latency_ms,
            )
        )


def usage_since(db: Session, user_id: int, since: datetime) -> tuple[int, int, int]:
    """(calls, input tokens incl. cached, output tokens) for one person since ``since``."""
    row = db.execute(
        select(
            func.count(),
            func.coalesce(
                func.sum(
                    LlmUsage.input_tokens + LlmUsage.cache_read_tokens + LlmUsage.cache_write_tokens
                ),
                0,
            ),
            func.coalesce(func.sum(LlmUsage.output_tokens), 0),
        ).where(LlmUsage.user_id == user_id, LlmUsage.at >= since)
    ).one()
    return int(row[0]), int(row[1]), int(row[2])
