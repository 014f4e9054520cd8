"""The helplines data file and the immediate replies built from it."""

from __future__ import annotations

import copy
import re
from importlib import resources

import pytest
import yaml
from pydantic import ValidationError

from bot.crisis.helplines import (
    DATA_FILE,
    emergency_number_for,
    helpline_lines_for,
    load_directory,
    parse_directory,
)
from bot.crisis.responder import CrisisAudience, immediate_replies
from bot.understanding.models import CrisisAssessment
from prompts import load_prompt

BIGGEST_USER_BASES = [
    "US",
    "CA",
    "GB",
    "IE",
    "DE",
    "AT",
    "CH",
    "FR",
    "ES",
    "IT",
    "NL",
    "BE",
    "SE",
    "NO",
    "DK",
    "FI",
    "PL",
    "PT",
    "AU",
    "NZ",
    "IN",
    "ZA",
    "BR",
    "MX",
    "AR",
    "JP",
]
REQUIRED = ("country", "name", "reach", "source", "last_verified")


def _raw() -> dict:
    text = resources.files("bot.crisis").joinpath(DATA_FILE).read_text(encoding="utf-8")
    return yaml.safe_load(text)


def test_the_data_file_is_valid_and_complete() -> None:
    directory = load_directory()
    assert set(BIGGEST_USER_BASES) <= directory.countries()
    for country in BIGGEST_USER_BASES:
        assert emergency_number_for(country), country
        assert directory.for_country(country), country
    for entry in (*directory.helplines, *directory.international):
        assert str(entry.source).startswith(("https://", "http://"))
        assert re.search(r"\d|findahelpline", entry.reach), entry.name


@pytest.mark.parametrize("missing", REQUIRED)
def test_an_entry_without_a_required_field_is_rejected(missing: str) -> None:
    raw = copy.deepcopy(_raw())
    del raw["helplines"][0][missing]
    with pytest.raises(ValidationError):
        parse_directory(raw)


def test_an_emergency_number_without_a_source_is_rejected() -> None:
    raw = copy.deepcopy(_raw())
    del raw["emergency_numbers"][0]["source"]
    with pytest.raises(ValidationError):
        parse_directory(raw)


def test_unknown_countries_get_the_international_directory() -> None:
    assert emergency_number_for("ZZ") is None
    assert helpline_lines_for("ZZ") == (
        "• Find A Helpline: find a free, confidential helpline in your country at findahelpline.com"
    )
    assert "findahelpline.com" in helpline_lines_for("GB")
    assert helpline_lines_for("gb").startswith("• Samaritans: call 116 123")


def test_the_replies_per_level() -> None:
    gb = CrisisAudience(country="GB", contact_name="Quentin")
    low = immediate_replies(CrisisAssessment(level="low"), gb)[0].text
    assert "How are you doing right now" in low and "116 123" not in low
    moderate = immediate_replies(CrisisAssessment(level="moderate"), gb)[0].text
    assert "Samaritans: call 116 123" in moderate and "breath" in moderate
    assert "Quentin" not in moderate  # contacts are offered from high up
    for level in ("high", "imminent"):
        [reply] = immediate_replies(CrisisAssessment(level=level), gb)
        assert reply.urgent
        assert "I'm a bot, not a crisis service" in reply.text
        assert "call 999 or 112" in reply.text
        assert "Samaritans" in reply.text
        assert "One thing to do right now" in reply.text
        assert "Would you like me to let Quentin know you need support?" in reply.text
    nowhere = immediate_replies(CrisisAssessment(level="high"), CrisisAudience(None, None))
    assert "112 in Europe, 911 in North America" in nowhere[0].text
    assert immediate_replies(CrisisAssessment(level="none"), gb) == []


METHOD_WORDS = re.compile(
    r"\b(pills?|tablets?|overdose|rope|hang|bridge|jump|cut|blade|razor|gun|poison|mg|"
    r"milligrams?|dose|train|tracks|roof|ledge|how many|how much)\b",
    re.I,
)


@pytest.mark.parametrize(
    "name",
    [
        "crisis/low.txt",
        "crisis/moderate.txt",
        "crisis/high.txt",
        "crisis/concern.txt",
        "alerts/alert.txt",
        "alerts/invitation.txt",
        "alerts/invitation_forward.txt",
    ],
)
def test_reviewed_texts_never_name_a_method_place_or_quantity(name: str) -> None:
    assert METHOD_WORDS.search(load_prompt(name)) is None
