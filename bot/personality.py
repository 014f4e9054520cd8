"""What a person can choose about how the AI talks with them (see /settings).

Stored in ``personality_settings``; read by the context builder, changed by /settings.
"""

from __future__ import annotations

from dataclasses import dataclass

TONES = {1: "clinical", 2: "matter-of-fact", 3: "balanced", 4: "warm", 5: "very supportive"}
PACINGS = {
    "brief": "short answers, one idea at a time",
    "detailed": "fuller answers with explanation",
    "adaptive": "match the length and energy of their messages",
}
FRAMEWORKS = {
    "dbt": "DBT: validation first; skills such as TIPP, STOP, opposite action, check the facts, "
    "self-soothe, wise mind",
    "cbt": "CBT: notice thoughts, feelings and behaviours; gently question unhelpful thoughts",
    "schema": "Schema therapy: name modes and unmet needs with warmth (limited reparenting)",
    "mbsr": "MBSR: mindfulness, breathing and body scans, non-judging attention",
}


@dataclass(frozen=True)
class Protocol:
    name: str
    description: str
    default: bool


PROTOCOLS = {
    protocol.name: protocol
    for protocol in (
        Protocol(
            "grounding",
            "offer one short grounding exercise when they are anxious, panicked or dissociated",
            True,
        ),
        Protocol(
            "skills_coaching",
            "when distress is high, suggest one skill from their frameworks, never a list",
            True,
        ),
        Protocol(
            "sleep_watch",
            "when mood is elevated, gently ask about sleep, spending and racing thoughts",
            True,
        ),
        Protocol(
            "follow_up",
            "come back to open threads from earlier in the conversation when it fits",
            True,
        ),
        Protocol(
            "medication_nudges",
            "mention a missed or late medication when it is relevant",
            False,
        ),
    )
}

MAX_TOPICS = 20
MAX_CRISIS_PHRASES = 20
MAX_ITEM_CHARS = 80
MIN_CRISIS_PHRASE_CHARS = 3


def protocol_states(stored: dict[str, object] | None) -> dict[str, bool]:
    """Every known protocol with its state: the person's choice, or the default."""
    stored = stored or {}
    return {
        name: bool(stored[name]) if isinstance(stored.get(name), bool) else protocol.default
        for name, protocol in PROTOCOLS.items()
    }
