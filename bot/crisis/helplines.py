"""Helplines and emergency numbers by country, from the reviewed data file helplines.yaml.

Every entry carries its country, name, how to reach it, its official source and the date it
was last verified; the file is validated when first loaded, so an incomplete entry fails the
tests (and startup) instead of reaching someone in crisis.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from importlib import resources
from typing import Any

import yaml
from pydantic import BaseModel, ConfigDict, Field, HttpUrl

DATA_FILE = "helplines.yaml"
_COUNTRY = r"^([A-Z]{2}|\*)$"


class _Entry(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    country: str = Field(pattern=_COUNTRY)
    source: HttpUrl
    last_verified: date


class Helpline(_Entry):
    name: str = Field(min_length=2, max_length=120)
    reach: str = Field(min_length=5, max_length=200)  # "call 116 123 (free, 24/7)"


class EmergencyNumber(_Entry):
    number: str = Field(min_length=2, max_length=80)


class HelplineDirectory(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    emergency_numbers: tuple[EmergencyNumber, ...]
    helplines: tuple[Helpline, ...]
    international: tuple[Helpline, ...] = Field(min_length=1)

    def emergency_number(self, country: str | None) -> str | None:
        code = _code(country)
        return next((e.number for e in self.emergency_numbers if e.country == code), None)

    def for_country(self, country: str | None) -> list[Helpline]:
        code = _code(country)
        return [line for line in self.helplines if line.country == code]

    def countries(self) -> set[str]:
        return {line.country for line in self.helplines}


def _code(country: str | None) -> str:
    return (country or "").strip().upper()


def parse_directory(raw: Any) -> HelplineDirectory:
    """Validate the file's content; raises pydantic.ValidationError on any incomplete entry."""
    return HelplineDirectory.model_validate(raw)


@cache
def load_directory() -> HelplineDirectory:
    text = resources.files(__package__).joinpath(DATA_FILE).read_text(encoding="utf-8")
    return parse_directory(yaml.safe_load(text))


def emergency_number_for(country: str | None) -> str | None:
    return load_directory().emergency_number(country)


def helpline_lines_for(country: str | None) -> str:
    """Bullet lines for a reply: the country's services, then the international directory."""
    directory = load_directory()
    lines = [f"• {line.name}: {line.reach}" for line in directory.for_country(country)]
    lines.extend(f"• {line.name}: {line.reach}" for line in directory.international)
    return "\n".join(lines)
