"""The therapeutic frameworks they work with and which protocols are on."""

from __future__ import annotations

from bot.personality import FRAMEWORKS, PROTOCOLS, protocol_states
from context_builder.sections.base import Inputs, Section


def frameworks(inputs: Inputs) -> Section:
    enabled = [name for name in inputs.personality.frameworks or [] if name in FRAMEWORKS]
    states = protocol_states(inputs.personality.protocols)
    on = [name for name, active in states.items() if active]
    off = [name for name, active in states.items() if not active]

    full_lines = [
        "Frameworks: " + ("; ".join(FRAMEWORKS[name] for name in enabled) if enabled else "none")
    ]
    full_lines.extend(f"Protocol on, {name}: {PROTOCOLS[name].description}" for name in on)
    if off:
        full_lines.append("Protocols off (do not do these): " + ", ".join(off))
    short = "Frameworks: " + (", ".join(name.upper() for name in enabled) or "none")
    short += ". Protocols on: " + (", ".join(on) or "none")
    return Section("frameworks", "Approaches they chose", 80, ("\n".join(full_lines), short))
