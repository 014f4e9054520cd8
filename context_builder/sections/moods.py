"""Mood shifts of the last 24 hours and a 7-day summary.

Every query is bounded by time (and a LIMIT), so the cost does not grow with years of
records: one read of the week's mood shifts gives the last day, the spread of moods, risk
flags and common triggers; check-ins and medication are SQL aggregates; the depth of the
history is one indexed ``min()``.
"""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from typing import Any

from sqlalchemy import func, select

from context_builder.sections.base import Inputs, Section
from context_builder.text import clean, quote_clean
from storage.models import Baseline, MedicationEvent, MoodShift

DAY = timedelta(hours=24)
WEEK = timedelta(days=7)
MAX_WEEK_SHIFTS = 500  # a week of even very frequent logging; beyond it the summary samples


def _week_shifts(inputs: Inputs) -> list[Any]:
    rows = inputs.db.execute(
        select(
            MoodShift.occurred_at,
            MoodShift.current_state,
            MoodShift.family,
            MoodShift.intensity,
            MoodShift.trigger,
            MoodShift.crisis_level,
        )
        .where(MoodShift.user_id == inputs.user_id, MoodShift.occurred_at >= inputs.now - WEEK)
        .order_by(MoodShift.occurred_at.desc(), MoodShift.id.desc())
        .limit(MAX_WEEK_SHIFTS)
    ).all()
    return list(reversed(rows))


def _last_day(inputs: Inputs, shifts: list[Any], chars: int, count: int) -> str:
    day = [shift for shift in shifts if shift.occurred_at >= inputs.now - DAY][-count:]
    if not day:
        return "Last 24 hours: no mood recorded."
    parts = []
    for shift in day:
        part = f"{shift.occurred_at.astimezone(inputs.zone):%a %H:%M} {shift.current_state}"
        if shift.intensity:
            part += f" {shift.intensity}/10"
        if shift.trigger and chars:
            part += f" (trigger {quote_clean(clean(shift.trigger), chars)})"
        if shift.crisis_level not in (None, "none"):
            part += f" [risk {shift.crisis_level}]"
        parts.append(part)
    return "Last 24 hours: " + " → ".join(parts)


def _week_line(shifts: list[Any]) -> str:
    if not shifts:
        return "Last 7 days: no mood shifts recorded."
    families = Counter(shift.family for shift in shifts)
    spread = ", ".join(
        f"{family} {count}"
        for family, count in sorted(families.items(), key=lambda item: (-item[1], item[0]))
    )
    count = len(shifts)
    line = f"Last 7 days: {count} mood shift{'s' if count != 1 else ''} ({spread})."
    flagged = sum(1 for shift in shifts if shift.crisis_level not in (None, "none"))
    return line + (f" Risk flagged {flagged} time{'s' if flagged != 1 else ''}." if flagged else "")


def _week_details(inputs: Inputs, shifts: list[Any]) -> list[str]:
    db, since = inputs.db, inputs.now - WEEK
    lines = []
    baseline = db.execute(
        select(func.count(), func.avg(Baseline.mood), func.avg(Baseline.sleep_hours)).where(
            Baseline.user_id == inputs.user_id, Baseline.recorded_at >= since
        )
    ).one()
    if baseline[0]:
        parts = [f"{baseline[0]} check-ins"]
        if baseline[1] is not None:
            parts.append(f"mood {baseline[1]:.1f}/10 on average")
        if baseline[2] is not None:
            parts.append(f"sleep {baseline[2]:.1f} h")
        lines.append("Check-ins: " + ", ".join(parts) + ".")
    events = db.execute(
        select(MedicationEvent.event, func.count())
        .where(MedicationEvent.user_id == inputs.user_id, MedicationEvent.occurred_at >= since)
        .group_by(MedicationEvent.event)
        .order_by(MedicationEvent.event)
    ).all()
    if events:
        lines.append(
            "Medication: "
            + ", ".join(f"{event.replace('_', ' ')} {count}" for event, count in events)
            + "."
        )
    triggers = Counter(
        clean(shift.trigger).lower() for shift in shifts if shift.trigger and shift.trigger.strip()
    )
    common = sorted(triggers.items(), key=lambda item: (-item[1], item[0]))[:3]
    if common:
        lines.append(
            "Common triggers: "
            + ", ".join(f"{quote_clean(text, 60)} ({count})" for text, count in common)
            + "."
        )
    return lines


def _depth(inputs: Inputs) -> str:
    first = inputs.db.scalar(
        select(func.min(MoodShift.occurred_at)).where(MoodShift.user_id == inputs.user_id)
    )
    if first is None:
        return ""
    return f"Their records go back to {first.astimezone(inputs.zone):%B %Y} (older days: /history)."


def moods(inputs: Inputs) -> Section:
    shifts = _week_shifts(inputs)
    week = _week_line(shifts)
    details = _week_details(inputs, shifts)
    depth = _depth(inputs)

    def join(*parts: str) -> str:
        return "\n".join(part for part in parts if part)

    return Section(
        "moods",
        "Mood lately",
        75,
        (
            join(_last_day(inputs, shifts, 80, 24), week, *details, depth),
            join(_last_day(inputs, shifts, 0, 8), week),
            week,
            "",
        ),
    )
