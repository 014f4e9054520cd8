"""/week: seven local days side by side, with baselines, diary and medication at a glance."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.dates import local_day_bounds
from bot.summaries.day import DaySummary, summarize_day
from storage.models import Baseline, DbtDiaryEntry, MedicationEvent


@dataclass(frozen=True)
class WeekDay:
    summary: DaySummary
    average_mood: float | None
    sleep_hours: float | None
    diary_entries: int

    @property
    def dominant_state(self) -> str | None:
        per_state = self.summary.time_per_state
        return next(iter(per_state), None)


@dataclass(frozen=True)
class WeekSummary:
    days: list[WeekDay]
    medication_taken: int
    medication_missed: int
    top_triggers: list[tuple[str, int]]


def summarize_week(
    db: Session, user_id: int, last_day: date, zone: ZoneInfo, now: datetime
) -> WeekSummary:
    first_day = last_day - timedelta(days=6)
    start, _ = local_day_bounds(first_day, zone)
    _, end = local_day_bounds(last_day, zone)
    baselines = db.scalars(
        select(Baseline).where(
            Baseline.user_id == user_id, Baseline.recorded_at >= start, Baseline.recorded_at < end
        )
    ).all()
    diary_dates = Counter(
        db.scalars(
            select(DbtDiaryEntry.local_date).where(
                DbtDiaryEntry.user_id == user_id,
                DbtDiaryEntry.local_date >= first_day,
                DbtDiaryEntry.local_date <= last_day,
            )
        ).all()
    )
    events = db.scalars(
        select(MedicationEvent.event).where(
            MedicationEvent.user_id == user_id,
            MedicationEvent.occurred_at >= start,
            MedicationEvent.occurred_at < end,
        )
    ).all()
    days: list[WeekDay] = []
    triggers: Counter[str] = Counter()
    for offset in range(7):
        day = first_day + timedelta(days=offset)
        summary = summarize_day(db, user_id, day, zone, now)
        triggers.update(dict(summary.top_triggers))
        day_baselines = [b for b in baselines if b.recorded_at.astimezone(zone).date() == day]
        moods = [b.mood for b in day_baselines if b.mood is not None]
        sleeps = [b.sleep_hours for b in day_baselines if b.sleep_hours is not None]
        days.append(
            WeekDay(
                summary=summary,
                average_mood=sum(moods) / len(moods) if moods else None,
                sleep_hours=max(sleeps) if sleeps else None,
                diary_entries=diary_dates.get(day, 0),
            )
        )
    return WeekSummary(
        days=days,
        medication_taken=sum(1 for event in events if event == "taken"),
        medication_missed=sum(1 for event in events if event == "missed"),
        top_triggers=triggers.most_common(3),
    )


def render_week(week: WeekSummary) -> str:
    lines = ["The last 7 days (shifts · main state · mood · sleep · crisis · diary):"]
    for day in week.days:
        summary = day.summary
        mood = f"{day.average_mood:.1f}/10" if day.average_mood is not None else "–"
        sleep = f"{day.sleep_hours:g} h" if day.sleep_hours is not None else "–"
        diary = "✓" if day.diary_entries else "–"
        lines.append(
            f"{summary.day:%a %d %b}: {summary.shift_count} · {day.dominant_state or '–'} · "
            f"{mood} · {sleep} · {summary.crisis_count} · {diary}"
        )
    total_shifts = sum(day.summary.shift_count for day in week.days)
    moods = [day.average_mood for day in week.days if day.average_mood is not None]
    lines.append(f"Mood shifts this week: {total_shifts}")
    if moods:
        lines.append(f"Average check-in mood: {sum(moods) / len(moods):.1f}/10")
    doses = week.medication_taken + week.medication_missed
    if doses:
        lines.append(
            f"Medication: {week.medication_taken} taken, {week.medication_missed} missed "
            f"({100 * week.medication_taken // doses}% of logged doses)"
        )
    if week.top_triggers:
        lines.append("Common triggers: " + ", ".join(t for t, _ in week.top_triggers))
    return "\n".join(lines)
