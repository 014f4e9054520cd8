from __future__ import annotations

import pytest

from bot.timezones import country_of_zone, resolve_timezone


@pytest.mark.parametrize(
    ("typed", "zone"),
    [
        ("Berlin", "Europe/Berlin"),
        ("  berlin ", "Europe/Berlin"),
        ("EST", "America/New_York"),
        ("pst", "America/Los_Angeles"),
        ("IST", "Asia/Kolkata"),
        ("UTC", "UTC"),
        ("UTC+2", "Etc/GMT-2"),
        ("utc-5", "Etc/GMT+5"),
        ("GMT+0", "UTC"),
        ("+5:30", "Asia/Kolkata"),
        ("America/Argentina/Buenos_Aires", "America/Argentina/Buenos_Aires"),
        ("europe/LONDON", "Europe/London"),
        ("New York", "America/New_York"),
        ("Sao Paulo", "America/Sao_Paulo"),
        ("UK", "Europe/London"),
    ],
)
def test_people_can_name_their_zone_many_ways(typed: str, zone: str) -> None:
    resolved = resolve_timezone(typed)
    assert resolved is not None and resolved.key == zone


@pytest.mark.parametrize(
    "typed", ["", "Narnia", "UTC+15", "UTC+3:17", "Europe/Atlantis", "x" * 500]
)
def test_unknown_zones_are_none(typed: str) -> None:
    assert resolve_timezone(typed) is None


def test_country_from_zone() -> None:
    assert country_of_zone("Europe/Berlin") == "DE"
    assert country_of_zone("Pacific/Auckland") == "NZ"
    assert country_of_zone("Etc/GMT-2") is None
