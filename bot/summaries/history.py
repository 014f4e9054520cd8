"""/history [from] [to]: every record in a local date range, newest first, a page at a time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.dates import local_day_bounds
from bot.records.describe import describe_record
from bot.records.kinds import RECORD_KINDS
from storage.models import Baseline, DbtDiaryEntry, MedicationEvent, MoodShift

# The time column that places each kind of record in history.
_TIME_COLUMNS = {
    "mood_shifts": MoodShift.occurred_at,
    "baselines": Baseline.recorded_at,
    "dbt_diary_entries": DbtDiaryEntry.recorded_at,
    "medication_events": MedicationEvent.occurred_at,
}


@dataclass(frozen=True)
class HistoryPage:
    lines: list[str]
    page: int
    pages: int
    total: int


def history_page(
    db: Session,
    user_id: int,
    first: date,
    last: date,
    zone: ZoneInfo,
    page: int,
    page_size: int,
) -> HistoryPage:
    start, _ = local_day_bounds(first, zone)
    _, end = local_day_bounds(last, zone)
    keys: list[tuple[datetime, str, int]] = []
    for kind, model in RECORD_KINDS.items():
        column = _TIME_COLUMNS.get(kind, model.created_at)  # type: ignore[attr-defined]
        rows = db.execute(
            select(column, model.id).where(  # type: ignore[attr-defined]
                model.user_id == user_id,  # type: ignore[attr-defined]
                column >= start,
                column < end,
            )
        ).all()
        keys.extend((at, kind, record_id) for at, record_id in rows)
    keys.sort(key=lambda key: (key[0], key[2]), reverse=True)
    total = len(keys)
    pages = max(1, -(-total // page_size))
    page = min(max(1, page), pages)
    lines = []
    for at, kind, record_id in keys[(page - 1) * page_size : page * page_size]:
        record = db.get(RECORD_KINDS[kind], record_id)
        if record is not None:
            lines.append(f"{at.astimezone(zone):%a %d %b %H:%M}  {describe_record(record, db)}")
    return HistoryPage(lines=lines, page=page, pages=pages, total=total)
