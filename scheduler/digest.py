"""Caregiver digests: counts and averages over a period, never diary, chat or note text.

Two detail levels, chosen by the person for each caregiver:
- minimal: how many check-ins were answered;
- summary: that, plus average check-in mood and sleep, medication adherence and whether a
  crisis moment (high or imminent risk) was recorded.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.summaries.adherence import adherence_counts
from storage.models import Baseline, MoodShift, ReminderDelivery

CRISIS_MOMENT_LEVELS = ("high", "imminent")


@dataclass(frozen=True)
class DigestFigures:
    checkins_sent: int
    checkins_answered: int
    average_mood: float | None
    average_sleep: float | None
    medication_taken: int
    medication_missed: int
    crisis_moments: int
    paused_reminders: int


def digest_figures(db: Session, user_id: int, start: datetime, end: datetime) -> DigestFigures:
    checkins = db.execute(
        select(ReminderDelivery.status, ReminderDelivery.answer).where(
            ReminderDelivery.user_id == user_id,
            ReminderDelivery.kind == "checkin",
            ReminderDelivery.schedule_key.startswith("checkin:"),
            ReminderDelivery.due_at >= start,
            ReminderDelivery.due_at < end,
        )
    ).all()
    sent = [row for row in checkins if row.status == "sent"]
    averages = db.execute(
        select(func.avg(Baseline.mood), func.avg(Baseline.sleep_hours)).where(
            Baseline.user_id == user_id, Baseline.recorded_at >= start, Baseline.recorded_at < end
        )
    ).one()
    taken, missed = adherence_counts(db, user_id, start, end)
    crisis_moments = db.scalar(
        select(func.count())
        .select_from(MoodShift)
        .where(
            MoodShift.user_id == user_id,
            MoodShift.occurred_at >= start,
            MoodShift.occurred_at < end,
            MoodShift.crisis_level.in_(CRISIS_MOMENT_LEVELS),
        )
    )
    return DigestFigures(
        checkins_sent=len(sent),
        checkins_answered=sum(1 for row in sent if row.answer == "answered"),
        average_mood=float(averages[0]) if averages[0] is not None else None,
        average_sleep=float(averages[1]) if averages[1] is not None else None,
        medication_taken=taken,
        medication_missed=missed,
        crisis_moments=crisis_moments or 0,
        paused_reminders=sum(
            1 for row in checkins if row.status == "suppressed" and row.answer is None
        ),
    )


def render_digest(
    figures: DigestFigures, person: str, detail_level: str, period: str
) -> tuple[str, str]:
    """(subject, text) of a digest about ``person`` for ``period`` ("the last 7 days")."""
    parts = []
    if figures.checkins_sent:
        parts.append(f"check-ins answered {figures.checkins_answered}/{figures.checkins_sent}")
    else:
        parts.append("no check-ins were sent")
    if figures.paused_reminders and not figures.checkins_sent:
        parts[-1] += " (reminders were paused or in quiet hours)"
    if detail_level == "summary":
        if figures.average_mood is not None:
            parts.append(f"average mood {figures.average_mood:.0f}/10")
        if figures.average_sleep is not None:
            parts.append(f"average sleep {figures.average_sleep:.1f} h")
        doses = figures.medication_taken + figures.medication_missed
        if doses:
            parts.append(
                f"medication taken {figures.medication_taken}/{doses} "
                f"({100 * figures.medication_taken // doses}%)"
            )
        parts.append(
            "no crisis"
            if not figures.crisis_moments
            else f"{figures.crisis_moments} crisis moment"
            + ("s" if figures.crisis_moments > 1 else "")
            + " recorded"
        )
    subject = f"Sanctum digest for {person}"
    text = (
        f"{person}'s Sanctum digest for {period}: {', '.join(parts)}.\n\n"
        f"{person} chose to share this with you and decides what it contains. "
        "It never includes what they wrote."
    )
    return subject, text
