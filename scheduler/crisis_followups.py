"""Crisis follow-ups: the check-in the crisis path stores after an incident.

The crisis path (bot/crisis/) owns incidents. It stores when a follow-up is due; this module
only takes due follow-ups into the reminder outbox, through a small port:

    class FollowUpSource(Protocol):
        def claim_due(self, db, now, limit) -> list[DueFollowUp]

``claim_due`` runs inside the sweep's transaction and must make each follow-up claimable
once, e.g. for an incidents table::

    SELECT id, user_id, follow_up_due_at FROM incidents
    WHERE follow_up_due_at <= :now AND follow_up_sent_at IS NULL
    ORDER BY follow_up_due_at LIMIT :limit FOR UPDATE SKIP LOCKED;
    UPDATE incidents SET follow_up_sent_at = :now WHERE id IN (...);

The outbox's unique (user, key, due time) key is a second guard: a follow-up handed over
twice is queued once. Follow-ups ignore quiet hours, pause and the grace window: a late
follow-up is still worth sending. The message names no details of the incident.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from sqlalchemy.orm import Session

from bot.messages import Button, button_rows
from scheduler.deliveries import queue_deliveries

KIND = "crisis_followup"
FOLLOW_UP_TEXT = (
    "Hi, it's Sanctum. I'm checking in after the hard time you had. How are you doing now? "
    "You can answer in your own words, whenever you're ready. If you're in danger, please "
    "call your local emergency number."
)


@dataclass(frozen=True)
class DueFollowUp:
    incident_id: int
    user_id: int
    due_at: datetime  # aware UTC


class FollowUpSource(Protocol):
    def claim_due(self, db: Session, now: datetime, limit: int) -> list[DueFollowUp]:
        """Follow-ups due at ``now``, claimed in ``db``'s transaction (never returned again
        once it commits)."""
        ...


def queue_follow_ups(
    db: Session, now: datetime, sources: Sequence[FollowUpSource], limit: int
) -> int:
    """Move due follow-ups from every source into the outbox; returns how many were claimed."""
    claimed = 0
    for source in sources:
        due = source.claim_due(db, now, limit)
        claimed += len(due)
        queue_deliveries(
            db,
            [
                {
                    "user_id": item.user_id,
                    "schedule_key": f"{KIND}:{item.incident_id}",
                    "kind": KIND,
                    "variant": None,
                    "ref_id": item.incident_id,
                    "due_at": item.due_at,
                    "status": "queued",
                    "detail": None,
                    "attempts": 0,
                    "next_attempt_at": now,
                    "created_at": now,
                }
                for item in due
            ],
        )
    return claimed


def follow_up_message() -> tuple[str, str, tuple[tuple[Button, ...], ...]]:
    return (
        "Sanctum: checking in",
        FOLLOW_UP_TEXT,
        button_rows([("I'm okay", "I'm okay"), ("Not good", "I'm not doing well")], 2),
    )
