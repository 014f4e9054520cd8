"""/diary week: seven days of cards as the familiar grid, and a short summary for a therapist."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import mean

from sqlalchemy.orm import Session

from bot.diary.card import NOT_APPLICABLE, DiaryCard, load_cards, skill_name
from bot.diary.items import CardItem, CardItems, card_items

MAX_NOTE_IN_SUMMARY = 200


@dataclass(frozen=True)
class DiaryWeek:
    days: tuple[date, ...]
    cards: dict[date, DiaryCard]
    items: CardItems

    @property
    def first(self) -> date:
        return self.days[0]

    @property
    def last(self) -> date:
        return self.days[-1]

    @property
    def missing(self) -> list[date]:
        return [day for day in self.days if day not in self.cards]

    def rows(self, kind: str) -> list[CardItem]:
        """Standard rows always; own rows when active or used this week."""
        items = self.items.emotions if kind == "emotion" else self.items.urges
        used = {
            key
            for card in self.cards.values()
            for key in (card.emotions if kind == "emotion" else card.urges)
        }
        return [item for item in items if not item.archived or item.key in used]


def load_week(db: Session, user_id: int, last_day: date) -> DiaryWeek:
    days = tuple(last_day - timedelta(days=offset) for offset in range(6, -1, -1))
    return DiaryWeek(
        days=days,
        cards=load_cards(db, user_id, days[0], days[-1]),
        items=card_items(db, user_id),
    )


def _day(day: date) -> str:
    return f"{day:%a} {day.day}"


def _emotion_line(week: DiaryWeek) -> str:
    averages = []
    for item in week.rows("emotion"):
        values = [(card.emotions[item.key], day) for day, card in week.cards.items()
                  if item.key in card.emotions]  # fmt: skip
        if not values or not any(value for value, _ in values):
            continue
        top, top_day = max(values, key=lambda pair: (pair[0], pair[1]))
        averages.append((mean(v for v, _ in values), item.name, top, top_day))
    if not averages:
        return "Emotions: none above 0." if week.cards else "Emotions: not rated."
    averages.sort(key=lambda entry: -entry[0])
    parts = [f"{name} {avg:.1f} (highest {top}, {_day(day)})" for avg, name, top, day in averages]
    return "Emotions (average 0-5 on the days rated): " + ", ".join(parts) + "."


def _urge_lines(week: DiaryWeek) -> list[str]:
    highest = []
    acted_days: dict[str, list[date]] = {}
    for item in week.rows("urge"):
        values = [(card.urges[item.key], day) for day, card in week.cards.items()
                  if item.key in card.urges]  # fmt: skip
        for day, card in week.cards.items():
            if card.actions.get(item.key):
                acted_days.setdefault(item.name, []).append(day)
        if values and max(v for v, _ in values) > 0:
            top, top_day = max(values, key=lambda pair: (pair[0], pair[1]))
            acted = week.cards[top_day].actions.get(item.key)
            suffix = "" if acted is None else (", acted on" if acted else ", not acted on")
            highest.append((top, f"{item.name} {top} ({_day(top_day)}{suffix})"))
    lines = []
    if highest:
        highest.sort(key=lambda entry: -entry[0])
        lines.append("Highest urges: " + ", ".join(text for _, text in highest) + ".")
    elif week.cards:
        lines.append("Urges: none above 0.")
    if acted_days:
        acts = [
            f"{name} on {len(days)} day{'s' if len(days) > 1 else ''} ({', '.join(_day(d) for d in sorted(days))})"
            for name, days in acted_days.items()
        ]
        lines.append("Acted on: " + "; ".join(acts) + ".")
    elif week.cards:
        lines.append("No urges acted on.")
    return lines


def _skills_line(week: DiaryWeek) -> str:
    ratings = [card.skills_rating for card in week.cards.values() if card.skills_rating is not None]
    used = Counter(skill for card in week.cards.values() for skill in card.skills)
    parts = []
    if ratings:
        days = len(ratings)
        parts.append(
            f"use rated on {days} day{'s' if days > 1 else ''}, average {mean(ratings):.1f}/7"
        )
    if used:
        most = ", ".join(
            f"{skill_name(skill)} ({count} day{'s' if count > 1 else ''})"
            for skill, count in used.most_common(4)
        )
        parts.append(f"most used: {most}")
    return "Skills: " + ("; ".join(parts) if parts else "none recorded") + "."


def _count(week: DiaryWeek, key: str) -> tuple[int, int]:
    answers = [card.please[key] for card in week.cards.values() if key in card.please]
    answered = [value for value in answers if value != NOT_APPLICABLE]
    return sum(1 for value in answered if value is True), len(answered)


def _please_line(week: DiaryWeek) -> str:
    parts = []
    for key, label in (
        ("took_meds", "meds taken"),
        ("ate_balanced", "balanced eating"),
        ("avoided_substances", "no alcohol or drugs"),
        ("treated_illness", "illness treated"),
    ):
        yes, answered = _count(week, key)
        if answered:
            parts.append(f"{label} {yes} of {answered} day{'s' if answered > 1 else ''}")
    sleep = [
        card.please["sleep_hours"] for card in week.cards.values() if "sleep_hours" in card.please
    ]
    if sleep:
        parts.append(f"sleep average {mean(sleep):.1f} h ({min(sleep):g}-{max(sleep):g})")
    exercise = [
        card.please["exercise_minutes"]
        for card in week.cards.values()
        if "exercise_minutes" in card.please
    ]
    if exercise:
        parts.append(f"exercise {sum(exercise)} min in all")
    return "PLEASE: " + ("; ".join(parts) if parts else "not filled in") + "."


def summary_text(week: DiaryWeek) -> str:
    """The week in a few lines a therapist can read at a glance."""
    filled = len(week.cards)
    heading = (
        f"Diary card, {week.first:%a %d %b} to {week.last:%a %d %b %Y}: filled in on "
        f"{filled} of 7 days"
    )
    if week.missing:
        heading += " (missing: " + ", ".join(_day(day) for day in week.missing) + ")"
    lines = [heading + "."]
    if not week.cards:
        lines.append("Nothing on the card this week. /diary fills in today's card in a minute.")
        return "\n".join(lines)
    lines.append(_emotion_line(week))
    lines.extend(_urge_lines(week))
    lines.append(_skills_line(week))
    lines.append(_please_line(week))
    notes = [
        f"{_day(day)}: {note[:MAX_NOTE_IN_SUMMARY]}"
        for day, card in sorted(week.cards.items())
        for note in card.notes
    ]
    if notes:
        lines.append("Notes: " + " | ".join(notes))
    return "\n".join(lines)
