"""Understanding the time zones people type: IANA names, cities, abbreviations, UTC offsets."""

from __future__ import annotations

import re
import zoneinfo
from functools import cache
from zoneinfo import ZoneInfo

# Common abbreviations map to a representative zone that follows the daylight-saving rules
# people mean when they say them ("EST" in November still means New York time).
_ABBREVIATIONS = {
    "utc": "UTC",
    "gmt": "Europe/London",
    "bst": "Europe/London",
    "wet": "Europe/Lisbon",
    "cet": "Europe/Berlin",
    "cest": "Europe/Berlin",
    "eet": "Europe/Athens",
    "eest": "Europe/Athens",
    "msk": "Europe/Moscow",
    "est": "America/New_York",
    "edt": "America/New_York",
    "et": "America/New_York",
    "cst": "America/Chicago",
    "cdt": "America/Chicago",
    "ct": "America/Chicago",
    "mst": "America/Denver",
    "mdt": "America/Denver",
    "mt": "America/Denver",
    "pst": "America/Los_Angeles",
    "pdt": "America/Los_Angeles",
    "pt": "America/Los_Angeles",
    "akst": "America/Anchorage",
    "hst": "Pacific/Honolulu",
    "ist": "Asia/Kolkata",
    "jst": "Asia/Tokyo",
    "kst": "Asia/Seoul",
    "aest": "Australia/Sydney",
    "aedt": "Australia/Sydney",
    "acst": "Australia/Adelaide",
    "awst": "Australia/Perth",
    "nzst": "Pacific/Auckland",
    "nzdt": "Pacific/Auckland",
    "sast": "Africa/Johannesburg",
}

# Places people name that are not the city in their zone's IANA name.
_PLACES = {
    "uk": "Europe/London",
    "england": "Europe/London",
    "scotland": "Europe/London",
    "wales": "Europe/London",
    "ireland": "Europe/Dublin",
    "germany": "Europe/Berlin",
    "france": "Europe/Paris",
    "spain": "Europe/Madrid",
    "italy": "Europe/Rome",
    "netherlands": "Europe/Amsterdam",
    "india": "Asia/Kolkata",
    "japan": "Asia/Tokyo",
    "new zealand": "Pacific/Auckland",
    "nz": "Pacific/Auckland",
    "california": "America/Los_Angeles",
    "san francisco": "America/Los_Angeles",
    "seattle": "America/Los_Angeles",
    "boston": "America/New_York",
    "washington": "America/New_York",
    "miami": "America/New_York",
    "atlanta": "America/New_York",
    "texas": "America/Chicago",
    "dallas": "America/Chicago",
    "houston": "America/Chicago",
    "munich": "Europe/Berlin",
    "hamburg": "Europe/Berlin",
    "frankfurt": "Europe/Berlin",
    "cologne": "Europe/Berlin",
    "mumbai": "Asia/Kolkata",
    "delhi": "Asia/Kolkata",
    "new delhi": "Asia/Kolkata",
    "bangalore": "Asia/Kolkata",
    "beijing": "Asia/Shanghai",
    "wellington": "Pacific/Auckland",
    "montreal": "America/Toronto",
    "ottawa": "America/Toronto",
    "kyiv": "Europe/Kyiv",
    "kiev": "Europe/Kyiv",
}

_OFFSET = re.compile(r"^(?:utc|gmt)?\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$")


@cache
def _city_index() -> dict[str, str]:
    """'berlin' -> 'Europe/Berlin', 'new york' -> 'America/New_York' (first match wins)."""
    index: dict[str, str] = {}
    for name in sorted(zoneinfo.available_timezones()):
        if "/" not in name or name.startswith(("Etc/", "SystemV/", "US/", "posix/", "right/")):
            continue
        city = name.rsplit("/", 1)[1].replace("_", " ").lower()
        index.setdefault(city, name)
    return index


def _fixed_offset(sign: str, hours: int, minutes: int) -> ZoneInfo | None:
    if minutes:
        return None  # IANA has no Etc zones with minutes; such offsets need a city name
    if hours == 0:
        return ZoneInfo("UTC")
    if hours > 14:
        return None
    # POSIX-style Etc zones invert the sign: UTC+2 is Etc/GMT-2.
    return ZoneInfo(f"Etc/GMT{'-' if sign == '+' else '+'}{hours}")


_MINUTE_OFFSET_ZONES = {
    ("+", 5, 30): "Asia/Kolkata",
    ("+", 5, 45): "Asia/Kathmandu",
    ("+", 9, 30): "Australia/Darwin",
    ("+", 3, 30): "Asia/Tehran",
    ("+", 4, 30): "Asia/Kabul",
    ("+", 6, 30): "Asia/Yangon",
    ("-", 3, 30): "America/St_Johns",
}


def resolve_timezone(text: str) -> ZoneInfo | None:
    """Return the zone a person means, or None when it cannot be recognised."""
    raw = " ".join(text.strip().split())
    if not raw or len(raw) > 64:
        return None
    key = raw.lower()
    if "/" in raw or raw.upper() == "UTC":
        canonical = _case_insensitive_iana().get(key)
        if canonical:
            return ZoneInfo(canonical)
    if key in _ABBREVIATIONS:
        return ZoneInfo(_ABBREVIATIONS[key])
    match = _OFFSET.match(key)
    if match and (key[0] in "+-" or key.startswith(("utc", "gmt"))):
        sign, hours, minutes = match.group(1), int(match.group(2)), int(match.group(3) or 0)
        if minutes:
            named = _MINUTE_OFFSET_ZONES.get((sign, hours, minutes))
            return ZoneInfo(named) if named else None
        return _fixed_offset(sign, hours, minutes)
    if key in _PLACES:
        return ZoneInfo(_PLACES[key])
    city = _city_index().get(key)
    return ZoneInfo(city) if city else None


@cache
def _case_insensitive_iana() -> dict[str, str]:
    return {name.lower(): name for name in zoneinfo.available_timezones()}


@cache
def _zone_countries() -> dict[str, str]:
    """IANA zone -> ISO country code, from tzdata's zone.tab."""
    from importlib import resources

    table = resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text(encoding="utf-8")
    countries: dict[str, str] = {}
    for line in table.splitlines():
        if line and not line.startswith("#"):
            fields = line.split("\t")
            if len(fields) >= 3:
                countries[fields[2]] = fields[0]
    return countries


def country_of_zone(zone_name: str) -> str | None:
    """The country a zone belongs to ("Europe/Berlin" -> "DE"), or None for Etc/UTC zones."""
    return _zone_countries().get(zone_name)
