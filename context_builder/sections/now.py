"""The person's local time: what part of their day it is."""

from __future__ import annotations

from context_builder.sections.base import Inputs, Section


def _part_of_day(hour: int) -> str:
    if hour < 5:
        return "night"
    if hour < 12:
        return "morning"
    if hour < 17:
        return "afternoon"
    if hour < 22:
        return "evening"
    return "night"


def now(inputs: Inputs) -> Section:
    local = inputs.local_now
    text = f"{local:%A %d %B %Y, %H:%M} ({_part_of_day(local.hour)}, {inputs.zone.key})"
    return Section("now", "Their local time", 100, (text,))
