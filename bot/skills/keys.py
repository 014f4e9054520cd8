"""Canonical skill keys: the library's ids. Anything naming a skill is mapped onto them.

The understanding engine, the diary card and people typing all name skills in their own
ways ("self-soothing", "3 minute breathing space", "behavioral activation"); stored skill
uses always carry the library id, so ratings, counts and suggestions line up. A name the
library does not know is kept as a tidy key of its own (it still shows on the card).
"""

from __future__ import annotations

import re
from functools import cache

from bot.skills.content import packaged_library

MAX_KEY_LENGTH = 48
_SEPARATORS = re.compile(r"[\s\-/&+.]+")
_NOT_KEY = re.compile(r"[^a-z0-9_]")

# Names the understanding engine uses that are parts of a library skill.
_ENGINE_NAMES = {
    "behavioral_activation": "behavioural_activation",
    "cognitive_distortions": "thinking_traps",
    "three_minute_breathing_space": "breathing_space",
    "3_minute_breathing_space": "breathing_space",
}


def normalise_key(text: str) -> str:
    key = _SEPARATORS.sub("_", text.strip().lower())
    return _NOT_KEY.sub("", key).strip("_")[:MAX_KEY_LENGTH]


@cache
def alias_index() -> dict[str, str]:
    """Every normalised id, name and alias of the packaged library -> the skill id."""
    index: dict[str, str] = dict(_ENGINE_NAMES)
    for _, skill in packaged_library().skills():
        for name in (skill.id, skill.name, *skill.aliases):
            index.setdefault(normalise_key(name), skill.id)
    return index


def canonical_skill(name: str) -> str:
    """The library id for a skill name, or a normalised key when the library lacks it."""
    key = normalise_key(name)
    return alias_index().get(key, key)


def library_skill(name: str) -> str | None:
    """The library id when ``name`` names a library skill, else None."""
    return alias_index().get(normalise_key(name))
