"""/snooze [minutes] [reminder]: send a reminder again later (default in 30 minutes)."""

from __future__ import annotations

import re

from sqlalchemy import select

from bot.conversations import checkin
from bot.conversations.state import finish, get_flow
from bot.durations import parse_duration
from bot.messages import Reply
from bot.turn import Turn
from scheduler.deliveries import SNOOZABLE, delivery_for_user, latest_sent
from scheduler.snooze import MAX_MINUTES, MIN_MINUTES, describe_blocked, snooze
from storage.models import Schedule

USAGE = "Use /snooze 30 (minutes) or /snooze 2h, right after a reminder."


def handle(turn: Turn, args: str) -> list[Reply]:
    words = args.split()
    minutes = 30
    delivery_id: int | None = None
    if words:
        amount = parse_duration(words[0]) or (
            parse_duration(words[0] + "m") if words[0].isdigit() else None
        )
        if amount is None:
            return [Reply(text=f"'{words[0][:20]}' isn't a duration. {USAGE}")]
        minutes = int(amount.total_seconds() // 60)
        if not MIN_MINUTES <= minutes <= MAX_MINUTES:
            return [Reply(text=f"Snooze for {MIN_MINUTES} minutes up to 12 hours. {USAGE}")]
    if len(words) > 1:
        if not re.fullmatch(r"\d{1,12}", words[1]):
            return [Reply(text=USAGE)]
        delivery_id = int(words[1])
    delivery = (
        delivery_for_user(turn.db, turn.user_id, delivery_id)
        if delivery_id is not None
        else latest_sent(turn.db, turn.user_id, SNOOZABLE, turn.now)
    )
    if delivery is None or delivery.kind not in SNOOZABLE:
        return [Reply(text="There's no recent reminder to snooze.")]
    if delivery.answer == "snoozed":
        pending = turn.db.scalars(
            select(Schedule.next_fire_at).where(
                Schedule.user_id == turn.user_id,
                Schedule.key.startswith(f"snooze:{delivery.id}:", autoescape=True),
            )
        ).first()
        when = f" at {pending.astimezone(turn.zone):%H:%M}" if pending else ""
        return [Reply(text=f"Already snoozed: I'll remind you again{when}.")]
    if delivery.answer is not None:
        return [Reply(text="You've already answered that reminder.")]
    result = snooze(
        turn.db,
        turn.user_id,
        turn.now,
        minutes,
        turn.settings,
        kind=delivery.kind,
        variant=delivery.variant,
        ref_id=delivery.ref_id,
        delivery=delivery,
    )
    if delivery.kind == "checkin":
        state = get_flow(turn.db, turn.user_id, checkin.FLOW)
        if state is not None:
            finish(turn.db, state)
    if result.blocked is not None:
        return [
            Reply(
                text=f"{describe_blocked(result.blocked)}, so I won't remind you at "
                f"{result.local:%H:%M}."
            )
        ]
    return [Reply(text=f"Okay, I'll remind you again at {result.local:%H:%M}.")]
