"""/search WORDS [from] [to]: find your past messages, even though they are stored encrypted.

Words match whole words in any form the light stemmer folds together (meeting, meetings);
every word must appear. Dates at the end limit the range (2026-11-01, 1.11.2026, yesterday).
How it works on encrypted text: ``bot/search.py``.
"""

from __future__ import annotations

import re
from datetime import date

from bot.dates import DateInputError, local_day_bounds, parse_user_date
from bot.messages import Reply
from bot.search import normalised_terms, search_log
from bot.turn import Turn

RESULTS = 10
SNIPPET = 90
USAGE = "Use /search WORDS, optionally with dates: /search boss 2026-11-01 2026-11-20."


def _split_dates(words: list[str], today: date) -> tuple[list[str], list[date]]:
    dates: list[date] = []
    while words and len(dates) < 2:
        try:
            dates.insert(0, parse_user_date(words[-1], today))
        except DateInputError:
            break
        words = words[:-1]
    return words, dates


def _snippet(text: str, words: list[str]) -> str:
    flat = " ".join(text.split())
    lowered = flat.casefold()
    positions = [lowered.find(word.casefold()) for word in words]
    found = [position for position in positions if position >= 0]
    start = max(0, min(found) - SNIPPET // 2) if found else 0
    piece = flat[start : start + SNIPPET]
    return ("…" if start else "") + piece + ("…" if start + SNIPPET < len(flat) else "")


def handle(turn: Turn, args: str) -> list[Reply]:
    words, dates = _split_dates(args.split(), turn.local_now.date())
    if not words:
        return [Reply(text=USAGE)]
    if not normalised_terms(" ".join(words)):
        return [Reply(text="Those words are too common to search for; try a more specific one.")]
    start = end = None
    if dates:
        first, last = min(dates), max(dates)
        start = local_day_bounds(first, turn.zone)[0]
        end = local_day_bounds(last if len(dates) > 1 else turn.local_now.date(), turn.zone)[1]
    result = search_log(turn.db, turn.user_id, " ".join(words), start=start, end=end, limit=RESULTS)
    query = " ".join(words)
    if result.total == 0:
        return [Reply(text=f'Nothing in your messages matches "{query}".')]
    plain_words = [word for word in re.split(r"\W+", query) if word]
    lines = [
        f"{entry.at.astimezone(turn.zone):%a %d %b %Y %H:%M}: {_snippet(entry.text, plain_words)}"
        for entry in result.entries
    ]
    heading = (
        f'{result.total} of your messages match "{query}"'
        if result.total != 1
        else f'1 of your messages matches "{query}"'
    )
    if result.total > len(lines):
        heading += f" (newest {len(lines)} shown; add dates to narrow it)"
    return [Reply(text=heading + ":\n" + "\n".join(lines))]
