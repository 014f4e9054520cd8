"""/settings: how the AI talks with you.

/settings                          what is set now
/settings tone 1-5                 1 clinical ... 5 very supportive
/settings pacing brief|detailed|adaptive
/settings avoid add|remove TEXT    topics to avoid (/settings avoid clear empties the list)
/settings phrases add|remove TEXT  your own crisis phrases (treated like explicit crisis words)
/settings frameworks dbt cbt       the frameworks to use (dbt, cbt, schema, mbsr, or none)
/settings protocol NAME on|off     e.g. grounding, sleep_watch
"""

from __future__ import annotations

from bot.messages import Reply, button_rows
from bot.personality import (
    FRAMEWORKS,
    MAX_CRISIS_PHRASES,
    MAX_ITEM_CHARS,
    MAX_TOPICS,
    MIN_CRISIS_PHRASE_CHARS,
    PACINGS,
    PROTOCOLS,
    TONES,
    protocol_states,
)
from bot.turn import Turn
from bot.users import load_personality
from storage.models import PersonalitySettings

USAGE = (
    "Change a setting with: /settings tone 1-5, /settings pacing brief|detailed|adaptive, "
    "/settings avoid add TEXT, /settings phrases add TEXT, /settings frameworks dbt cbt, "
    "/settings protocol grounding on|off."
)


def _overview(settings: PersonalitySettings) -> Reply:
    protocols = protocol_states(settings.protocols)
    lines = [
        "How I talk with you:",
        f"• Tone: {settings.tone}/5 ({TONES.get(settings.tone, '?')})",
        f"• Pacing: {settings.pacing}",
        "• Frameworks: " + (", ".join(f.upper() for f in settings.frameworks or []) or "none"),
        "• Protocols: "
        + ", ".join(f"{name} {'on' if on else 'off'}" for name, on in protocols.items()),
        "• Topics to avoid: " + (", ".join(settings.topics_to_avoid or []) or "none"),
        f"• Your crisis phrases: {len(settings.crisis_phrases or [])} set",
        "",
        USAGE,
    ]
    tones = [(f"Tone {value}", f"/settings tone {value}") for value in TONES]
    pacings = [(name.capitalize(), f"/settings pacing {name}") for name in PACINGS]
    return Reply(text="\n".join(lines), buttons=button_rows(tones, 5) + button_rows(pacings, 3))


def _edit_list(
    current: list[str] | None, args: str, *, limit: int, minimum: int, label: str
) -> tuple[list[str] | None, str]:
    """(new list or None when unchanged, what to tell the person)."""
    items = list(current or [])
    action, _, text = args.partition(" ")
    action, text = action.lower(), " ".join(text.split())
    if action in ("", "list"):
        return None, f"Your {label}: " + (", ".join(items) or "none")
    if action == "clear":
        return [], f"Cleared your {label}."
    if action not in ("add", "remove"):
        return None, f"Use add, remove or clear for your {label}."
    if not minimum <= len(text) <= MAX_ITEM_CHARS:
        return None, f"Each entry needs {minimum} to {MAX_ITEM_CHARS} characters."
    folded = [item.casefold() for item in items]
    if action == "add":
        if text.casefold() in folded:
            return None, f'"{text}" is already in your {label}.'
        if len(items) >= limit:
            return None, f"You can keep up to {limit} {label}; remove one first."
        return [*items, text], f'Added "{text}" to your {label}.'
    if text.casefold() not in folded:
        return None, f'"{text}" is not in your {label}.'
    index = folded.index(text.casefold())
    return items[:index] + items[index + 1 :], f'Removed "{text}" from your {label}.'


def handle(turn: Turn, args: str) -> list[Reply]:
    settings = load_personality(turn.db, turn.user_id)
    name, _, rest = args.strip().partition(" ")
    name, rest = name.lower(), rest.strip()
    if not name:
        return [_overview(settings)]
    if name == "tone":
        if rest not in {str(value) for value in TONES}:
            return [Reply(text="Tone is a number from 1 (clinical) to 5 (very supportive).")]
        settings.tone = int(rest)
        return [Reply(text=f"Tone set to {rest}/5 ({TONES[int(rest)]}).")]
    if name == "pacing":
        if rest.lower() not in PACINGS:
            return [Reply(text="Pacing is brief, detailed or adaptive.")]
        settings.pacing = rest.lower()
        return [Reply(text=f"Pacing set to {rest.lower()}: {PACINGS[rest.lower()]}.")]
    if name in ("avoid", "topics"):
        updated, message = _edit_list(
            settings.topics_to_avoid, rest, limit=MAX_TOPICS, minimum=1, label="topics to avoid"
        )
        if updated is not None:
            settings.topics_to_avoid = updated
        return [Reply(text=message)]
    if name in ("phrases", "crisis"):
        updated, message = _edit_list(
            settings.crisis_phrases,
            rest,
            limit=MAX_CRISIS_PHRASES,
            minimum=MIN_CRISIS_PHRASE_CHARS,
            label="crisis phrases",
        )
        if updated is not None:
            settings.crisis_phrases = updated
            message += " When you use one, I answer the way I do to any crisis message."
        return [Reply(text=message)]
    if name == "frameworks":
        return [_frameworks(settings, rest)]
    if name == "protocol":
        parts = rest.lower().split()
        if len(parts) != 2 or parts[0] not in PROTOCOLS or parts[1] not in ("on", "off"):
            return [
                Reply(
                    text="Use /settings protocol NAME on|off. Protocols: "
                    + "; ".join(f"{p.name}: {p.description}" for p in PROTOCOLS.values())
                )
            ]
        settings.protocols = {**(settings.protocols or {}), parts[0]: parts[1] == "on"}
        return [Reply(text=f"Protocol {parts[0]} is {parts[1]}.")]
    return [Reply(text=f"I don't have a setting called {name[:30]!r}. {USAGE}")]


def _frameworks(settings: PersonalitySettings, rest: str) -> Reply:
    words = rest.lower().replace(",", " ").split()
    current = list(settings.frameworks or [])
    if words and words[0] in ("add", "remove"):
        action, names = words[0], words[1:]
    else:
        action, names = "set", words
    unknown = [name for name in names if name not in FRAMEWORKS and name != "none"]
    if not names or unknown:
        return Reply(
            text="Frameworks: " + ", ".join(FRAMEWORKS) + " (or none). "
            "E.g. /settings frameworks dbt cbt, /settings frameworks add mbsr."
        )
    chosen = [name for name in names if name != "none"]
    if action == "set":
        current = list(dict.fromkeys(chosen))
    elif action == "add":
        current = list(dict.fromkeys([*current, *chosen]))
    else:
        current = [name for name in current if name not in chosen]
    settings.frameworks = current
    return Reply(text="Frameworks now: " + (", ".join(n.upper() for n in current) or "none") + ".")
