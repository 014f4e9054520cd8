"""/history [from] [to] [page]: paged records in a date range (default: the last 30 days)."""

from __future__ import annotations

from datetime import timedelta

from bot.dates import DateInputError, parse_user_date
from bot.messages import Reply, button_rows
from bot.summaries.history import history_page
from bot.turn import Turn

DEFAULT_DAYS = 30
MAX_RANGE_DAYS = 3660


def handle(turn: Turn, args: str) -> list[Reply]:
    words = args.split()
    page = 1
    if words and words[-1].isdigit() and len(words[-1]) <= 4:
        page = int(words.pop())
    if len(words) > 2:
        return [Reply(text="Use /history, /history 2026-11-01, or /history 2026-11-01 2026-11-20.")]
    today = turn.local_now.date()
    try:
        first = (
            parse_user_date(words[0], today) if words else today - timedelta(days=DEFAULT_DAYS - 1)
        )
        last = parse_user_date(words[1], today) if len(words) > 1 else today
    except DateInputError as error:
        return [Reply(text=str(error))]
    if first > last:
        first, last = last, first
    if (last - first).days > MAX_RANGE_DAYS:
        return [Reply(text="That range is longer than ten years; please pick a shorter one.")]
    result = history_page(
        turn.db, turn.user_id, first, last, turn.zone, page, turn.settings.history_page_size
    )
    heading = f"Records from {first:%d %b %Y} to {last:%d %b %Y}"
    if result.total == 0:
        return [Reply(text=f"{heading}: nothing recorded.")]
    text = f"{heading} (page {result.page} of {result.pages}, {result.total} in all):\n"
    text += "\n".join(result.lines)
    options = []
    if result.page > 1:
        options.append(("← Newer", f"/history {first} {last} {result.page - 1}"))
    if result.page < result.pages:
        options.append(("Older →", f"/history {first} {last} {result.page + 1}"))
    return [Reply(text=text, buttons=button_rows(options, 2) if options else ())]
