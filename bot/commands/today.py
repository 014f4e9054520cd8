"""/today and /week: summaries in the user's own time zone."""

from __future__ import annotations

from bot.dates import DateInputError, parse_user_date
from bot.messages import Reply
from bot.summaries.day import render_day, summarize_day
from bot.summaries.week import render_week, summarize_week
from bot.turn import Turn


def handle_today(turn: Turn, args: str) -> list[Reply]:
    today = turn.local_now.date()
    day, title = today, "Today"
    if args.strip():
        try:
            day = parse_user_date(args, today)
        except DateInputError as error:
            return [Reply(text=str(error))]
        if day > today:
            return [Reply(text="That day hasn't happened yet.")]
        title = "Yesterday" if (today - day).days == 1 else "Day"
    summary = summarize_day(turn.db, turn.user_id, day, turn.zone, turn.now)
    return [Reply(text=render_day(summary, title))]


def handle_week(turn: Turn, args: str) -> list[Reply]:
    week = summarize_week(turn.db, turn.user_id, turn.local_now.date(), turn.zone, turn.now)
    return [Reply(text=render_week(week))]
