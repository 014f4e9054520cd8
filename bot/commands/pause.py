"""/pause [3d | 12h | 1w | indefinitely] and /resume: a break from reminders.

Crisis follow-ups still come while paused; caregiver digests follow their own settings.
"""

from __future__ import annotations

from datetime import timedelta

from bot.durations import describe_duration, parse_duration
from bot.messages import Reply, button_rows
from bot.turn import Turn
from scheduler.preferences import is_paused, reminder_settings

MAX_PAUSE = timedelta(days=90)
_FOREVER = ("indefinitely", "forever", "until resume", "until i resume", "off")
NOTE = "Crisis follow-ups still reach you."


def handle_pause(turn: Turn, args: str) -> list[Reply]:
    text = args.strip().lower()
    if not text:
        return [
            Reply(
                text="Pause reminders for how long? (/resume turns them back on any time.)",
                buttons=button_rows(
                    [
                        ("1 day", "/pause 1d"),
                        ("3 days", "/pause 3d"),
                        ("1 week", "/pause 1w"),
                        ("Until I resume", "/pause indefinitely"),
                    ],
                    2,
                ),
            )
        ]
    prefs = reminder_settings(turn.db, turn.user_id)
    if text in _FOREVER:
        prefs.paused_at, prefs.paused_until = turn.now, None
        prefs.updated_at = turn.now
        return [Reply(text=f"Reminders paused until you send /resume. {NOTE}")]
    duration = parse_duration(text)
    if duration is None:
        return [
            Reply(
                text=f"I couldn't read '{args.strip()[:20]}' as a duration. Try /pause 3d, "
                "/pause 12h, /pause 1w or /pause indefinitely."
            )
        ]
    if duration > MAX_PAUSE:
        return [Reply(text="The longest pause is 90 days; /pause indefinitely has no end.")]
    prefs.paused_at, prefs.paused_until = turn.now, turn.now + duration
    prefs.updated_at = turn.now
    until = prefs.paused_until.astimezone(turn.zone)
    return [
        Reply(
            text=f"Reminders paused for {describe_duration(duration)}, until "
            f"{until:%a} {until.day} {until:%b %H:%M}. {NOTE} /resume ends the pause sooner."
        )
    ]


def handle_resume(turn: Turn, args: str) -> list[Reply]:
    prefs = reminder_settings(turn.db, turn.user_id)
    if not is_paused(prefs, turn.now):
        return [Reply(text="Your reminders aren't paused. /reminders shows them.")]
    prefs.paused_at, prefs.paused_until = None, None
    prefs.updated_at = turn.now
    return [Reply(text="Reminders are back on. /reminders shows what's coming.")]
