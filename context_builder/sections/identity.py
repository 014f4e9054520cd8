"""Who the person is: name, pronouns, time zone, what they track, check-in times."""

from __future__ import annotations

from context_builder.sections.base import Inputs, Section
from context_builder.text import quote


def identity(inputs: Inputs) -> Section:
    profile = inputs.profile
    core = []
    name = f"Name: {quote(profile.name, 60)}" if profile.name else "Name: not given"
    if profile.pronouns:
        name += f", pronouns {quote(profile.pronouns, 32)}"
    core.append(name)
    core.append(f"Time zone: {inputs.zone.key}")
    extra = []
    if profile.tracking:
        extra.append("Tracks: " + ", ".join(item.replace("_", " ") for item in profile.tracking))
    checkins = [
        f"{label} {moment:%H:%M}"
        for label, moment in (
            ("morning", profile.morning_checkin),
            ("evening", profile.evening_checkin),
        )
        if moment
    ]
    if checkins:
        extra.append("Check-ins: " + ", ".join(checkins))
    full = "\n".join(core + extra)
    return Section("identity", "The person", 100, (full, "\n".join(core)))
