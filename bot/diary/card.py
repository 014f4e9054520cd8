"""A day's diary card: the merge of that day's diary entries, the latest value per item.

Every diary line and every step of /diary writes one ``DbtDiaryEntry`` (journaled, so /undo
removes exactly that step); the card is never stored separately, so undoing a step brings
back the value before it. Ratings, acts and PLEASE items: the latest wins. Skills used:
the union. Notes: all of them, in order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from bot.diary.items import PLEASE_NAMES, CardItems
from bot.skills.content import packaged_library
from bot.skills.keys import canonical_skill
from bot.understanding.models import DbtDiaryData
from storage.direct import DirectStatement, rows_between
from storage.models import DbtDiaryEntry, DbtSkillUse

MAX_NOTE_CHARS = 1000
_BOOLEAN_PLEASE = ("took_meds", "ate_balanced", "avoided_substances", "treated_illness")
NOT_APPLICABLE = "n/a"  # treated_illness when there was nothing to treat; took_meds with none


def valid_please(key: str, value: Any) -> Any | None:
    """The value if it is a sensible answer for this PLEASE item, else None."""
    if key in _BOOLEAN_PLEASE:
        if isinstance(value, bool) or value == NOT_APPLICABLE:
            return value
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if key == "sleep_hours" and 0 <= value <= 24:
        return round(float(value), 1)
    if key == "exercise_minutes" and 0 <= value <= 24 * 60:
        return int(value)
    return None


def _scale(value: Any, top: int) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = round(value)
    return number if 0 <= number <= top else None


@dataclass(frozen=True)
class CardUpdate:
    """What one diary line or card step says. Invalid values never get this far."""

    emotions: dict[str, int] = field(default_factory=dict)
    urges: dict[str, int] = field(default_factory=dict)
    actions: dict[str, bool] = field(default_factory=dict)
    please: dict[str, Any] = field(default_factory=dict)
    skills: tuple[str, ...] = ()
    skills_rating: int | None = None
    note: str | None = None

    @classmethod
    def build(
        cls,
        *,
        emotions: dict[str, Any] | None = None,
        urges: dict[str, Any] | None = None,
        actions: dict[str, Any] | None = None,
        please: dict[str, Any] | None = None,
        skills: list[str] | tuple[str, ...] = (),
        skills_rating: Any = None,
        note: str | None = None,
    ) -> CardUpdate:
        """Keep only valid values: ratings 0-5, skills 0-7, known PLEASE items."""
        checked_please = {
            key: valid_please(key, value)
            for key, value in (please or {}).items()
            if key in PLEASE_NAMES
        }
        clean_note = " ".join((note or "").split())[:MAX_NOTE_CHARS] or None
        return cls(
            emotions={k: v for k, v in _ratings(emotions).items()},
            urges={k: v for k, v in _ratings(urges).items()},
            actions={k: v for k, v in (actions or {}).items() if isinstance(v, bool)},
            please={k: v for k, v in checked_please.items() if v is not None},
            skills=tuple(dict.fromkeys(canonical_skill(s) for s in skills if canonical_skill(s))),
            skills_rating=_scale(skills_rating, 7) if skills_rating is not None else None,
            note=clean_note,
        )

    @classmethod
    def from_data(cls, data: DbtDiaryData) -> CardUpdate:
        return cls.build(
            emotions=data.emotions,
            urges=data.urges,
            actions=data.actions,
            please=data.please,
            skills=data.skills,
        )

    def is_empty(self) -> bool:
        return not (
            self.emotions
            or self.urges
            or self.actions
            or self.please
            or self.skills
            or self.skills_rating is not None
            or self.note
        )


def _ratings(values: dict[str, Any] | None) -> dict[str, int]:
    result = {}
    for key, value in (values or {}).items():
        rating = _scale(value, 5)
        if rating is not None and key:
            result[key] = rating
    return result


@dataclass(frozen=True)
class DiaryCard:
    day: date
    emotions: dict[str, int] = field(default_factory=dict)
    urges: dict[str, int] = field(default_factory=dict)
    actions: dict[str, bool] = field(default_factory=dict)
    please: dict[str, Any] = field(default_factory=dict)
    skills: tuple[str, ...] = ()
    skills_rating: int | None = None
    notes: tuple[str, ...] = ()
    entries: int = 0

    def is_empty(self) -> bool:
        return self.entries == 0

    def apply(self, update: CardUpdate) -> DiaryCard:
        return replace(
            self,
            emotions={**self.emotions, **update.emotions},
            urges={**self.urges, **update.urges},
            actions={**self.actions, **update.actions},
            please={**self.please, **update.please},
            skills=tuple(dict.fromkeys((*self.skills, *update.skills))),
            skills_rating=(
                update.skills_rating if update.skills_rating is not None else self.skills_rating
            ),
            notes=(*self.notes, update.note) if update.note else self.notes,
            entries=self.entries + 1,
        )

    def urges_present(self) -> list[str]:
        return [key for key, value in self.urges.items() if value > 0]


def entry_update(entry: DbtDiaryEntry, skills: list[str]) -> CardUpdate:
    return _update_of(
        entry.emotions,
        entry.urges,
        entry.actions,
        entry.please,
        entry.skills_rating,
        entry.note,
        skills=skills,
    )


def _update_of(
    emotions: dict[str, int] | None,
    urges: dict[str, int] | None,
    actions: dict[str, Any] | None,
    please: dict[str, Any] | None,
    skills_rating: int | None,
    note: str | None,
    skills: Sequence[str] = (),
) -> CardUpdate:
    return CardUpdate(
        emotions=dict(emotions or {}),
        urges=dict(urges or {}),
        actions=dict(actions or {}),
        please=dict(please or {}),
        skills=tuple(skills),
        skills_rating=skills_rating,
        note=note,
    )


# Built once: constructing a statement costs more than running it, and a diary entry reads
# its day's card every time.
_ENTRIES = rows_between(
    (
        DbtDiaryEntry.id,
        DbtDiaryEntry.local_date,
        DbtDiaryEntry.emotions,
        DbtDiaryEntry.urges,
        DbtDiaryEntry.actions,
        DbtDiaryEntry.please,
        DbtDiaryEntry.skills_rating,
        DbtDiaryEntry.note,
    ),
    DbtDiaryEntry.user_id,
    DbtDiaryEntry.local_date,
    order_by=(DbtDiaryEntry.recorded_at, DbtDiaryEntry.id),
)
_SKILLS = DirectStatement(
    select(DbtSkillUse.diary_entry_id, DbtSkillUse.skill)
    .join(DbtDiaryEntry, DbtDiaryEntry.id == DbtSkillUse.diary_entry_id)
    .where(
        DbtSkillUse.user_id == bindparam("user_id"),
        DbtDiaryEntry.user_id == bindparam("user_id"),
        DbtDiaryEntry.local_date >= bindparam("first"),
        DbtDiaryEntry.local_date <= bindparam("last"),
    )
    .order_by(DbtSkillUse.id),
    ("user_id", "first", "last"),
)


def load_cards(db: Session, user_id: int, first: date, last: date) -> dict[date, DiaryCard]:
    """Cards for every day from ``first`` to ``last`` that has entries (two queries)."""
    db.flush()  # entries this transaction added count
    days = {"user_id": user_id, "first": first, "last": last}
    entries = _ENTRIES.all(db, days)
    skills: dict[int, list[str]] = {}
    if entries:
        for entry_id, skill in _SKILLS.all(db, days):
            skills.setdefault(entry_id, []).append(skill)
    cards: dict[date, DiaryCard] = {}
    for entry_id, day, *values in entries:
        card = cards.get(day) or DiaryCard(day=day)
        cards[day] = card.apply(_update_of(*values, skills=skills.get(entry_id, ())))
    return cards


def load_card(db: Session, user_id: int, day: date) -> DiaryCard:
    return load_cards(db, user_id, day, day).get(day) or DiaryCard(day=day)


# -- words -------------------------------------------------------------------------------


@cache
def _library_names() -> dict[str, str]:
    return {skill.id: skill.name for _, skill in packaged_library().skills()}


def skill_name(key: str) -> str:
    return _library_names().get(key, key.replace("_", " "))


def please_text(key: str, value: Any) -> str:
    if key == "sleep_hours":
        return f"sleep {value:g} h"
    if key == "exercise_minutes":
        return f"exercise {value} min"
    name = PLEASE_NAMES.get(key, key.replace("_", " "))
    if value == NOT_APPLICABLE:
        return f"{name}: n/a"
    return f"{name}: {'yes' if value else 'no'}"


def card_title(day: date, today: date) -> str:
    if day == today:
        return "today's diary card"
    if (today - day).days == 1:
        return "yesterday's diary card"
    return f"the diary card for {day:%a %d %b}"


def _was(old: Any, new: Any, render: Any = str) -> str:
    if old is None:
        return ""
    if old == new:
        return " (no change)"
    return f" (was {render(old)})"


def describe_update(before: DiaryCard, update: CardUpdate, items: CardItems) -> list[str]:
    """Each item of ``update`` in words, with what it was before on the card."""
    parts: list[str] = []
    for values, previous, phrase in (
        (update.emotions, before.emotions, items.name),
        (update.urges, before.urges, items.urge_phrase),
    ):
        new_zeros = [key for key, value in values.items() if value == 0 and key not in previous]
        if len(new_zeros) >= 3:  # "the rest are 0": one phrase, not a list of zeros
            parts.append(", ".join(items.name(key) for key in new_zeros) + " at 0")
        for key, value in values.items():
            if len(new_zeros) >= 3 and key in new_zeros:
                continue
            text = f"{phrase(key)} {value}/5{_was(previous.get(key), value)}"
            if values is update.urges and key in update.actions:
                text += ", acted on" if update.actions[key] else ", not acted on"
            parts.append(text)
    for key, acted in update.actions.items():
        if key not in update.urges:
            old = before.actions.get(key)
            was = "" if old is None or old == acted else " (changed)"
            parts.append(f"{items.name(key)}: {'acted on' if acted else 'not acted on'}{was}")
    if update.skills:
        names = [
            skill_name(skill) + (" (already on the card)" if skill in before.skills else "")
            for skill in update.skills
        ]
        parts.append("skills: " + ", ".join(names))
    if update.skills_rating is not None:
        parts.append(
            f"skills use {update.skills_rating}/7"
            + _was(before.skills_rating, update.skills_rating, lambda v: f"{v}/7")
        )
    for key, value in update.please.items():
        old = before.please.get(key)
        parts.append(
            please_text(key, value) + _was(old, value, lambda v, key=key: please_text(key, v))
        )
    if update.note:
        parts.append("a note")
    return parts
