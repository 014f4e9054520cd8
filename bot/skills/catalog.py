"""Reading the stored skills library: frameworks, categories, one skill, search.

The library is a few dozen rows of public text, so reads load the active skills and work
in Python; that behaves the same on SQLite and PostgreSQL and stays well under a
millisecond.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.skills.keys import normalise_key
from storage.direct import DirectStatement
from storage.models import Skill, SkillLibrary


@dataclass(frozen=True)
class CategoryInfo:
    id: str
    name: str
    skill_count: int


@dataclass(frozen=True)
class FrameworkInfo:
    id: str
    name: str
    version: int
    categories: tuple[CategoryInfo, ...]

    @property
    def skill_count(self) -> int:
        return sum(category.skill_count for category in self.categories)

    @property
    def short_name(self) -> str:
        return self.name.split(" (")[0]


_ACTIVE_SKILLS = (  # built once: every skills offer reads it
    select(Skill)
    .join(SkillLibrary, SkillLibrary.framework == Skill.framework, isouter=True)
    .where(Skill.retired_at.is_(None))
    .order_by(SkillLibrary.position, Skill.framework, Skill.position)
)


class SkillSummary(NamedTuple):
    """What choosing a skill to suggest needs of it."""

    id: str
    name: str
    framework: str
    category: str
    aliases: list[str] | None
    suggest: dict[str, Any] | None


# Run directly (``storage/direct.py``): it is read after every strong mood shift.
_SUGGESTIBLE = DirectStatement(
    select(Skill.id, Skill.name, Skill.framework, Skill.category, Skill.aliases, Skill.suggest)
    .join(SkillLibrary, SkillLibrary.framework == Skill.framework, isouter=True)
    .where(Skill.retired_at.is_(None))
    .order_by(SkillLibrary.position, Skill.framework, Skill.position)
)


def skill_summaries(db: Session) -> list[SkillSummary]:
    """Every active skill, in library order, as ``active_skills`` gives them."""
    return [SkillSummary(*row) for row in _SUGGESTIBLE.all(db, {})]


def active_skills(db: Session, framework: str | None = None) -> list[Skill]:
    query = _ACTIVE_SKILLS
    if framework is not None:
        query = query.where(Skill.framework == framework)
    return list(db.scalars(query))


def frameworks(db: Session) -> list[FrameworkInfo]:
    names = {
        row.framework: row
        for row in db.scalars(select(SkillLibrary).order_by(SkillLibrary.position))
    }
    grouped: dict[str, dict[str, list[Skill]]] = {}
    for skill in active_skills(db):
        grouped.setdefault(skill.framework, {}).setdefault(skill.category, []).append(skill)
    result = []
    for framework_id, categories in grouped.items():
        library = names.get(framework_id)
        result.append(
            FrameworkInfo(
                id=framework_id,
                name=library.name if library else framework_id.upper(),
                version=library.version if library else 0,
                categories=tuple(
                    CategoryInfo(category_id, skills[0].category_name, len(skills))
                    for category_id, skills in categories.items()
                ),
            )
        )
    return result


def get_skill(db: Session, skill_id: str) -> Skill | None:
    skill = db.get(Skill, skill_id)
    return skill if skill is not None and skill.retired_at is None else None


def _names(skill: Skill) -> set[str]:
    return {normalise_key(name) for name in (skill.id, skill.name, *(skill.aliases or ()))}


def find_skill(db: Session, text: str) -> Skill | None:
    """The skill a person named: by id, name or alias ("tipp", "Self-soothe", "cold water")."""
    key = normalise_key(text)
    if not key:
        return None
    direct = get_skill(db, key)
    if direct is not None:
        return direct
    return next((skill for skill in active_skills(db) if key in _names(skill)), None)


_STOP_WORDS = frozenset(
    {"a", "an", "and", "the", "to", "of", "for", "in", "on", "at", "with", "my", "i", "me",
     "is", "it", "what", "how", "do", "can", "when", "skill", "skills"}
)  # fmt: skip
_WORD = re.compile(r"[a-z0-9]+")


def _match_key(word: str) -> str:
    """Long words match by their first five letters: 'panicking' finds 'panic'."""
    return word[:5] if len(word) > 5 else word


def _field_texts(skill: Skill) -> list[tuple[int, str]]:
    return [
        (20, skill.name.lower()),
        (15, " ".join(skill.aliases or ()).lower()),
        (8, f"{skill.framework} {skill.category_name}".lower()),
        (4, f"{skill.what} {skill.when_to_use}".lower()),
        (2, " ".join(skill.steps or ()).lower()),
    ]


def search_skills(db: Session, query: str, limit: int = 8) -> list[Skill]:
    """Skills whose names or text match every word of ``query``, best matches first."""
    words = [w for w in _WORD.findall(query.lower()) if w not in _STOP_WORDS and len(w) > 1]
    if not words:
        return []
    phrase = " ".join(words)
    scored: list[tuple[float, int, Skill]] = []
    for order, skill in enumerate(active_skills(db)):
        fields = _field_texts(skill)
        score = 0.0
        every_word = True
        for word in words:
            key = _match_key(word)
            found = [weight for weight, text in fields if key in text]
            if not found:
                every_word = False
                break
            score += max(found) + 0.5 * (len(found) - 1)
        if not every_word:
            continue
        if normalise_key(phrase) in _names(skill):
            score += 100
        elif phrase in skill.name.lower():
            score += 40
        scored.append((score, order, skill))
    scored.sort(key=lambda item: (-item[0], item[1]))
    return [skill for _, _, skill in scored[:limit]]
