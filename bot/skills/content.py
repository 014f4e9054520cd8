"""Reading and validating the skills content files (``bot/skills/library/*.yaml``).

Each file is one framework: its categories and skills, written in our own words, each skill
with what it is, when to use it, steps, the public source it follows and a version. The
models below are the definition of a complete skill; a file that does not meet them fails
to load (and a test loads every file).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import Self

import yaml
from pydantic import BaseModel, ConfigDict, Field, HttpUrl, model_validator

from bot.vocabulary import MoodFamily

SKILL_ID = r"^[a-z][a-z0-9_]{1,47}$"


class _Content(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class SkillSource(_Content):
    reference: str = Field(min_length=20, max_length=400)  # book or manual, with the section
    url: HttpUrl | None = None


class SuggestionHints(_Content):
    """When the suggestion ranking should think of this skill."""

    families: tuple[MoodFamily, ...] = Field(min_length=1)  # best fit first
    body_based: bool = False  # acts through the body (temperature, breath, senses, movement)
    needs_calm: bool = False  # asks for careful thinking: not for the peak of a feeling


class Category(_Content):
    id: str = Field(pattern=SKILL_ID)
    name: str = Field(min_length=2, max_length=80)


class SkillDefinition(_Content):
    id: str = Field(pattern=SKILL_ID)
    name: str = Field(min_length=2, max_length=80)
    category: str = Field(pattern=SKILL_ID)
    version: int = Field(ge=1)
    aliases: tuple[str, ...] = ()
    what: str = Field(min_length=40, max_length=1200)
    when: str = Field(min_length=30, max_length=1200)
    steps: tuple[str, ...] = Field(min_length=2, max_length=10)
    caution: str | None = Field(default=None, max_length=800)
    source: SkillSource
    suggest: SuggestionHints

    @model_validator(mode="after")
    def _steps_are_sentences(self) -> Self:
        for step in self.steps:
            if len(step) < 10:
                raise ValueError(f"{self.id}: step {step!r} is too short to be useful")
        return self


class FrameworkFile(_Content):
    framework: str = Field(pattern=r"^[a-z][a-z0-9_]{1,15}$")
    name: str = Field(min_length=2, max_length=80)
    position: int = 0
    version: int = Field(ge=1)
    categories: tuple[Category, ...] = Field(min_length=1)
    skills: tuple[SkillDefinition, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        category_ids = [category.id for category in self.categories]
        if len(set(category_ids)) != len(category_ids):
            raise ValueError(f"{self.framework}: a category is listed twice")
        skill_ids = [skill.id for skill in self.skills]
        if len(set(skill_ids)) != len(skill_ids):
            raise ValueError(f"{self.framework}: a skill id is used twice")
        for skill in self.skills:
            if skill.category not in category_ids:
                raise ValueError(f"{skill.id}: unknown category {skill.category!r}")
            if skill.version > self.version:
                raise ValueError(f"{skill.id}: version {skill.version} is above the file's")
        empty = set(category_ids) - {skill.category for skill in self.skills}
        if empty:
            raise ValueError(f"{self.framework}: categories without skills: {sorted(empty)}")
        return self

    def category_name(self, category_id: str) -> str:
        return next(c.name for c in self.categories if c.id == category_id)


@dataclass(frozen=True)
class Library:
    frameworks: tuple[FrameworkFile, ...]

    def skills(self) -> list[tuple[FrameworkFile, SkillDefinition]]:
        return [(framework, skill) for framework in self.frameworks for skill in framework.skills]

    def skill_ids(self) -> set[str]:
        return {skill.id for _, skill in self.skills()}


def skill_hash(framework: FrameworkFile, skill: SkillDefinition) -> str:
    """A fingerprint of everything shown for a skill, to notice edited text."""
    payload = {
        "framework": framework.framework,
        "category_name": framework.category_name(skill.category),
        **skill.model_dump(mode="json"),
    }
    encoded = json.dumps(payload, sort_keys=True, ensure_ascii=False).encode("utf-8")
    return hashlib.sha256(encoded).hexdigest()


def framework_hash(framework: FrameworkFile) -> str:
    encoded = json.dumps(framework.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()


def _files(directory: Path | Traversable) -> list[Path | Traversable]:
    return sorted(
        (entry for entry in directory.iterdir() if entry.name.endswith(".yaml")),
        key=lambda entry: entry.name,
    )


def load_library(directory: Path | None = None) -> Library:
    """Every framework file in ``directory`` (default: the packaged library), validated."""
    source: Path | Traversable = directory or resources.files("bot.skills.library")
    frameworks = []
    for entry in _files(source):
        try:
            raw = yaml.safe_load(entry.read_text(encoding="utf-8"))
            frameworks.append(FrameworkFile.model_validate(raw))
        except (ValueError, yaml.YAMLError) as error:
            raise ValueError(f"{entry.name}: {error}") from error
    names = [framework.framework for framework in frameworks]
    if len(set(names)) != len(names):
        raise ValueError("two library files declare the same framework")
    library = Library(tuple(sorted(frameworks, key=lambda f: (f.position, f.framework))))
    ids = [skill.id for _, skill in library.skills()]
    duplicates = {skill_id for skill_id in ids if ids.count(skill_id) > 1}
    if duplicates:
        raise ValueError(f"skill ids used in more than one file: {sorted(duplicates)}")
    return library


@cache
def packaged_library() -> Library:
    return load_library()
