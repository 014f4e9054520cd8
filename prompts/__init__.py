"""Reviewed text: crisis replies and LLM prompt templates, kept as files, not in code."""

from __future__ import annotations

from functools import cache
from importlib import resources
from string import Template


@cache
def load_prompt(name: str) -> str:
    """The text of ``prompts/<name>`` (e.g. "crisis/high.txt")."""
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def render_prompt(name: str, **values: str) -> str:
    """Fill ``$placeholders``; a missing value is an error, never silently blank."""
    return Template(load_prompt(name)).substitute(values).strip()
