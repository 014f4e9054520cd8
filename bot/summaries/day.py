"""/today: the rapid-cycling view of one local day.

States are counted from the mood shifts of the day; the state carried in from the day before
counts from midnight. Durations run until the next shift, or until now for the current state.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import NamedTuple
from zoneinfo import ZoneInfo

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from bot.dates import humanize_duration, local_day_bounds
from storage.direct import DirectStatement, rows_between
from storage.models import MoodShift

CRISIS_LEVELS_COUNTED = ("moderate", "high", "imminent")


@dataclass(frozen=True)
class StateSpan:
    state: str
    start: datetime
    end: datetime

    @property
    def duration(self) -> timedelta:
        return self.end - self.start


@dataclass
class DaySummary:
    day: date
    zone: ZoneInfo
    shift_count: int = 0
    spans: list[StateSpan] = field(default_factory=list)
    crisis_count: int = 0
    top_triggers: list[tuple[str, int]] = field(default_factory=list)
    carried_in_state: str | None = None

    @property
    def distinct_states(self) -> list[str]:
        return list(dict.fromkeys(span.state for span in self.spans))

    @property
    def time_per_state(self) -> dict[str, timedelta]:
        totals: dict[str, timedelta] = {}
        for span in self.spans:
            totals[span.state] = totals.get(span.state, timedelta()) + span.duration
        return dict(sorted(totals.items(), key=lambda item: item[1], reverse=True))

    @property
    def average_duration(self) -> timedelta | None:
        if not self.spans:
            return None
        return sum((span.duration for span in self.spans), timedelta()) / len(self.spans)


class _Shift(NamedTuple):
    occurred_at: datetime
    current_state: str
    functionality: str | None
    crisis_level: str
    trigger: str | None


# Built once and run directly (``storage/direct.py``): /today is among the commonest asks.
_SHIFTS_IN_DAY = rows_between(
    (
        MoodShift.occurred_at,
        MoodShift.current_state,
        MoodShift.functionality,
        MoodShift.crisis_level,
        MoodShift.trigger,
    ),
    MoodShift.user_id,
    MoodShift.occurred_at,
    order_by=(MoodShift.occurred_at, MoodShift.id),
)
_STATE_BEFORE = DirectStatement(
    select(MoodShift.current_state)
    .where(MoodShift.user_id == bindparam("user_id"), MoodShift.occurred_at < bindparam("first"))
    .order_by(MoodShift.occurred_at.desc(), MoodShift.id.desc())
    .limit(1),
    ("user_id", "first"),
)


def summarize_day(
    db: Session, user_id: int, day: date, zone: ZoneInfo, now: datetime
) -> DaySummary:
    start, end = local_day_bounds(day, zone)
    summary = DaySummary(day=day, zone=zone)
    if start > now:
        return summary
    end = min(end - timedelta(microseconds=1), now)
    db.flush()  # shifts recorded in this transaction count
    window = {"user_id": user_id, "first": start, "last": end}
    shifts = [_Shift(*row) for row in _SHIFTS_IN_DAY.all(db, window)]
    carried = _STATE_BEFORE.scalar(db, window)
    summary.shift_count = len(shifts)
    summary.carried_in_state = carried
    boundaries: list[tuple[str, datetime]] = []
    if carried is not None and (not shifts or shifts[0].occurred_at > start):
        boundaries.append((carried, start))
    boundaries.extend((shift.current_state, shift.occurred_at) for shift in shifts)
    for index, (state, began) in enumerate(boundaries):
        finished = boundaries[index + 1][1] if index + 1 < len(boundaries) else end
        summary.spans.append(StateSpan(state, began, finished))
    summary.crisis_count = sum(
        1
        for shift in shifts
        if shift.functionality == "crisis" or shift.crisis_level in CRISIS_LEVELS_COUNTED
    )
    triggers = Counter(
        shift.trigger.strip().lower() for shift in shifts if shift.trigger and shift.trigger.strip()
    )
    summary.top_triggers = triggers.most_common(3)
    return summary


def render_day(summary: DaySummary, title: str = "Today") -> str:
    heading = f"{title}, {summary.day:%a %d %b} ({summary.zone.key})"
    if not summary.spans:
        return f"{heading}: no mood shifts recorded yet. Tell me how you feel, or use /mood."
    states = summary.distinct_states
    lines = [
        heading,
        f"• {summary.shift_count} mood shift{'s' if summary.shift_count != 1 else ''}, "
        f"{len(states)} different state{'s' if len(states) != 1 else ''}",
    ]
    if summary.carried_in_state and summary.spans[0].state == summary.carried_in_state:
        lines.append(f"• started the day {summary.carried_in_state}")
    lines.append("• time per state:")
    for state, spent in summary.time_per_state.items():
        lines.append(f"    {state}: {humanize_duration(spent)}")
    if summary.average_duration is not None:
        lines.append(f"• average time in a state: {humanize_duration(summary.average_duration)}")
    lines.append(f"• crisis-level moments: {summary.crisis_count}")
    if summary.top_triggers:
        triggers = ", ".join(
            f"{trigger} ({count}×)" if count > 1 else trigger
            for trigger, count in summary.top_triggers
        )
        lines.append(f"• most common triggers: {triggers}")
    sequence = " → ".join(span.state for span in summary.spans)
    lines.append(f"• sequence: {sequence}")
    return "\n".join(lines)
