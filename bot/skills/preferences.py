"""A person's relation to the skills: learned, rated, avoided, used, and enabled frameworks."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import NamedTuple, Protocol

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from bot.skills.keys import normalise_key
from bot.users import load_personality
from storage.direct import DirectStatement
from storage.models import DbtSkillUse, Skill, UserSkill

RATING_WORDS = {1: "not helpful", 2: "a little helpful", 3: "somewhat helpful", 4: "helpful",
                5: "very helpful"}  # fmt: skip


def marks(db: Session, user_id: int) -> dict[str, UserSkill]:
    return {
        mark.skill_id: mark
        for mark in db.scalars(select(UserSkill).where(UserSkill.user_id == user_id))
    }


def _mark(db: Session, user_id: int, skill_id: str, now: datetime) -> UserSkill:
    mark = db.get(UserSkill, (user_id, skill_id))
    if mark is None:
        mark = UserSkill(user_id=user_id, skill_id=skill_id, avoid=False, updated_at=now)
        db.add(mark)
    mark.updated_at = now
    return mark


def set_learned(db: Session, user_id: int, skill_id: str, now: datetime, learned: bool) -> None:
    _mark(db, user_id, skill_id, now).learned_at = now if learned else None


def rate(db: Session, user_id: int, skill_id: str, now: datetime, rating: int) -> None:
    if not 1 <= rating <= 5:
        raise ValueError("a rating is 1 to 5")
    mark = _mark(db, user_id, skill_id, now)
    mark.rating = rating
    mark.rated_at = now


def set_avoided(db: Session, user_id: int, skill_id: str, now: datetime, avoid: bool) -> None:
    _mark(db, user_id, skill_id, now).avoid = avoid


def learned_skills(db: Session, user_id: int) -> list[tuple[Skill, UserSkill]]:
    rows = db.execute(
        select(Skill, UserSkill)
        .join(UserSkill, UserSkill.skill_id == Skill.id)
        .where(UserSkill.user_id == user_id, UserSkill.learned_at.is_not(None))
        .order_by(UserSkill.learned_at, Skill.id)
    ).all()
    return [(skill, mark) for skill, mark in rows]


class SkillMark(NamedTuple):
    """A person's marks on one skill, as choosing suggestions reads them."""

    avoid: bool
    rating: int | None
    learned_at: datetime | None


class NamedSkill(Protocol):
    """A stored skill or its summary: what avoiding topics looks at."""

    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def framework(self) -> str: ...
    @property
    def category(self) -> str: ...
    @property
    def aliases(self) -> list[str] | None: ...


# Run directly (``storage/direct.py``): both are read after every strong mood shift.
_MARKS = DirectStatement(
    select(UserSkill.skill_id, UserSkill.avoid, UserSkill.rating, UserSkill.learned_at).where(
        UserSkill.user_id == bindparam("user_id")
    ),
    ("user_id",),
)
_USES = DirectStatement(
    select(DbtSkillUse.skill, func.count())
    .where(DbtSkillUse.user_id == bindparam("user_id"))
    .group_by(DbtSkillUse.skill),
    ("user_id",),
)


def mark_summaries(db: Session, user_id: int) -> dict[str, SkillMark]:
    """``marks`` as plain values, for reading only."""
    db.flush()  # marks set in this transaction count
    return {
        skill_id: SkillMark(bool(avoid), rating, learned_at)
        for skill_id, avoid, rating, learned_at in _MARKS.all(db, {"user_id": user_id})
    }


def usage_counts(db: Session, user_id: int) -> Counter[str]:
    """How often each skill was recorded as used (diary lines, the card, /skill ... used)."""
    db.flush()  # uses recorded in this transaction count
    return Counter({skill: count for skill, count in _USES.all(db, {"user_id": user_id})})


def enabled_frameworks(db: Session, user_id: int) -> list[str]:
    return list(load_personality(db, user_id).frameworks or [])


def set_frameworks(db: Session, user_id: int, frameworks: list[str]) -> None:
    load_personality(db, user_id).frameworks = list(dict.fromkeys(frameworks))


def avoided_topic(skill: NamedSkill, topics: list[str]) -> str | None:
    """The topic to avoid (from the personality settings) that this skill touches, if any."""
    names = {normalise_key(name) for name in (skill.id, skill.name, *(skill.aliases or ()))}
    names |= {skill.framework, skill.category}
    for topic in topics:
        key = normalise_key(topic)
        if key and (key in names or any(key in name.split("_") for name in names)):
            return topic
    return None


def avoided_ids(
    db: Session,
    user_id: int,
    skills: Sequence[NamedSkill],
    user_marks: Mapping[str, SkillMark] | None = None,
) -> set[str]:
    """Skills never to suggest: marked 'avoid', or touching a topic the person avoids.
    ``user_marks`` saves reading the person's marks again when the caller has them."""
    if user_marks is None:
        user_marks = mark_summaries(db, user_id)
    avoided = {skill_id for skill_id, mark in user_marks.items() if mark.avoid}
    topics = list(load_personality(db, user_id).topics_to_avoid or [])
    if topics:
        avoided |= {skill.id for skill in skills if avoided_topic(skill, topics)}
    return avoided
